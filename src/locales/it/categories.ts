// Categories of banned things (src/gazetteer/categories.ts): canonical name -> Italian forms.
import { categoryTable } from "../../gazetteer/categories.js";

export const categories: Record<string, string[]> = categoryTable(`
tobacco: tabacco, prodotti del tabacco, prodotti a base di tabacco, vendita di tabacco, tabacchi
cigarettes: sigaretta, sigarette
e-cigarettes: sigaretta elettronica, sigarette elettroniche, e-cig, svapo, svapatori, vape, vapes, sigarette elettroniche ricaricabili, dispositivi da svapo
disposable vapes: sigarette elettroniche usa e getta, sigaretta elettronica usa e getta, svapo usa e getta, vape usa e getta, e-cig usa e getta, puff, puffs, sigarette elettroniche monouso, vapes monouso
e-liquids: liquidi da svapo, liquidi per sigarette elettroniche, e-liquid, liquidi da inalazione
flavoured e-cigarettes: sigarette elettroniche aromatizzate, aromi per sigarette elettroniche, sigarette elettroniche al gusto, liquidi aromatizzati
menthol cigarettes: sigarette al mentolo, sigaretta al mentolo, sigarette mentolate, sigaretta mentolata, mentolate
flavoured tobacco: tabacco aromatizzato, tabacchi aromatizzati, prodotti del tabacco aromatizzati, tabacco da arrotolare aromatizzato
flavoured cigarettes: sigarette aromatizzate, sigaretta aromatizzata, sigarette con aromi, sigarette con aroma caratterizzante, sigarette con aromi caratterizzanti
nicotine pouches: bustine di nicotina, sacchetti di nicotina, buste di nicotina, nicotine pouches
heated tobacco products: tabacco riscaldato, prodotti a tabacco riscaldato, sigarette a tabacco riscaldato, dispositivi a tabacco riscaldato
cigars: sigaro, sigari, sigaretti, sigaretto
snus: snus
shisha: narghilè, narghilé, narghilè bar, shisha, pipe ad acqua, pipa ad acqua
chewing tobacco: tabacco da masticare, tabacco senza fumo
rolling tobacco: tabacco trinciato, tabacco da arrotolare, trinciato per sigarette, tabacco sfuso
smoking: fumo, fumare, tabagismo, fumo all'aperto
tobacco advertising: pubblicità del tabacco, pubblicità dei prodotti del tabacco, pubblicità delle sigarette, sponsorizzazioni del tabacco
alcohol: alcol, alcool, alcolici, bevande alcoliche, superalcolici, vendita di alcolici, vendita di alcol
alcohol advertising: pubblicità degli alcolici, pubblicità dell'alcol, pubblicità di bevande alcoliche
energy drinks: energy drink, bevande energetiche, bevande energizzanti
sugary drinks: bevande zuccherate, bibite zuccherate, bibite gassate, bevande gassate zuccherate
cannabis: cannabis, marijuana, hashish, canapa, spinelli
kratom: kratom
khat: khat, qat
magic mushrooms: funghi allucinogeni, funghetti allucinogeni, psilocibina, funghi magici
nitrous oxide: protossido di azoto, protossido d'azoto, gas esilarante, ossido di diazoto
synthetic cannabinoids: cannabinoidi sintetici, cannabis sintetica
CBD: CBD, cannabidiolo, olio di CBD, prodotti a base di CBD
hemp flowers: infiorescenze di canapa, infiorescenze, fiori di canapa, cannabis light, canapa light
HHC: HHC, esaidrocannabinolo
poppers: poppers
foie gras: foie gras, fegato grasso
fur: pellicce, pelliccia, allevamenti di visoni, allevamenti da pelliccia, commercio di pellicce, vendita di pellicce
glyphosate: glifosato, Roundup
pesticides: pesticidi, pesticida, fitofarmaci, prodotti fitosanitari, diserbanti, erbicidi, insetticidi
neonicotinoids: neonicotinoidi, neonicotinoide
GMOs: OGM, organismi geneticamente modificati, colture OGM, coltivazioni OGM, mais OGM, colture transgeniche
palm oil: olio di palma
trans fats: grassi trans, acidi grassi trans, grassi idrogenati
lab-grown meat: carne coltivata, carne sintetica, carne in laboratorio, carne artificiale, carne da laboratorio, cibi sintetici, carne cellulare
junk food advertising: pubblicità del cibo spazzatura, pubblicità di junk food, pubblicità di alimenti non salutari, pubblicità di cibi poco salutari
raw milk: latte crudo, latte non pastorizzato
food dyes: coloranti alimentari, coloranti artificiali, coloranti
titanium dioxide: biossido di titanio, diossido di titanio, E171
shark fins: pinne di squalo, pinna di squalo, zuppa di pinne di squalo
dog meat: carne di cane
ivory: avorio, commercio di avorio, commercio dell'avorio
circus animals: animali nei circhi, circhi con animali, animali selvatici nei circhi, animali da circo
trophy hunting: caccia al trofeo, caccia ai trofei, trofei di caccia
bullfighting: corrida, corride, tauromachia
live animal exports: esportazione di animali vivi, esportazioni di animali vivi, trasporto di animali vivi
battery cages: galline in gabbia, allevamenti in gabbia, gabbie di batteria, allevamento in gabbia
bottom trawling: pesca a strascico, reti a strascico, strascico di fondo
whaling: caccia alle balene, caccia commerciale alle balene, caccia alla balena
animal testing: sperimentazione animale, test sugli animali, sperimentazione sugli animali, esperimenti sugli animali
chewing gum: gomma da masticare, chewing gum, gomme da masticare
exotic pets: animali esotici, animali esotici da compagnia, animali selvatici da compagnia
grain: cereali, esportazioni di cereali, esportazione di cereali
rice: riso, esportazioni di riso, esportazione di riso
single-use plastics: plastica monouso, plastiche monouso, prodotti in plastica monouso, oggetti di plastica monouso, plastica usa e getta, articoli monouso in plastica
plastic bags: sacchetti di plastica, sacchetto di plastica, buste di plastica, busta di plastica, shopper di plastica, sacchetti in plastica, buste in plastica, shopper
plastic straws: cannucce di plastica, cannucce, cannuccia di plastica, cannucce in plastica
plastic cutlery: posate di plastica, posate monouso, posate in plastica, posate usa e getta
plastic plates: piatti di plastica, piatti monouso, piatti in plastica, piatti usa e getta
plastic stirrers: mescolatori per bevande, agitatori per bevande, palette per caffè, bastoncini mescolatori, palettine
plastic cotton buds: cotton fioc, bastoncini cotonati, cotton fioc di plastica, bastoncini per le orecchie
plastic balloon sticks: aste per palloncini, bastoncini per palloncini
plastic cups: bicchieri di plastica, bicchieri monouso, bicchieri in plastica, bicchieri usa e getta
plastic bottles: bottiglie di plastica, bottiglia di plastica, bottiglie in plastica, bottigliette di plastica
plastic packaging: imballaggi di plastica, imballaggi in plastica, confezioni di plastica, involucri di plastica
expanded polystyrene food containers: polistirolo, polistirene espanso, contenitori in polistirolo, contenitori per alimenti in polistirene espanso, vaschette in polistirolo, contenitori di polistirolo
microbeads: microsfere, microplastiche, microgranuli di plastica
oxo-degradable plastics: plastiche oxo-degradabili, plastica oxo-degradabile, plastiche oxodegradabili, plastica oxodegradabile
oxo-degradable plastic bags: sacchetti oxo-degradabili, buste oxo-degradabili, sacchetti oxodegradabili
wet wipes: salviette umidificate, salviette umide, salviettine umidificate, salviette
sky lanterns: lanterne volanti, lanterne cinesi, lanterne celesti
coal: carbone, centrali a carbone, centrale a carbone, centrali elettriche a carbone
combustion engine cars: auto a combustione, motori a combustione, motore termico, motori termici, auto termiche, veicoli a combustione interna, auto a benzina, auto con motore termico, veicoli con motore termico
diesel cars: auto diesel, veicoli diesel, auto a gasolio, vetture diesel
gas boilers: caldaie a gas, caldaia a gas, riscaldamento a gas
oil boilers: caldaie a gasolio, caldaia a gasolio, riscaldamento a gasolio, caldaie a olio combustibile
incandescent light bulbs: lampadine a incandescenza, lampadina a incandescenza, lampade a incandescenza, lampadine alogene, lampade alogene
patio heaters: funghi riscaldanti, riscaldatori da esterno, stufe da esterno, dehors riscaldati
leaf blowers: soffiatori per foglie, soffiatori, soffiafoglie
wood stoves: stufe a legna, caminetti, camini, stufa a legna, camini aperti
PFAS: PFAS, inquinanti eterni, sostanze perfluoroalchiliche, PFOA
asbestos: amianto, eternit
fracking: fracking, fratturazione idraulica
deep-sea mining: estrazione mineraria in acque profonde, estrazioni minerarie sottomarine, deep sea mining, estrazione mineraria dei fondali
private jets: jet privati, jet privato, aerei privati, voli privati
short-haul flights: voli a corto raggio, voli brevi, voli nazionali a corto raggio, voli interni brevi
cruise ships: navi da crociera, grandi navi, nave da crociera, grandi navi da crociera
SUVs: SUV, fuoristrada
e-scooters: monopattini elettrici, monopattino elettrico, monopattini, monopattini in sharing
fossil fuel advertising: pubblicità dei combustibili fossili, pubblicità di combustibili fossili, pubblicità delle fonti fossili
mobile phones: cellulari, cellulare, telefonini, telefonino, telefoni cellulari, telefono cellulare, telefoni, telefoni mobili, smartphone, smartphones, telefoni intelligenti
smartwatches: smartwatch, orologi intelligenti, orologi smart
laptops: computer portatili, portatili, laptop, pc portatili
power banks: power bank, powerbank, batterie esterne, batterie portatili
social media: social media, social network, social, reti sociali, piattaforme social, social networks, piattaforme di social media
messaging apps: app di messaggistica, applicazioni di messaggistica, messaggistica istantanea, servizi di messaggistica
video games: videogiochi, videogioco, videogame, giochi elettronici
online games: giochi online, gioco online, giochi in rete
online gambling: gioco d'azzardo online, scommesse online, casinò online, azzardo online, gioco d'azzardo in rete, casino online, siti di scommesse, siti di gioco d'azzardo, piattaforme di scommesse
gambling: gioco d'azzardo, azzardo, giochi d'azzardo, casinò, pubblicità del gioco d'azzardo, gioco d'azzardo patologico
sports betting: scommesse sportive, scommessa sportiva, centri scommesse
slot machines: slot machine, slot machines, videopoker, new slot
loot boxes: loot box, loot boxes, casse premio, scrigni a pagamento
cryptocurrencies: criptovalute, criptovaluta, cripto, criptoattività, cripto-attività, monete virtuali, bitcoin, valute virtuali
crypto mining: mining di criptovalute, estrazione di criptovalute, mining di bitcoin, criptomining
VPNs: VPN, reti private virtuali, rete privata virtuale, servizi VPN
AI chatbots: chatbot, chatbots, intelligenza artificiale generativa, IA generativa, AI generativa, strumenti di intelligenza artificiale, assistenti virtuali, app di intelligenza artificiale
facial recognition: riconoscimento facciale, tecnologie di riconoscimento facciale, telecamere a riconoscimento facciale
deepfakes: deepfake, deepfakes, video falsi, immagini false generate dall'IA
spyware: spyware, software spia, programmi spia
drones: droni, drone
telecom equipment: apparecchiature di telecomunicazione, apparati di rete, attrezzature di telecomunicazione, apparecchiature di rete, componenti di rete
5G equipment: apparecchiature 5G, rete 5G, reti 5G, tecnologia 5G, infrastrutture 5G
surveillance cameras: telecamere di sorveglianza, telecamere di videosorveglianza, videosorveglianza, telecamere di sicurezza, telecamere
semiconductors: semiconduttori, chip, microchip, chip avanzati, chip per l'IA
mobile internet: accesso a internet mobile, accesso a Internet mobile, internet mobile, dati mobili, rete mobile
internet: accesso a internet, blackout di internet, interruzione di internet, servizi internet, accesso a Internet
pornography: pornografia, porno, siti porno, siti pornografici, contenuti pornografici, contenuti per adulti
targeted advertising: pubblicità mirata, pubblicità personalizzata, annunci personalizzati, pubblicità profilata
social commerce: social commerce, commercio sociale
satellite dishes: antenne paraboliche, parabole, antenna parabolica
connected cars: auto connesse, veicoli connessi, auto connessa
routers: router, modem router
live streaming: dirette streaming, live streaming, livestreaming, trasmissioni in diretta
media outlets: media, mezzi di informazione, emittenti, canali televisivi, testate giornalistiche, siti di informazione, media statali, emittenti televisive, media stranieri
books: libri, libro, romanzi, libri di testo, testi scolastici
music: musica, canzoni, brani, videoclip, brani musicali
movies: film, pellicole, lungometraggi
TV series: serie televisive, serie tv, fiction, telenovelas, soap opera
newspapers: giornali, riviste, giornale
concerts: concerti, concerto, festival, festival musicali
LGBTQ content: propaganda LGBT, contenuti LGBT, propaganda gay, contenuti LGBTQ, propaganda omosessuale
religious symbols: simboli religiosi, segni religiosi, abiti religiosi, simboli religiosi ostentati
face veils: burqa, burka, niqab, velo integrale, veli integrali, burqa e niqab
abayas: abaya, abaye
headscarves: velo islamico, hijab, foulard islamico, velo
Nazi symbols: svastica, svastiche, simboli nazisti, saluto nazista, saluto romano, croce uncinata
protests: proteste, manifestazioni, cortei, protesta, manifestazione, corteo, raduni
rainbow flags: bandiere arcobaleno, bandiera arcobaleno, bandiere LGBT, bandiere del Pride
short-term rentals: affitti brevi, affitto breve, locazioni turistiche, affitti turistici, case vacanza, locazioni brevi, appartamenti turistici
cash: contanti, contante, denaro contante, pagamenti in contanti, pagamento in contanti, uso del contante
surrogacy: maternità surrogata, gestazione per altri, utero in affitto, GPA, surrogazione di maternità
conversion therapy: terapie di conversione, terapia di conversione, terapie riparative
abortion: aborto, aborti, interruzione volontaria di gravidanza, IVG, pillola abortiva, RU486
gender-affirming care: cure di affermazione di genere, bloccanti della pubertà, triptorelina, transizione di genere, trattamenti di affermazione di genere
child marriage: matrimoni precoci, matrimonio precoce, spose bambine, matrimoni infantili, matrimoni forzati di minori
female genital mutilation: mutilazioni genitali femminili, mutilazione genitale femminile, infibulazione, MGF
corporal punishment: punizioni corporali, punizione corporale, castighi corporali
begging: accattonaggio, mendicità, accattonaggio molesto
prostitution: prostituzione, lavoro sessuale, case chiuse, sesso a pagamento
ride-hailing: noleggio con conducente, NCC, servizi di ride-hailing, app di trasporto, ride sharing
private tutoring: lezioni private, doposcuola privato, tutoraggio privato
tanning beds: lettini abbronzanti, lampade abbronzanti, solarium, lettini solari
skin-lightening products: prodotti schiarenti, creme schiarenti, prodotti sbiancanti per la pelle, creme sbiancanti
dangerous dog breeds: cani pericolosi, razze pericolose, pitbull, cani da combattimento
XL bully dogs: XL bully, XL bullies, cani XL bully, American XL bully
billboards: cartelloni pubblicitari, cartellonistica, affissioni pubblicitarie, pubblicità esterna, manifesti pubblicitari
short selling: vendite allo scoperto, vendita allo scoperto, vendite allo scoperto nude
binary options: opzioni binarie
firearms: armi da fuoco, arma da fuoco, fucili, armi semiautomatiche
assault weapons: armi d'assalto, fucili d'assalto, fucile d'assalto
handguns: pistole, armi corte, revolver, rivoltelle
ghost guns: armi fantasma, armi stampate in 3D, armi in 3D
knives: coltelli, coltello, machete, armi bianche
landmines: mine antiuomo, mine terrestri, mina antiuomo
cluster munitions: munizioni a grappolo, bombe a grappolo, munizioni cluster
fireworks: fuochi d'artificio, fuochi artificiali, botti, petardi, artifici pirotecnici, botti di Capodanno, materiale pirotecnico
pepper spray: spray al peperoncino, spray urticante, spray peperoncino
ammunition: munizioni, proiettili
toy guns: pistole giocattolo, armi giocattolo, repliche di armi, armi finte
laser pointers: puntatori laser, puntatore laser, penne laser
nuclear weapons: armi nucleari, arma nucleare, armi atomiche, bomba atomica
chemical weapons: armi chimiche
wheat: frumento, esportazioni di grano, esportazione di grano, grano
onions: cipolle, cipolla
tomatoes: pomodori, pomodoro
potatoes: patate, patata
beef: carne bovina, carne di manzo, manzo
poultry: pollame, carne di pollo, carne avicola
pork: carne suina, carne di maiale
sugar: esportazioni di zucchero
eggs: uova
maize: mais
fertilisers: fertilizzanti
sunflower oil: olio di girasole
`);
