// Categories of banned things (src/gazetteer/categories.ts): canonical name -> Romanian forms.
// Romanian puts its article on the noun ("țigările", "țigărilor"): the forms news uses are listed,
// stems end in "*"; spellings() adds each with cedillas and without diacritics.
import { categoryTable } from "../../gazetteer/categories.js";
import { spellings } from "./spellings.js";

export const categories: Record<string, string[]> = Object.fromEntries(Object.entries(categoryTable(`
tobacco: tutun, tutunul, tutunului, produse din tutun, produsele din tutun, produselor din tutun
cigarettes: țigară, țigara, țigări, țigările, țigărilor, țigarete, țigaretele, țigaretelor
e-cigarettes: țigări electronice, țigările electronice, țigărilor electronice, țigara electronică, țigarete electronice, țigaretele electronice, vape, vape-uri, vapeuri, dispozitive de vapat
disposable vapes: țigări electronice de unică folosință, țigările electronice de unică folosință, țigărilor electronice de unică folosință, vape-uri de unică folosință, vapeuri de unică folosință, vape de unică folosință, dispozitive de vapat de unică folosință
e-liquids: lichide pentru țigări electronice, lichidele pentru țigări electronice, lichide de vapat, e-lichid*
flavoured e-cigarettes: țigări electronice aromate, țigările electronice aromate, țigărilor electronice aromate, arome pentru țigări electronice, aromele pentru țigările electronice
menthol cigarettes: țigări mentolate, țigările mentolate, țigărilor mentolate, țigări cu mentol, țigările cu mentol
flavoured tobacco: tutun aromat, tutunul aromat, tutunului aromat
nicotine pouches: pliculețe cu nicotină, pliculețele cu nicotină, pliculețelor cu nicotină, plicuri cu nicotină, pungi cu nicotină, pungile cu nicotină
heated tobacco products: tutun încălzit, tutunului încălzit, produse din tutun încălzit, produsele din tutun încălzit
cigars: trabuc*
snus: snus
shisha: narghilea, narghilele, narghilelei, narghilelor
chewing tobacco: tutun de mestecat, tutunul de mestecat
smoking: fumatul, fumatului, fumat
tobacco advertising: publicitatea la tutun, publicitate la tutun, publicitatea pentru tutun, publicitatea la țigări, publicitate la țigări, reclame la țigări, reclamele la țigări
alcohol: alcool, alcoolul, alcoolului, băuturi alcoolice, băuturile alcoolice, băuturilor alcoolice
beer: bere, berii
alcohol advertising: publicitatea la alcool, publicitate la alcool, publicitatea pentru băuturi alcoolice, reclame la alcool, reclamele la alcool
energy drinks: băuturi energizante, băuturile energizante, băuturilor energizante, energizante, energizantele, energizantelor, energy drink*
sugary drinks: băuturi îndulcite, băuturile îndulcite, băuturilor îndulcite, băuturi cu zahăr, băuturile cu zahăr
cannabis: canabis*, cannabis, marijuana, marijuanei
kratom: kratom*
magic mushrooms: ciuperci halucinogene, ciupercile halucinogene, ciupercilor halucinogene, psilocibin*
nitrous oxide: gaz ilariant, gazul ilariant, gazului ilariant, protoxid de azot, protoxidul de azot, protoxidului de azot
synthetic cannabinoids: canabinoizi sintetici, canabinoizilor sintetici, etnobotanice, etnobotanicele, etnobotanicelor
CBD: CBD
HHC: HHC
foie gras: foie gras
fur: blană, blana, blănuri, blănurile, blănurilor
fur farming: ferme de blănuri, fermele de blănuri, fermelor de blănuri, ferme de animale pentru blană, fermele de animale pentru blană, creșterea animalelor pentru blană, creșterii animalelor pentru blană
glyphosate: glifosat*
pesticides: pesticid*, produse de protecție a plantelor, produsele de protecție a plantelor
neonicotinoids: neonicotinoid*
GMOs: OMG, OMG-uri, OMG-urile, OMG-urilor, organisme modificate genetic, organismele modificate genetic, organismelor modificate genetic, culturi modificate genetic, culturile modificate genetic
palm oil: ulei de palmier, uleiul de palmier, uleiului de palmier
trans fats: grăsimi trans, grăsimile trans, grăsimilor trans, acizi grași trans, acizii grași trans
lab-grown meat: carne cultivată în laborator, carnea cultivată în laborator, carne de laborator, carnea de laborator, carne cultivată, carnea cultivată, carne sintetică, carnea sintetică
raw milk: lapte crud, laptele crud, laptelui crud
titanium dioxide: dioxid de titan, dioxidul de titan, dioxidului de titan, E171
shark fins: aripioare de rechin, aripioarele de rechin
dog meat: carne de câine, carnea de câine
cat meat: carne de pisică
ivory: fildeș, fildeșul, fildeșului
circus animals: animale sălbatice în circuri, animalele sălbatice din circuri, animale în circuri, animalele din circuri, animale de circ, animalele de circ, animalelor din circuri
trophy hunting: vânătoarea de trofee, vânătoare de trofee, trofee de vânătoare, trofeelor de vânătoare
bullfighting: coride, corida, coridele, coridelor, lupte cu tauri, luptele cu tauri
battery cages: cuști pentru găini, cuștile pentru găini, găini în cuști, găinilor în cuști, creșterea găinilor în cuști
animal testing: testarea pe animale, testare pe animale, testele pe animale, teste pe animale, experimentele pe animale
whaling: vânătoarea de balene, vânătoare de balene
exotic pets: animale exotice, animalele exotice, animalelor exotice
live animal exports: exportul de animale vii, export de animale vii, exporturile de animale vii, exportului de animale vii, exportul animalelor vii, transportul animalelor vii
grain: cereale, cerealele, cerealelor
wheat: grâu, grâul, grâului
maize: porumb, porumbul, porumbului
sunflower oil: ulei de floarea-soarelui, uleiul de floarea-soarelui, uleiului de floarea-soarelui
sugar: zahăr, zahărul, zahărului
eggs: ouă, ouăle, ouălor
pork: carne de porc, carnea de porc, cărnii de porc
beef: carne de vită, carnea de vită, cărnii de vită
poultry: carne de pasăre, carnea de pasăre, păsări de curte, păsările de curte
single-use plastics: plastic de unică folosință, plasticul de unică folosință, plasticului de unică folosință, produse din plastic de unică folosință, produsele din plastic de unică folosință, produselor din plastic de unică folosință, obiecte din plastic de unică folosință
plastic bags: pungi de plastic, pungile de plastic, pungilor de plastic, pungi din plastic, pungile din plastic, sacoșe de plastic, sacoșele de plastic
plastic straws: paie de plastic, paiele de plastic, paie din plastic, paiele din plastic, paie, paiele
plastic cutlery: tacâmuri de plastic, tacâmurile de plastic, tacâmuri din plastic, tacâmurile din plastic
plastic plates: farfurii de plastic, farfuriile de plastic, farfurii din plastic
plastic cups: pahare de plastic, paharele de plastic, pahare din plastic
plastic bottles: sticle de plastic, sticlele de plastic, sticlelor de plastic, PET-uri, PET-urile
plastic cotton buds: bețișoare de urechi, bețișoarele de urechi, bețișoare de urechi din plastic
microbeads: microgranule, microgranulele, microbile de plastic
sky lanterns: lampioane, lampioanele, lampioanelor
coal: cărbune, cărbunele, cărbunelui, cărbuni
combustion engine cars: mașini cu motor cu ardere internă, mașini cu motoare termice, mașinile cu motoare termice, autoturisme cu motor termic, autoturismele cu motor termic, motoare termice, motoarele termice, motoare cu ardere internă, motoarele cu ardere internă, mașini pe benzină și motorină, mașinile pe benzină și motorină
diesel cars: mașini diesel, mașinile diesel, mașinilor diesel, autoturisme diesel, autoturismele diesel, mașini pe motorină, mașinile pe motorină
gas boilers: centrale pe gaz, centralele pe gaz, centralelor pe gaz, centrale termice pe gaz, centralele termice pe gaz
incandescent light bulbs: becuri incandescente, becurile incandescente, becuri cu incandescență, becurile cu incandescență
leaf blowers: suflante de frunze, suflantele de frunze
PFAS: PFAS
asbestos: azbest*
fracking: fracturare hidraulică, fracturarea hidraulică, fracturării hidraulice, fracking, gaze de șist, gazele de șist, gazelor de șist
private jets: avioane private, avioanele private, avioanelor private, jeturi private, jeturile private
short-haul flights: zboruri scurte, zborurile scurte, zborurilor scurte
e-scooters: trotinete electrice, trotinetele electrice, trotinetelor electrice, trotinete, trotinetele
mobile phones: telefoane mobile, telefoanele mobile, telefoanelor mobile, telefon mobil, telefonul mobil, telefoane, telefoanele, telefoanelor, smartphone*
smartwatches: ceasuri inteligente, ceasurile inteligente, smartwatch*
social media: rețele sociale, rețelele sociale, rețelelor sociale, rețele de socializare, rețelele de socializare, rețelelor de socializare, social media
messaging apps: aplicații de mesagerie, aplicațiile de mesagerie, aplicațiilor de mesagerie
video games: jocuri video, jocurile video, jocurilor video, jocuri pe calculator
online games: jocuri online, jocurile online, jocurilor online
online gambling: jocuri de noroc online, jocurile de noroc online, jocurilor de noroc online, pariuri online, pariurile online, cazinouri online, cazinourile online
gambling: jocuri de noroc, jocurile de noroc, jocurilor de noroc, gambling, cazinou*
sports betting: pariuri sportive, pariurile sportive, pariurilor sportive
slot machines: păcănele, păcănelele, păcănelelor, aparate de joc, aparatele de joc, sloturi
loot boxes: loot box*
cryptocurrencies: criptomonede, criptomonedele, criptomonedelor, criptomonedă, criptomoneda, monede virtuale, monedele virtuale
crypto mining: mineritul de criptomonede, minerit de criptomonede, mineritul criptomonedelor, minarea criptomonedelor
VPNs: VPN*
AI chatbots: chatbot*, chatboți, chatboții
facial recognition: recunoașterea facială, recunoaștere facială, recunoașterii faciale
spyware: spyware, programe spion, programele spion, programe de spionaj, software de spionaj
drones: dron*
surveillance cameras: camere de supraveghere, camerele de supraveghere, camerelor de supraveghere
telecom equipment: echipamente de telecomunicații, echipamentele de telecomunicații, echipamentelor de telecomunicații
5G equipment: echipamente 5G, echipamentele 5G, echipamentelor 5G
pornography: pornografi*, porno
internet: internet, internetul, internetului
mobile internet: internet mobil, internetul mobil, internetului mobil, date mobile, datele mobile
books: cărți, cărțile, cărților
face coverings: burqa, burka, burca, niqab*, nicab*, vălul integral, acoperirea feței
headscarves: hijab*, vălul islamic, văl islamic, baticul islamic
burkinis: burkini*
Nazi symbols: simboluri naziste, simbolurile naziste, simbolurilor naziste, svastic*, zvastic*
communist symbols: simboluri comuniste, simbolurile comuniste, simbolurilor comuniste
rainbow flags: steaguri curcubeu, steagurile curcubeu, drapelul curcubeu
protests: proteste, protestele, protestelor, manifestații, manifestațiile, manifestațiilor
public gatherings: adunări*, adunările
cinemas: cinematografe*
LGBTQ content: conținut LGBT, conținutul LGBT, propaganda LGBT, propagandă LGBT, conținut LGBTQ, promovarea homosexualității
pride parades: marșul gay, marșurile gay, marșuri gay, parada gay, paradele gay, marșul Pride, marșurile Pride
short-term rentals: închirieri pe termen scurt, închirierile pe termen scurt, închirierilor pe termen scurt, închirierea pe termen scurt
cash: numerar, numerarul, numerarului, plăți în numerar, plățile în numerar
conversion therapy: terapia de conversie, terapii de conversie, terapiile de conversie
abortion: avort*
begging: cerșetori*, cerșit*
prostitution: prostituți*
tanning beds: solarii, solariile, solariilor, paturi de bronzat, paturile de bronzat
surrogacy: maternitate surogat, maternitatea surogat, mame surogat
same-sex marriage: căsătoria între persoane de același sex, căsătoriile între persoane de același sex, căsătoria gay, căsătoriile gay, căsătorii gay
child marriage: căsătoriile copiilor, căsătoria copiilor, căsătoriile minorilor, căsătoriilor cu minori, căsătorii cu minori
firearms: arme de foc, armele de foc, armelor de foc
knives: cuțite, cuțitele, cuțitelor
weapons: arme, armelor
fireworks: artificii, artificiile, artificiilor, petarde, petardele, petardelor, articole pirotehnice, articolele pirotehnice, materiale pirotehnice
pepper spray: spray paralizant, spray-ul paralizant, spray-uri paralizante, spray cu piper
landmines: mine antipersonal, minele antipersonal, minelor antipersonal, mine terestre, minele terestre
cluster munitions: muniție cu dispersie, muniția cu dispersie, muniții cu dispersie, bombe cu dispersie, bombele cu dispersie
hunting: vânătoare, vânătoarea, vânătorii
wolf hunting: vânătoarea de lupi, vânătoare de lupi, vânătoarea la lup
bear hunting: vânătoarea de urși, vânătoare de urși, vânătoarea la urs, vânătoare la urs, împușcarea urșilor
logging: exploatarea forestieră, exploatare forestieră, tăieri ilegale de păduri, tăierile de păduri, tăierea pădurilor
deforestation: defrișări, defrișările, defrișărilor, defrișare, defrișarea, despăduriri, despădurire
mining: minerit, mineritul, mineritului, exploatare minieră, exploatarea minieră, exploatări miniere
gold mining: exploatarea aurului, minerit aurifer, mineritul aurifer, extracția aurului, exploatări aurifere
nuclear power: energie nucleară, energia nucleară, energiei nucleare, centrale nucleare, centralele nucleare
dating apps: aplicații de dating, aplicațiile de dating, aplicații de întâlniri, aplicațiile de întâlniri
balloons: baloane, baloanele, baloanelor
glitter: sclipici, glitter
live streaming: transmisiuni live, transmisiunile live, live streaming
tattoos: tatuaj*
NGOs: ONG-uri, ONG-urile, ONG-urilor, organizații neguvernamentale, organizațiile neguvernamentale
foreign funding: finanțarea externă, finanțare externă, finanțarea din străinătate, finanțare din străinătate
political advertising: publicitatea politică, publicitate politică, publicității politice, reclame politice, reclamele politice
religious symbols: simboluri religioase, simbolurile religioase, simbolurilor religioase
corporal punishment: pedepse corporale, pedepsele corporale, pedepselor corporale
food dyes: coloranți alimentari, coloranții alimentari, coloranților alimentari, coloranți artificiali, coloranții artificiali
aspartame: aspartam*
junk food: junk food, mâncare nesănătoasă, mâncarea nesănătoasă, alimente nesănătoase, alimentele nesănătoase
fast food: fast-food, fast food
wildlife trade: comerțul cu animale sălbatice, comerț cu animale sălbatice, comerțului cu animale sălbatice
used cars: mașini second-hand, mașinile second-hand, mașini la mâna a doua, autoturisme rulate, mașini rulate
second-hand clothes: haine second-hand, hainele second-hand, haine la mâna a doua
timber: lemn, lemnul, lemnului, bușteni, buștenii, buștenilor, masă lemnoasă, masa lemnoasă, masei lemnoase, material lemnos
# 0.28.0: more categories
bidis: bidi, țigări bidi, țigările bidi
kreteks: kretek, țigări cu cuișoare
single cigarettes: țigări la bucată, țigările la bucată, țigări vândute la bucată
synthetic nicotine: nicotină sintetică, nicotina sintetică, nicotinei sintetice
absinthe: absint, absintul, absintului
kava: kava
powdered alcohol: alcool pudră, alcoolul pudră
alcohol deliveries: livrarea de alcool, livrări de alcool, livrarea alcoolului la domiciliu
heroin: heroină, heroina, heroinei
amphetamines: amfetamină, amfetamine, amfetaminele
pregabalin: pregabalină, pregabalina, gabapentină
benzodiazepines: benzodiazepine, benzodiazepinele, benzodiazepinelor, alprazolam
pseudoephedrine: pseudoefedrină, pseudoefedrina, pseudoefedrinei
ethylene oxide: oxid de etilenă, oxidul de etilenă
dicamba: dicamba
ammonium nitrate: azotat de amoniu, azotatul de amoniu, nitrat de amoniu
PCBs: PCB, bifenili policlorurați
parabens: parabeni, parabenii, parabenilor
triclosan: triclosan, triclosanul
methyl bromide: bromură de metil, bromura de metil
caviar: caviar, caviarul, icre negre
whale meat: carne de balenă, carnea de balenă
peanuts: arahide, alune de pământ
factory farming: ferme industriale, fermele industriale, creșterea intensivă a animalelor, zootehnie intensivă
sewage sludge: nămol de epurare, nămolul de epurare, nămoluri de epurare
manure spreading: gunoi de grajd, gunoiul de grajd, împrăștierea gunoiului de grajd, dejecții animaliere
piglet castration: castrarea purceilor, castrare a purceilor
mulesing: mulesing
hare coursing: vânătoarea de iepuri cu ogari
bird hunting: vânătoarea de păsări, vânătoare de păsări
blast fishing: pescuitul cu dinamită, pescuit cu explozibili
pulse fishing: pescuitul electric, pescuit electric, pescuitul cu impulsuri electrice
gillnets: setci, plase de tip setcă, plase monofilament
coral harvesting: recoltarea coralilor, extracția de corali
foraging: culesul ciupercilor, cules de ciuperci, culegerea ciupercilor
stray dog culling: eutanasierea câinilor fără stăpân, uciderea câinilor comunitari, eutanasierea câinilor comunitari
spearfishing: pescuitul subacvatic, pescuit subacvatic, pescuitul cu harponul
flammable cladding: placări inflamabile, fațade inflamabile, panouri compozite din aluminiu
skyscrapers: zgârie-nori, clădiri înalte, clădirile înalte
dams: baraje hidroenergetice, barajele hidroenergetice, construcția de baraje, hidrocentrale
biofuels: biocombustibili, biocombustibilii, biocombustibililor, biodiesel
landfilling: depozite de deșeuri, gropi de gunoi, depozitarea deșeurilor
waste incineration: incinerarea deșeurilor, incineratoare
destruction of unsold goods: distrugerea produselor nevândute
radar detectors: detectoare de radar, detectoarele de radar
pavement parking: parcarea pe trotuar, parcarea pe trotuare
tinted windows: geamuri fumurii, geamurile fumurii, folie fumurie, folii întunecate
shared bikes: biciclete partajate, bicicletele de închiriat
hotel toiletries: articole de toaletă de unică folosință, sticluțe de șampon
signal jammers: dispozitive de bruiaj, jammere
satellite phones: telefoane prin satelit, telefoanele prin satelit
hidden cameras: camere ascunse, camerele ascunse, camere spion
pagers: pagere, pagerele, pagerelor
walkie-talkies: stații radio portabile, stații de emisie-recepție, walkie-talkie-uri
headphones: căști audio, căștile audio
short-video apps: aplicații de clipuri scurte, platforme de videoclipuri scurte
online pharmacies: farmacii online, farmaciile online, vânzarea online de medicamente
emotion recognition: recunoașterea emoțiilor
tracking cookies: cookie-uri de urmărire, cookie-uri terțe
cross-border data transfers: transferul de date, transferuri de date
internet cafés: internet-cafenele, cafenele internet
ICOs: ICO, oferte inițiale de monede
peer-to-peer lending: creditare P2P, împrumuturi între persoane
social scoring: scoring social, creditul social
narcocorridos: narcocorridos
twerking: twerking, twerk
belly dancing: dansul din buric, dans din buric
reality shows: reality show-uri, reality show, emisiuni de tip reality show
horror films: filme de groază, filmele horror, filme horror
caricatures: caricaturi, caricaturile, caricaturilor
foreign words: anglicisme, cuvinte străine, cuvintele străine
minarets: minarete, minaretele, minaretelor
opinion polls: sondaje, sondajele, sondaje de opinie, exit-poll
child influencers: copii influenceri, influenceri minori
hoodies: hanorace, hanoracele, hanorace cu glugă
jeans: blugi, blugii, blugilor
camouflage clothing: haine de camuflaj, îmbrăcăminte de camuflaj
beards: barbă, bărbi, barba
high heels: tocuri înalte, pantofi cu toc
public urination: urinatul pe stradă, urinarea în public
fortune telling: ghicitul, ghicitul în palmă, ghicitul în cărți, prezicerea viitorului
witchcraft: vrăjitorie, vrăjitoria, magia neagră
hitchhiking: autostop, autostopul, autostopiști
door-to-door sales: vânzarea din ușă în ușă, vânzări la domiciliu
public displays of affection: sărutul în public, săruturile în public, afișarea afecțiunii în public
cross-dressing: travestire, travestirea, travestitism
homework: teme pentru acasă, temele pentru acasă
dowry: zestre, zestrea
organ sales: traficul de organe, vânzarea de organe, comerțul cu organe
human cloning: clonarea umană, clonarea ființelor umane, clonarea reproductivă
gene editing: editarea genetică, editarea genelor, editare genetică
blasphemy: blasfemie, blasfemia, blasfemiei
hate speech: discurs de ură, discursul instigator la ură, instigarea la ură
disinformation: dezinformare, dezinformarea, știri false, fake news
prenatal sex determination: determinarea sexului fătului, selecția sexului fătului
international adoption: adopția internațională, adopțiile internaționale
pyramid schemes: scheme piramidale, schemele piramidale, jocuri piramidale
multi-level marketing: marketing multinivel, marketing în rețea, MLM
layoffs: concedieri, concedierile, concedierilor
rent increases: creșterea chiriilor, majorarea chiriilor, scumpirea chiriilor
zero-hours contracts: contracte cu zero ore, contractele cu zero ore
body armour: veste antiglonț, vestele antiglonț
grenades: grenade, grenadele, grenadelor
martial arts weapons: nunchaku, stele ninja
slingshots: praștii, praștia
depleted uranium munitions: uraniu sărăcit, muniție cu uraniu sărăcit
biological weapons: arme biologice, armele biologice
hollow-point bullets: gloanțe expansive, gloanțe dum-dum
mercenaries: mercenari, mercenarii, mercenarilor
nuclear tests: testele nucleare, teste nucleare
cooking oil: ulei comestibil, uleiul comestibil, ulei vegetal
flour: făină, făina, făinii
potash: potasă, potasa, îngrășăminte potasice
urea: uree, ureea
rosewood: lemn de trandafir, palisandru
fodder: furaje, furajele, nutrețuri
electricity exports: exportul de electricitate, exporturile de energie electrică
medical masks: măști medicale, măști chirurgicale, măștile de protecție
forced labour goods: produse realizate prin muncă forțată, produsele muncii forțate
foreign investment: investiții străine, investițiile străine
foreign land ownership: vânzarea terenurilor agricole către străini, vânzarea pământului către străini
high-denomination banknotes: bancnote de valoare mare, bancnotele de 500 de euro
bankers' bonuses: bonusurile bancherilor, bonusuri pentru bancheri
chess: șah, șahul, jocul de șah
boxing: box profesionist, meciuri de box, meciurile de box
martial arts: arte marțiale, artele marțiale, sporturi de contact, kickboxing
mixed martial arts: MMA, arte marțiale mixte
wrestling: lupte libere, lupte greco-romane, wrestling
yoga: yoga
ball games: jocuri cu mingea, jocul cu mingea
horse racing: curse de cai, cursele de cai
motorsport: sporturile cu motor, curse auto, motorsport
bungee jumping: bungee jumping, sărituri bungee
rock climbing: alpinism, alpinismul, escalada montană
karaoke: karaoke
poker: poker, pokerul
mahjong: mahjong
playing cards: jocuri de cărți, cărți de joc
water pistols: pistoale cu apă
gyms: săli de fitness, sălile de sport
fidget spinners: fidget spinnere, fidget spinner
sledding: săniuș, săniușul, sănii
paintball: paintball, airsoft
`)).map(([name, forms]) => [name, spellings(forms)]));
