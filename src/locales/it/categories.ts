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
beer: birra, birre, vendita di birra
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
fur: pellicce, pelliccia, commercio di pellicce, vendita di pellicce
fur farming: allevamenti da pelliccia, allevamento di animali da pelliccia, allevamenti di animali da pelliccia, pellicce d'allevamento
mink farming: allevamenti di visoni, allevamento di visoni
glyphosate: glifosato, Roundup
pesticides: pesticidi, pesticida, fitofarmaci, prodotti fitosanitari, diserbanti, erbicidi, insetticidi
neonicotinoids: neonicotinoidi, neonicotinoide, insetticidi neonicotinoidi, pesticidi neonicotinoidi
GMOs: OGM, organismi geneticamente modificati, colture OGM, coltivazioni OGM, mais OGM, colture transgeniche, mais geneticamente modificato, mais transgenico, sementi OGM
palm oil: olio di palma
trans fats: grassi trans, acidi grassi trans, grassi idrogenati
lab-grown meat: carne coltivata, carne sintetica, carne in laboratorio, carne artificiale, carne da laboratorio, cibi sintetici, carne cellulare
junk food advertising: pubblicità del cibo spazzatura, pubblicità di junk food, pubblicità di alimenti non salutari, pubblicità di cibi poco salutari
raw milk: latte crudo, latte non pastorizzato
food dyes: coloranti alimentari, coloranti artificiali, coloranti
titanium dioxide: biossido di titanio, diossido di titanio, E171
shark fins: pinne di squalo, pinna di squalo, zuppa di pinne di squalo
dog meat: carne di cane, consumo di carne di cane
cat meat: carne di gatto
rhino horn: corno di rinoceronte, corni di rinoceronte
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
glass bottles: bottiglie di vetro, bottiglia di vetro, contenitori di vetro, contenitori in vetro, bottiglie in vetro
plastic packaging: imballaggi di plastica, imballaggi in plastica, confezioni di plastica, involucri di plastica
expanded polystyrene food containers: polistirolo, polistirene espanso, contenitori in polistirolo, contenitori per alimenti in polistirene espanso, vaschette in polistirolo, contenitori di polistirolo
microbeads: microsfere, microplastiche, microgranuli di plastica
oxo-degradable plastics: plastiche oxo-degradabili, plastica oxo-degradabile, plastiche oxodegradabili, plastica oxodegradabile
oxo-degradable plastic bags: sacchetti oxo-degradabili, buste oxo-degradabili, sacchetti oxodegradabili
wet wipes: salviette umidificate, salviette umide, salviettine umidificate, salviette
sky lanterns: lanterne volanti, lanterne cinesi, lanterne celesti
coal: carbone, centrali a carbone, centrale a carbone, centrali elettriche a carbone
combustion engine cars: auto a combustione, motori a combustione, motore termico, motori termici, auto termiche, veicoli a combustione interna, auto a benzina, auto con motore termico, veicoli con motore termico, auto con motore a benzina o diesel, motore a benzina o diesel, motori a benzina e diesel, auto a benzina e diesel, auto a benzina o diesel
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
aircraft: aerei, aeromobili, velivoli
private jets: jet privati, jet privato, aerei privati, voli privati
short-haul flights: voli a corto raggio, voli brevi, voli nazionali a corto raggio, voli interni brevi, voli interni, voli nazionali, voli domestici
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
online games: giochi online, gioco online, giochi in rete, videogiochi online, videogioco online, videogiochi in rete
online gambling: gioco d'azzardo online, scommesse online, casinò online, azzardo online, gioco d'azzardo in rete, casino online, siti di scommesse, siti di gioco d'azzardo, piattaforme di scommesse
gambling: gioco d'azzardo, azzardo, giochi d'azzardo, casinò, gioco d'azzardo patologico
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
drones: droni, drone, voli di droni, voli con i droni
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
face coverings: burqa, burka, niqab, velo integrale, veli integrali, burqa e niqab, volto coperto, viso coperto, coprire il volto, travisamento
abayas: abaya, abaye
headscarves: velo islamico, hijab, foulard islamico, velo
Nazi symbols: svastica, svastiche, simboli nazisti, saluto nazista, saluto romano, croce uncinata
protests: proteste, manifestazioni, cortei, protesta, manifestazione, corteo
public gatherings: assembramenti, raduni, grandi eventi, riunioni pubbliche
cinemas: sale cinematografiche, cinema
Sunday trading: aperture domenicali, apertura domenicale, negozi aperti la domenica
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
weapons: armi
landmines: mine antiuomo, mine terrestri, mina antiuomo
cluster munitions: munizioni a grappolo, bombe a grappolo, munizioni cluster
fireworks: fuochi d'artificio, fuochi artificiali, botti, petardi, artifici pirotecnici, botti di Capodanno, materiale pirotecnico, articoli pirotecnici, prodotti pirotecnici
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
# hunting, fishing, harvesting and extraction
hunting: caccia, attività venatoria, attività venatorie, caccia sportiva, esercizio venatorio, esercizio della caccia
wolf hunting: caccia al lupo, caccia ai lupi, abbattimento dei lupi, abbattimenti di lupi, abbattimento di lupi
bear hunting: caccia all'orso, caccia agli orsi, abbattimento degli orsi, abbattimento di orsi
duck hunting: caccia alle anatre, caccia all'anatra, caccia agli uccelli acquatici
seal hunting: caccia alle foche, caccia alla foca, prodotti derivati dalla foca, prodotti della foca
fox hunting: caccia alla volpe, caccia alle volpi
fishing: pesca, pesca professionale, pesca commerciale, pesca industriale
eel fishing: pesca dell'anguilla, pesca delle anguille, pesca delle cieche
cod fishing: pesca del merluzzo
sardine fishing: pesca della sardina, pesca delle sardine, pesca del bianchetto
tuna fishing: pesca del tonno, pesca del tonno rosso, pesca al tonno
shark fishing: pesca degli squali, pesca dello squalo, caccia agli squali
sea urchin fishing: pesca dei ricci di mare, pesca dei ricci, ricci di mare, raccolta dei ricci, pesca del riccio di mare
driftnet fishing: reti derivanti, spadare, rete derivante, pesca con reti derivanti
logging: taglio dei boschi, taglio degli alberi, tagli boschivi, abbattimento di alberi, abbattimento degli alberi, taglio di alberi, taglio boschivo
deforestation: deforestazione, disboscamento, disboscamenti
mining: attività estrattive, attività mineraria, attività minerarie, estrazione mineraria, estrazioni minerarie, industria mineraria
metal mining: estrazione di metalli, estrazione mineraria dei metalli, miniere di metalli, attività mineraria dei metalli
gold mining: estrazione dell'oro, estrazione di oro, miniere d'oro, miniera d'oro, estrazione aurifera
open-pit mining: miniere a cielo aperto, miniera a cielo aperto, estrazione a cielo aperto
sand mining: estrazione di sabbia, escavazione di sabbia, estrazione della sabbia, prelievo di sabbia
uranium mining: estrazione di uranio, miniere di uranio, estrazione dell'uranio
oil drilling: trivellazioni, trivellazioni petrolifere, trivelle, ricerca di idrocarburi, estrazione di idrocarburi, estrazione di petrolio, nuove trivellazioni, perforazioni petrolifere, permessi di ricerca di idrocarburi, esplorazione petrolifera
offshore drilling: trivellazioni in mare, trivellazioni offshore, estrazioni in mare, trivelle in mare
peat: torba, terriccio con torba, estrazione di torba, terricci a base di torba
# food and agriculture
apricot kernels: semi di albicocca, armelline, noccioli di albicocca, semi di albicocche
meat: carne, carni, prodotti a base di carne, carne rossa, carni rosse, carni lavorate
meat advertising: pubblicità della carne, pubblicità di carne, pubblicità sulla carne
dairy products: latticini, prodotti lattiero-caseari, prodotti caseari, latte in polvere
seafood: frutti di mare, prodotti ittici, prodotti del mare, pesce e frutti di mare, prodotti della pesca, prodotti acquatici, importazioni di pesce
honey: miele, importazioni di miele
cocoa: cacao, fave di cacao
fruit: frutta, frutta fresca, importazioni di frutta
vegetables: verdure, ortaggi, verdura
soybeans: soia, semi di soia, fagioli di soia, farina di soia
horse meat: carne di cavallo, carne equina
bushmeat: carne di animali selvatici, bushmeat
wildlife trade: commercio di animali selvatici, commercio di fauna selvatica, commercio della fauna selvatica, commercio di specie selvatiche, commercio di uccelli selvatici, consumo di animali selvatici, mercati di animali selvatici
aspartame: aspartame, E951
artificial sweeteners: dolcificanti, dolcificanti artificiali, edulcoranti, dolcificante
food additives: additivi alimentari, additivi, additivo alimentare
plant-based meat: carne vegetale, carne a base vegetale, hamburger vegetali, hamburger vegani, burger vegetali, burger vegani, denominazioni di carne, meat sounding, sostituti della carne, alternative vegetali alla carne
plant-based milk: latte vegetale, latti vegetali, bevande vegetali, bevanda vegetale, latte di soia, latte d'avena, latte di mandorla, bevande a base vegetale
antibiotics: antibiotici, antibiotico
growth hormones: ormoni della crescita, carne agli ormoni, manzo agli ormoni, carne trattata con ormoni
chlorinated chicken: pollo al cloro, polli al cloro, pollo clorato, pollo lavato con il cloro
fast food: fast food, ristoranti fast food, catene di fast food
ultra-processed foods: alimenti ultraprocessati, cibi ultraprocessati, ultraprocessati, alimenti ultra-processati, prodotti ultraprocessati
junk food: cibo spazzatura, junk food, cibi spazzatura, alimenti spazzatura
nitrites: nitriti, nitrito, nitrito di sodio
# chemicals, medicines and substances
chlorpyrifos: clorpirifos
paraquat: paraquat
atrazine: atrazina
chlorothalonil: clorotalonil
lead ammunition: munizioni al piombo, munizioni di piombo, pallini di piombo, piombo nelle munizioni, munizioni contenenti piombo
mercury: mercurio, amalgama dentale, amalgame dentali, termometri al mercurio, prodotti contenenti mercurio
bisphenol A: bisfenolo A, BPA
bisphenols: bisfenoli
phthalates: ftalati, ftalato
formaldehyde: formaldeide
hydroquinone: idrochinone
talc: talco, borotalco
heavy fuel oil: olio combustibile pesante, oli combustibili pesanti
codeine: codeina, farmaci a base di codeina
tramadol: tramadolo
fentanyl: fentanyl, fentanil
ephedrine: efedrina, efedra
melatonin: melatonina
ivermectin: ivermectina
hydroxychloroquine: idrossiclorochina
opioids: oppioidi, oppiacei, antidolorifici oppioidi, oppioide
steroids: steroidi, steroidi anabolizzanti, anabolizzanti
cough syrups: sciroppi per la tosse, sciroppo per la tosse, sciroppi contro la tosse, sciroppo contro la tosse
# transport, places and urban life
cars: automobili, auto private, traffico veicolare, autovetture, traffico automobilistico, circolazione delle auto
trucks: camion, mezzi pesanti, autocarri, camion pesanti, veicoli pesanti
motorcycles: motociclette, motocicli, motoveicoli
motorcycle taxis: mototaxi, moto-taxi
tuk-tuks: tuk-tuk, tuk tuk, risciò, risciò a motore
mopeds: motorini, ciclomotori, scooter, motorino, ciclomotore
e-bikes: bici elettriche, biciclette elettriche, e-bike, bicicletta elettrica, bici a pedalata assistita, biciclette a pedalata assistita
fat bikes: fat bike, fatbike, fat-bike
jet skis: moto d'acqua, acquascooter, jet ski, moto acquatiche
horse-drawn carriages: carrozze trainate da cavalli, botticelle, carrozzelle, carrozze a cavalli, carrozze con cavalli, calessi
night flights: voli notturni, volo notturno
# Activities, not the people who sell: "vendedores ambulantes ficam proibidos de vender X" bars them from X.
street vending: commercio ambulante, vendita ambulante, commercio abusivo
nightclubs: discoteche, discoteca, locali notturni, night club, night-club, locali da ballo
camping: campeggio libero, campeggio abusivo, campeggio, campeggi, campeggiare
barbecues: barbecue, grigliate, barbecue usa e getta
campfires: fuochi all'aperto, fuochi da campo, accensione di fuochi, fiamme libere, accendere fuochi
bonfires: falò, fuochi di San Giovanni
stubble burning: bruciatura delle stoppie, abbruciamento delle stoppie, incendio delle stoppie, roghi di stoppie
open burning: abbruciamenti, bruciatura di sterpaglie, abbruciamento di residui vegetali, abbruciamenti di residui vegetali, combustione di residui vegetali, roghi di rifiuti
street prayers: preghiere in strada, preghiera in strada, preghiere per strada, pregare in strada
loudspeakers: altoparlanti, altoparlante, megafoni, megafono
public drinking: consumo di alcolici in strada, alcol in strada, consumo di alcol in strada, consumo di alcolici su suolo pubblico, consumo di alcol in luoghi pubblici, bere alcolici in strada, consumo di bevande alcoliche in luoghi pubblici
pride parades: gay pride, cortei del Pride, corteo del Pride, parata del Pride, parate del Pride, marce del Pride
# goods and trade
second-hand clothes: abiti usati, vestiti usati, indumenti usati, abbigliamento usato, abiti di seconda mano, vestiti di seconda mano
second-hand underwear: biancheria intima usata, intimo usato, mutande usate
used cars: auto usate, veicoli usati, auto di seconda mano, automobili usate
used tyres: pneumatici usati, pneumatici fuori uso, gomme usate
e-waste: rifiuti elettronici, RAEE, rifiuti di apparecchiature elettriche ed elettroniche, spazzatura elettronica, e-waste
plastic waste: rifiuti di plastica, rifiuti plastici, scarti di plastica
scrap metal: rottami metallici, rottami ferrosi, rottami, rottami di ferro, rottami di metallo, esportazioni di rottami
timber: legname, esportazioni di legname, legname illegale, legno tropicale, legname tropicale
rare earths: terre rare
gallium: gallio
germanium: germanio
antimony: antimonio
graphite: grafite
diamonds: diamanti, diamanti grezzi, diamanti russi, diamanti insanguinati
textiles: prodotti tessili, tessili
luxury goods: beni di lusso, articoli di lusso, prodotti di lusso
arms exports: esportazioni di armi, esportazione di armi, export di armi, forniture di armi, invio di armi, invii di armi, vendite di armi, trasferimenti di armi, export di armamenti
dual-use goods: beni a duplice uso, prodotti a duplice uso, beni dual use, beni dual-use, tecnologie a duplice uso
uranium: uranio, uranio arricchito, uranio russo
oil: petrolio, petrolio greggio, importazioni di petrolio, prodotti petroliferi
natural gas: gas naturale, gas russo, gas naturale liquefatto, GNL russo, importazioni di gas
vaccines: vaccini, vaccino
vaccine mandates: obbligo vaccinale, obblighi vaccinali, vaccinazione obbligatoria, vaccinazioni obbligatorie
# animals and plants
invasive species: specie invasive, specie aliene invasive, specie aliene, specie esotiche invasive, piante invasive
pangolins: pangolini, pangolino, scaglie di pangolino
dog fighting: combattimenti tra cani, combattimenti di cani, combattimento tra cani
cockfighting: combattimenti di galli, combattimenti tra galli, combattimento di galli
pigeon feeding: dar da mangiare ai piccioni, nutrire i piccioni, alimentare i piccioni, dare da mangiare ai piccioni, dare cibo ai piccioni
cherry laurel: lauroceraso, lauro ceraso
greyhound racing: corse di levrieri, corse dei levrieri
dolphinariums: delfinari, delfinario, spettacoli con i delfini, spettacoli con delfini, delfini in cattività
ritual slaughter: macellazione rituale, macellazione senza stordimento, macellazione halal, macellazione kosher
# society, media and education
gender-neutral language: linguaggio inclusivo, schwa, linguaggio di genere, linguaggio neutro, scrittura inclusiva
flags: bandiere, bandiere palestinesi, bandiere straniere
communist symbols: simboli comunisti, simboli sovietici, falce e martello
burkinis: burkini
political advertising: pubblicità politica, pubblicità elettorale, spot elettorali, inserzioni politiche, annunci politici
foreign funding: finanziamenti esteri, finanziamenti dall'estero, finanziamento estero, fondi esteri, donazioni dall'estero
NGOs: organizzazioni non governative, organizzazione non governativa, Ong straniere
religious groups: sette religiose, gruppi religiosi, organizzazioni religiose, setta religiosa
homeschooling: istruzione parentale, homeschooling, scuola familiare, educazione parentale
sex education: educazione sessuale, educazione sessuo-affettiva, educazione all'affettività, educazione sessuale e affettiva
critical race theory: teoria critica della razza
DEI programmes: programmi di diversità, programmi DEI, politiche DEI, politiche di diversità, iniziative DEI
drag shows: spettacoli drag, drag show, spettacoli di drag queen, letture con drag queen
same-sex marriage: matrimonio egualitario, matrimonio omosessuale, matrimoni gay, nozze gay, matrimonio tra persone dello stesso sesso, matrimoni omosessuali, matrimonio gay
polygamy: poligamia
cousin marriage: matrimoni tra cugini, matrimonio tra cugini
# digital and finance
e-commerce platforms: piattaforme di e-commerce, piattaforme di commercio elettronico, piattaforme di shopping online, marketplace online
crypto ATMs: bancomat di criptovalute, bancomat bitcoin, sportelli bitcoin, ATM di criptovalute, ATM bitcoin
stablecoins: stablecoin, stablecoins, monete stabili
NFTs: gli NFT, token non fungibili
buy now pay later: compra ora paga dopo, compra ora e paga dopo, BNPL
dating apps: app di incontri, siti di incontri, applicazioni di incontri, app per incontri, app di dating
# health and body
cosmetic surgery: chirurgia estetica, interventi estetici, medicina estetica, botox, trattamenti estetici, ritocchi estetici, chirurgia plastica
tattoos: tatuaggi, tatuaggio, inchiostri per tatuaggi
piercings: piercing
assisted dying: suicidio assistito, eutanasia, morte assistita, morte volontaria assistita, aiuto a morire
# energy and environment
nuclear power: energia nucleare, centrali nucleari, centrale nucleare, reattori nucleari, energia atomica
wind turbines: pale eoliche, impianti eolici, impianto eolico, parchi eolici, parco eolico, energia eolica, turbine eoliche, aerogeneratori
solar panels: pannelli solari, impianti fotovoltaici, impianto fotovoltaico, pannelli fotovoltaici, fotovoltaico a terra, impianti solari, parchi solari, campi fotovoltaici
gas stoves: fornelli a gas, piani cottura a gas, cucine a gas
gravel gardens: giardini di ghiaia, giardini di pietra
artificial turf: erba sintetica, prato sintetico, erba artificiale, campi in erba sintetica, manto sintetico
glitter: glitter, brillantini, porporina
balloons: palloncini, palloncini ad elio, lanci di palloncini, lancio di palloncini, rilascio di palloncini
confetti: coriandoli
lawn watering: irrigazione dei giardini, annaffiare i giardini, innaffiare i giardini, irrigazione di giardini, irrigazione di orti e giardini, annaffiatura dei giardini, irrigazione dei prati, innaffiare i prati, annaffiare orti e giardini
swimming pool filling: riempimento delle piscine, riempire le piscine, riempimento di piscine, riempimento piscine
car washing: lavaggio delle auto, lavaggio auto, lavare l'auto, lavare le auto, lavaggio di veicoli, lavaggio dei veicoli, lavaggio delle automobili
irrigation: irrigazione, irrigazioni, irrigazione agricola, irrigazione dei campi
# housing and weapons
evictions: sfratti, sfratto, sfratti esecutivi
stun guns: taser, pistole elettriche, pistola elettrica, storditori elettrici
gambling advertising: pubblicità del gioco d'azzardo, pubblicità di giochi e scommesse, pubblicità delle scommesse, pubblicità sul gioco d'azzardo, pubblicità al gioco d'azzardo
crypto exchanges: exchange di criptovalute, piattaforme di scambio di criptovalute
away fans: tifosi ospiti, tifosi in trasferta, trasferte dei tifosi
fossil fuel heating: riscaldamento a combustibili fossili, riscaldamento fossile, caldaie a combustibili fossili, impianti di riscaldamento a fonti fossili
open fireplaces: caminetti aperti, caminetto aperto, focolari aperti, camini a focolare aperto
air conditioning: aria condizionata, condizionatori, condizionatore, climatizzatori, climatizzatore, impianti di climatizzazione, climatizzazione
shop window lighting: vetrine illuminate, illuminazione delle vetrine, illuminazione vetrine, vetrine accese
outdoor lighting: illuminazione esterna, illuminazione delle facciate, illuminazione dei monumenti, insegne luminose, insegne pubblicitarie luminose, pubblicità luminosa
electric cars: auto elettriche, auto elettrica, veicoli elettrici, veicolo elettrico, vetture elettriche, automobili elettriche
old vehicles: veicoli vecchi, vecchi veicoli, auto vecchie, vecchie auto, veicoli più vecchi, veicoli obsoleti
tour buses: pullman turistici, bus turistici, autobus turistici, torpedoni turistici
golf carts: golf cart, golf car, carrelli da golf, carrello da golf, auto da golf
quad bikes: quad, quad bike
snowmobiles: motoslitte, motoslitta
hoverboards: hoverboard
motorboats: barche a motore, barca a motore, motoscafi, motoscafo, imbarcazioni a motore, motori fuoribordo
helicopters: elicotteri, elicottero, voli in elicottero, eliski
paragliders: parapendii, parapendio, paramotori, paramotore
hot-air balloons: mongolfiere, mongolfiera, voli in mongolfiera, palloni aerostatici
microlight aircraft: ultraleggeri, ultraleggero, aerei ultraleggeri, velivoli ultraleggeri
kites: aquiloni, aquilone
lawn mowers: tosaerba, tagliaerba, rasaerba, robot tagliaerba, robot tosaerba
swimming: balneazione, nuoto, nuotare, fare il bagno, bagni in mare
off-road driving: guida fuoristrada, circolazione fuoristrada, mezzi fuoristrada, attività fuoristrada
data centres: data center, centri dati, centro dati, datacenter, centri di elaborazione dati
golf courses: campi da golf, campo da golf, campi di golf
snow cannons: cannoni sparaneve, cannone sparaneve, sparaneve, neve artificiale, innevamento artificiale
disposable nappies: pannolini usa e getta, pannolini monouso, pannolini
takeaway containers: contenitori da asporto, contenitori per asporto, vaschette da asporto, imballaggi da asporto, contenitori monouso per alimenti
plastic sachets: bustine di plastica, bustine monouso, monoporzioni in plastica
cigarette filters: filtri di sigaretta, filtri delle sigarette, filtri per sigarette, mozziconi, mozziconi di sigaretta
polystyrene: polistirene, prodotti in polistirolo, imballaggi in polistirolo
microplastics: microparticelle di plastica, microplastiche aggiunte intenzionalmente, microparticelle di polimeri sintetici
charcoal: carbone di legna, carbonella, carbone vegetale
kerosene: cherosene, kerosene, stufe a petrolio, lampade a petrolio
diesel generators: generatori diesel, generatore diesel, gruppi elettrogeni, gruppo elettrogeno
gas flaring: gas flaring, flaring, combustione in torcia, combustione del gas in torcia, bruciatura del gas
potassium bromate: bromato di potassio, E924
brominated vegetable oil: olio vegetale bromurato, oli vegetali bromurati
propylparaben: propilparabene, propilparabeni, E216
oxybenzone: ossibenzone, oxybenzone, benzofenone-3
chemical sunscreens: creme solari chimiche, crema solare chimica, filtri solari chimici, filtri UV chimici, protezioni solari chimiche, solari chimici
water fluoridation: fluorizzazione dell'acqua, fluorazione dell'acqua, fluorizzazione, fluoro nell'acqua, fluoro nell'acqua potabile, acqua fluorata, acqua fluorizzata
lead paint: vernice al piombo, vernici al piombo, pittura al piombo, pitture al piombo, vernici contenenti piombo, piombo nelle vernici, biacca
cadmium: cadmio
PVC: PVC, cloruro di polivinile, polivinilcloruro, imballaggi in PVC
nitrates: nitrati, nitrato, nitrato di sodio, nitrato di potassio
baby walkers: girelli, girelli per bambini, girello per bambini, girelli per neonati, girello per neonati, girelli per bebè
infant formula advertising: pubblicità del latte artificiale, pubblicità di latte artificiale, pubblicità dei latti artificiali, pubblicità del latte in formula, pubblicità del latte per neonati, pubblicità dei sostituti del latte materno, marketing dei sostituti del latte materno, promozione dei sostituti del latte materno, commercializzazione dei sostituti del latte materno
weight-loss drugs: farmaci dimagranti, farmaco dimagrante, farmaci per dimagrire, farmaci anti-obesità, farmaci contro l'obesità, punture dimagranti, iniezioni dimagranti, Ozempic, Wegovy, semaglutide, tirzepatide, Mounjaro, sibutramina
diet pills: pillole dimagranti, pillola dimagrante, pillole per dimagrire, compresse dimagranti, prodotti dimagranti, integratori dimagranti, anoressizzanti, brucia grassi, bruciagrassi, soppressori dell'appetito
ketamine: ketamina
psychedelics: psichedelici, sostanze psichedeliche, droghe psichedeliche, allucinogeni, droghe allucinogene, sostanze allucinogene, LSD, DMT, ayahuasca, mescalina, peyote, ibogaina
xylazine: xilazina
nitazenes: nitazeni, nitazene, isotonitazene, protonitazene, metonitazene
delta-8 THC: delta-8 THC, delta-8-THC, delta-8, delta-8-tetraidrocannabinolo
betel nut: noce di betel, noci di betel, noce di areca, noci di areca, betel
contraceptives: contraccettivi, contraccettivo, contraccezione, anticoncezionali, anticoncezionale, pillola anticoncezionale, pillole anticoncezionali, pillola del giorno dopo, pillola dei cinque giorni dopo, contraccezione d'emergenza, preservativi, profilattici, spirale contraccettiva
cosmetic fillers: filler, filler dermici, filler labbra, filler all'acido ialuronico, iniezioni di acido ialuronico, riempitivi dermici, punturine di acido ialuronico
hair relaxers: prodotti liscianti, liscianti per capelli, lisciante per capelli, prodotti per lisciare i capelli, stiratura chimica, prodotti per la stiratura dei capelli, rilassanti per capelli, lisciatura brasiliana, stiratura alla cheratina
edible insects: insetti commestibili, farina di insetti, farine di insetti, farina di grillo, farina di grilli, proteine di insetti, cibo a base di insetti, alimenti a base di insetti, prodotti a base di insetti, insetti nel cibo, insetti a tavola, larve della farina, tarme della farina
spirits: distillati, liquori, acquavite, acquaviti, bevande spiritose, alcolici ad alta gradazione, grappa, vodka, whisky, gin, rum
wine: vino, vini, vendita di vino, importazioni di vino
moonshine: alcol di contrabbando, alcol clandestino, distillati clandestini, distillazione clandestina, alcol adulterato, alcolici adulterati, superalcolici adulterati, grappa clandestina, alcol illegale
button batteries: batterie a bottone, batteria a bottone, pile a bottone, pila a bottone, batterie a moneta, pile a moneta
magnetic toys: giocattoli magnetici, giocattolo magnetico, giocattoli con magneti, palline magnetiche, sfere magnetiche, magneti ad alta potenza, magneti potenti, magneti al neodimio
water beads: perle d'acqua, palline d'acqua, perle di idrogel, palline di idrogel, palline di gel, sfere di idrogel, Orbeez
lithium batteries: batterie al litio, batteria al litio, batterie agli ioni di litio, batteria agli ioni di litio, pile al litio, pila al litio, accumulatori al litio
counterfeit goods: prodotti contraffatti, merce contraffatta, merci contraffatte, articoli contraffatti, contraffazioni, prodotti falsi, merce falsa, prodotti taroccati, falsi griffati
counterfeit medicines: farmaci contraffatti, farmaco contraffatto, farmaci falsi, medicinali contraffatti, medicinali falsificati, farmaci falsificati
dietary supplements: integratori alimentari, integratore alimentare, integratori, supplementi alimentari, integratori dietetici, integratori nutrizionali
painkillers: antidolorifici, antidolorifico, analgesici, antidolorifici da banco, farmaci antidolorifici, paracetamolo, ibuprofene
homeopathy: omeopatia, prodotti omeopatici, rimedi omeopatici, medicinali omeopatici, farmaci omeopatici
cosmetics: cosmetici, prodotti cosmetici, prodotto cosmetico, prodotti di bellezza
sweets: dolciumi, caramelle, prodotti dolciari, lecca-lecca, caramelle gommose
tablets: tablet, iPad
smart glasses: occhiali smart, occhiali intelligenti, smart glasses, occhiali con telecamera, occhiali a realtà aumentata, occhiali Ray-Ban Meta
AI-generated content: contenuti generati dall'IA, contenuti generati dall'intelligenza artificiale, contenuti generati con l'IA, contenuti generati dall'AI, contenuti generati da IA, immagini generate dall'IA, immagini generate con l'intelligenza artificiale, video generati dall'IA, contenuti creati con l'intelligenza artificiale
end-to-end encryption: crittografia end-to-end, cifratura end-to-end, crittografia punto-punto, E2EE
SIM cards: schede SIM, scheda SIM, SIM card, eSIM
satellite internet: internet satellitare, internet via satellite, terminali Starlink, Starlink
online advertising: pubblicità online, pubblicità digitale, pubblicità su internet, annunci online, pubblicità in rete
influencer marketing: influencer marketing, marketing degli influencer, marketing di influencer, pubblicità degli influencer, pubblicità tramite influencer, post sponsorizzati
crypto advertising: pubblicità delle criptovalute, pubblicità di criptovalute, pubblicità sulle criptovalute, pubblicità cripto, annunci di criptovalute, promozione delle criptovalute
crypto payments: pagamenti in criptovalute, pagamento in criptovalute, pagamenti in criptovaluta, pagamenti con criptovalute, pagamenti in bitcoin, pagamenti cripto
lotteries: lotterie, lotteria, biglietti della lotteria, gioco del lotto, gratta e vinci, lotterie istantanee
betting shops: agenzie di scommesse, agenzia di scommesse, sale scommesse, sala scommesse, punti scommesse, allibratori, bookmaker
payday loans: prestiti rapidi, prestiti veloci, prestiti lampo, minicrediti, prestiti payday
foreign currency: valuta estera, valute estere, divise estere, pagamenti in valuta estera
podcasts: podcast
foreign journalists: giornalisti stranieri, giornalista straniero, giornalisti esteri, reporter stranieri, corrispondenti stranieri, stampa estera
comics: fumetti, fumetto, graphic novel, manga
anime: cartoni animati giapponesi, serie anime, animazione giapponese
foreign films: film stranieri, film straniero, film esteri, cinema straniero
rap music: musica rap, rap, hip hop, hip-hop, canzoni rap
drill music: musica drill, drill rap, rap drill
raves: rave, rave party, rave illegali, feste rave, free party, teknival
strikes: scioperi, sciopero, diritto di sciopero, astensioni dal lavoro
political parties: partiti politici, partito politico
opposition parties: partiti di opposizione, partito di opposizione, partiti dell'opposizione, partito d'opposizione
trade unions: sindacati, sindacato, organizzazioni sindacali
missionaries: missionari, missionario, proselitismo, attività missionaria, attività missionarie
miniskirts: minigonne, minigonna, gonne corte
make-up: make-up, makeup, rossetto, rossetti, smalto per unghie
robocalls: chiamate automatiche, chiamate automatizzate, chiamate preregistrate, telefonate automatiche, robocall
telemarketing: telemarketing, telemarketing aggressivo, marketing telefonico, chiamate commerciali, telefonate commerciali, chiamate indesiderate
junk fees: costi nascosti, commissioni nascoste, spese nascoste, tariffe nascoste, costi occulti
surge pricing: prezzi dinamici, prezzo dinamico, tariffe dinamiche, tariffazione dinamica, surge pricing
non-compete clauses: patti di non concorrenza, patto di non concorrenza, clausole di non concorrenza, clausola di non concorrenza
child labour: lavoro minorile, lavoro infantile
unpaid internships: stage non retribuiti, stage gratuiti, tirocini non retribuiti, tirocinio non retribuito, tirocini gratuiti
dogs: cani, cane, cani randagi, cani da compagnia
cats: gatti, gatto, gatti randagi, gatti domestici
cattle: bovini, vacche, mucche, bestiame, capi di bestiame
glue traps: trappole adesive, trappola adesiva, trappole collanti, trappole a colla
snares: lacci da caccia, trappole a laccio, lacci metallici
leghold traps: tagliole, tagliola
fish farming: acquacoltura, piscicoltura, allevamenti di pesce, allevamento di pesci, allevamenti ittici, impianti di acquacoltura
salmon farming: allevamento di salmoni, allevamenti di salmone, allevamenti di salmoni, salmone d'allevamento
octopus farming: allevamento di polpi, allevamenti di polpi, allevamento intensivo di polpi, polpi d'allevamento
krill fishing: pesca del krill, pesca di krill
lobster fishing: pesca dell'aragosta, pesca delle aragoste, pesca dell'astice
shellfish harvesting: raccolta di molluschi, raccolta dei molluschi, pesca dei molluschi, raccolta di mitili, raccolta delle vongole, pesca delle vongole
rodeos: rodeo, rodei, gare di rodeo, spettacoli di rodeo
elephant rides: giri in elefante, giri sugli elefanti, passeggiate sugli elefanti, passeggiate in groppa agli elefanti, cavalcare gli elefanti, escursioni a dorso di elefante
puppy sales: vendita di cuccioli, commercio di cuccioli, traffico di cuccioli, compravendita di cuccioli
pet shops: negozi di animali, negozio di animali, pet shop
crossbows: balestre, balestra
swords: spade, sciabole, katane, katana
air guns: armi ad aria compressa, carabine ad aria compressa, pistole ad aria compressa, fucili ad aria compressa
high-capacity magazines: caricatori ad alta capacità, caricatori di grande capacità, caricatori ad alta capienza
explosives: esplosivi, sostanze esplosive, materiali esplosivi, precursori di esplosivi, dinamite
tear gas: gas lacrimogeni, gas lacrimogeno, lacrimogeni, candelotti lacrimogeni
rubber bullets: proiettili di gomma, pallottole di gomma, proiettili in gomma
white phosphorus: fosforo bianco, bombe al fosforo bianco
flares: fumogeni, torce pirotecniche, razzi di segnalazione, fuochi del Bengala
steel: acciaio, prodotti siderurgici, importazioni di acciaio, esportazioni di acciaio, acciaio russo
aluminium: alluminio, alluminio russo
copper: rame, concentrato di rame, minerale di rame
nickel: nichel, nickel
bauxite: bauxite
lithium: litio
cobalt: cobalto
tungsten: tungsteno
love locks: lucchetti dell'amore, lucchetti d'amore, lucchetto dell'amore, lucchetti degli innamorati
key boxes: keybox, key box, cassette portachiavi, cassette per le chiavi, cassette di sicurezza per le chiavi
wheeled suitcases: trolley, valigie con le rotelle, valigie a rotelle, valigia con le rotelle, valigie trolley
street performers: artisti di strada, artista di strada, musicisti di strada, spettacoli di strada, buskers, busker, statue viventi
rough sleeping: dormire in strada, dormire per strada, dormire all'aperto, bivacchi, bivacco
homeless encampments: accampamenti di senzatetto, tendopoli di senzatetto, accampamenti dei senzatetto
tourist groups: gruppi di turisti, gruppo di turisti, gruppi turistici, comitive di turisti, comitive turistiche
second homes: seconde case, seconda casa, seconde abitazioni
foreign home buyers: acquirenti stranieri, acquirenti non residenti, acquisto di case da parte di stranieri, acquisti di immobili da parte di stranieri
new hotels: nuovi alberghi, nuovi hotel, nuovo albergo, nuovo hotel, costruzione di nuovi alberghi, nuove strutture alberghiere, nuove strutture ricettive
# 0.27.0: more categories
game consoles: console per videogiochi, console di videogiochi, console da gioco, console di gioco, console per videogame
gas-powered garden equipment: attrezzi da giardino a benzina, attrezzature da giardinaggio a benzina, macchine da giardino a benzina, attrezzi da giardinaggio a scoppio, macchine da giardino a scoppio, utensili da giardino a motore termico, decespugliatori a benzina, tagliasiepi a benzina, motoseghe a benzina, soffiatori a benzina
sex dolls: bambole sessuali, bambola sessuale, bambole del sesso, bambole sessuali dalle sembianze infantili, bambole sessuali con sembianze di bambini, robot sessuali, sex doll
selfie sticks: bastoni per selfie, bastone per selfie, aste per selfie, asta per selfie, bastoni da selfie, selfie stick
disposable lighters: accendini usa e getta, accendino usa e getta, accendini, accendini di plastica, accendini monouso
coal stoves: stufe a carbone, stufa a carbone, caldaie a carbone, caldaia a carbone, riscaldamento a carbone, impianti di riscaldamento a carbone
dashcams: dashcam, dash cam, telecamere da cruscotto, telecamera da cruscotto, videocamere per auto, telecamere per auto
coffee capsules: capsule di caffè, capsula di caffè, capsule del caffè, cialde di caffè, cialde del caffè, capsule di caffè in alluminio, capsule Nespresso, capsule usa e getta
bottled water: acqua in bottiglia, acqua imbottigliata, vendita di acqua in bottiglia, acque minerali in bottiglia, bottigliette d'acqua
bicycles: biciclette, bicicletta, bici, ciclisti, circolazione delle biciclette, uso della bicicletta
camper vans: camper, autocaravan, roulotte, van camperizzati, sosta dei camper, campeggio in camper, dormire in auto, vanlife, case mobili su ruote
right-hand-drive vehicles: veicoli con guida a destra, auto con guida a destra, veicoli con volante a destra, auto con volante a destra
self-driving cars: auto a guida autonoma, veicoli a guida autonoma, veicolo a guida autonoma, auto senza conducente, auto senza pilota, veicoli senza conducente, auto autonome, guida autonoma, robotaxi, taxi a guida autonoma, taxi senza conducente, camion a guida autonoma
petrol motorbikes: moto a benzina, motocicli a benzina, motorini a benzina, scooter a benzina, moto a combustione, motocicli a combustione, moto con motore termico, moto termiche, scooter a due tempi, motorini a due tempi, ciclomotori a due tempi
street racing: corse clandestine, corsa clandestina, gare clandestine, gara clandestina, gare d'auto illegali, corse illegali, corse su strada illegali, raduni di auto, drifting in strada
beer bikes: bici della birra, biciclette della birra, beer bike, beer bikes, bierfiets, bici-bar
leaded fuel: benzina al piombo, benzina con piombo, carburante al piombo, carburanti al piombo, piombo tetraetile, carburante per aerei al piombo
liquids in hand luggage: liquidi nel bagaglio a mano, liquidi nel bagaglio di cabina, liquidi in cabina, regola dei 100 ml, limite dei 100 ml, limite di 100 ml, restrizioni sui liquidi, liquidi a bordo
studded tyres: pneumatici chiodati, pneumatico chiodato, gomme chiodate, gomme con i chiodi, pneumatici con chiodi
ractopamine: ractopamina, carne di maiale alla ractopamina, carne trattata con ractopamina
durian: durian, frutto del durian
alcopops: alcolpop, alcopop, alcopops, bevande alcoliche premiscelate, premiscelati alcolici, hard seltzer, cocktail pronti da bere, bevande alcoliche aromatizzate
late-night alcohol sales: vendita di alcolici di notte, vendita notturna di alcolici, vendita notturna di alcol, vendita di alcol dopo le 22, vendita di alcolici dopo le 22, vendita di alcolici da asporto, asporto di alcolici, vendita di alcolici dopo mezzanotte
drinks promotions: happy hour, happy-hour, open bar, promozioni sugli alcolici, offerte sugli alcolici, sconti sugli alcolici, alcol a volontà, bevute a volontà
DDT: DDT, diclorodifeniltricloroetano
fluorinated gases: gas fluorurati, gas fluorurati a effetto serra, F-gas, HFC, idrofluorocarburi, CFC, clorofluorocarburi, HCFC, SF6, esafluoruro di zolfo, sostanze ozono-lesive, sostanze che riducono lo strato di ozono, gas refrigeranti
chlorinated solvents: solventi clorurati, tricloroetilene, trielina, TCE, percloroetilene, tetracloroetilene, diclorometano, cloruro di metilene
cyanide: cianuro, cianuri, cianuro di sodio, lisciviazione con cianuro, uso del cianuro, estrazione con cianuro
acetamiprid: acetamiprid
rodenticides: rodenticidi, rodenticida, veleno per topi, veleni per topi, esche avvelenate, bocconi avvelenati, ratticidi, topicidi, rodenticidi anticoagulanti
road salt: sale antigelo, sale stradale, sale da disgelo, sale per strade, sale disgelante, spargimento di sale
flame retardants: ritardanti di fiamma, ritardante di fiamma, ritardanti di fiamma bromurati, PBDE
engineered stone: pietra artificiale, pietre artificiali, pietra ingegnerizzata, quarzo ricomposto, quarzi ricomposti, agglomerati di quarzo, agglomerato di quarzo, piani in quarzo, pietra sintetica
cocaine: cocaina, foglia di coca, coltivazioni di coca, coltivazione di coca, pasta di coca
methamphetamine: metanfetamina, metanfetamine, crystal meth, shaboo, shabu, yaba
MDMA: MDMA, ecstasy, pasticche di ecstasy, pastiglie di ecstasy, compresse di ecstasy, terapia assistita con MDMA
opium poppy cultivation: coltivazione del papavero, coltivazioni di papavero, coltura del papavero, papavero da oppio, papaveri da oppio, oppio, coltivazione dell'oppio, produzione di oppio, campi di papavero
new psychoactive substances: nuove sostanze psicoattive, NSP, NPS, legal high, smart drugs, catinoni sintetici, mefedrone, research chemicals, droghe di sintesi di nuova generazione
GHB: GHB, GBL, droga dello stupro, gamma-idrossibutirrato, gamma-butirrolattone, ecstasy liquida
bear bile: bile d'orso, allevamenti di orsi per la bile, orsi da bile, estrazione della bile d'orso, fattorie della bile
donkey skins: pelli d'asino, pelle d'asino, commercio di pelli d'asino, macellazione degli asini, macellazione di asini, ejiao, gelatina di pelle d'asino
tail docking: taglio della coda, taglio delle code, caudectomia, amputazione della coda, code mozzate, taglio delle orecchie, conchectomia
declawing: rimozione degli artigli, asportazione degli artigli, onicectomia, gatti senza artigli, declawing
sow stalls: gabbie di gestazione, gabbia di gestazione, gabbie per scrofe, gabbie parto, gabbie da parto, scrofe in gabbia
chick culling: abbattimento dei pulcini maschi, uccisione dei pulcini maschi, triturazione dei pulcini, soppressione dei pulcini maschi, pulcini maschi tritati, triturazione dei pulcini maschi
live poultry markets: mercati di pollame vivo, mercati di animali vivi, mercato di animali vivi, mercati umidi, wet market, vendita di pollame vivo, mercati di volatili vivi
big cats: grandi felini, grande felino, tigri come animali domestici, leoni come animali domestici, detenzione di grandi felini, felini esotici
badger culling: abbattimento dei tassi, abbattimento di tassi, uccisione dei tassi, caccia ai tassi
bull running: encierro, encierros, corsa dei tori, corse dei tori, bous al carrer, toro embolado, tori per le strade
animal sacrifice: sacrifici di animali, sacrificio di animali, sacrifici rituali di animali, sacrificio rituale di animali, sacrifici animali
wildlife feeding: foraggiamento della fauna selvatica, alimentazione degli animali selvatici, dare da mangiare agli animali selvatici, nutrire gli animali selvatici, foraggiamento dei cinghiali, dare cibo ai cinghiali, dare da mangiare ai gabbiani, nutrire le anatre, foraggiamento di animali selvatici
exotic skins: pelli esotiche, pelle esotica, pellami esotici, pelle di coccodrillo, pelle di pitone, pelle di serpente, pelli di rettile, pelli di rettili, pellame di coccodrillo
spitting: sputare per strada, sputare in strada, sputare in pubblico, sputi, sputi in strada
littering: abbandono dei rifiuti, abbandono di rifiuti, gettare rifiuti, rifiuti abbandonati, gettare i mozziconi, abbandono di mozziconi, discariche abusive, scarico abusivo di rifiuti, littering
jaywalking: attraversamento fuori dalle strisce, attraversare fuori dalle strisce, attraversare col rosso, attraversare con il rosso, pedoni che attraversano col rosso, jaywalking
loitering: stazionamento in gruppo, stazionamento molesto, bighellonaggio, vagabondaggio, loitering
skateboarding: skateboard, skate, skateboarding, pattini, pattini a rotelle, pattinaggio, rollerblade, pattini in linea
public nudity: nudità in pubblico, nudità pubblica, nudismo, naturismo, nudisti, naturisti, topless, spiagge nudiste, bagno nudo, escursionismo nudo, prendere il sole in topless
swimwear in the street: girare in costume da bagno, costume da bagno in città, costumi da bagno in città, girare a torso nudo, a torso nudo, torso nudo, in costume per strada, girare in bikini, abbigliamento da spiaggia in città
eating in the street: mangiare per strada, mangiare in strada, mangiare sui gradini, mangiare sulle scalinate, mangiare camminando, consumo di cibo in strada, picnic sui monumenti
graffiti: graffiti, scritte sui muri, imbrattamenti, imbrattamento, bombolette spray, vendita di bombolette spray, vernice spray, murales abusivi
honking: clacson, uso del clacson, suonare il clacson, colpi di clacson, avvisatori acustici
dancing: ballare in pubblico, balli in pubblico, feste danzanti, serate danzanti, danza in pubblico, balli di gruppo
entering forests: accesso ai boschi, accesso alle aree boschive, accesso alle zone boschive, accesso alle foreste, ingresso nei boschi, transito nei boschi, frequentazione dei boschi, accesso ai sentieri
Halloween: Halloween, feste di Halloween, festa di Halloween, celebrazioni di Halloween, costumi di Halloween, dolcetto o scherzetto
Valentine's Day: San Valentino, festa di San Valentino, festa degli innamorati, giorno di San Valentino, regali di San Valentino, celebrazioni di San Valentino
beauty pageants: concorsi di bellezza, concorso di bellezza, concorsi di bellezza per bambini, concorsi di miss, concorso di miss, reginette di bellezza, elezione di miss
pub crawls: pub crawl, pub crawls, giri dei bar, giro dei bar, tour dei bar, tour alcolici, giri alcolici organizzati, tour etilici
Quran burning: rogo del Corano, roghi del Corano, roghi di copie del Corano, bruciare il Corano, copie del Corano bruciate, profanazione del Corano, profanazioni del Corano, dissacrazione del Corano, profanazione di testi sacri
flag burning: rogo di bandiere, roghi di bandiere, bandiere bruciate, bruciare la bandiera, vilipendio della bandiera, oltraggio alla bandiera, profanazione della bandiera
Holocaust denial: negazionismo dell'Olocausto, negazione dell'Olocausto, negazionismo della Shoah, negazione della Shoah, negazionisti dell'Olocausto, negazione del genocidio, negazionismo del genocidio
Z symbol: simbolo Z, simboli Z, lettera Z, segno Z
sex shops: sexy shop, sexy shops, sex shop, sex shops, negozi erotici, negozio erotico, negozi per adulti
strip clubs: strip club, locali di striptease, locale di striptease, locali di lap dance, lap dance, club di spogliarello, locali a luci rosse
massage parlours: centri massaggi, centro massaggi, centri massaggi cinesi, saloni di massaggio, sale massaggi, centri di massaggio
beauty salons: saloni di bellezza, salone di bellezza, centri estetici, centro estetico, istituti di bellezza, istituto di bellezza
minimarkets: minimarket, mini market, mini-market, minimercati, alimentari etnici, negozi aperti 24 ore, negozi h24, market h24
vape shops: negozi di sigarette elettroniche, negozio di sigarette elettroniche, vape shop, vape shops, svapo shop, negozi di svapo, negozio di svapo, rivenditori di sigarette elettroniche
cannabis shops: cannabis shop, cannabis shops, negozi di cannabis, negozio di cannabis, coffee shop, coffee shops, coffeeshop, dispensari di cannabis, cannabis social club, club della cannabis
drive-throughs: drive-in, drive-through, drive thru, drive-thru, McDrive, ristoranti drive-through, corsie drive
dark stores: dark store, dark stores, dark kitchen, dark kitchens, ghost kitchen, cucine fantasma, magazzini per la consegna rapida, supermercati fantasma, quick commerce
prescription drug advertising: pubblicità dei farmaci, pubblicità di farmaci, pubblicità dei medicinali, pubblicità di medicinali, pubblicità farmaceutica, spot sui farmaci, pubblicità dei farmaci da prescrizione, pubblicità diretta al consumatore
advertising to children: pubblicità rivolta ai bambini, pubblicità rivolta ai minori, pubblicità per bambini, pubblicità destinata ai bambini, pubblicità diretta ai bambini, pubblicità nei programmi per bambini, marketing rivolto ai bambini, spot per bambini, pubblicità ai minori
junk mail: volantini pubblicitari, volantino pubblicitario, volantinaggio, pubblicità cartacea, pubblicità nelle cassette postali, volantini nelle cassette della posta, posta pubblicitaria, depliant pubblicitari, pubblicità non indirizzata
digital billboards: cartelloni digitali, cartellone digitale, schermi pubblicitari, schermo pubblicitario, maxischermi pubblicitari, pannelli pubblicitari digitali, impianti pubblicitari digitali, pubblicità digitale esterna, ledwall pubblicitari, ledwall
carbon-neutral claims: greenwashing, ecologismo di facciata, dichiarazioni ambientali, asserzioni ambientali, affermazioni ambientali, green claims, dichiarazioni di neutralità climatica, claim ambientali, claim green, asserzioni ambientali generiche
CFDs: CFD, CFDs, trading di CFD, prodotti CFD, contratti CFD, prodotti a leva
prediction markets: mercati predittivi, mercato predittivo, mercati di previsione, mercato di previsione, scommesse sulle elezioni, scommesse elettorali, contratti su eventi
fantasy sports: fantasy sports, fantasy sport, giochi con soldi veri, giochi a soldi veri, giochi in denaro reale, leghe fantasy
share buybacks: riacquisti di azioni, riacquisto di azioni, riacquisto di azioni proprie, acquisto di azioni proprie, programmi di buyback, programmi di riacquisto di azioni, buyback, buybacks
golden passports: passaporti d'oro, passaporto d'oro, passaporti dorati, cittadinanza per investimento, cittadinanza in cambio di investimenti, vendita della cittadinanza, vendita di passaporti, cittadinanza a pagamento
golden visas: visti d'oro, visto d'oro, golden visa, golden visas, visti per investitori, visto per investitori, residenza per investimento, permessi di soggiorno per investitori
ransom payments: pagamento dei riscatti, pagamento di riscatti, pagamento del riscatto, pagamenti di riscatti, pagamenti ransomware, pagamento di riscatti ransomware
stock trading by lawmakers: compravendita di azioni da parte dei parlamentari, trading azionario dei parlamentari, compravendita di azioni dei membri del Congresso, compravendita di titoli da parte dei membri del Congresso, compravendita di azioni da parte dei membri del Congresso, trading di azioni dei deputati, investimenti azionari dei parlamentari
CBDCs: valute digitali di banca centrale, valuta digitale di banca centrale, monete digitali di banca centrale, moneta digitale di banca centrale, CBDC, euro digitale, dollaro digitale, yuan digitale, e-yuan, rublo digitale
pirate sites: siti pirata, sito pirata, siti pirati, pirateria online, pirateria digitale, streaming illegale, IPTV illegale, IPTV pirata, pezzotto, download illegali, download illegale, siti di torrent, siti di streaming illegale
loan apps: app di prestito, app di prestiti, applicazioni di prestito, applicazioni di prestiti, piattaforme di prestito online, app per prestiti, app di credito, app di microcredito
AI companions: compagni virtuali, compagno virtuale, compagni IA, compagni AI, chatbot di compagnia, app di compagnia con IA, fidanzate virtuali, fidanzata virtuale, fidanzate IA, amici virtuali
addictive feeds: feed algoritmici, feed algoritmico, feed personalizzati, feed che creano dipendenza, algoritmi di raccomandazione, algoritmo di raccomandazione, scroll infinito, scorrimento infinito, riproduzione automatica, autoplay, design che crea dipendenza, funzionalità che creano dipendenza
suppressors: silenziatori per armi, silenziatore per armi, silenziatori per armi da fuoco, soppressori di suono, moderatori di suono
knuckle-dusters: tirapugni, noccoliere, noccoliera
flick knives: coltelli a scatto, coltello a scatto, coltelli a farfalla, coltello a farfalla, coltelli a molla, stiletti a scatto, balisong
machine guns: mitragliatrici, mitragliatrice, armi automatiche, arma automatica, fucili automatici, mitragliette, pistole mitragliatrici, armi completamente automatiche
blank guns: pistole a salve, pistola a salve, armi a salve, arma a salve, pistole scacciacani, pistola scacciacani, scacciacani, pistole da starter, armi da segnalazione, pistole a gas
autonomous weapons: armi autonome, arma autonoma, sistemi d'arma autonomi letali, sistemi d'arma letali autonomi, armi autonome letali, armi letali autonome, robot killer, robot assassini
chokeholds: prese al collo, presa al collo, tecniche di strangolamento, tecnica di strangolamento, presa di soffocamento, tecnica del soffocamento, manovre di soffocamento, chokehold
death penalty: pena di morte, pena capitale, condanne a morte, condanna a morte, pene di morte, esecuzioni capitali
virginity tests: test di verginità, test della verginità, esami di verginità, certificati di verginità, certificato di verginità, imenoplastica, imenoplastiche, ricostruzione dell'imene
IVF: fecondazione in vitro, FIVET, IVF, PMA, procreazione medicalmente assistita, fecondazione assistita, fecondazione artificiale, trattamenti di fertilità
circumcision: circoncisione, circoncisioni, circoncisione maschile, circoncisione rituale, circoncisione religiosa, circoncisione dei bambini, circoncisione neonatale, brit milah
girls' education: istruzione delle ragazze, istruzione femminile, educazione delle ragazze, scuola per le ragazze, scuole secondarie per ragazze, istruzione secondaria per le ragazze, istruzione delle donne, accesso delle donne all'università, accesso delle ragazze all'istruzione, scuole femminili, studi universitari per le donne
transgender athletes: atleti transgender, atlete transgender, atleta transgender, atlete trans, atleti trans, donne transgender nello sport femminile, donne trans nello sport, persone transgender nello sport, sportive transgender, sportivi transgender
mask mandates: obbligo di mascherina, obbligo della mascherina, obbligo delle mascherine, obbligo di mascherine, mascherina obbligatoria, mascherine obbligatorie, uso obbligatorio della mascherina, obbligo di indossare la mascherina
geoengineering: geoingegneria, geoingegneria solare, inseminazione delle nuvole, semina delle nuvole, inseminazione delle nubi, modificazione meteorologica, modifica del meteo, gestione della radiazione solare, iniezione di aerosol stratosferici, scie chimiche, chemtrails
butterfly bushes: albero delle farfalle, alberi delle farfalle, arbusto delle farfalle, buddleja, buddleia, budleia, lillà d'estate
knotweed: poligono del Giappone, poligono giapponese, poligono di Giappone, Fallopia japonica, Reynoutria japonica
eucalyptus plantations: piantagioni di eucalipto, piantagione di eucalipto, eucalipti, eucalipto, nuove piantagioni di eucalipto, monocolture di eucalipto, eucalipteti, coltivazione di eucalipto
gold: esportazioni di oro, esportazione di oro, esportazioni d'oro, importazioni di oro, importazioni d'oro, oro russo, lingotti d'oro, oro grezzo, oro non raffinato
iron ore: minerale di ferro, minerali di ferro, esportazioni di minerale di ferro, pellet di minerale di ferro
raw cashew nuts: anacardi, anacardio, anacardi grezzi, noci di anacardio, anacardi crudi, esportazioni di anacardi, anacardi non trasformati
shea nuts: noci di karité, noce di karité, karité, mandorle di karité, esportazioni di karité
cotton: cotone, cotone grezzo, esportazioni di cotone, importazioni di cotone, cotone dello Xinjiang, cotone del Xinjiang, fibra di cotone, prodotti in cotone, filato di cotone
avocados: avocado, avocado messicani, importazioni di avocado, esportazioni di avocado
motor fuel: esportazioni di carburante, esportazioni di carburanti, esportazioni di benzina, esportazioni di gasolio, esportazioni di diesel, importazioni di carburanti, importazioni di benzina, importazioni di gasolio, gasolio russo, diesel russo, benzina russa, carburanti raffinati
hazardous waste: rifiuti pericolosi, rifiuti tossici, esportazioni di rifiuti, esportazione di rifiuti, importazioni di rifiuti, importazione di rifiuti, traffico di rifiuti, spedizioni di rifiuti, rifiuti importati
# 0.28.0: more categories
bidis: bidi, beedi
kreteks: kretek, sigarette ai chiodi di garofano
single cigarettes: sigarette sfuse, sigarette singole
synthetic nicotine: nicotina sintetica
absinthe: assenzio
kava: kava
powdered alcohol: alcol in polvere, alcool in polvere
alcohol deliveries: consegna di alcolici, consegne di alcolici, consegna a domicilio di alcolici
heroin: eroina
amphetamines: anfetamina, anfetamine, amfetamina
pregabalin: pregabalin, pregabalina, gabapentin
benzodiazepines: benzodiazepine, benzodiazepina, alprazolam
pseudoephedrine: pseudoefedrina
ethylene oxide: ossido di etilene
dicamba: dicamba
ammonium nitrate: nitrato di ammonio
PCBs: PCB, policlorobifenili
parabens: parabeni
triclosan: triclosan
methyl bromide: bromuro di metile
caviar: caviale
whale meat: carne di balena
peanuts: arachidi, noccioline
factory farming: allevamenti intensivi, allevamento intensivo, allevamenti industriali
sewage sludge: fanghi di depurazione, fanghi da depurazione
manure spreading: liquami, spandimento di liquami, letame, spandimento dei liquami
piglet castration: castrazione dei suinetti, castrazione dei maialini
mulesing: mulesing
hare coursing: caccia alla lepre con levrieri
bird hunting: caccia agli uccelli, uccellagione, caccia ai migratori
blast fishing: pesca con esplosivi, pesca con la dinamite
pulse fishing: pesca elettrica, pesca a impulsi elettrici
gillnets: reti da posta, reti a imbrocco, tramagli
coral harvesting: raccolta del corallo, corallo rosso, pesca del corallo
foraging: raccolta di funghi, raccolta dei funghi
stray dog culling: soppressione dei cani randagi, uccisione dei cani randagi
spearfishing: pesca subacquea, pesca in apnea
flammable cladding: rivestimenti infiammabili, pannelli compositi di alluminio, facciate infiammabili
skyscrapers: grattacieli, edifici alti
dams: dighe, costruzione di dighe
biofuels: biocarburanti, biodiesel
landfilling: discariche, discarica, conferimento in discarica
waste incineration: inceneritori, termovalorizzatori, incenerimento dei rifiuti
destruction of unsold goods: distruzione dell'invenduto, distruzione dei prodotti invenduti
radar detectors: rilevatori di autovelox, rilevatori di radar
pavement parking: parcheggio sui marciapiedi, sosta sui marciapiedi
tinted windows: vetri oscurati, pellicole oscuranti
shared bikes: bike sharing, biciclette in sharing, bici a noleggio
hotel toiletries: flaconcini monouso, kit di cortesia monouso, flaconcini di shampoo
signal jammers: jammer, disturbatori di frequenza, disturbatori di segnale
satellite phones: telefoni satellitari, telefono satellitare
hidden cameras: telecamere nascoste, microcamere
pagers: cercapersone, pager
walkie-talkies: walkie-talkie, ricetrasmittenti
headphones: cuffie, auricolari
short-video apps: app di video brevi, piattaforme di video brevi
online pharmacies: farmacie online, vendita online di farmaci
emotion recognition: riconoscimento delle emozioni
tracking cookies: cookie di profilazione, cookie di terze parti, cookie wall
cross-border data transfers: trasferimento di dati, trasferimenti di dati all'estero
internet cafés: internet point, internet café
ICOs: ICO, offerte iniziali di moneta
peer-to-peer lending: prestiti P2P, prestiti tra privati, social lending
social scoring: punteggio sociale, credito sociale
narcocorridos: narcocorridos
twerking: twerking
belly dancing: danza del ventre
reality shows: reality show, programmi reality
horror films: film horror, film dell'orrore
caricatures: caricature, vignette satiriche
foreign words: anglicismi, parole straniere, termini stranieri, parole inglesi
minarets: minareti
opinion polls: sondaggi, sondaggi elettorali, exit poll
child influencers: baby influencer, influencer minorenni
hoodies: felpe con cappuccio, felpa con cappuccio
jeans: jeans, jeans strappati
camouflage clothing: abbigliamento mimetico, tute mimetiche, mimetiche
beards: barbe, barba
high heels: tacchi alti, tacchi a spillo
public urination: urinare in strada, minzione in luogo pubblico, fare pipì in strada
fortune telling: cartomanzia, chiromanzia, divinazione
witchcraft: stregoneria, magia nera
hitchhiking: autostop, fare l'autostop
door-to-door sales: vendita porta a porta, vendite porta a porta, vendita a domicilio
public displays of affection: baci in pubblico, effusioni in pubblico, effusioni amorose
cross-dressing: travestitismo, cross-dressing, crossdressing
homework: compiti a casa, compiti per le vacanze
dowry: dote, dote nuziale
organ sales: traffico di organi, vendita di organi, commercio di organi
human cloning: clonazione umana, clonazione
gene editing: editing genetico, editing genomico, modifica del genoma
blasphemy: blasfemia, vilipendio della religione, bestemmia
hate speech: discorsi d'odio, incitamento all'odio, hate speech
disinformation: disinformazione, notizie false, fake news
prenatal sex determination: determinazione del sesso del feto, aborto selettivo, selezione del sesso
international adoption: adozione internazionale, adozioni internazionali
pyramid schemes: schemi piramidali, schemi Ponzi, catene di Sant'Antonio
multi-level marketing: marketing multilivello, vendita multilivello, network marketing
layoffs: licenziamenti, licenziamento
rent increases: aumenti degli affitti, aumenti dei canoni
zero-hours contracts: contratti a zero ore
body armour: giubbotti antiproiettile
grenades: granate, bombe a mano
martial arts weapons: nunchaku, stelle ninja, shuriken
slingshots: fionde, fionda
depleted uranium munitions: uranio impoverito, munizioni all'uranio impoverito
biological weapons: armi biologiche
hollow-point bullets: proiettili a espansione, proiettili dum-dum, proiettili a punta cava
mercenaries: mercenari, compagnie militari private
nuclear tests: test nucleari, esperimenti nucleari
cooking oil: olio da cucina, oli alimentari, oli vegetali
flour: farina, farina di grano
potash: potassa, fertilizzanti potassici
urea: urea
rosewood: palissandro, legno di rosa
fodder: foraggio, mangimi, fieno
electricity exports: esportazioni di elettricità, esportazioni di energia elettrica
medical masks: mascherine chirurgiche, mascherine, mascherine FFP2
forced labour goods: prodotti del lavoro forzato, prodotti realizzati con lavoro forzato
foreign investment: investimenti esteri, investimenti stranieri
foreign land ownership: vendita di terreni agli stranieri, vendita di terreni agricoli
high-denomination banknotes: banconote di grosso taglio, banconote da 500 euro
bankers' bonuses: bonus dei banchieri, bonus dei manager
chess: scacchi
boxing: pugilato, boxe, incontri di boxe
martial arts: arti marziali, sport da combattimento, kickboxing
mixed martial arts: arti marziali miste, MMA
wrestling: lotta libera, lotta greco-romana, wrestling
yoga: yoga
ball games: giochi con la palla, gioco del pallone
horse racing: corse dei cavalli, corse di cavalli, ippica
motorsport: motorsport, corse automobilistiche, gare motoristiche
bungee jumping: bungee jumping, salto con l'elastico
rock climbing: arrampicata, alpinismo
karaoke: karaoke
poker: poker
mahjong: mahjong
playing cards: carte da gioco, giochi di carte
water pistols: pistole ad acqua, pistole d'acqua
gyms: palestre, palestra
fidget spinners: fidget spinner
sledding: slittino, slittini
paintball: paintball, softair
`);
