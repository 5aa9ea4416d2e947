// Categories of banned things (src/gazetteer/categories.ts): canonical name -> Swedish forms.
// Swedish writes compounds as one word and adds its article as an ending ("mobiltelefonerna"): stems end in "*".
// Of two stems that both cover a word the shorter wins, so no stem of one category may begin a stem of
// another ("cigarett*" would read "cigarettreklam" as cigarettes): such words are listed as forms instead.
// A stem must not start an everyday word ("vape*" = vapen, "frukt*" = fruktansvärd, "torv*" = Torvalds,
// "flaggning*" = a holdings disclosure): forms are listed instead. "ris" (also "criticism": ris och ros) and
// "aga" (also the AGA company) stand only in phrases. A leading "*" matches the end of a compound
// ("*drönare" = spiondrönare), and lets "snusförbud" be read as snus + förbud.
import { categoryTable } from "../../gazetteer/categories.js";

export const categories: Record<string, string[]> = categoryTable(`
tobacco: tobak, tobaken, tobakens, tobaksvaror*, tobaksprodukter*, tobaksförsäljning*
cigarettes: cigarett, cigaretten, cigarettens, cigaretter, cigaretterna, cigaretters, cigaretternas, cigarettpaket*, cigarettförsäljning*, cigarettimport*, *cigaretter, *cigaretterna
e-cigarettes: e-cigarett*, elcigarett*, elektroniska cigaretter*, elektronisk cigarett*, vape, vapes, vaping, vapeprodukter*, vejp*, e-cigg*
disposable vapes: engångs-e-cigarett*, engångsvape*, engångs-vape*, engångsvejp*, engångscigarett*, engångselcigarett*
e-liquids: e-juice*, e-vätsk*, påfyllningsvätsk*, vätskor till e-cigaretter*, nikotinvätsk*
flavoured e-cigarettes: smaksatta e-cigaretter*, e-cigaretter med smak*, smaksatta elcigaretter*, smaksatt e-juice*, smaksatta vätskor*, smaktillsatser i e-cigaretter*
menthol cigarettes: mentolcigarett*
flavoured tobacco: smaksatt tobak*, smaksatta tobaksprodukter*, tobak med smaktillsatser*, tobak med karakteristisk smak*
flavoured cigarettes: smaksatta cigaretter*, cigaretter med smak*, cigaretter med karakteristisk smak*, smakcigarett*
nicotine pouches: nikotinpåsar*, nikotinpåse*, vitt snus, vita snuset, tobaksfritt snus, tobaksfria nikotinpåsar*
heated tobacco products: upphettade tobaksprodukter*, upphettad tobak*, tobaksvärmare*, värmd tobak*
cigars: cigarr*, cigarill*
snus: snus, snuset, snusets, snusning*, snusprodukter*, snusandet
shisha: vattenpip*, shisha*
chewing tobacco: tuggtobak*, rökfri tobak*, rökfria tobaksprodukter*
rolling tobacco: rulltobak*, finskuren tobak*, tobak för egen rullning*, piptobak*
smoking: rökning*, rökförbud*, röka, rökandet
tobacco advertising: tobaksreklam*, cigarettreklam*, reklam för tobak*, reklam för cigaretter*, tobakssponsring*, marknadsföring av tobak*
alcohol: alkohol, alkoholen, alkoholens, alkoholhaltiga drycker*, sprit, spriten, spritdrycker*, alkoholförsäljning*, starksprit*
beer: öl, ölen, ölet, starköl*, folköl*, ölförsäljning*, försäljning av öl*
alcohol advertising: alkoholreklam*, reklam för alkohol*, spritreklam*, ölreklam*, marknadsföring av alkohol*
energy drinks: energidryck*
sugary drinks: läsk, läsken, läskedryck*, läskdryck*, sockerdryck*, söta drycker*, sötade drycker*, sockerhaltiga drycker*, sockersötade drycker*
cannabis: cannabis*, hasch, haschet, marijuana*, marihuana*
kratom: kratom*
khat: khat*
magic mushrooms: magiska svampar*, psilocybin*, psykedeliska svampar*, psilocybinsvampar*
nitrous oxide: lustgas*, dikväveoxid*
synthetic cannabinoids: syntetiska cannabinoider*, syntetisk cannabis*, spice-droger*
CBD: CBD, CBD-produkter*, cbd-olja*, cannabidiol*
hemp flowers: hampblommor*, hampablommor*, CBD-blomm*, cannabisblommor med låg THC-halt*
HHC: HHC*, hexahydrocannabinol*
poppers: poppers, amylnitrit*, alkylnitrit*
foie gras: foie gras, gåslever*, fettlever*
fur: päls, pälsar, pälsen, pälsarna, pälsverk*, pälshandel*, pälsprodukter*, pälsförsäljning*, äkta päls*
fur farming: pälsdjursuppfödning*, pälsfarm*, pälsdjursfarm*, pälsdjursavel*, pälsdjursindustri*
mink farming: minkfarm*, minkuppfödning*, minknäring*
glyphosate: glyfosat*, roundup*
pesticides: bekämpningsmedel*, pesticid*, växtskyddsmedel*, insekticid*, herbicid*, ogräsmedel*
neonicotinoids: neonikotinoid*
GMOs: GMO, GMO:er, GMO-grödor*, genmodifierad*, genetiskt modifierade*, genmanipulerad*
palm oil: palmolja*
trans fats: transfett*
lab-grown meat: labbodlat kött, odlat kött, labbkött*, labbodlat*, cellodlat kött*, laboratorieodlat kött*, syntetiskt kött*
junk food advertising: skräpmatsreklam*, reklam för skräpmat*, reklam för ohälsosam mat*, reklam för onyttig mat*, marknadsföring av ohälsosam mat*, reklam för ohälsosamma livsmedel*
raw milk: opastöriserad mjölk*, obehandlad mjölk*, rå mjölk, opastöriserade mjölkprodukter*
food dyes: livsmedelsfärg*, färgämnen i livsmedel*, konstgjorda färgämnen*, syntetiska färgämnen*, azofärg*, livsmedelsfärgämnen*
titanium dioxide: titandioxid*, E171
shark fins: hajfenor*, hajfena*, hajfensoppa*
dog meat: hundkött*, äta hund*
cat meat: kattkött*, äta katt*
rhino horn: noshörningshorn
ivory: elfenben, elfenbenet, elfenbenets, elfenbenshandel*, elfenbensexport*, elfenbensprodukter*, handel med elfenben*
circus animals: cirkusdjur*, vilda djur på cirkus*, vilda djur i cirkusar*, djur på cirkus*, djur i cirkusar*
trophy hunting: troféjakt*, jakttroféer*, troféimport*
bullfighting: tjurfäktning*
live animal exports: export av levande djur*, exporten av levande djur*, levande djur på export*, djurexport*, export av levande får*, export av levande nötkreatur*
battery cages: burhöns*, burhönsdrift*, inredda burar*, hönsburar*, burar för värphöns*, burhållning*
bottom trawling: bottentrålning*, bottentrål*
whaling: valfångst*, valjakt*, kommersiell valfångst*
animal testing: djurförsök*, djurtester*, djurtest, djurtestade*
chewing gum: tuggummi*
exotic pets: exotiska husdjur*, exotiska djur som husdjur*, vilda djur som husdjur*, exotiska sällskapsdjur*
grain: spannmål*, spannmålsexport*
rice: risexport*, risimport*, export av ris*, exporten av ris*, import av ris*, basmatiris*, jasminris*
wheat: vete, vetet, vetets, veteexport*, export av vete*
onions: lök, löken, lökar*, lökexport*, export av lök*
tomatoes: tomat*
potatoes: potatis*
beef: nötkött*, oxkött*, nötköttsexport*, nötköttsimport*
poultry: fjäderfä*, kycklingkött*, fågelkött*, fjäderfäkött*
pork: fläskkött*, griskött*, fläsk, fläsket
sugar: socker, sockret, sockrets, sockerexport*, sockerimport*
eggs: ägg, äggen, äggexport*
maize: majs*
fertilisers: gödsel*, konstgödsel*, gödningsmedel*, handelsgödsel*, gödselmedel*
sunflower oil: solrosolja*
single-use plastics: engångsplast*, engångsartiklar i plast*, engångsprodukter i plast*, plastprodukter för engångsbruk*, engångsartiklar*, engångsprodukter*
plastic bags: plastpåsar*, plastpåse*, plastkassar*, plastkasse*, bärkassar*, bärkasse*, *plastpåsar
plastic straws: plastsugrör*, sugrör*
plastic cutlery: plastbestick*, engångsbestick*, plastgafflar*, plastknivar*, plastskedar*
plastic plates: plasttallrik*, engångstallrik*
plastic stirrers: omrörare i plast*, plastomrörare*, kaffeomrörare*, omrörningspinnar*, omrörare*
plastic cotton buds: bomullspinnar*, bomullstops*, plasttops*, tops i plast*, öronpinnar*
plastic balloon sticks: ballongpinnar*, ballongpinne*, ballongstickor*, plastpinnar till ballonger*, plastpinnar för ballonger*
plastic cups: plastmugg*, engångsmugg*, plastkopp*, engångskopp*, plastglas*, kaffemuggar i plast*, engångsmuggar*
plastic bottles: plastflask*, PET-flask*, petflask*
glass bottles: glasflaskor*, glasflaska*
plastic packaging: plastförpackning*, plastemballage*, plastfilm*, plastinplastning*
expanded polystyrene food containers: frigolit*, expanderad polystyren*, expanderat polystyren*, polystyren*, cellplastförpackning*, EPS-förpackning*, matlådor i frigolit*, livsmedelsbehållare i frigolit*
microbeads: mikroplast i kosmetika, mikrokulor*, plastmikrokulor*, mikroplastkulor*, plastpärlor*
oxo-degradable plastics: oxo-nedbrytbar*, oxonedbrytbar*, oxo-nedbrytbart*, oxo-nedbrytbara*
oxo-degradable plastic bags: oxo-nedbrytbara plastpåsar*, oxonedbrytbara plastpåsar*, oxo-nedbrytbara påsar*, oxo-nedbrytbara bärkassar*, oxo-nedbrytbara plastkassar*
wet wipes: våtservett*, fuktservett*, våtdukar*, fuktdukar*
sky lanterns: rislampor*, himmelslykt*, flygande lyktor*, kinesiska lyktor*
coal: kolkraft*, kolkraftverk*, stenkol*, kolgruv*, kolbrytning*, koleldad*, kolförbränning*
combustion engine cars: bensin- och dieselbilar*, fossilbilar*, förbränningsmotor*, bensinbilar*, bensinbil, bilar med förbränningsmotor*, fossildrivna bilar*, nya bensin- och dieselbilar*
diesel cars: dieselbil*, dieselfordon*, äldre dieselbilar*
gas boilers: gaspann*, gasuppvärmning*, naturgaspann*, gaseldning*
oil boilers: oljepann*, oljeuppvärmning*, oljeeldning*, oljeeldade pannor*
incandescent light bulbs: glödlamp*, halogenlamp*, lysrör*, glödljuslampor*
patio heaters: terrassvärmare*, utomhusvärmare*, gasolvärmare*, infravärmare*
leaf blowers: lövblås*
wood stoves: vedspis*, vedkamin*, braskamin*, vedeldning*, vedpann*, öppna spisar*, eldstäder*, vedeldade*
PFAS: PFAS*, evighetskemikalier*, PFOA*, PFOS*, högfluorerade ämnen*
asbestos: asbest*
fracking: fracking*, skiffergas*, hydraulisk spräckning*, frackning*
deep-sea mining: djuphavsbrytning*, djuphavsgruvdrift*, gruvdrift på havsbotten*, mineralbrytning på havsbotten*, havsbottenbrytning*, gruvbrytning på havsbotten*
aircraft: flygplan*, luftfartyg*
private jets: privatjet*, privatflyg*
short-haul flights: kortdistansflyg*, korta flyg*, korta flygresor*, korta inrikesflyg*, inrikesflyg*, kortare flygresor*
cruise ships: kryssningsfartyg*, kryssningsskepp*, stora kryssningsfartyg*
SUVs: SUV, SUV:ar, SUV:arna, SUV:s, SUV-bil*, suvar*, stadsjeep*
e-scooters: elsparkcykl*, elsparkcykel*, elsparkar*, hyrsparkcykl*, delade elsparkcyklar*, elsparkcykeluthyrning*
fossil fuel advertising: fossilreklam*, reklam för fossila bränslen*, fossilbränslereklam*, reklam för fossila drivmedel*, reklam för fossil energi*, fossil reklam*
mobile phones: mobiltelefon*, mobiler*, mobilen*, mobil, mobilerna, telefoner*, smartphones*, smarta telefoner*, smartmobil*, mobilförbud*
smartwatches: smartklock*, smarta klockor*
laptops: bärbara datorer*, bärbar dator*, laptop*, bärbara datorn*
power banks: powerbank*, power bank*, batteribank*, laddbank*
social media: sociala medier*, sociala nätverk*, sociala medieplattformar*, sociala plattformar*
messaging apps: meddelandeapp*, chattapp*, meddelandetjänster*, chattjänster*
video games: datorspel*, videospel*, tv-spel*
online games: onlinespel*, nätspel*, internetspel*
online gambling: nätkasino*, onlinekasino*, onlinecasino*, nätcasino*, spel på nätet*, onlinespel om pengar*, spelsajter*, bettingsajter*, spelappar*, bettingappar*, onlinebetting*
gambling: spel om pengar, hasardspel*, spelbolag*, kasino, kasinon, kasinot, kasinona, kasinots, kasinospel*, casino, casinon, casinot, casinona, casinos, casinospel*, vadhållning*, penningspel*
sports betting: sportspel*, vadslagning*, sportbetting*, spel på sport*, sportvadslagning*
gambling advertising: spelreklam*, reklam för spel om pengar*, reklam för spel*, casinoreklam*, kasinoreklam*, bettingreklam*, marknadsföring av spel om pengar*
slot machines: spelautomat*, enarmade banditer*, värdeautomater*
loot boxes: lootlådor*, loot boxes, lootboxar*, loot box*
cryptocurrencies: kryptovaluta, kryptovalutan, kryptovalutans, kryptovalutor*, krypto, kryptotillgångar*, digitala valutor*, virtuella valutor*, kryptohandel*
crypto mining: kryptobrytning*, kryptomining*, kryptovalutabrytning*, bitcoinbrytning*, bitcoinutvinning*, kryptoutvinning*
crypto exchanges: kryptobörs*, kryptovalutabörs*, kryptoväxlare*, handelsplattformar för kryptovalutor*, kryptoplattformar*
VPNs: VPN*, virtuella privata nätverk*
AI chatbots: chattbott*, chatbot*, AI-chattbott*, AI-chatbot*, AI-verktyg*, AI-appar*, AI-tjänster*, AI-modeller*, generativ AI, generativa AI-verktyg*
facial recognition: ansiktsigenkänning*
deepfakes: deepfake*, djupförfalskning*, sexuella deepfakes*, nakenappar*
spyware: spionprogram*, spionprogramvara*, spionvara*
drones: drönare*, drönarna, drönarflyg*, *drönare, *drönarna, obemannade luftfarkoster*
telecom equipment: telekomutrustning*, teleutrustning*, nätverksutrustning*, telekommunikationsutrustning*
5G equipment: 5G-utrustning*, 5G-nät*, 5G-teknik*
surveillance cameras: övervakningskamer*, kameraövervakning*, säkerhetskamer*, CCTV
semiconductors: halvledar*, mikrochip*, avancerade chip*, AI-chip*, chipstillverkningsutrustning*, datorchip*
mobile internet: mobilt internet, mobilnät*, mobildata*, mobilt bredband*, det mobila internet*
internet: internet, internetuppkoppling*, internetåtkomst*, internettjänster*, internetavstängning*, tillgång till internet*, internetanslutning*
pornography: pornografi*, porr*, vuxensajter*
targeted advertising: riktad reklam*, riktade annonser*, personanpassad reklam*, personaliserad reklam*, beteendebaserad reklam*, riktad annonsering*
social commerce: social handel, social e-handel*, sociala handelsplattformar*
satellite dishes: parabolantenn*, satellitantenn*, satellit-tv*, parabolerna
connected cars: uppkopplade bilar*, uppkopplade fordon*, uppkopplad bil*, programvara för uppkopplade fordon*
routers: routrar*, router*, wifi-routrar*
live streaming: livestream*, direktsändning*, livesändning*, live-sändning*
media outlets: nyhetsmedier*, medieföretag*, nyhetssajter*, tv-kanal*, radiokanal*, radiostation*, statliga medier*, utländska medier*, statsmedier*, mediekanaler*, nyhetskanal*
books: böcker, böckerna, bok, boken, läroböcker*, romaner*
music: musik, musiken, musikens, låtar, låtarna, musikvideo*, sånger, sångerna
movies: film, filmen, filmer, filmerna, långfilm*, spelfilm*
TV series: tv-serie*, tv-program*, teveserie*, tv-drama*, såpopera*
newspapers: tidning*, dagstidning*, tidskrift*, kvällstidning*
concerts: konsert*, musikfestival*, festival*
away fans: bortafans*, bortasupportrar*, bortaklack*, bortalagets supportrar*, bortalagets fans*, gästande supportrar*
LGBTQ content: hbtq-innehåll*, hbt-innehåll*, hbtqi-innehåll*, hbtq-propaganda*, hbt-propaganda*, homopropaganda*, LGBTQ-innehåll*, LGBT-propaganda*, hbtq-böcker*, hbtq-litteratur*
religious symbols: religiösa symboler*, religiös klädsel*, religiösa plagg*, religiösa kläder*, synliga religiösa symboler*
face coverings: burka, burkan, burkans, burkor*, burkas, burkaförbud*, burkabärande*, niqab*, heltäckande slöj*, ansiktsslöj*, ansiktstäckande*, heltäckande klädsel*
abayas: abaya*, qamis
headscarves: huvudduk*, slöja, slöjan, slöjor*, slöjförbud*, hijab*, muslimsk slöja*, islamisk slöja*
Nazi symbols: nazistiska symboler*, hakkors*, nazisthälsning*, hitlerhälsning*, nazistflagg*, nazisymboler*
protests: demonstrationer, demonstrationerna, demonstration, demonstrationen, protester, protesterna, protestmöten, protestaktioner*, manifestationer*
public gatherings: sammankomster*, allmänna sammankomster, offentliga tillställningar, allmänna sammankomster och offentliga tillställningar, folksamlingar*, publika evenemang*, stora evenemang*, offentliga evenemang*
cinemas: biografer*, biograf, biografen, biosalonger*, biografsalonger*
Sunday trading: söndagsöppet, söndagshandel*, söndagsöppna butiker*, söndagsöppettider*
rainbow flags: regnbågsflagg*, prideflagg*, pride-flagg*
short-term rentals: korttidsuthyrning*, airbnb-uthyrning*, semesteruthyrning*, turistlägenheter*, korttidsuthyrda lägenheter*
cash: kontanter*, kontantbetalning*, kontanthandel*
surrogacy: surrogatmödraskap*, värdmödraskap*, kommersiellt surrogatmödraskap*
conversion therapy: konverteringsterapi*, omvändelseterapi*, konverteringsförsök*
abortion: abort*, abortpiller*, mifepriston*
gender-affirming care: könsbekräftande vård*, könsbekräftande behandling*, pubertetsblockerare*, pubertetshämmande*, könskorrigerande behandling*, könskorrigering*, könsbyteskirurgi*, könskorrigerande kirurgi*
child marriage: barnäktenskap*, äktenskap med minderåriga*
female genital mutilation: könsstympning*, kvinnlig könsstympning*, omskärelse av flickor*, kvinnlig omskärelse*
corporal punishment: kroppslig bestraffning*, kroppsstraff*, agaförbud*, barnaga*, aga av barn
begging: tiggeri*, tiggeriförbud*, tigga
prostitution: prostitution*, sexköp*, köp av sexuella tjänster*, bordell*
ride-hailing: samåkningsapp*, taxiapp*, samåkningstjänster*, ride-hailing, skjutsappar*, taxitjänster via app*
private tutoring: privatlektioner*, läxhjälp*, läxhjälpsföretag*, privatundervisning*, privat läxhjälp
tanning beds: solarier*, solarium*, solsängar*
skin-lightening products: hudblekande produkter*, hudblekningsprodukter*, hudblekande krämer*, blekningskrämer*, hudblekning*
dangerous dog breeds: farliga hundraser*, kamphundar*, pitbull*, pit bull*
XL bully dogs: XL bully*, XL-bully*, amerikansk XL bully*, american XL bully*
billboards: reklamskyltar*, reklamtavlor*, utomhusreklam*, affischtavlor*, reklampelare*
short selling: blankning*, naken blankning*
binary options: binära optioner*
firearms: skjutvapen*, halvautomatiska vapen*, halvautomatiska gevär*, gevär, gevären
assault weapons: automatvapen*, automatkarbin*, attackvapen*, stormgevär*, AR-15*, vapen av militär typ*
handguns: pistol*, handeldvapen*, revolver, revolvern, revolvrar*
ghost guns: spökvapen*, 3D-printade vapen*, 3D-skrivna vapen*, 3D-utskrivna vapen*
knives: kniv, kniven, knivar, knivarna, knivars, zombieknivar*, machete*, stickvapen*
weapons: vapen, vapnen, vapeninnehav
landmines: landminor*, landmina*, personminor*, truppminor*, antipersonella minor*
cluster munitions: klusterammunition*, klusterbomb*, streubomber*
fireworks: fyrverkeri*, smällare*, pyroteknik*, *fyrverkerier, *fyrverkerierna
pepper spray: pepparspray*, tårgasspray*
ammunition: ammunition*, patroner*
toy guns: leksaksvapen*, leksakspistol*, vapenattrapp*, vapenrepliker*, replikvapen*, leksaksgevär*
laser pointers: laserpekare*
nuclear weapons: kärnvapen*, atomvapen*, atombomb*
chemical weapons: kemiska vapen*, kemvapen*, kemiska stridsmedel*
hunting: jakt, jakten, jakter, sportjakt*, jakt på vilda djur*, jakt med hund*
wolf hunting: vargjakt*, licensjakt på varg*, jakt på varg*, skyddsjakt på varg*
bear hunting: björnjakt*, jakt på björn*, licensjakt på björn*
duck hunting: andjakt*, sjöfågeljakt*, jakt på änder*, jakt på sjöfågel*
seal hunting: säljakt*, jakt på säl*, sälprodukter*, skyddsjakt på säl*
fox hunting: rävjakt*, jakt på räv*
fishing: fiske, fisket, fiskets, fiskeverksamhet*, fiskeri*, yrkesfiske*, kommersiellt fiske*, industrifiske*, storskaligt fiske*
eel fishing: ålfiske*, fiske efter ål*, glasål*, ålyngel*, fångst av ål*
cod fishing: torskfiske*, fiske efter torsk*, torskfångst*
sardine fishing: sardinfiske*, fiske efter sardiner*, sardinfångst*
tuna fishing: tonfiskfiske*, fiske efter tonfisk*, tonfiskfångst*
shark fishing: hajfiske*, fiske efter haj*, hajjakt*
sea urchin fishing: sjöborrefiske*, sjöborrar*, insamling av sjöborrar*
driftnet fishing: drivgarn*
logging: avverkning*, skogsavverkning*, kalavverkning*, kalhygge*, illegal avverkning*, trädfällning*
deforestation: avskogning*, skogsskövling*, regnskogsskövling*, skövling av skog*
mining: gruvdrift*, gruvbrytning*, gruvverksamhet*, gruvprojekt*, mineralutvinning*, gruvor, gruvorna, brytning av mineral*
metal mining: metallbrytning*, metallgruvor*, brytning av metaller*
gold mining: guldbrytning*, guldgruv*, guldvaskning*, illegal guldbrytning*
open-pit mining: dagbrott*
sand mining: sandtäkt*, sandbrytning*, sandmuddring*, sanduttag*
uranium mining: uranbrytning*, urangruv*, brytning av uran*, uranutvinning*
oil drilling: oljeborrning*, oljeutvinning*, oljeprospektering*, olje- och gasutvinning*, olje- och gasborrning*, nya olje- och gaslicenser*, olje- och gaslicenser*, oljeletning*, borrning efter olja*, prospektering efter olja och gas*
offshore drilling: offshoreborrning*, borrning till havs*, oljeborrning till havs*, offshore-borrning*, olje- och gasutvinning till havs*, oljeutvinning till havs*
peat: torv, torven, torvbrytning*, torvtäkt*, torvjord*, torvuttag*, torvanvändning*, torvbaserad*
apricot kernels: aprikoskärn*, bittra aprikoskärnor*
meat: kött, köttet, köttets, köttprodukter*, rött kött, processat kött, charkuterier*, köttimport*
meat advertising: köttreklam*, reklam för kött*
dairy products: mejeriprodukter*, mjölkprodukter*, mjölkpulver*, torrmjölk*
seafood: skaldjur*, fisk och skaldjur, fiskprodukter*, havsprodukter*, sjömat*, fiskimport*
honey: honung*
cocoa: kakao*
fruit: frukt, frukten, frukter*, färsk frukt*, fruktimport*
vegetables: grönsak*, färska grönsaker*
soybeans: sojabön*, soja, sojan, sojaprodukter*, sojaimport*
horse meat: hästkött*
bushmeat: bushmeat, kött från vilda djur*
wildlife trade: handel med vilda djur*, handeln med vilda djur*, handel med vilda fåglar*, viltmarknader*, marknader för vilda djur*, handel med exotiska djur*
aspartame: aspartam*, E951
artificial sweeteners: sötningsmedel*, artificiella sötningsmedel*, konstgjorda sötningsmedel*
food additives: livsmedelstillsatser*, tillsatser i livsmedel*, tillsatsämnen*, E-nummer*
plant-based meat: växtbaserat kött*, vegetariska burgare*, vegoburgare*, vegobiffar*, köttersättning*, köttsubstitut*, vegokorv*, köttliknande namn*, köttbenämningar*, vegetariska korvar*
plant-based milk: växtbaserad mjölk*, havremjölk*, sojamjölk*, mandelmjölk*, havredryck*, växtdryck*, växtbaserade drycker*, mjölkalternativ*
antibiotics: antibiotika*
growth hormones: tillväxthormon*, hormonbehandlat kött*, hormonbehandlat nötkött*, hormonkött*
chlorinated chicken: klorkyckling*, klortvättad kyckling*, klorbehandlad kyckling*, klorbadad kyckling*
fast food: snabbmat*
ultra-processed foods: ultraprocessad*, ultraprocessade*, högprocessad*, högprocessade*
junk food: skräpmat, skräpmaten, skräpmatens, ohälsosam mat, ohälsosamma livsmedel*, onyttig mat, ohälsosamma snacks, ohälsosamma matvaror*, junk food
nitrites: nitrit*, natriumnitrit*
chlorpyrifos: klorpyrifos*
paraquat: parakvat*, paraquat
atrazine: atrazin*
chlorothalonil: klortalonil*, klorotalonil*
lead ammunition: blyammunition*, blyhagel*, blykulor*, blysänken*, blyhaltig ammunition*, bly i ammunition*
mercury: kvicksilver*, amalgam*
bisphenol A: bisfenol A, bisfenol-A, BPA
bisphenols: bisfenoler*
phthalates: ftalat*
formaldehyde: formaldehyd*
hydroquinone: hydrokinon*
talc: talkpuder*, talkbaserat puder*, talkprodukter*, talken
heavy fuel oil: tjockolja*, tung eldningsolja*, tung brännolja*, tunga bunkeroljor*
codeine: kodein*
tramadol: tramadol*
fentanyl: fentanyl*
ephedrine: efedrin*, efedra*
melatonin: melatonin*
ivermectin: ivermektin*
hydroxychloroquine: hydroxiklorokin*, hydroxyklorokin*
opioids: opioid*, opiater*, opiat*
steroids: steroider*, anabola steroider*
cough syrups: hostmedicin*, hostsaft*, hostmixtur*
cars: bilar, bilarna, biltrafik*, privatbil*, motorfordon*, motortrafik*, bilism*
trucks: lastbilar*, lastbil, lastbilen, tunga fordon*, tung trafik*, långtradare*
motorcycles: motorcykl*, motorcykel, motorcykeln, motorcykelns, motorcykeltrafik*, mc-trafik*
motorcycle taxis: motorcykeltaxi*, mototaxi*, okada*, boda boda*, boda-boda*
tuk-tuks: tuk-tuk*, tuktuk*, rickshaw*, autorickshaw*, trehjulingar*
mopeds: mopeder*, moped, mopeden, mopedtrafik*, scooter*, scootrar*
e-bikes: elcykl*, elcykel*, elassisterade cyklar*, elassisterad cykel*, elektriska cyklar*
fat bikes: fatbike*, fat bike*, fat-bike*, el-fatbike*, elfatbike*
jet skis: vattenskoter*, vattenskotrar*, jetski*, jet ski*, jet-ski*
horse-drawn carriages: hästvagn*, hästdragna vagnar*, hästdroska*, häst och vagn, hästkärr*, hästskjuts*
night flights: nattflyg*, nattliga flygningar*, flygningar nattetid*
street vending: gatuförsäljning*, gatuhandel*, försäljning på gatan*
nightclubs: nattklubb*, diskotek*
camping: camping*, tältning*, fricamping*, vildcamping*
barbecues: grillning*, grillar, grillarna, engångsgrill*, grilla, grillförbud*
campfires: lägereld*, öppen eld, öppna eldar*, eldning, eldningen, eldning utomhus*, eldningsförbud*
bonfires: brasa, brasan, brasor*, valborgsbrasa*, valborgsbrasor*, valborgsbål*, påskbrasa*, påskbrasor*, majbrasa*
stubble burning: halmbränning*, stubbränning*, bränning av skörderester*, bränning av halm*
open burning: eldning av trädgårdsavfall*, eldning av ris*, förbränning av trädgårdsavfall*, bränning av trädgårdsavfall*, eldning av avfall*, öppen förbränning*
street prayers: gatubön*, bön på gatan*, offentliga böner*, böner på gatan*, bön på allmän plats*
loudspeakers: högtalare*, megafon*, högtalarutrustning*, förstärkt ljud*, förstärkt musik*
public drinking: alkoholförtäring på allmän plats*, drickande på allmän plats*, alkohol på allmän plats*, förtäring av alkohol på allmän plats*, offentligt drickande*, dricka alkohol på allmän plats*
pride parades: prideparad*, pridetåg*, pridefestival*, pride, pridefirande*, prideevenemang*, pride-parad*, pride-tåg*
second-hand clothes: begagnade kläder*, second hand-kläder*, secondhandkläder*, använda kläder*, begagnade klädesplagg*
second-hand underwear: begagnade underkläder*, använda underkläder*
used cars: begagnade bilar*, begagnad bil*, begagnade fordon*, begagnatbilar*
used tyres: begagnade däck*, uttjänta däck*, skrotdäck*, använda däck*, avfallsdäck*
e-waste: elektronikavfall*, elavfall*, elektroniskt avfall*, elskrot*, e-avfall*
plastic waste: plastavfall*, plastskrot*, plastsopor*
scrap metal: metallskrot*, skrot, skrotet, järnskrot*, stålskrot*, skrotexport*
timber: timmer, timret, timmerexport*, timmerstock*, virke*, rundvirke*, trävaror*, sågade trävaror*, tropiskt trä*, tropiskt timmer*
rare earths: sällsynta jordartsmetall*, jordartsmetaller*, sällsynta jordartsmagneter*, sällsynta jordarter*
gallium: gallium*
germanium: germanium*
antimony: antimon*
graphite: grafit*
diamonds: diamant*, råa diamanter*, blodsdiamant*, konfliktdiamant*, ryska diamanter*
textiles: textil*
luxury goods: lyxvaror*, lyxprodukter*, lyxartiklar*
arms exports: vapenexport*, vapenleveranser*, vapenförsäljning*, export av vapen*, krigsmaterielexport*, export av krigsmateriel*, vapenöverföringar*
dual-use goods: produkter med dubbla användningsområden*, varor med dubbla användningsområden*, teknik med dubbla användningsområden*, produkter med dubbla användningar*, dual use-produkter*, PDA-produkter*
uranium: uran, uranet, anrikat uran, ryskt uran, uranimport*, uranbränsle*
oil: råolja*, oljeimport*, oljeexport*, petroleum*, sjöburen olja*, olja, oljan
natural gas: naturgas, naturgasen, naturgasens, naturgasimport*, naturgasexport*, rysk gas, ryska gasen, flytande naturgas*, LNG*, gasimport*, rysk naturgas*
vaccines: vaccin, vaccinet, vaccinets, vacciner, vaccinerna, vaccinexport*, covidvaccin*, coronavaccin*, mRNA-vaccin*, covid-vaccin*
vaccine mandates: vaccinationstvång*, vaccinationskrav*, vaccinkrav*, obligatorisk vaccination*, tvångsvaccinering*, vaccintvång*, vaccinationsplikt*, vaccinpass*
invasive species: invasiva arter*, invasiva främmande arter*, invasiva växter*, främmande arter*
pangolins: myrkott*, pangolin*
dog fighting: hundslagsmål*, hundkamp*
cockfighting: tuppfäktning*, tuppkamp*
pigeon feeding: matning av duvor*, utfodring av duvor*, mata duvor*, duvmatning*, fågelmatning*, utfodring av fåglar*, mata fåglar*, matning av fåglar*
cherry laurel: lagerhägg*
greyhound racing: greyhoundlöpning*, vinthundsrace*, hundkapplöpning*, greyhoundracing*, vinthundslöpning*
dolphinariums: delfinarium*, delfinarier*, delfinshow*, delfiner i fångenskap*, späckhuggarshow*
ritual slaughter: rituell slakt*, slakt utan bedövning*, obedövad slakt*, halalslakt*, koscherslakt*, halal-slakt*, kosher-slakt*, religiös slakt*
gender-neutral language: könsneutralt språk*, inkluderande språk*, könsneutrala ord*, könsneutrala pronomen*
flags: flaggor*, flaggan, nationsflagg*, utländska flaggor*, palestinska flaggor*, palestinaflagg*, flaggviftande*
communist symbols: kommunistiska symboler*, sovjetiska symboler*, hammaren och skäran, hammare och skära, kommunistisk symbolik*, sovjetsymboler*
burkinis: burkini*
political advertising: politisk reklam*, politiska annonser*, valreklam*, politisk annonsering*, valannonser*, betald politisk reklam*
foreign funding: utländsk finansiering*, utländska donationer*, utländska bidrag*, finansiering från utlandet*, utländska medel*
NGOs: NGO*, frivilligorganisationer*, icke-statliga organisationer*, ideella organisationer*, biståndsorganisationer*
religious groups: religiösa grupper*, religiösa samfund*, trossamfund*, sekter*, sekt, sekten, religiösa organisationer*, religiösa rörelser*
homeschooling: hemundervisning*, hemskolning*
sex education: sexualundervisning*, sex- och samlevnadsundervisning*, sexualkunskap*, sex och samlevnad*
critical race theory: kritisk rasteori*
DEI programmes: DEI-program*, DEI-initiativ*, DEI-arbete*, DEI-policy*, DEI-utbildning*, mångfaldsprogram*, mångfaldsinitiativ*, mångfaldsarbete*
drag shows: dragshow*, drag-show*, dragföreställning*, dragqueen-sagostund*, dragqueensagostund*, dragevenemang*
same-sex marriage: samkönade äktenskap*, samkönat äktenskap*, enkönade äktenskap*, homoäktenskap*, könsneutrala äktenskap*
polygamy: polygami*, månggifte*, polygama äktenskap*
cousin marriage: kusinäktenskap*, kusingifte*, äktenskap mellan kusiner*
e-commerce platforms: e-handelsplattform*, onlinemarknadsplatser*, digitala marknadsplatser*, e-handelssajter*, näthandelsplattform*
crypto ATMs: kryptoautomat*, bitcoinautomat*, kryptobankomat*
stablecoins: stablecoin*, stabila mynt*
NFTs: NFT*, icke-fungibla tokens*
buy now pay later: köp nu betala senare, köp nu – betala senare, köp nu - betala senare, BNPL*
dating apps: dejtingapp*, dejtingsajter*, dejtingtjänster*
cosmetic surgery: skönhetsoperation*, estetisk kirurgi*, kosmetisk kirurgi*, plastikkirurgi*, skönhetsingrepp*, estetiska behandlingar*, kosmetiska behandlingar*, botox*, fillers, fillerbehandling*, läppfillers*, injektionsbehandlingar*
tattoos: tatuer*
piercings: piercing*, kroppspiercing*
assisted dying: dödshjälp*, eutanasi*, assisterat självmord*, läkarassisterat självmord*, läkarassisterad dödshjälp*, barmhärtighetsmord*
nuclear power: kärnkraft*, kärnenergi*, kärnreaktorer*, atomkraft*
wind turbines: vindkraft*, vindturbin*, vindparker*, vindpark*, havsbaserad vindkraft*
solar panels: solpanel*, solcell*, solenergi*, solkraft*, solpark*
gas stoves: gasspis*, gashäll*
gravel gardens: grusträdgård*, stenträdgård*
artificial turf: konstgräs*
glitter: glitter
balloons: ballonger, ballongerna, ballong, ballongen, heliumballong*, ballongsläpp*, släpp av ballonger*
confetti: konfetti*
lawn watering: bevattning av gräsmattor*, vattna gräsmattan*, vattning av gräsmattor*, trädgårdsbevattning*, vattenslang*, trädgårdsslang*, bevattningsförbud*, vattenspridare*, vattna trädgården*
swimming pool filling: fylla pooler*, fyllning av pooler*, poolfyllning*, fylla poolen*, fylla simbassänger*, påfyllning av pooler*
car washing: biltvätt*, tvätta bilen, tvätta bilar*, tvätt av bilar*
irrigation: bevattning, bevattningen, jordbruksbevattning*, konstbevattning*, bevattning av grödor*, bevattning av åkrar*
evictions: vräkning*, avhysning*
stun guns: elchockvapen*, elpistol*, taser*, elchockpistol*
fossil fuel heating: fossil uppvärmning*, fossila uppvärmning*, fossileldad uppvärmning*, fossila bränslen för uppvärmning*
open fireplaces: öppna eldstäder*, öppen eldstad*
air conditioning: luftkonditionering*, AC-aggregat*, klimatanläggning*
shop window lighting: skyltfönsterbelysning*, upplysta skyltfönster*, belysta skyltfönster*, belysning i skyltfönster*
outdoor lighting: utomhusbelysning*, fasadbelysning*, ljusreklam*, belysning av byggnader*
electric cars: elbil*, elfordon*, elektriska bilar*
old vehicles: gamla bilar*, äldre bilar*, gamla fordon*, äldre fordon*
tour buses: turistbuss*, sightseeingbuss*
golf carts: golfbil*
quad bikes: fyrhjuling*
snowmobiles: snöskoter*, snöskotrar*
hoverboards: hoverboard*
motorboats: motorbåt*, snabbåt*, utombordsmotor*, utombordare*
helicopters: helikopter*
paragliders: skärmflyg*, paraglid*, paramotor*
hot-air balloons: varmluftsballong*, luftballong*
microlight aircraft: ultralätta flygplan*, ultralätt flygplan*, UL-flygplan*
kites: pappersdrak*, drakflygning*
lawn mowers: gräsklippar*, robotgräsklippar*
swimming: badning*, simning*, badförbud*, bada
off-road driving: terrängkörning*, offroadkörning*
data centres: datacenter*, datahall*, serverhall*
golf courses: golfban*
snow cannons: snökanon*, konstsnö*, snötillverkning*
disposable nappies: engångsblöj*, blöjor, blöjorna
takeaway containers: take away-förpackning*, takeaway-förpackning*, takeawayförpackning*, avhämtningsförpackning*, engångsförpackningar för mat*
plastic sachets: sachets, portionsförpackningar*, portionspåsar*
cigarette filters: cigarettfilter*, cigarettfimp*, fimpar, fimparna
polystyrene: EPS-plast*
microplastics: mikroplast, mikroplasten, mikroplaster, mikroplasterna, mikroplastpartiklar*
charcoal: träkol*
kerosene: fotogen, fotogenlamp*, fotogenkamin*, kerosen*
diesel generators: dieselgenerator*, dieselaggregat*
gas flaring: fackling*, gasfackling*
potassium bromate: kaliumbromat*
brominated vegetable oil: bromerad vegetabilisk olja, bromerade vegetabiliska oljor*, bromerad växtolja, bromerade växtoljor*
propylparaben: propylparaben*
oxybenzone: oxybenson*, oxybenzon*, bensofenon-3
chemical sunscreens: kemiska solskydd*, kemiskt solskydd*, kemisk solkräm*, kemiska solkrämer*, kemiska UV-filter*, kemiska solfilter*
water fluoridation: fluoridering*, vattenfluoridering*, dricksvattenfluoridering*, fluorering av dricksvatten*, fluorering av vatten*, fluor i dricksvattnet, fluor i dricksvatten, fluorid i dricksvattnet, fluoriderat vatten*, fluoriderat dricksvatten*
lead paint: blyfärg*, blyhaltig färg*, blyhaltiga färger*, bly i färg*, blyvitt
cadmium: kadmium*
PVC: PVC, polyvinylklorid*
nitrates: nitrat*
baby walkers: gåstol*, babygåstol*
infant formula advertising: reklam för modersmjölksersättning*, marknadsföring av modersmjölksersättning*, reklam för bröstmjölksersättning*, marknadsföring av bröstmjölksersättning*, reklam för barnmjölk*, marknadsföring av barnmjölk*, reklam för mjölkersättning*
weight-loss drugs: viktnedgångsläkemedel*, bantningsläkemedel*, fetmaläkemedel*, viktminskningsläkemedel*, bantningssprut*, Ozempic*, Wegovy*, semaglutid*, tirzepatid*, Mounjaro*, sibutramin*
diet pills: bantningspiller*, bantningsmedel*, bantningspreparat*, bantningsprodukter*, dietpiller*, fettförbrännare*, aptitdämpande medel*, aptitdämpande läkemedel*
ketamine: ketamin*
psychedelics: psykedelika*, psykedeliska droger*, psykedeliska substanser*, hallucinogener*, hallucinogena droger*, hallucinogena substanser*, LSD, DMT, ayahuasca*, meskalin*
xylazine: xylazin*
nitazenes: nitazen*, isotonitazen*, protonitazen*, metonitazen*
delta-8 THC: delta-8-THC, delta-8 THC, delta-8
betel nut: betelnöt*, arekanöt*, betel
contraceptives: preventivmedel*, preventivmedlen, preventivmedlet, p-pill*, akut-p-piller*, dagen efter-piller*, dagen-efter-piller*, kondom, kondomer*, kondomen, antikonception*, hormonspiral*
cosmetic fillers: filler, fillern, fillerinjektion*, hyaluronsyrafiller*, läppförstoring*, rynkfiller*, hyaluronsyrainjektion*
hair relaxers: hårrelaxer*, kemisk håruträtning*, håruträtningsmedel*, håruträtningsprodukt*, hårslätningsprodukt*, keratinbehandling*
edible insects: ätbara insekter*, ätliga insekter*, insektsmjöl*, insektsprotein*, insekter som mat, insekter som livsmedel, insektsbaserad mat*, insektsbaserade livsmedel*, mjölmask*, syrsmjöl*
spirits: starka drycker*, brännvin*, vodka*, whisky*, snaps, snapsen, destillerade drycker*
wine: vin, vinet, vinets, viner, vinerna, vinförsäljning*, vinimport*
moonshine: hembränt*, hembränd sprit*, hembränning*, smuggelsprit*, illegal sprit, moonshine
button batteries: knappcell*, knappbatteri*, myntcell*, myntbatteri*
magnetic toys: magnetleksak*, magnetiska leksaker*, magnetkulor*, magnetiska kulor*, starka magneter*, neodymmagnet*
water beads: vattenpärlor*, gelpärlor*, hydrogelpärlor*, vattenkulor*, gelékulor*, Orbeez
lithium batteries: litiumbatteri*, litiumjonbatteri*, litium-jon-batteri*
counterfeit goods: piratkopior*, förfalskade varor*, falska varor*, förfalskade produkter*, piratvaror*, kopierade märkesvaror*, varumärkesförfalskning*, fejkade varor*
counterfeit medicines: förfalskade läkemedel*, falska läkemedel*, piratläkemedel*, läkemedelsförfalskning*, förfalskad medicin*
dietary supplements: kosttillskott*
painkillers: smärtstillande*, värktablett*, analgetika*, paracetamol*, ibuprofen*
homeopathy: homeopati*
cosmetics: kosmetika*, kosmetiska produkter*, skönhetsprodukter*
sweets: godis*, sötsaker*, karameller*, konfektyr*, smågodis*, lösgodis*
tablets: surfplatt*, iPad*
smart glasses: smarta glasögon*, smartglasögon*, AI-glasögon*, kameraglasögon*
AI-generated content: AI-genererat innehåll, AI-genererade bilder*, AI-genererade videor*, innehåll genererat av AI, AI-innehåll*, AI-bilder*
end-to-end encryption: end-to-end-kryptering*, totalsträckskryptering*, ände-till-ände-kryptering*, E2EE
SIM cards: SIM-kort*, simkort*, kontantkort*, eSIM*
satellite internet: satellitinternet*, internet via satellit, Starlink*
online advertising: onlinereklam*, internetreklam*, nätreklam*, digital reklam*, digitala annonser*, onlineannonser*
influencer marketing: influencermarknadsföring*, influencerreklam*, reklam via influencers, reklam genom influencers, sponsrade inlägg*
crypto advertising: kryptoreklam*, reklam för kryptovalutor*, reklam för krypto*, marknadsföring av kryptotillgångar*
crypto payments: kryptobetalning*, betalning med kryptovalut*, betalningar med kryptovalut*, betalningar i kryptovalut*, betalning i krypto*, bitcoinbetalning*
lotteries: lotteri*, lotto*, skraplott*, tombola*
betting shops: spelbutik*, bettingbutik*, spelombud*, bookmaker*
payday loans: snabblån*, sms-lån*
foreign currency: utländsk valuta, utländska valutor*, främmande valuta, främmande valutor*
podcasts: podcast*, podd, podden, poddar, poddarna, poddradio*
foreign journalists: utländska journalister*, utländska korrespondenter*, utländska reportrar*, utländsk press
comics: serietidning*, seriealbum*, tecknade serier*, grafiska romaner*, manga
anime: anime
foreign films: utländska filmer*, utländsk film
rap music: rapmusik*, raplåtar*, hiphop*, hip-hop*
drill music: drillmusik*, drill-musik*, drillrap*, drill-rap*
raves: rave, raves, raveparty*, ravefest*
strikes: strejk*
political parties: politiska partier*, politiskt parti
opposition parties: oppositionsparti*
trade unions: fackförening*, fackförbund*
missionaries: missionär*, missionsverksamhet*, proselytism*
miniskirts: minikjol*, korta kjolar*
make-up: smink*, makeup, läppstift*, nagellack*
robocalls: robotsamtal*, automatiserade samtal*, automatiska samtal*
telemarketing: telefonförsäljning*, telemarketing*, säljsamtal*, oönskade säljsamtal*
junk fees: dolda avgifter*, dolda kostnader*
surge pricing: dynamisk prissättning*, dynamiska priser*
non-compete clauses: konkurrensklausul*
child labour: barnarbete*
unpaid internships: oavlönad praktik*, oavlönade praktikplatser*, obetald praktik*, obetalda praktikplatser*
dogs: hund, hunden, hundar, hundarna, hundars, hundens, hundförbud*
cats: katt, katten, katter, katterna, katters, kattens
cattle: nötkreatur*, nötboskap*, kossor*
glue traps: limfäll*
snares: snaror*, snaran, vajersnaror*
leghold traps: saxfäll*
fish farming: fiskodling*, vattenbruk*, akvakultur*
salmon farming: laxodling*, odlad lax, odlade laxar
octopus farming: bläckfiskodling*, bläckfiskfarm*
krill fishing: krillfiske*, krillfångst*
lobster fishing: hummerfiske*, hummerfångst*
shellfish harvesting: musselfiske*, musselskörd*, musselplockning*, plockning av musslor, ostronplockning*
rodeos: rodeo*
elephant rides: elefantridning*, ridning på elefanter, rida på elefanter
puppy sales: valpförsäljning*, försäljning av valpar, valphandel*, valpfabrik*
pet shops: djuraffär*, djurbutik*, zoobutik*
crossbows: armborst*
swords: svärd, svärden, svärdet, katana*, samurajsvärd*
air guns: luftgevär*, luftpistol*, luftvapen*
high-capacity magazines: högkapacitetsmagasin*, magasin med hög kapacitet, magasin med stor kapacitet
explosives: sprängämne*, sprängmedel*, dynamit*
tear gas: tårgas, tårgasen, tårgasgranat*
rubber bullets: gummikul*
white phosphorus: vit fosfor, vitt fosfor, fosforbomb*
flares: bengaler, bengalerna, nödbloss*, nödraket*
steel: stål, stålet, stålprodukter*, stålimport*, stålexport*
aluminium: aluminium*
copper: kopparen, kopparexport*, kopparmalm*, kopparkoncentrat*
nickel: nickel*
bauxite: bauxit*
lithium: litium, litiumet, litiumbrytning
cobalt: kobolt*
tungsten: volfram*
love locks: kärlekslås*, kärlekshänglås*
key boxes: nyckelbox*, nyckelskåp*
wheeled suitcases: rullväsk*, rullkoffert*, resväskor med hjul
street performers: gatumusikant*, gatuartist*, gatumusik*, gatukonstnär*
rough sleeping: sova på gatan, sova utomhus, sova på allmän plats, övernattning på allmän plats, övernatta på allmän plats
homeless encampments: hemlösläger*, tältläger för hemlösa, hemlösas läger*, hemlösas tält
tourist groups: turistgrupp*, resegrupp*
second homes: fritidshus*, fritidsbostad*, fritidsbostäder*
foreign home buyers: utländska köpare, utländska bostadsköpare*, utlänningars bostadsköp*
new hotels: nya hotell, nytt hotell, nya hotellen, hotellbygg*, byggande av nya hotell, hotellstopp*
# 0.27.0: more categories
game consoles: spelkonsol*, gamingkonsol*
gas-powered garden equipment: bensindrivna trädgårdsredskap*, bensindriven trädgårdsutrustning*, bensindrivna häcksaxar*, bensinhäcksax*, bensindrivna motorsågar*, bensinmotorsåg*, bensintrimmer*, bensindrivna grästrimmer*
sex dolls: sexdock*, sex-dock*, barnliknande sexdock*, sexrobot*
selfie sticks: selfiepinne*, selfiepinnar*, selfie-pinne*, selfie-pinnar*, selfie sticks
disposable lighters: tändare, tändaren, tändarna, engångständare*, plasttändare*, cigarettändare*
coal stoves: kolkamin*, kolspis*, kolpanna*, kolpannor*, kolugn*, uppvärmning med kol*, koleldning i hem*
dashcams: dashcam*, dash cam*, bilkamera*, instrumentbrädekamera*
coffee capsules: kaffekapsel*, kaffekapslar*, kapselkaffe*
bottled water: flaskvatten*, buteljerat vatten*, vatten på flaska*, vattenflaskor*, vatten i plastflaskor*
bicycles: cykel, cykeln, cyklar, cyklarna, cyklist*, cykling*, cykeltrafik*
camper vans: husbil*, campervan*, husvagn*, övernattning i bil*, sova i bilen, vanlife*
right-hand-drive vehicles: högerstyrda bilar*, högerstyrd bil*, högerstyrda fordon*, högerstyrning*, ratten på höger sida
self-driving cars: självkörande bilar*, självkörande bil*, förarlösa bilar*, förarlös bil*, självkörande fordon*, autonoma fordon*, robottaxi*, robotaxi*
petrol motorbikes: bensindrivna motorcyklar*, bensindriven motorcykel*, bensinmotorcykel*, bensindrivna mopeder*, bensinmoped*, bensinscooter*, fossildrivna motorcyklar*, tvåtaktsmoped*
street racing: gaturace*, street race*, streetrace*, street racing, olaglig racing*, olagliga race*, bilträff*
beer bikes: ölcykel*, ölcyklar*, festcykel*, festcyklar*, partycykel*, bierfiets
leaded fuel: blyad bensin*, blyat bränsle*, blyad flygbensin*, tetraetylbly*, blybensin*
liquids in hand luggage: vätskor i handbagaget*, vätskor i handbagage*, vätskeregler*, vätskeregeln*, 100 ml-regeln, 100 ml-gränsen, vätskebegränsning*, vätskeförbud*
studded tyres: dubbdäck*, dubbade däck*, vinterdäck med dubb*
ractopamine: ractopamin*, fläskkött med ractopamin*
durian: durian*, durianfrukt*
alcopops: alkoläsk*, alcopop*, färdigblandade drinkar*, premixdrinkar*, RTD-drycker*, hard seltzer*
late-night alcohol sales: nattförsäljning av alkohol*, försäljning av alkohol på natten*, alkoholförsäljning nattetid*, sena serveringstider*, serveringstider*
drinks promotions: happy hour*, drinkerbjudande*, erbjudanden på alkohol*, alkoholerbjudande*, rabatt på alkohol*, fri bar, all you can drink
DDT: DDT, diklordifenyltrikloretan*
fluorinated gases: F-gaser*, F-gas, fluorerade gaser*, fluorerade växthusgaser*, HFC-gaser*, CFC-gaser*, freoner*, svavelhexafluorid*
chlorinated solvents: klorerade lösningsmedel*, trikloretylen*, perkloretylen*, tetrakloretylen*, diklormetan*, metylenklorid*
cyanide: cyanid*, natriumcyanid*, cyanidlakning*, blåsyra*
acetamiprid: acetamiprid*, insektsmedlet acetamiprid
rodenticides: råttgift*, musgift*, gnagargift*, rodenticid*, giftbete*
road salt: vägsalt*, vägsaltning*, saltning av vägar*, halkbekämpning med salt*, tösalt*
flame retardants: flamskyddsmedel*, bromerade flamskyddsmedel*, halogenerade flamskyddsmedel*, flamskyddsämnen*, PBDE*
engineered stone: konststen*, kompositsten*, kvartskomposit*, kvartsbänkskiva*, konstruerad sten*, agglomererad sten*
cocaine: kokain*, kokablad*, kokaplantor*, kokaodling*, kokapasta*, kokafält*
methamphetamine: metamfetamin*, crystal meth, yabapiller*
MDMA: MDMA, ecstasy*, ecstasytabletter*, MDMA-terapi*, MDMA-behandling*
opium poppy cultivation: opiumvallmo*, opiumsvallmo*, opiumodling*, opiumproduktion*, vallmoodling*, vallmofält*, opium
new psychoactive substances: nya psykoaktiva substanser*, designerdroger*, syntetiska katinoner*, mefedron*, legal highs, forskningskemikalier*, nätdroger*
GHB: GHB, GBL, gammahydroxibutyrat*, gamma-hydroxibutyrat*, gammabutyrolakton*, flytande ecstasy
bear bile: björngalla*, galla från björnar*, björngallfarm*, gallfarm*
donkey skins: åsnehudar*, åsneskinn*, handel med åsnehudar*, slakt av åsnor*, åsneslakt*, ejiao*
tail docking: svanskupering*, kupering av svansar*, kuperade svansar*, öronkupering*, kupering av öron*
declawing: borttagning av klor*, avlägsnande av klor*, kloamputation*, declawing
sow stalls: grisningsbur*, grisningsburar*, suggor i bur*, suggbur*, fixering av suggor*, dräktighetsburar*
chick culling: avlivning av tuppkycklingar*, dödande av tuppkycklingar*, kycklingdödande*, avlivning av kycklingar*, tuppkycklingar*, malning av kycklingar*
live poultry markets: marknader med levande fjäderfä*, försäljning av levande fjäderfä*, levande fjäderfä*, marknader för levande fåglar*, våtmarknader*
big cats: stora kattdjur*, storkatter*, tigrar som husdjur*, lejon som husdjur*, privata tigrar*
badger culling: grävlingsavlivning*, avlivning av grävlingar*, grävlingsjakt*, dödande av grävlingar*, skjutning av grävlingar*
bull running: tjurrusning*, löpning med tjurar*, encierro*, San Fermín*, San Fermin*, tjurfestival*
animal sacrifice: djuroffer*, offrande av djur*, djuroffring*, rituella djuroffer*, offerdjur*
wildlife feeding: utfodring av vilda djur*, mata vilda djur*, matning av vilda djur*, utfodring av djur*, mata änderna, utfodring av vildsvin*, utfodring av rådjur*, mata måsar*
exotic skins: exotiska skinn*, exotiskt läder*, krokodilskinn*, krokodilläder*, ormskinn*, pytonskinn*
spitting: spottning*, spotta på gatan, spotta offentligt, spottförbud*
littering: nedskräpning*, skräpa ner, skräpar ner, slänga skräp*, kasta skräp*, olaglig dumpning*
jaywalking: gå mot rött, går mot rött, gå mot röd gubbe, korsa gatan mot rött, fotgängare som går mot rött
loitering: dagdriveri*, hänga på gatan, hänger på gatan, drälla omkring, vistelseförbud*
skateboarding: skateboard*, skejtare*, skatare*, rullskridsko*, inlines*, inlinesåkning*, rullskridskoåkning*
public nudity: offentlig nakenhet*, nakenhet offentligt*, nudism*, nudist*, naturism*, nakenbad*, nakenstrand*, barbröstad solning*
swimwear in the street: badkläder i stan*, badkläder på gatan*, bikini i stan*, i badkläder på stan, i bikini på stan, bar överkropp*, naken överkropp*, utan tröja på stan
eating in the street: äta på gatan, äta offentligt, äta medan man går, äta på trapporna, ätande på gatan*
graffiti: graffiti*, klotter*, klottrare*, sprayfärg*, sprayburkar*, tagging*
honking: tutande*, tuta, tutandet, biltutor*, användning av signalhorn*, signalhorn*, tryckluftshorn*
dancing: dans, dansen, dansa, dansevenemang*, dansfester*, offentlig dans*, danstillstånd*
entering forests: tillträde till skogen*, tillträde till skog*, vistelse i skogen*, gå i skogen, skogsbesök*, tillträdesförbud i skog*, färdas i skogen*
Halloween: halloween*, bus eller godis, trick or treat
Valentine's Day: alla hjärtans dag*, alla hjärtans-dag*, valentindagen*, Sankt Valentins dag*, valentinpresent*
beauty pageants: skönhetstävling*, misstävling*, miss-tävling*, skönhetsdrottning*
pub crawls: barrunda*, pubrunda*, barcrawl*, pubcrawl*, bar crawl*, pub crawl*
Quran burning: koranbränning*, bränning av Koranen*, bränna Koranen, brände Koranen, skändning av Koranen*, koranskändning*, bränning av religiösa skrifter*
flag burning: flaggbränning*, bränning av flaggor*, bränna flaggor*, bränna flaggan, skändning av flaggan*, flaggskändning*
Holocaust denial: förintelseförnekelse*, förintelseförnekande*, förnekelse av Förintelsen*, förnekande av Förintelsen*, förintelseförnekare*, folkmordsförnekelse*, förnekelse av folkmord*
Z symbol: Z-symbol*, Z-tecken*, Z-märke*, bokstaven Z, symbolen Z
sex shops: sexbutik*, sexshop*, sex shop*, erotikbutik*, sexleksaksbutik*
strip clubs: strippklubb*, stripteaseklubb*, strippbar*, stripteasebar*, lapdance*, lap dance*
massage parlours: massagesalong*, massageinstitut*, massageklinik*, erotisk massage*, thaimassage*
beauty salons: skönhetssalong*, skönhetsklinik*, skönhetsinstitut*, hudvårdssalong*, kosmetiksalong*
minimarkets: minimarket*, närbutik*, nattöppen butik*, nattöppna butiker*, dygnet runt-butik*, kvällsöppen butik*, kvällsöppna butiker*
vape shops: vapebutik*, vape-butik*, vapeshop*, butiker som säljer e-cigaretter*
cannabis shops: haschbutik*, coffeeshop*, haschklubb*
drive-throughs: drive-in*, drive-thru*, drive-through*, drive in*, drive thru*
dark stores: dark store*, darkstore*, mörk butik*, snabbleveranslager*, dark kitchen*, ghost kitchen*, spökkök*
prescription drug advertising: reklam för receptbelagda läkemedel*, reklam för läkemedel*, läkemedelsreklam*, medicinreklam*, reklam för mediciner*, marknadsföring av läkemedel*
advertising to children: reklam riktad till barn*, reklam riktad mot barn*, barnreklam*, reklam till barn*, marknadsföring riktad till barn*, marknadsföring mot barn*, reklam i barnprogram*, tv-reklam riktad till barn*
junk mail: oadresserad reklam*, reklam i brevlådan*, reklamblad*, reklamutskick*, direktreklam*, pappersreklam*, reklamlappar*, nej tack till reklam
digital billboards: digitala reklamskyltar*, reklamskärm*, digitala skyltar*, LED-skyltar*, LED-skärmar*, digitala reklamtavlor*, digitala billboards*
carbon-neutral claims: grönmålning*, greenwashing*, miljöpåståenden*, gröna påståenden*, klimatpåståenden*, vilseledande miljömarknadsföring*, påståenden om klimatneutralitet*, klimatneutralitetspåståenden*
CFDs: CFD, CFD:er, CFD-handel*, CFD-kontrakt*, differenskontrakt*, spread betting
prediction markets: prediktionsmarknader*, prediktionsmarknad*, vadslagning på val*, betting på val*, spel på val*, händelsekontrakt*
fantasy sports: fantasy sport*, fantasy-sport*, fantasyliga*, fantasy-liga*, fantasy football, spel om riktiga pengar
share buybacks: återköp av aktier*, aktieåterköp*, återköpsprogram*, köp av egna aktier*, förvärv av egna aktier*
golden passports: gyllene pass*, guldpass*, medborgarskap genom investering*, medborgarskap mot investering*, försäljning av medborgarskap*, försäljning av pass*, pass till salu, investerarpass*
golden visas: gyllene visum*, guldvisum*, investerarvisum*, investerarvisering*, uppehållstillstånd mot investering*, uppehållstillstånd för investerare*, golden visa*
ransom payments: lösensumma*, lösensummor*, lösenbetalning*, betalning av lösensumma*, betala lösensumman, ransomware-betalning*
stock trading by lawmakers: kongressledamöters aktiehandel*, aktiehandel bland kongressledamöter*, politikers aktiehandel*, riksdagsledamöters aktiehandel*, aktiehandel för politiker*, lagstiftares aktiehandel*, kongressledamöters handel med aktier*
CBDCs: digitala centralbankspengar*, centralbanksvaluta*, digital euro*, digitala euron*, e-krona*, digital dollar*, digital yuan*, CBDC*
pirate sites: piratsajter*, piratsidor*, piratkopiering*, illegal streaming*, olaglig streaming*, pirat-IPTV*, illegal IPTV*, torrentsajter*
loan apps: låneappar*, låne-appar*, låneapp*, digitala låneplattformar*, långivningsappar*
AI companions: AI-kompanjon*, AI-flickvän*, AI-pojkvän*, AI-vänner*, virtuella flickvänner*, virtuella kompanjoner*, AI-sällskap*
addictive feeds: beroendeframkallande flöden*, algoritmiska flöden*, algoritmstyrda flöden*, oändlig scrollning*, ändlös scrollning*, autoplay*, beroendeframkallande design*, rekommendationsalgoritmer*
suppressors: ljuddämpare till vapen*, ljuddämpare för vapen*, vapenljuddämpare*, ljuddämpade vapen*, ljuddämpade skjutvapen*, ljuddämpare på vapen*
knuckle-dusters: knogjärn*, knogjärnen
flick knives: springkniv*, fjärilskniv*, butterflykniv*, fallkniv*, automatkniv*, balisong*
machine guns: kulspruta*, kulsprutor*, maskingevär*, kulsprutepistol*, helautomatiska vapen*
blank guns: gaspistol*, signalpistol*, startpistol*, larmpistol*, knallpistol*, skrämselpistol*
autonomous weapons: autonoma vapen*, autonoma vapensystem*, mördarrobot*, dödliga autonoma vapen*, AI-vapen*, helt autonoma vapen*
chokeholds: strypgrepp*, halsgrepp*, nackgrepp*, kvävningsgrepp*
death penalty: dödsstraff*, dödsdom*, avrättning*, avrättad, avrättades
virginity tests: oskuldskontroll*, oskuldstest*, mödomstest*, mödomskontroll*, mödomshinneoperation*, hymenoplastik*, oskuldsintyg*, mödomsintyg*
IVF: IVF, IVF-behandling*, provrörsbefruktning*, assisterad befruktning*, konstgjord befruktning*, fertilitetsbehandling*, in vitro-fertilisering*
circumcision: omskärelse av pojkar*, pojkomskärelse*, rituell omskärelse*, religiös omskärelse*, manlig omskärelse*, brit mila
girls' education: flickors utbildning*, flickors skolgång*, utbildning för flickor*, flickor i skolan, kvinnors utbildning*, flickskolor*, kvinnors tillgång till utbildning*, flickors rätt till utbildning*
transgender athletes: transpersoner inom idrotten*, transpersoner i idrotten*, transidrottare*, transsexuella idrottare*, transkvinnor i idrotten*, transkvinnor inom idrotten*, transidrottsutövare*, transspelare*
mask mandates: munskyddskrav*, maskkrav*, krav på munskydd*, påbud om munskydd*, munskyddspåbud*, krav på ansiktsmask*, munskyddstvång*
geoengineering: geoengineering*, klimatingenjörskonst*, molnsådd*, vädermodifiering*, solar geoengineering*, stratosfärisk aerosolinjektion*, chemtrails*, solstrålningsmodifiering*
butterfly bushes: fjärilsbuske*, buddleja*, buddleia*, syrenbuddleja*
knotweed: parkslide*, jätteslide*, japansk parkslide*, Fallopia japonica, Reynoutria japonica
eucalyptus plantations: eukalyptus*, eucalyptus*
gold: guldexport*, guldimport*, export av guld*, import av guld*, ryskt guld*, guldtackor*, råguld*, oraffinerat guld*
iron ore: järnmalm*, järnmalmsexport*, järnmalmspellets*
raw cashew nuts: cashew*, cashewnötter*, råa cashewnötter*
shea nuts: sheanöt*, shea-nötter*, sheakärnor*
cotton: bomull, bomullen, bomullsexport*, bomullsimport*, råbomull*, Xinjiang-bomull*, bomullsprodukter*, bomullsgarn*
avocados: avokado*, avocado*
motor fuel: drivmedelsexport*, export av drivmedel*, bensinexport*, dieselexport*, rysk diesel*, drivmedelsimport*, import av drivmedel*, motorbränsle*
hazardous waste: farligt avfall*, giftigt avfall*, kemikalieavfall*, avfallsimport*, import av avfall*, avfallsexport*, export av avfall*, avfallstransporter*
# 0.28.0: more categories
bidis: bidi, bidis
kreteks: kretek, kreteks
single cigarettes: lösa cigaretter, lösa cigg
synthetic nicotine: syntetiskt nikotin, syntetisk nikotin
absinthe: absint
kava: kava
powdered alcohol: alkoholpulver, pulveralkohol
alcohol deliveries: alkoholleveranser, hemleverans av alkohol, hemleveranser av alkohol
heroin: heroin
amphetamines: amfetamin
pregabalin: pregabalin, gabapentin
benzodiazepines: bensodiazepiner, bensodiazepin, alprazolam
pseudoephedrine: pseudoefedrin
ethylene oxide: etylenoxid
dicamba: dikamba, dicamba
ammonium nitrate: ammoniumnitrat
PCBs: PCB, polyklorerade bifenyler
parabens: parabener
triclosan: triklosan
methyl bromide: metylbromid
caviar: svart kaviar, störkaviar
whale meat: valkött
peanuts: jordnötter
factory farming: industriell djurhållning, intensiv djurhållning, fabriksjordbruk
sewage sludge: avloppsslam, rötslam
manure spreading: flytgödsel, stallgödsel, spridning av gödsel
piglet castration: kastrering av smågrisar, smågriskastrering, griskastrering
mulesing: mulesing
hare coursing: harjakt med hund, harjakt med vinthundar
bird hunting: fågeljakt, fågelfångst
blast fishing: sprängfiske, fiske med sprängmedel
pulse fishing: elfiske, pulsfiske
gillnets: nätfiske, garnfiske, bottengarn
coral harvesting: korallskörd, korallhandel, korallfiske
foraging: svampplockning, bärplockning
stray dog culling: avlivning av gatuhundar, avlivning av herrelösa hundar
spearfishing: harpunfiske, undervattensjakt
flammable cladding: brännbar fasadbeklädnad, brännbara fasadmaterial
skyscrapers: skyskrapor, höghus
dams: dammar, vattenkraftsdammar, dammbyggen
biofuels: biobränslen, biodrivmedel, biodiesel
landfilling: deponier, soptippar, deponering av avfall
waste incineration: avfallsförbränning, sopförbränning
destruction of unsold goods: förstörelse av osålda varor, destruktion av osålda varor
radar detectors: radarvarnare, radardetektorer
pavement parking: trottoarparkering, parkering på trottoaren
tinted windows: tonade rutor, solfilm
shared bikes: hyrcyklar, lånecyklar, delningscyklar
hotel toiletries: minischampoflaskor, engångshygienartiklar
signal jammers: störsändare, jammers
satellite phones: satellittelefoner
hidden cameras: dolda kameror, spionkameror
pagers: personsökare
walkie-talkies: walkie-talkies, komradio, komradioapparater
headphones: hörlurar, öronsnäckor
short-video apps: kortvideoappar, appar för korta videor
online pharmacies: nätapotek, apotek på nätet
emotion recognition: känsloigenkänning
tracking cookies: spårningskakor, tredjepartskakor, spårningscookies
cross-border data transfers: dataöverföringar, överföring av personuppgifter
internet cafés: internetkaféer, internetcaféer
ICOs: ICO:er, ICO
peer-to-peer lending: P2P-lån, peer-to-peer-lån
social scoring: social poängsättning, sociala kreditsystem
narcocorridos: narcocorridos
twerking: twerking, twerka
belly dancing: magdans
reality shows: dokusåpor, realityserier, reality-tv
horror films: skräckfilmer, skräckfilm
caricatures: karikatyrer, satirteckningar
foreign words: anglicismer, engelska ord, främmande ord
minarets: minareter
opinion polls: opinionsmätningar, vallokalsundersökningar, opinionsundersökningar
child influencers: barninfluencers, barninfluerare
hoodies: hoodies, huvtröjor, luvtröjor
jeans: jeans
camouflage clothing: kamouflagekläder, kamouflage
beards: skägg
high heels: höga klackar, högklackade skor, stilettklackar
public urination: urinering på allmän plats, offentlig urinering
fortune telling: spådom, spåkvinnor, spåmän
witchcraft: häxeri, trolldom, svart magi
hitchhiking: liftning, liftare
door-to-door sales: dörrförsäljning, hemförsäljning
public displays of affection: kyssar på allmän plats, offentliga kyssar
cross-dressing: crossdressing, transvestism
homework: läxor, läxa
dowry: hemgift, brudpris
organ sales: organhandel, försäljning av organ
human cloning: kloning av människor, kloning
gene editing: genredigering, gensax, CRISPR
blasphemy: hädelse, blasfemi
hate speech: hatpropaganda, hets mot folkgrupp, hatretorik, näthat
disinformation: desinformation, falska nyheter, fejknyheter
prenatal sex determination: könsbestämning av foster, könsselektiv abort
international adoption: internationella adoptioner, utlandsadoptioner, internationell adoption
pyramid schemes: pyramidspel, pyramidbedrägerier
multi-level marketing: nätverksförsäljning, multi-level marketing, MLM
layoffs: uppsägningar, avskedanden
rent increases: hyreshöjningar, hyreshöjning
zero-hours contracts: nolltimmeskontrakt, behovsanställningar
body armour: skyddsvästar, skottsäkra västar
grenades: handgranater, granater
martial arts weapons: nunchakus, kaststjärnor
slingshots: slangbågar, slangbåge
depleted uranium munitions: utarmat uran, uranammunition
biological weapons: biologiska vapen
hollow-point bullets: expanderande ammunition, dumdumkulor, hålspetskulor
mercenaries: legosoldater, privata militärföretag
nuclear tests: provsprängningar, kärnsprängningar, kärnladdningsprov
cooking oil: matolja, vegetabilisk olja
flour: mjöl, vetemjöl
potash: pottaska, kaliumgödsel, kaligödsel
urea: urea
rosewood: palisander, rosenträ
fodder: foder, djurfoder, hö
electricity exports: elexport, export av el
medical masks: munskydd, andningsskydd, kirurgiska munskydd
forced labour goods: varor tillverkade med tvångsarbete, tvångsarbetsprodukter
foreign investment: utländska investeringar
foreign land ownership: försäljning av mark till utlänningar, utländskt markägande
high-denomination banknotes: stora sedlar, 500-eurosedlar
bankers' bonuses: bankbonusar, bonusar till bankchefer, chefsbonusar
chess: schack
boxing: boxning, proffsboxning, boxningsmatcher
martial arts: kampsport, kampsporter, kickboxning
mixed martial arts: MMA, burmatcher
wrestling: brottning, wrestling
yoga: yoga
ball games: bollspel, bollek
horse racing: hästkapplöpning, travtävlingar, galopptävlingar
motorsport: motorsport, bilsport
bungee jumping: bungyjump, bungyjumping
rock climbing: klättring, bergsklättring
karaoke: karaoke
poker: poker
mahjong: mahjong
playing cards: kortspel, spelkort
water pistols: vattenpistoler
gyms: gym, träningsanläggningar
fidget spinners: fidget spinners, fidgetspinners
sledding: pulkaåkning, kälkåkning
paintball: paintball, airsoft
`);
