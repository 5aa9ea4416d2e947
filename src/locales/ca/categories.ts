// Categories of banned things (src/gazetteer/categories.ts): canonical name -> Catalan forms.
// Whole words and phrases, singular and plural; an article joined by an apostrophe ("l'alcohol", "d'alcohol")
// leaves the noun a word of its own. Words with another everyday meaning stand only in phrases: "joc"
// (game), "apostes" (also commitments), "efectiu" (effective), "diari" (daily), "pell" (skin), "grafit"
// (graffiti), "ivori" (Costa d'Ivori), "gra" (pimple), "xips" (crisps), "concentracions" (of pollutants),
// "mitjans" (means), "sèries", "orgull", "globus" (globe).
import { categoryTable } from "../../gazetteer/categories.js";

export const categories: Record<string, string[]> = categoryTable(`
tobacco: tabac, productes del tabac, productes de tabac, venda de tabac, productes derivats del tabac
cigarettes: cigarreta, cigarretes, cigarret, cigarrets, paquets de tabac, paquet de tabac
e-cigarettes: cigarreta electrònica, cigarretes electròniques, cigarret electrònic, cigarrets electrònics, vapejadors, vapejador, vapers, vaper, vapeig, productes de vapeig, dispositius de vapeig, vapes, vape
disposable vapes: vapejadors d'un sol ús, vapejador d'un sol ús, cigarretes electròniques d'un sol ús, cigarreta electrònica d'un sol ús, cigarrets electrònics d'un sol ús, vapers d'un sol ús, vaper d'un sol ús, vapes d'un sol ús, vapejadors desxables
e-liquids: líquids per a cigarretes electròniques, líquid per a cigarretes electròniques, líquids de vapeig, e-líquids, e-líquid, líquids de recàrrega, recàrregues de cigarretes electròniques, líquids per vapejar
flavoured e-cigarettes: cigarretes electròniques amb sabors, cigarretes electròniques aromatitzades, cigarretes electròniques de sabors, vapejadors amb sabors, vapejadors de sabors, vapers amb sabors, sabors de les cigarretes electròniques, aromes de les cigarretes electròniques, sabors dels vapejadors, líquids amb sabors
menthol cigarettes: cigarretes de mentol, cigarreta de mentol, cigarrets de mentol, cigarretes mentolades, cigarrets mentolats, tabac mentolat
flavoured tobacco: tabac aromatitzat, tabac amb sabors, tabac de sabors, productes del tabac aromatitzats, productes del tabac amb aromes
flavoured cigarettes: cigarretes aromatitzades, cigarretes amb sabors, cigarretes de sabors, cigarretes amb aromes característics, cigarretes amb un aroma característic, cigarrets aromatitzats
nicotine pouches: bosses de nicotina, bossetes de nicotina, bosseta de nicotina, saquets de nicotina, sobres de nicotina, snus blanc, bossetes de nicotina sense tabac
heated tobacco products: tabac escalfat, productes de tabac escalfat, tabac per escalfar, dispositius de tabac escalfat, productes del tabac escalfat
cigars: cigars, cigar, puros, puro
snus: snus
shisha: shisha, cachimba, cachimbes, narguil, narguils, narguiles, pipes d'aigua, pipa d'aigua, locals de shisha
chewing tobacco: tabac de mascar, tabac mastegable, tabac sense fum
rolling tobacco: tabac de liar, tabac per liar, picadura de tabac
smoking: fumar, tabaquisme, fumar en espais públics, fumar als espais públics
tobacco advertising: publicitat del tabac, publicitat de tabac, publicitat de cigarretes, anuncis de tabac, patrocini del tabac, publicitat dels productes del tabac
alcohol: alcohol, begudes alcohòliques, beguda alcohòlica, venda d'alcohol, begudes espirituoses, licors, consum d'alcohol
beer: cervesa, cerveses, venda de cervesa
alcohol advertising: publicitat de l'alcohol, publicitat d'alcohol, publicitat de begudes alcohòliques, anuncis d'alcohol, màrqueting de l'alcohol
energy drinks: begudes energètiques, beguda energètica, energy drinks
sugary drinks: begudes ensucrades, beguda ensucrada, refrescs ensucrats, begudes amb sucre, refrescs, refresc, begudes carbonatades
cannabis: cànnabis, cannabis, marihuana, haixix, haxix
kratom: kratom
khat: khat, qat
magic mushrooms: bolets al·lucinògens, bolets al.lucinògens, bolets màgics, psilocibina, bolets de psilocibina, fongs al·lucinògens
nitrous oxide: òxid nitrós, gas hilarant, bombones d'òxid nitrós, càpsules d'òxid nitrós
synthetic cannabinoids: cannabinoides sintètics, cànnabis sintètic, marihuana sintètica
CBD: CBD, cannabidiol, productes amb CBD, oli de CBD
hemp flowers: flors de cànem, flor de cànem, flors de CBD, flor de CBD, cànnabis light, cabdells de cànem
HHC: HHC, hexahidrocannabinol
poppers: poppers, nitrit d'amil, nitrits d'alquil
foie gras: foie gras, foie-gras, fetge gras
fur: pells d'animals, pell d'animal, pelleteria, pelleteries, abrics de pell, roba de pell natural, venda de pells, comerç de pells, pell natural
fur farming: granges de pells, granja de pells, cria d'animals per a pells, cria d'animals per la seva pell, granges peleteres, indústria pelletera
mink farming: granges de visons, granja de visons, cria de visons, granges de visó
glyphosate: glifosat, Roundup
pesticides: pesticides, pesticida, plaguicides, plaguicida, herbicides, herbicida, insecticides, insecticida, fitosanitaris, productes fitosanitaris
neonicotinoids: neonicotinoides, neonicotinoide, insecticides neonicotinoides
GMOs: OGM, transgènics, transgènic, organismes modificats genèticament, organismes genèticament modificats, cultius transgènics, aliments transgènics, blat de moro transgènic
palm oil: oli de palma
trans fats: greixos trans, àcids grassos trans, greix trans
lab-grown meat: carn cultivada, carn de laboratori, carn cultivada en laboratori, carn sintètica, carn cel·lular
junk food advertising: publicitat de menjar escombraria, publicitat de menjar brossa, publicitat d'aliments poc saludables, publicitat d'aliments i begudes poc saludables, publicitat d'aliments insans
raw milk: llet crua, llet sense pasteuritzar, llet no pasteuritzada
food dyes: colorants alimentaris, colorant alimentari, colorants artificials, colorants alimentaris artificials
titanium dioxide: diòxid de titani, E171
shark fins: aletes de tauró, aleta de tauró, sopa d'aleta de tauró
dog meat: carn de gos, carn de gossos, consum de carn de gos
cat meat: carn de gat, carn de gats
rhino horn: banya de rinoceront, banyes de rinoceront
ivory: l'ivori, comerç d'ivori, tràfic d'ivori, ivori d'elefant, objectes d'ivori, productes d'ivori, venda d'ivori
circus animals: animals als circs, animals en els circs, circs amb animals, animals salvatges als circs, animals salvatges en circs, ús d'animals als circs, animals de circ, espectacles amb animals
trophy hunting: caça de trofeus, trofeus de caça, importació de trofeus de caça
bullfighting: curses de braus, cursa de braus, corrides de toros, corrida de toros, corrides, tauromàquia, espectacles taurins, festes taurines
live animal exports: exportació d'animals vius, exportacions d'animals vius, transport d'animals vius per mar, exportació de bestiar viu, exportacions de bestiar viu
battery cages: gàbies en bateria, gàbies de bateria, gallines engabiades, gallines en gàbies, gàbies per a gallines, gàbies enriquides, cria en gàbies
bottom trawling: pesca d'arrossegament, arrossegament de fons, pesca d'arrossegament de fons, arts d'arrossegament
whaling: caça de balenes, caça comercial de balenes, pesca de balenes, caça de la balena
animal testing: experimentació animal, experimentació amb animals, proves en animals, proves amb animals, assajos en animals, tests en animals
chewing gum: xiclet, xiclets, goma de mascar
exotic pets: animals exòtics com a mascotes, mascotes exòtiques, animals exòtics, animals salvatges com a mascotes
grain: cereals, exportacions de cereals, exportació de cereals, exportacions de gra, exportació de gra
rice: arròs, exportacions d'arròs, exportació d'arròs
wheat: blat, exportacions de blat, exportació de blat
onions: ceba, cebes
tomatoes: tomàquet, tomàquets, tomata, tomates
potatoes: patata, patates, trumfa, trumfes
beef: carn de vedella, carn de boví, carn bovina, carn de vaca, carn de bou
poultry: aviram, carn d'aviram, carn de pollastre, productes avícoles
pork: carn de porc, productes porcins, carn porcina
sugar: sucre, exportacions de sucre, importacions de sucre
eggs: ous
maize: blat de moro, moresc, panís, dacsa
fertilisers: fertilitzants, fertilitzant, adobs, adob, adobs químics
sunflower oil: oli de gira-sol, oli de girasol
single-use plastics: plàstics d'un sol ús, plàstic d'un sol ús, productes de plàstic d'un sol ús, articles d'un sol ús, productes d'un sol ús, plàstics d'usar i llençar
plastic bags: bosses de plàstic, bossa de plàstic, bosses de plàstic lleugeres, bosses d'un sol ús
plastic straws: palletes de plàstic, palleta de plàstic, canyetes de plàstic, canyetes, palletes
plastic cutlery: coberts de plàstic, coberts d'un sol ús, forquilles de plàstic, ganivets de plàstic, culleres de plàstic
plastic plates: plats de plàstic, plat de plàstic, plats d'un sol ús
plastic stirrers: remenadors de plàstic, remenadors, bastonets per remenar
plastic cotton buds: bastonets de cotó, bastonets per a les orelles, bastonets de plàstic per a les orelles
plastic balloon sticks: pals de globus, bastonets de globus, pals per a globus, suports de globus
plastic cups: gots de plàstic, got de plàstic, gots d'un sol ús, tasses d'un sol ús
plastic bottles: ampolles de plàstic, ampolla de plàstic, ampolles PET
glass bottles: ampolles de vidre, ampolla de vidre, envasos de vidre
plastic packaging: envasos de plàstic, envàs de plàstic, embalatges de plàstic, envasos de plàstic per a fruita i verdura, embolcalls de plàstic
expanded polystyrene food containers: poliestirè expandit, envasos de poliestirè expandit, envasos de poliestirè, porexpan, suro blanc, recipients de poliestirè
microbeads: microesferes de plàstic, microesferes, microplàstics en cosmètics, micropartícules de plàstic
oxo-degradable plastics: plàstics oxodegradables, plàstic oxodegradable, plàstics oxo-degradables, productes oxodegradables
oxo-degradable plastic bags: bosses oxodegradables, bosses de plàstic oxodegradables, bosses oxo-degradables
wet wipes: tovalloletes humides, tovalloletes, tovalloletes humides amb plàstic
sky lanterns: llanternes xineses, fanalets xinesos, llanternes voladores, llanternes del cel
coal: carbó, centrals de carbó, central de carbó, centrals tèrmiques de carbó, mineria del carbó, energia del carbó
combustion engine cars: cotxes de combustió, vehicles de combustió, cotxes de gasolina i dièsel, cotxes de benzina, motors de combustió, motor de combustió, vehicles de combustió interna, cotxes amb motor de combustió, turismes de combustió, cotxes de combustió interna
diesel cars: cotxes dièsel, vehicles dièsel, cotxe dièsel, turismes dièsel
gas boilers: calderes de gas, caldera de gas, calefacció de gas, calefacció amb gas
oil boilers: calderes de gasoil, calderes de gasoli, calderes de fuel, calefacció de gasoil, calefacció de gasoli
incandescent light bulbs: bombetes incandescents, bombeta incandescent, bombetes halògenes, làmpades halògenes, bombetes de filament, làmpades fluorescents
patio heaters: estufes de terrassa, estufa de terrassa, estufes exteriors, calefactors de terrassa, bolets calefactors
leaf blowers: bufadors de fulles, bufadores de fulles, bufador de fulles
wood stoves: estufes de llenya, estufa de llenya, llars de foc, llar de foc
PFAS: PFAS, substàncies perfluoroalquilades, químics eterns, productes químics eterns, PFOA, PFOS
asbestos: amiant, asbest, uralita
fracking: fracking, fracturació hidràulica, fractura hidràulica
deep-sea mining: mineria submarina, mineria en aigües profundes, mineria dels fons marins, mineria al fons marí, explotació minera dels fons marins
aircraft: avions, aeronaus
private jets: jets privats, jet privat, avions privats, avió privat, vols en jet privat
short-haul flights: vols curts, vols de curta distància, vols domèstics curts, vols nacionals curts, vols de curt recorregut
cruise ships: creuers, grans creuers, vaixells de creuer, creuers turístics
SUVs: SUV, SUVs, vehicles SUV, tot terrenys, vehicles tot terreny
e-scooters: patinets elèctrics, patinet elèctric, patinets de lloguer, patinets compartits
fossil fuel advertising: publicitat de combustibles fòssils, publicitat dels combustibles fòssils, anuncis de combustibles fòssils, publicitat fòssil
mobile phones: mòbils, mòbil, telèfons mòbils, telèfon mòbil, telèfons, telèfon, telèfons intel·ligents, telèfon intel·ligent, smartphones, smartphone
smartwatches: rellotges intel·ligents, rellotge intel·ligent, smartwatches
laptops: ordinadors portàtils, ordinador portàtil, portàtils
power banks: bateries externes, bateria externa, powerbanks, power banks, carregadors portàtils
social media: xarxes socials, xarxa social, plataformes de xarxes socials
messaging apps: aplicacions de missatgeria, aplicació de missatgeria, apps de missatgeria, missatgeria instantània, aplicacions de missatgeria instantània
video games: videojocs, videojoc, jocs d'ordinador
online games: jocs en línia, videojocs en línia, jocs online
online gambling: apostes en línia, joc en línia, joc online, casinos en línia, casino en línia, casinos online, apostes online, cases d'apostes en línia, webs d'apostes, aplicacions d'apostes, jocs d'atzar en línia
gambling: jocs d'atzar, joc d'atzar, casinos, casino, joc amb diners, cases d'apostes, sales de joc
sports betting: apostes esportives, aposta esportiva, apostes en esdeveniments esportius
gambling advertising: publicitat del joc, publicitat de jocs d'atzar, publicitat d'apostes, publicitat de les apostes, anuncis d'apostes, publicitat de cases d'apostes, publicitat del joc en línia
slot machines: màquines escurabutxaques, escurabutxaques, màquines tragaperres, tragaperres, màquines de joc
loot boxes: caixes de botí, caixes botí, loot boxes, caixes de recompensa
cryptocurrencies: criptomonedes, criptomoneda, criptoactius, criptoactiu, monedes virtuals, monedes digitals
crypto mining: mineria de criptomonedes, mineria de bitcoins, mineria de bitcoin, minat de criptomonedes, mineria cripto
crypto exchanges: plataformes d'intercanvi de criptomonedes, exchanges de criptomonedes, borses de criptomonedes, plataformes de criptomonedes
VPNs: VPN, VPNs, xarxes privades virtuals, xarxa privada virtual
AI chatbots: xatbots, xatbot, chatbots, chatbot, eines d'IA, eines d'intel·ligència artificial, intel·ligència artificial generativa, IA generativa, aplicacions d'IA, models d'IA
facial recognition: reconeixement facial
deepfakes: deepfakes, deepfake, ultrafalsificacions, falsificacions profundes, vídeos ultrafalsos
spyware: programari espia, programes espia, programa espia, spyware
drones: drons, dron
telecom equipment: equips de telecomunicacions, equipaments de telecomunicacions, equips de xarxa
5G equipment: equips 5G, xarxes 5G, xarxa 5G, tecnologia 5G, equipament 5G
surveillance cameras: càmeres de videovigilància, càmera de videovigilància, càmeres de vigilància, càmeres de seguretat, videovigilància
semiconductors: semiconductors, semiconductor, xips avançats, microxips, xips d'IA, xips d'intel·ligència artificial
mobile internet: internet mòbil, dades mòbils, accés a internet mòbil
internet: internet, accés a internet, talls d'internet, tall d'internet, serveis d'internet, apagada d'internet
pornography: pornografia, porno, webs pornogràfiques, pàgines pornogràfiques, contingut pornogràfic, llocs web per a adults
targeted advertising: publicitat personalitzada, publicitat dirigida, anuncis personalitzats, publicitat segmentada, publicitat comportamental
social commerce: comerç social, comerç electrònic social
satellite dishes: antenes parabòliques, antena parabòlica, televisió per satèl·lit
connected cars: cotxes connectats, vehicles connectats, cotxe connectat, programari de vehicles connectats
routers: encaminadors, encaminador, routers, router, rúters, rúter
live streaming: retransmissions en directe, retransmissió en directe, emissions en directe, streaming en directe, livestreaming
media outlets: mitjans de comunicació, mitjà de comunicació, canals de televisió, canal de televisió, emissores de ràdio, emissora de ràdio, emissores, mitjans estatals, mitjans estrangers, webs de notícies, diaris digitals, cadenes de televisió
books: llibres, llibre, novel·les, novel.les, llibres de text
music: música, cançons, cançó, videoclips
movies: pel·lícules, pel·lícula, pel.lícules, pel.lícula, films
TV series: sèries de televisió, sèrie de televisió, sèries de TV, programes de televisió, telenovel·les, culebrots
newspapers: diaris, revistes, premsa, periòdics, premsa escrita
concerts: concerts, concert, festivals de música, festivals
away fans: aficionats visitants, afició visitant, seguidors visitants, aficionats de l'equip visitant, aficionats rivals
LGBTQ content: contingut LGBTQ, continguts LGBTQ, contingut LGTBI, continguts LGTBI, continguts LGBTI, contingut LGBT, propaganda LGBT, propaganda LGTBI, propaganda gai, propaganda homosexual, llibres LGTBI
religious symbols: símbols religiosos, símbol religiós, vestimenta religiosa, roba religiosa, símbols religiosos ostensibles
face coverings: burca, burques, burka, burkes, niqab, niqabs, vel integral, vels integrals, peces que cobreixen la cara
abayas: abaia, abaies, abaya, abayas, qamis
headscarves: vel islàmic, vels islàmics, hijab, hijabs, hiyab, mocador islàmic
Nazi symbols: símbols nazis, creu gammada, creus gammades, esvàstica, esvàstiques, salutació nazi, bandera nazi, banderes nazis
protests: protestes, protesta, manifestacions, manifestació, concentracions de protesta, mobilitzacions
public gatherings: reunions públiques, aglomeracions, actes multitudinaris, esdeveniments multitudinaris, concentracions multitudinàries, trobades multitudinàries, actes públics, reunions multitudinàries
cinemas: cinemes, cinema, sales de cinema, sala de cinema
Sunday trading: obertura comercial en diumenge, obertura en diumenge, obertura dels comerços en diumenge, obrir en diumenge, comerç en diumenge, obertura de botigues en diumenge, obertura en festius
rainbow flags: banderes de l'arc de Sant Martí, bandera de l'arc de Sant Martí, banderes LGTBI, bandera LGTBI, banderes de l'orgull, bandera de l'orgull, banderes arc de Sant Martí
short-term rentals: pisos turístics, pis turístic, habitatges d'ús turístic, habitatge d'ús turístic, lloguer turístic, lloguers turístics, lloguer de temporada, lloguers de temporada, apartaments turístics
cash: pagaments en efectiu, pagament en efectiu, diners en efectiu, en efectiu
surrogacy: gestació subrogada, maternitat subrogada, ventres de lloguer, ventre de lloguer
conversion therapy: teràpies de conversió, teràpia de conversió, pràctiques de conversió, teràpies de conversió sexual
abortion: avortament, avortaments, interrupció voluntària de l'embaràs, píndola abortiva, mifepristona
gender-affirming care: tractaments d'afirmació de gènere, atenció d'afirmació de gènere, bloquejadors de la pubertat, bloquejadors hormonals, cirurgia de reassignació de sexe, transició de gènere, tractaments de transició de gènere
child marriage: matrimoni infantil, matrimonis infantils, matrimonis de menors, matrimoni de menors, casaments infantils
female genital mutilation: mutilació genital femenina, ablació del clítoris, ablació femenina, MGF
corporal punishment: càstigs corporals, càstig corporal, càstigs físics, càstig físic
begging: mendicitat, mendicitat agressiva
prostitution: prostitució, compra de sexe, treball sexual, bordells, prostíbuls, prostíbul
ride-hailing: VTC, vehicles de transport amb conductor, plataformes de VTC, llicències VTC
private tutoring: classes particulars, acadèmies privades, classes de reforç privades, classes de repàs
tanning beds: cabines de bronzejat, rajos UVA, raigs UVA, solàriums, solàrium, llits solars
skin-lightening products: productes per aclarir la pell, cremes blanquejadores, productes blanquejadors de la pell, cremes per aclarir la pell, blanquejament de la pell
dangerous dog breeds: gossos potencialment perillosos, races perilloses, races de gossos perilloses, pit bulls, pitbulls, pit bull, gossos de presa
XL bully dogs: XL bully, XL bullies, american XL bully, bully XL, gossos XL bully
billboards: tanques publicitàries, tanca publicitària, cartells publicitaris, publicitat exterior
short selling: vendes en curt, venda en curt, vendes curtes, posicions curtes
binary options: opcions binàries
firearms: armes de foc, arma de foc, armes semiautomàtiques, rifles, fusells
assault weapons: fusells d'assalt, fusell d'assalt, armes d'assalt, armes d'estil militar, AR-15
handguns: pistoles, pistola, armes curtes, revòlvers
ghost guns: armes fantasma, armes impreses en 3D, arma impresa en 3D, armes 3D
knives: ganivets, ganivet, navalles, navalla, matxets, armes blanques
weapons: armes
landmines: mines antipersona, mina antipersona, mines terrestres, mines antipersones
cluster munitions: bombes de dispersió, municions de dispersió, bombes de raïm, munició de dispersió
fireworks: petards, focs artificials, focs d'artifici, pirotècnia, material pirotècnic, productes pirotècnics, articles pirotècnics
pepper spray: esprais de pebre, esprai de pebre, gas pebre, aerosols de pebre
ammunition: munició, municions, bales
toy guns: armes de joguina, pistoles de joguina, rèpliques d'armes, armes simulades
laser pointers: punters làser, punter làser, apuntadors làser
nuclear weapons: armes nuclears, arma nuclear, armament nuclear, bombes atòmiques
chemical weapons: armes químiques, arma química
hunting: caça, caça esportiva, activitat cinegètica, activitats cinegètiques, caça recreativa, caça amb gossos
wolf hunting: caça del llop, caça de llops, caça de llop, abatiment de llops
bear hunting: caça de l'ós, caça d'óssos, caça d'ós
duck hunting: caça d'ànecs, caça d'aus aquàtiques
seal hunting: caça de foques, productes de foca
fox hunting: caça de la guineu, caça de guineus, caça de la guilla, caça de guilles
fishing: pesca, pesca comercial, pesca industrial, activitat pesquera, activitats pesqueres
eel fishing: pesca de l'anguila, pesca d'anguila, pesca d'anguiles, angules, pesca de l'angula
cod fishing: pesca del bacallà, pesca de bacallà
sardine fishing: pesca de la sardina, pesca de sardina, captures de sardina
tuna fishing: pesca de la tonyina, pesca de tonyina, pesca de tonyina vermella
shark fishing: pesca de taurons, pesca del tauró, pesca de tauró
sea urchin fishing: pesca d'eriçons, pesca de l'eriçó, eriçons de mar, garotes, garota, pesca de garotes, pesca de la garota, extracció de garotes, captura de garotes
driftnet fishing: xarxes de deriva, xarxa de deriva, pesca amb xarxes de deriva, arts de deriva
logging: tala, tala d'arbres, tala il·legal, tales, explotació forestal, aprofitament forestal
deforestation: desforestació, deforestació
mining: mineria, activitats mineres, activitat minera, explotació minera, explotacions mineres, projectes miners
metal mining: mineria metàl·lica, mineria de metalls
gold mining: mineria d'or, mines d'or, extracció d'or, mineria il·legal d'or
open-pit mining: mineria a cel obert, mines a cel obert, mina a cel obert, explotació a cel obert
sand mining: extracció de sorra, extracció d'àrids, dragatge de sorra
uranium mining: mineria d'urani, mines d'urani, extracció d'urani
oil drilling: prospeccions petrolieres, prospecció petroliera, perforació petroliera, extracció de petroli, exploració de petroli, exploració d'hidrocarburs, prospeccions d'hidrocarburs, noves llicències de petroli i gas, extracció de petroli i gas
offshore drilling: prospeccions petrolieres marines, perforacions marines, extracció de petroli en alta mar, perforació en alta mar, prospeccions al mar, prospeccions en alta mar, plataformes petrolieres marines
peat: torba, extracció de torba, substrats de torba, torberes
apricot kernels: pinyols d'albercoc, pinyol d'albercoc, llavors d'albercoc, ametlles d'albercoc
meat: carn, carns, productes carnis, carn vermella, carn processada, carns processades
meat advertising: publicitat de carn, publicitat de la carn, publicitat de productes carnis, anuncis de carn
dairy products: productes lactis, làctics, llet en pols, derivats lactis
seafood: marisc, mariscs, productes del mar, productes pesquers, peix i marisc, importacions de peix
honey: mel, importacions de mel
cocoa: cacau, grans de cacau
fruit: fruita, fruites, fruita fresca
vegetables: verdures, hortalisses, verdura fresca
soybeans: soja, soia, faves de soja, mongetes de soja
horse meat: carn de cavall
bushmeat: carn d'animals salvatges, carn de fauna salvatge, carn de selva
wildlife trade: comerç d'espècies salvatges, comerç de fauna salvatge, tràfic d'espècies, tràfic d'animals salvatges, comerç d'animals salvatges, mercats d'animals salvatges, consum d'animals salvatges
aspartame: aspartam, E951
artificial sweeteners: edulcorants artificials, edulcorants, edulcorant artificial
food additives: additius alimentaris, additius, additiu alimentari, additius en els aliments
plant-based meat: carn vegetal, hamburgueses vegetals, hamburguesa vegetal, hamburgueses vegetarianes, substituts de la carn, alternatives a la carn, denominacions càrnies, salsitxes vegetals
plant-based milk: llet vegetal, llets vegetals, begudes vegetals, beguda vegetal, llet de civada, llet de soja, llet d'ametlla, beguda de civada, beguda de soja
antibiotics: antibiòtics, antibiòtic, antimicrobians
growth hormones: hormones de creixement, hormona de creixement, carn amb hormones, vedella amb hormones, carn hormonada
chlorinated chicken: pollastre clorat, pollastre rentat amb clor, pollastres clorats, pollastre tractat amb clor
fast food: menjar ràpid, restaurants de menjar ràpid, locals de menjar ràpid, fast food
ultra-processed foods: aliments ultraprocessats, ultraprocessats, aliment ultraprocessat, productes ultraprocessats
junk food: menjar escombraria, menjar brossa, aliments poc saludables, productes poc saludables, snacks poc saludables, brioixeria industrial, junk food
nitrites: nitrits, nitrit, nitrit de sodi
chlorpyrifos: clorpirifós, clorpirifos
paraquat: paraquat
atrazine: atrazina
chlorothalonil: clorotalonil
lead ammunition: munició de plom, perdigons de plom, bales de plom, ploms de pesca, plom en la munició
mercury: mercuri, termòmetres de mercuri, amalgames dentals, empastaments d'amalgama
bisphenol A: bisfenol A, bisfenol-A, BPA
bisphenols: bisfenols
phthalates: ftalats, ftalat
formaldehyde: formaldehid
hydroquinone: hidroquinona
talc: talc, pols de talc, productes amb talc
heavy fuel oil: fueloil pesant, fuel pesant, combustibles pesants, fuel-oil pesant
codeine: codeïna
tramadol: tramadol
fentanyl: fentanil
ephedrine: efedrina, efedra
melatonin: melatonina
ivermectin: ivermectina
hydroxychloroquine: hidroxicloroquina
opioids: opioides, opioide, opiacis, analgèsics opioides
steroids: esteroides, esteroides anabolitzants, anabolitzants
cough syrups: xarops per a la tos, xarop per a la tos, medicaments per a la tos, xarops
cars: cotxes, cotxe, automòbils, vehicles privats, trànsit rodat, cotxes particulars, vehicles particulars, trànsit de vehicles
trucks: camions, vehicles pesants, trànsit pesant, camions pesants
motorcycles: motos, motocicletes, moto, motocicleta, trànsit de motos
motorcycle taxis: mototaxis, moto-taxis, taxis moto, okada, okadas, boda bodas, boda-boda, boda-bodas
tuk-tuks: tuk-tuks, tuk-tuk, tuktuks, rickshaws, autorickshaws
mopeds: ciclomotors, ciclomotor, escúters, escúter
e-bikes: bicicletes elèctriques, bicicleta elèctrica, bicis elèctriques, bici elèctrica
fat bikes: fat bikes, fatbikes, fat bike, fatbike
jet skis: motos d'aigua, moto d'aigua, motos aquàtiques, jet skis, jetskis
horse-drawn carriages: carruatges de cavalls, carruatges, carros de cavalls, cotxes de cavalls, calesses
night flights: vols nocturns, vol nocturn
street vending: venda ambulant, comerç ambulant, top manta, venda al carrer
nightclubs: discoteques, discoteca, oci nocturn, locals d'oci nocturn, clubs nocturns
camping: acampada lliure, acampar, acampada, càmping, acampades
barbecues: barbacoes, barbacoa, barbacoes d'un sol ús
campfires: fogueres de campament, focs a l'aire lliure, foc a l'aire lliure, fer foc, flames obertes
bonfires: fogueres, foguera, fogueres de Sant Joan
stubble burning: crema de rostolls, crema de restolls, crema de residus agrícoles, cremes agrícoles, crema de restes de collita
open burning: crema de restes vegetals, cremes de restes vegetals, cremes de restes de poda, crema de restes de jardí, cremes a l'aire lliure, crema de residus
street prayers: pregàries al carrer, resar al carrer, oració al carrer, oracions al carrer, pregàries a la via pública, oració a la via pública
loudspeakers: altaveus, altaveu, megàfons, megàfon, música amplificada
public drinking: consum d'alcohol a la via pública, beure alcohol al carrer, beure al carrer, botellot, botellots, botellada, consum d'alcohol al carrer, beure a la via pública, consum de begudes alcohòliques a la via pública
pride parades: desfilades de l'orgull, desfilada de l'orgull, marxa de l'orgull, Pride, Orgull LGTBI, manifestació de l'orgull, festa de l'orgull
second-hand clothes: roba de segona mà, roba usada, peces de roba usades
second-hand underwear: roba interior usada, roba interior de segona mà
used cars: cotxes de segona mà, cotxe de segona mà, vehicles de segona mà, cotxes usats, vehicles usats, importació de cotxes usats
used tyres: pneumàtics usats, pneumàtics de segona mà, pneumàtics fora d'ús, rodes usades
e-waste: residus electrònics, deixalles electròniques, residus d'aparells elèctrics i electrònics, RAEE, ferralla electrònica
plastic waste: residus plàstics, residus de plàstic, deixalles de plàstic, exportacions de residus plàstics
scrap metal: ferralla, ferralla metàl·lica, ferro vell, residus metàl·lics
timber: fusta, fusta en rotllo, exportació de fusta, exportacions de fusta, fusta il·legal, fusta tropical
rare earths: terres rares, elements de terres rares, metalls de terres rares, imants de terres rares
gallium: gal·li, gal.li
germanium: germani
antimony: antimoni
graphite: exportacions de grafit, exportació de grafit, grafit natural, grafit sintètic, mineral de grafit
diamonds: diamants, diamants en brut, diamants russos, diamants de sang
textiles: tèxtils, productes tèxtils, importacions tèxtils
luxury goods: articles de luxe, béns de luxe, productes de luxe
arms exports: exportacions d'armes, exportació d'armes, venda d'armes, vendes d'armes, enviaments d'armes, lliuraments d'armes, comerç d'armes
dual-use goods: béns de doble ús, productes de doble ús, tecnologia de doble ús, material de doble ús
uranium: urani, urani enriquit, importacions d'urani, urani rus
oil: petroli, petroli cru, importacions de petroli, exportacions de petroli, productes petroliers
natural gas: gas natural, gas rus, gas natural liquat, GNL, importacions de gas
vaccines: vacunes, vacuna
vaccine mandates: vacunació obligatòria, obligació de vacunar-se, obligatorietat de la vacunació, obligatorietat de la vacuna, vacunació forçosa
invasive species: espècies invasores, espècie invasora, espècies exòtiques invasores, plantes invasores
pangolins: pangolins, pangolí, escates de pangolí
dog fighting: baralles de gossos, lluites de gossos
cockfighting: baralles de galls, lluites de galls, baralla de galls
pigeon feeding: alimentar els coloms, donar menjar als coloms, donar de menjar als coloms, alimentació de coloms, alimentar coloms, alimentar les aus, donar menjar als ocells
cherry laurel: llorer cirerer, llorer-cirer, llorers cirerers, lauroceràs
greyhound racing: curses de llebrers, cursa de llebrers, curses de gossos, canòdroms, canòdrom
dolphinariums: dofinaris, dofinari, espectacles de dofins, dofins en captivitat, espectacles amb orques, orques en captivitat
ritual slaughter: sacrifici ritual, sacrificis rituals, sacrifici sense atordiment, sacrifici halal, sacrifici caixer, matança ritual
gender-neutral language: llenguatge inclusiu, llenguatge no sexista, llenguatge neutre, llenguatge de gènere neutre
flags: banderes, bandera palestina, banderes palestines, banderes estrangeres, estelades, estelada
communist symbols: símbols comunistes, simbologia comunista, falç i martell, la falç i el martell, símbols soviètics
burkinis: burquini, burquinis, burkini, burkinis
political advertising: publicitat política, anuncis polítics, propaganda electoral, publicitat electoral, anuncis electorals
foreign funding: finançament estranger, finançament de l'estranger, donacions estrangeres, fons estrangers, finançament exterior
NGOs: ONG, ONGs, organitzacions no governamentals, organització no governamental
religious groups: grups religiosos, organitzacions religioses, sectes, secta, confessions religioses, moviments religiosos, entitats religioses
homeschooling: educació a casa, escolarització a casa, educació domiciliària, homeschooling, ensenyament a casa
sex education: educació sexual, educació afectivosexual, educació afectiva i sexual, educació sexual integral
critical race theory: teoria crítica de la raça, teoria racial crítica
DEI programmes: programes DEI, polítiques DEI, iniciatives DEI, programes de diversitat, iniciatives de diversitat, polítiques de diversitat, programes de diversitat, equitat i inclusió
drag shows: espectacles drag, espectacle drag, xous drag, contacontes drag, actuacions drag
same-sex marriage: matrimoni homosexual, matrimonis homosexuals, matrimoni entre persones del mateix sexe, matrimoni igualitari, casament gai, matrimoni gai
polygamy: poligàmia, matrimonis polígams
cousin marriage: matrimoni entre cosins, matrimonis entre cosins, casaments entre cosins
e-commerce platforms: plataformes de comerç electrònic, plataforma de comerç electrònic, mercats en línia, botigues en línia, webs de comerç electrònic
crypto ATMs: caixers de criptomonedes, caixers automàtics de criptomonedes, caixers de bitcoins, caixers bitcoin, caixers cripto
stablecoins: stablecoins, stablecoin, monedes estables, criptomonedes estables
NFTs: NFT, NFTs, tokens no fungibles
buy now pay later: compra ara paga després, compra ara i paga després, BNPL
dating apps: aplicacions de cites, aplicació de cites, apps de cites, webs de cites
cosmetic surgery: cirurgia estètica, cirurgies estètiques, cirurgia plàstica, tractaments estètics, procediments estètics, bòtox, botox, retocs estètics, medicina estètica
tattoos: tatuatges, tatuatge, tatuar
piercings: pírcings, pírcing, piercings, piercing
assisted dying: eutanàsia, suïcidi assistit, mort assistida, mort digna, ajuda a morir
nuclear power: energia nuclear, centrals nuclears, central nuclear, reactors nuclears
wind turbines: aerogeneradors, aerogenerador, parcs eòlics, parc eòlic, energia eòlica, molins de vent
solar panels: plaques solars, placa solar, panells solars, panell solar, parcs solars, parc solar, energia solar, instal·lacions fotovoltaiques, plaques fotovoltaiques, horts solars
gas stoves: cuines de gas, cuina de gas, fogons de gas
gravel gardens: jardins de grava, jardí de grava, jardins de pedra
artificial turf: gespa artificial, herba artificial, gespa sintètica
glitter: purpurina
balloons: globus d'heli, amollada de globus, amollades de globus, llançament de globus, globus de làtex, deixar anar globus
confetti: confeti, confetti, paperets, canons de confeti
lawn watering: reg de jardins, regar jardins, reg de gespa, regar la gespa, reg de jardins privats, mànegues, mànega, regar el jardí, reg de zones verdes
swimming pool filling: omplir piscines, ompliment de piscines, omplir les piscines, reompliment de piscines, omplir piscines privades
car washing: rentar cotxes, rentat de cotxes, rentar el cotxe, rentat de vehicles, rentar vehicles, túnels de rentat
irrigation: reg, regadiu, reg agrícola, regadius
evictions: desnonaments, desnonament, desallotjaments
stun guns: pistoles elèctriques, pistola elèctrica, tàsers, taser, armes d'electroxoc, pistoles Taser
fossil fuel heating: calefacció fòssil, calefaccions fòssils, calefacció amb combustibles fòssils, calderes de combustibles fòssils, sistemes de calefacció fòssil
open fireplaces: llars de foc obertes, llar de foc oberta, xemeneies obertes, xemeneia oberta
air conditioning: aire condicionat, aires condicionats, aparells d'aire condicionat, climatització
shop window lighting: aparadors il·luminats, aparadors il.luminats, il·luminació d'aparadors, il·luminació dels aparadors, il.luminació dels aparadors, aparadors encesos
outdoor lighting: il·luminació exterior, il.luminació exterior, enllumenat exterior, il·luminació de façanes, il·luminació de monuments, rètols lluminosos, publicitat lluminosa
electric cars: cotxes elèctrics, cotxe elèctric, vehicles elèctrics, vehicle elèctric
old vehicles: vehicles vells, cotxes vells, vehicles antics, vehicles més antics
tour buses: autocars turístics, autocar turístic, autobusos turístics, busos turístics
golf carts: carrets de golf, carret de golf, cotxes de golf, cotxets de golf
quad bikes: quads, quad
snowmobiles: motos de neu, moto de neu
hoverboards: hoverboards, hoverboard, patinets autoequilibrats
motorboats: barques de motor, barca de motor, embarcacions de motor, embarcacions a motor, llanxes motores, llanxa motora, motors fora borda
helicopters: helicòpters, helicòpter, vols en helicòpter
paragliders: parapents, parapent, paramotors, paramotor
hot-air balloons: globus aerostàtics, globus aerostàtic, vols en globus
microlight aircraft: ultralleugers, ultralleuger, avions ultralleugers
kites: estels, fer volar estels, volar estels
lawn mowers: talladores de gespa, tallagespes, tallagespa
swimming: banyar-se, nedar, natació, bany a la platja, banys a la platja, bany al mar
off-road driving: conducció fora de pista, circulació fora de pista, circulació motoritzada fora de pista, conducció tot terreny
data centres: centres de dades, centre de dades
golf courses: camps de golf, camp de golf
snow cannons: canons de neu, canó de neu, neu artificial, innivació artificial
disposable nappies: bolquers d'un sol ús, bolquers, bolquers d'usar i llençar
takeaway containers: envasos per emportar, recipients per emportar, envasos de menjar per emportar, carmanyoles d'un sol ús
plastic sachets: sobres de plàstic, sobrets de plàstic, sobres monodosi
cigarette filters: filtres de cigarreta, filtres de cigarretes, burilles, burilles de cigarreta
polystyrene: poliestirè, productes de porexpan, embalatges de poliestirè
microplastics: microplàstics, microplàstic
charcoal: carbó vegetal, carbó de llenya, producció de carbó vegetal
kerosene: querosè, querosé
diesel generators: generadors dièsel, generador dièsel, grups electrògens, grup electrogen
gas flaring: crema de gas, crema en torxa, cremació de gas en torxa
potassium bromate: bromat de potassi
brominated vegetable oil: oli vegetal bromat, olis vegetals bromats
propylparaben: propilparabè, propilparabens
oxybenzone: oxibenzona, benzofenona-3
chemical sunscreens: cremes solars químiques, crema solar química, protectors solars químics, protector solar químic, filtres solars químics, filtres UV químics
water fluoridation: fluoració de l'aigua, fluoració de l'aigua potable, fluoració, aigua fluorada, fluor a l'aigua, fluor a l'aigua potable, fluorur a l'aigua potable
lead paint: pintura amb plom, pintures amb plom, pintura de plom, pintures de plom, pintures a base de plom, plom a les pintures
cadmium: cadmi
PVC: PVC, policlorur de vinil, clorur de polivinil
nitrates: nitrats, nitrat, nitrat de sodi, nitrat de potassi
baby walkers: caminadors per a nadons, caminador per a nadons, caminadors infantils, caminador infantil, tacatà, tacataca
infant formula advertising: publicitat de llet de fórmula, publicitat de la llet de fórmula, publicitat de llets infantils, publicitat de fórmules infantils, publicitat dels substituts de la llet materna, promoció dels substituts de la llet materna, comercialització dels substituts de la llet materna
weight-loss drugs: medicaments per aprimar-se, medicaments per aprimar, medicament per aprimar-se, medicaments per perdre pes, fàrmacs per aprimar-se, medicaments contra l'obesitat, fàrmacs contra l'obesitat, injeccions per aprimar-se, Ozempic, Wegovy, semaglutida, tirzepatida, Mounjaro, sibutramina
diet pills: pastilles per aprimar, pastilla per aprimar, pastilles per aprimar-se, píndoles per aprimar, càpsules per aprimar, productes per aprimar, productes aprimadors, inhibidors de la gana, supressors de la gana, cremadors de greix
ketamine: ketamina, quetamina
psychedelics: psicodèlics, drogues psicodèliques, substàncies psicodèliques, al·lucinògens, al.lucinògens, drogues al·lucinògenes, substàncies al·lucinògenes, LSD, DMT, ayahuasca, mescalina
xylazine: xilazina
nitazenes: nitazens, nitazè, isotonitazè, protonitazè, metonitazè
delta-8 THC: delta-8 THC, delta-8-THC, delta-8
betel nut: nou de betel, nous de betel, nou d'areca, nous d'areca, betel
contraceptives: anticonceptius, anticonceptiu, anticoncepció, mètodes anticonceptius, píndola anticonceptiva, píndoles anticonceptives, píndola de l'endemà, anticoncepció d'emergència, preservatius, condons, DIU
cosmetic fillers: fillers, farciments dèrmics, farciment dèrmic, injeccions d'àcid hialurònic, augment de llavis, farciment de llavis
hair relaxers: allisadors de cabell, allisador de cabell, allisadors químics, allisat químic, productes allisadors, productes per allisar el cabell, relaxants capil·lars, allisat brasiler, allisat de queratina
edible insects: insectes comestibles, farina d'insectes, farines d'insectes, farina de grills, proteïna d'insectes, aliments a base d'insectes, productes a base d'insectes, insectes com a aliment, consum d'insectes, cucs de la farina
spirits: begudes destil·lades, begudes destil.lades, destil·lats, aiguardent, aiguardents, begudes d'alta graduació, alcohol d'alta graduació, licors forts, vodka, whisky
wine: vi, vins, venda de vi, importacions de vi
moonshine: alcohol adulterat, begudes adulterades, alcohol il·legal, alcohol il.legal, alcohol clandestí, aiguardent clandestí, licor casolà, alcohol casolà, alcohol de contraban
button batteries: piles de botó, pila de botó, bateries de botó, bateria de botó, piles de moneda
magnetic toys: joguines magnètiques, joguina magnètica, joguines amb imants, boles magnètiques, boletes magnètiques, imants potents, imants d'alta potència, imants de neodimi
water beads: perles d'aigua, boletes d'hidrogel, boles d'hidrogel, boletes de gel, perles d'hidrogel, Orbeez
lithium batteries: bateries de liti, bateria de liti, bateries d'ions de liti, bateries d'ió de liti, piles de liti, pila de liti
counterfeit goods: falsificacions, productes falsificats, mercaderies falsificades, articles falsificats, productes pirata, productes d'imitació
counterfeit medicines: medicaments falsificats, medicament falsificat, medicaments falsos, fàrmacs falsificats, falsificació de medicaments
dietary supplements: complements alimentaris, complement alimentari, suplements alimentaris, suplement alimentari, suplements dietètics, suplements nutricionals
painkillers: analgèsics, analgèsic, medicaments per al dolor, medicaments contra el dolor, paracetamol, ibuprofèn
homeopathy: homeopatia, productes homeopàtics, remeis homeopàtics, medicaments homeopàtics
cosmetics: cosmètics, productes cosmètics, producte cosmètic, productes de bellesa
sweets: llaminadures, llepolies, caramels, piruletes, productes de confiteria
tablets: tauletes electròniques, tauleta electrònica, tauletes digitals, tauleta digital, tauletes tàctils, tauleta tàctil, iPads
smart glasses: ulleres intel·ligents, ulleres connectades, ulleres amb càmera, ulleres de realitat augmentada, ulleres amb intel·ligència artificial
AI-generated content: contingut generat per IA, continguts generats per IA, contingut generat amb IA, continguts generats amb IA, contingut generat per intel·ligència artificial, continguts generats per intel·ligència artificial, imatges generades per IA, imatges generades amb IA, vídeos generats per IA
end-to-end encryption: xifratge d'extrem a extrem, encriptació d'extrem a extrem, xifratge de punta a punta, encriptació de punta a punta, E2EE
SIM cards: targetes SIM, targeta SIM, eSIM
satellite internet: internet per satèl·lit, internet via satèl·lit, internet satel·litari, terminals de Starlink, Starlink
online advertising: publicitat en línia, publicitat digital, publicitat a internet, publicitat online, anuncis en línia
influencer marketing: màrqueting d'influencers, màrqueting d'influència, publicitat d'influencers, publicitat a través d'influencers, publicacions patrocinades
crypto advertising: publicitat de criptomonedes, publicitat de les criptomonedes, publicitat de criptoactius, anuncis de criptomonedes, publicitat cripto
crypto payments: pagaments amb criptomonedes, pagament amb criptomonedes, pagaments en criptomonedes, pagament en criptomonedes, pagaments amb bitcoin
lotteries: loteries, loteria, bitllets de loteria, rifes
betting shops: locals d'apostes, local d'apostes, salons d'apostes, bookmakers
payday loans: préstecs ràpids, préstec ràpid, crèdits ràpids, minicrèdits
foreign currency: moneda estrangera, monedes estrangeres, divises, divisa estrangera, divises estrangeres
podcasts: pòdcasts, podcasts, pòdcast, podcast
foreign journalists: periodistes estrangers, periodista estranger, corresponsals estrangers, reporters estrangers, premsa estrangera
comics: còmics, còmic, historietes, novel·les gràfiques, tebeos, manga
anime: anime, animes, animació japonesa
foreign films: pel·lícules estrangeres, pel·lícula estrangera, cinema estranger, films estrangers
rap music: música rap, hip-hop, hip hop, cançons de rap
drill music: música drill, rap drill, drill UK
raves: raves, rave, festes rave, festa rave, free parties
strikes: vaga general, vagues generals, dret de vaga, dret a la vaga, jornada de vaga, jornades de vaga
political parties: partits polítics, partit polític
opposition parties: partits de l'oposició, partit de l'oposició, partits opositors, partit opositor
trade unions: sindicats, sindicat, organitzacions sindicals
missionaries: missioners, missioner, proselitisme, activitats missioneres
miniskirts: minifaldilles, minifaldilla, faldilles curtes
make-up: maquillatge, maquillatges, pintallavis, esmalt d'ungles
robocalls: trucades automàtiques, trucades automatitzades, trucades robotitzades, robotrucades, trucades pregravades
telemarketing: telemàrqueting, telemarketing, venda telefònica, trucades comercials, trucades comercials no sol·licitades, trucades no desitjades
junk fees: càrrecs ocults, comissions ocultes, tarifes ocultes, costos ocults
surge pricing: preus dinàmics, preu dinàmic, tarifes dinàmiques, tarifació dinàmica
non-compete clauses: clàusules de no competència, clàusula de no competència, pactes de no competència, pacte de no competència
child labour: treball infantil, explotació laboral infantil, mà d'obra infantil
unpaid internships: pràctiques no remunerades, pràctiques sense remunerar
dogs: gossos, gos, gossos de companyia
cats: gats, gat, gats domèstics
cattle: bestiar boví, bovins, vaques, bestiar
glue traps: trampes adhesives, trampa adhesiva, trampes de cola
snares: llaços de caça, trampes de llaç, paranys de llaç
leghold traps: trampes de mandíbula, trampes de cepo, cepos de caça
fish farming: aqüicultura, piscicultura, piscifactories, piscifactoria, granges de peixos, cria de peixos
salmon farming: cria de salmó, salmonicultura, piscifactories de salmó, granges de salmó, salmó de piscifactoria
octopus farming: granges de pops, granja de pops, cria de pops, aqüicultura de pop, pops de granja
krill fishing: pesca de krill, pesca del krill
lobster fishing: pesca de la llagosta, pesca de llagosta, pesca del llamàntol, pesca de llamàntol
shellfish harvesting: marisqueig, marisqueig a peu, recol·lecció de marisc, recol·lecció de mol·luscs, captura de mol·luscs, pesca de bivalves
rodeos: rodeos, rodeo, espectacles de rodeo
elephant rides: passejades en elefant, passejada en elefant, passeigs en elefant, muntar elefants, muntar en elefant
puppy sales: venda de cadells, venda de cadells de gos, comerç de cadells, granges de cadells
pet shops: botigues d'animals, botiga d'animals, botigues de mascotes, botiga de mascotes
crossbows: ballestes, ballesta
swords: espases, sabres, katanes
air guns: armes d'aire comprimit, carabines d'aire comprimit, pistoles d'aire comprimit, escopetes d'aire comprimit, armes de balins
high-capacity magazines: carregadors d'alta capacitat, carregadors de gran capacitat, carregador d'alta capacitat
explosives: explosius, substàncies explosives, materials explosius, dinamita
tear gas: gas lacrimogen, gasos lacrimògens, bombes lacrimògenes, pots de gas lacrimogen
rubber bullets: bales de goma, bala de goma, pilotes de goma, projectils de goma
white phosphorus: fòsfor blanc, bombes de fòsfor blanc
flares: bengales, torxes pirotècniques, bengales de senyalització
steel: acer, productes siderúrgics, importacions d'acer, exportacions d'acer
aluminium: alumini
copper: el coure, del coure, concentrat de coure, mineral de coure, exportacions de coure
nickel: níquel
bauxite: bauxita
lithium: liti
cobalt: cobalt
tungsten: tungstè, wolframi
love locks: cadenats de l'amor, cadenats d'amor, cadenat de l'amor
key boxes: caixetins de claus, caixetins per a claus, caixes de claus, caixes per a claus
wheeled suitcases: maletes amb rodes, maleta amb rodes, maletes de rodes
street performers: artistes de carrer, artista de carrer, músics de carrer, músic de carrer, espectacles de carrer, estàtues vivents
rough sleeping: dormir al carrer, dormir a la via pública, pernoctar a la via pública, pernoctar al carrer
homeless encampments: campaments de persones sense llar, campaments de sensesostre, campaments de sense sostre, assentaments de persones sense llar
tourist groups: grups de turistes, grup de turistes, grups turístics
second homes: segones residències, segona residència, habitatges de segona residència
foreign home buyers: compradors estrangers, compradors no residents, compra d'habitatges per part d'estrangers, compra d'habitatge per estrangers, venda d'habitatges a estrangers
new hotels: nous hotels, nou hotel, construcció de nous hotels, construcció d'hotels, noves places hoteleres, nous establiments hotelers
# 0.27.0: more categories
game consoles: consoles de videojocs, consola de videojocs, videoconsoles, videoconsola, consoles de jocs
gas-powered garden equipment: eines de jardineria de gasolina, maquinària de jardineria de gasolina, equips de jardineria amb motor de gasolina, desbrossadores de gasolina, motoserres de gasolina, tallagespes de gasolina
sex dolls: nines sexuals, nina sexual, nines sexuals infantils, robots sexuals, ninots sexuals
selfie sticks: pals de selfie, pal de selfie, bastons de selfie, bastó de selfie, pals selfie
disposable lighters: encenedors, encenedor, encenedors d'un sol ús, encenedors de plàstic, encenedors desxables
coal stoves: estufes de carbó, estufa de carbó, calefaccions de carbó, calefacció de carbó, calderes de carbó, cuines de carbó
dashcams: càmeres de salpicader, càmera de salpicader, dashcams, dashcam, càmeres per a cotxes
coffee capsules: càpsules de cafè, càpsula de cafè, cafè en càpsules, càpsules d'alumini, monodosis de cafè
bottled water: aigua embotellada, ampolles d'aigua, ampolla d'aigua, venda d'aigua embotellada, aigua envasada
bicycles: bicicletes, bicicleta, bicis, ciclistes, circulació de bicicletes, anar en bicicleta
camper vans: autocaravanes, autocaravana, furgonetes camper, furgoneta camper, campers, dormir dins el vehicle, pernoctar en vehicles
right-hand-drive vehicles: vehicles amb volant a la dreta, cotxes amb volant a la dreta, volant a la dreta
self-driving cars: cotxes autònoms, cotxe autònom, vehicles autònoms, vehicle autònom, cotxes sense conductor, taxis autònoms, robotaxis, robotaxi
petrol motorbikes: motos de gasolina, motocicletes de gasolina, motos de combustió, ciclomotors de gasolina, motos de dos temps, escúters de gasolina
street racing: curses il·legals, carreres il·legals, curses de cotxes il·legals, carreres il·legals de cotxes, curses al carrer, trobades de cotxes, quedades de cotxes
beer bikes: bicicletes de cervesa, bicicletes cerveseres, beer bikes, bierfiets, bicicletes de festa
leaded fuel: gasolina amb plom, benzina amb plom, combustible amb plom, tetraetil de plom, gasolina plombada
liquids in hand luggage: líquids a l'equipatge de mà, líquids en l'equipatge de mà, líquids a la cabina, norma dels 100 ml, límit de 100 ml, restriccions de líquids
studded tyres: pneumàtics amb claus, pneumàtics de claus, rodes amb claus, pneumàtics claveteats
ractopamine: ractopamina, carn amb ractopamina
durian: durian, durians, fruita durian
alcopops: alcopops, alcopop, combinats preparats, còctels preparats, begudes alcohòliques premesclades, hard seltzers
late-night alcohol sales: venda d'alcohol a la nit, venda nocturna d'alcohol, venda d'alcohol de nit, vendre alcohol a la nit, venda d'alcohol a partir de les 22 hores, venda d'alcohol a partir de les 23 hores
drinks promotions: happy hour, happy hours, barra lliure, ofertes de begudes, promocions d'alcohol, ofertes d'alcohol, dos per un en begudes, consumició il·limitada
DDT: DDT, diclorodifeniltricloroetà
fluorinated gases: gasos fluorats, gasos fluorats d'efecte hivernacle, hidrofluorocarburs, HFC, clorofluorocarburs, CFC, hexafluorur de sofre, substàncies que esgoten la capa d'ozó
chlorinated solvents: dissolvents clorats, tricloroetilè, percloroetilè, tetracloroetilè, diclorometà, clorur de metilè
cyanide: cianur, cianurs, cianur de sodi, lixiviació amb cianur, mineria amb cianur
acetamiprid: acetamiprid, insecticida acetamiprid
rodenticides: rodenticides, rodenticida, raticides, raticida, verí per a rates, verí per a rosegadors, esquers enverinats
road salt: sal de carretera, sal per a carreteres, sal fundent, sal per desglaçar, sal antigel
flame retardants: retardants de flama, retardant de flama, retardants de flama bromats, ignífugs, pirorretardants, PBDE
engineered stone: pedra artificial, pedra de quars, quars artificial, aglomerats de quars, pedra aglomerada, superfícies de quars, taulells de quars
cocaine: cocaïna, fulla de coca, fulles de coca, cultius de coca, pasta de coca, pasta base de cocaïna
methamphetamine: metamfetamina, metamfetamines, metanfetamina, crystal meth, pastilles de yaba
MDMA: MDMA, èxtasi, pastilles d'èxtasi, teràpia amb MDMA
opium poppy cultivation: cultiu d'opi, cultiu de cascall, cascall, cascall d'opi, camps de cascall, producció d'opi, rosella de l'opi
new psychoactive substances: noves substàncies psicoactives, nova substància psicoactiva, drogues de disseny, drogues sintètiques, catinones sintètiques, mefedrona, legal highs
GHB: GHB, GBL, èxtasi líquid, gammahidroxibutirat, gamma-hidroxibutirat, gammabutirolactona
bear bile: bilis d'ós, bilis d'óssos, granges de bilis, extracció de bilis d'ós
donkey skins: pells d'ase, pell d'ase, pells de ruc, comerç de pells d'ase, sacrifici de rucs, ejiao
tail docking: amputació de la cua, amputació de cues, tall de cua, tall de cues, tall d'orelles, amputació d'orelles, cues tallades, orelles tallades
declawing: extracció d'ungles, desungulació, onicectomia, extirpació de les urpes, amputació de les urpes
sow stalls: gàbies de gestació, gàbia de gestació, gàbies per a truges, gàbies de part, gàbies de maternitat
chick culling: sacrifici de pollets mascles, matança de pollets mascles, trituració de pollets, eliminació de pollets mascles, sacrifici de pollets
live poultry markets: mercats d'aviram viu, mercats d'aus vives, venda d'aviram viu, venda d'aus vives, comerç d'aus vives, mercats humits
big cats: grans felins, gran felí, tigres com a mascotes, lleons com a mascotes, tinença de grans felins, felins salvatges
badger culling: sacrifici de teixons, matança de teixons, sacrifici massiu de teixons, eliminació de teixons
bull running: bous al carrer, bou al carrer, correbous, encierros, encierro, tancaments de bous, bous embolats, bou embolat
animal sacrifice: sacrifici d'animals, sacrificis d'animals, sacrificis rituals d'animals, sacrifici ritual d'animals, ofrenes d'animals
wildlife feeding: alimentar animals salvatges, alimentació d'animals salvatges, alimentar la fauna, donar menjar als animals salvatges, alimentar els senglars, donar menjar als senglars, alimentar els ànecs, alimentar les gavines
exotic skins: pells exòtiques, pell exòtica, pell de cocodril, pells de cocodril, pell de serp, pell de pitó, cuir exòtic
spitting: escopir, escopir al carrer, escopir a la via pública, escopinades, escopinada
littering: llençar deixalles, llençar brossa, llençar escombraries al carrer, abocaments il·legals, abocament il·legal, embrutar la via pública, llençar burilles
jaywalking: creuar en vermell, creuar el carrer en vermell, travessar en vermell, creuar per llocs no habilitats, travessar fora del pas de vianants
loitering: vagareig, vagància, vagar pels carrers
skateboarding: monopatins, monopatí, skateboard, skate, skaters, patins en línia, patinadors
public nudity: nudisme, nudistes, naturisme, naturistes, nuesa pública, nuesa a la via pública, platges nudistes, top-less
swimwear in the street: banyador pel carrer, anar en banyador, vestit de bany pel carrer, bikini pel carrer, anar sense samarreta, sense samarreta pel carrer, anar amb el tors nu, tors nu
eating in the street: menjar al carrer, menjar a la via pública, menjar caminant, menjar a les escales, menjar als monuments, menjar en públic
graffiti: grafitis, grafiti, pintades, grafiters, esprais de pintura, aerosols de pintura
honking: clàxon, clàxons, tocar el clàxon, ús del clàxon, botzines, botzina
dancing: ballar, ballar al carrer, balls, festes de ball, sessions de ball, dansa
entering forests: accés als boscos, accés al bosc, entrar als boscos, entrar al bosc, accés a espais forestals, accés a les zones forestals, tancament dels boscos
Halloween: Halloween, festes de Halloween, disfresses de Halloween, truc o tracte
Valentine's Day: Sant Valentí, dia de Sant Valentí, dia dels enamorats, regals de Sant Valentí
beauty pageants: concursos de bellesa, concurs de bellesa, certàmens de bellesa, concursos de miss, concursos de misses, concursos de bellesa infantils
pub crawls: pub crawls, pub crawl, rutes de bars, ruta de bars, rutes etíliques, ruta etílica, bar crawl
Quran burning: crema de l'Alcorà, crema d'alcorans, cremar l'Alcorà, crema del Corà, cremar exemplars de l'Alcorà, profanació de l'Alcorà, crema de llibres sagrats
flag burning: crema de banderes, cremar banderes, crema de la bandera, cremar la bandera, ultratge a la bandera, ultratges a la bandera
Holocaust denial: negació de l'Holocaust, negacionisme de l'Holocaust, negacionistes de l'Holocaust, negar l'Holocaust, negació del genocidi, negacionisme del genocidi
Z symbol: símbol Z, símbols Z, lletra Z, signe Z
sex shops: sex shops, sex shop, sex-shops, botigues eròtiques, botiga eròtica, botigues per a adults, botigues de joguines sexuals
strip clubs: clubs de striptease, club de striptease, locals de striptease, striptease, lap dance, clubs d'estriptis, estriptis
massage parlours: salons de massatge, saló de massatge, centres de massatge, locals de massatges, massatges eròtics, massatge eròtic
beauty salons: salons de bellesa, saló de bellesa, centres d'estètica, centre d'estètica, centres de bellesa
minimarkets: minimarkets, minimarket, botigues de conveniència, botigues 24 hores, botigues obertes 24 hores, autoserveis
vape shops: botigues de vapeig, botiga de vapeig, botigues de cigarretes electròniques, vape shops, vapeshops, botigues de vapers
cannabis shops: clubs de cànnabis, club de cànnabis, associacions cannàbiques, clubs socials de cànnabis, associacions de consumidors de cànnabis, coffee shops, botigues de cànnabis, dispensaris de cànnabis
drive-throughs: drive-thru, drive-through, drive-in, servei al cotxe
dark stores: dark stores, dark store, botigues fosques, supermercats fantasma, dark kitchens, cuines fantasma, cuines fosques, magatzems de repartiment ràpid
prescription drug advertising: publicitat de medicaments, publicitat de fàrmacs, publicitat de medicaments amb recepta, anuncis de medicaments, publicitat farmacèutica
advertising to children: publicitat dirigida a infants, publicitat adreçada als infants, publicitat infantil, publicitat dirigida als nens, màrqueting dirigit a infants, anuncis per a infants
junk mail: publicitat a la bústia, bustiada, bustiades, fullets publicitaris, propaganda a la bústia, publicitat en paper, publicitat no adreçada
digital billboards: pantalles publicitàries, pantalla publicitària, tanques digitals, tanques publicitàries digitals, pantalles LED publicitàries, cartells digitals, publicitat digital exterior
carbon-neutral claims: rentat verd, greenwashing, ecoblanqueig, declaracions ambientals, reclams ambientals, afirmacions de neutralitat climàtica, afirmacions de neutralitat de carboni, reclams ecològics enganyosos
CFDs: CFD, contractes per diferència, contracte per diferència, productes CFD, apostes sobre diferencials
prediction markets: mercats de predicció, mercat de predicció, apostes electorals, apostes sobre les eleccions, contractes d'esdeveniments
fantasy sports: esports fantàstics, lligues fantàstiques, lliga fantasy, jocs amb diners reals
share buybacks: recompra d'accions, recompres d'accions, programa de recompra d'accions, compra d'accions pròpies, autocartera
golden passports: passaports daurats, passaport daurat, ciutadania per inversió, nacionalitat per inversió, venda de passaports, venda de la ciutadania
golden visas: visats daurats, visat daurat, golden visa, golden visas, visats d'or, visat per inversió, residència per inversió, permís de residència per inversió
ransom payments: pagament de rescats, pagament del rescat, pagaments de rescat, pagar rescats, pagar el rescat, rescats de ransomware
stock trading by lawmakers: compravenda d'accions per part de congressistes, congressistes que operen en borsa, inversions en borsa dels congressistes, operacions borsàries dels legisladors, compravenda d'accions dels polítics, negociació d'accions per part de legisladors
CBDCs: monedes digitals de bancs centrals, moneda digital de banc central, euro digital, dòlar digital, iuan digital, ruble digital, CBDC
pirate sites: webs pirates, pàgines pirates, llocs web pirates, pirateria digital, pirateria en línia, IPTV il·legal, retransmissions il·legals, descàrregues il·legals
loan apps: aplicacions de préstecs, aplicació de préstecs, apps de préstecs, aplicacions de crèdit ràpid, plataformes de préstecs en línia
AI companions: companys d'IA, companys virtuals, acompanyants d'IA, xicotes virtuals, parelles virtuals, amics virtuals, xatbots de companyia
addictive feeds: algoritmes addictius, desplaçament infinit, scroll infinit, reproducció automàtica, disseny addictiu, algoritmes de recomanació, fils de contingut addictius, funcionalitats addictives
suppressors: silenciadors d'armes, silenciadors per a armes, silenciador d'arma, armes amb silenciador, moderadors de so
knuckle-dusters: punys americans, puny americà, punys de ferro, puny de ferro
flick knives: navalles automàtiques, navalla automàtica, navalles de molla, navalla de molla, navalles papallona, navalla papallona, balisong
machine guns: metralladores, metralladora, armes automàtiques, subfusells, subfusell, fusells automàtics
blank guns: pistoles de fogueig, pistola de fogueig, armes de fogueig, pistoles detonadores, pistoles d'alarma, pistoles de senyalització, pistoles de sortida
autonomous weapons: armes autònomes, arma autònoma, sistemes d'armes autònoms, armes autònomes letals, robots assassins, armes amb intel·ligència artificial
chokeholds: preses d'estrangulament, tècniques d'estrangulament, claus d'estrangulació, immobilitzacions pel coll, pressió al coll
death penalty: pena de mort, pena capital, condemnes a mort, condemna a mort, sentències de mort
virginity tests: proves de virginitat, prova de virginitat, tests de virginitat, exàmens de virginitat, himenoplàstia, reconstrucció de l'himen, certificats de virginitat
IVF: fecundació in vitro, FIV, tractaments de fertilitat, reproducció assistida, tècniques de reproducció assistida
circumcision: circumcisió, circumcisions, circumcisió masculina, circumcisió ritual, circumcisió religiosa, brit milà
girls' education: educació de les nenes, educació de les noies, educació femenina, escolarització de les nenes, educació secundària per a noies, accés de les dones a la universitat, educació de les dones, escoles de nenes
transgender athletes: esportistes trans, esportistes transgènere, atletes trans, atletes transgènere, dones trans en l'esport, dones trans a l'esport, participació de dones trans
mask mandates: ús obligatori de la mascareta, mascareta obligatòria, mascaretes obligatòries, obligatorietat de la mascareta, obligació de portar mascareta, ús obligatori de mascaretes
geoengineering: geoenginyeria, enginyeria climàtica, sembra de núvols, modificació del clima, modificació meteorològica, estels químics, chemtrails, gestió de la radiació solar
butterfly bushes: budleia, budlèia, buddleia, Buddleja davidii, arbre de les papallones
knotweed: Fallopia japonica, Reynoutria japonica, fallòpia japonesa, polígon del Japó
eucalyptus plantations: eucaliptus, plantacions d'eucaliptus, plantació d'eucaliptus, eucaliptars, eucaliptar
gold: exportacions d'or, exportació d'or, importacions d'or, or rus, lingots d'or, or en brut, or sense refinar
iron ore: mineral de ferro, minerals de ferro, exportacions de mineral de ferro, pèl·lets de mineral de ferro
raw cashew nuts: anacards, anacard, anacards crus, nous d'anacard, exportacions d'anacards
shea nuts: nous de karité, nou de karité, karité, ametlles de karité
cotton: cotó en brut, cotó cru, exportacions de cotó, importacions de cotó, cotó de Xinjiang, fil de cotó, productes de cotó
avocados: alvocats, alvocat, importacions d'alvocat, exportacions d'alvocat
motor fuel: exportacions de combustible, exportació de combustibles, exportacions de gasolina, exportacions de dièsel, gasoil rus, dièsel rus, importacions de combustible
hazardous waste: residus perillosos, residus tòxics, importació de residus, exportació de residus, residus importats, trasllats de residus, enviaments de residus
# 0.28.0: more categories
bidis: bidis, bidi
kreteks: kretek, cigarretes de clau
single cigarettes: cigarrets solts, cigarretes soltes
synthetic nicotine: nicotina sintètica
absinthe: absenta
kava: kava
powdered alcohol: alcohol en pols
alcohol deliveries: repartiment d'alcohol, lliurament d'alcohol a domicili
heroin: heroïna
amphetamines: amfetamina, amfetamines
pregabalin: pregabalina, gabapentina
benzodiazepines: benzodiazepines, benzodiazepina, alprazolam
pseudoephedrine: pseudoefedrina
ethylene oxide: òxid d'etilè
dicamba: dicamba
ammonium nitrate: nitrat d'amoni
PCBs: PCB, bifenils policlorats
parabens: parabens
triclosan: triclosan
methyl bromide: bromur de metil
caviar: caviar
whale meat: carn de balena
peanuts: cacauets, cacauet
factory farming: ramaderia intensiva, macrogranges, granges industrials
sewage sludge: fangs de depuradora, llots de depuradora
manure spreading: purins, fems, escampar purins
piglet castration: castració de garrins, castració de porcs
mulesing: mulesing
hare coursing: caça de llebres amb llebrers
bird hunting: caça d'ocells, parany
blast fishing: pesca amb dinamita, pesca amb explosius
pulse fishing: pesca elèctrica, pesca per impulsos elèctrics
gillnets: xarxes d'enmalle, tresmalls
coral harvesting: extracció de corall, corall vermell
foraging: collita de bolets, recol·lecció de bolets, anar a buscar bolets
stray dog culling: sacrifici de gossos abandonats, sacrifici de gossos de carrer
spearfishing: pesca submarina, fusells de pesca submarina
flammable cladding: revestiments inflamables, façanes inflamables
skyscrapers: gratacels, edificis en altura
dams: preses hidroelèctriques, construcció de preses, embassaments
biofuels: biocombustibles, biodièsel
landfilling: abocadors, dipòsit en abocador
waste incineration: incineració de residus, incineradores
destruction of unsold goods: destrucció de productes no venuts
radar detectors: detectors de radar
pavement parking: aparcar a la vorera, estacionament a les voreres
tinted windows: vidres tintats, làmines tintades
shared bikes: bicicletes compartides, bicicletes de lloguer
hotel toiletries: ampolletes de xampú, productes d'higiene d'un sol ús als hotels
signal jammers: inhibidors de senyal, inhibidors de freqüència
satellite phones: telèfons per satèl·lit
hidden cameras: càmeres ocultes, càmeres espia
pagers: buscapersones, pagers
walkie-talkies: walkie-talkies, transmissors portàtils
headphones: auriculars
short-video apps: aplicacions de vídeos curts
online pharmacies: farmàcies en línia, venda de medicaments en línia
emotion recognition: reconeixement d'emocions
tracking cookies: galetes de seguiment, galetes de tercers, cookies de tercers
cross-border data transfers: transferències internacionals de dades
internet cafés: cibercafès
ICOs: ofertes inicials de monedes, ofertes inicials de criptomonedes
peer-to-peer lending: préstecs P2P, préstecs entre particulars
social scoring: puntuació social, crèdit social
narcocorridos: narcocorridos, narcocorrido
twerking: twerking
belly dancing: dansa del ventre
reality shows: reality shows, telerealitat, programes de telerealitat
horror films: pel·lícules de terror
caricatures: caricatures, vinyetes satíriques
foreign words: anglicismes, estrangerismes, paraules estrangeres
minarets: minarets
opinion polls: enquestes electorals, sondejos, enquestes d'opinió
child influencers: influenciadors infantils, nens influencers
hoodies: dessuadores amb caputxa
jeans: texans, pantalons texans
camouflage clothing: roba de camuflatge
beards: barbes, barba
high heels: talons alts, sabates de taló
public urination: orinar al carrer, pixar al carrer
fortune telling: endevinació, tarot
witchcraft: bruixeria, màgia negra
hitchhiking: autoestop, fer autoestop
door-to-door sales: venda a domicili, venda porta a porta
public displays of affection: petons en públic, mostres d'afecte en públic
cross-dressing: travestisme
homework: deures
dowry: dot nupcial, dots
organ sales: tràfic d'òrgans, venda d'òrgans
human cloning: clonació humana, clonació
gene editing: edició genètica, CRISPR
blasphemy: blasfèmia
hate speech: discurs d'odi, discursos d'odi
disinformation: desinformació, notícies falses
prenatal sex determination: selecció de sexe, avortament selectiu per sexe
international adoption: adopció internacional, adopcions internacionals
pyramid schemes: esquemes piramidals, estafes piramidals
multi-level marketing: màrqueting multinivell, venda multinivell
layoffs: acomiadaments, acomiadament
rent increases: pujades del lloguer, apujades de lloguer
zero-hours contracts: contractes de zero hores
body armour: armilles antibales
grenades: granades, granades de mà
martial arts weapons: nunxakus, nunchaku, estrelles ninja
slingshots: tiragomes
depleted uranium munitions: urani empobrit, munició d'urani empobrit
biological weapons: armes biològiques
hollow-point bullets: bales expansives, bales dum-dum
mercenaries: mercenaris
nuclear tests: proves nuclears, assajos nuclears
cooking oil: oli de cuina, olis vegetals
flour: farina, farines
potash: potassa
urea: urea
rosewood: palissandre, fusta de roser
fodder: farratge, pinsos
electricity exports: exportacions d'electricitat
medical masks: mascaretes quirúrgiques, mascaretes sanitàries
forced labour goods: productes fets amb treball forçat
foreign investment: inversió estrangera, inversions estrangeres
foreign land ownership: venda de terres a estrangers
high-denomination banknotes: bitllets grans, bitllets de 500 euros
bankers' bonuses: bonificacions dels banquers, bonus dels directius
chess: escacs
boxing: boxa
martial arts: arts marcials, esports de combat, kickboxing
mixed martial arts: arts marcials mixtes, MMA
wrestling: lluita lliure, lluita grecoromana
yoga: ioga
ball games: jocs de pilota, jugar a pilota
horse racing: curses de cavalls
motorsport: esports de motor, curses automobilístiques
bungee jumping: pònting, bungee jumping
rock climbing: escalada esportiva, alpinisme
karaoke: karaoke
poker: pòquer
mahjong: mahjong
playing cards: jocs de cartes, cartes de joc
water pistols: pistoles d'aigua
gyms: gimnasos
fidget spinners: fidget spinners, spinners
sledding: baixar en trineu, trineus
paintball: paintball
`);
