// Categories of banned things (src/gazetteer/categories.ts): canonical name -> Dutch forms.
// A leading "*" matches the end of a compound ("*sigaretten" = mentholsigaretten); keep such suffixes specific.
import { categoryTable } from "../../gazetteer/categories.js";

export const categories: Record<string, string[]> = categoryTable(`
tobacco: tabak, tabaksproducten, tabakswaren, tabaksverkoop, verkoop van tabak, *tabaksproducten
cigarettes: sigaret, sigaretten, peuken, *sigaretten, *sigaret
e-cigarettes: e-sigaret, e-sigaretten, elektronische sigaret, elektronische sigaretten, vape, vapes, vapen, dampen, vapepennen, *e-sigaretten, *e-sigaret, *vapes
disposable vapes: wegwerpvape, wegwerpvapes, wegwerp-vapes, wegwerp-e-sigaretten, wegwerp-e-sigaret, wegwerpsigaretten, wegwerpsigaret, puffs, puff bars, eenmalige vapes, *wegwerpvapes, *wegwerpvape, *wegwerp-e-sigaretten, *wegwerpsigaretten
e-liquids: e-liquids, e-liquid, navullingen, vapeliquids, vloeistoffen voor e-sigaretten
flavoured e-cigarettes: smaakjes, smaakjesverbod*, e-sigaretten met smaakjes, e-sigaretten met smaak, gearomatiseerde e-sigaretten, vapes met smaakjes, smaakjes in e-sigaretten
menthol cigarettes: mentholsigaret, mentholsigaretten, menthol-sigaretten, sigaretten met menthol, *mentholsigaretten
flavoured tobacco: gearomatiseerde tabak, tabak met smaakjes, smaaktabak
flavoured cigarettes: gearomatiseerde sigaretten, sigaretten met smaakjes, sigaretten met smaak, sigaretten met een kenmerkend aroma, sigaretten met kenmerkende aroma's
nicotine pouches: nicotinezakjes, nicotinezakje, nicotine pouches, snuszakjes, *nicotinezakjes
heated tobacco products: verhitte tabak, verhittingsproducten, tabaksverhitters, heat-not-burn
cigars: sigaar, sigaren, sigaartjes, cigarillo's
snus: snus
shisha: waterpijp, waterpijpen, shisha, shisha's, shishalounges, shishabars, waterpijpcafés
chewing tobacco: pruimtabak, kauwtabak, rookloze tabak
rolling tobacco: shag, shagtabak, rooktabak, losse tabak
smoking: roken, rookverbod*, het roken
tobacco advertising: tabaksreclame, tabaksreclames, reclame voor tabak, sigarettenreclame
alcohol: alcohol, alcoholische dranken, alcoholverkoop, drank, sterke drank, alcoholgebruik
beer: bier, biertje, bierverkoop
alcohol advertising: alcoholreclame, alcoholreclames, reclame voor alcohol, drankreclame
energy drinks: energiedrank, energiedrankjes, energiedranken, energydrinks, energydrink
sugary drinks: suikerhoudende dranken, frisdrank, frisdranken, suikerrijke dranken, gezoete dranken
cannabis: cannabis, wiet, hasj, marihuana, softdrugs
kratom: kratom
khat: qat, khat
magic mushrooms: paddo's, paddenstoelen met psilocybine, psilocybine, magic mushrooms, magische truffels
nitrous oxide: lachgas, lachgasflessen, lachgascilinders, lachgaspatronen, distikstofoxide, *lachgas
synthetic cannabinoids: synthetische cannabinoïden, synthetische cannabis
CBD: CBD, cannabidiol, CBD-olie, CBD-producten
hemp flowers: CBD-bloemen, hennepbloemen, CBD-toppen
HHC: HHC, hexahydrocannabinol
poppers: poppers
foie gras: foie gras, ganzenlever, eendenlever
fur: pels, bonthandel, bontverkoop, *bontjassen
fur farming: pelsdierhouderij, pelsdierfokkerij, fokken van pelsdieren
mink farming: nertsenfokkerij, nertsenhouderij, nertsenfokkers, nertsenfokkerijen, nertsenhouderijen, nertsenbedrijven, fokken van nertsen, nertsenfokken
glyphosate: glyfosaat, Roundup
pesticides: pesticide, pesticiden, bestrijdingsmiddelen, gewasbeschermingsmiddelen, landbouwgif, onkruidverdelgers, *bestrijdingsmiddelen
neonicotinoids: neonicotinoïden, neonicotinoiden, neonicotinoïde, neonicotinoïde insecticiden, neonicotinoïde bestrijdingsmiddelen
GMOs: ggo's, genetisch gemodificeerde gewassen, genetisch gemanipuleerde gewassen, gentech, genetisch gemodificeerde organismen, gmo's, genetisch gemodificeerde maïs, gentechmaïs
palm oil: palmolie
trans fats: transvetten, transvetzuren
lab-grown meat: kweekvlees, gekweekt vlees, labvlees, vlees uit het lab
junk food advertising: reclame voor ongezond voedsel, junkfoodreclame, reclame voor snoep, kindermarketing, reclame voor ongezonde voeding
raw milk: rauwe melk
food dyes: kleurstoffen, voedselkleurstoffen, kunstmatige kleurstoffen
titanium dioxide: titaniumdioxide, titaandioxide, E171
shark fins: haaienvinnen, haaienvin, haaienvinnensoep
dog meat: hondenvlees
cat meat: kattenvlees
rhino horn: neushoornhoorn, neushoornhoorns, hoorn van neushoorns
ivory: ivoor, ivoorhandel
circus animals: circusdieren, wilde dieren in het circus, dieren in het circus
trophy hunting: trofeejacht, jachttrofeeën
bullfighting: stierenvechten, stierengevechten, stierengevecht, corrida
live animal exports: export van levende dieren, levende dieren exporteren, diertransporten, veetransporten
battery cages: legbatterijen, kooihuisvesting, batterijkooien, kooien voor legkippen
bottom trawling: bodemtrawling, boomkorvisserij, sleepnetvisserij, bodemberoerende visserij
whaling: walvisvangst, walvisjacht
animal testing: dierproeven, dierproef, dierproeven voor cosmetica
chewing gum: kauwgom
exotic pets: exotische huisdieren, exotische dieren als huisdier, wilde dieren als huisdier
grain: graan, graanexport, graanexporten, export van graan, uitvoer van graan
rice: rijst, rijstexport, rijstexporten, export van rijst, uitvoer van rijst
single-use plastics: wegwerpplastic, plastic voor eenmalig gebruik, eenmalig plastic, single-use plastic, wegwerpplastics, plastic wegwerpartikelen, wegwerpproducten van plastic, *wegwerpplastic
plastic bags: plastic tasjes, plastic tassen, plastic zakjes, plastic zakken, plastic tasje, plastic zak, plastictasjes, plastictassen, plastic draagtassen, *plastictasjes, *plastictassen
plastic straws: plastic rietjes, rietjes, rietje, plastic rietje, *rietjes
plastic cutlery: plastic bestek, wegwerpbestek, plastic vorkjes, plastic lepeltjes
plastic plates: plastic borden, plastic bordjes, wegwerpborden
plastic stirrers: roerstaafjes, plastic roerstaafjes, roerstokjes, *roerstaafjes
plastic cotton buds: wattenstaafjes, plastic wattenstaafjes, *wattenstaafjes
plastic balloon sticks: ballonstokjes, plastic ballonstokjes, ballonstaafjes
plastic cups: plastic bekers, plastic bekertjes, wegwerpbekers, koffiebekers, *wegwerpbekers, *koffiebekertjes
plastic bottles: plastic flessen, plastic flesjes, petflessen, pet-flessen
glass bottles: glazen flessen, glazen fles, flessen van glas, glazen verpakkingen
plastic packaging: plastic verpakkingen, plastic verpakking, plastic verpakkingsmateriaal, wegwerpverpakkingen
expanded polystyrene food containers: piepschuim, piepschuimen bakjes, piepschuim bakjes, voedselverpakkingen van piepschuim, geëxpandeerd polystyreen, polystyreen bakjes, styrofoam
microbeads: microplastics, microparels, microbeads
oxo-degradable plastics: oxo-afbreekbare kunststoffen, oxo-afbreekbaar plastic, oxo-degradeerbare kunststoffen
oxo-degradable plastic bags: oxo-afbreekbare plastic tassen, oxo-afbreekbare zakjes
wet wipes: vochtige doekjes, natte doekjes, billendoekjes
sky lanterns: wensballonnen, wensballon, sky lanterns, Chinese lantaarns
coal: kolen, steenkool, kolencentrales, kolencentrale, kolenstroom, bruinkool
combustion engine cars: auto's met verbrandingsmotor, verbrandingsmotor, verbrandingsmotoren, benzineauto's, fossiele auto's, brandstofauto's, nieuwe benzine- en dieselauto's, benzine- en dieselauto's, benzine- of dieselmotor, auto's met een benzine- of dieselmotor
diesel cars: dieselauto's, dieselauto, dieselvoertuigen, oude diesels
gas boilers: cv-ketels, gasketels, cv-ketel, gasketel, gasgestookte cv-ketels, *cv-ketels
oil boilers: oliegestookte ketels, stookolieketels, stookolieketel, mazoutketels, mazoutketel
incandescent light bulbs: gloeilampen, gloeilamp, halogeenlampen, halogeenlamp, tl-buizen, tl-lampen
patio heaters: terrasverwarmers, terrasverwarming, heaters op terrassen, *terrasverwarmers
leaf blowers: bladblazers, bladblazer, *bladblazers
wood stoves: houtkachels, houtkachel, open haarden, houtstook, *houtkachels
PFAS: PFAS, PFOA, PFOS, eeuwige chemicaliën
asbestos: asbest, asbestdaken
fracking: fracking, schaliegaswinning
deep-sea mining: diepzeemijnbouw, diepzee-mijnbouw
aircraft: vliegtuigen, vliegtuig, luchtvaartuigen
private jets: privéjets, privejets, privéjet, privévliegtuigen, *privéjets
short-haul flights: korteafstandsvluchten, korte vluchten, binnenlandse vluchten, korte-afstandsvluchten
cruise ships: cruiseschepen, cruiseschip, *cruiseschepen
SUVs: SUV, SUV's, suv's, SUVs
e-scooters: e-steps, e-step, elektrische steps, deelsteps, elektrische deelsteps, deelscooters, *deelsteps
fossil fuel advertising: fossiele reclame, reclame voor fossiele brandstoffen, fossiele reclames, reclame voor fossiele producten
mobile phones: mobiele telefoon, mobiele telefoons, gsm, gsm's, mobieltjes, mobieltje, telefoons, telefoon, gsm-verbod*, telefoonverbod*, *telefoons, smartphone, smartphones, *smartphones
smartwatches: smartwatch, smartwatches, slimme horloges
laptops: laptop, laptops, notebooks
power banks: powerbanks, powerbank
social media: sociale media, sociale netwerken, socialemediaplatforms, sociale mediaplatforms, socialemedia, social media, sociale-mediaplatforms
messaging apps: berichtenapps, chatapps, berichtendiensten, chatdiensten, messaging-apps, *berichtenapps
video games: videogames, videospellen, computerspellen, games, gamen, *videogames
online games: onlinegames, online games, online spellen, online gamen, online videogames, online videospellen, online computerspellen
online gambling: online gokken, onlinegokken, online casino's, online kansspelen, online gokspellen, *online-gokken
gambling: gokken, kansspelen, casino's, gokautomatenhallen
sports betting: sportweddenschappen, sportwedden, weddenschappen op sport
slot machines: gokautomaten, speelautomaten, fruitautomaten, *gokautomaten
loot boxes: lootboxen, lootboxes, loot boxes
cryptocurrencies: cryptomunten, cryptovaluta, cryptomunt, crypto, cryptocurrency's, cryptocurrencies, digitale munten, cryptohandel
crypto mining: cryptomining, crypto-mining, bitcoinmining, het minen van crypto, het delven van cryptomunten
VPNs: vpn, vpn's, VPN-diensten, vpn-apps, virtuele privénetwerken
AI chatbots: AI-chatbots, AI-chatbot, chatbots, chatbot, AI-tools, AI-apps, generatieve AI, AI-toepassingen, AI-diensten, *chatbots
facial recognition: gezichtsherkenning, gezichtsherkenningssoftware, gezichtsherkenningstechnologie, *gezichtsherkenning
deepfakes: deepfakes, deepfake, deepfakevideo's, deepfake-porno, nudify-apps
spyware: spionagesoftware, spyware
drones: drone, drones, onbemande luchtvaartuigen, *drones, dronevluchten, drone-vluchten
telecom equipment: telecomapparatuur, netwerkapparatuur, telecomuitrusting, telecommunicatieapparatuur, netwerkonderdelen
5G equipment: 5G-apparatuur, 5G-netwerk, 5G-netwerken, 5G-uitrusting, 5G-infrastructuur
surveillance cameras: bewakingscamera's, beveiligingscamera's, camerabewaking, cameratoezicht, *bewakingscamera's
semiconductors: halfgeleiders, microchips, chipmachines, AI-chips, *halfgeleiders
mobile internet: toegang tot mobiel internet, mobiel internet, mobiele data, mobiele internettoegang
internet: internettoegang, toegang tot internet, internetdiensten, internetblokkade, internetafsluiting
pornography: porno, pornografie, pornosites, pornowebsites, pornografische inhoud, *pornosites
targeted advertising: gerichte advertenties, gepersonaliseerde advertenties, gerichte reclame, gepersonaliseerde reclame
social commerce: social commerce, sociale handel
satellite dishes: schotelantennes, satellietschotels
connected cars: verbonden auto's, geconnecteerde auto's, connected cars, verbonden voertuigen
routers: routers, wifirouters, wifi-routers
live streaming: livestreams, livestreaming, livestream, live-streaming
media outlets: media, omroepen, zenders, tv-zenders, nieuwssites, nieuwszenders, staatsmedia, mediakanalen, radiozenders, *staatsmedia
books: boek, boeken, romans, schoolboeken, *boeken
music: muziek, liedjes, muziekvideo's
movies: films, film, speelfilms
TV series: tv-series, televisieseries, soaps, tv-programma's
newspapers: kranten, krant, tijdschriften, dagbladen
concerts: concerten, concert, festivals, muziekfestivals
LGBTQ content: lhbti-inhoud, lhbtiq-inhoud, lhbti-propaganda, homopropaganda, LGBT-propaganda
religious symbols: religieuze symbolen, levensbeschouwelijke symbolen, religieuze kleding, hoofddoekenverbod*
face coverings: boerka, boerka's, boerkaverbod*, nikab, niqab, nikabs, gezichtsbedekkende kleding, gezichtssluier, gezichtsbedekking, bedekt gezicht
abayas: abaya, abaya's
headscarves: hoofddoek, hoofddoeken, hidjab, hijab, hoofddoekjes
Nazi symbols: hakenkruis, hakenkruizen, nazisymbolen, nazi-symbolen, Hitlergroet
protests: protesten, demonstraties, betogingen, manifestaties, demonstratie, protest, betoging
public gatherings: samenkomsten, bijeenkomsten, samenscholingen, grote evenementen
cinemas: bioscopen, bioscoop
Sunday trading: zondagsopenstelling, koopzondag, koopzondagen
rainbow flags: regenboogvlaggen, regenboogvlag, pride-vlaggen, pride-vlag
short-term rentals: vakantieverhuur, kortetermijnverhuur, toeristische verhuur, vakantiewoningen, kamerverhuur aan toeristen, *vakantieverhuur
cash: contant geld, contante betalingen, cash, contant betalen, cashbetalingen, contanten
surrogacy: draagmoederschap, commercieel draagmoederschap, draagmoeders
conversion therapy: conversietherapie, homogenezing, conversietherapieën
abortion: abortus, abortussen, abortuspil, zwangerschapsafbreking
gender-affirming care: genderbevestigende zorg, transgenderzorg, puberteitsremmers, geslachtsaanpassende behandelingen
child marriage: kindhuwelijken, kindhuwelijk, huwelijken met minderjarigen
female genital mutilation: vrouwelijke genitale verminking, genitale verminking, vrouwenbesnijdenis
corporal punishment: lijfstraffen, lijfstraf, pedagogische tik, slaan van kinderen
begging: bedelen, bedelarij, bedelverbod*
prostitution: prostitutie, sekswerk, raamprostitutie, bordelen
ride-hailing: taxiapps, ritdiensten, ride-hailing, deelritten, taxidiensten via apps
private tutoring: bijles, bijlessen, huiswerkbegeleiding, commerciële bijles
tanning beds: zonnebanken, zonnebank, zonnestudio's
skin-lightening products: huidbleekmiddelen, huidbleekcrèmes, bleekcrèmes, huidbleekproducten
dangerous dog breeds: gevaarlijke hondenrassen, vechthonden, pitbulls, pitbull, bulldograssen
XL bully dogs: XL bully, XL bullies, XL bully-honden, American XL bully
billboards: reclameborden, billboards, buitenreclame, reclamezuilen
short selling: short selling, shortselling, short gaan, ongedekte shortverkopen
binary options: binaire opties
firearms: vuurwapens, vuurwapen, geweren, *vuurwapens
assault weapons: aanvalswapens, aanvalsgeweren, semi-automatische wapens, semiautomatische geweren
handguns: handvuurwapens, pistolen, revolvers
ghost guns: spookwapens, 3D-geprinte wapens, zelfgeprinte wapens
knives: messen, machetes, steekwapens, *steekwapens
weapons: wapens, wapen, wapenverbod
landmines: landmijnen, antipersoonsmijnen, landmijn
cluster munitions: clustermunitie, clusterbommen, streubommen
fireworks: vuurwerk, knalvuurwerk, siervuurwerk, vuurpijlen, *vuurwerk, pyrotechnische artikelen, consumentenvuurwerk
pepper spray: pepperspray, pepperspuit, traangasspray
ammunition: munitie, kogels
toy guns: speelgoedwapens, nepwapens, speelgoedpistolen, alarmpistolen
laser pointers: laserpennen, laserpointers, laserpen, laserpointer
nuclear weapons: kernwapens, kernwapen, atoomwapens, nucleaire wapens
chemical weapons: chemische wapens
wheat: tarwe, tarwe-export, tarweexport
onions: uien, ui
tomatoes: tomaten, tomaat
potatoes: aardappelen, aardappels
beef: rundvlees
poultry: pluimvee, kippenvlees
pork: varkensvlees
sugar: suikerexport
eggs: eieren
maize: maïs
fertilisers: kunstmest, meststoffen
sunflower oil: zonnebloemolie
# hunting, fishing, harvesting and extraction
hunting: jagen, het jagen, jachtverbod*, plezierjacht, jacht op wild, jachtactiviteiten
wolf hunting: wolvenjacht, jacht op wolven, afschot van wolven, afschieten van wolven, *wolvenjacht
bear hunting: berenjacht, jacht op beren, afschot van beren
duck hunting: eendenjacht, jacht op eenden, jacht op watervogels
seal hunting: zeehondenjacht, jacht op zeehonden, zeehondenproducten
fox hunting: vossenjacht, jacht op vossen
fishing: visserij, visvangst, beroepsvisserij, commerciële visserij, visverbod*, *visserij
eel fishing: palingvisserij, palingvangst, glasaal, glasaalvisserij, aalvisserij, *palingvisserij
cod fishing: kabeljauwvisserij, kabeljauwvangst, visserij op kabeljauw
sardine fishing: sardinevisserij, sardinevangst, visserij op sardines
tuna fishing: tonijnvisserij, tonijnvangst, visserij op tonijn
shark fishing: haaienvisserij, haaienvangst, vangst van haaien, haaienjacht
sea urchin fishing: zee-egelvisserij, zee-egels, vangst van zee-egels
driftnet fishing: drijfnetvisserij, drijfnetten, drijfnet
logging: houtkap, boskap, kap van bomen, illegale houtkap, bomenkap, *houtkap
deforestation: ontbossing, ontbossingen, *ontbossing
mining: mijnbouw, mijnbouwactiviteiten, delfstoffenwinning, mijnbouwprojecten
metal mining: metaalmijnbouw, metaalwinning
gold mining: goudwinning, goudmijnbouw, goudmijnen, illegale goudwinning
open-pit mining: dagbouw, dagbouwmijnen, bovengrondse mijnbouw, open mijnbouw
sand mining: zandwinning, zandafgraving, zandmijnbouw
uranium mining: uraniumwinning, uraniummijnbouw, uraniummijnen
oil drilling: olieboringen, olieboring, olie- en gaswinning, oliewinning, nieuwe olie- en gasvergunningen, olie- en gasvergunningen, boren naar olie, olie- en gasboringen
offshore drilling: offshoreboringen, boringen op zee, olieboringen op zee, offshore-boringen, olie- en gaswinning op zee
peat: turf, turfwinning, veenwinning, potgrond met turf
# food and agriculture
apricot kernels: abrikozenpitten, abrikozenpit, bittere abrikozenpitten
meat: vlees, vleesproducten, rood vlees, bewerkt vlees, vleeswaren, vleesimport
meat advertising: vleesreclame, vleesreclames, reclame voor vlees, reclames voor vlees, *vleesreclame
dairy products: zuivel, zuivelproducten, melkproducten, melkpoeder
seafood: zeevruchten, vis en zeevruchten, visproducten, schaal- en schelpdieren, visimport
honey: honing, honingimport
cocoa: cacao, cacaobonen, cacaoexport
fruit: fruit, vers fruit, fruitimport
vegetables: groenten, groente, verse groenten
soybeans: soja, sojabonen, sojaboon
horse meat: paardenvlees
bushmeat: bushmeat, bosvlees, vlees van wilde dieren
wildlife trade: handel in wilde dieren, handel in wilde vogels, wildlifehandel, consumptie van wilde dieren
aspartame: aspartaam, E951
artificial sweeteners: zoetstoffen, kunstmatige zoetstoffen, zoetmiddelen, kunstmatige zoetmiddelen
food additives: voedseladditieven, levensmiddelenadditieven, E-nummers, additieven
plant-based meat: vleesvervangers, vleesvervanger, vegaburgers, vegaburger, vegetarische burgers, plantaardig vlees, vleesnamen, vegetarische vleesvervangers
plant-based milk: plantaardige melk, havermelk, sojamelk, amandelmelk, plantaardige dranken, zuivelvervangers, haverdrank, sojadrank
antibiotics: antibiotica, antibioticum, antibioticagebruik, *antibiotica
growth hormones: groeihormonen, groeihormoon, hormoonvlees, hormonenvlees
chlorinated chicken: chloorkip, chloorkippen, met chloor behandelde kip
fast food: fastfood, fastfoodrestaurants, fastfoodketens, fastfoodzaken, fastfoodketen
ultra-processed foods: ultrabewerkt voedsel, ultrabewerkte voeding, ultrabewerkte producten, ultrabewerkte voedingsmiddelen, sterk bewerkt voedsel
junk food: junkfood, ongezond voedsel, ongezonde voeding, ongezonde snacks, ongezond eten
nitrites: nitriet, nitrieten, natriumnitriet, nitrietzouten
# chemicals, medicines and substances
chlorpyrifos: chloorpyrifos, chlorpyrifos
paraquat: paraquat
atrazine: atrazine
chlorothalonil: chloorthalonil, chlorothalonil
lead ammunition: loodhoudende munitie, loden hagel, loodhagel, lood in munitie, loden kogels, loodmunitie
mercury: kwik, kwikthermometers, tandamalgaam, amalgaamvullingen, kwikhoudende producten
bisphenol A: bisfenol A, bisfenol-A, BPA
bisphenols: bisfenolen
phthalates: ftalaten, ftalaat
formaldehyde: formaldehyde
hydroquinone: hydrochinon
talc: talkpoeder, talkpoeders
heavy fuel oil: zware stookolie, zware scheepsbrandstof
codeine: codeïne, codeine
tramadol: tramadol
fentanyl: fentanyl, fentanylanalogen
ephedrine: efedrine, efedra
melatonin: melatonine
ivermectin: ivermectine
hydroxychloroquine: hydroxychloroquine
opioids: opioïden, opiaten, opioïde pijnstillers, opioiden
steroids: steroïden, anabole steroïden, anabolen
cough syrups: hoestsiroop, hoestsiropen, hoestdrankjes, hoestdrank, hoestmiddelen
# transport, places and urban life
cars: auto's, autoverkeer, personenauto's, privéauto's, gemotoriseerd verkeer, autoverbod*
trucks: vrachtwagens, vrachtwagen, vrachtauto's, vrachtverkeer, zwaar verkeer, zware vrachtwagens, *vrachtwagens
motorcycles: motorfietsen, motorfiets, motorrijwielen
motorcycle taxis: motortaxi's, brommertaxi's, okada's
tuk-tuks: tuktuks, tuk-tuks, tuktuk, riksja's, autoriksja's
mopeds: brommers, brommer, snorfietsen, snorfiets, scooters, bromfietsen, bromfiets, snorscooters, *snorfietsen
e-bikes: e-bikes, e-bike, elektrische fietsen, elektrische fiets, speedpedelecs, speed pedelecs
fat bikes: fatbikes, fatbike, fat bikes, fat bike, e-fatbikes, *fatbikes
jet skis: jetski's, jetski, waterscooters, waterscooter, jetskis
horse-drawn carriages: paardenkoetsen, paardenkoets, koetsen met paarden, rijtuigen met paarden
night flights: nachtvluchten, nachtvlucht, *nachtvluchten
# Activities, not the people who sell: "vendedores ambulantes ficam proibidos de vender X" bars them from X.
street vending: straathandel, straatverkoop, ambulante handel
nightclubs: nachtclubs, nachtclub, discotheken, discotheek, dancings
camping: wildkamperen, vrij kamperen, kamperen, wild kamperen
barbecues: barbecueën, barbecues, barbecue, bbq's, wegwerpbarbecues, *barbecues
campfires: kampvuren, kampvuur, open vuur, open vuren, vuurkorven
bonfires: paasvuren, paasvuur, vreugdevuren, vreugdevuur, kerstboomverbrandingen
stubble burning: stoppelverbranding, verbranden van gewasresten, afbranden van stoppels
open burning: verbranden van tuinafval, tuinafval verbranden, afval verbranden, verbranden van snoeiafval
street prayers: straatgebeden, bidden op straat, gebeden op straat
loudspeakers: luidsprekers, luidspreker, megafoons, versterkte muziek
public drinking: alcoholgebruik op straat, drinken op straat, alcohol op straat, alcoholgebruik in de openbare ruimte, drankgebruik op straat, drinken in het openbaar
pride parades: pride-parades, pride-parade, pride-optochten, pride-marsen, pride-mars, gay pride, pride-evenementen
# goods and trade
second-hand clothes: tweedehandskleding, tweedehands kleding, gebruikte kleding, tweedehandskleren, afgedankte kleding
second-hand underwear: tweedehands ondergoed, gebruikt ondergoed, tweedehandsondergoed
used cars: tweedehands auto's, gebruikte auto's, tweedehandsauto's, gebruikte voertuigen
used tyres: gebruikte banden, oude banden, afgedankte banden, tweedehands banden
e-waste: e-waste, elektronisch afval, e-afval, elektronicaschroot, elektroschroot, afgedankte elektronica
plastic waste: plastic afval, plasticafval, kunststofafval, *plasticafval
scrap metal: schroot, metaalschroot, oud ijzer, oud metaal, *metaalschroot
timber: houtexport, houtexporten, tropisch hout, tropisch hardhout, rondhout, illegaal hout, boomstammen
rare earths: zeldzame aardmetalen, zeldzame aarden, zeldzame-aardmetalen
gallium: gallium
germanium: germanium
antimony: antimoon
graphite: grafiet
diamonds: diamanten, ruwe diamanten, bloeddiamanten, Russische diamanten
textiles: textiel, textielproducten, textielimport
luxury goods: luxegoederen, luxeproducten, luxeartikelen
arms exports: wapenexport, wapenexporten, wapenleveranties, wapenleverantie, export van wapens, levering van wapens, *wapenexport, *wapenleveranties
dual-use goods: goederen voor tweeërlei gebruik, dual-use-goederen, dual-usegoederen, dual-use goederen, producten voor tweeërlei gebruik
uranium: uranium, verrijkt uranium
oil: ruwe olie, aardolie, olie-import, olie-export, olie
natural gas: aardgas, Russisch gas, vloeibaar aardgas, gasimport
vaccines: vaccins, vaccin, vaccinexport, coronavaccins, *vaccins
vaccine mandates: vaccinatieplicht, prikplicht, verplichte vaccinatie
# animals and plants
invasive species: invasieve exoten, invasieve soorten, invasieve uitheemse soorten, invasieve planten, invasieve dieren
pangolins: schubdieren, schubdier, pangolins, pangolin
dog fighting: hondengevechten, hondengevecht
cockfighting: hanengevechten, hanengevecht
pigeon feeding: duiven voeren, voeren van duiven, duiven voederen, vogels voeren, voeren van vogels, voerverbod*
cherry laurel: laurierkers, laurierkersen
greyhound racing: windhondenrennen, windhondenraces
dolphinariums: dolfinaria, dolfinarium, dolfijnenshows, dolfijnenshow, dolfijnen in gevangenschap
ritual slaughter: onverdoofd slachten, onverdoofde slacht, ritueel slachten, rituele slacht, halalslacht, koosjere slacht
# society, media and education
gender-neutral language: genderneutrale taal, inclusieve taal, genderneutraal taalgebruik, inclusief taalgebruik, genderinclusieve taal
flags: vlaggen, Palestijnse vlaggen, buitenlandse vlaggen, nationale vlaggen
communist symbols: communistische symbolen, Sovjetsymbolen, sovjet-symbolen, hamer en sikkel
burkinis: boerkini's, boerkini, burkini's, burkini, boerkinis, burkinis
political advertising: politieke advertenties, politieke reclame, verkiezingsreclame
foreign funding: buitenlandse financiering, financiering uit het buitenland, buitenlandse giften, buitenlandse donaties, buitenlandse geldstromen
NGOs: ngo's, niet-gouvernementele organisaties
religious groups: sekten, sektes, religieuze groeperingen, religieuze organisaties, religieuze sekten
homeschooling: thuisonderwijs, thuisscholing, huisonderwijs, homeschooling
sex education: seksuele voorlichting, seksuele vorming, seksuele opvoeding, relationele en seksuele vorming, seksualiteitsonderwijs
critical race theory: kritische rassentheorie, critical race theory
DEI programmes: diversiteitsprogramma's, DEI-programma's, DEI-beleid, diversiteitsbeleid
drag shows: dragshows, drag-shows, dragshow, dragvoorstellingen, dragqueenshows
same-sex marriage: homohuwelijk, homohuwelijken, huwelijk tussen personen van hetzelfde geslacht, openstelling van het huwelijk
polygamy: polygamie, veelwijverij
cousin marriage: neef-nichthuwelijken, neef-nichthuwelijk, huwelijken tussen neven en nichten, huwelijk tussen neef en nicht
# digital and finance
e-commerce platforms: e-commerceplatforms, online marktplaatsen, onlinemarktplaatsen, webwinkelplatforms
crypto ATMs: cryptoautomaten, crypto-automaten, bitcoinautomaten, bitcoin-automaten, crypto-geldautomaten, bitcoingeldautomaten
stablecoins: stablecoins, stablecoin
NFTs: nft's, NFTs, non-fungible tokens, niet-vervangbare tokens
buy now pay later: achteraf betalen, achterafbetalen, koop nu betaal later, BNPL
dating apps: datingapps, dating-apps, datingapp, datingsites
# health and body
cosmetic surgery: cosmetische chirurgie, plastische chirurgie, cosmetische ingrepen, cosmetische behandelingen, botox, botoxbehandelingen, fillerbehandelingen
tattoos: tatoeages, tatoeage, tattoos, tattoo, tatoeëren, tatoeage-inkt, tattoo-inkt
piercings: piercings, piercen
assisted dying: euthanasie, hulp bij zelfdoding, hulp bij sterven, levensbeëindiging op verzoek
# energy and environment
nuclear power: kernenergie, kerncentrales, kerncentrale, kernreactoren, atoomenergie, kernkracht, nucleaire energie, *kerncentrales
wind turbines: windturbines, windturbine, windmolens, windmolen, windparken, windenergie, windmolenparken, *windmolens, *windturbines
solar panels: zonnepanelen, zonnepaneel, zonneparken, zonneweides, zonneweiden, zonnevelden, zonne-energie, *zonnepanelen
gas stoves: gasfornuizen, gasfornuis, gaskookplaten, koken op gas
gravel gardens: grindtuinen, stenen tuinen, versteende tuinen, tegeltuinen, steentuinen
artificial turf: kunstgras, kunstgrasvelden, kunstgrasveld, *kunstgrasvelden
glitter: glitter, glitters, plastic glitter
balloons: ballonnen, heliumballonnen, ballonoplatingen, oplaten van ballonnen, *heliumballonnen
confetti: confetti, confettikanonnen
lawn watering: tuinsproeiers, sproeiverbod*, gazon sproeien, tuin sproeien, tuinslangen, besproeien van tuinen, gras sproeien, de tuin sproeien
swimming pool filling: zwembaden vullen, vullen van zwembaden, zwembad vullen
car washing: auto's wassen, auto wassen, wassen van auto's, autowassen, de auto wassen
irrigation: irrigatie, beregening, beregeningsverbod*, landbouwberegening
# housing and weapons
evictions: huisuitzettingen, huisuitzetting, uithuiszettingen, uithuiszetting
stun guns: stroomstootwapens, stroomstootwapen, tasers, taser, stun guns
gambling advertising: gokreclame, gokreclames, reclame voor gokken, reclame voor kansspelen, reclame voor online gokken
crypto exchanges: cryptobeurzen, cryptobeurs, cryptohandelsplatformen
away fans: uitsupporters, uitfans, bezoekende supporters
fossil fuel heating: fossiele verwarming, fossiel verwarmen, fossiele verwarmingsinstallaties, fossiele ketels, verwarming op fossiele brandstoffen
open fireplaces: haardvuren, haardvuur, open haardvuren, houtgestookte open haarden
air conditioning: airconditioning, airconditioners, airconditioner, airco's, aircos, airco
shop window lighting: etalageverlichting, verlichte etalages, verlichting van etalages, *etalageverlichting
outdoor lighting: buitenverlichting, gevelverlichting, lichtreclame, lichtreclames, verlichte reclame, verlichte reclameborden, verlichting van gebouwen, *buitenverlichting
electric cars: elektrische auto's, elektrische auto, elektrische voertuigen, elektrische wagens, e-auto's
old vehicles: oude auto's, oudere auto's, oude voertuigen, oudere voertuigen, oude wagens
tour buses: touringcars, touringcar, toerbussen, reisbussen, *touringcars
golf carts: golfkarretjes, golfkarretje, golfkarren, golfcarts, golfkar
quad bikes: quads, quad, quadrijden
snowmobiles: sneeuwscooters, sneeuwscooter, sneeuwmobielen
hoverboards: hoverboards, hoverboard
motorboats: motorboten, motorboot, speedboten, speedboot, gemotoriseerde boten, buitenboordmotoren
helicopters: helikopters, helikopter, helikoptervluchten, heliskiën
paragliders: paragliders, paraglider, paragliden, schermvliegen, paramotoren
hot-air balloons: heteluchtballonnen, heteluchtballon, luchtballonnen, luchtballon, ballonvaarten
microlight aircraft: ultralichte vliegtuigen, ultralichte vliegtuigjes, ultralight-vliegtuigen
kites: vliegeren, vliegers oplaten, vliegertjes, vliegerlijnen
lawn mowers: grasmaaiers, grasmaaier, robotmaaiers, robotmaaier, *grasmaaiers
swimming: zwemmen, wildzwemmen, zwemverbod*
off-road driving: offroadrijden, offroad rijden, terreinrijden
data centres: datacenters, datacentra, datacentrum, datacenter, *datacenters
golf courses: golfbanen, golfbaan, *golfbanen
snow cannons: sneeuwkanonnen, sneeuwkanon, kunstsneeuw
disposable nappies: wegwerpluiers, wegwerpluier, luiers
takeaway containers: afhaalbakjes, afhaalverpakkingen, meeneemverpakkingen, wegwerpbakjes, take-awayverpakkingen, maaltijdbakjes
plastic sachets: plastic sachets, sachets, portieverpakkingen
cigarette filters: sigarettenfilters, sigarettenfilter, filtersigaretten, sigarettenpeuken
polystyrene: polystyreen, piepschuimverpakkingen, polystyreenverpakkingen
microplastics: microplasticdeeltjes, toegevoegde microplastics, synthetische polymeermicrodeeltjes
charcoal: houtskool, houtskoolproductie, houtskoolexport
kerosene: kerosine, petroleumkachels, petroleumlampen
diesel generators: dieselgeneratoren, dieselgenerator, dieselaggregaten, noodstroomaggregaten
gas flaring: affakkelen, affakkeling, gasaffakkeling, affakkelen van gas
potassium bromate: kaliumbromaat, E924
brominated vegetable oil: gebromeerde plantaardige olie, gebromeerde plantaardige oliën
propylparaben: propylparabeen, propylparaben, E216
oxybenzone: oxybenzon, oxybenzone, benzofenon-3
chemical sunscreens: chemische zonnebrandcrème, chemische zonnebrandcrèmes, chemische zonnefilters, chemische uv-filters, chemische zonnebrand, chemische zonnebrandmiddelen
water fluoridation: drinkwaterfluoridering, fluoridering van drinkwater, fluoridering van het drinkwater, fluoridering, fluoride in drinkwater, fluoride in het drinkwater, gefluorideerd water, gefluorideerd drinkwater
lead paint: loodverf, loodhoudende verf, loodhoudende verven, lood in verf, loodwit
cadmium: cadmium
PVC: PVC, polyvinylchloride, pvc-verpakkingen
nitrates: nitraat, nitraten, natriumnitraat, kaliumnitraat
baby walkers: loopstoeltjes, loopstoeltje, babyloopstoeltjes, babyloopstoeltje, babywalkers, babywalker
infant formula advertising: reclame voor zuigelingenvoeding, reclame voor flesvoeding, reclame voor babymelk, reclame voor kunstvoeding, reclame voor moedermelkvervangers, marketing van moedermelkvervangers, marketing van zuigelingenvoeding, zuigelingenvoedingreclame
weight-loss drugs: afslankmedicijnen, afslankmedicijn, afvalmedicijnen, afvalmedicijn, afvalprikken, afvalprik, afslankprik, afslankprikken, obesitasmedicijnen, obesitasmedicatie, Ozempic, Wegovy, semaglutide, tirzepatide, Mounjaro, sibutramine
diet pills: afslankpillen, afslankpil, dieetpillen, dieetpil, afvalpillen, afvalpil, afslankmiddelen, afslankmiddel, vetverbranders, eetlustremmers
ketamine: ketamine
psychedelics: psychedelica, psychedelische middelen, psychedelische drugs, hallucinogenen, hallucinogene middelen, hallucinogene drugs, LSD, DMT, ayahuasca, mescaline, peyote, ibogaïne
xylazine: xylazine
nitazenes: nitazenen, nitazeen, isotonitazeen, protonitazeen, metonitazeen, *nitazenen
delta-8 THC: delta-8-THC, delta-8 THC, delta-8
betel nut: betelnoot, betelnoten, arecanoot, arecanoten, pinangnoot, pinangnoten, betel
contraceptives: anticonceptiemiddelen, anticonceptiemiddel, anticonceptie, voorbehoedsmiddelen, anticonceptiepil, anticonceptiepillen, morning-afterpil, morning-afterpillen, noodanticonceptie, condooms, spiraaltjes
cosmetic fillers: fillers, huidvullers, lipfillers, lipfiller, hyaluronzuurfillers, hyaluronzuurinjecties, opvulmiddelen, fillerinjecties
hair relaxers: haarontkrullers, ontkrullers, haarontkruller, haarrelaxers, haarrelaxer, ontkrullingsmiddelen, chemische haarontkrulling, keratinebehandelingen
edible insects: eetbare insecten, insectenmeel, insecteneiwit, insecteneiwitten, krekelmeel, meelwormen, insecten als voedsel, voedsel op basis van insecten, insectenvoedsel
spirits: gedistilleerde dranken, gedistilleerd, jenever, wodka, whisky, brandewijn
wine: wijn, wijnen, wijnverkoop, wijnimport
moonshine: illegaal gestookte drank, illegaal gestookte alcohol, clandestiene drank, zelfgestookte drank, zelfgestookte alcohol, illegale alcohol, illegale drank, moonshine
button batteries: knoopcelbatterijen, knoopcelbatterij, knoopcellen, knoopcel, knoopbatterijen, knoopbatterij, *knoopcellen, *knoopcelbatterijen
magnetic toys: magnetisch speelgoed, magneetspeelgoed, speelgoed met magneten, magneetballetjes, magnetische balletjes, sterke magneten, krachtige magneten, neodymiummagneten
water beads: waterparels, gelparels, hydrogelparels, waterballetjes, gelballetjes, hydrogelbolletjes, Orbeez
lithium batteries: lithiumbatterijen, lithiumbatterij, lithium-ionbatterijen, lithium-ionbatterij, lithiumionbatterijen, lithium-ionaccu's, lithiumaccu's, lithiumaccu
counterfeit goods: namaakproducten, namaakgoederen, namaakartikelen, namaak, nagemaakte producten, vervalste producten, nepproducten, nepmerkartikelen, namaakkleding
counterfeit medicines: vervalste medicijnen, vervalste geneesmiddelen, nepmedicijnen, namaakmedicijnen, nepgeneesmiddelen, namaakgeneesmiddelen
dietary supplements: voedingssupplementen, voedingssupplement, supplementen, voedingssupletie, nutraceuticals
painkillers: pijnstillers, pijnstiller, pijnstillende middelen, analgetica, paracetamol, ibuprofen
homeopathy: homeopathie, homeopathische middelen, homeopathische geneesmiddelen, homeopathische producten
cosmetics: cosmetica, cosmetische producten, schoonheidsproducten, cosmeticaproducten
sweets: snoep, snoepgoed, snoepjes, zoetigheid, suikerwerk, lolly's
tablets: tablets, tablet-pc's, tabletcomputers, iPads
smart glasses: slimme brillen, slimme bril, smart glasses, AI-brillen, AI-bril, camerabrillen, camerabril, AR-brillen
AI-generated content: door AI gegenereerde content, door AI gegenereerde inhoud, door AI gegenereerde beelden, door AI gegenereerde afbeeldingen, AI-gegenereerde content, AI-gegenereerde beelden, AI-content, AI-beelden, door kunstmatige intelligentie gegenereerde content
end-to-end encryption: end-to-end-encryptie, end-to-endencryptie, end-to-end encryptie, end-to-end-versleuteling, end-to-endversleuteling, end-to-end versleuteling, E2EE
SIM cards: simkaarten, simkaart, sim-kaarten, sim-kaart, prepaid simkaarten, eSIM, *simkaarten
satellite internet: satellietinternet, internet via satelliet, Starlink, Starlink-terminals, Starlink-schotels
online advertising: online advertenties, onlineadvertenties, online reclame, onlinereclame, digitale reclame, internetreclame, digitale advertenties, reclame op internet
influencer marketing: influencermarketing, influencer-marketing, influencerreclame, reclame door influencers, gesponsorde posts, gesponsorde berichten
crypto advertising: cryptoreclame, cryptoreclames, reclame voor crypto, reclame voor cryptomunten, reclame voor cryptovaluta, crypto-advertenties, cryptoadvertenties
crypto payments: cryptobetalingen, betalingen met crypto, betalen met crypto, betalingen in crypto, betalen met cryptomunten, betalingen met cryptomunten, bitcoinbetalingen
lotteries: loterijen, loterij, loterijloten, lotto, *loterijen
betting shops: wedkantoren, wedkantoor, gokkantoren, bookmakers
payday loans: flitskredieten, flitskrediet, flitsleningen, minileningen, snelle leningen
foreign currency: vreemde valuta, buitenlandse valuta, deviezen
podcasts: podcasts, podcast, *podcasts
foreign journalists: buitenlandse journalisten, buitenlandse journalist, buitenlandse verslaggevers, buitenlandse correspondenten, buitenlandse pers
comics: stripboeken, stripverhalen, stripalbums, graphic novels, manga's, comics
anime: anime, animeseries, Japanse animatie
foreign films: buitenlandse films, buitenlandse film
rap music: rapmuziek, hiphop, hip-hop
drill music: drillmuziek, drill-muziek, drillrap, drillclips, drillvideo's, drillnummers
raves: raves, rave, raveparty's, raveparty
strikes: stakingen, werkonderbrekingen, stakingsrecht
political parties: politieke partijen, politieke partij
opposition parties: oppositiepartijen, oppositiepartij
trade unions: vakbonden, vakbond, vakverenigingen
missionaries: missionarissen, missionaris, zendelingen, zendeling, zendingswerk, proselitisme
miniskirts: minirokken, minirokjes, minirok, minirokje, korte rokken, korte rokjes
make-up: make-up, make up, lippenstift, nagellak, schmink
robocalls: robocalls, geautomatiseerde oproepen, geautomatiseerde telefoontjes, automatische telefoontjes
telemarketing: telemarketing, telefonische verkoop, ongevraagde telefoontjes, ongevraagde verkoopgesprekken, koude acquisitie
junk fees: verborgen kosten, verborgen toeslagen, verborgen heffingen, junk fees
surge pricing: dynamische prijzen, dynamische prijsstelling, dynamische prijszetting, piekprijzen
non-compete clauses: concurrentiebedingen, concurrentiebeding, non-concurrentiebedingen, non-concurrentiebeding
child labour: kinderarbeid, *kinderarbeid
unpaid internships: onbetaalde stages, onbetaalde stage, onbetaalde stagiairs
dogs: honden, hond, hondenverbod, zwerfhonden
cats: katten, kat, poezen, huiskatten, zwerfkatten
cattle: runderen, koeien, rundvee, vee
glue traps: lijmvallen, lijmval, lijmplanken, lijmplank
snares: wildstrikken, draadstrikken, strikvallen
leghold traps: klemvallen, wildklemmen, voetklemmen, klemmen met tanden
fish farming: aquacultuur, viskwekerij, viskwekerijen, visteelt, viskweek
salmon farming: zalmkwekerij, zalmkwekerijen, zalmkweek, kweekzalm
octopus farming: octopuskwekerij, octopuskwekerijen, octopusfarm, octopusfarms, octopuskweek
krill fishing: krillvisserij, krillvangst
lobster fishing: kreeftenvisserij, kreeftvisserij, kreeftenvangst
shellfish harvesting: schelpdiervisserij, schelpdierenvisserij, mosselvisserij, kokkelvisserij
rodeos: rodeo, rodeo's, rodeoshows
elephant rides: olifantenritjes, olifantenritje, olifantenrit, olifantenritten, olifantritjes, rijden op olifanten
puppy sales: puppyhandel, puppyverkoop, verkoop van puppy's, puppyfokkerijen, puppyfabrieken
pet shops: dierenwinkels, dierenwinkel, dierenspeciaalzaken, dierenspeciaalzaak
crossbows: kruisbogen, kruisboog
swords: zwaarden, samoeraizwaarden, katana's
air guns: luchtbuksen, luchtbuks, luchtdrukwapens, luchtpistolen, luchtdrukgeweren
high-capacity magazines: magazijnen met hoge capaciteit, magazijnen met grote capaciteit, grote-capaciteitsmagazijnen
explosives: explosieven, springstoffen, explosieve stoffen, dynamiet
tear gas: traangas, traangasgranaten, traangasgranaat
rubber bullets: rubberkogels, rubberen kogels, rubberkogel
white phosphorus: witte fosfor, fosforbommen
flares: fakkels, bengaals vuur, bengaalse vuren, noodfakkels
steel: staal, staalproducten, staalimport, staalexport, Russisch staal
aluminium: aluminium, Russisch aluminium
copper: het koper, koperexport, koperconcentraat, kopererts
nickel: nikkel, nikkelerts
bauxite: bauxiet
lithium: lithium
cobalt: kobalt
tungsten: wolfraam
love locks: liefdesslotjes, liefdesslotje, liefdessloten, liefdesslot
key boxes: sleutelkastjes, sleutelkastje, sleutelkluisjes, sleutelkluisje, sleutelkluizen, sleutelkluis
wheeled suitcases: rolkoffers, rolkoffer, koffers met wieltjes
street performers: straatartiesten, straatartiest, straatmuzikanten, straatmuzikant, straatmuziek, levende standbeelden
rough sleeping: op straat slapen, slapen op straat, slapen in de openbare ruimte, buiten slapen
homeless encampments: daklozenkampen, daklozenkamp, tentenkampen van daklozen, tentenkampen
tourist groups: toeristengroepen, groepen toeristen, reisgezelschappen
second homes: tweede woningen, tweede woning, tweede huizen, recreatiewoningen
foreign home buyers: buitenlandse kopers, buitenlandse huizenkopers, huizenkoop door buitenlanders, verkoop van woningen aan buitenlanders
new hotels: nieuwe hotels, nieuw hotel, hotelstop, hotelbouw, bouw van nieuwe hotels
# 0.27.0: more categories
game consoles: spelcomputers, spelcomputer, gameconsoles, gameconsole, spelconsoles, spelconsole, *spelcomputers, *gameconsoles
gas-powered garden equipment: benzine-tuingereedschap, benzinetuingereedschap, tuingereedschap op benzine, tuinmachines op benzine, tuinapparatuur op benzine, benzine-heggenscharen, benzine-bosmaaiers, bosmaaiers op benzine, kettingzagen op benzine, bladblazers op benzine, brandstofaangedreven tuingereedschap
sex dolls: sekspoppen, sekspop, kindersekspoppen, kinderlijke sekspoppen, sekspoppen met een kinderlijk uiterlijk, seksrobots, sexdolls, *sekspoppen
selfie sticks: selfiesticks, selfiestick, selfie-sticks, selfie-stick, selfiestokken, selfiestok
disposable lighters: wegwerpaanstekers, wegwerpaansteker, aanstekers, plastic aanstekers, goedkope aanstekers
coal stoves: kolenkachels, kolenkachel, kolenketels, kolenverwarming, steenkoolkachels, verwarming op kolen, kachels op kolen
dashcams: dashcams, dashcam, dashboardcamera's, dashboardcamera, autocamera's
coffee capsules: koffiecups, koffiecupjes, koffiecapsules, koffiecapsule, koffiepads, aluminium koffiecups, Nespresso-cups, wegwerp-koffiecups, *koffiecups, *koffiecapsules
bottled water: flessenwater, water in flessen, gebotteld water, waterflesjes, flesjes water, verkoop van flessenwater
bicycles: fietsen, fiets, fietsers, fietsverkeer, fietsgebruik
camper vans: campers, camper, kampeerauto's, kampeerauto, campervans, campervan, caravans, camperbusjes, overnachten in de auto, overnachten in campers, wonen in een camper, vanlife, *kampeerauto's
right-hand-drive vehicles: rechtsgestuurde auto's, rechtsgestuurde voertuigen, rechtsgestuurde auto, rechtsgestuurde wagens, voertuigen met stuur rechts, auto's met het stuur rechts, auto's met stuur rechts
self-driving cars: zelfrijdende auto's, zelfrijdende auto, zelfrijdende voertuigen, zelfrijdend voertuig, autonome voertuigen, autonoom voertuig, autonome auto's, robottaxi's, robotaxi's, robotaxi, zelfrijdende taxi's, zelfrijdende vrachtwagens, auto's zonder bestuurder, *robottaxi's
petrol motorbikes: benzinescooters, benzinescooter, benzinebrommers, benzinebrommer, brommers op benzine, scooters op benzine, motoren op benzine, tweetaktscooters, tweetakt-scooters, fossiele scooters, benzinemotorfietsen, *benzinescooters
street racing: illegale straatraces, straatraces, straatrace, illegale races, illegale autoraces, autoraces op de openbare weg, carmeets, car meets, *straatraces
beer bikes: bierfietsen, bierfiets, beer bikes, partyfietsen, feestfietsen, *bierfietsen
leaded fuel: gelode benzine, loodhoudende benzine, loodhoudende brandstof, gelode brandstof, lood in benzine, tetra-ethyllood, loodhoudende vliegtuigbrandstof
liquids in hand luggage: vloeistoffen in de handbagage, vloeistoffen in handbagage, vloeistoffenregel, vloeistofregel, vloeistoffenbeperking, vloeistofbeperking, 100 ml-regel, 100ml-regel, 100-milliliterregel, limiet van 100 milliliter, vloeistoffen aan boord
studded tyres: spijkerbanden, spijkerband, banden met spijkers, *spijkerbanden
ractopamine: ractopamine, varkensvlees met ractopamine
durian: doerian, doerians, durian, durians, stinkvrucht, stinkvruchten
alcopops: alcopops, alcopop, premixen, premix, mixdrankjes met alcohol, breezers, hard seltzers, kant-en-klare cocktails
late-night alcohol sales: nachtelijke alcoholverkoop, alcoholverkoop 's nachts, verkoop van alcohol 's nachts, alcoholverkoop na 22.00 uur, verkoop van alcohol na middernacht, nachtverkoop van alcohol
drinks promotions: happy hours, happy hour, happy-hours, stuntprijzen voor alcohol, prijsstunts met alcohol, alcoholacties, prijsacties op alcohol, drankacties, onbeperkt drinken, all-you-can-drink, open bar
DDT: DDT, dichloordifenyltrichloorethaan
fluorinated gases: F-gassen, fluorhoudende gassen, gefluoreerde broeikasgassen, gefluoreerde gassen, HFK's, fluorkoolwaterstoffen, CFK's, chloorfluorkoolwaterstoffen, HCFK's, SF6, zwavelhexafluoride, ozonafbrekende stoffen, koudemiddelen
chlorinated solvents: gechloreerde oplosmiddelen, trichlooretheen, trichloorethyleen, TCE, perchloorethyleen, tetrachlooretheen, dichloormethaan, methyleenchloride
cyanide: cyanide, cyaniden, natriumcyanide, cyanide-uitloging, gebruik van cyanide
acetamiprid: acetamiprid
rodenticides: rodenticiden, rodenticide, rattengif, muizengif, gifkorrels, gifaas, anticoagulante rodenticiden
road salt: strooizout, strooizouten, dooizout, wegenzout, zoutstrooien, gladheidsbestrijding met zout
flame retardants: vlamvertragers, vlamvertrager, gebromeerde vlamvertragers, broomhoudende vlamvertragers, PBDE's, brandvertragers, brandvertragende middelen
engineered stone: composietsteen, kunststeen, kwartscomposiet, kwartscomposietsteen, composiet aanrechtbladen, kunststenen aanrechtbladen, engineered stone
cocaine: cocaïne, cocaine
methamphetamine: methamfetamine, metamfetamine, crystal meth, crystalmeth, meth, yaba, shabu
MDMA: MDMA, XTC, ecstasy, xtc-pillen, ecstasypillen, MDMA-therapie, MDMA-ondersteunde therapie, *xtc-pillen
opium poppy cultivation: papaverteelt, opiumteelt, opiumpapaver, opiumpapavers, papavervelden, opium, opiumproductie, teelt van opiumpapavers, teelt van papavers
new psychoactive substances: nieuwe psychoactieve stoffen, NPS, designerdrugs, designer drugs, legal highs, research chemicals, synthetische cathinonen, 4-FA, mefedron
GHB: GHB, GBL, vloeibare xtc, gamma-hydroxyboterzuur, gamma-butyrolacton
bear bile: berengal, berengalboerderijen, berengalfarms, galberen, gal van beren
donkey skins: ezelhuiden, ezelshuiden, ezelhuid, handel in ezelhuiden, slacht van ezels, ezelslacht, ejiao, ezelgelatine
tail docking: het couperen van staarten, staartcouperen, gecoupeerde staarten, gecoupeerde honden, couperen van staarten, couperen van oren, het couperen van oren
declawing: ontklauwen, ontklauwen van katten, ontklauwde katten, declawing
sow stalls: zeugenboxen, zeugenbox, kraamhokken, kraamboxen, zeugenkooien, *zeugenboxen
chick culling: kuikendoden, haantjesdoden, het doden van haantjes, doden van eendagshaantjes, vergassen van haantjes, vermalen van kuikens, het shredderen van kuikens
live poultry markets: levende-dierenmarkten, markten met levende dieren, markt met levende dieren, levendpluimveemarkten, markten voor levend pluimvee, wet markets, natte markten, verkoop van levend pluimvee
big cats: grote katachtigen, grote katten, tijgers als huisdier, leeuwen als huisdier, privébezit van grote katachtigen, wilde katachtigen
badger culling: dassenruiming, het doden van dassen, afschot van dassen, dassenbestrijding
bull running: stierenrennen, stierenren, encierro, encierros, stierenlopen, toro embolado, bous al carrer, stierenfeesten
animal sacrifice: dierenoffers, dierenoffer, offeren van dieren, rituele dierenoffers, offerdieren
wildlife feeding: bijvoeren van wilde dieren, voeren van wilde dieren, wilde dieren voeren, voeren van wilde zwijnen, bijvoeren van wilde zwijnen, eendjes voeren, eenden voeren, voeren van eenden, meeuwen voeren, voeren van meeuwen, apen voeren, voeren van apen, bijvoeren van wild
exotic skins: exotische huiden, exotisch leer, exotische leersoorten, krokodillenleer, krokodillenhuid, slangenleer, slangenhuid, pythonleer, reptielenleer, reptielenhuiden, alligatorleer
spitting: spugen op straat, spugen in het openbaar, op straat spugen, rochelen op straat
littering: zwerfafval, zwerfvuil, afval op straat gooien, peuken op straat gooien, illegale dumpingen, illegale afvaldumping, afvaldumping, littering
jaywalking: door rood lopen, door rood licht lopen, oversteken bij rood, oversteken buiten het zebrapad, roodlopen, jaywalking
loitering: rondhangen, hangjongeren, hanggroepen, loitering, *hangjongeren
skateboarding: skateboards, skateboard, skateboarden, skaten, skeeleren, skeelers, rolschaatsen
public nudity: naaktheid in het openbaar, openbare naaktheid, naturisme, nudisme, naturisten, nudisten, naaktrecreatie, naaktstranden, naaktstrand, naaktzwemmen, naaktwandelen, topless zonnen, topless, monokini
swimwear in the street: in badkleding op straat, badkleding in de stad, zwemkleding in de stad, in zwemkleding door de stad, badpakken op straat, in bikini over straat, met ontbloot bovenlijf, ontbloot bovenlijf, blote bovenlijven, bloot bovenlijf, zonder shirt over straat
eating in the street: eten op straat, eten op de stoep, eten op de trappen, eten tijdens het lopen, eten onder het lopen, picknicken op monumenten, eten in de openbare ruimte
graffiti: graffiti, bekladding, bekladdingen, verfspuitbussen, spuitbussen, spuitbussen met verf, verkoop van spuitbussen
honking: toeteren, claxonneren, getoeter, claxons, claxon, gebruik van de claxon, toeterconcerten
dancing: dansen, dansfeesten, dansevenementen, dansavonden, openbaar dansen, gemengd dansen
entering forests: betreden van bossen, bossen betreden, toegang tot bossen, toegang tot het bos, toegang tot natuurgebieden, natuurgebieden betreden, betreden van natuurgebieden, bosgebieden betreden, betreden van de heide, heidegebieden betreden
Halloween: Halloween, halloweenfeesten, halloweenfeest, halloweenviering, halloweenvieringen, halloweenkostuums, trick-or-treaten, snoep of je leven
Valentine's Day: Valentijnsdag, valentijnsvieringen, valentijnscadeaus, Sint-Valentijn, Valentijnsdagvieringen
beauty pageants: schoonheidswedstrijden, schoonheidswedstrijd, missverkiezingen, missverkiezing, miss-verkiezingen, schoonheidswedstrijden voor kinderen, *missverkiezingen
pub crawls: kroegentochten, kroegentocht, georganiseerde kroegentochten, pubcrawls, pub crawls, pubcrawl, *kroegentochten
Quran burning: koranverbrandingen, koranverbranding, verbranding van de Koran, verbranden van de Koran, verbranden van korans, koranschendingen, koranschennis, schending van de Koran, schending van heilige boeken, *koranverbrandingen
flag burning: vlagverbrandingen, vlagverbranding, vlaggenverbranding, verbranden van vlaggen, verbranden van de vlag, verbranding van vlaggen, vlagschennis, *vlagverbrandingen
Holocaust denial: Holocaustontkenning, Holocaust-ontkenning, ontkenning van de Holocaust, ontkennen van de Holocaust, holocaustontkenners, genocideontkenning, ontkenning van genocide, ontkenning van de genocide
Z symbol: Z-symbool, Z-symbolen, Z-teken, letter Z, de letter Z
sex shops: seksshops, seksshop, sexshops, sexshop, sekswinkels, sekswinkel, erotiekwinkels, erotiekwinkel, *seksshops, *sekswinkels
strip clubs: stripclubs, stripclub, striptenten, striptent, lapdanceclubs, lapdance-clubs, *stripclubs
massage parlours: massagesalons, massagesalon, erotische massagesalons, Thaise massagesalons, *massagesalons
beauty salons: schoonheidssalons, schoonheidssalon, beautysalons, beautysalon, *schoonheidssalons
minimarkets: nachtwinkels, nachtwinkel, minimarkten, minimarkt, minimarkets, avondwinkels, avondwinkel, 24-uurswinkels, gemakswinkels, *nachtwinkels
vape shops: vapeshops, vapeshop, vape shops, vapewinkels, vapewinkel, e-sigarettenwinkels, e-sigarettenwinkel, dampwinkels, speciaalzaken voor e-sigaretten, *vapewinkels, *vapeshops
cannabis shops: coffeeshops, coffeeshop, cannabiswinkels, wietwinkels, wietshops, cannabisclubs, cannabis social clubs, *coffeeshops
drive-throughs: drive-throughs, drive-through, drive-thru, drive-thrus, McDrive, drive-inrestaurants
dark stores: flitsbezorgers, flitsbezorger, flitsbezorging, darkstores, dark stores, dark store, darkstore, flitsbezorghubs, bezorghubs, dark kitchens, ghost kitchens, spookkeukens, *flitsbezorgers, *darkstores
prescription drug advertising: reclame voor geneesmiddelen, geneesmiddelenreclame, reclame voor medicijnen, medicijnreclame, publieksreclame voor geneesmiddelen, reclame voor receptgeneesmiddelen, farmaceutische reclame, *geneesmiddelenreclame
advertising to children: reclame gericht op kinderen, kinderreclame, reclame voor kinderen, reclame aan kinderen, marketing gericht op kinderen, reclame in kinderprogramma's, op kinderen gerichte reclame, *kinderreclame
junk mail: ongeadresseerd reclamedrukwerk, ongeadresseerde reclame, reclamedrukwerk, reclamefolders, huis-aan-huisfolders, reclame in de brievenbus, papieren reclame, *reclamefolders
digital billboards: digitale reclameborden, digitaal reclamebord, digitale billboards, reclameschermen, reclamescherm, led-reclameborden, digitale reclamezuilen, digitale reclame-uitingen, buitenreclameschermen, *reclameschermen
carbon-neutral claims: greenwashing, groenwassen, groene claims, milieuclaims, klimaatclaims, duurzaamheidsclaims, claims over klimaatneutraliteit, CO2-neutraal-claims, klimaatneutraal-claims, misleidende milieuclaims, misleidende duurzaamheidsclaims
CFDs: CFD's, CFD, CFD-handel, CFD-producten, hefboomproducten
prediction markets: voorspellingsmarkten, voorspellingsmarkt, voorspellingsplatforms, gokken op verkiezingen, weddenschappen op verkiezingen, verkiezingsweddenschappen
fantasy sports: fantasy sports, fantasysport, fantasy-sport, fantasy-competities, spellen met echt geld, games met echt geld
share buybacks: aandeleninkoop, inkoop van eigen aandelen, aandeleninkoopprogramma's, aandeleninkoopprogramma, terugkoop van aandelen, inkoopprogramma's, buybacks, *aandeleninkoop
golden passports: gouden paspoorten, gouden paspoort, staatsburgerschap voor investeerders, burgerschap in ruil voor investeringen, verkoop van paspoorten, verkoop van staatsburgerschap, paspoorten te koop
golden visas: gouden visa, gouden visum, golden visa, golden visas, investeerdersvisa, investeerdersvisum, verblijfsvergunningen voor investeerders, verblijfsvergunning voor investeerders
ransom payments: losgeldbetalingen, losgeldbetaling, betalen van losgeld, betaling van losgeld, ransomwarebetalingen, *losgeldbetalingen
stock trading by lawmakers: aandelenhandel door parlementariërs, aandelenhandel door Congresleden, aandelenhandel door politici, aandelenhandel door volksvertegenwoordigers, aandelenhandel door leden van het Congres, handel in aandelen door Congresleden
CBDCs: digitale centralebankmunten, digitale centralebankvaluta, digitaal centralebankgeld, CBDC, CBDC's, digitale euro, digitale dollar, digitale yuan, e-yuan, digitale roebel
pirate sites: illegale streamingsites, illegale streamingdiensten, piratensites, piraterijsites, illegaal streamen, illegale IPTV, illegale iptv-abonnementen, IPTV-piraterij, illegaal downloaden, illegale downloads, torrentsites, downloadsites, online piraterij, *piratensites
loan apps: leenapps, leenapp, lening-apps, kredietapps, kredietapp, apps voor leningen, online leenplatforms, *leenapps
AI companions: AI-companions, AI-companion, AI-vriendinnen, AI-vriendin, AI-vrienden, virtuele vriendinnen, virtuele metgezellen, AI-metgezellen, companion-apps, chatbotvrienden
addictive feeds: verslavende feeds, algoritmische feeds, gepersonaliseerde feeds, aanbevelingsalgoritmes, aanbevelingsalgoritmen, aanbevelingsalgoritme, eindeloos scrollen, oneindig scrollen, infinite scroll, autoplay, automatisch afspelen, verslavend ontwerp, verslavende ontwerpen, verslavende functies
suppressors: geluiddempers voor wapens, geluiddempers op vuurwapens, geluiddempers voor jachtgeweren, geluiddemper op vuurwapens, wapendempers, suppressors
knuckle-dusters: boksbeugels, boksbeugel, *boksbeugels
flick knives: valmessen, valmes, vlindermessen, vlindermes, springmessen, springmes, balisongs, butterflymessen, *vlindermessen, *valmessen
machine guns: machinegeweren, machinegeweer, automatische wapens, automatisch wapen, volautomatische wapens, automatische geweren, machinepistolen, machinepistool, *machinegeweren
blank guns: gaspistolen, gaspistool, startpistolen, startpistool, schreckschusspistolen, schreckschusswapens, losse-flodderpistolen, signaalpistolen
autonomous weapons: autonome wapens, autonoom wapen, autonome wapensystemen, dodelijke autonome wapens, dodelijke autonome wapensystemen, killer robots, killerrobots, moordrobots, AI-wapens
chokeholds: nekklemmen, nekklem, wurggrepen, wurggreep, verwurgingstechnieken, halsklemmen, *nekklemmen
death penalty: doodstraf, doodstraffen, doodvonnissen, doodvonnis, terdoodveroordelingen, terdoodveroordeling
virginity tests: maagdelijkheidstests, maagdelijkheidstest, maagdelijkheidsverklaringen, maagdelijkheidsverklaring, maagdenvliesherstel, maagdenvliesreconstructie, hymenreconstructie, hymenoplastiek, maagdelijkheidscontroles, *maagdelijkheidstests
IVF: IVF, ivf-behandelingen, ivf-behandeling, in-vitrofertilisatie, in-vitro fertilisatie, reageerbuisbevruchting, vruchtbaarheidsbehandelingen, vruchtbaarheidsbehandeling, kunstmatige voortplanting
circumcision: besnijdenis, besnijdenissen, jongensbesnijdenis, besnijdenis van jongens, rituele besnijdenis, religieuze besnijdenis, mannelijke besnijdenis, brit mila
girls' education: onderwijs voor meisjes, meisjesonderwijs, scholing voor meisjes, scholing van meisjes, middelbaar onderwijs voor meisjes, middelbare scholen voor meisjes, onderwijs voor vrouwen, universitair onderwijs voor vrouwen, toegang van vrouwen tot universiteiten, meisjesscholen
transgender athletes: transgender atleten, transgender sporters, transgender sportsters, trans atleten, trans sporters, transatleten, transvrouwen in de vrouwensport, trans vrouwen in de vrouwensport, transgendervrouwen in de sport, transgender sportvrouwen
mask mandates: mondkapjesplicht, mondkapjesverplichting, mondkapplicht, mondkapjesgebod, verplichte mondkapjes, verplicht mondkapje, mondmaskerplicht, mondmaskerverplichting, verplichte mondmaskers, *mondkapjesplicht
geoengineering: geo-engineering, geoengineering, zonne-geo-engineering, wolkenzaaien, wolken zaaien, weermanipulatie, weersbeïnvloeding, beïnvloeding van het weer, zonnestralingsbeheer, stratosferische aerosolinjectie, chemtrails
butterfly bushes: vlinderstruiken, vlinderstruik, buddleja, buddleia, *vlinderstruiken
knotweed: Japanse duizendknoop, duizendknoop, Aziatische duizendknoop, Fallopia japonica, Reynoutria japonica
eucalyptus plantations: eucalyptusplantages, eucalyptusplantage, eucalyptus, eucalyptusbomen, eucalyptusaanplant, nieuwe eucalyptusplantages, eucalyptusmonoculturen, *eucalyptusplantages
gold: goudexport, goudexporten, goudimport, goudimporten, Russisch goud, goudstaven, ruw goud, ongeraffineerd goud, uitvoer van goud
iron ore: ijzererts, ijzerertsexport, ijzererts-export, export van ijzererts, ijzerertspellets
raw cashew nuts: cashewnoten, cashewnoot, ruwe cashewnoten, onbewerkte cashewnoten, cashews, export van cashewnoten, cashewexport
shea nuts: sheanoten, sheanoot, shea-noten, ruwe sheanoten, export van sheanoten, karité
cotton: katoen, ruwe katoen, katoenexport, katoenexporten, katoenimport, katoen uit Xinjiang, Xinjiang-katoen, katoenen producten, katoenvezel, katoengaren
avocados: avocado's, avocado, avocado-import, avocado-export, avocado-importen, Mexicaanse avocado's, import van avocado's, export van avocado's
motor fuel: brandstofexport, brandstofexporten, benzine-export, benzine-exporten, dieselexport, dieselexporten, uitvoer van brandstof, brandstofimport, benzine-import, dieselimport, Russische diesel, Russische benzine, geraffineerde brandstoffen
hazardous waste: gevaarlijk afval, gevaarlijke afvalstoffen, giftig afval, chemisch afval, afvalexport, afvalexporten, afvalimport, afvalimporten, export van afval, import van afval, afvaltransporten, geïmporteerd afval, *afvalexport
# 0.28.0: more categories
bidis: bidi, bidi's
kreteks: kretek, kreteks
single cigarettes: losse sigaretten
synthetic nicotine: synthetische nicotine
absinthe: absint
kava: kava
powdered alcohol: poederalcohol, alcoholpoeder
alcohol deliveries: alcoholbezorging, bezorging van alcohol, thuisbezorging van alcohol
heroin: heroïne
amphetamines: amfetamine, amfetaminen
pregabalin: pregabaline, gabapentine
benzodiazepines: benzodiazepinen, benzodiazepine, benzo's, alprazolam
pseudoephedrine: pseudo-efedrine, pseudoefedrine
ethylene oxide: ethyleenoxide
dicamba: dicamba
ammonium nitrate: ammoniumnitraat
PCBs: PCB's, polychloorbifenylen
parabens: parabenen
triclosan: triclosan
methyl bromide: methylbromide
caviar: kaviaar
whale meat: walvisvlees
peanuts: pinda's, pinda, pindanoten
factory farming: megastallen, intensieve veehouderij, bio-industrie, fabrieksboerderijen
sewage sludge: zuiveringsslib, rioolslib
manure spreading: drijfmest, mestuitrijden, uitrijden van mest, mest
piglet castration: castratie van biggen, biggencastratie
mulesing: mulesing
hare coursing: hazenjacht met windhonden, hazenjacht
bird hunting: vogeljacht, vogelvangst
blast fishing: vissen met dynamiet, vissen met explosieven
pulse fishing: pulsvissen, pulskor, vissen met elektrische pulsen
gillnets: staand want, kieuwnetten, staandwantnetten
coral harvesting: koraaloogst, koraalhandel, het oogsten van koraal
foraging: paddenstoelen plukken, paddenstoelenpluk, wildplukken
stray dog culling: doden van zwerfhonden, afmaken van zwerfhonden
spearfishing: speervissen, onderwaterjacht
flammable cladding: brandbare gevelbekleding, brandbare gevelisolatie, brandbare gevelpanelen
skyscrapers: wolkenkrabbers, hoogbouw, torenflats
dams: stuwdammen, stuwdamprojecten
biofuels: biobrandstoffen, biodiesel
landfilling: het storten van afval, stortplaatsen, vuilnisbelten
waste incineration: afvalverbranding, verbrandingsovens, afvalverbrandingsinstallaties
destruction of unsold goods: vernietiging van onverkochte goederen, vernietigen van onverkochte kleding
radar detectors: radardetectoren, flitspaalverklikkers
pavement parking: parkeren op de stoep, stoepparkeren
tinted windows: getinte ramen, geblindeerde ramen, raamfolie
shared bikes: deelfietsen, deelfiets, huurfietsen
hotel toiletries: minishampooflesjes, hotelzeepjes, wegwerptoiletartikelen
signal jammers: stoorzenders, jammers, GPS-jammers
satellite phones: satelliettelefoon, satelliettelefonie
hidden cameras: verborgen camera's, spycams
pagers: piepers, pagers, semafoons
walkie-talkies: walkietalkies, portofoons, walkie-talkies
headphones: oortjes, koptelefoon, hoofdtelefoon
short-video apps: apps voor korte video's, korte-videoplatforms
online pharmacies: online apotheken, internetapotheken
emotion recognition: emotieherkenning
tracking cookies: tracking cookies, trackingcookies, cookiemuren
cross-border data transfers: doorgifte van gegevens, datadoorgifte
internet cafés: internetcafés
ICOs: ICO's, initial coin offerings
peer-to-peer lending: P2P-leningen, peer-to-peer-leningen
social scoring: sociale scoring, sociale kredietsystemen
narcocorridos: narcocorridos
twerking: twerken, twerking
belly dancing: buikdansen, buikdans
reality shows: realityprogramma's, realitysoaps, reality-tv, realityshows
horror films: horrorfilms, griezelfilms
caricatures: spotprenten, karikaturen, cartoons
foreign words: anglicismen, Engelse woorden, leenwoorden
minarets: minaretten
opinion polls: peilingen, opiniepeilingen, exitpolls
child influencers: kindinfluencers, kinderinfluencers
hoodies: hoodies, capuchontruien
jeans: spijkerbroeken, spijkerbroek, jeans
camouflage clothing: camouflagekleding, legerkleding
beards: baarden, baard
high heels: hoge hakken, naaldhakken
public urination: wildplassen
fortune telling: waarzeggerij, waarzeggers, handlezen
witchcraft: hekserij, tovenarij, zwarte magie
hitchhiking: lifters, liftende reizigers
door-to-door sales: colportage, huis-aan-huisverkoop, deur-aan-deurverkoop
public displays of affection: zoenen in het openbaar, kussen in het openbaar
cross-dressing: travestie, crossdressing
homework: huiswerk
dowry: bruidsschat, bruidsprijs
organ sales: orgaanhandel, verkoop van organen
human cloning: klonen van mensen, reproductief klonen, klonen
gene editing: genbewerking, genoombewerking, CRISPR
blasphemy: godslastering, blasfemie
hate speech: haatzaaien, haatdragende uitlatingen, haatspraak
disinformation: desinformatie, nepnieuws
prenatal sex determination: geslachtsselectie, geslachtsbepaling van de foetus, geslachtsselectieve abortus
international adoption: interlandelijke adoptie, interlandelijke adopties, buitenlandse adoptie
pyramid schemes: piramidespelen, piramidefraude, ponzifraude
multi-level marketing: multilevelmarketing, netwerkmarketing, MLM
layoffs: ontslagen, ontslag
rent increases: huurverhogingen, huurverhoging, huurstijgingen
zero-hours contracts: nulurencontracten, oproepcontracten
body armour: kogelwerende vesten, steekwerende vesten
grenades: handgranaten, granaten
martial arts weapons: nunchaku's, werpsterren
slingshots: katapulten, katapult
depleted uranium munitions: verarmd uranium, munitie met verarmd uranium
biological weapons: biologische wapens
hollow-point bullets: dumdumkogels, holle-puntkogels, expanderende munitie
mercenaries: huurlingen, private militaire bedrijven
nuclear tests: kernproeven, kernwapenproeven
cooking oil: bakolie, spijsolie, plantaardige olie
flour: meel, tarwemeel
potash: kalimeststoffen, potas
urea: ureum
rosewood: palissander, rozenhout
fodder: veevoer, diervoeder, hooi
electricity exports: stroomexport, elektriciteitsexport
medical masks: mondkapjes, chirurgische maskers, mondmaskers
forced labour goods: producten gemaakt met dwangarbeid, producten uit dwangarbeid
foreign investment: buitenlandse investeringen
foreign land ownership: verkoop van landbouwgrond, grondverkoop aan buitenlanders
high-denomination banknotes: grote bankbiljetten, biljetten van 500 euro
bankers' bonuses: bankiersbonussen, bankbonussen
chess: schaken, schaakspel
boxing: boksen, bokswedstrijden
martial arts: vechtsporten, vechtsport, kickboksen
mixed martial arts: MMA, kooigevechten
wrestling: worstelen, worstelwedstrijden
yoga: yoga
ball games: balspelen, voetballen op straat
horse racing: paardenraces, paardenrennen, draverijen
motorsport: autosport, motorsport, autoraces
bungee jumping: bungeejumpen, bungeejumping
rock climbing: rotsklimmen, bergbeklimmen, klimsport
karaoke: karaoke
poker: poker, pokeren
mahjong: mahjong
playing cards: speelkaarten, kaartspelen
water pistols: waterpistolen, waterpistool
gyms: sportscholen, fitnesscentra
fidget spinners: fidget spinners, fidgetspinners
sledding: sleeën, sleetjerijden
paintball: paintball, airsoft
`);
