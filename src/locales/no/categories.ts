// Categories of banned things (src/gazetteer/categories.ts): canonical name -> Norwegian (bokmål) forms.
// Norwegian writes compounds as one word and adds its article as an ending ("mobiltelefonene"): stems end in "*".
// A stem must not start an unrelated word, nor a longer stem of another category ("tobakk*" would
// take "tobakksreklame"): where it would, the inflected forms are listed instead. A leading "*"
// matches the end of a compound ("*e-sigaretter" = smaks-e-sigaretter); the few suffix forms also
// let a compound with a ban noun be read ("mobilforbud", "bålforbud": "mobil", "bål").
import { categoryTable } from "../../gazetteer/categories.js";

export const categories: Record<string, string[]> = categoryTable(`
tobacco: tobakk, tobakken, tobakkens, tobakksvarer*, tobakksprodukter*, salg av tobakk
cigarettes: sigarett, sigaretten, sigarettens, sigaretter, sigarettene, sigaretters, sigarettpakker*, *sigaretter
e-cigarettes: e-sigarett*, esigarett*, elsigarett*, elektroniske sigaretter*, elektronisk sigarett*, vape*, vaping, *e-sigaretter, *vapes
disposable vapes: engangs-e-sigarett*, engangsvape*, engangs-vape*, engangsdamp*, engangssigarett*, engangs e-sigarett*, puff bars
e-liquids: e-væske*, e-juice*, e-liquid*, nikotinvæske*, væske til e-sigaretter*
flavoured e-cigarettes: e-sigaretter med smak*, e-sigaretter med aroma*, smakstilsatte e-sigaretter*, aromatiserte e-sigaretter*, smaker i e-sigaretter*
menthol cigarettes: mentolsigarett*, mentholsigarett*, mentol-sigarett*, menthol-sigarett*, sigaretter med mentol*, sigaretter med menthol*
flavoured tobacco: tobakk med smak*, smakstilsatt tobakk*, aromatisert tobakk*, tobakksprodukter med smak*
flavoured cigarettes: sigaretter med smak*, sigaretter med karakteristisk aroma*, smakstilsatte sigaretter*, aromatiserte sigaretter*
nicotine pouches: nikotinpose*, nikotinposer*, snus uten tobakk, tobakksfri snus*, tobakksfritt snus, hvit snus, nikotinsnus*
heated tobacco products: oppvarmet tobakk*, oppvarmede tobakksprodukter*, tobakksvarmer*, heat-not-burn*
cigars: sigar, sigaren, sigarens, sigarer*, sigarillo*
snus: snus, snusen, snusing*
shisha: vannpipe*, shisha*, hookah*
chewing tobacco: skråtobakk*, tyggetobakk*, røykfri tobakk*, gutka
rolling tobacco: rulletobakk*, tobakk til å rulle selv*, løs tobakk
smoking: røyking*, tobakksrøyking*, røyke, røykeforbud*
tobacco advertising: tobakksreklame*, sigarettreklame*, reklame for tobakk*, tobakksmarkedsføring*, markedsføring av tobakk*, tobakkssponsing*
alcohol: alkohol, alkoholen, alkoholens, alkoholholdig drikke*, alkoholholdige drikker*, alkoholsalg*, salg av alkohol, brennevin*
beer: øl, ølet, ølsalg*, salg av øl
alcohol advertising: alkoholreklame*, reklame for alkohol*, alkoholmarkedsføring*, markedsføring av alkohol*
energy drinks: energidrikk*, energy drinks
sugary drinks: brus, brusen, sukkerholdig drikke*, sukkerholdige drikker*, søt drikke, søte drikker*, leskedrikk*, sukkerbrus*
cannabis: cannabis, hasj, hasjen, marihuana
kratom: kratom
khat: khat, qat
magic mushrooms: fleinsopp*, psilocybin*, magiske sopper*, magisk sopp
nitrous oxide: lystgass*, dinitrogenoksid*
synthetic cannabinoids: syntetiske cannabinoider*, syntetisk cannabis, syntetisk hasj
CBD: CBD, cannabidiol*, CBD-olje*, CBD-produkter*
hemp flowers: hampeblomst*, CBD-blomst*, cannabis light
HHC: HHC, heksahydrokannabinol*, hexahydrocannabinol*
poppers: poppers, amylnitritt*, alkylnitritt*
foie gras: foie gras
fur: pels, pelsen, pelser, pelsene, pelsverk*, pelsprodukter*, pelssalg*, salg av pels*, dyrepels*
fur farming: pelsdyr*, pelsfarm*, oppdrett av pelsdyr*, hold av pelsdyr*
mink farming: minkfarm*, minkoppdrett*, minkavl*, mink, minken
glyphosate: glyfosat*, glyphosat*, Roundup
pesticides: plantevernmiddel*, plantevernmidler*, sprøytemiddel*, sprøytemidler*, pesticid*, insektmiddel*, insektmidler*, ugressmiddel*, ugressmidler*, insekticid*, herbicid*
neonicotinoids: neonikotinoid*, neonicotinoid*
GMOs: GMO*, genmodifiser*, genetisk modifiserte*
palm oil: palmeolje*
trans fats: transfett*
lab-grown meat: labdyrket kjøtt, laboratoriedyrket kjøtt, kunstig kjøtt, dyrket kjøtt, cellebasert kjøtt, labkjøtt*
junk food advertising: reklame for usunn mat*, reklame for usunne matvarer*, markedsføring av usunn mat*, markedsføring av usunne matvarer*, junkfood-reklame*, reklame for hurtigmat*
raw milk: upasteurisert melk, rå melk
food dyes: matfarge*, konditorfarge*, fargestoffer i mat*, kunstige fargestoffer*, azofargestoff*
titanium dioxide: titandioksid*, E171
shark fins: haifinne*
dog meat: hundekjøtt*
cat meat: kattekjøtt*
rhino horn: neshornhorn
ivory: elfenben, elfenbenet, elfenbenshandel*, handel med elfenben, salg av elfenben
circus animals: sirkusdyr*, ville dyr i sirkus*, dyr i sirkus*
trophy hunting: troféjakt*, trofejakt*, jakttrofé*, jakttrofe*
bullfighting: tyrefekting*
live animal exports: eksport av levende dyr*, eksport av levende sau*, eksport av levende storfe*, levende dyr til eksport
battery cages: burhøns*, burhold*, bursystem*, buregg*
bottom trawling: bunntrål*
whaling: hvalfangst*, hvaljakt*, fangst av hval
animal testing: dyreforsøk*, forsøk på dyr, dyretest*
chewing gum: tyggegummi*
exotic pets: eksotiske kjæledyr*, eksotiske dyr som kjæledyr*, ville dyr som kjæledyr*
grain: korn, kornet, korneksport*, kornprodukter*
rice: riseksport*, risimport*, eksport av ris, import av ris, salg av ris
wheat: hvete*
onions: løk, løken, løkeksport*
tomatoes: tomat*
potatoes: potet*
beef: storfekjøtt*, oksekjøtt*
poultry: fjørfe*, fjærfe*, kyllingkjøtt*
pork: svinekjøtt*
sugar: sukker, sukkeret, sukkereksport*, sukkerimport*
eggs: egg, egget, eggene
maize: mais, maisen, maismel*
fertilisers: gjødsel*, kunstgjødsel*, gjødning*
sunflower oil: solsikkeolje*
single-use plastics: engangsplast*, engangsprodukter av plast*, engangsprodukter i plast*, engangsartikler*
plastic bags: plastpose*, plastikkpose*, bærepose*, plastbærepose*, bæreposer av plast*, *plastposer
plastic straws: sugerør*, plastsugerør*
plastic cutlery: plastbestikk*, plastikkbestikk*, engangsbestikk*, bestikk av plast*
plastic plates: plasttallerken*, engangstallerken*, tallerkener av plast*
plastic stirrers: rørepinne*, rørepinner*, plastrørepinne*
plastic cotton buds: bomullspinne*, bomullspinner*, Q-tips*
plastic balloon sticks: ballongpinne*, ballongpinner*, pinner til ballonger
plastic cups: plastkopp*, plastbeger*, plastbegre*, engangskopp*, engangsbeger*, engangsbegre*
plastic bottles: plastflaske*, plastflasker*, PET-flaske*, flasker av plast*
glass bottles: glassflasker*, glassflaske*
plastic packaging: plastemballasje*, emballasje av plast*, plastinnpakning*, plastfolie*
expanded polystyrene food containers: isopor*, ekspandert polystyren*, polystyren*, styrofoam*
microbeads: mikroperler*, mikroplastkuler*, mikroplast i kosmetikk*
oxo-degradable plastics: oksonedbrytbar plast, okso-nedbrytbar plast, oxo-nedbrytbar plast, oksonedbrytbart plast, oksonedbrytbare produkter*, okso-nedbrytbare produkter*
oxo-degradable plastic bags: oksonedbrytbare plastposer*, okso-nedbrytbare plastposer*, oxo-nedbrytbare plastposer*, oksonedbrytbare poser*, okso-nedbrytbare poser*, oksonedbrytbare bæreposer*
wet wipes: våtserviett*, fuktserviett*, fuktige servietter*
sky lanterns: himmellykt*, ønskelykt*, kinesiske lykter*, rislykt*
coal: kull, kullet, kullkraft*, kullfyrte*, kullfyrt*, kullgruvedrift*
combustion engine cars: bensinbil*, fossilbil*, bensin- og dieselbil*, biler med forbrenningsmotor*, forbrenningsmotor*, fossile biler
diesel cars: dieselbil*, dieselkjøretøy*
gas boilers: gasskjel*, naturgasskjel*, gassfyr*, gassoppvarming*
oil boilers: oljefyr*, oljekjel*, fossil olje til oppvarming, oppvarming med fossil olje
incandescent light bulbs: glødepære*, glødelampe*, halogenpære*, halogenlampe*, lysstoffrør*
patio heaters: terrassevarmer*, utevarmer*, varmelamper ute
leaf blowers: løvblåser*
wood stoves: vedovn*, vedfyring*, peis, peisen, peiser, peisene
PFAS: PFAS*, PFOA, PFOS, evighetskjemikalie*
asbestos: asbest*
fracking: fracking, skifergass*, hydraulisk frakturering
deep-sea mining: havbunnsmineral*, gruvedrift på havbunnen, dyphavsgruvedrift*, havbunnsgruvedrift*, utvinning av havbunnsmineraler, mineralutvinning på havbunnen
aircraft: luftfartøy*, flyene
private jets: privatfly*, privatjet*, private jetfly*
short-haul flights: kortdistansefly*, innenlandsflyging*, innenlandsflyvning*, korte flyreiser*
cruise ships: cruiseskip*, cruisebåt*
SUVs: SUV
e-scooters: elsparkesykkel*, elsparkesykler*, el-sparkesykkel*, el-sparkesykler*, elektriske sparkesykler*, utleiesparkesykler*, leiesparkesykler*
fossil fuel advertising: fossilreklame*, reklame for fossil*, markedsføring av fossil*
mobile phones: mobiltelefon*, mobiler*, mobilen*, mobil, telefoner, telefonene, smarttelefon*, smartphone*
smartwatches: smartklokke*, smartwatch*
laptops: laptop*, bærbar PC*, bærbare PC-er*, bærbar datamaskin*, bærbare datamaskiner*
power banks: powerbank*, power bank*
social media: sosiale medier*
messaging apps: meldingsapp*, meldingstjenest*, chatteapp*, chatapp*
video games: dataspill*, videospill*, konsollspill*
online games: nettspill*, onlinespill*
online gambling: nettcasino*, nettkasino*, online casino*, onlinecasino*, pengespill på nett*, spillnettsider*, bettingsider*, utenlandske spillselskaper*
gambling: pengespill, pengespillet, pengespillene, gambling, kasino*, casino*, betting, hasardspill*
sports betting: sportsbetting*, oddsspill*, betting på sport*
gambling advertising: pengespillreklame*, spillreklame*, gamblingreklame*, bettingreklame*, reklame for pengespill*, reklame for gambling*, reklame for betting*, markedsføring av pengespill*
slot machines: spilleautomat*, enarmede banditter*
loot boxes: lootboks*, loot box*
cryptocurrencies: krypto, kryptovaluta, kryptovalutaen, kryptovalutaens, kryptovalutaer, kryptovalutaene, kryptoaktiva*, digitale valutaer*, virtuelle valutaer*, kryptohandel*
crypto mining: kryptoutvinning*, kryptomining*, kryptogruvedrift*, kryptovalutautvinning*, bitcoinutvinning*, bitcoin-utvinning*, utvinning av kryptovaluta*
crypto exchanges: kryptobørs*, kryptovalutabørs*, kryptoplattform*
VPNs: VPN*
AI chatbots: chatbot*, KI-chatbot*, AI-chatbot*, generativ KI, generativ kunstig intelligens, KI-verktøy*, KI-apper*, KI-modeller*
facial recognition: ansiktsgjenkjenning*
deepfakes: deepfake*, dypforfalskning*
spyware: spionprogram*, spyware*
drones: drone*, droneflyging*
telecom equipment: telekomutstyr*, telekommunikasjonsutstyr*, nettverksutstyr*
5G equipment: 5G-utstyr*, 5G-nett*
surveillance cameras: overvåkingskamera*, overvåkningskamera*, kameraovervåking*, videoovervåking*, CCTV
semiconductors: halvleder*, mikrobrikke*, KI-brikker*, AI-brikker*, avanserte brikker*
mobile internet: mobilt internett, mobilinternett*, mobildata*, mobilnett*, tilgang til mobilt internett
internet: internett*, tilgang til internett, nedstenging av internett*
pornography: pornografi*, porno*
targeted advertising: målrettet reklame*, målrettede annonser*, målrettet annonsering*, persontilpasset reklame*, personalisert reklame*, atferdsbasert reklame*, adferdsbasert reklame*, atferdsbasert markedsføring*
social commerce: social commerce, sosial handel
satellite dishes: parabol, parabolen, paraboler, parabolene, parabolantenne*, satellittantenne*, satellitt-TV*
connected cars: tilkoblede biler*, oppkoblede biler*, tilkoblede kjøretøy*, oppkoblede kjøretøy*
routers: ruteren, rutere, ruterne, router*, wifi-ruter*, Wi-Fi-ruter*
live streaming: livestrømming*, direktestrømming*, livestream*, live streaming
media outlets: nyhetsmedi*, statlige medier*, utenlandske medier*, russiske medier*, nyhetsnettsted*, TV-kanal*, radiokanal*, radiostasjon*, kringkaster*
books: bok, boken, boka, bøker, bøkene, romaner, romanene, lærebøker*, skolebøker*
music: musikk, musikken, sangene, låter, låtene, musikkvideo*
movies: film, filmen, filmer, filmene, spillefilm*
TV series: TV-serie*, TV-program*, TV-show*
newspapers: avis, avisen, avisa, aviser, avisene, magasiner, magasinene, ukeblad*
concerts: konsert*, musikkfestival*, festival*
LGBTQ content: LHBT-innhold*, LHBTQ-innhold*, LHBTIQ-innhold*, LHBT+-innhold*, LHBTIQ+-innhold*, LGBT-innhold*, LGBTQ-innhold*, LHBT-propaganda*, homopropaganda*, skeivt innhold
religious symbols: religiøse symboler*, religiøse plagg*, religiøs bekledning*
face coverings: burka*, nikab*, niqab*, ansiktsdekkende plagg*, ansiktsdekke*, heldekkende slør*
abayas: abaya*, qamis
headscarves: hijab*, hodetørkle*, hodetørklær*, muslimsk hodeplagg*
Nazi symbols: nazisymbol*, nazistiske symboler*, hakekors*, hitlerhilsen*, nazihilsen*, naziflagg*
protests: demonstrasjon*, protester, protestene, protestaksjon*
public gatherings: folkesamling*, forsamlinger*, offentlige samlinger, offentlige arrangementer*, store arrangementer*, arrangementer, sammenkomster*
cinemas: kino, kinoen, kinoer*, kinosaler*
Sunday trading: søndagsåpne butikker*, søndagsåpent*, søndagsåpning*, søndagshandel*, butikker åpne på søndager
rainbow flags: regnbueflagg*, Pride-flagg*, prideflagg*
short-term rentals: korttidsutleie*, Airbnb-utleie*, utleie via Airbnb, ferieutleie*
cash: kontanter, kontantene, kontantbetaling*, kontant betaling, betaling med kontanter, kontanthandel*
surrogacy: surrogati*, surrogatmor*, surrogatmødre*, leiemor*, leiemødre*
conversion therapy: konverteringsterapi*, omvendelsesterapi*, homoterapi*
abortion: abort*
gender-affirming care: kjønnsbekreftende behandling*, pubertetsblokker*, kjønnsskifte*
child marriage: barneekteskap*, ekteskap med mindreårige
female genital mutilation: kjønnslemlestelse*, kvinnelig omskjæring*, omskjæring av jenter*, FGM
corporal punishment: fysisk avstraffelse*, kroppslig avstraffelse*, refselse*
begging: tigging*, tiggeri*
prostitution: prostitusjon*, sexkjøp*, kjøp av sex*, kjøp av seksuelle tjenester, sexarbeid*, bordell*
ride-hailing: samkjøringsapp*, samkjøringstjenest*, taxiapp*, ride-hailing*
private tutoring: privatundervisning*, privat undervisning, betalt leksehjelp
tanning beds: solarium*, solarier*, solstudio*, solsenter*, solsentre*
skin-lightening products: hudblekende produkter*, hudblekende kremer*, hudblekingsprodukt*, hudbleking*, blekekrem*
dangerous dog breeds: farlige hunderaser*, forbudte hunderaser*, kamphunder*, pitbull*
XL bully dogs: XL bully*, XL bullies, American XL bully*
billboards: reklameplakat*, reklametavle*, reklameskilt*, billboard*, utendørsreklame*
short selling: shortsalg*, short-salg*, short selling*, shorting
binary options: binære opsjoner*
firearms: skytevåpen*, gevær*, halvautomatiske våpen*, halvautomatiske rifler*
assault weapons: angrepsvåpen*, automatvåpen*, stormgevær*, angrepsrifle*, AR-15*, militærlignende våpen*
handguns: pistol*, håndvåpen*, håndskytevåpen*, revolver, revolveren, revolvere, revolverne
ghost guns: spøkelsesvåpen*, 3D-printede våpen*, 3D-printet våpen*
knives: kniv, kniven, kniver, knivene, zombiekniv*, machete*
weapons: våpen, våpenet, våpnene
landmines: landmine*, personellmine*, antipersonellmine*
cluster munitions: klasevåpen*, klaseammunisjon*, klasebombe*
fireworks: fyrverkeri*
pepper spray: pepperspray*
ammunition: ammunisjon*
toy guns: lekevåpen*, lekepistol*, våpenkopi*, imitasjonsvåpen*
laser pointers: laserpeker*, laserpenn*
nuclear weapons: atomvåpen*, kjernevåpen*
chemical weapons: kjemiske våpen*, kjemisk våpen*, kjemiske stridsmidler*
hunting: jakt, jakten, jaktens, jakt med hund
wolf hunting: ulvejakt*, jakt på ulv*, lisensjakt på ulv*, felling av ulv*, ulvefelling*, skadefelling av ulv*, uttak av ulv*
bear hunting: bjørnejakt*, jakt på bjørn*, felling av bjørn*, bjørnefelling*
duck hunting: andejakt*, jakt på ender, jakt på sjøfugl*, sjøfugljakt*
seal hunting: selfangst*, seljakt*, jakt på sel, selprodukter*
fox hunting: revejakt*, jakt på rev
fishing: fiske, fisket, fiskeri, fiskeriet, fiskerier, fiskeriene, kommersielt fiske, industrifiske*, yrkesfiske*
eel fishing: ålefiske*, ålefangst*, fiske etter ål, glassål*
cod fishing: torskefiske*, torskefangst*, fiske etter torsk
sardine fishing: sardinfiske*, sardinfangst*, fiske etter sardiner
tuna fishing: tunfiske, tunfisket, tunfiskeri*, fiske etter tunfisk, størjefiske*, fiske etter makrellstørje
shark fishing: haifiske, haifisket, haifiskeri*, haifangst*, fiske etter hai
sea urchin fishing: kråkebolle*
driftnet fishing: drivgarn*
logging: hogst*, flatehogst*, snauhogst*, skogshogst*, tømmerhogst*, hogging av skog
deforestation: avskoging*, skogrydding*, rydding av skog*, hogst av regnskog*
mining: gruvedrift*, gruvevirksomhet*, gruveprosjekt*, mineralutvinning*, utvinning av mineraler
metal mining: metallgruvedrift*, metallutvinning*, utvinning av metaller
gold mining: gullgruvedrift*, gullgruve*, gullutvinning*, gullgraving*
open-pit mining: dagbrudd*, åpen gruvedrift*, gruvedrift i dagbrudd*
sand mining: sandutvinning*, sanduttak*, sandsuging*, uttak av sand, mudring av sand
uranium mining: urangruvedrift*, uranutvinning*, urangruve*, utvinning av uran
oil drilling: oljeboring*, oljeutvinning*, oljeleting*, olje- og gassutvinning*, olje- og gassleting*, olje- og gassvirksomhet*, petroleumsvirksomhet*, oljevirksomhet*, leting etter olje*, boring etter olje*
offshore drilling: offshoreboring*, boring til havs, oljeboring til havs, oljeboring offshore, petroleumsvirksomhet til havs
peat: torvuttak*, torvjord*, torvstrø*, torvholdig*, uttak av torv, bruk av torv, salg av torv, torv i jord
apricot kernels: aprikoskjerne*
meat: kjøtt, kjøttet, kjøttprodukter*, rødt kjøtt, bearbeidet kjøtt, kjøttimport*
meat advertising: kjøttreklame*, reklame for kjøtt*, markedsføring av kjøtt*
dairy products: meieriprodukt*, melkeprodukt*, melkepulver*
seafood: sjømat*, skalldyr*, fiskeprodukt*, fiskevarer*
honey: honning, honningen, honningimport*
cocoa: kakao*
fruit: frukt, frukten, fersk frukt, fruktimport*
vegetables: grønnsak*
soybeans: soyabønne*, soya, soyaen, soyaprodukt*
horse meat: hestekjøtt*
bushmeat: bushmeat*
wildlife trade: handel med ville dyr*, handel med viltlevende dyr*, salg av ville dyr*, viltmarkeder*
aspartame: aspartam*, E951
artificial sweeteners: søtstoff*, kunstige søtstoffer*, søtningsstoff*, kunstig søtningsstoff*
food additives: tilsetningsstoff*, E-stoffer*
plant-based meat: plantebasert kjøtt*, kjøtterstatning*, kjøttalternativ*, vegetarburger*, veggisburger*, plantebaserte burgere*, vegetarpølse*
plant-based milk: plantedrikk*, plantebasert melk*, plantemelk*, havremelk*, havredrikk*, soyamelk*, soyadrikk*, mandelmelk*, mandeldrikk*
antibiotics: antibiotika*, antibiotikum*
growth hormones: veksthormon*, hormonbehandlet storfekjøtt*, hormonkjøtt*
chlorinated chicken: klorkylling*, klorvasket kylling*, klorbehandlet kylling*
fast food: hurtigmat*, gatekjøkken*, fastfood*, fast food
ultra-processed foods: ultraprosessert*, ultrabearbeid*
junk food: søppelmat*, junkfood, junk food, usunn mat, usunne matvarer*, usunne snacks
nitrites: nitritt*, natriumnitritt*
chlorpyrifos: klorpyrifos*, chlorpyrifos*
paraquat: paraquat
atrazine: atrazin*
chlorothalonil: klortalonil*, klorotalonil*, chlorothalonil*
lead ammunition: blyhagl*, blyammunisjon*, ammunisjon med bly, blyholdig ammunisjon*, blysøkk*
mercury: kvikksølv*, amalgamfylling*, amalgam
bisphenol A: bisfenol A, bisphenol A, BPA
bisphenols: bisfenoler*, bisphenoler*
phthalates: ftalat*, phthalat*
formaldehyde: formaldehyd*
hydroquinone: hydrokinon*, hydroquinon*
talc: talkum*
heavy fuel oil: tungolje*
codeine: kodein*
tramadol: tramadol*
fentanyl: fentanyl*
ephedrine: efedrin*
melatonin: melatonin*
ivermectin: ivermektin*, ivermectin*
hydroxychloroquine: hydroksyklorokin*, hydroxychloroquin*
opioids: opioid*, opiater*
steroids: steroider*, anabole steroider*, anabolika*
cough syrups: hostesaft*, hostemiks*, hostemedisin*
cars: bil, bilen, biler, bilene, biltrafikk*, privatbil*, bilkjøring*, motorkjøretøy*
trucks: lastebil*, vogntog*, tungtransport*, tungtrafikk*, tunge kjøretøy*
motorcycles: motorsykkel, motorsykkelen, motorsykler, motorsyklene, motorsykkeltrafikk*
motorcycle taxis: motorsykkeltaxi*, mototaxi*, boda boda*, okada*
tuk-tuks: tuk-tuk*, tuktuk*, autorikshaw*, riksha*
mopeds: moped*, scooter*
e-bikes: elsykkel*, elsykler*, el-sykkel*, el-sykler*, elektriske sykler*
fat bikes: fatbike*, fat bike*, fat-bike*
jet skis: vannscooter*, jetski*, jet ski*
horse-drawn carriages: hestevogn*, hestedrosje*, hestekjerre*
night flights: nattfly*
street vending: gatesalg*, gatehandel*, salg på gaten
nightclubs: nattklubb*, diskotek*
camping: camping, villcamping*, telting, fri camping
barbecues: grill, grillen, griller, grillene, engangsgrill*, grilling*
campfires: bål, bålet, bålbrenning*, leirbål*, åpen ild, bålpanne*
bonfires: sankthansbål*, jonsokbål*, påskebål*, store bål
stubble burning: halmbrenning*, brenning av halm, brenning av avlingsrester*
open burning: brenning av hageavfall*, brenning av avfall*, bråtebrenning*, hagebål*
street prayers: gatebønn*, bønn på gaten, offentlig bønn*
loudspeakers: høyttaler*, megafon*, forsterket lyd*
public drinking: drikking på offentlig sted*, drikking av alkohol på offentlig sted*, drikke alkohol på offentlig sted*, alkohol på offentlig sted*, drikking i det offentlige rom*
pride parades: pride-parade*, prideparade*, pride-tog*, pridetog*, pride-marsj*
second-hand clothes: brukte klær*, brukt tøy*, bruktklær*, secondhand-klær*
second-hand underwear: brukt undertøy*
used cars: bruktbil*, brukte biler*, brukte kjøretøy*
used tyres: brukte dekk*, gamle dekk, kasserte dekk*, dekkavfall*, skrapdekk*
e-waste: EE-avfall*, elektronisk avfall*, elektronikkavfall*, e-avfall*, elektroavfall*, WEEE
plastic waste: plastavfall*, plastikkavfall*, plastsøppel*, plastskrap*
scrap metal: metallskrap*, skrapmetall*, jernskrap*, stålskrap*
timber: tømmer, tømmeret, tømmereksport*, rundtømmer*, rundvirke*, tropisk tømmer
rare earths: sjeldne jordart*, sjeldne jordmetaller*
gallium: gallium*
germanium: germanium*
antimony: antimon, antimonet
graphite: grafitt*
diamonds: diamant*, rådiamant*, blodsdiamant*
textiles: tekstiler*, tekstilvarer*, tekstilimport*, tekstilprodukter*
luxury goods: luksusvarer*, luksusprodukt*, luksusgoder*
arms exports: våpeneksport*, våpensalg*, våpenleveranse*, våpenforsendelse*, eksport av våpen, salg av våpen
dual-use goods: flerbruksvarer*, flerbruksteknologi*, flerbruksprodukter*, varer med dobbelt bruk, dual-use*
uranium: uran, uranet, anriket uran, russisk uran
oil: råolje*, oljeimport*, oljeeksport*, oljeprodukter*, petroleumsprodukter*, olje
natural gas: naturgass, naturgassen, russisk gass, flytende naturgass*, LNG, gassimport*
vaccines: vaksine, vaksinen, vaksiner, vaksinene, vaksineeksport*, koronavaksine*, covid-vaksine*, mRNA-vaksine*
vaccine mandates: vaksinekrav*, vaksinepåbud*, vaksineplikt*, tvungen vaksinering*, obligatorisk vaksinering*, påbud om vaksinering*
invasive species: fremmede arter*, invasive arter*, fremmede skadelige arter*, fremmede plantearter*, svartelistede arter*
pangolins: skjelldyr*, pangolin*
dog fighting: hundekamp*
cockfighting: hanekamp*
pigeon feeding: mating av duer, mate duer*, mate duene, duemating*, mating av fugler
cherry laurel: laurbærhegg*
greyhound racing: greyhoundløp*, greyhound-løp*, hundeveddeløp*
dolphinariums: delfinarium*, delfinarier*, delfinshow*, delfiner i fangenskap
ritual slaughter: rituell slakting*, rituelle slaktemetoder*, slakting uten bedøvelse*, halalslakt*, kosherslakt*
gender-neutral language: kjønnsnøytralt språk*, kjønnsinkluderende språk*, inkluderende språk*
flags: flagg, flagget, flaggene, nasjonalflagg*, utenlandske flagg, palestinske flagg
communist symbols: kommunistiske symboler*, sovjetiske symboler*, hammer og sigd*
burkinis: burkini*
political advertising: politisk reklame*, politiske annonser*, politisk annonsering*, politisk TV-reklame*, politiske reklamer*, valgkampreklame*
foreign funding: utenlandsk finansiering*, utenlandske donasjoner*, utenlandske midler, finansiering fra utlandet
NGOs: NGO*, ikke-statlige organisasjoner*, frivillige organisasjoner*
religious groups: religiøse grupper*, religiøse organisasjoner*, religiøse bevegelser*, trossamfunn*, sekter, sektene
homeschooling: hjemmeundervisning*, undervisning i hjemmet, hjemmeskole*
sex education: seksualundervisning*, seksualopplæring*, seksualitetsundervisning*
critical race theory: kritisk raseteori*
DEI programmes: DEI, mangfoldsprogram*, mangfoldsinitiativ*, mangfoldstiltak*
drag shows: dragshow*, drag-show*, dragopptreden*, drag-opptreden*
same-sex marriage: likekjønnet ekteskap*, likekjønnede ekteskap*, ekteskap mellom personer av samme kjønn, homofilt ekteskap*, homofile ekteskap*, kjønnsnøytral ekteskapslov*
polygamy: polygami*, flerkoneri*
cousin marriage: søskenbarnekteskap*, søskenbarn-ekteskap*, ekteskap mellom søskenbarn*, fetter-kusine-ekteskap*
e-commerce platforms: netthandelsplattform*, e-handelsplattform*, nettmarkedsplass*, nettbaserte markedsplasser*
crypto ATMs: kryptoautomat*, bitcoinautomat*, bitcoin-automat*, kryptominibank*
stablecoins: stablecoin*
NFTs: NFT*
buy now pay later: kjøp nå betal senere, kjøp nå - betal senere, BNPL
dating apps: datingapp*, dating-app*, datingside*, datingtjenest*
cosmetic surgery: kosmetisk kirurgi*, plastisk kirurgi*, kosmetiske inngrep*, kosmetiske behandlinger*, estetiske behandlinger*, skjønnhetsoperasjon*, botox*, fillere
tattoos: tatovering*
piercings: piercing*
assisted dying: dødshjelp*, aktiv dødshjelp*, assistert selvmord*, eutanasi*
nuclear power: atomkraft*, kjernekraft*, atomenergi, atomenergien, kjerneenergi*
wind turbines: vindturbin*, vindmølle*, vindkraft*, vindpark*, havvind*, vindenergi*, landbasert vindkraft*
solar panels: solcelle*, solpanel*, solkraft*, solenergi*, solfanger*
gas stoves: gasskomfyr*, gassbluss*, gasskokeplate*
gravel gardens: grushage*, steinhage*
artificial turf: kunstgress*, kunstig gress
glitter: glitter*
balloons: ballong, ballongen, ballonger, ballongene, heliumballong*, ballongslipp*
confetti: konfetti*
lawn watering: vanningsforbud*, hagevanning*, vanning av plen*, vanning av hager*, plenvanning*, hageslange*, hagespreder*
swimming pool filling: fylling av basseng*, påfylling av basseng*, fylle basseng*, fylling av svømmebasseng*
car washing: bilvask*, vask av biler*, vaske bilen*, vaske biler
irrigation: kunstvanning*, jordbruksvanning*, vanning i landbruket
evictions: utkastelse*, tvangsutkastelse*
stun guns: elektrosjokkvåpen*, elektrosjokkpistol*, strømpistol*, elpistol*, taser*
away fans: bortesupportere*, bortefans*, bortepublikum*, tilreisende supportere*, bortelagets supportere
fossil fuel heating: fossil oppvarming*, fossile oppvarmingskilder*, fossil fyring*, oppvarming med fossile brensler*
open fireplaces: åpen peis*, åpne peiser*, åpne ildsteder*, åpent ildsted*
air conditioning: aircondition*, air condition*, klimaanlegg*
shop window lighting: opplyste butikkvinduer*, belysning i butikkvinduer*, butikkvindusbelysning*, vindusbelysning*
outdoor lighting: utendørsbelysning*, utebelysning*, fasadebelysning*, lysreklame*, opplyste reklameskilt*
electric cars: elbil*, el-bil*, elektriske biler*
old vehicles: gamle biler*, eldre biler*, gamle kjøretøy*, eldre kjøretøy*
tour buses: turistbuss*, reisebuss*
golf carts: golfbil*
quad bikes: ATV, ATV-er, ATV-ene, ATV-en, firehjuling*
snowmobiles: snøscooter*
hoverboards: hoverboard*
motorboats: motorbåt*, speedbåt*, påhengsmotor*
helicopters: helikopter*
paragliders: paraglider*, paragliding, paramotor*
hot-air balloons: varmluftsballong*, ballongferd*
microlight aircraft: mikrofly*, ultralette fly*
kites: papirdrage*
lawn mowers: gressklipper*, robotklipper*
swimming: bading*, svømming*, badeforbud*
off-road driving: terrengkjøring*, offroad-kjøring*, motorferdsel i utmark*
data centres: datasenter*, datasentr*
golf courses: golfbane*
snow cannons: snøkanon*, kunstsnø*, snøproduksjon*
disposable nappies: engangsbleie*, bleier, bleiene
takeaway containers: takeaway-emballasje*, takeawayemballasje*, takeaway-bokser*
plastic sachets: sachets, porsjonspakninger*
cigarette filters: sigarettfilter*, sigarettsneip*
polystyrene: EPS-emballasje*
microplastics: mikroplast, mikroplasten, mikroplastpartikler*
charcoal: trekull*
kerosene: parafin*, kerosen*
diesel generators: dieselaggregat*, dieselgenerator*, strømaggregat*
gas flaring: fakling*, gassfakling*
potassium bromate: kaliumbromat*
brominated vegetable oil: bromert vegetabilsk olje, bromerte vegetabilske oljer*
propylparaben: propylparaben*
oxybenzone: oksybenzon*, oxybenzon*, benzofenon-3
chemical sunscreens: kjemisk solkrem*, kjemiske solkremer*, kjemiske UV-filtre*, kjemiske solfiltre*
water fluoridation: fluoridering*, vannfluoridering*, drikkevannsfluoridering*, fluor i drikkevannet, fluorid i drikkevannet, fluoridert vann*, fluoridert drikkevann*
lead paint: blymaling*, blyholdig maling*, blyholdige malinger*, bly i maling
cadmium: kadmium*
PVC: PVC, polyvinylklorid*
nitrates: nitrat*
baby walkers: gåstol*, babygåstol*
infant formula advertising: reklame for morsmelkerstatning*, reklamer for morsmelkerstatning*, markedsføring av morsmelkerstatning*, reklame for barnemelk*, markedsføring av barnemelk*, reklame for morsmelktillegg*
weight-loss drugs: slankemedisin*, vektnedgangsmedisin*, fedmemedisin*, slankesprøyte*, Ozempic*, Wegovy*, semaglutid*, tirzepatid*, Mounjaro*, sibutramin*
diet pills: slankepille*, slankeprodukt*, slankemiddel*, slankemidl*, fettforbrenner*, appetittdempende midl*
ketamine: ketamin*
psychedelics: psykedelika*, psykedeliske stoffer*, hallusinogener*, hallusinogene stoffer*, LSD, DMT, ayahuasca*, meskalin*
xylazine: xylazin*
nitazenes: nitazen*, isotonitazen*, protonitazen*, metonitazen*
delta-8 THC: delta-8-THC, delta-8 THC, delta-8
betel nut: betelnøtt*, arekanøtt*, betel
contraceptives: prevensjon*, p-pille*, angrepille*, nødprevensjon*, kondom, kondomer*, kondomet, hormonspiral*
cosmetic fillers: filler, filleren, fillerbehandling*, leppefiller*, hyaluronsyrefiller*, leppeforstørrelse*, fillerinjeksjon*
hair relaxers: hårglattende produkter*, hårglattingsprodukt*, hårglattemidl*, hårglattemiddel*, hårrelaxer*, kjemisk hårglatting*, keratinglatting*
edible insects: spiselige insekter*, insektmel*, insektprotein*, insekter som mat, insekter i mat, melorm*, sirissmel*
spirits: sterk alkohol, sterkt brennevin, sterke drikker*, sprit, vodka*, whisky*, akevitt*
wine: vin, vinen, viner, vinene, vinsalg*, salg av vin, vinimport*
moonshine: hjemmebrent*, hjemmebrenning*, smuglersprit*, landasprit*, ulovlig brennevin, ulovlig sprit, moonshine
button batteries: knappcelle*, knappebatteri*, knappcellebatteri*, myntcelle*, myntbatteri*
magnetic toys: magnetleker*, magnetleke*, magnetleketøy*, magnetiske leker*, magnetkuler*, magnetiske kuler*, sterke magneter*, neodymmagnet*
water beads: vannperler*, gelperler*, hydrogelperler*, vannkuler*, Orbeez
lithium batteries: litiumbatteri*, lithiumbatteri*, litium-ion-batteri*, litiumionbatteri*
counterfeit goods: kopivarer*, piratkopier*, forfalskede varer*, falske varer*, falske merkevarer*, varemerkeforfalskning*, forfalskede produkter*
counterfeit medicines: forfalsket medisin*, forfalskede medisiner*, forfalskede legemidl*, falske legemidl*, falsk medisin*, falske medisiner*
dietary supplements: kosttilskudd*
painkillers: smertestillende*, paracetamol*, ibuprofen*
homeopathy: homøopati*, homeopati*
cosmetics: kosmetikk*, kosmetiske produkter*, skjønnhetsprodukter*
sweets: godteri*, sukkertøy*, snop, smågodt*, søtsaker*
tablets: nettbrett*, iPad*
smart glasses: smartbrille*, smarte briller, KI-brille*, AI-brille*, kamerabrille*
AI-generated content: KI-generert innhold, AI-generert innhold, KI-genererte bilder*, AI-genererte bilder*, KI-genererte videoer*, innhold generert av KI, innhold laget med KI, KI-innhold*, AI-innhold*
end-to-end encryption: ende-til-ende-kryptering*, ende-til-ende kryptering*, end-to-end-kryptering*, E2EE
SIM cards: SIM-kort*, simkort*, eSIM*
satellite internet: satellittinternett*, satellittbasert internett, Starlink*
online advertising: nettreklame*, nettannonse*, digital reklame*, digital annonsering*, onlinereklame*
influencer marketing: influensermarkedsføring*, influencermarkedsføring*, influencer-markedsføring*, influenserreklame*, influencerreklame*, sponsede innlegg*
crypto advertising: kryptoreklame*, reklame for krypto*, markedsføring av krypto*
crypto payments: kryptobetaling*, betaling med krypto*, betalinger med krypto*, betaling i krypto*
lotteries: lotteri*, lotto*, skrapelodd*
betting shops: spillebutikk*, bettingbutikk*, bookmaker*
payday loans: hurtiglån*, sms-lån*, lønningslån*
foreign currency: utenlandsk valuta, utenlandske valutaer*, fremmed valuta
podcasts: podkast*, podcast*
foreign journalists: utenlandske journalister*, utenlandske korrespondenter*, utenlandsk presse
comics: tegneserie*, manga, grafiske romaner*
anime: anime
foreign films: utenlandske filmer*, utenlandsk film
rap music: rapmusikk*, hiphop*, hip-hop*
drill music: drillmusikk*, drill-musikk*, drillrap*, drill-rap*
raves: rave, raves, raveparty*, ravefest*, rave-fest*
strikes: streik*
political parties: politiske partier*, politisk parti
opposition parties: opposisjonsparti*
trade unions: fagforening*, fagorganisasjon*
missionaries: misjonær*, misjonering*, misjonsvirksomhet*
miniskirts: miniskjørt*, korte skjørt
make-up: sminke*, makeup, make-up, leppestift*, neglelakk*
robocalls: robotanrop*, automatiske anrop*, robocalls
telemarketing: telefonsalg*, telemarketing*, salgsanrop*
junk fees: skjulte gebyrer*, skjulte kostnader*, skjulte avgifter*
surge pricing: dynamisk prising*, dynamisk prissetting*, dynamiske priser*, surge pricing
non-compete clauses: konkurranseklausul*
child labour: barnearbeid*
unpaid internships: ulønnet praksis, ubetalt praksis, ulønnede praksisplasser*
dogs: hund, hunden, hunder, hundene, hundeforbud*
cats: katt, katten, katter, kattene, katters
cattle: storfe, storfeet, storfeene, kyr, kyrne, kuer, kuene, kveg*
glue traps: limfelle*
snares: snarer, snarene, wiresnarer*
leghold traps: saksefelle*, revesaks*, dyresaks*
fish farming: fiskeoppdrett*, akvakultur*, oppdrettsanlegg*, oppdrettsnæring*
salmon farming: lakseoppdrett*, oppdrettslaks*
octopus farming: blekksprutoppdrett*, blekksprutfarm*
krill fishing: krillfiske*, krillfangst*
lobster fishing: hummerfiske*, hummerfangst*
shellfish harvesting: skjellfiske*, skjellplukking*, plukking av skjell, høsting av skjell
rodeos: rodeo*
elephant rides: elefantridning*, ridning på elefanter, ride på elefanter
puppy sales: valpesalg*, salg av valper, valpehandel*, valpefabrikk*
pet shops: dyrebutikk*, zoobutikk*
crossbows: armbrøst*
swords: sverd, sverdet, sverdene, katana*, samuraisverd*
air guns: luftgevær*, luftpistol*, luftvåpen*
high-capacity magazines: høykapasitetsmagasin*, magasiner med stor kapasitet
explosives: sprengstoff*, eksplosiver*, dynamitt*
tear gas: tåregass*
rubber bullets: gummikule*, gummiprosjektil*
white phosphorus: hvitt fosfor, hvit fosfor, fosforbombe*
flares: bengalske bluss, nødbluss*, håndbluss*
steel: stål, stålet, stålprodukter*, stålimport*, ståleksport*
aluminium: aluminium*
copper: kobber*
nickel: nikkel*
bauxite: bauxitt*
lithium: litium, litiumet, litiumutvinning
cobalt: kobolt*
tungsten: wolfram*
love locks: kjærlighetslås*, kjærlighetshengelås*
key boxes: nøkkelboks*, nøkkelsafe*
wheeled suitcases: trillekoffert*, rullekoffert*, kofferter med hjul
street performers: gatemusikant*, gatekunstner*, gateartist*
rough sleeping: sove på gata, sove på gaten, sove ute, overnatting på gata, overnatting i det offentlige rom
homeless encampments: hjemløseleir*, teltleirer for hjemløse, teltleir for hjemløse
tourist groups: turistgruppe*, reisegruppe*, grupper av turister
second homes: fritidsbolig*, fritidseiendom*, sekundærbolig*
foreign home buyers: utenlandske kjøpere, utenlandske boligkjøpere, utlendingers kjøp av bolig, utlendingers boligkjøp
new hotels: nye hoteller, nytt hotell, hotellbygging*, bygging av nye hoteller, hotellstopp*
# 0.27.0: more categories
game consoles: spillkonsoll*, gamingkonsoll*, TV-spillkonsoll*
gas-powered garden equipment: bensindrevne hageredskaper*, bensindrevet hageredskap*, bensindrevet hageutstyr*, bensindrevne hekksakser*, bensinhekksaks*, bensindrevne motorsager*, bensinmotorsag*, bensintrimmer*
sex dolls: sexdukke*, sex-dukke*, sexrobot*, barnesexdukke*, sexdukker av barn*
selfie sticks: selfiestang*, selfiestenger*, selfie-stang*, selfie-stenger*, selfie sticks
disposable lighters: lighter, lighteren, lightere*, engangslighter*, plastlighter*
coal stoves: kullovn*, kullkamin*, kullkjele*, kullfyrte ovner*, oppvarming med kull*, husholdningskull*
dashcams: dashcam*, dash cam*, bilkamera*, dashbordkamera*
coffee capsules: kaffekapsel*, kaffekapsler*, kaffeputer*, kapselkaffe*
bottled water: flaskevann*, vann på flaske*, vannflasker*, vann i plastflasker*
bicycles: sykkel, sykkelen, sykler, syklene, syklist*, sykling*, sykkeltrafikk*
camper vans: bobil*, campingbil*, campervan*, campingvogn*, overnatting i bil*, sove i bilen, bobilparkering*
right-hand-drive vehicles: høyrestyrte biler*, høyrestyrt bil*, høyrestyrte kjøretøy*, høyreratt*, rattet på høyre side
self-driving cars: selvkjørende biler*, selvkjørende bil*, førerløse biler*, førerløs bil*, selvkjørende kjøretøy*, autonome kjøretøy*, robottaxi*, robotaxi*
petrol motorbikes: bensindrevne motorsykler*, bensindrevet motorsykkel*, bensinmotorsykkel*, bensindrevne mopeder*, bensinmoped*, bensinscooter*, fossile motorsykler*, totaktsmoped*
street racing: råkjøring*, ulovlige billøp*, ulovlig bilrace*, gaterace*, street race*, streetrace*, biltreff*
beer bikes: ølsykkel*, ølsykler*, festsykkel*, festsykler*, partysykkel*, bierfiets
leaded fuel: blyholdig bensin*, blyholdig drivstoff*, blyholdig flybensin*, tetraetylbly*, blybensin*
liquids in hand luggage: væsker i håndbagasjen*, væske i håndbagasjen*, væskeregler*, væskeregelen*, 100 ml-regelen, 100 ml-grensen, væskebegrensning*, væskeforbud*
studded tyres: piggdekk*, vinterdekk med pigger*, dekk med pigger*
ractopamine: ractopamin*, svinekjøtt med ractopamin*
durian: durian*, durianfrukt*
alcopops: rusbrus*, alkoholholdig brus*, alcopop*, ferdigblandede drinker*, RTD-drikker*, hard seltzer*
late-night alcohol sales: nattsalg av alkohol*, salg av alkohol om natten*, alkoholsalg om natten*, sen skjenking*, skjenketid*
drinks promotions: happy hour*, drinktilbud*, tilbud på drinker*, tilbud på alkohol*, alkoholtilbud*, rabatt på alkohol*, fri bar, all you can drink
DDT: DDT, diklordifenyltrikloretan*
fluorinated gases: F-gasser*, F-gass, fluorerte gasser*, fluorholdige klimagasser*, HFK-gasser*, KFK-gasser*, freon*, svovelheksafluorid*
chlorinated solvents: klorerte løsemidler*, klorerte løsningsmidler*, trikloretylen*, perkloretylen*, tetrakloretylen*, diklormetan*, metylenklorid*
cyanide: cyanid*, natriumcyanid*, cyanidutluting*, blåsyre*
acetamiprid: acetamiprid*, insektmiddelet acetamiprid
rodenticides: rottegift*, musegift*, gnagergift*, rodenticid*, giftåte*
road salt: veisalt*, veisalting*, salting av veier*, strøsalt*, tinesalt*
flame retardants: flammehemmer*, flammehemmende stoffer*, bromerte flammehemmere*, halogenerte flammehemmere*, PBDE*
engineered stone: kunststein*, komposittstein*, kvartskompositt*, kvartsbenkeplate*, konstruert stein*, agglomerert stein*
cocaine: kokain*, kokablader*, kokaplanter*, kokadyrking*, kokapasta*, kokaåkre*
methamphetamine: metamfetamin*, methamfetamin*, crystal meth, yabapiller*
MDMA: MDMA, ecstasy*, ecstasypiller*, MDMA-terapi*, MDMA-behandling*
opium poppy cultivation: opiumsvalmue*, opiumsvalmuer*, opiumsdyrking*, opiumsproduksjon*, valmuedyrking*, valmueåkre*, opium
new psychoactive substances: nye psykoaktive stoffer*, designerdop*, designerstoffer*, syntetiske katinoner*, mefedron*, legal highs, forskningskjemikalier*
GHB: GHB, GBL, gammahydroksybutyrat*, gamma-hydroksybutyrat*, gammabutyrolakton*, flytende ecstasy
bear bile: bjørnegalle*, galle fra bjørner*, bjørnegallefarm*, gallefarm*
donkey skins: eselskinn*, eselhuder*, handel med eselskinn*, slakting av esler*, eselslakt*, ejiao*
tail docking: halekupering*, kupering av haler*, kupering av hale*, kuperte haler*, ørekupering*, kupering av ører*
declawing: fjerning av klør*, kloamputasjon*, declawing
sow stalls: fødebøyle*, fødebøyler*, purker i bås*, drektighetsbåser*, fikserte purker*, fiksering av purker*
chick culling: avliving av hanekyllinger*, drap på hanekyllinger*, kyllingdrap*, avliving av kyllinger*, hanekyllinger*, kverning av kyllinger*
live poultry markets: markeder med levende fjørfe*, salg av levende fjørfe*, levende fjørfe*, markeder for levende fugler*, våtmarkeder
big cats: store katter*, storkatter*, tigre som kjæledyr*, løver som kjæledyr*, private tigre*, kjæledyrtigre*
badger culling: grevlingavliving*, avliving av grevlinger*, nedskyting av grevling*, grevlingjakt*, drap på grevlinger*
bull running: okseløp*, løp med okser*, encierro*, San Fermín*, San Fermin*, oksefestival*
animal sacrifice: dyreofring*, dyreoffer*, ofring av dyr*, rituelle dyreofringer*, ofrede dyr*
wildlife feeding: fôring av ville dyr*, fôre ville dyr*, mating av ville dyr*, mate ville dyr*, fôring av dyr*, mating av ender*, mating av måker*, fôring av hjort*
exotic skins: eksotiske skinn*, eksotisk lær*, krokodilleskinn*, krokodillelær*, slangeskinn*, pytonskinn*
spitting: spytting*, spytte på gaten, spytte i offentligheten, spytteforbud*
littering: forsøpling*, forsøpler*, kaste søppel*, kaster søppel*, søppel på gaten, ulovlig dumping*, henslengt søppel*
jaywalking: gå på rødt, går på rødt, gå over på rødt lys, krysse veien på rødt, fotgjengere som går på rødt
loitering: dagdriveri*, henge på gata, henger på gata, ungdom som henger, oppholdsforbud*
skateboarding: skateboard*, skatere*, skateboarder*, rulleskøyte*, inlinere*, rulleskøyteløp*
public nudity: offentlig nakenhet*, nakenhet i offentligheten*, nudisme*, nudist*, naturisme*, nakenbading*, nakenstrand*, toppløs soling*
swimwear in the street: badetøy i byen*, badetøy på gaten*, bikini i byen*, i badetøy i byen, i bikini på gaten, bar overkropp*, naken overkropp*, uten skjorte i byen
eating in the street: spise på gaten, spise i offentligheten, spise mens man går, spise på trappene, spising på gaten*
graffiti: graffiti*, spraymaling*, sprayboks*, tagging*
honking: tuting*, tute med hornet, bruk av bilhorn*, bilhorn*, trykkluftshorn*
dancing: dans, dansen, å danse, dansearrangementer*, dansefester*, offentlig dans*
entering forests: ferdsel i skogen*, ferdsel i skog*, adgang til skogen*, opphold i skogen*, skogsbesøk*, gå i skogen, tilgang til skogsområder*, ferdselsforbud i skog*
Halloween: halloween*, knask eller knep, trick or treat
Valentine's Day: valentinsdag*, valentines dag*, Sankt Valentins dag*, valentinsgave*, alle hjerters dag*
beauty pageants: skjønnhetskonkurranse*, missekonkurranse*, misskonkurranse*, miss-konkurranse*, skjønnhetsdronning*
pub crawls: barcrawl*, pubcrawl*, bar crawl*, pub crawl*, barrunde*
Quran burning: koranbrenning*, brenning av Koranen*, brenne Koranen, brant Koranen, skjending av Koranen*, koranskjending*, brenning av religiøse skrifter*
flag burning: flaggbrenning*, brenning av flagg*, brenne flagg, brenne flagget, skjending av flagg*, flaggskjending*
Holocaust denial: holocaustbenektelse*, holocaust-benektelse*, benektelse av Holocaust*, holocaustbenekter*, folkemordbenektelse*, benektelse av folkemord*
Z symbol: Z-symbol*, Z-tegn*, Z-merke*, bokstaven Z, symbolet Z
sex shops: sexbutikk*, sexshop*, sex shop*, erotikkbutikk*, sexleketøybutikk*
strip clubs: strippeklubb*, stripteaseklubb*, strippebar*, stripteasebar*, lapdance*, lap dance*
massage parlours: massasjeinstitutt*, massasjesalong*, massasjeklinikk*, erotisk massasje*, thaimassasje*
beauty salons: skjønnhetssalong*, skjønnhetsklinikk*, hudpleiesalong*, skjønnhetsinstitutt*
minimarkets: minimarked*, minimarket*, døgnbutikk*, døgnåpne butikker*, nærbutikk*, nattåpne butikker*
vape shops: dampebutikk*, butikker som selger e-sigaretter*
cannabis shops: cannabisbutikk*, hasjbutikk*, coffeeshop*, cannabisklubb*, hasjklubb*, cannabiskafé*
drive-throughs: drive-in*, drive-thru*, drive-through*, drive in*, drive thru*
dark stores: dark store*, darkstore*, mørkebutikk*, hurtigleveringslager*, dark kitchen*, ghost kitchen*, spøkelseskjøkken*
prescription drug advertising: reklame for reseptbelagte legemidler*, reklame for legemidler*, legemiddelreklame*, medisinreklame*, reklame for medisiner*, markedsføring av legemidler*
advertising to children: reklame rettet mot barn*, reklamer rettet mot barn*, barnereklame*, reklame til barn*, markedsføring rettet mot barn*, markedsføring mot barn*, reklame i barneprogrammer*
junk mail: uadressert reklame*, reklame i postkassen*, reklamebrosjyrer*, reklameaviser*, tilbudsaviser*, papirreklame*, reklamelapper*, ingen reklame takk
digital billboards: digitale reklameskjermer*, reklameskjerm*, digitale reklametavler*, LED-skjermer*, LED-reklame*, digitale skilt*, digitale billboards*
carbon-neutral claims: grønnvasking*, greenwashing*, miljøpåstander*, grønne påstander*, klimapåstander*, villedende miljømarkedsføring*, påstander om karbonnøytralitet*, klimanøytralitetspåstander*
CFDs: CFD, CFD-er, CFD-handel*, CFD-kontrakter*, differansekontrakter*, spread betting
prediction markets: prediksjonsmarkeder*, prediksjonsmarked*, spill på valg*, betting på valg*, valgbetting*, hendelseskontrakter*
fantasy sports: fantasy sport*, fantasy-sport*, fantasyliga*, fantasy-liga*, fantasy football, spill om ekte penger
share buybacks: tilbakekjøp av aksjer*, aksjetilbakekjøp*, tilbakekjøpsprogram*, kjøp av egne aksjer*, oppkjøp av egne aksjer*
golden passports: gylne pass*, gullpass*, statsborgerskap for investering*, statsborgerskap mot investering*, salg av statsborgerskap*, salg av pass*, pass til salgs, investorpass*
golden visas: gylne visum*, gyllent visum*, gylne visa*, gullvisum*, investorvisum*, oppholdstillatelse mot investering*, oppholdstillatelse for investorer*, golden visa*
ransom payments: løsepenger*, løsesum*, betaling av løsepenger*, betale løsepenger, ransomware-betaling*
stock trading by lawmakers: kongressmedlemmers aksjehandel*, aksjehandel blant kongressmedlemmer*, politikeres aksjehandel*, stortingsrepresentanters aksjehandel*, aksjehandel for politikere*, lovgiveres aksjehandel*, kongressmedlemmers handel med aksjer*
CBDCs: digitale sentralbankpenger*, sentralbankvaluta*, digital euro*, digitale euro*, digital dollar*, digital yuan*, digital rubel*, CBDC*
pirate sites: piratsider*, piratnettsteder*, ulovlig strømming*, ulovlige strømmetjenester*, pirat-IPTV*, ulovlig IPTV*, torrentsider*
loan apps: låneapper*, låne-apper*, låneapp*, forbrukslånsapper*, digitale låneplattformer*, nettbaserte låneplattformer*
AI companions: AI-ledsager*, KI-ledsager*, AI-kjæreste*, KI-kjæreste*, KI-venner*, virtuelle kjærester*, virtuelle ledsagere*
addictive feeds: avhengighetsskapende feeder*, algoritmiske feeder*, uendelig scrolling*, endeløs scrolling*, uendelig rulling*, autoplay*, avhengighetsskapende design*, anbefalingsalgoritmer*
suppressors: lyddempere til våpen*, lyddemper til våpen*, våpenlyddemper*, lyddempede våpen*, lyddempet skytevåpen*, lyddemper på våpen*
knuckle-dusters: knokejern*, slagjern*
flick knives: springkniv*, sommerfuglkniv*, butterflykniv*, fallkniv*, automatkniv*, balisong*
machine guns: maskingevær*, maskinpistol*, automatiske våpen*, helautomatiske våpen*, helautomatiske rifler*
blank guns: gasspistol*, signalpistol*, startpistol*, alarmpistol*, knallpistol*, lydpistol*, skremmepistol*
autonomous weapons: autonome våpen*, autonome våpensystemer*, drapsrobot*, dødelige autonome våpen*, KI-våpen*, helautonome våpen*
chokeholds: kvelertak*, halsgrep*, nakkegrep*, kvelningsgrep*, halslås*
death penalty: dødsstraff*, dødsdom*, henrettelse*, henrettet
virginity tests: jomfrutest*, jomfrudomstest*, testing av jomfruelighet*, jomfruhinnerekonstruksjon*, jomfruhinneoperasjon*, hymenoplastikk*, jomfruattest*, jomfrusertifikat*
IVF: IVF, IVF-behandling*, prøverørsbehandling*, assistert befruktning*, kunstig befruktning*, fertilitetsbehandling*, in vitro-fertilisering*
circumcision: omskjæring av gutter*, gutteomskjæring*, rituell omskjæring*, religiøs omskjæring*, mannlig omskjæring*, brit mila
girls' education: jenters utdanning*, jenters skolegang*, utdanning av jenter*, jenter i skolen, kvinners utdanning*, utdanning for jenter*, jenteskoler*, kvinners tilgang til utdanning*
transgender athletes: transkjønnede utøvere*, transkjønnede idrettsutøvere*, transkvinner i idretten*, transkjønnede kvinner i idrett*, transutøvere*, transkjønnede i idretten*, transkjønnede spillere*, transpersoner i idretten*
mask mandates: munnbindpåbud*, maskepåbud*, påbud om munnbind*, krav om munnbind*, munnbindkrav*, krav om maske*, maskekrav*, munnbindtvang*
geoengineering: geoengineering*, klimaengineering*, skysåing*, værmodifisering*, solar geoengineering*, stratosfærisk aerosolinjeksjon*, chemtrails*, solstrålingshåndtering*
butterfly bushes: sommerfuglbusk*, buddleja*, buddleia*
knotweed: parkslirekne*, japansk slirekne*, slirekne*, kjempeslirekne*, Fallopia japonica, Reynoutria japonica
eucalyptus plantations: eukalyptus*, eucalyptus*
gold: gulleksport*, gullimport*, eksport av gull*, import av gull*, russisk gull*, gullbarrer*, rågull*, uraffinert gull*
iron ore: jernmalm*, jernmalmeksport*, jernmalmpellets*
raw cashew nuts: cashew*, cashewnøtter*, rå cashewnøtter*
shea nuts: sheanøtt*, shea-nøtter*, sheakjerner*
cotton: bomull, bomullen, bomullseksport*, bomullsimport*, råbomull*, Xinjiang-bomull*, bomullsprodukter*, bomullsgarn*
avocados: avokado*, avocado*
motor fuel: drivstoffeksport*, eksport av drivstoff*, bensineksport*, dieseleksport*, russisk diesel*, drivstoffimport*, import av drivstoff*, motordrivstoff*
hazardous waste: farlig avfall*, giftig avfall*, kjemikalieavfall*, avfallsimport*, import av avfall*, avfallseksport*, eksport av avfall*, avfallstransporter*
# 0.28.0: more categories
bidis: bidi, bidier
kreteks: kretek, kreteks
single cigarettes: løse sigaretter, salg av enkeltsigaretter
synthetic nicotine: syntetisk nikotin
absinthe: absint
kava: kava
powdered alcohol: pulveralkohol, alkoholpulver
alcohol deliveries: hjemlevering av alkohol, alkohollevering
heroin: heroin
amphetamines: amfetamin
pregabalin: pregabalin, gabapentin
benzodiazepines: benzodiazepiner, benzodiazepin
pseudoephedrine: pseudoefedrin
ethylene oxide: etylenoksid
dicamba: dikamba, dicamba
ammonium nitrate: ammoniumnitrat
PCBs: PCB, polyklorerte bifenyler
parabens: parabener
triclosan: triklosan
methyl bromide: metylbromid
caviar: svart kaviar, størkaviar
whale meat: hvalkjøtt
peanuts: peanøtter
factory farming: industrielt husdyrhold, intensivt husdyrhold, fabrikkbruk
sewage sludge: avløpsslam, kloakkslam
manure spreading: husdyrgjødsel, bløtgjødsel, spredning av gjødsel
piglet castration: kastrering av smågris, kastrering av gris
mulesing: mulesing
hare coursing: harejakt med hund
bird hunting: fuglejakt, fuglefangst
blast fishing: sprengfiske, fiske med sprengstoff
pulse fishing: pulsfiske, elektrisk fiske, elfiske
gillnets: garnfiske, settegarn, nedgarn
coral harvesting: korallhøsting, korallhandel
foraging: sopplukking, sanking, bærplukking
stray dog culling: avliving av gatehunder
spearfishing: undervannsjakt, harpunfiske
flammable cladding: brennbar fasadekledning, brennbare fasadeplater
skyscrapers: skyskrapere, høyhus
dams: demninger, kraftverksdammer, vannkraftdammer
biofuels: biodrivstoff, biodiesel
landfilling: fyllplasser, søppelfyllinger, deponering av avfall
waste incineration: avfallsforbrenning, forbrenningsanlegg
destruction of unsold goods: destruksjon av usolgte varer
radar detectors: radarvarslere, radardetektorer
pavement parking: fortauparkering, parkering på fortau
tinted windows: tonede ruter, solfilm
shared bikes: bysykler, delesykler, leiesykler
hotel toiletries: minishampooflasker, engangs toalettartikler
signal jammers: jammere, mobiljammere, støysendere
satellite phones: satellittelefoner
hidden cameras: skjulte kameraer, spionkameraer
pagers: personsøkere, callinger
walkie-talkies: walkie-talkier, walkietalkier
headphones: hodetelefoner, øretelefoner
short-video apps: kortvideoapper, apper for korte videoer
online pharmacies: nettapotek, nettapoteker
emotion recognition: følelsesgjenkjenning
tracking cookies: sporingskapsler, tredjeparts informasjonskapsler
cross-border data transfers: overføring av personopplysninger, dataoverføringer
internet cafés: nettkafeer, nettkaféer
ICOs: ICO-er
peer-to-peer lending: P2P-lån, peer-to-peer-lån
social scoring: sosial poengsetting, sosialt kredittsystem
narcocorridos: narcocorridos
twerking: twerking
belly dancing: magedans
reality shows: realityserier, realityprogrammer, reality-tv
horror films: skrekkfilmer, grøssere
caricatures: karikaturer, karikaturtegninger, satiriske tegninger
foreign words: anglisismer, engelske ord, fremmedord
minarets: minareter
opinion polls: meningsmålinger, valgmålinger, exitmålinger
child influencers: barneinfluensere
hoodies: hettegensere
jeans: olabukser, dongeribukser, jeans
camouflage clothing: kamuflasjeklær
beards: skjegg
high heels: høye hæler, stiletthæler
public urination: urinering på offentlig sted, offentlig urinering
fortune telling: spådom, spåkoner, spåmenn
witchcraft: hekseri, trolldom, svart magi
hitchhiking: haiking, haikere
door-to-door sales: dørsalg, salg på døren
public displays of affection: kyssing offentlig, kyss i offentligheten
cross-dressing: crossdressing, transvestisme
homework: lekser, hjemmelekser
dowry: medgift, brudepris
organ sales: organhandel, salg av organer
human cloning: kloning av mennesker, kloning
gene editing: genredigering, genomredigering
blasphemy: blasfemi, gudsbespottelse
hate speech: hatefulle ytringer, hatprat
disinformation: desinformasjon, falske nyheter
prenatal sex determination: kjønnsselektiv abort, kjønnsseleksjon, kjønnsbestemmelse av fostre
international adoption: utenlandsadopsjon, utenlandsadopsjoner, internasjonal adopsjon
pyramid schemes: pyramidespill, pyramidesvindel
multi-level marketing: nettverksmarkedsføring, flernivåmarkedsføring, MLM
layoffs: oppsigelser, masseoppsigelser
rent increases: husleieøkninger, leieøkninger
zero-hours contracts: nulltimerskontrakter, nulltimeskontrakter
body armour: skuddsikre vester
grenades: håndgranater, granater
martial arts weapons: nunchakuer, kastestjerner
slingshots: sprettert, spretterter
depleted uranium munitions: utarmet uran, uranammunisjon
biological weapons: biologiske våpen
hollow-point bullets: ekspanderende ammunisjon, dumdumkuler
mercenaries: leiesoldater, private militære selskaper
nuclear tests: atomprøvesprengninger, kjernefysiske prøvesprengninger
cooking oil: matolje, spiseolje, vegetabilsk olje
flour: mel, meleksport
potash: kaligjødsel, potaske
urea: urea
rosewood: palisander, rosentre
fodder: dyrefôr, husdyrfôr, kraftfôr
electricity exports: strømeksport, eksport av strøm, krafteksport
medical masks: munnbind, kirurgiske masker
forced labour goods: varer produsert med tvangsarbeid, tvangsarbeidsvarer
foreign investment: utenlandske investeringer
foreign land ownership: salg av jord til utlendinger
high-denomination banknotes: store sedler, 500-eurosedler
bankers' bonuses: bankbonuser, lederbonuser
chess: sjakk
boxing: boksing, proffboksing, boksekamper
martial arts: kampsport, kampsporter, kickboksing
mixed martial arts: MMA, MMA-kamper, cagefighting
wrestling: bryting, wrestling
yoga: yoga
ball games: ballspill, ballek
horse racing: hesteveddeløp, travløp
motorsport: motorsport, bilsport
bungee jumping: strikkhopp, bungeejump
rock climbing: klatring, fjellklatring
karaoke: karaoke
poker: poker
mahjong: mahjong
playing cards: kortspill, spillkort
water pistols: vannpistoler
gyms: treningssentre, treningssentere
fidget spinners: fidget spinnere, fidget spinners
sledding: aking, kjelkeaking, akebakker
paintball: paintball, airsoft
`);
