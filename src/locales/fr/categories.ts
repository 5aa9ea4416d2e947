// Categories of banned things (src/gazetteer/categories.ts): canonical name -> French forms.
import { categoryTable } from "../../gazetteer/categories.js";

export const categories: Record<string, string[]> = categoryTable(`
tobacco: tabac, produits du tabac, produits de tabac, vente de tabac
cigarettes: cigarette, cigarettes, clopes, clope
e-cigarettes: cigarette électronique, cigarettes électroniques, e-cigarette, e-cigarettes, vapoteuse, vapoteuses, vape, vapes, vapotage, produits du vapotage, produits de vapotage, cigarettes électroniques rechargeables, cigarettes électriques, cigarette électrique
disposable vapes: puff, puffs, cigarette électronique jetable, cigarettes électroniques jetables, cigarettes électroniques à usage unique, e-cigarettes jetables, e-cigarette jetable, vapoteuses jetables, vapoteuse jetable, vapes jetables, puffs jetables, cigarettes jetables, cigarettes électriques jetables, cigarette électrique jetable
e-liquids: e-liquide, e-liquides, liquides de vapotage, liquides pour cigarettes électroniques
flavoured e-cigarettes: cigarettes électroniques aromatisées, e-cigarettes aromatisées, arômes des cigarettes électroniques, vapoteuses aromatisées, liquides aromatisés, arômes de vapotage
menthol cigarettes: cigarette mentholée, cigarettes mentholées, cigarettes au menthol, cigarette au menthol, menthol
flavoured tobacco: tabac aromatisé, tabacs aromatisés, produits du tabac aromatisés, tabac à rouler aromatisé
flavoured cigarettes: cigarettes aromatisées, cigarette aromatisée, cigarettes à arômes, cigarettes à arôme caractérisant, cigarettes aux arômes caractérisants
nicotine pouches: sachets de nicotine, sachet de nicotine, sachets nicotiniques, pochettes de nicotine, snus à la nicotine
heated tobacco products: tabac chauffé, produits du tabac chauffé, tabac à chauffer, dispositifs de tabac chauffé
cigars: cigare, cigares, cigarillos, cigarillo
snus: snus
shisha: chicha, chichas, narguilé, narguilés, narguilé, chicha bars, bars à chicha, bars à chichas
chewing tobacco: tabac à chiquer, tabac sans fumée, tabac à mâcher
rolling tobacco: tabac à rouler, tabacs à rouler
smoking: tabagisme, le fait de fumer, fumer, tabagisme passif
tobacco advertising: publicité pour le tabac, publicité en faveur du tabac, publicité sur le tabac, publicités pour le tabac, parrainage par l'industrie du tabac
alcohol: alcool, alcools, boissons alcoolisées, boissons alcooliques, vente d'alcool, spiritueux
beer: bière, bières, vente de bière
alcohol advertising: publicité pour l'alcool, publicités pour l'alcool, publicité sur l'alcool, publicité en faveur de l'alcool
energy drinks: boissons énergisantes, boisson énergisante, energy drinks, boissons énergétiques
sugary drinks: boissons sucrées, sodas, boissons gazeuses sucrées, boisson sucrée
cannabis: cannabis, marijuana, marihuana, haschich, haschisch
kratom: kratom
khat: khat, qat
magic mushrooms: champignons hallucinogènes, champignons magiques, psilocybine
nitrous oxide: protoxyde d'azote, gaz hilarant, cartouches de protoxyde d'azote, bonbonnes de protoxyde d'azote
synthetic cannabinoids: cannabinoïdes de synthèse, cannabinoïdes synthétiques, cannabis de synthèse
CBD: CBD, cannabidiol, produits au CBD, huile de CBD
hemp flowers: fleurs de CBD, fleur de CBD, fleurs de chanvre, fleur de chanvre
HHC: HHC, hexahydrocannabinol
poppers: poppers
foie gras: foie gras, foie-gras
fur: fourrure, fourrures, commerce de la fourrure, vente de fourrure
fur farming: élevage d'animaux à fourrure, élevages d'animaux à fourrure, fermes à fourrure
mink farming: élevages de visons, élevage de visons, fermes à visons
glyphosate: glyphosate, Roundup
pesticides: pesticide, pesticides, produits phytosanitaires, produits phytopharmaceutiques, herbicides, insecticides
neonicotinoids: néonicotinoïdes, néonicotinoïde, néonics, insecticides néonicotinoïdes, pesticides néonicotinoïdes, insecticide néonicotinoïde
GMOs: OGM, organismes génétiquement modifiés, cultures OGM, maïs OGM, cultures génétiquement modifiées, maïs génétiquement modifié, maïs transgénique, semences OGM
palm oil: huile de palme
trans fats: acides gras trans, gras trans, graisses trans
lab-grown meat: viande cultivée, viande de synthèse, viande in vitro, viande cellulaire, viande artificielle, viande de laboratoire
junk food advertising: publicité pour la malbouffe, publicités pour la malbouffe, publicité pour les aliments trop gras, publicité alimentaire destinée aux enfants, marketing de la malbouffe
raw milk: lait cru
food dyes: colorants alimentaires, colorants artificiels, colorants
titanium dioxide: dioxyde de titane, E171
shark fins: ailerons de requin, aileron de requin, soupe aux ailerons de requin
dog meat: viande de chien, consommation de viande de chien, commerce de viande de chien
cat meat: viande de chat
rhino horn: corne de rhinocéros, cornes de rhinocéros
ivory: ivoire, commerce de l'ivoire
circus animals: animaux sauvages dans les cirques, animaux de cirque, animaux sauvages en cirque, cirques avec animaux
trophy hunting: chasse aux trophées, trophées de chasse, chasse au trophée
bullfighting: corrida, corridas, tauromachie
live animal exports: exportations d'animaux vivants, exportation d'animaux vivants, transport d'animaux vivants
battery cages: poules en cage, élevage en cage, cages de batterie, œufs de poules en cage, élevages en cage
bottom trawling: chalutage de fond, chalut de fond, chaluts de fond, pêche au chalut de fond
whaling: chasse à la baleine, pêche à la baleine, chasse baleinière
animal testing: expérimentation animale, tests sur les animaux, essais sur les animaux, expérimentations animales
chewing gum: chewing-gum, chewing-gums, gomme à mâcher
exotic pets: animaux exotiques, nouveaux animaux de compagnie, animaux sauvages de compagnie
grain: céréales, exportations de céréales, exportation de céréales
rice: riz, exportations de riz, exportation de riz
single-use plastics: plastique à usage unique, plastiques à usage unique, objets en plastique à usage unique, produits en plastique à usage unique, plastique jetable, plastiques jetables
plastic bags: sacs plastique, sacs plastiques, sacs en plastique, sac plastique, sac en plastique, sachets plastique, sachets plastiques, sacs de caisse, sachets en plastique
plastic straws: pailles en plastique, pailles, paille en plastique, pailles plastique, pailles plastiques
plastic cutlery: couverts en plastique, couverts jetables, couverts plastique, couverts plastiques, fourchettes en plastique
plastic plates: assiettes en plastique, assiettes jetables, assiettes plastique, assiettes plastiques
plastic stirrers: touillettes, touillettes en plastique, bâtonnets mélangeurs
plastic cotton buds: cotons-tiges, coton-tige, cotons-tiges en plastique, bâtonnets ouatés
plastic balloon sticks: tiges pour ballons, bâtonnets de ballons, tiges de ballons en plastique
plastic cups: gobelets en plastique, gobelets jetables, verres en plastique, gobelets plastique, gobelets plastiques, gobelets
plastic bottles: bouteilles en plastique, bouteilles plastique, bouteilles plastiques, bouteille en plastique, bouteilles d'eau en plastique
glass bottles: bouteilles en verre, bouteille en verre, contenants en verre, récipients en verre
plastic packaging: emballages plastique, emballages plastiques, emballages en plastique, emballage plastique, suremballage plastique
expanded polystyrene food containers: polystyrène expansé, contenants en polystyrène, barquettes en polystyrène, récipients en polystyrène expansé, boîtes en polystyrène, polystyrène
microbeads: microbilles, microbilles de plastique, microplastiques
oxo-degradable plastics: plastiques oxodégradables, plastique oxodégradable, plastiques oxo-dégradables, plastique oxo-dégradable, plastiques oxo-fragmentables
oxo-degradable plastic bags: sacs oxodégradables, sacs plastiques oxodégradables, sacs oxo-dégradables, sacs en plastique oxo-dégradable
wet wipes: lingettes, lingettes humides, lingettes jetables
sky lanterns: lanternes célestes, lanternes volantes, lanternes thaïlandaises, lanterne céleste
coal: charbon, centrales à charbon, centrale à charbon, centrales au charbon, houille
combustion engine cars: voitures thermiques, véhicules thermiques, voiture thermique, moteurs thermiques, moteur thermique, voitures à essence, moteurs à combustion, voitures neuves thermiques, véhicules à moteur thermique, voitures essence et diesel, voitures à essence ou diesel, moteur essence ou diesel, moteurs essence et diesel
diesel cars: voitures diesel, véhicules diesel, diesels, vieux diesels
gas boilers: chaudières à gaz, chaudière à gaz, chaudières au gaz, chauffage au gaz
oil boilers: chaudières au fioul, chaudière au fioul, chaudières à fioul, chaudières à mazout, chauffage au fioul, chauffage au mazout
incandescent light bulbs: ampoules à incandescence, ampoule à incandescence, lampes à incandescence, ampoules halogènes, lampes halogènes, tubes fluorescents
patio heaters: terrasses chauffées, chauffages de terrasse, chauffage des terrasses, chauffages extérieurs, parasols chauffants
leaf blowers: souffleurs de feuilles, souffleurs, souffleur de feuilles
wood stoves: poêles à bois, cheminées à foyer ouvert, feux de cheminée, chauffage au bois, foyers ouverts
PFAS: PFAS, polluants éternels, PFOA
asbestos: amiante
fracking: fracturation hydraulique, fracking, gaz de schiste
deep-sea mining: exploitation minière des grands fonds, exploitation minière en eaux profondes, exploitation des grands fonds marins
aircraft: avions, avion, aéronefs, aéronef
private jets: jets privés, jet privé, avions privés
short-haul flights: vols courts, vols intérieurs courts, vols court-courrier, vols courte distance, lignes aériennes intérieures, vols intérieurs, vols domestiques, liaisons aériennes intérieures, lignes intérieures
cruise ships: navires de croisière, paquebots, bateaux de croisière, paquebots de croisière
SUVs: SUV, véhicules utilitaires sport
e-scooters: trottinettes électriques, trottinette électrique, trottinettes en libre-service, trottinettes, trottinette
fossil fuel advertising: publicité pour les énergies fossiles, publicités pour les énergies fossiles, publicité pour les combustibles fossiles
mobile phones: téléphones portables, téléphone portable, portables, portable, téléphones mobiles, téléphone mobile, cellulaires, cellulaire, téléphones cellulaires, téléphones, smartphone, smartphones, téléphones intelligents, téléphone intelligent, ordiphones
smartwatches: montres connectées, montre connectée, montres intelligentes
laptops: ordinateurs portables, ordinateur portable, PC portables
power banks: batteries externes, batterie externe, powerbanks
social media: réseaux sociaux, réseau social, médias sociaux, plateformes de réseaux sociaux, plateformes sociales
messaging apps: messageries, applications de messagerie, messageries instantanées, messagerie, services de messagerie, messageries cryptées
video games: jeux vidéo, jeu vidéo, jeux électroniques
online games: jeux en ligne, jeu en ligne, jeux vidéo en ligne, jeu vidéo en ligne
online gambling: jeux d'argent en ligne, casinos en ligne, paris en ligne, jeux de hasard en ligne, casino en ligne, sites de paris, sites de jeux d'argent, sites de paris en ligne
gambling: jeux d'argent, jeux de hasard, casinos, jeux d'argent et de hasard
sports betting: paris sportifs, pari sportif, paris sportifs en ligne
slot machines: machines à sous, machine à sous, bandits manchots
loot boxes: loot boxes, coffres à butin, boîtes à butin
cryptocurrencies: cryptomonnaies, cryptomonnaie, crypto-monnaies, crypto-monnaie, cryptoactifs, crypto-actifs, monnaies virtuelles, bitcoin
crypto mining: minage de cryptomonnaies, minage de bitcoin, minage, minage de crypto-monnaies
VPNs: VPN, réseaux privés virtuels, réseau privé virtuel, services VPN
AI chatbots: chatbots, chatbot, robots conversationnels, agents conversationnels, IA générative, outils d'IA, applications d'IA, intelligence artificielle générative, assistants d'IA
facial recognition: reconnaissance faciale, reconnaissance biométrique, vidéosurveillance algorithmique
deepfakes: deepfakes, hypertrucages, hypertrucage, deepfake, vidéos truquées
spyware: logiciels espions, logiciel espion, spyware
drones: drone, drones, vols de drones
telecom equipment: équipements de télécommunications, équipements télécoms, équipements de réseau, équipementiers, matériel de télécommunications
5G equipment: équipements 5G, réseau 5G, réseaux 5G, antennes 5G, technologie 5G
surveillance cameras: caméras de surveillance, caméra de surveillance, vidéosurveillance, caméras de sécurité
semiconductors: semi-conducteurs, semiconducteurs, puces, puces électroniques, micropuces, puces d'IA
mobile internet: internet des données mobiles, accès à internet mobile, accès à l'internet mobile, accès à Internet mobile, internet mobile, données mobiles, l'internet mobile, réseau mobile
internet: accès à internet, coupure d'internet, coupures d'internet, accès à Internet, services internet
pornography: pornographie, porno, sites pornographiques, contenus pornographiques, sites porno
targeted advertising: publicité ciblée, publicités ciblées, publicité personnalisée
social commerce: commerce social, social commerce
satellite dishes: antennes paraboliques, paraboles, antenne parabolique
connected cars: voitures connectées, véhicules connectés, voiture connectée
routers: routeurs, routeur, box internet
live streaming: diffusion en direct, streaming en direct, live streaming
media outlets: médias, média, chaînes de télévision, radios, sites d'information, médias d'État, organes de presse, médias étrangers
books: livre, livres, romans, manuels scolaires
music: musique, musiques, chansons, clips
movies: films, film, longs métrages, longs-métrages
TV series: séries télévisées, séries, série télévisée, feuilletons, téléréalité
newspapers: journaux, magazines, presse écrite
concerts: concerts, concert, festivals, festivals de musique
LGBTQ content: propagande LGBT, contenus LGBT, propagande homosexuelle, contenus LGBTQ, propagande LGBTQ
religious symbols: signes religieux, signes religieux ostensibles, symboles religieux, tenues religieuses
face coverings: burqa, burqas, burka, niqab, niqabs, voile intégral, voiles intégraux, dissimulation du visage, visage couvert, visage dissimulé, dissimuler le visage, dissimuler son visage, visage masqué
abayas: abaya, abayas, qamis
headscarves: voile, voile islamique, foulard, foulard islamique, hijab, voiles, foulards
Nazi symbols: croix gammée, croix gammées, symboles nazis, salut nazi, emblèmes nazis
protests: manifestations, manifestation, protestations
public gatherings: rassemblements, regroupements, grands rassemblements, rassemblements publics
cinemas: cinémas, salles de cinéma, salles obscures
Sunday trading: ouverture des commerces le dimanche, ouverture dominicale, travail dominical, commerce le dimanche
rainbow flags: drapeaux arc-en-ciel, drapeau arc-en-ciel, drapeaux LGBT, drapeaux des fiertés
short-term rentals: locations de courte durée, location de courte durée, meublés de tourisme, meublé de tourisme, locations touristiques, location saisonnière, locations saisonnières
cash: argent liquide, paiements en espèces, paiement en espèces, cash, en espèces
surrogacy: gestation pour autrui, GPA, maternité de substitution, mères porteuses
conversion therapy: thérapies de conversion, thérapie de conversion, pratiques de conversion
abortion: avortement, avortements, IVG, interruption volontaire de grossesse, pilule abortive
gender-affirming care: soins d'affirmation de genre, transition de genre, bloqueurs de puberté, traitements de transition, chirurgies de réassignation
child marriage: mariage d'enfants, mariages d'enfants, mariage précoce, mariages précoces, mariage des mineurs
female genital mutilation: mutilations génitales féminines, mutilation génitale féminine, excision, MGF
corporal punishment: châtiments corporels, punitions corporelles, fessée, violences éducatives ordinaires
begging: mendicité, mendicité agressive
prostitution: prostitution, achat d'actes sexuels, travail du sexe, maisons closes
ride-hailing: VTC, voitures de transport avec chauffeur, applications de VTC, covoiturage urbain
private tutoring: cours particuliers, soutien scolaire privé, cours de soutien
tanning beds: cabines de bronzage, bancs solaires, UV artificiels, bronzage artificiel, solariums
skin-lightening products: produits éclaircissants, produits dépigmentants, crèmes éclaircissantes, produits blanchissants, dépigmentation volontaire
dangerous dog breeds: chiens dangereux, chiens de catégorie, pitbulls, pit-bulls, chiens d'attaque
XL bully dogs: XL bully, XL bullies, chiens XL bully, American XL bully
billboards: panneaux publicitaires, affichage publicitaire, publicité extérieure, écrans publicitaires, panneaux d'affichage
short selling: ventes à découvert, vente à découvert, ventes à découvert à nu
binary options: options binaires
firearms: armes à feu, arme à feu, fusils, armes semi-automatiques
assault weapons: armes d'assaut, fusils d'assaut, fusil d'assaut
handguns: armes de poing, pistolets, revolvers, arme de poing
ghost guns: armes fantômes, armes imprimées en 3D, armes artisanales imprimées
knives: couteaux, couteau, armes blanches, machettes
weapons: armes, arme
landmines: mines antipersonnel, mines terrestres, mine antipersonnel
cluster munitions: armes à sous-munitions, bombes à sous-munitions, sous-munitions
fireworks: feux d'artifice, feu d'artifice, pétards, mortiers d'artifice, artifices, pétard, articles pyrotechniques, artifices de divertissement, engins pyrotechniques, produits pyrotechniques
pepper spray: bombes lacrymogènes, spray au poivre, gaz lacrymogène en spray, aérosols lacrymogènes
ammunition: munitions
toy guns: pistolets jouets, armes factices, répliques d'armes, armes jouets
laser pointers: pointeurs laser, pointeur laser
nuclear weapons: armes nucléaires, arme nucléaire, bombe atomique, armes atomiques
chemical weapons: armes chimiques
wheat: blé, exportations de blé, exportation de blé
onions: oignons, oignon
tomatoes: tomates, tomate
potatoes: pommes de terre, pomme de terre
beef: viande bovine, viande de bœuf, bœuf
poultry: volaille, volailles, viande de volaille
pork: viande de porc, porc
sugar: exportations de sucre
eggs: œufs
maize: maïs
fertilisers: engrais
sunflower oil: huile de tournesol
# hunting, fishing, harvesting and extraction
hunting: chasse, activité de chasse, activités cynégétiques, chasse de loisir, chasse à courre, chasse sportive
wolf hunting: chasse au loup, chasse aux loups, tirs de loups, abattage de loups, abattage des loups, tirs de prélèvement de loups
bear hunting: chasse à l'ours, chasse aux ours, abattage d'ours, abattage des ours
duck hunting: chasse au canard, chasse aux canards, chasse aux oiseaux d'eau, chasse au gibier d'eau
seal hunting: chasse au phoque, chasse aux phoques, produits dérivés du phoque, produits du phoque
fox hunting: chasse au renard, chasse aux renards, vènerie sous terre
fishing: pêche, pêche professionnelle, pêche commerciale, pêche industrielle
eel fishing: pêche à l'anguille, pêche de l'anguille, pêche des civelles, civelles, pêche à la civelle, pêche de la civelle
cod fishing: pêche à la morue, pêche au cabillaud, pêche du cabillaud, pêche de la morue
sardine fishing: pêche à la sardine, pêche de la sardine, pêche aux sardines
tuna fishing: pêche au thon, pêche du thon, pêche au thon rouge, pêche du thon rouge
shark fishing: pêche au requin, pêche aux requins, pêche des requins, chasse aux requins, pêche du requin
sea urchin fishing: pêche aux oursins, pêche des oursins, pêche à l'oursin, oursins, ramassage des oursins, récolte des oursins
driftnet fishing: filets dérivants, pêche aux filets dérivants, filet dérivant
logging: exploitation forestière, coupes de bois, abattage d'arbres, coupe de bois, coupes rases, coupe rase, abattage des arbres
deforestation: déforestation, défrichement, défrichements, déboisement
mining: exploitation minière, activités minières, activité minière, industrie minière, projets miniers, extraction minière
metal mining: exploitation minière métallique, exploitation minière des métaux, mines de métaux, extraction de métaux, extraction minière des métaux
gold mining: orpaillage, exploitation aurifère, mines d'or, exploitation de l'or, extraction d'or, extraction de l'or, mine d'or
open-pit mining: mines à ciel ouvert, exploitation à ciel ouvert, mine à ciel ouvert, exploitation minière à ciel ouvert
sand mining: extraction de sable, exploitation du sable, dragage de sable, extraction du sable
uranium mining: extraction d'uranium, mines d'uranium, exploitation de l'uranium, extraction de l'uranium, exploitation d'uranium, mine d'uranium
oil drilling: forages pétroliers, forage pétrolier, exploration pétrolière, exploration pétrolière et gazière, exploration d'hydrocarbures, exploitation d'hydrocarbures, exploitation des hydrocarbures, recherche d'hydrocarbures, nouveaux permis pétroliers, permis d'exploration d'hydrocarbures, nouveaux projets pétroliers et gaziers, extraction de pétrole
offshore drilling: forages en mer, forages offshore, forage offshore, forage en mer, exploitation pétrolière offshore, forages pétroliers en mer, forages pétroliers offshore
peat: tourbe, terreau à base de tourbe, extraction de tourbe
# food and agriculture
apricot kernels: noyaux d'abricot, noyaux d'abricots, amandes d'abricot, amandes d'abricots
meat: viande, viandes, produits carnés, viande rouge, viande transformée, viandes transformées
meat advertising: publicité pour la viande, publicités pour la viande, publicité sur la viande
dairy products: produits laitiers, lait en poudre, laitages
seafood: fruits de mer, produits de la mer, produits halieutiques, produits de la pêche, poissons et fruits de mer, produits aquatiques
honey: miel, miels, importations de miel
cocoa: cacao, fèves de cacao, exportations de cacao
fruit: fruits, fruits frais, importations de fruits
vegetables: légumes, légumes frais, importations de légumes
soybeans: soja, graines de soja, fèves de soja, tourteaux de soja
horse meat: viande de cheval, viande chevaline
bushmeat: viande de brousse, gibier de brousse
wildlife trade: commerce d'animaux sauvages, commerce des animaux sauvages, commerce de la faune sauvage, commerce d'espèces sauvages, commerce d'oiseaux sauvages, consommation d'animaux sauvages, marchés d'animaux sauvages
aspartame: aspartame, E951
artificial sweeteners: édulcorants, édulcorants artificiels, édulcorants de synthèse, édulcorant
food additives: additifs alimentaires, additifs, additif alimentaire
plant-based meat: steak végétal, steaks végétaux, dénominations de viande, appellations carnées, appellations de viande, burgers végétaux, burger végétal, saucisses végétales, substituts de viande, viande végétale, noms de viande, dénominations animales
plant-based milk: lait végétal, laits végétaux, boissons végétales, lait d'avoine, lait de soja, lait d'amande, boisson végétale, substituts de lait
antibiotics: antibiotiques, antibiotique, antibiotiques dans l'élevage
growth hormones: hormones de croissance, bœuf aux hormones, viande aux hormones, bœuf hormoné
chlorinated chicken: poulet chloré, poulets chlorés, poulet lavé au chlore, poulets lavés au chlore, poulet au chlore
fast food: restauration rapide, fast-food, fast-foods, fast food, chaînes de restauration rapide
ultra-processed foods: aliments ultra-transformés, produits ultra-transformés, aliments ultratransformés, produits ultratransformés, ultra-transformés
junk food: malbouffe, junk food, aliments trop sucrés, aliments gras et sucrés
nitrites: nitrites, nitrite, sels nitrités, nitrite de sodium, additifs nitrités
# chemicals, medicines and substances
chlorpyrifos: chlorpyrifos, chlorpyriphos
paraquat: paraquat
atrazine: atrazine
chlorothalonil: chlorothalonil
lead ammunition: munitions au plomb, grenaille de plomb, plomb de chasse, balles en plomb, munitions contenant du plomb, plombs de pêche, plomb dans les munitions
mercury: mercure, amalgames dentaires, amalgame dentaire, thermomètres au mercure, produits contenant du mercure
bisphenol A: bisphénol A, BPA
bisphenols: bisphénols
phthalates: phtalates, phtalate
formaldehyde: formaldéhyde
hydroquinone: hydroquinone
talc: talc, poudre de talc, talc pour bébé
heavy fuel oil: fioul lourd, fuel lourd, mazout lourd
codeine: codéine, médicaments codéinés, médicaments à base de codéine
tramadol: tramadol
fentanyl: fentanyl, fentanyls
ephedrine: éphédrine, éphédra
melatonin: mélatonine
ivermectin: ivermectine
hydroxychloroquine: hydroxychloroquine
opioids: opioïdes, opiacés, antalgiques opioïdes, opioïde
steroids: stéroïdes, stéroïdes anabolisants, anabolisants
cough syrups: sirops contre la toux, sirop contre la toux, sirops antitussifs, sirop antitussif, sirops pour la toux, sirop pour la toux
# transport, places and urban life
cars: voitures, automobiles, circulation automobile, véhicules motorisés, trafic automobile, voitures particulières
trucks: poids lourds, camions, poids-lourds
motorcycles: motos, motocyclettes, deux-roues motorisés
motorcycle taxis: motos-taxis, moto-taxis, mototaxis, taxis-motos, zémidjans, moto-taxi
tuk-tuks: tuk-tuks, tuktuks, tuk-tuk, pousse-pousse, rickshaws, auto-rickshaws, tricycles motorisés
mopeds: scooters, cyclomoteurs, mobylettes, scooters thermiques, cyclomoteur
e-bikes: vélos électriques, vélo électrique, vélos à assistance électrique, vélo à assistance électrique
fat bikes: fatbikes, fat bikes, fat-bikes, fatbike, fat bike
jet skis: jet-skis, jet skis, jet-ski, jet ski, scooters des mers, motos marines, véhicules nautiques à moteur, scooter des mers
horse-drawn carriages: calèches, calèche, voitures à cheval, voitures hippomobiles
night flights: vols de nuit, vols nocturnes, vol de nuit
# Activities, not the people who sell: "vendedores ambulantes ficam proibidos de vender X" bars them from X.
street vending: vente à la sauvette, commerce ambulant, vente ambulante, vente de rue
nightclubs: boîtes de nuit, discothèques, boîte de nuit, discothèque, établissements de nuit
camping: camping sauvage, camping, bivouac
barbecues: barbecues, barbecue, barbecues jetables
campfires: feux de camp, feu de camp, feux en plein air, feux à l'air libre, feux de plein air
bonfires: feux de la Saint-Jean, feux de joie, feu de joie, feux de Pâques
stubble burning: brûlage des chaumes, brûlage des résidus de culture, brûlage agricole, brûlage des pailles, écobuage
open burning: brûlage des déchets verts, brûlage de déchets verts, brûlage à l'air libre, brûlage des végétaux, brûler ses déchets verts
street prayers: prières de rue, prières dans la rue, prière de rue, prier dans la rue, prières publiques
loudspeakers: haut-parleurs, haut-parleur, mégaphones, mégaphone, enceintes portables
public drinking: consommation d'alcool sur la voie publique, alcool sur la voie publique, consommation d'alcool dans l'espace public, consommation d'alcool dans la rue, alcoolisation sur la voie publique, consommation d'alcool en public
pride parades: marches des fiertés, marche des fiertés, gay pride, défilés de la fierté
# goods and trade
second-hand clothes: vêtements d'occasion, vêtements usagés, friperie, friperies, fripes, vêtements de seconde main
second-hand underwear: sous-vêtements d'occasion, sous-vêtements usagés, sous-vêtements de seconde main
used cars: voitures d'occasion, véhicules d'occasion, voiture d'occasion, véhicules usagés, voitures usagées
used tyres: pneus usagés, pneus d'occasion, pneus usés, pneumatiques usagés
e-waste: déchets électroniques, DEEE, déchets d'équipements électriques et électroniques, e-déchets, déchets électriques et électroniques
plastic waste: déchets plastiques, déchets plastique, déchets en plastique, déchets de plastique
scrap metal: ferraille, ferrailles, déchets métalliques
timber: grumes, grume, bois brut, exportations de bois, exportation de bois, bois tropicaux, bois tropical, bois illégal, bois d'œuvre
rare earths: terres rares
gallium: gallium
germanium: germanium
antimony: antimoine
graphite: graphite
diamonds: diamants, diamants bruts, diamants russes, diamants du sang
textiles: textiles, produits textiles
luxury goods: produits de luxe, biens de luxe, articles de luxe
arms exports: exportations d'armes, exportation d'armes, ventes d'armes, livraisons d'armes, livraison d'armes, transferts d'armes, exportations d'armements, ventes d'armements
dual-use goods: biens à double usage, produits à double usage, technologies à double usage
uranium: uranium, uranium enrichi, uranium russe
oil: pétrole, pétrole brut, produits pétroliers, importations de pétrole
natural gas: gaz naturel, gaz russe, gaz naturel liquéfié, GNL russe, importations de gaz
vaccines: vaccins, vaccin, vaccins à ARN messager
vaccine mandates: obligation vaccinale, vaccination obligatoire, obligations vaccinales
# animals and plants
invasive species: espèces invasives, espèces exotiques envahissantes, espèces envahissantes, plantes invasives, espèce invasive, espèces exotiques invasives
pangolins: pangolins, pangolin, écailles de pangolin
dog fighting: combats de chiens, combat de chiens
cockfighting: combats de coqs, combat de coqs
pigeon feeding: nourrissage des pigeons, nourrir les pigeons, nourrissage des oiseaux, nourrir les oiseaux
cherry laurel: laurier-cerise, lauriers-cerises, laurier cerise
greyhound racing: courses de lévriers, course de lévriers
dolphinariums: delphinariums, delphinarium, spectacles de dauphins, spectacles de cétacés, cétacés en captivité, dauphins en captivité, orques en captivité
ritual slaughter: abattage rituel, abattage sans étourdissement, abattage halal, abattage casher, abattages rituels
# society, media and education
gender-neutral language: écriture inclusive, langage inclusif, point médian, langage épicène, écriture épicène
flags: drapeaux, drapeaux palestiniens, drapeaux étrangers, drapeaux nationaux
communist symbols: symboles communistes, symboles soviétiques, faucille et le marteau, emblèmes communistes
burkinis: burkinis, burkini
political advertising: publicité politique, publicités politiques, publicité électorale, publicités électorales
foreign funding: financements étrangers, financement étranger, financement de l'étranger, financements venant de l'étranger, fonds étrangers, dons étrangers
NGOs: organisations non gouvernementales, organisation non gouvernementale, ONG étrangères
religious groups: sectes, groupes religieux, organisations religieuses, mouvements sectaires
homeschooling: instruction en famille, école à la maison, scolarisation à domicile, enseignement à domicile
sex education: éducation sexuelle, éducation à la sexualité, cours d'éducation sexuelle, éducation à la vie affective et sexuelle
critical race theory: théorie critique de la race, théorie critique des races
DEI programmes: programmes DEI, politiques de diversité, programmes de diversité, politiques DEI, initiatives DEI, programmes de diversité et d'inclusion, politiques de diversité et d'inclusion
drag shows: spectacles de drag, spectacles drag, drag shows, spectacles de drag-queens, lectures par des drag-queens, spectacles de drag queens
same-sex marriage: mariage homosexuel, mariage pour tous, mariage entre personnes de même sexe, mariages homosexuels, mariage gay
polygamy: polygamie
cousin marriage: mariages entre cousins, mariage entre cousins, mariages consanguins, mariage consanguin
# digital and finance
e-commerce platforms: plateformes de commerce en ligne, plateformes d'e-commerce, sites de e-commerce, sites de commerce en ligne, plateformes de vente en ligne, places de marché en ligne
crypto ATMs: distributeurs de cryptomonnaies, distributeurs de bitcoins, distributeurs automatiques de cryptomonnaies, distributeurs de bitcoin, distributeurs de crypto-monnaies
stablecoins: stablecoins, stablecoin, cryptomonnaies stables
NFTs: jetons non fongibles, jeton non fongible, les NFT, tokens non fongibles
buy now pay later: paiement fractionné, paiements fractionnés, BNPL, paiement en plusieurs fois
dating apps: applications de rencontre, sites de rencontre, applis de rencontre, application de rencontre, applications de rencontres, sites de rencontres
# health and body
cosmetic surgery: chirurgie esthétique, médecine esthétique, interventions esthétiques, injections de botox, botox, actes esthétiques, chirurgie plastique, injections esthétiques
tattoos: tatouages, tatouage, encres de tatouage
piercings: piercings, piercing
assisted dying: aide à mourir, aide active à mourir, suicide assisté, euthanasie, mort assistée, assistance au suicide, aide médicale à mourir
# energy and environment
nuclear power: énergie nucléaire, centrales nucléaires, centrale nucléaire, réacteurs nucléaires, énergie atomique, électricité nucléaire
wind turbines: éoliennes, éolienne, parcs éoliens, parc éolien, énergie éolienne, éolien terrestre, éolien en mer
solar panels: panneaux solaires, panneaux photovoltaïques, centrales solaires, parcs solaires, énergie solaire, fermes solaires, centrales photovoltaïques
gas stoves: cuisinières à gaz, gazinières, plaques de cuisson au gaz, cuisinière à gaz
gravel gardens: jardins de gravier, jardins de cailloux, jardins minéraux, jardins en gravier
artificial turf: gazon synthétique, gazon artificiel, pelouses synthétiques, terrains synthétiques, pelouse synthétique
glitter: paillettes, paillettes plastiques, paillettes en plastique
balloons: ballons de baudruche, lâchers de ballons, lâcher de ballons, ballons à l'hélium, ballons gonflables, ballons en latex
confetti: confettis, confetti, canons à confettis
lawn watering: arrosage, arrosage des pelouses, arrosage des jardins, arroser les pelouses, arroser son jardin, arrosage des espaces verts, arrosage des potagers, arroser les jardins, tuyaux d'arrosage
swimming pool filling: remplissage des piscines, remplir les piscines, remplissage de piscines, remplir sa piscine, remplissage des piscines privées
car washing: lavage des voitures, lavage des véhicules, laver sa voiture, laver les voitures, lavage de voitures, lavage de véhicules
irrigation: irrigation, irrigations, arrosage des cultures, irrigation agricole
# housing and weapons
evictions: expulsions locatives, expulsions de locataires, expulsion locative
stun guns: pistolets à impulsion électrique, armes à impulsion électrique, tasers, taser, pistolets électriques
gambling advertising: publicité pour les jeux d'argent, publicités pour les jeux d'argent, publicité des paris sportifs, publicité pour les paris sportifs, publicité sur les jeux d'argent, publicités pour les paris sportifs
crypto exchanges: plateformes d'échange de cryptomonnaies, bourses de cryptomonnaies, plateformes d'échange de cryptoactifs, plateformes d'échange de crypto-monnaies
away fans: supporters visiteurs, supporters adverses, supporters de l'équipe visiteuse, déplacements de supporters
fossil fuel heating: chauffage fossile, chauffages fossiles, chauffage aux énergies fossiles, chauffages aux énergies fossiles, systèmes de chauffage fossiles, chaudières à combustibles fossiles, chaudières fossiles
open fireplaces: cheminées ouvertes, cheminée ouverte, cheminées à feu ouvert, cheminée à foyer ouvert
air conditioning: climatisation, climatisations, climatiseurs, climatiseur, clim
shop window lighting: éclairage des vitrines, éclairage de vitrines, vitrines éclairées, vitrines allumées, vitrines illuminées
outdoor lighting: éclairage extérieur, éclairages extérieurs, éclairage des façades, illumination des monuments, illumination des bâtiments, enseignes lumineuses, publicités lumineuses, publicité lumineuse
electric cars: voitures électriques, voiture électrique, véhicules électriques, véhicule électrique
old vehicles: vieux véhicules, vieilles voitures, véhicules anciens, véhicules vétustes, véhicules les plus anciens
tour buses: cars de tourisme, autocars de tourisme, autocars touristiques, bus touristiques, cars touristiques
golf carts: voiturettes de golf, voiturette de golf, golfettes
quad bikes: quads, quad, randonnées en quad
snowmobiles: motoneiges, motoneige, scooters des neiges
hoverboards: hoverboards, hoverboard
motorboats: bateaux à moteur, bateau à moteur, embarcations motorisées, embarcations à moteur, hors-bords, hors-bord, moteurs hors-bord
helicopters: hélicoptères, hélicoptère, vols en hélicoptère, héliski
paragliders: parapentes, parapente, paramoteurs, paramoteur
hot-air balloons: montgolfières, montgolfière, vols en montgolfière, ballons à air chaud
microlight aircraft: ULM, ultralégers motorisés, ultraléger motorisé, avions ultralégers
kites: cerfs-volants, cerf-volant, cerfs volants, cerf volant
lawn mowers: tondeuses à gazon, tondeuse à gazon, tondeuses thermiques, robots tondeuses, robot tondeuse
swimming: baignade, baignades, se baigner, nage en eau libre
off-road driving: conduite hors route, circulation hors route, hors-piste motorisé, véhicules tout-terrain, tout-terrain motorisé
data centres: centres de données, centre de données, data centers, datacenters, data centres
golf courses: terrains de golf, terrain de golf, parcours de golf
snow cannons: canons à neige, canon à neige, neige artificielle, enneigement artificiel, neige de culture, enneigeurs
disposable nappies: couches jetables, couche jetable, couches-culottes jetables
takeaway containers: emballages de vente à emporter, emballages à emporter, contenants à emporter, boîtes à emporter, barquettes jetables, contenants alimentaires jetables
plastic sachets: sachets d'eau, eau en sachet, eau en sachets, sachets individuels, sachets à usage unique, sachets monodoses
cigarette filters: filtres de cigarettes, filtres à cigarette, filtre de cigarette, mégots, mégots de cigarette
polystyrene: emballages en polystyrène, produits en polystyrène, polystyrène extrudé
microplastics: microparticules de plastique, microparticules plastiques, microplastiques ajoutés intentionnellement, microparticules de polymères synthétiques
charcoal: charbon de bois, production de charbon de bois, exportations de charbon de bois, commerce du charbon de bois
kerosene: kérosène, pétrole lampant, poêles à pétrole, lampes à pétrole
diesel generators: groupes électrogènes, groupe électrogène, générateurs diesel, générateur diesel
gas flaring: torchage, torchage du gaz, torchage de gaz, torchage de routine, brûlage à la torche
potassium bromate: bromate de potassium, E924
brominated vegetable oil: huile végétale bromée, huiles végétales bromées
propylparaben: propylparabène, propylparaben, E216
oxybenzone: oxybenzone, benzophénone-3
chemical sunscreens: crèmes solaires chimiques, crème solaire chimique, filtres UV chimiques, filtres solaires chimiques, écrans solaires chimiques, protections solaires chimiques
water fluoridation: fluoration de l'eau, fluoration de l'eau potable, fluoration, eau fluorée, fluor dans l'eau, fluor dans l'eau potable, fluorure dans l'eau potable, fluorure dans l'eau
lead paint: peinture au plomb, peintures au plomb, peinture contenant du plomb, peintures contenant du plomb, plomb dans les peintures, céruse
cadmium: cadmium
PVC: PVC, polychlorure de vinyle, emballages en PVC
nitrates: nitrates, nitrate, nitrate de sodium, nitrate de potassium
baby walkers: trotteurs pour bébé, trotteur pour bébé, trotteurs pour bébés, trotteurs bébé, youpala, youpalas
infant formula advertising: publicité pour le lait infantile, publicité pour les laits infantiles, publicité des laits infantiles, publicité pour les préparations pour nourrissons, publicité pour les substituts du lait maternel, marketing des substituts du lait maternel, promotion des substituts du lait maternel, commercialisation des substituts du lait maternel, publicité pour le lait en poudre pour bébés
weight-loss drugs: médicaments amaigrissants, médicament amaigrissant, médicaments contre l'obésité, médicaments anti-obésité, médicaments pour maigrir, médicament pour maigrir, injections amaigrissantes, stylos amaigrissants, analogues du GLP-1, Ozempic, Wegovy, sémaglutide, tirzépatide, Mounjaro, sibutramine
diet pills: pilules amaigrissantes, pilule amaigrissante, pilules minceur, pilule minceur, pilules pour maigrir, gélules amaigrissantes, gélules minceur, produits amincissants, produits amaigrissants, coupe-faim, brûleurs de graisse, brûle-graisses
ketamine: kétamine, ketamine
psychedelics: psychédéliques, drogues psychédéliques, substances psychédéliques, hallucinogènes, drogues hallucinogènes, substances hallucinogènes, LSD, DMT, ayahuasca, mescaline, peyotl, ibogaïne
xylazine: xylazine
nitazenes: nitazènes, nitazène, isotonitazène, protonitazène, métonitazène
delta-8 THC: delta-8-THC, delta-8 THC, delta-8, delta-8-tétrahydrocannabinol
betel nut: noix de bétel, noix d'arec, noix d'arèque, bétel
contraceptives: contraceptifs, contraceptif, contraception, moyens de contraception, moyens contraceptifs, pilule contraceptive, pilules contraceptives, pilule du lendemain, contraception d'urgence, préservatifs, stérilets, implants contraceptifs
cosmetic fillers: injections d'acide hyaluronique, produits de comblement, injections de comblement, fillers, injections de fillers, comblement des rides, injections dans les lèvres, injections de remplissage
hair relaxers: défrisants, défrisant, produits défrisants, défrisants capillaires, produits de lissage capillaire, produits lissants, lissants capillaires, lissage chimique, lissage brésilien, lissages brésiliens, produits de défrisage
edible insects: insectes comestibles, farine d'insectes, farines d'insectes, poudre d'insectes, farine de grillon, farine de grillons, protéines d'insectes, aliments à base d'insectes, produits à base d'insectes, insectes dans l'alimentation, consommation d'insectes, vers de farine
spirits: alcools forts, alcool fort, boissons spiritueuses, boisson spiritueuse, eaux-de-vie, eau-de-vie, vodka, whisky, rhum, gin, tequila
wine: vin, vins, vente de vin, vente de vins, importations de vin
moonshine: alcool frelaté, alcools frelatés, alcool de contrebande, alcool illicite, alcool clandestin, alcool artisanal frelaté, gnôle, tord-boyaux, alcool de fabrication artisanale, boissons frelatées
button batteries: piles bouton, pile bouton, piles boutons, piles-boutons, pile-bouton, piles au lithium de type bouton, piles plates au lithium
magnetic toys: jouets magnétiques, jouet magnétique, jouets aimantés, jouets contenant des aimants, billes magnétiques, billes aimantées, aimants puissants, aimants de forte puissance, aimants néodyme, petits aimants puissants
water beads: perles d'eau, billes d'eau, perles d'hydrogel, billes d'hydrogel, billes de gel, perles de gel, billes absorbantes, Orbeez
lithium batteries: batteries au lithium, batterie au lithium, batteries lithium-ion, batterie lithium-ion, piles au lithium, pile au lithium, batteries li-ion, accumulateurs lithium-ion
counterfeit goods: contrefaçons, produits contrefaits, marchandises contrefaites, articles contrefaits, faux produits, produits de contrefaçon, articles de contrefaçon, faux articles de marque, contrefaçon
counterfeit medicines: médicaments contrefaits, médicament contrefait, faux médicaments, faux médicament, médicaments falsifiés, médicament falsifié, contrefaçons de médicaments, médicaments de contrefaçon
dietary supplements: compléments alimentaires, complément alimentaire, suppléments alimentaires, supplément alimentaire, suppléments nutritionnels, compléments nutritionnels
painkillers: antidouleurs, antidouleur, anti-douleurs, analgésiques, antalgiques, médicaments antidouleur, médicaments contre la douleur, paracétamol, ibuprofène
homeopathy: homéopathie, médicaments homéopathiques, produits homéopathiques, remèdes homéopathiques, granules homéopathiques
cosmetics: cosmétiques, produits cosmétiques, produit cosmétique, produits de beauté
sweets: bonbons, confiseries, confiserie, sucreries, friandises, sucettes
tablets: tablettes numériques, tablette numérique, tablettes tactiles, tablette tactile, tablettes électroniques, tablette électronique, iPad
smart glasses: lunettes connectées, lunettes intelligentes, lunettes IA, lunettes à intelligence artificielle, lunettes à réalité augmentée, lunettes Ray-Ban Meta
AI-generated content: contenus générés par l'IA, contenu généré par l'IA, contenus générés par IA, contenu généré par IA, contenus générés par intelligence artificielle, contenus générés par l'intelligence artificielle, images générées par l'IA, images générées par IA, vidéos générées par l'IA, contenus créés par l'IA
end-to-end encryption: chiffrement de bout en bout, cryptage de bout en bout, communications chiffrées de bout en bout, E2EE
SIM cards: cartes SIM, carte SIM, cartes SIM prépayées, eSIM
satellite internet: internet par satellite, internet satellitaire, terminaux Starlink, Starlink
online advertising: publicité en ligne, publicités en ligne, publicité numérique, publicité sur internet, publicité digitale, annonces en ligne
influencer marketing: marketing d'influence, publicité des influenceurs, publicité par les influenceurs, promotion par des influenceurs, influence commerciale
crypto advertising: publicité pour les cryptomonnaies, publicités pour les cryptomonnaies, publicité pour les crypto-monnaies, publicité sur les cryptomonnaies, publicité des cryptoactifs, publicité pour les cryptoactifs, publicités crypto, promotion des cryptomonnaies
crypto payments: paiements en cryptomonnaies, paiement en cryptomonnaies, paiements en cryptomonnaie, paiement en cryptomonnaie, paiements en crypto, paiements en bitcoin, paiements en cryptoactifs
lotteries: loteries, loterie, loto, billets de loterie, jeux de loterie, tombolas, tombola
betting shops: bookmakers, kiosques de paris, bureaux de paris, agences de paris, salles de paris
payday loans: prêts sur salaire, prêt sur salaire, prêts rapides, crédits rapides, mini-prêts, minicrédits
foreign currency: devises étrangères, devise étrangère, monnaies étrangères, monnaie étrangère, paiements en devises, transactions en devises
podcasts: podcasts, podcast, balados, baladodiffusion
foreign journalists: journalistes étrangers, journaliste étranger, reporters étrangers, correspondants étrangers, presse étrangère
comics: bandes dessinées, bande dessinée, comics, mangas, manga, romans graphiques
anime: animes, animés japonais, dessins animés japonais, japanimation
foreign films: films étrangers, film étranger, longs métrages étrangers, films importés
rap music: rap, musique rap, hip-hop, chansons de rap, morceaux de rap
drill music: musique drill, rap drill, drill UK, clips de drill, morceaux de drill
raves: rave-parties, rave-party, rave party, raves, free parties, teknivals, teknival
strikes: grèves, grève, débrayages, mouvements de grève, droit de grève, arrêts de travail
political parties: partis politiques, parti politique
opposition parties: partis d'opposition, parti d'opposition, formations d'opposition
trade unions: syndicats, syndicat, organisations syndicales
missionaries: missionnaires, missionnaire, prosélytisme, activités missionnaires
miniskirts: minijupes, minijupe, mini-jupes, mini-jupe, jupes courtes
make-up: maquillage, maquillages, rouge à lèvres, vernis à ongles
robocalls: appels automatisés, appels automatiques, appels robotisés, appels préenregistrés, robocalls
telemarketing: démarchage téléphonique, démarchage par téléphone, télémarketing, prospection téléphonique, appels commerciaux, appels non sollicités
junk fees: frais cachés, frais dissimulés, frais abusifs, frais annexes cachés
surge pricing: tarification dynamique, tarifs dynamiques, prix dynamiques, surge pricing
non-compete clauses: clauses de non-concurrence, clause de non-concurrence, accords de non-concurrence
child labour: travail des enfants, travail infantile, travail d'enfants, enfants travailleurs
unpaid internships: stages non rémunérés, stage non rémunéré
dogs: chiens, chien, chiens de compagnie, chiens errants
cats: chats, chats domestiques, chats errants
cattle: bovins, bétail, vaches, bovin, abattage des vaches
glue traps: pièges à glu, piège à glu, pièges collants, plaques de glu
snares: collets, pièges à collet, piégeage au collet, collets à arrêtoir
leghold traps: pièges à mâchoires, piège à mâchoires, pièges à patte, pièges à mâchoires d'acier
fish farming: aquaculture, pisciculture, fermes piscicoles, élevage de poissons, élevages de poissons, fermes aquacoles, fermes d'aquaculture
salmon farming: élevage de saumon, élevage de saumons, élevages de saumons, fermes à saumons, saumon d'élevage, salmoniculture, fermes salmonicoles
octopus farming: élevage de poulpes, élevages de poulpes, élevage de pieuvres, fermes à poulpes, ferme de poulpes, poulpes d'élevage
krill fishing: pêche au krill, pêche du krill, pêcherie de krill
lobster fishing: pêche au homard, pêche du homard, pêche aux homards, pêche à la langouste, pêche de la langouste
shellfish harvesting: pêche à pied, ramassage des coquillages, pêche aux coquillages, récolte des coquillages, pêche des coquillages, cueillette des coquillages
rodeos: rodéos avec animaux, spectacles de rodéo, rodéos de taureaux, rodéo western
elephant rides: balades à dos d'éléphant, balade à dos d'éléphant, promenades à dos d'éléphant, promenade à dos d'éléphant, randonnées à dos d'éléphant, monter à dos d'éléphant
puppy sales: vente de chiots, ventes de chiots, vente de chiots et de chatons, usines à chiots, trafic de chiots, commerce de chiots
pet shops: animaleries, animalerie
crossbows: arbalètes, arbalète
swords: épées, sabres, katanas, sabres japonais
air guns: armes à air comprimé, carabines à air comprimé, pistolets à air comprimé, carabines à plombs, carabine à plombs
high-capacity magazines: chargeurs de grande capacité, chargeurs à grande capacité, chargeurs grande capacité, chargeur de grande capacité
explosives: explosifs, substances explosives, matières explosives, précurseurs d'explosifs, dynamite
tear gas: gaz lacrymogène, gaz lacrymogènes, grenades lacrymogènes, grenade lacrymogène, lacrymogènes
rubber bullets: balles en caoutchouc, balle en caoutchouc, LBD, lanceurs de balles de défense, flash-balls, flash-ball, flashball
white phosphorus: phosphore blanc, armes au phosphore blanc, bombes au phosphore blanc, obus au phosphore blanc
flares: fumigènes, feux de Bengale, torches pyrotechniques, fusées éclairantes, fusées de détresse
steel: acier, aciers, produits sidérurgiques, importations d'acier, exportations d'acier, acier russe
aluminium: aluminium, aluminium russe
copper: cuivre, concentré de cuivre, minerai de cuivre, exportations de cuivre
nickel: nickel, minerai de nickel
bauxite: bauxite
lithium: lithium
cobalt: cobalt
tungsten: tungstène
love locks: cadenas d'amour, cadenas de l'amour, cadenas des amoureux
key boxes: boîtes à clés, boîte à clés, boîtes à clefs, boîtes à clé, boîtiers à clés
wheeled suitcases: valises à roulettes, valise à roulettes, bagages à roulettes, valises à roues
street performers: artistes de rue, artiste de rue, musiciens de rue, musicien de rue, spectacles de rue, saltimbanques, statues vivantes
rough sleeping: dormir dans la rue, dormir à la rue, dormir sur la voie publique, coucher dans la rue, couchage dans la rue, couchage sur la voie publique
homeless encampments: campements de sans-abri, campements de sans-abris, campements de SDF, camps de sans-abri, tentes de sans-abri
tourist groups: groupes de touristes, groupe de touristes, groupes touristiques
second homes: résidences secondaires, résidence secondaire
foreign home buyers: acheteurs étrangers, acheteurs non-résidents, achats immobiliers par des étrangers, achat de logements par des étrangers, acquisitions immobilières par des étrangers, achat de biens immobiliers par des étrangers
new hotels: nouveaux hôtels, nouvel hôtel, construction de nouveaux hôtels, construction d'hôtels, nouveaux projets hôteliers
# 0.27.0: more categories
game consoles: consoles de jeux, console de jeux, consoles de jeux vidéo, console de jeux vidéo, consoles de jeu, console de jeu
gas-powered garden equipment: outils de jardin thermiques, outils de jardinage thermiques, équipements de jardin thermiques, matériel de jardinage thermique, engins de jardin thermiques, outils de jardin à essence, engins de jardin à essence, appareils de jardinage à moteur thermique, taille-haies thermiques, débroussailleuses thermiques, tronçonneuses thermiques, souffleurs thermiques
sex dolls: poupées sexuelles, poupée sexuelle, poupées sexuelles à l'apparence enfantine, poupées sexuelles d'apparence enfantine, poupées pédopornographiques, robots sexuels, sex dolls
selfie sticks: perches à selfie, perche à selfie, perches à selfies, perche à selfies, bâtons à selfie, bâtons de selfie, selfie sticks
disposable lighters: briquets jetables, briquet jetable, briquets, briquets en plastique, briquets fantaisie
coal stoves: poêles à charbon, poêle à charbon, chaudières à charbon, chaudière à charbon, chauffage au charbon, chauffages au charbon, poêles à charbon domestiques
dashcams: dashcams, dashcam, caméras embarquées, caméra embarquée, caméras de tableau de bord, caméra de tableau de bord, caméras de voiture
coffee capsules: capsules de café, capsule de café, dosettes de café, dosette de café, capsules de café en aluminium, capsules Nespresso, capsules de café jetables
bottled water: eau en bouteille, eaux en bouteille, eau embouteillée, eaux embouteillées, vente d'eau en bouteille, bouteilles d'eau jetables
bicycles: vélos, vélo, bicyclettes, bicyclette, cyclistes, circulation à vélo, pratique du vélo, circulation des vélos
camper vans: camping-cars, camping-car, campings-cars, camping cars, camping car, autocaravanes, autocaravane, vans aménagés, fourgons aménagés, vanlife, stationnement des camping-cars, dormir dans sa voiture, dormir dans son véhicule, vivre dans son véhicule
right-hand-drive vehicles: véhicules avec volant à droite, véhicules à volant à droite, voitures à volant à droite, voitures avec volant à droite, véhicules à conduite à droite, voitures à conduite à droite
self-driving cars: voitures autonomes, voiture autonome, véhicules autonomes, véhicule autonome, voitures sans conducteur, voiture sans conducteur, véhicules sans conducteur, robotaxis, robot-taxis, taxis autonomes, taxis sans chauffeur, camions autonomes
petrol motorbikes: motos à essence, motos thermiques, deux-roues thermiques, scooters à essence, motos à moteur thermique, deux-roues à essence, cyclomoteurs thermiques, scooters deux-temps, motos deux-temps
street racing: rodéos urbains, rodéo urbain, rodéos motorisés, rodéos sauvages, courses de rue, courses sauvages, courses automobiles illégales, courses illégales, course illégale, rassemblements de voitures, runs sauvages
beer bikes: vélos à bière, vélo à bière, bierfiets, beer bikes, vélos-bars, bar-vélos, vélos de fête
leaded fuel: essence plombée, carburant plombé, carburants plombés, essence au plomb, carburant au plomb, carburants au plomb, plomb tétraéthyle, essence d'aviation au plomb, avgas au plomb
liquids in hand luggage: liquides en cabine, liquides dans les bagages à main, liquides dans le bagage cabine, liquides dans les bagages cabine, règle des 100 ml, règle des 100 millilitres, limite de 100 ml, restrictions sur les liquides, contenants de 100 ml
studded tyres: pneus à clous, pneus cloutés, pneu clouté, pneu à clous, pneus à crampons, pneus à picots
ractopamine: ractopamine, porc à la ractopamine, viande à la ractopamine, porc traité à la ractopamine
durian: durian, durians, fruit du durian
alcopops: alcopops, alcopop, prémix, premix, boissons prémix, boissons alcoolisées sucrées, boissons alcoolisées aromatisées, hard seltzers, cocktails prêts à boire
late-night alcohol sales: vente d'alcool la nuit, vente nocturne d'alcool, ventes nocturnes d'alcool, vente d'alcool après 22h, vente d'alcool après 22 heures, vente d'alcool à emporter la nuit, vente d'alcool à emporter après 22h, vente nocturne de boissons alcoolisées
drinks promotions: happy hours, happy hour, happy-hour, open bar, open bars, open-bar, promotions sur l'alcool, offres promotionnelles sur l'alcool, alcool à volonté, boissons à volonté
DDT: DDT, dichlorodiphényltrichloroéthane
fluorinated gases: gaz fluorés, gaz à effet de serre fluorés, HFC, hydrofluorocarbures, CFC, chlorofluorocarbures, HCFC, SF6, hexafluorure de soufre, substances appauvrissant la couche d'ozone, fluides frigorigènes
chlorinated solvents: solvants chlorés, trichloroéthylène, TCE, perchloroéthylène, tétrachloroéthylène, perchlo, dichlorométhane, chlorure de méthylène
cyanide: cyanure, cyanures, cyanure de sodium, lixiviation au cyanure, utilisation du cyanure, cyanuration
acetamiprid: acétamipride, acetamipride, acetamiprid
rodenticides: rodenticides, rodenticide, mort-aux-rats, raticides, raticide, appâts empoisonnés, poison à rats, rodenticides anticoagulants
road salt: sel de déneigement, sels de déneigement, sel de voirie, sel de déverglaçage, sel routier, fondants routiers, sel d'épandage
flame retardants: retardateurs de flamme, retardateur de flamme, retardateurs de flamme bromés, ignifugeants, ignifugeants bromés, PBDE
engineered stone: pierre reconstituée, pierres reconstituées, pierre artificielle, pierres artificielles, quartz reconstitué, quartz de synthèse, plans de travail en quartz, quartz composite
cocaine: cocaïne, cocaine, culture de coca, cultures de coca, pâte de coca, pâte base de cocaïne
methamphetamine: méthamphétamine, méthamphétamines, methamphétamine, crystal meth, meth, yaba, shabu
MDMA: MDMA, ecstasy, pilules d'ecstasy, comprimés d'ecstasy, thérapie assistée par MDMA
opium poppy cultivation: culture du pavot, cultures de pavot, culture de pavot, culture de l'opium, pavot à opium, pavots à opium, opium, champs de pavot, production d'opium, trafic d'opium
new psychoactive substances: nouveaux produits de synthèse, NPS, nouvelles substances psychoactives, drogues de synthèse, legal highs, euphorisants légaux, cathinones de synthèse, cathinones synthétiques, méphédrone, research chemicals
GHB: GHB, GBL, drogue du violeur, gamma-hydroxybutyrate, gamma-butyrolactone, ecstasy liquide
bear bile: bile d'ours, fermes à bile d'ours, élevages d'ours à bile, ours à bile, extraction de bile d'ours
donkey skins: peaux d'âne, commerce des peaux d'âne, abattage des ânes, abattage d'ânes, ejiao, gélatine de peau d'âne
tail docking: caudectomie, caudectomies, coupe de la queue, coupe des queues, queues coupées, amputation de la queue, otectomie, coupe des oreilles
declawing: dégriffage, dégriffage des chats, chats dégriffés, onychectomie
sow stalls: cages de gestation, cage de gestation, cages à truies, stalles de gestation, cages de mise bas, truies en cage
chick culling: broyage des poussins, broyage des poussins mâles, broyage de poussins, élimination des poussins mâles, abattage des poussins mâles, mise à mort des poussins mâles, gazage des poussins
live poultry markets: marchés de volailles vivantes, marché de volailles vivantes, marchés aux volailles vivantes, vente de volailles vivantes, marchés d'animaux vivants, marché d'animaux vivants, marchés humides, wet markets
big cats: grands félins, grand félin, tigres de compagnie, lions de compagnie, détention de grands félins, félins exotiques
badger culling: abattage des blaireaux, abattage de blaireaux, élimination des blaireaux, déterrage des blaireaux, déterrage du blaireau, vénerie sous terre
bull running: lâchers de taureaux, lâcher de taureaux, encierros, encierro, toro embolado, bous al carrer, fêtes taurines de rue
animal sacrifice: sacrifices d'animaux, sacrifice d'animaux, sacrifices rituels d'animaux, sacrifice rituel d'animaux, sacrifices animaux
wildlife feeding: nourrissage de la faune sauvage, nourrissage des animaux sauvages, nourrissage de la faune, nourrissage des singes, nourrissage des canards, nourrissage des goélands, nourrissage des sangliers, agrainage
exotic skins: peaux exotiques, cuir exotique, cuirs exotiques, peau de crocodile, cuir de crocodile, peau de python, cuir de python, peaux de serpent, peau de serpent, peaux de reptiles, cuir d'alligator
spitting: crachats, crachats sur la voie publique, crachats dans la rue, cracher dans la rue, cracher sur la voie publique, crachat sur la voie publique
littering: jets de déchets, abandon de déchets, dépôts sauvages, dépôt sauvage, déchets sauvages, littering, jet de mégots, jets de mégots, jet de déchets sur la voie publique
jaywalking: traversée hors des clous, traversées hors des clous, traverser hors des clous, traversée hors des passages piétons, traverser en dehors des passages piétons, traversée au feu rouge, jaywalking
loitering: occupation des halls d'immeubles, occupation abusive des halls, regroupements dans les halls, vagabondage, flânage, loitering
skateboarding: skateboard, skateboards, planches à roulettes, planche à roulettes, rollers, patins à roulettes, patins en ligne, pratique du skate
public nudity: nudité en public, nudité publique, naturisme, nudisme, naturistes, nudistes, seins nus, bains de soleil seins nus, topless, monokini, randonnée nue, baignade nue, plages naturistes
swimwear in the street: tenue de plage en ville, tenues de plage en ville, maillot de bain en ville, maillots de bain en ville, maillot de bain dans les rues, tenue de bain en ville, torse nu, torse-nu, torses nus, bikini en ville
eating in the street: manger dans la rue, manger sur les marches, manger en marchant, manger sur les monuments, pique-niques sur les marches, repas sur la voie publique
graffiti: graffitis, graffiti, bombes de peinture, vente de bombes de peinture, peinture en aérosol, tags sauvages
honking: klaxon, klaxons, coups de klaxon, usage du klaxon, avertisseurs sonores, concerts de klaxons
dancing: danse, danser en public, danse en public, soirées dansantes, bals populaires, danses mixtes
entering forests: accès aux forêts, accès aux massifs forestiers, accès aux massifs, accès à la forêt, accès aux bois, pénétrer dans les forêts, fréquentation des massifs forestiers, accès aux espaces naturels
Halloween: Halloween, fêtes d'Halloween, fête d'Halloween, célébrations d'Halloween, soirées d'Halloween, déguisements d'Halloween
Valentine's Day: Saint-Valentin, la Saint-Valentin, Saint Valentin, fête de la Saint-Valentin, célébrations de la Saint-Valentin, fête des amoureux
beauty pageants: concours de beauté, concours de mini-miss, mini-miss, concours de miss, élections de miss, élection de miss, concours de beauté pour enfants
pub crawls: tournées des bars, tournée des bars, pub crawls, pub crawl, bar crawls, tournées de bars organisées
Quran burning: autodafés de Coran, autodafés du Coran, autodafé du Coran, autodafés de Corans, Corans brûlés, Coran brûlé, brûler le Coran, profanation du Coran, profanations du Coran, profanation de livres saints, exemplaires du Coran brûlés
flag burning: drapeaux brûlés, drapeau brûlé, incendie de drapeaux, brûler le drapeau, brûler des drapeaux, outrage au drapeau, profanation du drapeau
Holocaust denial: négationnisme, négation de la Shoah, négation de l'Holocauste, négationnistes, négationniste, négation du génocide, négation des génocides, négation des crimes contre l'humanité
Z symbol: symbole Z, symboles Z, lettre Z, la lettre Z, signe Z
sex shops: sex-shops, sex-shop, sex shops, sex shop, sexshops, boutiques érotiques, boutique érotique, magasins pour adultes
strip clubs: clubs de strip-tease, club de strip-tease, bars de strip-tease, boîtes de strip-tease, strip-clubs, strip clubs, clubs de striptease, clubs de lap dance, lap dance
massage parlours: salons de massage, salon de massage, salons de massage érotique, instituts de massage
beauty salons: salons de beauté, salon de beauté, instituts de beauté, institut de beauté, salons d'esthétique, centres esthétiques
minimarkets: supérettes, supérette, épiceries de nuit, épicerie de nuit, magasins de nuit, night shops, minimarkets, minimarchés, épiceries ouvertes la nuit, commerces de nuit
vape shops: boutiques de vapotage, boutique de vapotage, magasins de vapotage, magasins de cigarettes électroniques, boutiques de cigarettes électroniques, vape shops, vapeshops
cannabis shops: coffee shops, coffeeshops, coffee-shops, boutiques de cannabis, magasins de cannabis, dispensaires de cannabis, clubs cannabiques, cannabis social clubs
drive-throughs: drive-in, drive-ins, drive-through, drive-throughs, drive-thru, services au volant, service au volant, McDrive, restaurants drive
dark stores: dark stores, dark store, darkstores, entrepôts de livraison rapide, magasins fantômes, dark kitchens, cuisines fantômes, quick commerce, quick-commerce
prescription drug advertising: publicité pour les médicaments, publicité sur les médicaments, publicités pour des médicaments, publicité pharmaceutique, publicité des médicaments, publicité directe au consommateur, publicité pour les médicaments sur ordonnance
advertising to children: publicité destinée aux enfants, publicités destinées aux enfants, publicité ciblant les enfants, publicité pour enfants, publicité à destination des enfants, publicité dans les programmes jeunesse, publicité dans les programmes pour enfants, marketing ciblant les enfants, publicité auprès des enfants
junk mail: prospectus publicitaires, publicité papier, imprimés publicitaires, imprimés non adressés, publicité non adressée, publicités non adressées, courrier publicitaire, publicité dans les boîtes aux lettres, tracts publicitaires, catalogues publicitaires
digital billboards: écrans publicitaires numériques, panneaux publicitaires numériques, panneaux numériques, affichage numérique, écrans LED publicitaires, panneaux publicitaires lumineux numériques
carbon-neutral claims: écoblanchiment, greenwashing, allégations environnementales, allégation environnementale, allégations de neutralité carbone, allégations climatiques, allégations écologiques, allégations vertes, publicité neutre en carbone, mentions neutre en carbone
CFDs: CFD, CFDs, contrats sur différence, contrats sur la différence, trading de CFD, produits à effet de levier
prediction markets: marchés prédictifs, marché prédictif, marchés de prédiction, marchés de prédictions, paris sur les élections, paris électoraux, contrats d'événements
fantasy sports: fantasy sports, sports fantasy, jeux d'argent réel, jeux en argent réel, jeux en ligne d'argent réel, jeux de fantasy, ligues fantasy
share buybacks: rachats d'actions, rachat d'actions, programmes de rachat d'actions, programme de rachat d'actions, rachats de titres, rachat de ses propres actions, buybacks
golden passports: passeports dorés, passeport doré, citoyenneté par investissement, vente de la citoyenneté, vente de passeports, passeports en or, citoyenneté contre investissement, nationalité contre investissement
golden visas: visas dorés, visa doré, golden visas, golden visa, visas pour investisseurs, visa investisseur, visas investisseurs, titres de séjour pour investisseurs, résidence par investissement
ransom payments: paiements de rançons, paiement de rançons, paiement de rançon, paiements de rançon, versement de rançons, versement de rançon, rançons, paiement des rançons
stock trading by lawmakers: négociation d'actions par les élus, transactions boursières des parlementaires, achat d'actions par les membres du Congrès, négoce d'actions par les membres du Congrès, trading d'actions par les parlementaires, détention d'actions par les parlementaires, transactions boursières des élus, transactions boursières des membres du Congrès
CBDCs: monnaies numériques de banque centrale, monnaie numérique de banque centrale, MNBC, CBDC, euro numérique, dollar numérique, yuan numérique, e-yuan, rouble numérique
pirate sites: sites pirates, site pirate, sites de piratage, sites de streaming illégal, streaming illégal, IPTV illégale, IPTV pirate, piratage en ligne, téléchargement illégal, téléchargements illégaux, sites de téléchargement illégal, sites de torrent, sites miroirs
loan apps: applications de prêt, applications de prêts, applis de prêt, applications de prêt en ligne, plateformes de prêt en ligne, applications de microcrédit, applications de crédit, applications de prêt numérique
AI companions: compagnons IA, compagnon IA, IA compagnons, compagnons virtuels, compagnon virtuel, applications de compagnons IA, chatbots compagnons, petites amies virtuelles, petite amie virtuelle, amis virtuels
addictive feeds: fils algorithmiques, fils d'actualité algorithmiques, flux algorithmiques, flux personnalisés, algorithmes de recommandation, algorithme de recommandation, défilement infini, scroll infini, lecture automatique, design addictif, fonctionnalités addictives, conception addictive, fils addictifs
suppressors: silencieux d'armes, silencieux pour armes à feu, silencieux pour armes, silencieux de chasse, modérateurs de son, modérateur de son, réducteurs de son
knuckle-dusters: poings américains, poing américain, coups-de-poing américains, coup-de-poing américain
flick knives: couteaux à cran d'arrêt, couteau à cran d'arrêt, couteaux papillon, couteau papillon, couteaux automatiques, couteaux à lame jaillissante, crans d'arrêt, couteaux balisong
machine guns: mitrailleuses, mitrailleuse, armes automatiques, arme automatique, fusils automatiques, pistolets-mitrailleurs, pistolet-mitrailleur, armes entièrement automatiques
blank guns: pistolets d'alarme, pistolet d'alarme, armes d'alarme, pistolets à blanc, pistolet à blanc, armes à blanc, pistolets de starter, armes de signalisation, pistolets à gaz
autonomous weapons: armes autonomes, arme autonome, systèmes d'armes létaux autonomes, systèmes d'armes létales autonomes, SALA, robots tueurs, robot tueur, armes létales autonomes
chokeholds: clés d'étranglement, clé d'étranglement, prises d'étranglement, prise d'étranglement, technique d'étranglement, techniques d'étranglement, plaquage ventral
death penalty: peine de mort, peine capitale, condamnations à mort, condamnation à mort, exécutions capitales, peines de mort
virginity tests: tests de virginité, test de virginité, certificats de virginité, certificat de virginité, examens de virginité, hyménoplastie, hyménoplasties, réfection de l'hymen, reconstruction de l'hymen
IVF: FIV, fécondation in vitro, PMA, procréation médicalement assistée, traitements de fertilité, traitement de fertilité, aide médicale à la procréation
circumcision: circoncision, circoncisions, circoncision masculine, circoncision rituelle, circoncision religieuse, circoncision des garçons, circoncision des nourrissons, brit milah
girls' education: éducation des filles, scolarisation des filles, scolarité des filles, enseignement secondaire pour les filles, écoles secondaires pour filles, éducation des femmes, études universitaires des femmes, accès des femmes à l'université, accès des filles à l'école, accès des filles à l'éducation, écoles de filles
transgender athletes: athlètes transgenres, athlète transgenre, sportives transgenres, sportive transgenre, athlètes trans, sportives trans, femmes transgenres dans le sport féminin, femmes trans dans le sport, personnes transgenres dans le sport, sportifs transgenres
mask mandates: obligation du port du masque, port du masque obligatoire, masque obligatoire, obligation de porter un masque, obligations du port du masque, port obligatoire du masque, obligation de masque, masques obligatoires
geoengineering: géo-ingénierie, géoingénierie, géo-ingénierie solaire, géoingénierie solaire, ensemencement des nuages, ensemencement de nuages, modification météorologique, modification de la météo, gestion du rayonnement solaire, injection d'aérosols stratosphériques, chemtrails, traînées chimiques
butterfly bushes: arbres aux papillons, arbre aux papillons, buddleia, buddléia, buddleja, buddléias, lilas d'été
knotweed: renouée du Japon, renouées du Japon, renouées asiatiques, renouée asiatique, Fallopia japonica, Reynoutria japonica
eucalyptus plantations: plantations d'eucalyptus, plantation d'eucalyptus, eucalyptus, nouvelles plantations d'eucalyptus, monocultures d'eucalyptus, culture de l'eucalyptus, boisements d'eucalyptus
gold: exportations d'or, exportation d'or, importations d'or, or russe, lingots d'or, or brut, or non raffiné, exportations d'or brut
iron ore: minerai de fer, minerais de fer, exportations de minerai de fer, boulettes de minerai de fer
raw cashew nuts: noix de cajou, noix de cajou brutes, noix de cajou brute, cajou brut, anacarde, anacardes, noix d'anacarde, exportations de cajou, exportations de noix de cajou, cajou
shea nuts: noix de karité, amandes de karité, karité, noix de karité brutes, exportations de karité
cotton: coton, coton brut, exportations de coton, importations de coton, coton du Xinjiang, coton-fibre, produits en coton, fil de coton
avocados: avocats mexicains, importations d'avocats, exportations d'avocats, avocats du Mexique, avocats du Michoacán
motor fuel: exportations de carburant, exportations de carburants, exportations d'essence, exportations de diesel, exportations de gazole, importations de carburants, importations d'essence, importations de diesel, diesel russe, gazole russe, essence russe
hazardous waste: déchets dangereux, déchets toxiques, exportations de déchets, exportation de déchets, importations de déchets, importation de déchets, déchets importés, transferts de déchets, transferts transfrontaliers de déchets, déchets étrangers
# 0.28.0: more categories
bidis: bidi, bidis
kreteks: kretek, kreteks, cigarettes aux clous de girofle
single cigarettes: cigarettes à l'unité, cigarettes au détail, vente de cigarettes à l'unité
synthetic nicotine: nicotine synthétique, nicotine de synthèse
absinthe: absinthe
kava: kava
powdered alcohol: alcool en poudre
alcohol deliveries: livraison d'alcool, livraisons d'alcool
heroin: héroïne
amphetamines: amphétamine, amphétamines
pregabalin: prégabaline, gabapentine
benzodiazepines: benzodiazépines, benzodiazépine, alprazolam
pseudoephedrine: pseudoéphédrine
ethylene oxide: oxyde d'éthylène
dicamba: dicamba
ammonium nitrate: nitrate d'ammonium
PCBs: PCB, polychlorobiphényles
parabens: parabènes, parabène
triclosan: triclosan
methyl bromide: bromure de méthyle
caviar: caviar
whale meat: viande de baleine
peanuts: arachides, cacahuètes
factory farming: élevage intensif, élevages intensifs, fermes-usines, ferme-usine, élevage industriel
sewage sludge: boues d'épuration, boues de station d'épuration
manure spreading: épandage de lisier, lisier, fumier, épandage de fumier
piglet castration: castration des porcelets, castration à vif des porcelets
mulesing: mulesing
hare coursing: chasse au lièvre avec lévriers, courses de lévriers sur lièvres
bird hunting: chasse aux oiseaux, chasse à la glu, chasse des oiseaux migrateurs
blast fishing: pêche à l'explosif, pêche à la dynamite
pulse fishing: pêche électrique, pêche au chalut électrique
gillnets: filets maillants, filet maillant
coral harvesting: extraction du corail, récolte du corail, corail rouge, commerce du corail
foraging: cueillette de champignons, cueillette des champignons, cueillette sauvage
stray dog culling: abattage des chiens errants, euthanasie des chiens errants
spearfishing: pêche sous-marine, chasse sous-marine
flammable cladding: bardages inflammables, revêtements de façade inflammables, bardage combustible
skyscrapers: gratte-ciel, tours de grande hauteur, immeubles de grande hauteur
dams: barrages hydroélectriques, construction de barrages, projets de barrages
biofuels: biocarburants, agrocarburants, biodiesel
landfilling: enfouissement des déchets, décharges, mise en décharge, sites d'enfouissement
waste incineration: incinération des déchets, incinérateurs, usines d'incinération
destruction of unsold goods: destruction des invendus, destruction des produits invendus, destruction d'invendus
radar detectors: détecteurs de radar, avertisseurs de radars
pavement parking: stationnement sur les trottoirs, stationnement sur trottoir
tinted windows: vitres teintées, vitres fumées, films teintés
shared bikes: vélos en libre-service, vélos partagés, vélos sans borne
hotel toiletries: mini-flacons, produits d'accueil à usage unique, mini-shampooings
signal jammers: brouilleurs, brouilleurs d'ondes, brouilleurs GPS, brouilleurs de téléphone
satellite phones: téléphones satellites, téléphones satellitaires, téléphone satellite
hidden cameras: caméras cachées, caméras espions
pagers: bipeurs, pagers, téléavertisseurs
walkie-talkies: talkies-walkies, talkie-walkie, talkie-walkies
headphones: écouteurs, casques audio, oreillettes
short-video apps: applications de vidéos courtes, plateformes de vidéos courtes
online pharmacies: pharmacies en ligne, vente de médicaments en ligne
emotion recognition: reconnaissance des émotions
tracking cookies: cookies tiers, cookies publicitaires, cookie walls
cross-border data transfers: transferts de données, transferts internationaux de données
internet cafés: cybercafés, cybercafé
ICOs: ICO, offres initiales de jetons, levées de fonds en cryptomonnaies
peer-to-peer lending: prêts entre particuliers, prêt entre particuliers, plateformes de prêt P2P
social scoring: notation sociale, crédit social, systèmes de crédit social
narcocorridos: narcocorridos, ballades narco
twerking: twerk, twerking
belly dancing: danse du ventre, danse orientale
reality shows: émissions de téléréalité, télé-réalité, programmes de téléréalité
horror films: films d'horreur, film d'horreur
caricatures: caricatures, caricature, dessins satiriques
foreign words: anglicismes, mots anglais, mots étrangers
minarets: minarets, minaret
opinion polls: sondages, sondages d'opinion, sondages électoraux, sondages de sortie des urnes
child influencers: enfants influenceurs, influenceurs mineurs, enfants youtubeurs
hoodies: sweats à capuche, sweat à capuche, hoodies
jeans: jeans, jeans déchirés, jeans slim
camouflage clothing: tenues de camouflage, vêtements camouflage, treillis
beards: barbes, barbe
high heels: talons hauts, talons aiguilles, chaussures à talons
public urination: uriner sur la voie publique, miction sur la voie publique, pipi sauvage, épanchement d'urine
fortune telling: voyance, cartomancie, divination
witchcraft: sorcellerie, magie noire, maraboutage
hitchhiking: auto-stop, autostop, autostoppeurs
door-to-door sales: démarchage à domicile, porte-à-porte, vente à domicile
public displays of affection: baisers en public, démonstrations d'affection en public
cross-dressing: travestissement, travestisme
homework: devoirs à la maison, devoirs scolaires
dowry: dot, dots, prix de la fiancée
organ sales: trafic d'organes, vente d'organes, commerce d'organes
human cloning: clonage humain, clonage reproductif, clonage
gene editing: édition génomique, édition du génome, modification génétique des embryons
blasphemy: blasphème, outrage à la religion
hate speech: discours de haine, discours haineux, incitation à la haine
disinformation: désinformation, fausses nouvelles, fausses informations, infox
prenatal sex determination: détermination du sexe du fœtus, avortement sélectif selon le sexe, sélection du sexe
international adoption: adoption internationale, adoptions internationales
pyramid schemes: systèmes pyramidaux, ventes pyramidales, pyramides de Ponzi, schémas de Ponzi
multi-level marketing: marketing de réseau, vente multiniveau, marketing multiniveau
layoffs: licenciements, licenciement
rent increases: hausses de loyer, augmentations de loyer, hausse des loyers
zero-hours contracts: contrats zéro heure
body armour: gilets pare-balles, gilet pare-balles
grenades: grenades, grenades à main
martial arts weapons: nunchakus, étoiles de jet, shurikens
slingshots: lance-pierres
depleted uranium munitions: uranium appauvri, munitions à l'uranium appauvri
biological weapons: armes biologiques
hollow-point bullets: balles expansives, balles à pointe creuse, balles dum-dum
mercenaries: mercenaires, sociétés militaires privées
nuclear tests: essais nucléaires
cooking oil: huile de cuisine, huiles alimentaires, huile végétale
flour: farine, farine de blé
potash: potasse, engrais potassiques
urea: urée
rosewood: bois de rose, palissandre
fodder: fourrage, aliments pour animaux, foin
electricity exports: exportations d'électricité
medical masks: masques chirurgicaux, masques médicaux, masques FFP2
forced labour goods: produits issus du travail forcé, produits du travail forcé
foreign investment: investissements étrangers, investissement étranger
foreign land ownership: vente de terres agricoles, vente de terres aux étrangers
high-denomination banknotes: grosses coupures, billets de 500 euros, billets de grosse valeur
bankers' bonuses: bonus des banquiers, bonus bancaires, primes des dirigeants
chess: jeu d'échecs, tournois d'échecs, parties d'échecs
boxing: boxe, combats de boxe
martial arts: arts martiaux, sports de combat, kickboxing
mixed martial arts: arts martiaux mixtes, MMA, combats libres, combat libre
wrestling: lutte gréco-romaine, lutte libre, catch
yoga: yoga
ball games: jeux de ballon, jeux de balle
horse racing: courses hippiques, courses de chevaux
motorsport: sports mécaniques, sport automobile, courses automobiles
bungee jumping: saut à l'élastique, sauts à l'élastique
rock climbing: escalade sportive, escalade en falaise, alpinisme
karaoke: karaoké
poker: poker
mahjong: mahjong
playing cards: jeux de cartes, cartes à jouer
water pistols: pistolets à eau
gyms: salles de sport, salles de fitness
fidget spinners: hand spinners, fidget spinners
sledding: luge, descentes en luge
paintball: paintball, airsoft
`);
