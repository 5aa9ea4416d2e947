// Categories of banned things (src/gazetteer/categories.ts): canonical name -> Danish forms.
// Danish writes compounds as one word and adds its article as an ending ("mobiltelefonerne"): stems end in "*".
// A stem must not start an unrelated word, nor a longer stem of another category ("tobak*" would
// take "tobaksreklamer"): where it would, the inflected forms are listed instead. A leading "*"
// matches the end of a compound ("*e-cigaretter" = smags-e-cigaretter); the few suffix forms also
// let a compound with a ban noun be read ("mobilforbud", "ølforbud": "mobil", "øl").
import { categoryTable } from "../../gazetteer/categories.js";

export const categories: Record<string, string[]> = categoryTable(`
tobacco: tobak, tobakken, tobakkens, tobaksvarer*, tobaksprodukter*, salg af tobak
cigarettes: cigaret, cigaretten, cigarettens, cigaretter, cigaretterne, cigaretters, cigaretpakker*, *cigaretter
e-cigarettes: e-cigaret*, ecigaret*, elcigaret*, elektroniske cigaretter*, elektronisk cigaret*, vape*, vaping, *e-cigaretter, *vapes
disposable vapes: engangs-e-cigaret*, engangsvape*, engangs-vape*, engangsdamper*, engangscigaret*, engangs e-cigaret*, puff bars
e-liquids: e-væske*, e-juice*, e-liquid*, nikotinvæske*, væske til e-cigaretter*
flavoured e-cigarettes: e-cigaretter med smag*, e-cigaretter med aroma*, aromatiserede e-cigaretter*, smagsstoffer i e-cigaretter*, smagsforbud*, smagsvarianter i e-cigaretter*
menthol cigarettes: mentolcigaret*, mentholcigaret*, mentol-cigaret*, menthol-cigaret*, cigaretter med mentol*, cigaretter med menthol*
flavoured tobacco: tobak med smag*, aromatiseret tobak*, smagstilsat tobak*, tobaksprodukter med smag*
flavoured cigarettes: cigaretter med smag*, cigaretter med karakteristisk aroma*, aromatiserede cigaretter*, smagscigaret*
nicotine pouches: nikotinpose*, nikotinposer*, nikotinpude*, hvid snus, tobaksfri snus, nicotine pouches
heated tobacco products: opvarmet tobak*, opvarmede tobaksprodukter*, tobaksopvarmer*, heat-not-burn*
cigars: cigar, cigaren, cigarens, cigarer*, cigarillo*
snus: snus, snusen
shisha: vandpibe*, shisha*, hookah*
chewing tobacco: skråtobak*, tyggetobak*, røgfri tobak*, gutka
rolling tobacco: rulletobak*, tobak til at rulle selv*, løs tobak
smoking: rygning*, tobaksrygning*, rygeforbud*, at ryge
tobacco advertising: tobaksreklame*, cigaretreklame*, reklame for tobak*, reklamer for tobak*, tobaksmarkedsføring*, markedsføring af tobak*, tobakssponsor*
alcohol: alkohol, alkoholen, alkoholens, alkoholholdige drikke*, alkoholiske drikke*, alkoholsalg*, salg af alkohol, spiritus, spiritussen
beer: øl, øllet, øllen, ølsalg*, salg af øl
alcohol advertising: alkoholreklame*, reklame for alkohol*, reklamer for alkohol*, alkoholmarkedsføring*, markedsføring af alkohol*
energy drinks: energidrik*, energy drinks, energydrinks
sugary drinks: sukkerholdige drikke*, sukkersødede drikke*, søde drikke*, sodavand*, læskedrik*
cannabis: cannabis, hash, hashen, marihuana
kratom: kratom
khat: khat, qat
magic mushrooms: psilocybin*, magiske svampe*, euforiserende svampe*
nitrous oxide: lattergas*, dinitrogenoxid*
synthetic cannabinoids: syntetiske cannabinoider*, syntetisk cannabis, syntetisk hash
CBD: CBD, cannabidiol*, CBD-olie*, CBD-produkter*
hemp flowers: hampeblomst*, CBD-blomst*, cannabis light
HHC: HHC, hexahydrocannabinol*
poppers: poppers, amylnitrit*, alkylnitrit*
foie gras: foie gras
fur: pels, pelse, pelsen, pelsene, pelsværk*, pelsprodukter*, pelssalg*, salg af pels*, dyrepels*
fur farming: pelsdyr*, pelsfarm*, pelsavl*, opdræt af pelsdyr*
mink farming: minkavl*, minkfarm*, minkproduktion*, minkopdræt*, minkerhverv*, mink, minkene
glyphosate: glyphosat*, glyfosat*, Roundup
pesticides: pesticid*, sprøjtemiddel*, sprøjtemidl*, plantebeskyttelsesmiddel*, plantebeskyttelsesmidl*, ukrudtsmiddel*, ukrudtsmidl*, insekticid*, herbicid*
neonicotinoids: neonikotinoid*, neonicotinoid*
GMOs: GMO*, genmodificerede afgrøder*, genmodificerede organismer*, genmodificerede fødevarer*, genmodificerede planter*, genmodificeret majs, genmodificeret soja, genetisk modificerede*
palm oil: palmeolie*
trans fats: transfedt*
lab-grown meat: laboratoriedyrket kød, laboratoriekød*, kunstigt kød, celledyrket kød, dyrket kød, labkød*
junk food advertising: reklame for usund mad*, reklamer for usund mad*, markedsføring af usund mad*, junkfoodreklame*, reklame for junkfood*, reklamer for junkfood*, reklame for fastfood*, reklamer for fastfood*
raw milk: rå mælk, upasteuriseret mælk
food dyes: madfarve*, fødevarefarvestof*, kunstige farvestoffer*, farvestoffer i fødevarer*, azofarvestof*
titanium dioxide: titandioxid*, titaniumdioxid*, E171
shark fins: hajfinne*
dog meat: hundekød*
cat meat: kattekød*
rhino horn: næsehornshorn
ivory: elfenben, elfenbenet, elfenbenshandel*, handel med elfenben, salg af elfenben
circus animals: cirkusdyr*, vilde dyr i cirkus*, dyr i cirkus*
trophy hunting: trofæjagt*, jagttrofæ*
bullfighting: tyrefægtning*
live animal exports: eksport af levende dyr*, eksport af levende kvæg*, eksport af levende får*, levende dyr til eksport
battery cages: burhøns*, buræg*, bursystem*, hønsebur*
bottom trawling: bundtrawl*, bundslæbende redskaber*
whaling: hvalfangst*, hvaljagt*, fangst af hvaler
animal testing: dyreforsøg*, forsøg på dyr, dyretest*
chewing gum: tyggegummi*
exotic pets: eksotiske kæledyr*, eksotiske dyr som kæledyr*, vilde dyr som kæledyr*
grain: korn, kornet, korneksport*, kornprodukter*
rice: riseksport*, risimport*, eksport af ris, import af ris, salg af ris
wheat: hvede*
onions: løg, løgene, løgeksport*
tomatoes: tomat*
potatoes: kartoffel*, kartofler*
beef: oksekød*
poultry: fjerkræ*, kyllingekød*, kyllingkød*
pork: svinekød*
sugar: sukker, sukkeret, sukkereksport*, sukkerimport*
eggs: æg, ægget, æggene
maize: majs*
fertilisers: gødning*, kunstgødning*, gødningsstof*
sunflower oil: solsikkeolie*
single-use plastics: engangsplast*, engangsprodukter af plast*, engangsprodukter i plast*, plastik til engangsbrug, engangsartikler*
plastic bags: plastikpose*, plastpose*, bærepose*, plastikbærepose*, plastbærepose*, bæreposer af plast*, *plastikposer
plastic straws: sugerør*, plastiksugerør*, plastsugerør*
plastic cutlery: plastikbestik*, plastbestik*, bestik af plast*, engangsbestik*, plastikgafler*, plastikskeer*
plastic plates: plastiktallerken*, plasttallerken*, tallerkener af plast*, engangstallerken*
plastic stirrers: rørepinde*, omrørere af plast*, plastikomrører*
plastic cotton buds: vatpind*, ørepind*
plastic balloon sticks: ballonpind*, ballonstang*, ballonstænger*, pinde til balloner
plastic cups: plastikkrus*, plastkrus*, plastikkop*, plastikbæger*, plastikbægre*, plastbæger*, plastbægre*, engangskrus*, engangskop*, engangsbæger*, engangsbægre*
plastic bottles: plastikflask*, plastflask*, PET-flask*, flasker af plast*
glass bottles: glasflasker*, glasflaske*
plastic packaging: plastemballage*, plastikemballage*, emballage af plast*, plastindpakning*, plastikindpakning*, plastfolie*
expanded polystyrene food containers: polystyren*, flamingobakke*, flamingokasse*, flamingoemballage*, emballage af flamingo*, styrofoam*
microbeads: mikroperler*, mikroplastkugler*, mikroplast i kosmetik*
oxo-degradable plastics: oxo-nedbrydelig plast, oxo-nedbrydeligt plast, oxo-nedbrydelig plastik, oxo-nedbrydeligt plastik, oxo-nedbrydelige produkter*, oxo-nedbrydelige plastprodukter*
oxo-degradable plastic bags: oxo-nedbrydelige plastikposer*, oxo-nedbrydelige plastposer*, oxo-nedbrydelige poser*, oxo-nedbrydelige bæreposer*
wet wipes: vådserviet*, fugtige servietter*
sky lanterns: himmellygte*, ønskelygte*, kinesiske lanterner*, kinesiske lygter*
coal: kul, kullet, kulkraft*, kulfyrede*, kulfyret*, kulminedrift*
combustion engine cars: benzinbil*, fossilbil*, benzin- og dieselbil*, biler med forbrændingsmotor*, forbrændingsmotor*
diesel cars: dieselbil*, dieselkøretøj*
gas boilers: gasfyr, gasfyret, gasfyrene, gasfyrenes, gaskedel*, gaskedl*, naturgasfyr*, gasopvarmning*
oil boilers: oliefyr*, oliekedel*, oliekedl*, olieopvarmning*
incandescent light bulbs: glødepære*, glødelampe*, halogenpære*, halogenlampe*, lysstofrør*
patio heaters: terrassevarmer*, udendørsvarmer*, udendørs varmelamper*
leaf blowers: løvblæser*, bladblæser*
wood stoves: brændeovn*, brændefyr*, pejs, pejse, pejsen, pejsene
PFAS: PFAS*, PFOA, PFOS, evighedskemikalie*
asbestos: asbest*
fracking: fracking, skifergas*, hydraulisk frakturering
deep-sea mining: dybhavsminedrift*, havbundsminedrift*, minedrift på havbunden, dybhavsudvinding*
aircraft: flyvemaskine*, luftfartøjer
private jets: privatfly*, privatjet*, private jetfly*
short-haul flights: kortdistancefly*, indenrigsfly*, korte flyrejser*, korte flyvninger*
cruise ships: krydstogtskib*, krydstogtsskib*
SUVs: SUV
e-scooters: elløbehjul*, el-løbehjul*, elektriske løbehjul*, lejeløbehjul*, udlejningsløbehjul*, delte løbehjul*
fossil fuel advertising: fossilreklame*, reklame for fossil*, reklamer for fossil*, markedsføring af fossil*
mobile phones: mobiltelefon*, mobiler*, mobilen*, mobil, telefoner, telefonerne, smartphone*
smartwatches: smartwatch*, smartur*
laptops: laptop*, bærbar computer*, bærbare computere*, bærbare pc'er*
power banks: powerbank*, power bank*
social media: sociale medier*, sociale netværk*
messaging apps: beskedapp*, beskedtjeneste*, chatapp*, chat-app*
video games: computerspil*, videospil*, konsolspil*
online games: onlinespil*, online spil, onlinegaming*
online gambling: online gambling, onlinekasino*, online kasino*, onlinecasino*, online casino*, online betting, spillesider*, spilsider*, bettingsider*, bettingapps*, spil om penge på nettet
gambling: gambling, spil om penge, kasino*, casino*, hasardspil*, pengespil*, betting
sports betting: sportsbetting*, sportsvæddemål*, væddemål på sport*
gambling advertising: spilreklame*, gamblingreklame*, bettingreklame*, reklame for spil*, reklamer for spil*, reklame for gambling*, reklamer for gambling*, reklame for betting*, reklamer for betting*
slot machines: spilleautomat*, gevinstautomat*, enarmede tyveknægte*
loot boxes: lootbox*, loot box*
cryptocurrencies: krypto, kryptovaluta, kryptovalutaen, kryptovalutaens, kryptovalutaer, kryptovalutaerne, kryptoaktiv*, digitale valutaer*, virtuelle valutaer*, kryptohandel*
crypto mining: kryptomining*, kryptominedrift*, kryptoudvinding*, kryptovalutaminedrift*, kryptovalutaudvinding*, bitcoinmining*, bitcoin-mining*, bitcoinudvinding*, udvinding af kryptovaluta*, minedrift af kryptovaluta*
crypto exchanges: kryptobørs*, kryptovalutabørs*, handelsplatforme for krypto*
VPNs: VPN*
AI chatbots: chatbot*, AI-chatbot*, generativ AI, generativ kunstig intelligens, AI-værktøj*, AI-apps*, AI-modeller*
facial recognition: ansigtsgenkendelse*
deepfakes: deepfake*
spyware: spyware*, spionsoftware*, spionprogram*
drones: drone*, droneflyvning*
telecom equipment: teleudstyr*, telekommunikationsudstyr*, netværksudstyr*
5G equipment: 5G-udstyr*, 5G-net*
surveillance cameras: overvågningskamera*, videoovervågning*, CCTV
semiconductors: halvleder*, mikrochip*, AI-chips*, avancerede chips*
mobile internet: mobilt internet, mobilinternet*, mobildata*, mobilnet*, adgang til mobilt internet
internet: internettet, internetadgang*, adgang til internettet, internetforbindelse*, internettjeneste*, internetnedlukning*, nedlukning af internettet
pornography: pornografi*, porno*
targeted advertising: målrettet reklame*, målrettede reklamer*, målrettet annoncering*, målrettede annoncer*, personaliseret reklame*, personaliserede reklamer*, personaliserede annoncer*, adfærdsbaseret annoncering*
social commerce: social commerce, social e-handel
satellite dishes: parabol, parabolen, paraboler, parabolerne, parabolantenne*, satellitantenne*, satellit-tv*
connected cars: opkoblede biler*, forbundne biler*, opkoblede køretøjer*, tilsluttede køretøjer*
routers: router*, wi-fi-router*, wifi-router*
live streaming: livestream*, live streaming, live-streaming*
media outlets: nyhedsmedie*, statsmedie*, udenlandske medier*, russiske medier*, nyhedssider*, tv-kanal*, tv-station*, radiostation*
books: bog, bogen, bøger, bøgerne, romaner, romanerne, lærebøger*, skolebøger*
music: musik, musikken, sange, sangene, musikvideo*
movies: film, filmen, filmene, spillefilm*
TV series: tv-serie*, tv-program*, tv-shows*
newspapers: avis, avisen, aviser, aviserne, dagblade, dagbladene, magasiner, magasinerne, ugeblad*
concerts: koncert*, musikfestival*, festival*
LGBTQ content: LGBT-indhold*, LGBTQ-indhold*, LGBTQ+-indhold*, LGBT+-indhold*, LGBT-propaganda*, LGBTQ-propaganda*, homopropaganda*, LGBTQ-bøger*, LGBT-bøger*
religious symbols: religiøse symboler*, religiøs beklædning*, religiøse beklædningsgenstande*
face coverings: burka*, niqab*, tildækningsforbud*, ansigtstildækning*, ansigtsdækkende beklædning*, heldækkende ansigtsslør*, ansigtsslør*
abayas: abaya*, qamis
headscarves: tørklæde*, hovedtørklæde*, hijab*
Nazi symbols: nazisymbol*, nazistiske symboler*, hagekors*, hitlerhilsen*, nazihilsen*, nazistflag*, nazistiske flag
protests: demonstration*, protester, protesterne, protestaktion*, protestmøde*
public gatherings: forsamlinger*, forsamlingsforbud*, sammenkomster*, offentlige arrangementer*, store arrangementer*, store forsamlinger*
cinemas: biograf, biografen, biografens, biografer*
Sunday trading: søndagsåbent*, søndagsåbning*, søndagshandel*, åbent om søndagen
rainbow flags: regnbueflag*, pride-flag*, prideflag*
short-term rentals: korttidsudlejning*, korttidsleje*, ferieudlejning*, Airbnb-udlejning*, udlejning via Airbnb
cash: kontanter, kontanterne, kontantbetaling*, kontant betaling, betaling med kontanter, kontanthandel*
surrogacy: surrogatmoderskab*, rugemoderskab*, rugemor*, rugemødre*, surrogatmor*, surrogatmødre*
conversion therapy: konverteringsterapi*, omvendelsesterapi*, homohelbredelse*
abortion: abort*
gender-affirming care: kønsbekræftende behandling*, kønsmodificerende behandling*, pubertetsblokker*, kønsskifte*
child marriage: børneægteskab*, ægteskab med mindreårige, ægteskaber med mindreårige
female genital mutilation: kønslemlæstelse*, kvindelig omskæring*, omskæring af piger*, FGM
corporal punishment: korporlig afstraffelse*, fysisk afstraffelse*, revselse*
begging: tiggeri*
prostitution: prostitution*, sexarbejde*, sexkøb*, køb af sex*, bordel, bordellet, bordeller*
ride-hailing: samkørselstjeneste*, samkørselsapp*, taxaapp*, taxa-app*, ride-hailing*
private tutoring: privatundervisning*, privat undervisning, betalt lektiehjælp
tanning beds: solarie*, solcent*
skin-lightening products: hudblegende produkter*, hudblegende cremer*, hudblegningsprodukt*, hudblegning*, blegecreme*
dangerous dog breeds: farlige hunderacer*, forbudte hunderacer*, kamphunde*, pitbull*
XL bully dogs: XL bully*, XL bullies, American XL bully*
billboards: reklameskilt*, reklametavle*, billboard*, udendørsreklame*
short selling: short selling*, shortsalg*, short-salg*
binary options: binære optioner*
firearms: skydevåben*, gevær*, halvautomatiske våben*, halvautomatiske rifler*
assault weapons: angrebsvåben*, automatvåben*, stormgevær*, angrebsrifle*, automatrifle*, AR-15*, militærlignende våben*
handguns: pistol*, håndvåben*, håndskydevåben*
ghost guns: spøgelsesvåben*, 3D-printede våben*, 3D-printet våben*
knives: kniv, kniven, knive, knivene, zombiekniv*, machete*
weapons: våben, våbnet, våbnene
landmines: landmine*, personelmine*, antipersonelmine*
cluster munitions: klyngeammunition*, klyngebombe*
fireworks: fyrværkeri*, nytårskrudt*, raketter og kanonslag
pepper spray: peberspray*
ammunition: ammunition*
toy guns: legetøjsvåben*, legetøjspistol*, våbenattrap*, attrapvåben*
laser pointers: laserpointer*, laserpen*
nuclear weapons: atomvåben*, kernevåben*
chemical weapons: kemiske våben*, kemisk våben*, kemiske kampstoffer*
hunting: jagt, jagten, jagt med hunde
wolf hunting: ulvejagt*, jagt på ulve*, nedskydning af ulve*, regulering af ulve*, ulveregulering*
bear hunting: bjørnejagt*, jagt på bjørne*
duck hunting: andejagt*, jagt på ænder, jagt på vandfugle, vandfuglejagt*
seal hunting: sæljagt*, sælfangst*, jagt på sæler, sælprodukter*
fox hunting: rævejagt*, jagt på ræve
fishing: fiskeri, fiskeriet, fiskeriets, fiskerier, fiskerierne, erhvervsfiskeri*, industrifiskeri*, kommercielt fiskeri
eel fishing: ålefiskeri*, ålefangst*, fiskeri efter ål, glasål*
cod fishing: torskefiskeri*, torskefangst*, fiskeri efter torsk
sardine fishing: sardinfiskeri*, sardinfangst*, fiskeri efter sardiner
tuna fishing: tunfiskeri*, tunfangst*, fiskeri efter tun*
shark fishing: hajfiskeri*, hajfangst*, fiskeri efter hajer
sea urchin fishing: søpindsvin*
driftnet fishing: drivgarn*
logging: skovhugst*, træfældning*, fældning af træer, tømmerhugst*
deforestation: skovrydning*, afskovning*, rydning af skov*, rydning af regnskov*
mining: minedrift*, mineaktivitet*, mineprojekt*, mineraludvinding*, udvinding af mineraler
metal mining: metalminedrift*, metaludvinding*, udvinding af metaller
gold mining: guldminedrift*, guldmine*, guldgravning*, guldudvinding*
open-pit mining: åben minedrift*, dagbrud*, åbne miner*
sand mining: sandsugning*, sandudvinding*, sandindvinding*, indvinding af sand, udvinding af sand
uranium mining: uranminedrift*, uranudvinding*, uranmine*, udvinding af uran
oil drilling: olieboring*, olieudvinding*, olieefterforskning*, olie- og gasudvinding*, olie- og gasefterforskning*, olie- og gastilladelser*, olie- og gaslicenser*, efterforskning af olie*, boring efter olie*
offshore drilling: offshoreboring*, offshoreolie*, boring til havs, olieboring til havs, olieudvinding til havs
peat: tørv, tørven, tørvegravning*, tørveudvinding*, tørvejord*, spagnum*
apricot kernels: abrikoskerne*
meat: kød, kødet, kødprodukter*, rødt kød, forarbejdet kød, kødimport*
meat advertising: kødreklame*, reklame for kød*, reklamer for kød*, markedsføring af kød*
dairy products: mejeriprodukt*, mejerivarer*, mælkeprodukt*, mælkepulver*
seafood: fisk og skaldyr, skaldyr, skaldyrene, fiskeprodukt*, fiskevarer*, fiskeimport*
honey: honning, honningen, honningimport*
cocoa: kakao*
fruit: frugt, frugten, frisk frugt, frugtimport*
vegetables: grøntsag*
soybeans: sojabønne*, soja, sojaprodukt*
horse meat: hestekød*
bushmeat: bushmeat*, bushkød*
wildlife trade: handel med vilde dyr*, handel med dyreliv*, handel med vildtlevende dyr*, salg af vilde dyr*, vildtmarkeder*
aspartame: aspartam*, E951
artificial sweeteners: sødestof*, sødemiddel*, sødemidler*, kunstige sødestoffer*, kunstigt sødemiddel*
food additives: tilsætningsstof*, fødevaretilsætningsstof*, E-numre*
plant-based meat: plantebaseret kød*, kødalternativ*, køderstatning*, vegetarbøf*, plantebøf*, veggieburger*, vegetarpølse*
plant-based milk: plantedrik*, plantebaseret mælk*, plantemælk*, havremælk*, havredrik*, sojamælk*, sojadrik*, mandelmælk*, mandeldrik*
antibiotics: antibiotika*, antibiotikum*
growth hormones: væksthormon*, hormonbehandlet oksekød*, hormonkød*
chlorinated chicken: klorkylling*, klorvasket kylling*, klorbehandlet kylling*
fast food: fastfood*, fast food, burgerbarer*
ultra-processed foods: ultraforarbejd*
junk food: junkfood, junk food, usund mad, usunde fødevarer*, usunde madvarer*, usunde snacks
nitrites: nitrit*, natriumnitrit*
chlorpyrifos: chlorpyrifos*, klorpyrifos*
paraquat: paraquat
atrazine: atrazin*
chlorothalonil: chlorthalonil*, chlorothalonil*, klorthalonil*
lead ammunition: blyhagl*, blyammunition*, ammunition med bly, blyholdig ammunition*, blylod*
mercury: kviksølv*, amalgamfyldning*, amalgam
bisphenol A: bisphenol A, bisfenol A, BPA
bisphenols: bisphenoler*, bisfenoler*
phthalates: ftalat*, phthalat*
formaldehyde: formaldehyd*
hydroquinone: hydroquinon*, hydrokinon*
talc: talkum*, talk-baseret*
heavy fuel oil: svær fuelolie*, tung fuelolie*, tung brændselsolie*, bunkerolie*
codeine: kodein*, codein*
tramadol: tramadol*
fentanyl: fentanyl*
ephedrine: efedrin*, ephedrin*
melatonin: melatonin*
ivermectin: ivermectin*
hydroxychloroquine: hydroxychloroquin*, hydroxyklorokin*
opioids: opioid*, opiater*
steroids: steroider*, anabolske steroider*, anabolika*
cough syrups: hostesaft*, hostemedicin*
cars: bil, bilen, biler, bilerne, biltrafik*, privatbil*, bilkørsel*, motorkøretøjer*
trucks: lastbil*, lastvogn*, tunge køretøjer*
motorcycles: motorcykel, motorcyklen, motorcykler, motorcyklerne, motorcyklernes, motorcykeltrafik*
motorcycle taxis: motorcykeltax*, mototax*, boda boda*, okada*
tuk-tuks: tuk-tuk*, tuktuk*, autorikshaw*, rikshaw*
mopeds: knallert*, scooter*
e-bikes: elcykel*, elcykl*, el-cykel*, el-cykl*, elektriske cykler*
fat bikes: fatbike*, fat bike*, fat-bike*
jet skis: jetski*, jet ski*, vandscooter*
horse-drawn carriages: hestevogn*, hestekaret*, hestekøretøj*
night flights: natfly*, natlige flyvninger*
street vending: gadesalg*, gadehandel*, salg på gaden
nightclubs: natklub*, diskotek*
camping: camping, vildcamping*, fri camping, fri teltning
barbecues: grill, grillen, grills, engangsgrill*, grillning*, grilning*
campfires: lejrbål*, bål, bålet, åben ild, bålpladser*
bonfires: sankthansbål*, påskebål*, store bål
stubble burning: halmafbrænding*, stubafbrænding*, afbrænding af halm, afbrænding af afgrøderester*
open burning: afbrænding af haveaffald*, afbrænding af affald*, haveafbrænding*, afbrænding i haven
street prayers: gadebøn*, bøn på gaden, bønner på gaden, offentlig bøn*
loudspeakers: højttaler*, megafon*, forstærket lyd*
public drinking: alkohol i det offentlige rum, drikke alkohol offentligt, drikke alkohol på gaden, drikkeri på gaden, gadedrikkeri*, indtagelse af alkohol på offentlige steder, alkoholindtag i det offentlige rum
pride parades: pride-parade*, prideparade*, pride-optog*, prideoptog*, pride-march*
second-hand clothes: brugt tøj, brugte klæder*, genbrugstøj*, secondhand-tøj*, brugte beklædningsgenstande*
second-hand underwear: brugt undertøj
used cars: brugtbil*, brugte biler*, brugtvogn*, brugte køretøjer*
used tyres: brugte dæk*, gamle dæk, kasserede dæk*, skrotdæk*, dækaffald*
e-waste: elektronikaffald*, elektronisk affald*, e-affald*, elskrot*, WEEE
plastic waste: plastaffald*, plastikaffald*, plastikskrot*
scrap metal: metalskrot*, jernskrot*, stålskrot*, skrotmetal*, metalaffald*
timber: tømmer, tømmeret, tømmereksport*, rundtræ*, træstammer*, tropisk træ*
rare earths: sjældne jordart*, sjældne jordmetaller*
gallium: gallium*
germanium: germanium*
antimony: antimon, antimonet
graphite: grafit*
diamonds: diamant*, rådiamant*, blodsdiamant*
textiles: tekstiler*, tekstilvarer*, tekstilimport*, tekstilprodukter*
luxury goods: luksusvarer*, luksusprodukt*, luksusgoder*
arms exports: våbeneksport*, våbensalg*, våbenleverance*, våbenforsendelse*, eksport af våben, salg af våben
dual-use goods: produkter med dobbelt anvendelse, varer med dobbelt anvendelse, teknologi med dobbelt anvendelse, dual-use*
uranium: uran, uranen, beriget uran, russisk uran
oil: råolie*, olieimport*, olieeksport*, olieprodukter*, petroleum*, olie
natural gas: naturgas, naturgassen, naturgasimport*, russisk gas, flydende naturgas*, LNG, gasimport*
vaccines: vaccine, vaccinen, vacciner, vaccinerne, vaccineeksport*, coronavaccine*, covid-vaccine*, mRNA-vaccine*
vaccine mandates: vaccinekrav*, vaccinationskrav*, vaccinepligt*, vaccinationspligt*, tvungen vaccination*, obligatorisk vaccination*
invasive species: invasive arter*, invasive plantearter*, invasive dyrearter*, invasive planter*
pangolins: pangolin*, skældyr*
dog fighting: hundekamp*
cockfighting: hanekamp*
pigeon feeding: fodring af duer, fodre duer*, fodre duerne, duefodring*, fodring af fugle
cherry laurel: laurbærkirsebær*, kirsebærlaurbær*
greyhound racing: greyhoundløb*, greyhound-væddeløb*, hundevæddeløb*
dolphinariums: delfinarie*, delfinshow*, delfiner i fangenskab
ritual slaughter: rituel slagtning*, rituelle slagtning*, slagtning uden bedøvelse*, halalslagtning*, kosherslagtning*
gender-neutral language: kønsneutralt sprog*, kønsinkluderende sprog*, inkluderende sprog*
flags: flag, flaget, flagene, nationalflag*, udenlandske flag, palæstinensiske flag
communist symbols: kommunistiske symboler*, sovjetiske symboler*, hammer og segl*, kommunistisk symbolik*
burkinis: burkini*
political advertising: politisk reklame*, politiske reklamer*, politiske annoncer*, politisk annoncering*, valgreklame*, valgannonce*
foreign funding: udenlandsk finansiering*, udenlandske donationer*, udenlandske midler, finansiering fra udlandet
NGOs: NGO*, ikke-statslige organisationer*, ikke-statslig organisation*
religious groups: religiøse grupper*, religiøse organisationer*, religiøse bevægelser*, sekter, sekterne
homeschooling: hjemmeundervisning*, undervisning i hjemmet, hjemmeskole*
sex education: seksualundervisning*, sexundervisning*, seksualoplysning*
critical race theory: kritisk raceteori*
DEI programmes: DEI, mangfoldighedsprogram*, mangfoldighedsinitiativ*, diversitetsprogram*
drag shows: dragshow*, drag-show*, dragqueen-show*, drag-optræden*
same-sex marriage: homoseksuelle ægteskaber*, homoægteskab*, ægteskab mellem personer af samme køn*, ægteskaber mellem personer af samme køn*, kønsneutrale ægteskaber*, ligekønnede ægteskaber*
polygamy: polygami*, flerkoneri*
cousin marriage: fætter-kusine-ægteskab*, kusineægteskab*, ægteskab mellem søskendebørn, ægteskaber mellem søskendebørn, ægteskab mellem fætre og kusiner*
e-commerce platforms: e-handelsplatform*, onlinemarkedsplads*, online markedsplads*, online markedspladser*
crypto ATMs: kryptoautomat*, bitcoinautomat*, bitcoin-automat*, krypto-hæveautomat*
stablecoins: stablecoin*
NFTs: NFT*
buy now pay later: køb nu betal senere, køb nu - betal senere, BNPL
dating apps: datingapp*, dating-app*, datingside*, datingtjeneste*
cosmetic surgery: kosmetisk kirurgi*, plastikkirurgi*, kosmetiske behandlinger*, kosmetiske indgreb*, skønhedsoperation*, skønhedsbehandling*, botox*, fillere
tattoos: tatovering*
piercings: piercing*
assisted dying: dødshjælp*, aktiv dødshjælp*, assisteret selvmord*, eutanasi*
nuclear power: atomkraft*, kernekraft*, atomenergi, atomenergien, kerneenergi*
wind turbines: vindmølle*, vindkraft*, vindenergi*, vindpark*, havvind*, landvind, landvindmølle*
solar panels: solcelle*, solpanel*, solenergi*, solfanger*
gas stoves: gaskomfur*, gasblus*, gaskogeplade*
gravel gardens: grushave*, stenhave*
artificial turf: kunstgræs*, kunstigt græs
glitter: glimmer*, glitter*
balloons: ballon, ballonen, balloner, ballonerne, heliumballon*, ballonopsendelse*, ballonslip*
confetti: konfetti*
lawn watering: vandingsforbud*, vanding af plæner*, vanding af græsplæner*, vanding af haver*, havevanding*, plænevanding*, haveslange*, havesprinkler*
swimming pool filling: påfyldning af pool*, påfyldning af swimmingpool*, fyldning af pool*, fyldning af swimmingpool*, fylde pool*, fylde swimmingpool*
car washing: bilvask*, vask af biler*, vaske bilen*, vaske biler
irrigation: kunstvanding*, markvanding*
evictions: tvangsudsættelse*, fogedudsættelse*, udsættelse af lejere*, udsættelser af lejere*
stun guns: strømpistol*, elpistol*, taser*, elektrochokvåben*
away fans: udebanefans*, udebanetilskuere*, udebanesupportere*, udebanetilhængere*, gæstende fans
fossil fuel heating: fossil opvarmning*, fossile opvarmningsformer*, fossile varmekilder*, opvarmning med fossile brændsler*
open fireplaces: åben pejs*, åbne pejse*, åbne ildsteder*, åbent ildsted*
air conditioning: aircondition*, air condition*, klimaanlæg*
shop window lighting: oplyste butiksvinduer*, belysning i butiksvinduer*, belysning af butiksvinduer*, vinduesbelysning*
outdoor lighting: udendørsbelysning*, facadebelysning*, lysreklame*, oplyste reklamer*, belysning af bygninger*
electric cars: elbil*, el-bil*, elektriske biler*
old vehicles: gamle biler*, ældre biler*, gamle køretøjer*, ældre køretøjer*
tour buses: turistbus*, rejsebus*
golf carts: golfbil*, golfvogn*
quad bikes: ATV, ATV'er, ATV'erne, ATV'en
snowmobiles: snescooter*
hoverboards: hoverboard*
motorboats: motorbåd*, speedbåd*, påhængsmotor*
helicopters: helikopter*
paragliders: paraglider*, paragliding, paramotor*, skærmflyvning*
hot-air balloons: varmluftsballon*, ballonflyvning*
microlight aircraft: ultralette fly*, ultralet fly*, UL-fly*
kites: flyvedrage*, drageflyvning*
lawn mowers: plæneklipper*, robotplæneklipper*, græsslåmaskine*, robotklipper*
swimming: badning*, svømning*, badeforbud*
off-road driving: terrænkørsel*, offroad-kørsel*, kørsel i terræn*
data centres: datacenter*, datacentr*
golf courses: golfbane*
snow cannons: snekanon*, kunstsne, kunstsneen, kunstig sne
disposable nappies: engangsble*, bleer, bleerne
takeaway containers: takeaway-emballage*, takeawayemballage*, takeaway-bakker*
plastic sachets: sachets, plastiksachets, portionsemballage*
cigarette filters: cigaretfilter*, cigaretskod*
polystyrene: flamingoprodukter*, flamingoplader*
microplastics: mikroplast, mikroplasten, mikroplastik, mikroplastpartikler*
charcoal: trækul*
kerosene: kerosen*
diesel generators: dieselgenerator*
gas flaring: gasafbrænding*, afbrænding af gas*, flaring
potassium bromate: kaliumbromat*
brominated vegetable oil: bromeret vegetabilsk olie, bromerede vegetabilske olier*
propylparaben: propylparaben*
oxybenzone: oxybenzon*, benzophenon-3
chemical sunscreens: kemisk solcreme*, kemiske solcremer*, kemiske UV-filtre*, kemiske solfiltre*, kemiske solbeskyttelsesmidl*
water fluoridation: fluoridering*, vandfluoridering*, drikkevandsfluoridering*, fluor i drikkevandet, fluorid i drikkevandet, fluorideret vand*, fluorideret drikkevand*
lead paint: blymaling*, blyholdig maling*, blyholdige malinger*, bly i maling
cadmium: cadmium*, kadmium*
PVC: PVC, polyvinylchlorid*
nitrates: nitrat*
baby walkers: gåstol*, babygåstol*
infant formula advertising: reklame for modermælkserstatning*, reklamer for modermælkserstatning*, markedsføring af modermælkserstatning*, reklame for babymælk*, markedsføring af babymælk*, reklame for tilskudsblanding*, markedsføring af tilskudsblanding*
weight-loss drugs: vægttabsmedicin*, slankemedicin*, fedmemedicin*, slankesprøjte*, Ozempic*, Wegovy*, semaglutid*, tirzepatid*, Mounjaro*, sibutramin*
diet pills: slankepille*, slankeprodukt*, slankemiddel*, slankemidl*, fedtforbrænder*, appetitnedsættende midl*, appetitdæmpende midl*
ketamine: ketamin*
psychedelics: psykedelika*, psykedeliske stoffer*, hallucinogener*, hallucinogene stoffer*, LSD, DMT, ayahuasca*, meskalin*
xylazine: xylazin*
nitazenes: nitazen*, isotonitazen*, protonitazen*, metonitazen*
delta-8 THC: delta-8-THC, delta-8 THC, delta-8
betel nut: betelnød*, arecanød*, betel
contraceptives: prævention*, p-pille*, fortrydelsespille*, nødprævention*, kondom, kondomer*, kondomet, spiral til prævention
cosmetic fillers: filler, filleren, fillerbehandling*, læbefiller*, hyaluronsyrefiller*, læbeforstørrelse*, hyaluronsyreindsprøjtning*
hair relaxers: hårglattende produkter*, hårglatningsprodukt*, hårglattemidl*, hårglattemiddel*, hårrelaxer*, kemisk hårglatning*, keratinglatning*
edible insects: spiselige insekter*, insektmel*, insektprotein*, insekter som fødevarer, insekter som mad, insekter i fødevarer, melorm*, fårekyllingemel*
spirits: brændevin*, snaps, snapsen, stærk spiritus, stærke drikke*, hård spiritus, vodka*, whisky*, akvavit*
wine: vin, vinen, vine, vinene, vinsalg*, salg af vin, vinimport*
moonshine: hjemmebrændt*, hjemmebrænderi*, ulovlig sprit, ulovlig spiritus, smuglersprit*, moonshine
button batteries: knapcelle*, knapbatteri*, møntcelle*, møntbatteri*
magnetic toys: magnetlegetøj*, magnetisk legetøj*, magnetkugler*, magnetiske kugler*, stærke magneter*, neodymmagnet*
water beads: vandperler*, gelperler*, hydrogelperler*, vandkugler*, Orbeez
lithium batteries: litiumbatteri*, lithiumbatteri*, litium-ion-batteri*, lithium-ion-batteri*, litiumionbatteri*
counterfeit goods: kopivarer*, piratkopier*, forfalskede varer*, falske varer*, falske mærkevarer*, varemærkeforfalskning*, forfalskede produkter*
counterfeit medicines: forfalsket medicin*, forfalskede lægemidl*, falsk medicin*, falske lægemidl*, piratmedicin*, forfalskede mediciner*
dietary supplements: kosttilskud*
painkillers: smertestillende*, paracetamol*, ibuprofen*
homeopathy: homøopati*, homøopatiske midl*, homøopatisk medicin*
cosmetics: kosmetik*, kosmetiske produkter*, skønhedsprodukter*
sweets: slik, bolsjer*, konfekture*, sukkervarer*, vingummi*, slikkepind*
tablets: tablets, tabletcomputer*, tablet-computer*, iPad*
smart glasses: smartbrille*, smarte briller, AI-brille*, kamerabrille*
AI-generated content: AI-genereret indhold, AI-genererede billeder*, AI-genererede videoer*, indhold genereret af AI, indhold skabt af AI, AI-indhold*, AI-billeder*
end-to-end encryption: end-to-end-kryptering*, end-to-end kryptering*, ende-til-ende-kryptering*, E2EE
SIM cards: SIM-kort*, simkort*, eSIM*
satellite internet: satellitinternet*, Starlink*
online advertising: onlinereklame*, online-reklame*, online reklame*, internetreklame*, digital annoncering*, onlineannoncer*, digitale annoncer*
influencer marketing: influencermarketing*, influencer-marketing*, influencerreklame*, sponsorerede opslag*
crypto advertising: kryptoreklame*, reklame for krypto*, reklamer for krypto*, markedsføring af krypto*
crypto payments: kryptobetaling*, betaling med krypto*, betalinger med krypto*, betaling i krypto*, bitcoinbetaling*
lotteries: lotteri*, lotto*, skrabelod*
betting shops: spillebutik*, bettingbutik*, bookmaker*
payday loans: kviklån*, sms-lån*, hurtiglån*
foreign currency: udenlandsk valuta, udenlandske valutaer*, fremmed valuta, fremmede valutaer*
podcasts: podcast*
foreign journalists: udenlandske journalister*, udenlandske korrespondenter*, udenlandske reportere*, udenlandsk presse
comics: tegneserie*, manga, graphic novels
anime: anime
foreign films: udenlandske film, udenlandsk film
rap music: rapmusik*, hiphop*, hip-hop*
drill music: drillmusik*, drill-musik*, drillrap*, drill-rap*
raves: rave, raves, raveparty, raveparties, ravefest*, rave-fest*
strikes: strejke*
political parties: politiske partier*, politisk parti
opposition parties: oppositionsparti*
trade unions: fagforening*
missionaries: missionær*, missionsvirksomhed*
miniskirts: miniskørt*, korte nederdele*
make-up: makeup, make-up, sminke*, læbestift*, neglelak*
robocalls: robotopkald*, automatiske opkald*, robocalls
telemarketing: telefonsalg*, telemarketing*, uanmodede opkald*
junk fees: skjulte gebyrer*, skjulte omkostninger*
surge pricing: dynamisk prissætning*, dynamiske priser*, surge pricing
non-compete clauses: konkurrenceklausul*, ansættelsesklausul*
child labour: børnearbejde*
unpaid internships: ulønnede praktikophold*, ulønnet praktik*, ulønnede praktikpladser*
dogs: hund, hunden, hunde, hundene, hundes, hundens, hundeforbud*
cats: kat, katten, katte, kattene, kattes, kattens
cattle: kvæg*, køer, køerne, kreaturer*, malkekøer*
glue traps: limfælde*
snares: snarer, snarerne, wiresnarer*
leghold traps: saksefælde*, fodfælde*
fish farming: fiskeopdræt*, akvakultur*, havbrug*, dambrug*
salmon farming: lakseopdræt*, opdrætslaks*
octopus farming: blæksprutteopdræt*, blækspruttefarm*
krill fishing: krillfiskeri*, krillfangst*
lobster fishing: hummerfiskeri*, hummerfangst*
shellfish harvesting: muslingefiskeri*, muslingeskrab*, indsamling af muslinger, plukning af østers
rodeos: rodeo*
elephant rides: elefantridning*, elefantridt*, ridning på elefanter, ride på elefanter
puppy sales: hvalpesalg*, salg af hvalpe, hvalpehandel*, hvalpefabrik*
pet shops: dyrehandel, dyrehandlen, dyrehandler*, zoobutik*
crossbows: armbrøst*
swords: sværd, sværdet, sværdene, katana*, samuraisværd*
air guns: luftgevær*, luftpistol*, luftvåben*
high-capacity magazines: højkapacitetsmagasin*, magasiner med stor kapacitet
explosives: sprængstof*, dynamit*
tear gas: tåregas*
rubber bullets: gummikugle*, gummiprojektil*
white phosphorus: hvidt fosfor, hvid fosfor, fosforbombe*
flares: bengalske blus, nødblus*, håndblus*
steel: stål, stålet, stålprodukter*, stålimport*, ståleksport*
aluminium: aluminium*
copper: kobber*
nickel: nikkel*
bauxite: bauxit*
lithium: lithium, lithiummet, lithiumudvinding
cobalt: kobolt*
tungsten: wolfram*
love locks: kærlighedslås*, kærlighedshængelås*
key boxes: nøgleboks*, nøglesafe*
wheeled suitcases: rullekuffert*, trolleykuffert*, kufferter med hjul
street performers: gademusikant*, gadekunstner*, gademusik, gadeoptræd*
rough sleeping: sove på gaden, sover på gaden, overnatning på gaden, overnatning i det offentlige rum, overnatte i det offentlige rum
homeless encampments: hjemløselejr*, teltlejre for hjemløse, hjemløses telte
tourist groups: turistgruppe*, rejsegruppe*, grupper af turister
second homes: sommerhus*, fritidsbolig*
foreign home buyers: udenlandske købere, udenlandske boligkøbere, udlændinges køb af fast ejendom, udlændinges køb af sommerhuse, udlændinges boligkøb
new hotels: nye hoteller, nyt hotel, hotelbyggeri*, byggeri af nye hoteller, hotelstop*
# 0.27.0: more categories
game consoles: spillekonsol*, spilkonsol*, gamingkonsol*
gas-powered garden equipment: benzindrevne haveredskaber*, benzindrevet haveredskab*, benzinhaveredskab*, benzindrevne hækkeklippere*, benzinhækkeklipper*, benzindrevne motorsave*, benzinmotorsav*, benzintrimmer*
sex dolls: sexdukke*, sexdukker*, sex-dukke*, sexrobot*, børnesexdukke*
selfie sticks: selfiestang*, selfiestænger*, selfie-stang*, selfie-stænger*, selfie sticks
disposable lighters: lighter, lighteren, lightere*, engangslighter*, plastiklighter*
coal stoves: kulovn*, kulkamin*, kulkedel*, kulkedler*, kulkomfur*, opvarmning med kul*, husholdningskul*
dashcams: dashcam*, dash cam*, bilkamera*, instrumentbrætkamera*
coffee capsules: kaffekapsel*, kaffekapsler*, kaffepude*, kaffepuder*, kapselkaffe*
bottled water: flaskevand*, vand på flaske*, vandflasker*, vand i plastflasker*, vand på plastflasker*
bicycles: cykel, cyklen, cykler, cyklerne, cyklist*, cykling*, cykeltrafik*, cykelkørsel*
camper vans: autocamper*, campervan*, campingvogn*, motorhome*, overnatning i bil*, sove i bilen
right-hand-drive vehicles: højrestyrede biler*, højrestyret bil*, højrestyrede køretøjer*, højrestyring*, rattet i højre side
self-driving cars: selvkørende biler*, selvkørende bil*, førerløse biler*, førerløs bil*, selvkørende køretøjer*, autonome køretøjer*, robottaxa*, robotaxi*
petrol motorbikes: benzindrevne motorcykler*, benzindrevet motorcykel*, benzinmotorcykel*, benzindrevne knallerter*, benzinknallert*, benzinscooter*, fossile motorcykler*, totaktsknallert*
street racing: gaderæs*, ulovlige ræs*, ulovligt ræs*, streetrace*, street race*, bilræs*, biltræf*
beer bikes: ølcykel*, ølcykler*, festcykel*, festcykler*, partycykel*, bierfiets
leaded fuel: blyholdig benzin*, blyholdigt brændstof*, blyholdig flybenzin*, tetraethylbly*, blybenzin*
liquids in hand luggage: væsker i håndbagagen*, væsker i håndbagage*, væskeregler*, 100 ml-reglen, 100 ml-grænsen, væskebegrænsning*, væskeforbud*
studded tyres: pigdæk*, vinterdæk med pigge*, dæk med pigge*
ractopamine: ractopamin*, svinekød med ractopamin*
durian: durian*, durianfrugt*
alcopops: alkoholsodavand*, alcopop*, blandingsdrikke*, færdigblandede drinks*, RTD-drikke*, hard seltzer*
late-night alcohol sales: natsalg af alkohol*, salg af alkohol om natten*, alkoholsalg om natten*, salg af alkohol efter klokken 22
drinks promotions: happy hour*, drinkstilbud*, tilbud på drinks*, tilbud på alkohol*, alkoholtilbud*, fri bar, all you can drink
DDT: DDT, diklordifenyltrikloretan*, dichlordiphenyltrichlorethan*
fluorinated gases: F-gasser*, F-gas, fluorerede gasser*, fluorholdige drivhusgasser*, HFC-gasser*, CFC-gasser*, freon*, svovlhexafluorid*
chlorinated solvents: chlorerede opløsningsmidler*, klorerede opløsningsmidler*, trichlorethylen*, trikloretylen*, perchlorethylen*, tetrachlorethylen*, dichlormethan*, methylenchlorid*
cyanide: cyanid*, natriumcyanid*, cyanidudvaskning*, blåsyre*
acetamiprid: acetamiprid*, insektmidlet acetamiprid
rodenticides: rottegift*, musegift*, gnavergift*, rodenticid*, giftig madding*
road salt: vejsalt*, tøsalt*, saltning af veje*, vejsaltning*, glatførebekæmpelse*
flame retardants: flammehæmmer*, flammehæmmende stoffer*, bromerede flammehæmmere*, halogenerede flammehæmmere*, PBDE*
engineered stone: kunstig sten*, kompositsten*, kvartskomposit*, kvartsbordplade*, konstrueret sten*, agglomereret sten*
cocaine: kokain*, kokablade*, kokaplanter*, kokadyrkning*, kokapasta*, kokamarker*
methamphetamine: metamfetamin*, methamfetamin*, crystal meth, yabapiller*
MDMA: MDMA, ecstasy*, ecstasypiller*, MDMA-terapi*, MDMA-behandling*
opium poppy cultivation: opiumsvalmue*, opiumsvalmuer*, opiumsdyrkning*, opiumsproduktion*, valmuedyrkning*, valmuemarker*, opium
new psychoactive substances: nye psykoaktive stoffer*, designerdrug*, designerstoffer*, syntetiske katinoner*, mefedron*, legal highs, forskningskemikalier*
GHB: GHB, GBL, gammahydroxybutyrat*, gamma-hydroxybutyrat*, gammabutyrolakton*, flydende ecstasy
bear bile: bjørnegalde*, galde fra bjørne*, bjørnegaldefarm*, galdefarm*
donkey skins: æselskind*, æselhuder*, handel med æselskind*, slagtning af æsler*, æselslagtning*, ejiao*
tail docking: halekupering*, kupering af haler*, kupering af hale*, kuperede haler*, ørekupering*, kupering af ører*
declawing: fjernelse af kløer*, kloamputation*, declawing
sow stalls: farebøjle*, farebøjler*, søer i bokse*, drægtighedsbokse*, fikserede søer*
chick culling: aflivning af hanekyllinger*, drab på hanekyllinger*, kyllingedrab*, aflivning af kyllinger*, hanekyllinger*, kværning af kyllinger*
live poultry markets: markeder med levende fjerkræ*, salg af levende fjerkræ*, levende fjerkræ*, markeder for levende fugle*, vådmarkeder*, våde markeder*
big cats: store katte*, storkatte*, tigre som kæledyr*, løver som kæledyr*, private tigre*, kæletigre*, kæleløver*
badger culling: grævlingeaflivning*, aflivning af grævlinger*, nedskydning af grævlinger*, grævlingejagt*, drab på grævlinger*
bull running: tyreløb*, løb med tyre*, encierro*, San Fermín*, San Fermin*, tyrefestival*
animal sacrifice: dyreofre*, ofring af dyr*, dyreofring*, rituelle dyreofringer*, ofrede dyr*
wildlife feeding: fodring af vilde dyr*, fodre vilde dyr*, fodring af dyr*, fodring af aber*, fodring af ænder*, fodre ænderne, fodring af måger*, fodring af rådyr*
exotic skins: eksotiske skind*, eksotisk læder*, krokodilleskind*, krokodillelæder*, slangeskind*, pythonskind*
spitting: spytning*, spytte på gaden, spytte i offentligheden, spytteforbud*
littering: henkastet affald*, henkastning af affald*, smide affald*, smider affald*, affaldssvin*, skrald på gaden, ulovlig dumpning*
jaywalking: gå over for rødt, går over for rødt, gå over for rødt lys, krydse vejen for rødt, fodgængere der går over for rødt
loitering: dagdriveri*, hænge ud på gaden, hænger ud på gaden, unge der hænger ud, opholdsforbud*
skateboarding: skateboard*, skatere*, skateboarder*, rulleskøjte*, inlinere*, rulleskøjteløb*
public nudity: offentlig nøgenhed*, nøgenhed i offentligheden*, nudisme*, nudist*, naturisme*, nøgenbadning*, nøgenstrand*, topløs solbadning*
swimwear in the street: badetøj i byen*, badetøj på gaden*, bikini i byen*, i badetøj i byen, i bikini på gaden, bar overkrop*, nøgen overkrop*, uden trøje i byen
eating in the street: spise på gaden, spise i offentligheden, spise mens man går, spise på trapperne, spisning på gaden*
graffiti: graffiti*, spraymaling*, spraydåse*, tagging*
honking: dytte*, dytning*, bilhorn*, brug af horn*, trykluftshorn*
dancing: dans, dansen, at danse, dansearrangementer*, dansefester*, offentlig dans*
entering forests: adgang til skoven*, adgang til skove*, færdsel i skoven*, færdsel i skove*, ophold i skoven*, skovbesøg*, gå i skoven, adgang til skovområder*
Halloween: halloween*, slik eller ballade, trick or treat
Valentine's Day: valentinsdag*, valentines dag*, Sankt Valentins dag*, valentinsgave*, alle hjerters dag*
beauty pageants: skønhedskonkurrence*, missekonkurrence*, misskonkurrence*, miss-konkurrence*, skønhedsdronning*
pub crawls: barcrawl*, pubcrawl*, bar crawl*, pub crawl*, bartur*
Quran burning: koranafbrænding*, koranbrænding*, afbrænding af Koranen*, afbrændinger af Koranen*, brænde Koranen, skændning af Koranen*, utilbørlig behandling af religiøse skrifter*, koranlov*
flag burning: flagafbrænding*, flagbrænding*, afbrænding af flag*, brænde flag, brænde flaget, skændning af flag*, flagskændning*
Holocaust denial: holocaustbenægtelse*, holocaust-benægtelse*, benægtelse af Holocaust*, holocaustbenægter*, folkedrabsbenægtelse*, benægtelse af folkedrab*
Z symbol: Z-symbol*, Z-tegn*, Z-mærke*, bogstavet Z, symbolet Z
sex shops: sexshop*, sex shop*, sexbutik*, erotikbutik*, sexlegetøjsbutik*
strip clubs: stripklub*, stripbar*, stripteaseklub*, stripteasebar*, lapdance*, lap dance*
massage parlours: massageklinik*, massagesalon*, massageinstitut*, erotisk massage*, thaimassageklinik*
beauty salons: skønhedssalon*, skønhedsklinik*, skønhedsinstitut*, frisør- og skønhedssalon*
minimarkets: minimarked*, minimarket*, døgnkiosk*, døgnbutik*, natkiosk*, nærbutik*
vape shops: damperbutik*, butikker der sælger e-cigaretter*
cannabis shops: cannabisbutik*, hashbutik*, coffeeshop*, cannabisklub*, hashklub*, pusherbod*
drive-throughs: drive-in*, drive-thru*, drive-through*, drive in*, drive thru*
dark stores: dark store*, darkstore*, mørkebutik*, lynleveringslager*, dark kitchen*, ghost kitchen*, spøgelseskøkken*
prescription drug advertising: reklame for receptpligtig medicin*, reklame for lægemidler*, lægemiddelreklame*, medicinreklame*, reklamer for medicin*, reklame for medicin*, markedsføring af lægemidler*
advertising to children: reklame rettet mod børn*, reklamer rettet mod børn*, børnereklame*, reklame til børn*, reklamer til børn*, markedsføring rettet mod børn*, markedsføring til børn*
junk mail: reklamer i postkassen*, uadresserede reklamer*, reklametryksager*, husstandsomdelte reklamer*, tilbudsaviser*, reklameaviser*, papirreklamer*, reklamer nej tak
digital billboards: digitale reklameskærme*, reklameskærm*, digitale billboards*, digital reklametavle*, digitale reklametavler*, LED-skærme*, LED-reklame*, digitale skilte*
carbon-neutral claims: grønvask*, greenwashing*, miljøpåstande*, grønne påstande*, klimapåstande*, vildledende miljømarkedsføring*, påstande om CO2-neutralitet*, klimaneutralitetspåstande*
CFDs: CFD, CFD'er, CFD-handel*, CFD-kontrakter*, differencekontrakter*, spread betting
prediction markets: forudsigelsesmarkeder*, forudsigelsesmarked*, væddemål på valg*, betting på valg*, valgvæddemål*, begivenhedskontrakter*
fantasy sports: fantasy sport*, fantasy-sport*, fantasyliga*, fantasy-liga*, fantasy football, spil om rigtige penge
share buybacks: aktietilbagekøb*, tilbagekøb af aktier*, aktieopkøb*, opkøb af egne aktier*, køb af egne aktier*, tilbagekøbsprogram*
golden passports: gyldne pas*, guldpas*, statsborgerskab for investering*, statsborgerskab mod investering*, salg af statsborgerskab*, salg af pas*, pas til salg, investorpas*
golden visas: gyldne visa*, gyldent visum*, guldvisa*, investorvisa*, investorvisum*, opholdstilladelse mod investering*, opholdstilladelse for investorer*, golden visa*
ransom payments: løsesum*, løsepenge*, betaling af løsesum*, betale løsesummen, ransomware-betaling*
stock trading by lawmakers: kongresmedlemmers aktiehandel*, aktiehandel blandt kongresmedlemmer*, politikeres aktiehandel*, folketingsmedlemmers aktiehandel*, aktiehandel for politikere*, lovgiveres aktiehandel*, kongresmedlemmers handel med aktier*
CBDCs: digitale centralbankpenge*, centralbankvaluta*, digital euro*, digitale euro*, digital dollar*, digital yuan*, digital rubel*, CBDC*
pirate sites: piratsider*, piratsites*, ulovlig streaming*, ulovlige streamingtjenester*, pirat-IPTV*, ulovlig IPTV*, torrentsider*
loan apps: låneapps*, låne-apps*, låneapp*, digitale låneplatforme*, online låneplatforme*
AI companions: AI-ledsager*, AI-kæreste*, AI-venner*, virtuelle kærester*, virtuelle ledsagere*, AI-companion*
addictive feeds: afhængighedsskabende feeds*, algoritmiske feeds*, uendelig scrolling*, endeløs scrolling*, uendelig rulning*, autoplay*, afhængighedsskabende design*, anbefalingsalgoritmer*
suppressors: lyddæmpere til våben*, lyddæmper til våben*, våbenlyddæmper*, lyddæmpede våben*, lyddæmpede skydevåben*, lyddæmper på våben*
knuckle-dusters: knojern*, boksejern*
flick knives: springkniv*, butterflykniv*, butterfly-kniv*, faldkniv*, automatkniv*, balisong*
machine guns: maskingevær*, maskinpistol*, automatiske våben*, fuldautomatiske våben*, fuldautomatiske rifler*
blank guns: gaspistol*, signalpistol*, startpistol*, alarmpistol*, knaldpistol*, løsskudspistol*, skræmmepistol*
autonomous weapons: autonome våben*, autonome våbensystemer*, dræberrobot*, dødbringende autonome våben*, fuldt autonome våben*, AI-våben*
chokeholds: kvælertag*, halsgreb*, nakkegreb*, kvælningsgreb*, halsklemme*
death penalty: dødsstraf*, dødsdom*, henrettelse*, henrettet
virginity tests: jomfrutest*, jomfrudomstest*, test af jomfruelighed*, jomfruhinderekonstruktion*, jomfruhindeoperation*, hymenoplastik*, jomfruattest*, jomfrucertifikat*
IVF: IVF, IVF-behandling*, reagensglasbehandling*, kunstig befrugtning*, fertilitetsbehandling*, in vitro-fertilisering*, assisteret reproduktion*
circumcision: omskæring af drenge*, drengeomskæring*, rituel omskæring*, religiøs omskæring*, mandlig omskæring*, brit mila
girls' education: pigers uddannelse*, pigers skolegang*, uddannelse af piger*, piger i skole, kvinders uddannelse*, uddannelse for piger*, pigeskoler*, kvinders adgang til uddannelse*
transgender athletes: transkønnede atleter*, transkønnede idrætsudøvere*, transkønnede sportsfolk*, transkvinder i sport*, transkønnede kvinder i sport*, transatleter*, transkønnede i sport*, transkønnede spillere*
mask mandates: maskekrav*, mundbindskrav*, krav om mundbind*, påbud om mundbind*, mundbindspåbud*, krav om maske*, masketvang*, maskepåbud*
geoengineering: geoengineering*, klimaengineering*, skysåning*, vejrmodifikation*, solar geoengineering*, stratosfærisk aerosolinjektion*, chemtrails*, solafskærmning*
butterfly bushes: sommerfuglebusk*, buddleja*, buddleia*
knotweed: japansk pileurt*, pileurt*, kæmpepileurt*, Fallopia japonica, Reynoutria japonica
eucalyptus plantations: eukalyptus*, eucalyptus*
gold: guldeksport*, guldimport*, eksport af guld*, import af guld*, russisk guld*, guldbarrer*, råguld*, uraffineret guld*
iron ore: jernmalm*, jernmalmseksport*, jernmalmpellets*
raw cashew nuts: cashew*, cashewnødder*, rå cashewnødder*
shea nuts: sheanød*, sheanødder*, shea-nødder*, sheakerner*
cotton: bomuld, bomulden, bomuldseksport*, bomuldsimport*, råbomuld*, Xinjiang-bomuld*, bomuldsprodukter*, bomuldsgarn*
avocados: avocado*, avokado*
motor fuel: brændstofeksport*, eksport af brændstof*, benzineksport*, dieseleksport*, russisk diesel*, brændstofimport*, import af brændstof*, motorbrændstof*
hazardous waste: farligt affald*, giftigt affald*, kemikalieaffald*, affaldsimport*, import af affald*, affaldseksport*, eksport af affald*, affaldstransporter*
# 0.28.0: more categories
bidis: bidi, bidier
kreteks: kretek, kreteks
single cigarettes: løse cigaretter, enkeltvis salg af cigaretter
synthetic nicotine: syntetisk nikotin
absinthe: absint
kava: kava
powdered alcohol: alkoholpulver, pulveralkohol
alcohol deliveries: levering af alkohol, alkohollevering
heroin: heroin
amphetamines: amfetamin
pregabalin: pregabalin, gabapentin
benzodiazepines: benzodiazepiner, benzodiazepin, alprazolam
pseudoephedrine: pseudoefedrin
ethylene oxide: ethylenoxid
dicamba: dicamba
ammonium nitrate: ammoniumnitrat
PCBs: PCB, polychlorerede biphenyler
parabens: parabener
triclosan: triclosan
methyl bromide: methylbromid
caviar: kaviar, størkaviar
whale meat: hvalkød
peanuts: jordnødder
factory farming: intensivt husdyrhold, fabrikslandbrug, megastalde
sewage sludge: spildevandsslam, kloakslam
manure spreading: gylle, gyllespredning, husdyrgødning
piglet castration: kastration af pattegrise, grisekastration
mulesing: mulesing
hare coursing: harejagt med hunde
bird hunting: fuglejagt, fuglefangst
blast fishing: sprængfiskeri, fiskeri med sprængstof
pulse fishing: pulsfiskeri, elfiskeri
gillnets: nedgarn, garnfiskeri
coral harvesting: koralhøst, koralhandel, indsamling af koraller
foraging: svampeplukning, svampesankning, sankning
stray dog culling: aflivning af gadehunde, aflivning af herreløse hunde
spearfishing: undervandsjagt, harpunfiskeri
flammable cladding: brændbar facadebeklædning, brændbare facadeplader
skyscrapers: højhuse, skyskrabere
dams: dæmninger, vandkraftdæmninger
biofuels: biobrændstoffer, biobrændstof, biodiesel
landfilling: lossepladser, deponering af affald
waste incineration: affaldsforbrænding, forbrændingsanlæg
destruction of unsold goods: destruktion af usolgte varer
radar detectors: radardetektorer, radarvarslere
pavement parking: parkering på fortov, fortovsparkering
tinted windows: tonede ruder, solfilm
shared bikes: delecykler, bycykler
hotel toiletries: små shampooflasker, hoteltoiletartikler
signal jammers: jammere, mobiljammere, signalforstyrrere
satellite phones: satellittelefoner
hidden cameras: skjulte kameraer, spionkameraer
pagers: personsøgere, pagere
walkie-talkies: walkie-talkier, walkietalkier
headphones: høretelefoner, hovedtelefoner, øretelefoner
short-video apps: kortvideo-apps, apps med korte videoer
online pharmacies: netapoteker, onlineapoteker
emotion recognition: følelsesgenkendelse
tracking cookies: tracking-cookies, tredjepartscookies, cookievægge
cross-border data transfers: dataoverførsler, overførsel af data til tredjelande
internet cafés: internetcaféer
ICOs: ICO'er, initial coin offerings
peer-to-peer lending: P2P-lån, peer-to-peer-lån
social scoring: social scoring, sociale pointsystemer
narcocorridos: narcocorridos
twerking: twerking
belly dancing: mavedans
reality shows: realityshows, reality-tv, realityprogrammer
horror films: gyserfilm, gysere, horrorfilm
caricatures: karikaturer, satiriske tegninger
foreign words: anglicismer, engelske ord, fremmedord
minarets: minareter
opinion polls: meningsmålinger, exitpolls, valgmålinger
child influencers: børneinfluencere
hoodies: hættetrøjer, hoodies
jeans: jeans, cowboybukser
camouflage clothing: camouflagetøj
beards: skæg, fuldskæg
high heels: høje hæle, stilethæle
public urination: offentlig urinering, vildtisseri
fortune telling: spådom, spåkoner, spådomskunst
witchcraft: hekseri, trolddom, sort magi
hitchhiking: blafning, blaffere
door-to-door sales: dørsalg, salg ved døren
public displays of affection: kys i offentligheden, kys offentligt
cross-dressing: crossdressing, transvestisme
homework: lektier, lektie
dowry: medgift, brudepris
organ sales: organhandel, salg af organer
human cloning: kloning af mennesker, kloning
gene editing: genredigering, gen-redigering, CRISPR
blasphemy: blasfemi, gudsbespottelse
hate speech: hadefuld tale, hadtale, hate speech
disinformation: desinformation, falske nyheder, misinformation
prenatal sex determination: kønsbestemmelse af fostre, kønsselektiv abort
international adoption: udenlandsk adoption, internationale adoptioner, udlandsadoption
pyramid schemes: pyramidespil, pyramidesvindel
multi-level marketing: netværksmarkedsføring, multi-level marketing, MLM
layoffs: afskedigelser, fyringer
rent increases: huslejestigninger, lejestigninger
zero-hours contracts: nultimekontrakter, nul-timers-kontrakter
body armour: skudsikre veste, skudsikre vester
grenades: håndgranater, granater
martial arts weapons: nunchakuer, kastestjerner
slingshots: slangebøsser
depleted uranium munitions: forarmet uran, uranammunition
biological weapons: biologiske våben
hollow-point bullets: dumdumkugler, hulspidsprojektiler
mercenaries: lejesoldater, private militærfirmaer
nuclear tests: atomprøvesprængninger, atomprøver
cooking oil: madolie, spiseolie, vegetabilsk olie
flour: mel, meleksport
potash: potaske, kaliumgødning
urea: urinstof
rosewood: palisander, rosentræ
fodder: foder, dyrefoder, hø
electricity exports: eleksport, eksport af elektricitet
medical masks: mundbind, kirurgiske masker, åndedrætsværn
forced labour goods: varer fremstillet ved tvangsarbejde, tvangsarbejdsvarer
foreign investment: udenlandske investeringer
foreign land ownership: udenlandsk ejerskab af jord, salg af landbrugsjord
high-denomination banknotes: store pengesedler, 500-eurosedler
bankers' bonuses: bankbonusser, bonusser til bankfolk, ledelsesbonusser
chess: skak
boxing: boksning, boksekampe
martial arts: kampsport, kickboksning, karate
mixed martial arts: MMA, MMA-kampe, cagefighting
wrestling: brydning, wrestling
yoga: yoga
ball games: boldspil
horse racing: hestevæddeløb, galopløb, travløb
motorsport: motorsport, motorløb, bilvæddeløb
bungee jumping: bungeejump, bungee jumping
rock climbing: klatring, bjergbestigning
karaoke: karaoke
poker: poker
mahjong: mahjong
playing cards: spillekort, kortspil
water pistols: vandpistoler
gyms: fitnesscentre, træningscentre
fidget spinners: fidget spinnere, fidget spinners
sledding: kælkning, kælkebakker
paintball: paintball, airsoft
`);
