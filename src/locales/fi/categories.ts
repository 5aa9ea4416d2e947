// Categories of banned things (src/gazetteer/categories.ts): canonical name -> Finnish forms.
// Finnish inflects every noun by case ("kännykät", "kännyköiden", "kännyköitä"): each form is a stem ending in "*".
// Consonant gradation changes the stem ("tupakka"/"tupakan", "savuke"/"savukkeet"): the stem stops before it or
// both stems are listed. Of two stems that both cover a word the shorter wins, so no stem of one category may
// begin a stem of another ("tupak*" would read "tupakointi" and "tupakkamainonta" as tobacco): such words are
// listed as inflected forms instead. Adjective + noun phrases list the adjective's common cases
// ("kertakäyttöiset", "kertakäyttöisten", "kertakäyttöisiä"). A stem must not start an everyday word
// ("lennok*" = lennokas, "SUV*" = suvun, "disko*" = diskontto, "puukot*" = puukotus): forms are listed instead.
// A leading "*" matches the end of a compound ("*savukkeet" = makusavukkeet).
import { categoryTable } from "../../gazetteer/categories.js";

export const categories: Record<string, string[]> = categoryTable(`
tobacco: tupakka, tupakkaa, tupakan, tupakat, tupakasta, tupakassa, tupakalla, tupakkaan, tupakkatuot*, tupakanmyyn*, tupakan myyn*, tupakkatuotteiden myyn*
cigarettes: savukk*, savuke, savuketta, savukeaski*, tupakka-aski*, *savukkeet, *savukkeita, *savukkeiden, *savukkeen
e-cigarettes: sähkösavukk*, sähkösavuke, sähkösavuketta, sähkötupak*, e-savukk*, e-savuke, e-tupak*, vape, vapet, vapeja, vapejen, vapen, vapettami*, vapetus*
disposable vapes: kertakäyttöiset sähkösavuk*, kertakäyttöisten sähkösavuk*, kertakäyttöisiä sähkösavuk*, kertakäyttöinen sähkösavuk*, kertakäyttöisen sähkösavuk*, kertakäyttöistä sähkösavuk*, kertakäyttöisistä sähkösavuk*, kertakäyttöisiin sähkösavuk*, kertakäyttöiset e-savuk*, kertakäyttöisten e-savuk*, kertakäyttöisiä e-savuk*, kertakäyttöiset sähkötupak*, kertakäyttöisten sähkötupak*, kertakäyttöisiä sähkötupak*, kertakäyttösähkösavuk*, kertakäyttövape*, kertakäyttöiset vapet, kertakäyttöisten vapejen, kertakäyttöisiä vapeja
e-liquids: sähkösavukeneste*, sähkösavukkeiden neste*, sähkösavukkeiden täyttöneste*, sähkösavukkeiden täyttöpakkau*, e-neste*, nikotiinineste*, vape-neste*
flavoured e-cigarettes: makuainekiel*, makuaineelliset sähkösavuk*, makuaineellisten sähkösavuk*, makuaineellisia sähkösavuk*, maustetut sähkösavuk*, maustettujen sähkösavuk*, maustettuja sähkösavuk*, maustettu sähkösavuke, maustetut e-savuk*, maustettujen e-savuk*, makusähkösavuk*, sähkösavukkeiden makuaine*, sähkösavukkeiden maut, sähkösavukkeiden makuja, maustetut vapet, maustettuja vapeja
menthol cigarettes: mentolisavuk*, mentolitupak*
flavoured tobacco: maustettu tupakka, maustettua tupakkaa, maustetun tupakan, maustetut tupakkatuot*, maustettujen tupakkatuot*, maustettuja tupakkatuot*, makutupak*, tunnusomaisen maun sisältävät tupakkatuot*
flavoured cigarettes: maustetut savukk*, maustettujen savukk*, maustettuja savukk*, maustettu savuke, makusavuk*, tunnusomaisen maun sisältävät savukk*
nicotine pouches: nikotiinipussi*, nikotiinipussu*, valkoinen nuuska, valkoista nuuskaa, valkoisen nuuskan, nikotiininuuska*, tupakaton nuuska, tupakatonta nuuskaa, tupakattoman nuuskan
heated tobacco products: kuumennettava tupakka, kuumennettavaa tupakkaa, kuumennettavan tupakan, kuumennettavat tupakkatuot*, kuumennettavien tupakkatuot*, kuumennettavia tupakkatuot*, lämmitettävä tupakka, lämmitettävää tupakkaa, lämmitettävän tupakan, lämmitettävät tupakkatuot*, lämmitettävien tupakkatuot*, lämmitettäviä tupakkatuot*, tupakanlämmitti*, tupakanlämmitin
cigars: sikari*
snus: nuuska*, snus
shisha: vesipiip*, shisha*, sisha*
chewing tobacco: purutupak*, savuton tupakka, savutonta tupakkaa, savuttoman tupakan, savuttomat tupakkatuot*, savuttomien tupakkatuot*, savuttomia tupakkatuot*, gutka*
rolling tobacco: kääretupak*, irtotupak*, piippu- ja kääretupak*
smoking: tupakoin*, tupakoida, tupakoimi*, tupakoimaan, tupakanpolt*, tupakan polttami*, tupakan polttaminen, savukkeiden polttami*
tobacco advertising: tupakkamaino*, savukemaino*, tupakan mainon*, tupakan mainost*, tupakkatuotteiden mainon*, tupakkatuotteiden mainost*, savukkeiden mainon*, savukkeiden mainost*, tupakkasponsor*
alcohol: alkoholi, alkoholin, alkoholia, alkoholista, alkoholiin, alkoholilla, alkoholijuom*, alkoholituot*, alkoholin myyn*, alkoholinmyyn*, väkijuom*, viina, viinaa, viinan, väkevät alkoholijuomat
beer: olut*, oluen, oluet, oluita, oluiden, oluen myyn*, oluenmyyn*, keskiolu*
alcohol advertising: alkoholimaino*, alkoholin mainon*, alkoholin mainost*, alkoholijuomien mainon*, alkoholijuomien mainost*, alkoholimarkkinoin*, oluen mainon*
energy drinks: energiajuom*
sugary drinks: sokeripitoiset juomat, sokeripitoisten juomien, sokeripitoisia juomia, sokeroidut juomat, sokeroitujen juomien, sokeroituja juomia, sokerilliset juomat, sokerillisten juomien, sokerillisia juomia, sokerijuom*, virvoitusjuom*, limsa*, limsoja, limsojen, limu, limut, limuja, limujen
cannabis: kannabis*, kannabiks*, marihuana*, hasis*, pilvenpolt*
kratom: kratom*
khat: khat, khatia, khatin, khatista, khat-lehd*, khat-leht*
magic mushrooms: taikasien*, huumesien*, psilosybiini*, psilosibiini*
nitrous oxide: ilokaasu*, typpioksiduuli*, dityppioksidi*
synthetic cannabinoids: synteettiset kannabinoidit, synteettisten kannabinoidien, synteettisiä kannabinoideja, synteettinen kannabinoidi, synteettinen kannabis, synteettisen kannabiksen, synteettistä kannabista, synteettinen marihuana, synteettisen marihuanan, synteettistä marihuanaa
CBD: CBD, CBD-öljy*, CBD-tuot*, CBD-valmiste*, kannabidioli*
hemp flowers: hampunkuk*, hamppukuk*, CBD-kuk*, CBD-kukint*, kevytkannabi*
HHC: HHC*, heksahydrokannabinoli*
poppers: poppers*, amyylinitriit*, alkyylinitriit*
foie gras: foie gras, hanhenmaksa*, ankanmaksa*
fur: turkis, turkisten, turkik*, turkistuote*, turkistuott*, turkiskaup*, turkismyyn*, aitoturkik*, aitoturkis*, eläinten turkik*
fur farming: turkistarha*, turkiseläinten kasvatu*, turkiseläinten tarhau*, turkiseläintarha*, turkistuotan*, turkiseläintuotan*
mink farming: minkkitarha*, minkintarha*, minkkien kasvatu*, minkkien tarhau*, minkkien kasvattami*, minkkitila*
glyphosate: glyfosaat*, roundup*
pesticides: torjunta-aine*, kasvinsuojeluaine*, hyönteismyrk*, rikkakasvimyrk*, rikkakasvien torjunta-aine*, pestisidi*, hyönteisten torjunta-aine*
neonicotinoids: neonikotinoid*
GMOs: GMO*, geenimuunnel*, geenimuokat*, muuntogeeni*, geeniteknisesti muunnel*, gm-kasv*, gm-ruo*
palm oil: palmuöljy*
trans fats: transrasv*
lab-grown meat: laboratoriossa kasvatettu liha, laboratoriossa kasvatettua lihaa, laboratoriossa kasvatetun lihan, laboratoriolih*, solulih*, soluviljelty liha, soluviljeltyä lihaa, soluviljellyn lihan, viljelty liha, viljeltyä lihaa, viljellyn lihan, keinolih*, synteettinen liha, synteettistä lihaa, synteettisen lihan
junk food advertising: roskaruokamaino*, roskaruoan mainon*, roskaruoan mainost*, epäterveellisen ruoan mainon*, epäterveellisen ruoan mainost*, epäterveellisten elintarvikkeiden mainon*, epäterveellisten elintarvikkeiden markkinoin*, pikaruokamaino*, pikaruoan mainon*, epäterveellisten ruokien mainon*
raw milk: raakamaito*, raakamaido*, pastöroimaton maito, pastöroimatonta maitoa, pastöroimattoman maidon, pastöroimattomat maitotuot*
food dyes: elintarvikeväri*, ruokaväri*, elintarvikkeiden väriaine*, keinotekoiset väriaineet, keinotekoisten väriaineiden, keinotekoisia väriaineita, atsoväri*, keinotekoiset elintarvikevärit
titanium dioxide: titaanidioksidi*, E171
shark fins: hainevä*, haineväkeit*
dog meat: koiranlih*, koirien lihan, koirien syömi*, koiranlihakaup*
cat meat: kissanlih*, kissojen lihan, kissojen syömi*
rhino horn: sarvikuonon sarv*
ivory: norsunluu, norsunluun, norsunluuta, norsunluukaup*, norsunluutuot*, norsunluuesine*, norsunluun kaup*, norsunluun vien*, norsunluun tuon*
circus animals: sirkuseläin, sirkuseläim*, eläinsirku*, villieläimet sirkuksissa, villieläimiä sirkuksissa, villieläinten käyttö sirkuksissa, eläimet sirkuksissa, eläinten käyttö sirkuksissa, esiintyvät eläimet
trophy hunting: trofeemetsäst*, pokaalimetsäst*, metsästystrofe*, trofeejah*, trofeiden tuon*, metsästystrofeiden tuon*
bullfighting: härkätaistel*, härkätaisto*, corrida*
live animal exports: elävien eläinten vien*, elävien eläinten vientikulj*, elävinä vietävät eläimet, eläinten vienti elävinä, elävien eläinten merikulj*
battery cages: häkkikan*, kanahäk*, virikehäk*, häkkikasvat*, häkeissä pidettävät kanat, kanojen häkkikasvat*
bottom trawling: pohjatrool*
whaling: valaanpyy*, valaiden metsästy*, valaanmetsästy*, valaiden pyyn*
animal testing: eläinkoe*, eläinkoke*, eläinkokeil*, kosmetiikan eläinkoke*, eläinkokeet kosmetiikassa
chewing gum: purukum*
exotic pets: eksoottiset lemmik*, eksoottisten lemmik*, eksoottisia lemmik*, eksoottinen lemmik*, eksoottisen lemmik*, eksoottisista lemmik*, eksoottisten eläinten pito*, eksoottiset eläimet lemmikkeinä, villieläimet lemmikkeinä, villieläinten pitäminen lemmikkeinä, eksoottisten eläinten pitäminen lemmikkeinä
grain: vilja, viljan, viljaa, viljat, viljoja, viljojen, viljanvie*, viljan vien*, viljakaup*, viljatoimitu*, viljalasti*, viljantuon*, viljan tuon*
rice: riisi*
wheat: vehnä*
onions: sipul*
tomatoes: tomaat*
potatoes: peruna*, perunoi*
beef: naudanlih*, nautalih*, häränlih*, naudanlihan vien*
poultry: siipikarja*, broiler*, kananlih*, kanalih*, broilerinlih*
pork: sianlih*, porsaanlih*, possunlih*
sugar: sokeri, sokerin, sokeria, sokerista, sokeriin, sokerit, sokerinvien*, sokerin vien*, sokerin tuon*, sokerintuon*
eggs: kananmun*, munat, munien, munanvien*, munien vien*
maize: maissi*
fertilisers: lannoit*, keinolannoit*, typpilannoit*, väkilannoit*
sunflower oil: auringonkukkaöljy*
single-use plastics: kertakäyttömuovi*, kertakäyttöiset muovi*, kertakäyttöisten muovi*, kertakäyttöisiä muovi*, kertakäyttöisistä muovi*, kertakäyttöinen muovi*, kertakäyttöisen muovi*, kertakäyttöistä muovi*, kertakäyttötuot*, kertakäyttöiset tuotteet, kertakäyttöisten tuotteiden, kertakäyttöisiä tuotteita
plastic bags: muovipussi*, muovikass*, kantokass*, ostoskass*, ohuet muovipussit, ohuiden muovipussien
plastic straws: muovipill*, juomapill*, muoviset pillit, muovisten pillien, muovisia pillejä
plastic cutlery: muoviaterim*, muoviaterin, kertakäyttöaterim*, muovihaaruk*, muovilusik*, muoviveits*, muoviset ruokailuvälineet, muovisten ruokailuvälineiden, muovisia ruokailuvälineitä, kertakäyttöiset ruokailuvälineet
plastic plates: muovilautas*, muovilautanen, kertakäyttölautas*, kertakäyttölautanen, muoviset lautaset, muovisten lautasten, muovisia lautasia
plastic stirrers: sekoitustik*, muoviset sekoitustikut, muovisten sekoitustikkujen, muovisia sekoitustikkuja, kahvinsekoitti*, juomasekoitti*
plastic cotton buds: vanupuik*, korvapuik*, pumpulipuik*
plastic balloon sticks: ilmapallotik*, ilmapallojen tikut, ilmapallojen tikkujen, ilmapallojen tikkuja, ilmapallojen muovitik*, ilmapallojen varret, ilmapallonvar*
plastic cups: muovimuk*, kertakäyttömuk*, muovikupp*, muovikupit, muovikupin, muovikupeista, kertakäyttökupp*, kertakäyttökupit, kertakäyttökupeista, kertakäyttöiset kahvikup*, kertakäyttöisten kahvikup*, kertakäyttöisiä kahvikup*, kertakäyttöiset mukit, kertakäyttöisten mukien, kertakäyttöisiä mukeja, muoviset mukit, muovisten mukien, muovisia mukeja
plastic bottles: muovipullo*, PET-pullo*, muoviset juomapullot, muovisten juomapullojen, muovisia juomapulloja
glass bottles: lasipullo*
plastic packaging: muovipakkau*, muovikääre*, muovikelmu*, muoviset pakkaukset, muovisten pakkausten, muovisia pakkauksia, hedelmien ja vihannesten muovipakkau*
expanded polystyrene food containers: styroksi*, styrox*, polystyreeni*, paisutettu polystyreeni, paisutetusta polystyreenistä, paisutetun polystyreenin, EPS-astia*, EPS-pakkau*, solumuoviastia*, solumuovirasi*
microbeads: mikrohelmet, mikrohelmiä, mikrohelmien, mikrohelmi, mikromuovihelmet, mikromuovihelmiä, muovihelmet, muovihelmiä, muovihelmien, kosmetiikan mikromuovi*, mikromuovit kosmetiikassa, mikromuovia kosmetiikassa
oxo-degradable plastics: oksohajoav*, okso-hajoav*, oksobiohajoav*
oxo-degradable plastic bags: oksohajoavat muovipussi*, oksohajoavien muovipussi*, oksohajoavia muovipussi*, oksohajoavat muovikass*, oksohajoavien muovikass*, oksohajoavat pussi*, oksohajoavien pussi*, okso-hajoavat muovipussi*, okso-hajoavat pussi*
wet wipes: kosteuspyyh*, märkäpyyh*, muovia sisältävät pyyhkeet, muovia sisältävien pyyhkeiden
sky lanterns: taivaslyht*, taivaslyhd*, lentolyht*, lentolyhd*, kiinalaiset taivaslyhdyt
coal: kivihiili*, hiilivoima*, hiilen poltto*, hiilenpolt*, hiilen polttami*, hiilikaivo*, hiililauhde*, energiahiil*, hiilivoimaloi*
combustion engine cars: polttomoottori*, bensiini- ja dieselaut*, bensiini- ja dieselkäyttöi*, bensiiniaut*, bensa-aut*, fossiiliaut*, fossiilisilla polttoaineilla kulkevat autot, uudet bensiini- ja dieselautot
diesel cars: dieselaut*, dieselajoneuvo*, dieselkäyttöiset autot, dieselkäyttöisten autojen, dieselkäyttöisiä autoja, dieselhenkilöaut*
gas boilers: kaasukattil*, kaasulämmit*, maakaasulämmit*, maakaasukattil*
oil boilers: öljylämmit*, öljykattil*, öljypoltti*, öljylämmitteiset talot
incandescent light bulbs: hehkulamp*, halogeenilamp*, loistelamp*, loisteputk*, hehkulamppukiel*
patio heaters: terassilämmit*, ulkolämmit*, terassien lämmitti*, terassien lämmitin
leaf blowers: lehtipuhal*, lehtipuhaltimi*, bensiinikäyttöiset lehtipuhaltimet
wood stoves: puuliesi*, puulied*, puulämmity*, puukiuka*, puuhell*, tulisij*, puunpolt*, puun poltto*, puun polttami*, pienpolt*, takkatul*
PFAS: PFAS*, ikuiset kemikaalit, ikuisten kemikaalien, ikuisia kemikaaleja, ikuisiksi kemikaaleiksi, ikuisina kemikaaleina, PFOA*, PFOS*, perfluorattu*, perfluoratu*
asbestos: asbesti*
fracking: fracking*, frakkau*, vesisärötyk*, vesisärötys, hydraulinen murtaminen, hydraulisen murtamisen, liuskekaasun poraus*, liuskekaasun tuotan*, liuskekaasun louhin*
deep-sea mining: syvänmerenkaivo*, syvänmeren kaivo*, syvämerikaivo*, merenpohjan kaivo*, merenpohjan mineraalien louhin*, syvänmeren louhin*
aircraft: lentokone*
private jets: yksityiskone*, yksityissuihkukone*, yksityislentokone*, yksityislento*, yksityislenno*
short-haul flights: lyhyet lennot, lyhyiden lentojen, lyhyitä lentoja, lyhyet kotimaan lennot, lyhyiden kotimaan lentojen, lyhyen matkan len*, kotimaan len*, kotimaanlen*, lyhyet lentomatkat, lyhyiden lentomatkojen, lähilen*
cruise ships: risteilyalu*, risteilylaiv*, jättiristeilijä*, suuret risteilyalukset
SUVs: SUV, SUV-aut*, SUV:t, SUV:ien, SUV:eja, katumaasturi*
e-scooters: sähköpotkula*, sähköpotkulautoj*, vuokrapotkula*, vuokrattavat sähköpotkulaudat, kaupunkipotkula*, sähköskootteri*
fossil fuel advertising: fossiilisten polttoaineiden mainon*, fossiilisten polttoaineiden mainost*, fossiilisten polttoaineiden mainok*, fossiilimaino*, fossiilienergian mainon*, fossiilisten tuotteiden mainon*
mobile phones: kännyk*, matkapuhelim*, matkapuhelin, matkapuhelinta, puhelin, puhelinta, puhelimet, puhelimen, puhelimia, puhelimien, puhelimiin, puhelimissa, puhelimista, puhelimilla, puhelinkiel*, mobiililait*, älypuhelim*, älypuhelin, älypuhelinta
smartwatches: älykell*, älyrannekell*
laptops: kannettava tietokone, kannettavan tietokoneen, kannettavat tietokoneet, kannettavia tietokoneita, kannettavien tietokoneiden, kannettavaa tietokonetta, kannettaviin tietokoneisiin, läppär*
power banks: varavirtaläh*, akkupank*, powerbank*, power bank*, lisäakku*, lisäakut, lisäakkuja
social media: sosiaalinen media, sosiaalisen median, sosiaaliseen mediaan, sosiaalista mediaa, sosiaalisessa mediassa, sosiaalisesta mediasta, sosiaalisen median palvelu*, sosiaalisen median alust*, sosiaalisen median sovellu*, somepalvelu*, some-palvelu*, somealust*, some-alust*, somesovellu*, somessa, somesta, someen, sosiaaliset verkostot, sosiaalisten verkostojen, yhteisöpalvelu*
messaging apps: viestisovellu*, pikaviestisovellu*, pikaviestimi*, pikaviestin, viestipalvelu*, pikaviestipalvelu*, chat-sovellu*, viestintäsovellu*
video games: videopel*, tietokonepel*, konsolipel*, digipel*
online games: verkkopel*, nettipel*, onlinepel*, online-pel*, verkossa pelattavat pelit
online gambling: nettikasino*, verkkokasino*, online-kasino*, nettiuhkapel*, verkkouhkapel*, verkkorahapel*, nettirahapel*, rahapelisivust*, rahapelisovellu*, vedonlyöntisivust*, vedonlyöntisovellu*, nettivedonlyön*, verkkovedonlyön*, rahapelaaminen verkossa, rahapelit verkossa, rahapelejä verkossa
gambling: rahapeli, rahapelit, rahapelejä, rahapelien, rahapeleihin, rahapeleistä, rahapeleissä, rahapelaami*, uhkapeli, uhkapelit, uhkapelejä, uhkapelien, uhkapeleihin, uhkapeleistä, uhkapelaami*, kasino, kasinot, kasinon, kasinoita, kasinoiden, kasinoihin, kasinoissa, kasinopel*, vedonlyönti, vedonlyönnin, vedonlyöntiä, vedonlyöntiin, vedonlyönnistä
sports betting: urheiluvedo*, vedonlyönti urheilusta, vedonlyönti urheilutapahtumista, urheiluvedonlyön*, urheilukohteisiin lyötävät vedot
gambling advertising: rahapelimaino*, rahapelien mainon*, rahapelien mainost*, rahapelien markkinoin*, rahapelimarkkinoin*, uhkapelimaino*, uhkapelien mainon*, vedonlyöntimaino*, vedonlyönnin mainon*, kasinomaino*, kasinoiden mainon*, rahapeliyhtiöiden mainon*
slot machines: rahapeliautomaat*, peliautomaat*, hedelmäpel*, rahapelikone*
loot boxes: loottilaatik*, loot box*, lootbox*, ryöstölaatik*, aarrearkku*
cryptocurrencies: kryptovaluutta, kryptovaluutan, kryptovaluuttaa, kryptovaluutat, kryptovaluuttoja, kryptovaluuttojen, kryptovaluuttoihin, kryptovaluutoi*, kryptovaluuttakaup*, krypto, kryptot, kryptoja, kryptojen, kryptoihin, kryptovar*, virtuaalivaluut*, digitaaliset valuutat, digitaalisten valuuttojen, digitaalisia valuuttoja, kryptokaup*
crypto mining: kryptolouhin*, kryptovaluuttalouhin*, kryptovaluuttojen louhin*, kryptovaluutan louhin*, bitcoinin louhin*, bitcoin-louhin*, bitcoinlouhin*, kryptovaluuttojen louhimi*
crypto exchanges: kryptopörss*, kryptovaluuttapörss*, kryptovaihtopalvelu*, kryptovaluuttojen vaihtopalvelu*, kryptovaluuttojen kaupankäyntialust*
VPNs: VPN*, virtuaaliset yksityisverkot, virtuaalinen yksityisverkko, virtuaalisen yksityisverkon, virtuaalisia yksityisverkkoja, virtuaalisten yksityisverkkojen
AI chatbots: tekoälychatbot*, chatbot*, tekoälybot*, keskustelubot*, keskustelurobot*, tekoälysovellu*, tekoälytyökalu*, tekoälymalli*, tekoälypalvelu*, generatiivinen tekoäly, generatiivisen tekoälyn, generatiivista tekoälyä, generatiiviseen tekoälyyn, generatiivisen tekoälyn työkalu*
facial recognition: kasvojentunnistu*, kasvontunnistu*, kasvojen tunnistu*, kasvojentunnistusteknologi*
deepfakes: deepfake*, syväväären*, seksuaaliset deepfake*, riisuntasovellu*, alastonsovellu*
spyware: vakoiluohjelm*, urkintaohjelm*, vakoilusovellu*, vakoiluohjelmisto*
drones: droon*, drone*, lennokki*, lennokit, lennokeilla, lennokeita, lennokeiden, miehittämättömät ilma-alukset, miehittämättömien ilma-alusten, miehittämättömiä ilma-aluksia, miehittämätön ilma-alus, *droonit, *droonien, *drooneja
telecom equipment: televerkkolait*, tietoliikennelait*, tietoliikenneverkkolait*, teleyritysten laitteet, tietoliikennelaitteisto*
5G equipment: 5G-lait*, 5G-verk*, 5G-verkkolait*, 5G-teknologi*
surveillance cameras: valvontakamer*, turvakamer*, kameravalvon*, videovalvon*, valvontakameroi*
semiconductors: puolijohde*, puolijohte*, tekoälysiru*, edistyneet sirut, edistyneiden sirujen, edistyneitä siruja, kehittyneet sirut, kehittyneiden sirujen, kehittyneitä siruja, sirujen valmistuslait*, sirunvalmistuslait*, sirujen valmistukseen tarvittavat laitteet
mobile internet: mobiili-internet*, mobiilidata*, mobiiliverk*, mobiilinetti*, mobiiliyhtey*, matkapuhelinverk*, mobiilin internetin, mobiiliin internetiin
internet: internetyhtey*, interneti*, internet, nettiyhtey*, internetkatko*, internetsulku*, internetin sulkeminen, internetin katkaiseminen, verkkoyhteyksien katkaisu
pornography: pornografi*, porno*, aikuisviihdesivust*, aikuissivust*
targeted advertising: kohdennettu mainonta, kohdennetun mainonnan, kohdennettua mainontaa, kohdennettuun mainontaan, kohdennetut mainokset, kohdennettuja mainoksia, kohdennettujen mainosten, personoitu mainonta, personoidun mainonnan, personoitua mainontaa, personoidut mainokset, käyttäytymiseen perustuva mainonta, käyttäytymiseen perustuvan mainonnan, käyttäytymiseen perustuvaa mainontaa
social commerce: sosiaalinen kauppa, sosiaalisen kaupan, sosiaalista kauppaa, sosiaalisen median kauppa*, somekauppa*, somekaupa*
satellite dishes: satelliittiantenn*, lautasantenn*, satelliittitelevisio*, satelliitti-tv*, satelliittilautas*
connected cars: verkkoon kytketyt autot, verkkoon kytkettyjen autojen, verkkoon kytkettyjä autoja, verkkoon kytketyt ajoneuvot, verkkoon kytkettyjen ajoneuvojen, verkottuneet autot, verkottuneiden autojen, verkottuneita autoja, verkottuneet ajoneuvot, verkottuneiden ajoneuvojen, yhdistetyt ajoneuvot, yhdistettyjen ajoneuvojen, kytkettyjen ajoneuvojen ohjelmisto*, älyaut*
routers: reititin, reitittim*, wifi-reitit*, wlan-reitit*, langattomat reitittimet
live streaming: livestriim*, live-striim*, livestream*, live-stream*, livelähety*, live-lähety*, suoratoistolähety*, suorat lähetykset, suorien lähetysten, suoria lähetyksiä, suoratoistaminen verkossa
media outlets: tiedotusväline*, mediatalo*, uutissivust*, uutismedia*, uutiskanav*, tv-kanav*, televisiokanav*, radiokanav*, radioasem*, valtiollinen media, valtiollisen median, valtion media, valtion median, ulkomainen media, ulkomaisen median, ulkomaiset mediat, ulkomaisten medioiden, ulkomaisia medioita, joukkoviestim*, yleisradioyhti*, mediayhti*
books: kirja, kirjat, kirjan, kirjoja, kirjojen, kirjoista, kirjoihin, oppikirj*, kaunokirjallisuu*, kaunokirjat, kaunokirjoja, romaanit, romaaneja, romaanien
music: musiik*, laulut, lauluja, laulujen, musiikkivideo*
movies: elokuva, elokuvat, elokuvan, elokuvaa, elokuvia, elokuvien, elokuviin, elokuvista, leffa, leffat, leffoja, leffojen, leffan, elokuvien esittämi*
TV series: tv-sarj*, televisiosarj*, tv-ohjelm*, televisio-ohjelm*, saippuaoopper*, draamasarj*, tv-draam*
newspapers: sanomaleh*, aikakausleh*, aikakauslehd*, iltapäiväleh*, iltapäivälehd*, sanomalehd*
concerts: konsert*, festivaal*, festari*
away fans: vierasjoukkueen kannattaj*, vierasjoukkueen fani*, vieraskannattaj*, vierasfani*, vieraspuolen kannattaj*, vierailevan joukkueen kannattaj*
LGBTQ content: LGBT-propagand*, LGBTQ-propagand*, LGBTQ+-propagand*, homopropagand*, hlbt-propagand*, LGBTQ-sisäl*, LGBT-sisäl*, LGBTQ+-sisäl*, hlbt-sisäl*, hlbtiq-sisäl*, hlbtiq+-sisäl*, LGBTQ-kirj*, LGBT-kirj*, sateenkaarikirj*, ei-perinteisten seksuaalisten suhteiden propagand*
religious symbols: uskonnolliset symbolit, uskonnollisten symbolien, uskonnollisia symboleja, uskonnollinen symboli, uskonnollisen symbolin, uskonnollisia symboleita, uskonnolliset asusteet, uskonnollisten asusteiden, uskonnollisia asusteita, uskonnolliset vaatteet, uskonnollisten vaatteiden, uskonnollisia vaatteita, uskonnollinen pukeutuminen, uskonnollisen pukeutumisen, näkyvät uskonnolliset symbolit
face coverings: burka*, burkha, burkhaa, burkhan, burkhat, burqa*, niqab*, nikab*, kasvohun*, kasvot peittävä*, kasvot peittävät vaatteet, kasvot peittävien vaatteiden, kasvot peittäviä vaatteita, kasvot peittävä huntu, kasvot peittävät huivit, kasvojen peittämi*, kasvojen peittävä*, kokokasvohun*
abayas: abaya*, qamis
headscarves: hijab*, hidžab*, huivikiel*, päähuivi*, islamilainen huivi, islamilaisen huivin, islamilaista huivia, islamilaiset huivit, islamilaisten huivien, musliminaisten huivi*, muslimihuivi*
Nazi symbols: natsisymbol*, hakaristi*, natsitervehdy*, hitlertervehdy*, hitler-tervehdy*, natsilip*, natsien symbolit, natsien symboleja, natsien symbolien
protests: mielenosoitu*, mielenilmaus*, mielenilmauk*, protesti*, protestej*, mielenosoittami*, protestimarssi*
public gatherings: kokoontumi*, yleisötilaisuu*, yleisötapahtum*, joukkotapahtum*, julkiset kokoukset, julkisten kokousten, julkisia kokouksia, suuret tapahtumat, suurten tapahtumien, suuria tapahtumia, suuret yleisötapahtumat, väkijoukkojen kokoontumi*, joukkokokoontumi*
cinemas: elokuvateatter*, leffateatter*, elokuvasali*, elokuvasalei*
Sunday trading: sunnuntaiaukiol*, sunnuntaikaup*, pyhäaukiol*, pyhäpäivien aukiol*, kauppojen aukiolo sunnuntaisin, kauppojen sunnuntaiaukiol*, sunnuntaisin aukiol*
rainbow flags: sateenkaarilip*, pride-lip*, sateenkaarilipu*
short-term rentals: lyhytaikainen vuokraus, lyhytaikaisen vuokrauksen, lyhytaikaista vuokrausta, lyhytaikaiseen vuokraukseen, lyhytvuokrau*, lyhytaikaisvuokrau*, airbnb-vuokrau*, airbnb-majoitu*, airbnb-asun*, loma-asuntojen vuokrau*, turistiasun*, lomavuokrau*
cash: käteinen, käteis*, käteismaksu*, käteiskaup*, käteisraha*
surrogacy: sijaissynnyt*, kohdunvuokrau*, kaupallinen sijaissynnytys
conversion therapy: eheytyshoi*, eheytysterapi*, eheyttämi*, konversioterapi*, eheyttävä hoito, eheyttävät hoidot, eheyttävien hoitojen, eheyttäviä hoitoja
abortion: abortt*, raskaudenkeskeytyk*, raskaudenkeskeytys, raskauden keskeyty*, raskauden keskeyttämi*, mifepristoni*, aborttipilleri*
gender-affirming care: sukupuolenkorjau*, sukupuolen korjau*, sukupuolta vahvistava hoito, sukupuolta vahvistavan hoidon, sukupuolta vahvistavaa hoitoa, sukupuolta vahvistavat hoidot, sukupuolta vahvistavia hoitoja, sukupuoltavahvistav*, murrosiän estolääk*, murrosiän estäjä*, murrosikää jarruttav*, transhoi*, sukupuolenvaihdosleikkau*
child marriage: lapsiavioliit*, alaikäisten avioliit*, alaikäisen avioliit*, lapsiavioli*
female genital mutilation: tyttöjen ympärileik*, naisten ympärileik*, sukuelinten silpomi*, naisten sukuelinten silpomi*, tyttöjen sukuelinten silpomi*, FGM
corporal punishment: ruumiillinen kuritus, ruumiillisen kurituksen, ruumiillista kuritusta, ruumiillinen rangaistus, ruumiillisen rangaistuksen, ruumiilliset rangaistukset, ruumiillisten rangaistusten, ruumiillisia rangaistuksia, kuritusväkival*, lasten kurittami*, lasten fyysinen kurittaminen, piiskaami*, piiskaus*
begging: kerjää*, kerjäläisyy*, kerjuu*
prostitution: prostituutio*, seksinosto*, seksin osto*, seksipalveluiden osto*, seksipalvelujen osto*, seksityö*, bordelli*
ride-hailing: kyydinvälity*, kyytipalvelu*, kyytisovellu*, kyytienvälity*, uber-kyyd*, taksisovellu*
private tutoring: yksityistun*, yksityisopetu*, maksullinen tukiopetus, maksullisen tukiopetuksen, maksullista tukiopetusta, tukiopetusyrit*, tukiopetusyhti*, valmennuskoulu*, valmennuskurssi*, voittoa tavoitteleva tukiopetus
tanning beds: solaari*, solarium*, rusketussolaari*
skin-lightening products: ihonvaalennu*, ihoa vaalentavat tuotteet, ihoa vaalentavien tuotteiden, ihoa vaalentavia tuotteita, ihoa vaalentavat voiteet, ihoa vaalentavien voiteiden, ihoa vaalentavia voiteita, ihoa valkaisevat tuotteet, ihoa valkaisevat voiteet, ihoa valkaisevia voiteita, valkaisuvoite*, valkaisuvoitee*
dangerous dog breeds: vaaralliset koirarodut, vaarallisten koirarotujen, vaarallisia koirarotuja, vaarallinen koirarotu, vaarallisen koirarodun, pitbull*, pit bull*, taistelukoir*, pitbullterrier*
XL bully dogs: XL bully*, XL-bully*, XL bullyt, XL bullyja, amerikanbully XL*, American XL bully*
billboards: mainostaul*, ulkomainon*, ulkomainok*, ulkomainos, jättimainostaul*, mainostauluj*
short selling: lyhyeksimyyn*, lyhyeksi myyn*, lyhyeksimyymi*, lyhyeksi myymi*, short selling, shorttau*, shorttaami*, paljas lyhyeksimyynti
binary options: binäärioptio*, binääri-optio*, binaarioptio*, binaariset optiot
firearms: ampuma-ase, ampuma-aseen, ampuma-asetta, ampuma-aseet, ampuma-asei*, tuliase, tuliaseen, tuliasetta, tuliaseet, tuliasei*, puoliautomaattiase*, puoliautomaattiset aseet, puoliautomaattisten aseiden, puoliautomaattisia aseita, puoliautomaattikivääri*, puoliautomaattiset kiväärit
assault weapons: rynnäkkökivääri*, rynnäkköase, rynnäkköasetta, rynnäkköaseet, rynnäkköasei*, sotilastyyliset aseet, sotilastyylisten aseiden, sotilastyylisiä aseita, sotilaskivääri*, AR-15*
handguns: käsiase*, pistooli*, revolveri*
ghost guns: haamuase*, 3D-tulostetut aseet, 3D-tulostettujen aseiden, 3D-tulostettuja aseita, 3D-tulostettu ase, 3D-tulostetun aseen, tulostetut aseet
knives: veitsi*, veitse*, puukko*, puukot, puukon, machete*, viidakkoveits*, viidakkoveitsi*, zombiveits*, zombiveitsi*, ninjamiek*, terä-aseet, teräaseet, teräaseita, teräaseiden
weapons: aseet, aseiden, aseita, aseiden kantaminen, aseisiin
landmines: maamiin*, jalkaväkimiin*, henkilömiin*, jalkaväkimiinoi*
cluster munitions: rypälease*, rypäleammu*, rypälepommi*
fireworks: ilotuli*, paukkupommi*, raketit ja ilotulitteet, pyrotekni*, *ilotulitteet, *ilotulitteita
pepper spray: pippurisumut*, kaasusumut*, pippurisuihke*
ammunition: ammus, ammuks*, ampumatarvik*, patruun*, luodit, luoteja, luotien
toy guns: leluase*, lelupistooli*, asejäljitelm*, aseen jäljitelm*, jäljitelmäase*, aseiden jäljitelmät, aseiden jäljitelmiä, replika-ase*
laser pointers: laserosoit*, laserkynä*
nuclear weapons: ydinase*, atomipommi*, atomiase*
chemical weapons: kemialliset aseet, kemiallisten aseiden, kemiallisia aseita, kemiallinen ase, kemiallisen aseen, kemiallista asetta, kemiase*, kemialliset taisteluaineet, kemiallisten taisteluaineiden, kemiallisia taisteluaineita
hunting: metsästys, metsästyksen, metsästystä, metsästykseen, metsästyksestä, metsästäminen, metsästämisen, metsästämistä, urheilumetsästy*, virkistysmetsästy*, metsästys koirilla, koirilla metsästämi*, villieläinten metsästy*
wolf hunting: susijah*, sudenmetsästy*, susien metsästy*, susien kaato*, sudenkaato*, susien tappami*, susien kaatami*, kannanhoidollinen susijah*, kannanhoidollisen susijah*
bear hunting: karhunmetsästy*, karhujah*, karhujen metsästy*, karhujen kaato*, karhunkaato*, karhujen kaatami*
duck hunting: sorsanmetsästy*, sorsastu*, sorsajah*, vesilintujen metsästy*, vesilintujah*, vesilintumetsästy*, sorsien metsästy*
seal hunting: hylkeenmetsästy*, hylkeiden metsästy*, hyljejah*, hylkeenpyyn*, hylkeiden pyyn*, hyljetuot*, hylkeistä valmistetut tuotteet, hylkeiden kaato*
fox hunting: ketunmetsästy*, kettujah*, kettujen metsästy*, ketunajo*
fishing: kalastu*, kalastami*, kaupallinen kalastus, ammattikalastu*, teollinen kalastus
eel fishing: ankeriaankalastu*, ankeriaan kalastu*, ankeriaiden kalastu*, ankeriaanpyyn*, ankeriaan pyyn*, ankeriaiden pyyn*, lasiankeria*
cod fishing: turskankalastu*, turskan kalastu*, turskanpyyn*, turskan pyyn*, turskasaal*, turskakalastu*
sardine fishing: sardiininkalastu*, sardiinin kalastu*, sardiinien kalastu*, sardiininpyyn*, sardiinien pyyn*, sardiinisaal*
tuna fishing: tonnikalan kalastu*, tonnikalojen kalastu*, tonnikalan pyyn*, tonnikalanpyyn*, tonnikalankalastu*, sinievätonnikalan pyyn*, sinievätonnikalan kalastu*
shark fishing: haikalastu*, haiden kalastu*, hainkalastu*, haiden pyyn*, hainpyyn*, haiden metsästy*
sea urchin fishing: merisiil*
driftnet fishing: ajoverk*
logging: hakkuu*, hakkui*, metsähakkuu*, metsähakkui*, avohakkuu*, avohakkui*, metsänhakkuu*, metsien hakkuu*, puunkaato*, puiden kaato*, puiden kaatami*, laittomat hakkuut, laiton puunkaato
deforestation: metsäkato*, metsäkado*, metsien hävittämi*, metsänhävity*, metsien häviämi*, metsien raivaami*, metsänraivau*, metsien raivau*, metsien tuhoami*
mining: kaivos*, kaivoks*, kaivostoim*, kaivannaistoim*, mineraalien louhin*, mineraalien kaivu*
metal mining: metallikaivo*, metallien louhin*, metallimalmien louhin*, metallimalmikaivo*
gold mining: kultakaivo*, kullankaivu*, kullan kaivu*, kullanhuuhdo*, kullan huuhdo*, galamsey
open-pit mining: avolouhin*, avolouhos*, avolouhok*, avokaivos*, avokaivok*
sand mining: hiekano*, hiekan otto*, hiekan ottami*, hiekan ruoppau*, hiekanruoppau*, hiekan louhin*, jokihiekan otto*
uranium mining: uraanikaivo*, uraanin louhin*, uraaninlouhin*, uraanilouhin*, uraanin kaivu*, uraaninkaivu*, uraanin kaivostoim*
oil drilling: öljynporau*, öljyn porau*, öljynetsin*, öljyn etsin*, öljyn- ja kaasunporau*, öljyn ja kaasun porau*, öljyn ja kaasun etsin*, öljyn- ja kaasunetsin*, öljy- ja kaasuluv*, öljy- ja kaasuhankk*, öljyn ja kaasun tuotan*, öljyntuotan*, öljyn tuotan*, hiilivetyjen etsin*, öljykenttä*
offshore drilling: offshore-porau*, offshore-öljynporau*, offshore-öljy*, merellä tapahtuva öljynporaus, merialueiden öljynporau*, öljynporaus merellä, öljynporausta merellä, merenpohjan öljynporau*, öljynporaus avomerellä
peat: turve*, turpee*, turvetuotan*
apricot kernels: aprikoosinsiemen*, aprikoosin siemen*, aprikoosin ydin*, aprikoosin ytim*, aprikoosinydin*, aprikoosinytim*, karvasmantel*
meat: liha, lihan, lihaa, lihat, lihoja, lihatuot*, lihavalmiste*, lihajaloste*, punainen liha, punaisen lihan, punaista lihaa, prosessoitu liha, prosessoidun lihan, prosessoitua lihaa, lihantuon*, lihan tuon*
meat advertising: lihamaino*, lihan mainon*, lihan mainost*, lihatuotteiden mainon*, lihatuotteiden mainost*
dairy products: maitotuot*, maitotaloustuot*, maitojauhe*, maidon tuon*, maitotuotteiden tuon*, meijerituot*, jauhemaito*, maitojauheen
seafood: mereneläv*, äyriäi*, kalatuot*, kalantuon*, kalan tuon*, vesiviljelytuot*, merituot*
honey: hunaja*
cocoa: kaakao*
fruit: hedelmä, hedelmät, hedelmiä, hedelmien, hedelmän, hedelmiin, tuoreet hedelmät, hedelmäntuon*, hedelmien tuon*
vegetables: vihannes, vihannek*, kasvikset, kasviksia, kasvisten tuon*, tuoreet vihannekset, vihannesten tuon*
soybeans: soija, soijaa, soijan, soijapa*, soijapav*, soijatuot*, soijantuon*, soijan tuon*
horse meat: hevosenlih*, hevoslih*
bushmeat: pensaslih*, villilih*, villieläinten liha, villieläinten lihaa, villieläinten lihan, bushmeat
wildlife trade: villieläinkaup*, villieläinten kaup*, luonnonvaraisten eläinten kaup*, villieläintor*, villieläinmarkkin*, villieläinten syömi*, villieläinten syönti, luonnonvaraisten lintujen kaup*, villilintujen kaup*, villilintukaup*, villieläinten kauppaaminen
aspartame: aspartaami*, E951
artificial sweeteners: makeutusaine*, keinomakeutusaine*, keinotekoiset makeutusaineet, keinotekoisten makeutusaineiden, keinotekoisia makeutusaineita, sokerittomat makeutusaineet
food additives: elintarvikelisäaine*, elintarvikkeiden lisäaine*, ruoan lisäaine*, lisäaineet, lisäaineita, lisäaineiden, E-koodi*
plant-based meat: lihankorvik*, lihan korvik*, kasvipohjainen liha, kasvipohjaisen lihan, kasvipohjaista lihaa, kasvipohjaiset lihatuot*, kasvipohjaisten lihatuot*, kasvisburger*, vegaaniburger*, kasvipohjaiset burgerit, kasvisnakk*, kasvismakkar*, vegaanimakkar*, lihaisat nimet, lihatuotteiden nimet, lihaan viittaavat nimet, lihaan viittaavien nimien
plant-based milk: kasvimaito*, kasvimaido*, kaurajuom*, kauramaito*, kauramaido*, soijamaito*, soijamaido*, mantelimaito*, mantelimaido*, mantelijuom*, kasvijuom*, kasvipohjaiset juomat, kasvipohjaisten juomien, kasvipohjaisia juomia, kasvipohjaiset maitotuotteet, kasvipohjaiset maidot
antibiotics: antibioot*, mikrobilääk*, antibioottien käyttö kotieläimillä
growth hormones: kasvuhormoni*, hormonilih*, hormonilla käsitelty naudanliha, hormonilla käsiteltyä naudanlihaa, hormonilla käsitellyn naudanlihan, hormonilla käsitelty liha, hormoninaudanlih*
chlorinated chicken: kloorikan*, klooribroiler*, kloorilla pesty kana, kloorilla pestyä kanaa, kloorilla pestyn kanan, kloorilla pestyt kanat, kloorilla käsitelty kana, kloorilla käsiteltyä kanaa, kloorilla käsitellyn kanan, klooripestyt kanat, klooripestyä kanaa
fast food: pikaruoka, pikaruokaa, pikaruoan, pikaruoat, pikaruokia, pikaruokien, pikaruokal*, pikaruokaravintol*, pikaruokaketj*
ultra-processed foods: ultraprosessoi*, ultrajaloste*, erittäin prosessoidut elintarvikkeet, erittäin prosessoitujen elintarvikkeiden, pitkälle prosessoidut elintarvikkeet, pitkälle prosessoitujen elintarvikkeiden, pitkälle prosessoituja elintarvikkeita, pitkälle prosessoitu ruoka, pitkälle prosessoidun ruoan, pitkälle prosessoitua ruokaa, pitkälle jalostetut elintarvikkeet, pitkälle jalostettujen elintarvikkeiden, pitkälle jalostettuja elintarvikkeita
junk food: roskaruoka, roskaruokaa, roskaruoan, roskaruoat, roskaruokia, roskaruokien, epäterveellinen ruoka, epäterveellisen ruoan, epäterveellistä ruokaa, epäterveelliset ruoat, epäterveelliset elintarvikkeet, epäterveellisten elintarvikkeiden, epäterveellisiä elintarvikkeita, epäterveelliset välipalat, epäterveellisten välipalojen, epäterveellisiä välipaloja, junk food
nitrites: nitriit*, natriumnitriit*
chlorpyrifos: klorpyrifos*, chlorpyrifos*
paraquat: parakvat*, paraquat*
atrazine: atratsiini*, atrazin*
chlorothalonil: klorotaloniil*, klorotalonil*, chlorothalonil*
lead ammunition: lyijyhauli*, lyijyammu*, lyijyluo*, lyijypaino*, lyijyiset kalastuspainot, lyijyisten kalastuspainojen, lyijyä sisältävät ammukset, lyijyä sisältävien ammusten, lyijyä sisältäviä ammuksia, lyijyiset haulit, lyijyisten haulien
mercury: elohopea*, amalgaami*, amalgaamitäyt*, hammasamalgaami*
bisphenol A: bisfenoli A, bisfenoli-A, BPA
bisphenols: bisfenoli*, bisfenoleja, bisfenolien, bisfenolit
phthalates: ftalaat*
formaldehyde: formaldehydi*
hydroquinone: hydrokinoni*
talc: talkki*, talkkijauhe*
heavy fuel oil: raskas polttoöljy, raskaan polttoöljyn, raskasta polttoöljyä, raskaat polttoöljyt, raskasöljy*, raskas laivapolttoöljy, raskaan laivapolttoöljyn
codeine: kodeiini*
tramadol: tramadoli*
fentanyl: fentanyyli*
ephedrine: efedriini*, efedra*
melatonin: melatoniini*
ivermectin: ivermektiini*
hydroxychloroquine: hydroksiklorokiini*
opioids: opioid*, opiaat*
steroids: steroid*, anaboliset steroidit, anabolisten steroidien, anabolisia steroideja
cough syrups: yskänlääk*, yskänrohd*, yskäsiirap*, yskänsiirap*, yskä- ja flunssalääk*
cars: autot, autoja, autojen, autoilu*, autoliiken*, yksityisautoilu*, yksityisaut*, moottoriajoneuvo*, moottoriliiken*, henkilöautoliiken*, henkilöautot, henkilöautoja, henkilöautojen
trucks: kuorma-aut*, rekka, rekat, rekkoja, rekkojen, rekka-aut*, rekkaliiken*, raskaat ajoneuvot, raskaiden ajoneuvojen, raskaita ajoneuvoja, raskas liikenne, raskaan liikenteen, raskasta liikennettä, raskaat kuorma-autot
motorcycles: moottoripyörä, moottoripyörät, moottoripyörää, moottoripyörän, moottoripyöriä, moottoripyörien, moottoripyöriin, moottoripyörillä, moottoripyöräliiken*, moottoripyöräil*, prätkä*
motorcycle taxis: moottoripyörätaksi*, mototaksi*, moto-taksi*, okada*, boda boda*, boda-boda*, moottoripyöräkyyti*, moottoripyöräkyyd*
tuk-tuks: tuk-tuk*, tuktuk*, tuk tuk*, riksa*, autoriksa*, kolmipyöräiset taksit
mopeds: mopo*, mopedi*, skootteri*
e-bikes: sähköpyör*, sähköpolkupyör*, sähköavusteinen polkupyörä, sähköavusteiset polkupyörät, sähköavusteisten polkupyörien, sähköavusteisia polkupyöriä
fat bikes: fatbike*, fat bike*, fat-bike*, sähköfatbike*, e-fatbike*
jet skis: vesiskootter*, vesijetti*, jetski*, jet ski*, jet-ski*
horse-drawn carriages: hevosvaunu*, hevoskärr*, hevosrattai*, hevosvetoi*, hevoskyyti*, hevosajelu*
night flights: yölento*, yölenno*, yöaikaiset lennot, yöaikaisten lentojen, yöaikaisia lentoja, lennot yöllä
street vending: katukaup*, katumyyn*, kaupustelu*, katuruokakoju*, katukaupustelu*
nightclubs: yökerho*, diskot, diskoja, diskojen, diskoissa, diskoteek*, tanssiravintol*
camping: leiriyty*, telttailu*, vapaa leiriytyminen, villi leiriytyminen, leiriytymi*
barbecues: grillau*, grillaami*, kertakäyttögrilli*, grillien käyttö*, grillit, grillejä, grillien
campfires: nuotio*, avotul*, nuotiotul*
bonfires: juhannuskok*, pääsiäiskok*, kokkojen polttami*, kokkojen poltto*, kokkotul*, kokkoja, kokkojen
stubble burning: sängen poltto*, sängen polttami*, kasvijätteen poltto*, kasvijätteiden poltto*, sadonkorjuutähteiden poltto*, oljenpolt*, olkien poltto*, olkien polttami*, peltojen poltto*
open burning: avopoltto*, avopolto*, puutarhajätteen poltto*, puutarhajätteiden poltto*, puutarhajätteen polttami*, puutarhajätteiden polttami*, jätteiden avopoltto*, jätteiden poltto pihalla, risujen poltto*, risujen polttami*, roskien poltto*, roskien polttami*
street prayers: katurukou*, julkiset rukoukset, julkisten rukousten, julkisia rukouksia, rukoileminen kadulla, kadulla rukoilemi*, rukoilu kadulla, julkinen rukoilu, julkisella paikalla rukoilemi*
loudspeakers: kaiutin, kaiuttim*, äänentoistolait*, megafoni*, vahvistettu ääni, vahvistettu musiikki, äänenvahvisti*
public drinking: alkoholin juominen julkisilla paikoilla, alkoholin juominen yleisillä paikoilla, alkoholin nauttiminen julkisilla paikoilla, alkoholin nauttiminen yleisillä paikoilla, alkoholin käyttö julkisilla paikoilla, alkoholin käyttö yleisillä paikoilla, alkoholin nauttiminen yleisellä paikalla, juominen julkisilla paikoilla, juominen yleisillä paikoilla, julkisilla paikoilla juomi*, yleisillä paikoilla juomi*, kadulla juomi*, julkinen juominen, julkinen alkoholinkäyttö, ulkona juominen, puistojuomi*
pride parades: pride-kulkue*, pride-marssi*, pride-paraati*, pride-tapahtum*, pride-juhl*, pride-kulkuei*, pride, priden, pridea
second-hand clothes: käytetyt vaatteet, käytettyjen vaatteiden, käytettyjä vaatteita, käytetty vaate*, kierrätysvaatte*, mitumba*
second-hand underwear: käytetyt alusvaatteet, käytettyjen alusvaatteiden, käytettyjä alusvaatteita
used cars: käytetyt autot, käytettyjen autojen, käytettyjä autoja, käytetty auto, käytettyjen autojen tuon*, vaihtoaut*, käytetyt ajoneuvot, käytettyjen ajoneuvojen, käytettyjä ajoneuvoja, käytettyjen ajoneuvojen tuon*
used tyres: käytetyt renkaat, käytettyjen renkaiden, käytettyjä renkaita, romuren*, jäteren*, vanhat renkaat
e-waste: sähköromu*, elektroniikkaromu*, elektroniikkajät*, sähköjät*, sähkö- ja elektroniikkaromu*, sähkö- ja elektroniikkalaiteromu*, SER-jät*, elektroniikkaromun vien*
plastic waste: muovijät*, muoviroska*, muoviromu*, muovijätteen vien*, muovijätteen tuon*
scrap metal: metalliromu*, romumetalli*, rautaromu*, teräsromu*, romurau*, romuteräs*, romuteräk*
timber: puutavara*, raakapuu*, tukkipuu*, tukkien vien*, pyöreä puu, pyöreän puun, sahatavara*, trooppinen puu, trooppisen puun, laiton puutavara, puunvien*, puun vien*, raakapuun vien*
rare earths: harvinaiset maametallit, harvinaisten maametallien, harvinaisia maametalleja, maametall*, harvinaiset maametallit ja niiden magneetit, harvinaisten maametallien magneet*, harvinaiset maa-alkuaineet, harvinaisten maa-alkuaineiden
gallium: gallium*
germanium: germanium*
antimony: antimoni*
graphite: grafiit*
diamonds: timant*, raakatimant*, veritimant*, konfliktitimant*
textiles: tekstiili*
luxury goods: ylellisyystavar*, luksustuot*, luksustavar*, ylellisyystuot*, luksusesinee*, ylellisyyshyödyk*
arms exports: asevien*, aseiden vien*, asekaup*, asetoimitu*, aseiden toimitu*, aselähety*, aseiden myyn*, asemyyn*, puolustustarvikevien*, aseiden luovutu*
dual-use goods: kaksikäyttö*, kaksoiskäyttö*, kaksikäyttötuot*, siviili- ja sotilaskäyttöön soveltuvat tuotteet
uranium: uraani, uraanin, uraania, uraanintuon*, uraanin tuon*, rikastettu uraani, rikastetun uraanin, rikastettua uraania, venäläinen uraani, venäläisen uraanin, venäläistä uraania, uraanipolttoaine*
oil: raakaöljy*, öljyntuon*, öljyn tuon*, öljynvien*, öljyn vien*, meritse kuljetettava öljy, meritse kuljetettavan öljyn, meritse kuljetettavaa öljyä, öljytuot*, maaöljy*, öljy, öljyn, öljyä
natural gas: maakaasu, maakaasun, maakaasua, maakaasuntuon*, maakaasun tuon*, nesteytetty maakaasu, nesteytetyn maakaasun, nesteytettyä maakaasua, venäläinen kaasu, venäläisen kaasun, venäläistä kaasua, venäjän kaasu*, venäjän maakaasu*, kaasuntuon*, kaasun tuon*, LNG*, venäläinen LNG, venäläisen LNG:n, venäläinen maakaasu, venäläisen maakaasun, venäläistä maakaasua
vaccines: rokote, rokotetta, rokotevien*, rokotetoimitu*, rokottee*, rokottei*, koronarokot*, mRNA-rokot*, covid-rokot*, covid-19-rokot*, rokotevien*
vaccine mandates: rokotuspak*, pakollinen rokottaminen, pakollisen rokottamisen, pakollinen rokotus, pakollisen rokotuksen, pakolliset rokotukset, pakollisista rokotuksista, pakollisia rokotuksia, rokotusvelvoi*, rokotusvaatimu*, rokotusvelvolli*
invasive species: vieraslaji*, haitalliset vieraslajit, vieraskasvi*, haitalliset vieraskasvit, vieraseläin*
pangolins: muurahaiskäp*, muurahaiskäv*, pangoliini*
dog fighting: koiratappelu*, koirataistelu*
cockfighting: kukkotappelu*, kukkotaistelu*
pigeon feeding: kyyhkysten ruokin*, kyyhkysten ruokkimi*, kyyhkyjen ruokin*, kyyhkyjen ruokkimi*, pulujen ruokin*, pulujen ruokkimi*, lintujen ruokin*, lintujen ruokkimi*, lintujen talviruokin*, pulujen syöttämi*
cherry laurel: laakerikirsik*, kirsikkalaakeri*
greyhound racing: vinttikoirakilpa*, vinttikoira-ajo*, vinttikoirakisa*, vinttikoirien kilpa*, koirien kilpa-ajo*
dolphinariums: delfinaario*, delfiininäytö*, delfiinishow*, delfiinit vankeudessa, vankeudessa pidettävät delfiinit, vankeudessa pidettäviä delfiinejä, miekkavalasnäytö*, delfiinien vankeus*
ritual slaughter: uskonnollinen teurastus, uskonnollisen teurastuksen, uskonnollista teurastusta, rituaaliteurastu*, tainnuttamaton teurastus, tainnuttamattoman teurastuksen, tainnuttamatonta teurastusta, teurastus ilman tainnutusta, teurastaminen ilman tainnutusta, halal-teurastu*, kosher-teurastu*, halalteurastu*, kosherteurastu*, puuduttamaton teurastus
gender-neutral language: sukupuolineutraali kieli, sukupuolineutraalin kielen, sukupuolineutraalia kieltä, sukupuolineutraali kielenkäyttö, sukupuolineutraalin kielenkäytön, sukupuolineutraalit ilmaukset, sukupuolineutraaleja ilmauksia, inklusiivinen kieli, inklusiivisen kielen, inklusiivista kieltä, sukupuolitietoinen kieli, sukupuolitietoisen kielen, sukupuolitietoista kieltä, inklusiivinen kirjoitustapa, inklusiivisen kirjoitustavan
flags: kansallislip*, kansallislipu*, ulkomaiset liput, ulkomaisten lippujen, ulkomaisia lippuja, palestiinan lip*, palestiinalaislip*, palestiinalaislipu*, lippujen liehuttami*, lippujen nostami*, lipun liehuttami*, liputtami*
communist symbols: kommunistiset symbolit, kommunististen symbolien, kommunistisia symboleja, kommunistinen symboli, kommunistisymbol*, neuvostosymbol*, sirppi ja vasara, sirpin ja vasaran, sirppiä ja vasaraa, neuvostoliiton symbolit, neuvostoliiton symboleja, kommunistinen symboliikka, kommunistisen symboliikan
burkinis: burkini*, burqini*
political advertising: poliittinen mainonta, poliittisen mainonnan, poliittista mainontaa, poliittiseen mainontaan, poliittiset mainokset, poliittisten mainosten, poliittisia mainoksia, vaalimaino*, kampanjamaino*, maksetut poliittiset mainokset, maksettu poliittinen mainonta
foreign funding: ulkomainen rahoitus, ulkomaisen rahoituksen, ulkomaista rahoitusta, ulkomaiseen rahoitukseen, ulkomaiset lahjoitukset, ulkomaisten lahjoitusten, ulkomaisia lahjoituksia, ulkomailta tuleva rahoitus, ulkomailta tulevan rahoituksen, ulkomailta tulevaa rahoitusta, ulkomaiset varat, ulkomaisten varojen, ulkomaiset avustukset, ulkomaisten avustusten
NGOs: kansalaisjärjestö*, NGO*, valtiosta riippumattomat järjestöt, valtiosta riippumattomien järjestöjen, valtiosta riippumattomia järjestöjä, valtiosta riippumaton järjestö, kansalaisyhteiskunnan järjestöt
religious groups: uskonnolliset ryhmät, uskonnollisten ryhmien, uskonnollisia ryhmiä, uskonnolliset yhteisöt, uskonnollisten yhteisöjen, uskonnollisia yhteisöjä, uskonnolliset järjestöt, uskonnollisten järjestöjen, uskonnollisia järjestöjä, uskonnolliset liikkeet, uskonnollisten liikkeiden, uskonnollisia liikkeitä, uskonlahko*, lahkot, lahkoja, lahkojen
homeschooling: kotiopetu*, kotikoulu*
sex education: seksuaalikasvatu*, seksuaaliopetu*, seksuaalivalistu*, seksuaalisuuskasvatu*
critical race theory: kriittinen rotuteoria, kriittisen rotuteorian, kriittistä rotuteoriaa, kriittiseen rotuteoriaan
DEI programmes: DEI-ohjelm*, DEI-aloitt*, DEI-politiik*, DEI-toim*, DEI-koulutu*, DEI-periaatt*, monimuotoisuusohjelm*, moninaisuusohjelm*, monimuotoisuusaloitt*, monimuotoisuuskoulutu*, monimuotoisuus-, yhdenvertaisuus- ja osallisuusohjelm*
drag shows: drag-esity*, dragesity*, drag-show*, dragshow*, drag-tapahtum*, drag-satutun*, drag queen -esity*, drag-kuningatar-esity*
same-sex marriage: samaa sukupuolta olevien avioliit*, samaa sukupuolta olevien parien avioliit*, samaa sukupuolta olevien parien vihki*, tasa-arvoinen avioliittolaki, tasa-arvoisen avioliittolain, homoavioliit*, sukupuolineutraali avioliit*, sukupuolineutraalin avioliit*, samasukupuoliset avioliitot, samasukupuolisten avioliittojen
polygamy: moniavioisuu*, polygami*, moniavioiset avioliitot, moniavioisten avioliittojen, moniavioinen avioliitto
cousin marriage: serkkuavioliit*, serkkujen väliset avioliitot, serkkujen välisten avioliittojen, serkkujen välinen avioliitto, serkkujen välisen avioliiton, serkkujen avioliit*, serkusten avioliit*, serkusavioliit*
e-commerce platforms: verkkokauppa-alust*, verkkokauppapaik*, verkkokauppasivust*, verkkokaupat, verkkokauppoja, verkkokauppojen, verkkomarkkinapaik*, verkkokauppa-alustoj*
crypto ATMs: kryptoautomaat*, bitcoin-automaat*, bitcoinautomaat*, kryptovaluutta-automaat*, kryptovaluuttaautomaat*, kryptovaluuttojen automaat*
stablecoins: stablecoin*, vakaakolik*, vakaat kolikot, vakaiden kolikoiden
NFTs: NFT*, ei-vaihdettavat tokenit, ei-vaihdettavien tokenien
buy now pay later: osta nyt maksa myöhemmin, osta nyt - maksa myöhemmin, BNPL*, jälkimaksupalvelu*, maksa myöhemmin -palvelu*
dating apps: deittisovellu*, treffisovellu*, deittipalvelu*, treffipalvelu*, deittisivust*, seuranhakusovellu*, seuranhakupalvelu*, deittailusovellu*
cosmetic surgery: kauneusleikkau*, kauneuskirurgi*, plastiikkakirurgi*, esteettinen kirurgia, esteettisen kirurgian, esteettistä kirurgiaa, esteettiset toimenpiteet, esteettisten toimenpiteiden, esteettisiä toimenpiteitä, kosmeettiset toimenpiteet, kosmeettisten toimenpiteiden, kosmeettisia toimenpiteitä, kosmeettiset hoidot, kosmeettisten hoitojen, kosmeettisia hoitoja, botox*, täyteainehoi*, täyteaineinjekti*, huulitäyt*, esteettiset injektiot
tattoos: tatuoin*, tatuoida, tatuoimi*, tatuointimust*
piercings: lävistys, lävistyk*, kehon lävisty*
assisted dying: eutanasi*, avustettu kuolema, avustetun kuoleman, avustettua kuolemaa, avustettu itsemurha, avustetun itsemurhan, avustettua itsemurhaa, armokuolema*, kuolinapu*, lääkäriavusteinen kuolema, lääkäriavusteisen kuoleman, lääkäriavusteinen itsemurha, avustettu kuoleminen, avustetun kuolemisen
nuclear power: ydinvoima*, ydinenergia*, ydinreaktori*, atomivoima*, atomienergia*
wind turbines: tuulivoima*, tuuliturbiini*, tuulipuisto*, tuulimylly*, tuulienergia*, merituulipuisto*, merituulivoima*, maatuulivoima*
solar panels: aurinkopaneeli*, aurinkovoima*, aurinkosähkö*, aurinkopuisto*, aurinkoenergia*, aurinkomoduuli*, parvekeaurinkopaneeli*, aurinkokenno*, aurinkosähköjärjestelm*
gas stoves: kaasuliesi*, kaasulied*, kaasuhell*, kaasukeittimi*, kaasukeitin, kaasutaso*
gravel gardens: sorapuutarh*, kivipuutarh*, sorapiha*, soraistutu*
artificial turf: tekonurm*, keinonurm*, tekoruoho*, keinoruoho*
glitter: glitter*, kimalle, kimalteet, kimalteita, kimalteiden, mikromuovikimal*
balloons: ilmapallo, ilmapallot, ilmapalloja, ilmapallojen, ilmapallon, ilmapalloa, heliumpallo*, heliumilmapallo*, ilmapallojen päästämi*, ilmapallojen päästäminen taivaalle, ilmapallojen lasku*
confetti: konfetti*
lawn watering: nurmikon kastelu*, nurmikoiden kastelu*, nurmikon kastelemi*, nurmikoiden kastelemi*, puutarhan kastelu*, puutarhojen kastelu*, puutarhan kastelemi*, puutarhaletku*, kasteluletku*, sadetin, sadetti*, letkukastelu*, pihan kastelu*, pihojen kastelu*
swimming pool filling: uima-altaiden täyttämi*, uima-altaan täyttämi*, uima-altaiden täyttö*, uima-altaan täyttö*, altaiden täyttämi*, altaiden täyttö*, yksityisten uima-altaiden täyttö*
car washing: autonpesu*, autojen pesu*, auton pesu*, autojen pesemi*, auton pesemi*, autopesula*
irrigation: keinokastelu*, peltojen kastelu*, maatalouden kastelu*, viljelykasvien kastelu*, viljelysten kastelu*, maanviljelyn kastelu*
evictions: häätö*, häädö*
stun guns: etälamautin, etälamauttim*, sähkölamautin, sähkölamauttim*, lamautin, lamauttim*, taser, taserit, taserin, taseria, tasereita, tasereiden, tasereilla, taser-ase*, sähköshokkiase*, sähköiskuase*
fossil fuel heating: fossiilinen lämmity*, fossiilisen lämmity*, fossiilista lämmity*, fossiiliset lämmitysmuodo*, fossiilisten lämmitysmuoto*, fossiilisilla polttoaineilla lämmittämi*
open fireplaces: avotak*
air conditioning: ilmastoin*
shop window lighting: näyteikkunavalaistu*, näyteikkunoiden valaistu*, valaistut näyteikkunat, valaistujen näyteikkunoiden, näyteikkunavalo*
outdoor lighting: ulkovalaistu*, ulkovalo*, julkisivuvalaistu*, valomainos*, valomainok*
electric cars: sähköaut*, sähköajoneuvo*
old vehicles: vanhat autot, vanhojen autojen, vanhoja autoja, vanhat ajoneuvot, vanhojen ajoneuvojen, vanhoja ajoneuvoja
tour buses: turistibuss*, kiertoajelubuss*
golf carts: golfaut*
quad bikes: mönkij*
snowmobiles: moottorikelk*
hoverboards: hoverboard*
motorboats: moottorivene*, pikavene*, perämoottori*
helicopters: helikopter*
paragliders: varjoliit*, paramoottori*
hot-air balloons: kuumailmapallo*
microlight aircraft: ultrakevyt lentokone*, ultrakevyet lentokonee*, ultrakevyiden lentokonei*, ultrakevyitä lentokonei*, ultrakevytlentokone*
kites: leija, leijat, leijan, leijaa, leijoja, leijojen, leijanlennätys*, leijojen lennättämi*
lawn mowers: ruohonleikkur*, robottiruohonleikkur*
swimming: uinti*, uimi*
off-road driving: maastoajo*
data centres: datakeskuk*, datakeskus*, palvelinkeskuk*, palvelinkeskus*
golf courses: golfkent*
snow cannons: lumitykk*, tykkilum*, tekolum*
disposable nappies: kertakäyttövaip*, kertakäyttöiset vaipat, kertakäyttöisten vaippojen, kertakäyttöisiä vaippoja
takeaway containers: noutoruokapakkau*, noutoruoka-astia*, noutoruokarasi*, kertakäyttöiset ruoka-astiat, kertakäyttöisten ruoka-astioiden, kertakäyttöisiä ruoka-astioita
plastic sachets: annospuss*, muoviset annospussit, muovisten annospussien, muovisia annospusseja
cigarette filters: tupakantump*, savukkeiden suodatti*, savukkeen suodatti*, suodatinsavuk*
polystyrene: EPS-muovi*
microplastics: mikromuovi, mikromuovit, mikromuovia, mikromuovien, mikromuoveja, mikromuovista
charcoal: puuhiil*
kerosene: kerosiini*, lamppuöljy*
diesel generators: dieselgeneraattori*, aggregaati*
gas flaring: soihdut*, kaasun soihdut*
potassium bromate: kaliumbromaat*
brominated vegetable oil: bromattu kasviöljy, bromattua kasviöljyä, bromatun kasviöljyn, bromatut kasviöljyt, bromattujen kasviöljyjen, bromattuja kasviöljyjä
propylparaben: propyyliparabeeni*
oxybenzone: oksibentsoni*, oksybentsoni*, bentsofenoni-3
chemical sunscreens: kemialliset aurinkovoi*, kemiallisten aurinkovoi*, kemiallisia aurinkovoi*, kemiallinen aurinkovoi*, kemiallisen aurinkovoi*, kemialliset UV-suodatt*, kemiallisten UV-suodatt*, kemiallisia UV-suodatt*, kemialliset aurinkosuoja*, kemiallisten aurinkosuoja*, kemiallisia aurinkosuoja*
water fluoridation: juomaveden fluoraus, juomaveden fluorauksen, juomaveden fluorausta, juomaveden fluoraami*, veden fluoraus, veden fluorauksen, veden fluorausta, vesijohtoveden fluoraus, fluorattu juomavesi, fluoratun juomaveden, fluorattua juomavettä, fluorattu vesi, fluoratun veden, fluorattua vettä, fluori juomavedessä, fluoridi juomavedessä
lead paint: lyijymaali*, lyijyä sisältävät maalit, lyijyä sisältävien maalien, lyijyä sisältäviä maaleja, lyijypitoiset maalit, lyijypitoisten maalien, lyijypitoisia maaleja, lyijyvalkoi*
cadmium: kadmium*
PVC: PVC, PVC-muovi*, polyvinyylikloridi*
nitrates: nitraat*
baby walkers: kävelytuoli*, vauvan kävelytuoli*, vauvojen kävelytuol*
infant formula advertising: äidinmaidonkorvikkeiden mainon*, äidinmaidonkorvikkeiden mainost*, äidinmaidonkorvikkeiden markkinoin*, äidinmaidonkorvikkeen mainon*, äidinmaidonkorvikkeen mainost*, äidinmaidonkorvikkeen markkinoin*, äidinmaidonkorvikemaino*, vauvanmaidonkorvikkeiden mainon*, korvikemaidon mainon*
weight-loss drugs: laihdutuslääk*, laihdutuspistok*, laihdutuspistos*, lihavuuslääk*, painonpudotuslääk*, Ozempic*, Wegovy*, semaglutidi*, tirtsepatidi*, tirzepatidi*, Mounjaro*, sibutramiini*
diet pills: laihdutuspiller*, laihdutustablet*, laihdutusvalmist*, laihdutustuot*, laihdutuskapsel*, rasvanpolttaj*, ruokahalua hillitsevät valmisteet, ruokahalua hillitsevien valmisteiden
ketamine: ketamiini*
psychedelics: psykedeel*, hallusinogeen*, LSD*, DMT*, ayahuasca*, meskaliini*
xylazine: ksylatsiini*
nitazenes: nitatseeni*, nitazeeni*, isotonitatseeni*, protonitatseeni*, metonitatseeni*
delta-8 THC: delta-8*, delta-8 THC*
betel nut: beetelipähkin*, betelpähkin*, arekapähkin*, beetelpähkin*
contraceptives: raskaudenehkäisy*, ehkäisypilleri*, ehkäisyväline*, ehkäisyvalmiste*, ehkäisymenetelm*, jälkiehkäisy*, kondomi*, e-pilleri*, hormonikierukk*
cosmetic fillers: kosmeettiset täyteaineet, kosmeettisten täyteaineiden, kosmeettisia täyteaineita, filleri, fillerit, filleriä, fillerin, fillereiden, fillerien, fillereitä, fillerihoi*, hyaluronihappotäyt*, hyaluronihappoinjekti*
hair relaxers: hiustensuoristusaine*, hiustensuoristustuot*, hiusten suoristusaine*, hiusten suoristustuot*, kemiallinen hiusten suoristus, kemiallisen hiusten suoristuksen, hiusrelaksaattori*, keratiinisuoristu*
edible insects: syötävät hyönteiset, syötävien hyönteisten, syötäviä hyönteisiä, hyönteisruo*, hyönteisjauh*, hyönteisproteiin*, hyönteispohjai*, hyönteiset ruokana, sirkkajauh*, jauhomato*, jauhomado*
spirits: väkevä alkoholi, väkevän alkoholin, väkevää alkoholia, väkevät juomat, väkevien juomien, väkeviä juomia, väkevien alkoholijuomien, väkeviä alkoholijuomia, vodka*, viski*
wine: viini, viinin, viiniä, viinit, viinien, viinejä, viineistä, viinin myyn*, viinintuon*, viinin tuon*
moonshine: pontik*, pirtu*, kotipolttoi*, kotitekoinen viina, kotitekoisen viinan, kotitekoista viinaa, laiton alkoholi, laittoman alkoholin, laitonta alkoholia, salakuljetettu alkoholi, salakuljetetun alkoholin
button batteries: nappiparist*, nappikenno*, nappiakk*, nappipatter*
magnetic toys: magneettilelu*, magneettiset lelut, magneettisten lelujen, magneettisia leluja, magneettikuul*, magneettipallo*, voimakkaat magneetit, voimakkaiden magneettien, voimakkaita magneetteja, neodyymimagneet*
water beads: vesihelm*, geelihelm*, hydrogeelihelm*, geelipallo*, vesigeelipallo*, Orbeez
lithium batteries: litiumakk*, litiumioniakk*, litium-ioniakk*, litiumparist*
counterfeit goods: tuoteväären*, väärennetyt tuotteet, väärennettyjen tuotteiden, väärennettyjä tuotteita, väärennetyt tavarat, väärennettyjen tavaroiden, väärennettyjä tavaroita, piraattituot*, merkkituotteiden väären*
counterfeit medicines: lääkeväären*, väärennetyt lääkkeet, väärennettyjen lääkkeiden, väärennettyjä lääkkeitä, väärennetty lääke, väärennettyä lääkettä, väärennetyn lääkkeen
dietary supplements: ravintolisä*, ravintolisi*
painkillers: kipulääk*, särkylääk*, parasetamoli*, ibuprofeeni*
homeopathy: homeopati*
cosmetics: kosmetiik*, kosmeettiset tuotteet, kosmeettisten tuotteiden, kosmeettisia tuotteita, kauneudenhoitotuot*
sweets: makeis*, karkki, karkkia, karkin, karkit, karkkeja, karkkien, tikkari*, karamelli*
tablets: taulutietokone*, tablettitietokone*, iPad*
smart glasses: älylasi*, älylase*, tekoälylasi*, tekoälylase*, AR-lasi*, AR-lase*
AI-generated content: tekoälyn tuottama sisältö, tekoälyn tuottaman sisällön, tekoälyn tuottamaa sisältöä, tekoälyllä tuotettu sisältö, tekoälyllä tuotetun sisällön, tekoälyllä tuotettua sisältöä, tekoälyn luoma sisältö, tekoälyn luoman sisällön, tekoälyn luomaa sisältöä, tekoälyn tuottamat kuvat, tekoälyn tuottamia kuvia, tekoälyllä luodut kuvat, tekoälyllä tehdyt kuvat, tekoälysisältö*, tekoälykuv*
end-to-end encryption: päästä päähän -salau*, päästä päähän salau*, päästä päähän -salaus, päästä päähän salattu*, end-to-end-salau*, E2EE
SIM cards: SIM-kort*, eSIM*
satellite internet: satelliitti-internet*, satelliittiinternet*, satelliittilaajakaist*, Starlink*
online advertising: verkkomaino*, nettimaino*, digimaino*, internetmaino*, digitaalinen mainonta, digitaalisen mainonnan, digitaalista mainontaa
influencer marketing: vaikuttajamarkkinoin*, vaikuttajamaino*, vaikuttajien mainon*, vaikuttajien mainost*, somevaikuttajien mainon*, somevaikuttajien mainost*
crypto advertising: kryptomaino*, kryptovaluuttamaino*, kryptovaluuttojen mainon*, kryptovaluuttojen mainost*, kryptojen mainon*
crypto payments: kryptomaksu*, kryptovaluuttamaksu*, maksaminen kryptovaluutoilla, maksut kryptovaluutoilla, kryptovaluutalla maksami*, bitcoin-maksu*
lotteries: arpajai*, lotto*, raaputusarpa*, raaputusarvo*, raaputusarvat
betting shops: vedonlyöntipiste*, vedonlyöntitoimisto*, vedonvälittäj*
payday loans: pikavip*, pikalain*, pikaluot*
foreign currency: ulkomainen valuutta, ulkomaisen valuutan, ulkomaista valuuttaa, ulkomaiset valuutat, ulkomaisten valuuttojen, ulkomaisia valuuttoja, ulkomaan valuut*, ulkomaanvaluut*
podcasts: podcast*, podkast*
foreign journalists: ulkomaiset journalistit, ulkomaisten journalistien, ulkomaisia journalisteja, ulkomaisille journalisteille, ulkomainen journalisti, ulkomaisen journalistin, ulkomaiset kirjeenvaihtajat, ulkomaisten kirjeenvaihtajien, ulkomaisia kirjeenvaihtajia, ulkomainen lehdistö, ulkomaisen lehdistön, ulkomaista lehdistöä
comics: sarjakuv*, manga, mangat, mangaa
anime: anime*
foreign films: ulkomaiset elokuvat, ulkomaisten elokuvien, ulkomaisia elokuvia, ulkomainen elokuva, ulkomaisen elokuvan, ulkomaisiin elokuviin
rap music: räppi*, räpin, rap, rapmusiik*, rap-musiik*, hiphop*, hip hop, hip-hop*
drill music: drill-musiik*, drillmusiik*, drill-rap*
raves: reivi*, reive*
strikes: lakko*, lakon, lakot, lakossa, lakosta, lakolla, työtaistelu*
political parties: poliittiset puolueet, poliittisten puolueiden, poliittisia puolueita, poliittinen puolue, poliittisen puolueen, puolue, puolueet, puolueen, puolueita, puolueiden, puolueisiin
opposition parties: oppositiopuolue*
trade unions: ammattiliit*, ammattiyhdisty*
missionaries: lähetyssaarnaaj*, lähetystyö*, käännytystyö*, käännyttämi*
miniskirts: minihame*, lyhyet hameet, lyhyiden hameiden, lyhyitä hameita, lyhyt hame
make-up: meikki*, meikit, meikkejä, meikkien, meikkaami*, huulipun*, kynsilak*
robocalls: robottipuhelu*, automaattipuhelu*, automaattiset puhelut, automaattisten puhelujen, automaattisten puheluiden, automaattisia puheluita
telemarketing: puhelinmyyn*, puhelinmarkkinoin*, telemarkkinoin*, myyntipuhelu*
junk fees: piilomaksu*, piilokulu*, piilotetut maksut, piilotettujen maksujen, piilotettuja maksuja
surge pricing: dynaaminen hinnoittelu, dynaamisen hinnoittelun, dynaamista hinnoittelua, dynaamiseen hinnoitteluun, dynaamiset hinnat, dynaamisten hintojen, dynaamisia hintoja
non-compete clauses: kilpailukieltosopimu*, kilpailukieltolauseke*, kilpailukieltolausekk*, kilpailukieltoehdo*, kilpailukieltoehto*
child labour: lapsityö*
unpaid internships: palkaton harjoittelu, palkattoman harjoittelun, palkatonta harjoittelua, palkattomat harjoittelut, palkattomia harjoitteluja, palkattomat harjoittelupaik*
dogs: koira, koiran, koiraa, koirat, koirien, koiria, koirille, koirilla, koiriin, koirakielto*
cats: kissa, kissan, kissaa, kissat, kissojen, kissoja, kissoille, kissoilla, kissoihin
cattle: nauta, naudat, nautoja, nautojen, nautaa, nautakarja*, lehmät, lehmiä, lehmien
glue traps: liimalouk*, liima-ans*
snares: vaijerians*, lankaans*
leghold traps: jalkarau*
fish farming: kalankasvatu*, kalanviljely*, vesiviljely, vesiviljelyn, vesiviljelyä, vesiviljelyyn, vesiviljelyssä
salmon farming: lohenkasvatu*, lohenviljely*, kasvatettu lohi, kasvatetun lohen, kasvatettua lohta
octopus farming: mustekalankasvatu*, mustekalojen kasvatu*, mustekalatarha*
krill fishing: krillinkalastu*, krillin kalastu*, krillinpyyn*, krillin pyyn*
lobster fishing: hummerinkalastu*, hummerin kalastu*, hummerinpyyn*, hummerin pyyn*
shellfish harvesting: simpukanpyyn*, simpukoiden pyyn*, simpukoiden keru*, simpukankeru*
rodeos: rodeo*
elephant rides: norsuratsastu*, elefanttiratsastu*, ratsastus norsuilla, ratsastusta norsuilla, norsuilla ratsastami*
puppy sales: pentukaup*, koiranpentujen myyn*, koiranpentujen kaup*, pentutehta*
pet shops: lemmikkieläinkaup*, lemmikkikaup*, eläinkaup*
crossbows: varsijou*
swords: miekat, miekkoja, miekkojen, katana*, samuraimiek*
air guns: ilma-ase, ilma-aseen, ilma-asetta, ilma-aseet, ilma-asei*, ilmakivääri*, ilmapistooli*
high-capacity magazines: suuren kapasiteetin lippaat, suuren kapasiteetin lippaiden, suuren kapasiteetin lippaita, suurikapasiteettiset lippaat, suurikapasiteettisten lippaiden, suurikapasiteettisia lippaita
explosives: räjähde, räjähtee*, räjähdysaine*, dynamiit*
tear gas: kyynelkaasu*
rubber bullets: kumiluo*, kumiammu*
white phosphorus: valkoinen fosfori, valkoisen fosforin, valkoista fosforia, valkoisella fosforilla, valkoisesta fosforista, valkofosfori*, fosforipommi*
flares: soihtu*, soihdun, soihduilla, soihduista, hätäsoihtu*, hätäsoihdu*
steel: teräs, teräksen, terästä, teräkset, teräksiä, teräksien, terästuot*, teräksen tuon*, teräksen vien*
aluminium: alumiini*
copper: kupari*
nickel: nikkeli*
bauxite: bauksiit*
lithium: litium, litiumin, litiumia, litiumista
cobalt: koboltti*
tungsten: volframi*
love locks: rakkausluk*
key boxes: avainboks*, avainsäilö*, avainkaap*
wheeled suitcases: vetolauk*, pyörälauk*, rullalauk*
street performers: katusoit*, katumuusiko*, katutaiteilij*, katuesiinty*
rough sleeping: kadulla nukkumi*, ulkona nukkumi*, nukkuminen kadulla, nukkuminen julkisilla paikoilla, julkisilla paikoilla nukkumi*
homeless encampments: asunnottomien leiri*, asunnottomien telttaleiri*, asunnottomien teltat, asunnottomien telttoja
tourist groups: turistiryhm*, matkailijaryhm*
second homes: kakkosasun*, vapaa-ajan asun*, vapaa-ajanasun*
foreign home buyers: ulkomaiset ostajat, ulkomaisten ostajien, ulkomaisille ostajille, ulkomaisia ostajia, ulkomaalaisten asuntokaup*, ulkomaalaisten kiinteistökaup*, ulkomaalaisten asunnonosto*
new hotels: uudet hotellit, uusien hotellien, uusia hotelleja, uusi hotelli, uuden hotellin, uutta hotellia, hotellirakentami*, uusien hotellien rakentami*, hotellien rakentami*
# 0.27.0: more categories
game consoles: pelikonsol*
gas-powered garden equipment: bensiinikäyttöiset puutarhakoneet, bensiinikäyttöisten puutarhakoneiden, bensiinikäyttöisiä puutarhakoneita, bensiinikäyttöiset puutarhalaitteet, bensiinikäyttöisten puutarhalaitteiden, bensiinitrimmer*, bensiinikäyttöiset pensasleikkurit, bensiinikäyttöiset moottorisahat
sex dolls: seksinuk*, seksirobot*
selfie sticks: selfiekep*, selfie-kep*, selfietiku*, selfie-tiku*
disposable lighters: tupakansytytti*, tupakansytytin, kertakäyttösytytti*, kertakäyttösytytin, kertakäyttöiset sytyttimet, sytkäri*, muovisytytti*
coal stoves: hiilikamina*, hiiliuuni*, hiilikattil*, hiililiesi, hiililieden, hiililämmity*
dashcams: autokamera*, kojelautakamera*, ajokamera*, dashcam*
coffee capsules: kahvikapsel*, kapselikahvi*
bottled water: pullovesi, pulloveden, pullovettä, pullotettu vesi, pullotettua vettä, pullotetun veden, vesipullo*
bicycles: polkupyör*, pyöräily*, pyöräilij*, pyöräliikente*, fillari*
camper vans: matkailuau*, asuntoau*, asuntovaunu*, autossa yöpymi*, autossa nukkumi*, vanlife*
right-hand-drive vehicles: oikeaohjauksi*, oikeanpuoleinen ratti, oikeanpuoleisella ratilla, oikeanpuoleisen ratin, oikealta ohjattav*
self-driving cars: itseohjautuv*, robottiau*, robottitaksi*, kuljettajaton, kuljettajattom*, autonomiset ajoneuvot, autonomisten ajoneuvojen, itsestään ajav*
petrol motorbikes: bensiinikäyttöiset moottoripyörät, bensiinikäyttöisten moottoripyörien, bensiinikäyttöisiä moottoripyöriä, bensiinimoottoripyör*, bensiinimopo*, bensiinikäyttöiset mopot, bensiiniskootteri*, kaksitahtimopo*
street racing: katukilpa-ajo*, katukisa*, katukilpailu*, laittomat kilpa-ajot, laittomien kilpa-ajojen, laittomat kiihdytysajot, kaahailu*, autokokoontumi*
beer bikes: kaljapyör*, bilepyör*, juhlapyör*, bierfiets
leaded fuel: lyijybensiini*, lyijyllinen bensiini, lyijyllisen bensiinin, lyijyllistä bensiiniä, lyijypitoinen polttoaine, lyijypitoisen polttoaineen, tetraetyylilyijy*, lyijyllinen lentobensiini
liquids in hand luggage: nesteet käsimatkatavaroissa, käsimatkatavaroiden neste*, nesterajoitu*, nestesääntö*, nesteraja*, 100 ml:n sääntö, 100 millilitran raja*
studded tyres: nastaren*, nastoitetut renkaat, nastoitettujen renkaiden, nastarengaskiel*
ractopamine: raktopamiini*, ractopamin*
durian: durian*, duriaani*
alcopops: limuviina*, alkoholilimonadi*, long drink*, valmiiksi sekoitetut drinkit, hard seltzer*
late-night alcohol sales: alkoholin yömyyn*, alkoholin myynti yöllä, alkoholin myyntiajat, anniskeluaik*, yöanniskelu*
drinks promotions: happy hour*, juomatarjou*, alkoholitarjou*, alkoholin tarjoushinnoittel*, alkoholin alennusmyyn*, rajattomat juomat, avoin baari
DDT: DDT, DDT:n, DDT:tä, dikloorifenyylitrikloorietaani*
fluorinated gases: F-kaasu*, fluoratut kasvihuonekaasut, fluorattujen kasvihuonekaasujen, fluoratut kaasut, fluorihiilivety*, kloorifluorihiilivety*, freoni*, rikkiheksafluoridi*
chlorinated solvents: klooratut liuottimet, kloorattujen liuottimien, kloorattuja liuottimia, trikloorieteeni*, trikloorietyleeni*, perkloorieteeni*, tetrakloorieteeni*, dikloorimetaani*
cyanide: syanidi*, natriumsyanidi*, syanidiliuotu*, sinihappo*
acetamiprid: asetamipridi*, acetamiprid*
rodenticides: rotanmyrky*, rottamyrky*, hiirenmyrky*, jyrsijämyrky*, rodentisidi*, myrkkysyötti*
road salt: tiesuola*, tiesuolau*, teiden suolau*, liukkaudentorjuntasuola*
flame retardants: palonestoaine*, palonsuoja-aine*, bromatut palonestoaineet, bromattujen palonestoaineiden, halogenoidut palonestoaineet, PBDE*
engineered stone: tekokivi*, keinokivi*, komposiittikivi*, kvartsikomposiitti*, kvartsitaso*, kvartsikivitaso*
cocaine: kokaiini*, crack-kokaiini*, kokalehd*, kokalehti, kokakasvi*, kokanviljely*, kokapasta*
methamphetamine: metamfetamiini*, kristallimetamfetamiini*, crystal meth, yaba-tabletit
MDMA: MDMA, MDMA:n, ekstaasi*, MDMA-terapi*, MDMA-avusteinen*
opium poppy cultivation: oopiumunikko*, oopiumunikoi*, oopiumin viljely*, oopiuminviljely*, oopiumin tuotan*, unikonviljely*, unikkopel*, oopiumi*
new psychoactive substances: uudet psykoaktiiviset aineet, uusien psykoaktiivisten aineiden, uusia psykoaktiivisia aineita, muuntohuume*, designhuume*, synteettiset katinonit, mefedroni*
GHB: GHB, GBL, gammahydroksibutyraat*, gamma-hydroksibutyraat*, gammabutyrolaktoni*, nestemäinen ekstaasi
bear bile: karhunsap*, karhujen sapp*, sappifarm*, karhufarm*
donkey skins: aasinnahk*, aasien nahk*, aasinnahkakaup*, aasien teurastu*, aasien teurastami*, ejiao*
tail docking: hännäntypistä*, hännän typistä*, korvien typistä*, korvantypistä*, typistetyt hännät, typistettyjen häntien, typistetty häntä
declawing: kynsien poisto*, kynsienpoisto*, kynsien poistami*
sow stalls: porsitushäk*, emakkohäk*, tiineyshäk*, emakkojen häkit, emakoiden häkit, emakkojen häkkikasvatu*
chick culling: kukkotipu*, urostipu*, tipujen tappami*, tipujen lopettami*, untuvikkojen tappami*, tipujen silppuami*, tipujen jauhami*
live poultry markets: elävän siipikarjan tor*, elävän siipikarjan kaup*, elävän siipikarjan myyn*, elävien lintujen tor*, elävien lintujen myyn*, elävien eläinten tor*, märkätor*
big cats: isot kissaeläimet, isojen kissaeläinten, isoja kissaeläimiä, suurkissa*, suurkissoj*, tiikerit lemmikkeinä, leijonat lemmikkeinä, lemmikkitiikeri*
badger culling: mäyrien tappami*, mäyrien lopettami*, mäyrien metsästy*, mäyränmetsästy*, mäyräjah*
bull running: härkäjuoksu*, härkien juoksu*, juoksu härkien kanssa, encierro*, San Fermín*, San Fermin*
animal sacrifice: eläinuhr*, eläinten uhraami*, eläinten uhraus*, uhrieläim*
wildlife feeding: villieläinten ruokin*, villieläinten ruokkimi*, luonnonvaraisten eläinten ruokin*, luonnonvaraisten eläinten ruokkimi*, sorsien ruokin*, lokkien ruokin*, peurojen ruokin*, villisikojen ruokin*
exotic skins: eksoottiset nahat, eksoottisten nahkojen, eksoottisia nahkoja, eksoottinen nahka, krokotiilinnahk*, käärmeennahk*, pytoninnahk*
spitting: sylkemi*, syljeskely*, sylkeä kadulle, sylkeä julkisella paikalla
littering: roskaami*, roskaantumi*, roskien heittely*, roskien heittämi*, roskien jättämi*, jätteiden luvaton dumppaus, luvaton kaatopaik*
jaywalking: päin punaisia käveleminen, päin punaisia kävely*, kulkeminen päin punaisia, kävelee päin punaisia, kävellä päin punaisia, ylittää tien päin punaisia, tien ylittäminen päin punaisia, jalankulkijat päin punaisia
loitering: maleksi*, hengailu*, notkumi*, kaduilla notku*, oleskelukiel*
skateboarding: rullalaut*, rullalaud*, skeittau*, skeittaaj*, skeittilau*, rullaluistel*, rullaluistim*
public nudity: julkinen alastomuus, julkisen alastomuuden, nudismi*, nudist*, naturismi*, naturisti*, nudistiranta*
swimwear in the street: uima-asussa kaupungilla, uima-asuissa kaupungilla, uimapuvussa kadulla, bikineissä kaupungilla, uima-asu kaupungilla, paidattomana kaupungilla, ilman paitaa kaupungilla, paidattomat miehet
eating in the street: syöminen kadulla, kadulla syöminen, syöminen julkisilla paikoilla, syöminen kävellessä, kävellessä syöminen, syöminen portailla, portailla syöminen
graffiti: graffiti*, töhry*, töhrimi*, töhrij*, spraymaali*
honking: tööttäily*, tööttäämi*, äänimerkin käyttö*, äänimerkkien käyttö*, autojen äänitorv*, äänitorv*
dancing: tanssimi*, tanssit, tanssitapahtum*, tanssijuhl*, tanssiais*
entering forests: metsään menemi*, metsiin menemi*, metsässä liikkumi*, metsissä liikkumi*, pääsy metsään, pääsy metsiin, metsäalueille pääsy, metsäalueilla liikkumi*
Halloween: halloween*, karkki vai kepponen, kepponen vai karkki
Valentine's Day: ystävänpäivä*, Valentinin päivä, pyhän Valentinin päivä, valentininpäivä*
beauty pageants: kauneuskilpailu*, kauneuskisa*, missikisa*, missikilpailu*, missivaali*
pub crawls: pubirundi*, baarikierro*, kapakkakierro*, pub crawl*, bar crawl*
Quran burning: Koraanin poltto*, Koraanin polttami*, koraaninpolt*, poltti Koraanin, polttivat Koraanin, Koraanin häpäisy*, Koraanin kappaleen polt*, pyhien kirjojen häpäisy*
flag burning: lipun poltto*, lipun polttami*, lippujen poltto*, lippujen polttami*, lipunpolt*, lipun häpäisy*, poltti lipun, polttivat lipun
Holocaust denial: holokaustin kieltämi*, holokaustin kiistämi*, holokaustin kieltäj*, holokaustin kiistäj*, kansanmurhan kieltämi*, kansanmurhan kiistämi*, holokaustirevisionismi*
Z symbol: Z-symboli*, Z-merkki*, Z-merki*, Z-kirjain*, Z-tunnus*, sotaa tukeva Z
sex shops: seksikaup*, sex shop*, aikuisviihdeliik*, aikuisviihdekaup*, seksileluliik*
strip clubs: strippiklubi*, strippibaari*, striptease-klubi*, striptease-baari*, sylitanssi*, lap dance*
massage parlours: hierontalaito*, hierontapaik*, hierontasalon*, hierontaliik*, eroottinen hieronta, eroottisen hieronnan, thaihieronta*
beauty salons: kauneushoitola*, kauneussalon*, kauneussalong*, kauneusklinik*
minimarkets: minimarket*, lähikaup*, kioski*, yökioski*, kulmakaup*, 24h-kaup*, ympäri vuorokauden avoinna olevat kaupat
vape shops: vape-kaup*, vapekaup*, vape-liik*, vapeliik*, sähkösavukekaup*, sähkösavukeliik*
cannabis shops: coffeeshop*
drive-throughs: drive-in*, drive-thru*, drive-through*, drive in*, autokaista*
dark stores: pimeä kauppa, pimeät kaupat, pimeiden kauppojen, dark store*, varjokeittiö*, haamukeittiö*, dark kitchen*, ghost kitchen*
prescription drug advertising: reseptilääkkeiden mainon*, reseptilääkkeiden mainost*, reseptilääkemaino*, lääkemaino*, lääkkeiden mainon*, lääkkeiden mainost*, lääkemarkkinoin*
advertising to children: lapsiin kohdistuva mainonta, lapsiin kohdistuvan mainonnan, lapsiin kohdistuvaa mainontaa, lapsille suunnattu mainonta, lapsille suunnatun mainonnan, lapsille suunnattua mainontaa, lapsille markkinoin*, lastenohjelmien mainon*
junk mail: suoramainon*, suoramainos*, mainospost*, ilmaisjakelu*, mainoslehtis*, paperimaino*, osoitteeton mainon*
digital billboards: digitaaliset mainostaulut, digitaalisten mainostaulujen, digitaalisia mainostauluja, digitaalinen mainostaulu, mainosnäyt*, LED-mainostaulu*, sähköiset mainostaulut
carbon-neutral claims: viherpesu*, greenwashing*, hiilineutraaliusväitt*, ilmastoneutraaliusväitt*, ympäristöväitt*, vihreät väitteet, vihreiden väitteiden
CFDs: CFD, CFD-sopimu*, CFD-tuott*, CFD-kaup*, hinnanerosopimu*, spread betting
prediction markets: ennustemarkkin*, vedonlyönti vaaleista, vaalivedonlyön*, vaaleihin lyötävät vedot, tapahtumasopimu*
fantasy sports: fantasiaurheilu*, fantasy-urheilu*, fantasy-liig*, fantasialiig*, fantasy football, oikealla rahalla pelattavat pelit
share buybacks: osakkeiden takaisinost*, omien osakkeiden hankin*, omien osakkeiden takaisinost*, takaisinosto-ohjelm*, osaketakaisinost*, omien osakkeiden osto*
golden passports: kultaiset passit, kultaisten passien, kultainen passi, kultapassi*, kansalaisuus sijoituksia vastaan, sijoittajakansalaisuu*, kansalaisuuden myyn*, passien myyn*
golden visas: kultaiset viisumit, kultaisten viisumien, kultainen viisumi, kultaviisumi*, sijoittajaviisumi*, oleskelulupa sijoitusta vastaan, sijoittajien oleskeluluv*, golden visa*
ransom payments: lunnai*, lunnasmaksu*, lunnasraha*
stock trading by lawmakers: kongressiedustajien osakekaup*, kongressin jäsenten osakekaup*, poliitikkojen osakekaup*, kansanedustajien osakekaup*, lainsäätäjien osakekaup*, kongressiedustajien osakkeiden kaup*
CBDCs: keskuspankkien digitaaliset valuutat, keskuspankkien digitaalisten valuuttojen, keskuspankkivaluut*, digitaalinen euro, digitaalisen euron, digieuro*, digitaalinen dollari, CBDC*
pirate sites: piraattisivusto*, piraattipalvelu*, laiton striimau*, laittomat suoratoistopalvelut, laittomien suoratoistopalvelujen, piratismi*, laiton IPTV, torrent-sivusto*
loan apps: lainasovellu*, mobiililainasovellu*, digitaaliset lainapalvelut, verkkolainapalvelu*
AI companions: tekoälykumppan*, tekoälytyttöystävä*, tekoälypoikaystävä*, tekoälyystävä*, tekoälyseuralai*, virtuaalikumppan*, virtuaaliset kumppanit, seuralaissovellu*
addictive feeds: koukuttavat syötteet, koukuttavien syötteiden, algoritmiset syötteet, loputon selaus, loputtoman selauksen, loputon vieritys, suosittelualgoritm*, koukuttava suunnittelu
suppressors: aseen äänenvaimenti*, aseen äänenvaimennin, aseiden äänenvaimenti*, ampuma-aseen äänenvaimenti*, ampuma-aseiden äänenvaimenti*, vaimennettu ase, vaimentimella varustettu ase*
knuckle-dusters: nyrkkirau*, rystyrauta*
flick knives: stiletti*, stiletit, perhosveits*, jousiveits*, automaattiveits*, balisong*
machine guns: konekivääri*, konepistoo*, automaattiase*, täysautomaattiset aseet, täysautomaattisten aseiden, sarjatuliase*
blank guns: starttipistooli*, hälytyspistooli*, kaasupistooli*, merkinantopistooli*, paukkupistooli*, paukkupatruuna-ase*
autonomous weapons: autonomiset aseet, autonomisten aseiden, autonomisia aseita, autonomiset asejärjestelmät, autonomisten asejärjestelmien, tappajarobot*, tappavat autonomiset aseet, tekoälyase*
chokeholds: kuristusot*, niskaotte*, niskaote, kaulaotte*, kaulaote
death penalty: kuolemanrangaistu*, kuolemantuomio*, teloitu*, teloitet*, teloitti*
virginity tests: neitsyystesti*, neitsyystarkastu*, neitsyyden tarkastami*, neitsyyskokee*, immenkalvon korjaus*, immenkalvon rekonstruktio*, neitsyystodistu*, kahden sormen testi
IVF: IVF, IVF-hoit*, IVF-hoid*, koeputkihedelmöity*, keinohedelmöity*, hedelmöityshoit*, hedelmöityshoid*, avusteinen lisääntymi*
circumcision: poikien ympärileik*, miesten ympärileik*, poikalasten ympärileik*, uskonnollinen ympärileikkaus, uskonnollisen ympärileikkauksen, ei-lääketieteellinen ympärileikkaus, ei-lääketieteellisen ympärileikkauksen, brit mila
girls' education: tyttöjen koulutu*, tyttöjen koulunkäyn*, tyttöjen opiskelu*, naisten koulutu*, naisten opiskelu*, tyttöjen koulut, tyttökoulu*, naisten yliopisto-opiskelu*
transgender athletes: transurheilij*, transsukupuoliset urheilijat, transsukupuolisten urheilijoiden, transsukupuolisia urheilijoita, transnaiset urheilussa, transnaisten osallistumi*, transnaisurheilij*, transihmiset urheilussa
mask mandates: maskipak*, maskivelvoit*, kasvomaskipak*, maskien käyttöpak*, pakolliset maskit, maskien pakollinen käyttö, maskisuositu*
geoengineering: geoengineering*, ilmastonmuokkau*, ilmastomanipulaati*, pilvien kylvämi*, pilvikylvö*, sään muokkaami*, säänmuokkau*, chemtrail*
butterfly bushes: kiinansyreeni*, buddleja*, perhospensa*
knotweed: japanintatar*, jättitatar*, sahalinintatar*, Fallopia japonica, Reynoutria japonica
eucalyptus plantations: eukalyptu*, eucalyptus*
gold: kullan vien*, kullanvien*, kullan tuon*, kullantuon*, venäläinen kulta, venäläisen kullan, kultaharko*, raakakulta*
iron ore: rautamalmi*, rautapelleti*
raw cashew nuts: cashew*, raakacashew*
shea nuts: sheapähki*, shea-pähki*, karitepähki*
cotton: puuvillan vien*, puuvillanvien*, puuvillan tuon*, Xinjiangin puuvilla*, Xinjiangista peräisin oleva puuvilla, puuvillatuot*, puuvillalanka*
avocados: avokado*, avocado*
motor fuel: polttoaineen vien*, polttoaineiden vien*, bensiinin vien*, dieselin vien*, venäläinen diesel, venäläisen dieselin, polttoaineen tuon*, moottoripolttoain*
hazardous waste: vaarallinen jäte, vaarallisen jätteen, vaarallisia jätteitä, vaarallisten jätteiden, ongelmajät*, myrkylliset jätteet, jätteiden tuon*, jätteiden vien*
# 0.28.0: more categories
bidis: bidi, bidit, bidejä, bidien
kreteks: kretek, kretekit, kretekejä
single cigarettes: yksittäiset savukkeet, yksittäisiä savukkeita, yksittäisten savukkeiden
synthetic nicotine: synteettinen nikotiini, synteettistä nikotiinia, synteettisen nikotiinin
absinthe: absintti, absinttia, absintin
kava: kava, kavajuoma
powdered alcohol: jauhealkoholi, jauhemainen alkoholi, jauhemaista alkoholia
alcohol deliveries: alkoholin kotiinkuljetus, alkoholin kotiinkuljetukset, alkoholin etämyynti
heroin: heroiini, heroiinia, heroiinin
amphetamines: amfetamiini, amfetamiinia, amfetamiinin
pregabalin: pregabaliini, pregabaliinia, gabapentiini
benzodiazepines: bentsodiatsepiinit, bentsodiatsepiineja, bentsodiatsepiinien, alpratsolaami
pseudoephedrine: pseudoefedriini, pseudoefedriinia, pseudoefedriinin
ethylene oxide: etyleenioksidi, etyleenioksidia, etyleenioksidin
dicamba: dikamba, dicamba
ammonium nitrate: ammoniumnitraatti, ammoniumnitraattia, ammoniumnitraatin
PCBs: PCB, PCB-yhdisteet, polyklooratut bifenyylit
parabens: parabeenit, parabeeneja, parabeenien
triclosan: triklosaani, triklosaania
methyl bromide: metyylibromidi, metyylibromidia
caviar: kaviaari, kaviaaria, kaviaarin
whale meat: valaanliha, valaanlihaa, valaanlihan
peanuts: maapähkinät, maapähkinöitä, maapähkinä
factory farming: tehotuotanto, tehotuotannon, tehotuotantoa, tehomaatalous
sewage sludge: puhdistamoliete, puhdistamolietteen, puhdistamolietettä, jätevesiliete
manure spreading: lannanlevitys, lannan levitys, lietelanta, lietelannan
piglet castration: porsaiden kastrointi, porsaiden kastraatio
mulesing: mulesing
hare coursing: jäniksenajo, jänisten ajo koirilla
bird hunting: lintujen metsästys, lintujen pyynti, lintujahti
blast fishing: räjähdekalastus, räjähteillä kalastaminen
pulse fishing: pulssikalastus, sähkökalastus
gillnets: verkkokalastus, seisovat verkot, verkkopyynti
coral harvesting: korallien keruu, korallien kerääminen, korallikauppa
foraging: sienestys, sienestystä, sienten poiminta, marjastus
stray dog culling: kulkukoirien lopettaminen, katukoirien lopettaminen
spearfishing: vedenalainen kalastus, harppuunakalastus, harppuunat
flammable cladding: palava julkisivuverhous, palavat julkisivuverhoukset, syttyvät julkisivumateriaalit
skyscrapers: pilvenpiirtäjät, pilvenpiirtäjiä, tornitalot, tornitaloja
dams: padot, patoja, patohankkeet, patojen rakentaminen
biofuels: biopolttoaineet, biopolttoaineita, biopolttoaineiden, biodiesel
landfilling: kaatopaikat, kaatopaikoille, kaatopaikkasijoitus, kaatopaikkojen
waste incineration: jätteenpoltto, jätteenpolttolaitokset, jätteenpolton
destruction of unsold goods: myymättömien tuotteiden tuhoaminen, myymättömien vaatteiden tuhoaminen
radar detectors: tutkanpaljastimet, tutkanpaljastin, tutkanpaljastimia
pavement parking: jalkakäytävälle pysäköinti, pysäköinti jalkakäytävälle
tinted windows: tummennetut ikkunat, tummennettujen ikkunoiden, ikkunakalvot
shared bikes: kaupunkipyörät, kaupunkipyöriä, vuokrapyörät
hotel toiletries: minishampoopullot, hotellien kertakäyttöiset hygieniatuotteet
signal jammers: häirintälaitteet, häirintälaitteita, häirintälähettimet, häirintälähettimiä
satellite phones: satelliittipuhelimet, satelliittipuhelimia, satelliittipuhelin
hidden cameras: piilokamerat, piilokameroita, vakoilukamerat
pagers: hakulaitteet, hakulaitteita, piipparit
walkie-talkies: radiopuhelimet, radiopuhelimia, radiopuhelin, radiopuhelinten
headphones: kuulokkeet, kuulokkeita, nappikuulokkeet
short-video apps: lyhytvideosovellukset, lyhytvideopalvelut
online pharmacies: verkkoapteekit, verkkoapteekkeja, lääkkeiden verkkomyynti
emotion recognition: tunteiden tunnistus, tunteiden tunnistaminen
tracking cookies: seurantaevästeet, kolmannen osapuolen evästeet, evästeet
cross-border data transfers: tietojen siirto kolmansiin maihin, henkilötietojen siirto
internet cafés: nettikahvilat, nettikahviloita, internetkahvilat
ICOs: ICO-annit, ICO, kolikkoannit
peer-to-peer lending: vertaislainat, vertaislainaus, vertaislainoja
social scoring: sosiaalinen pisteytys, sosiaalisen luoton järjestelmä
narcocorridos: narcocorridot, narcocorridos
twerking: twerkkaus, twerkkaaminen, twerking
belly dancing: vatsatanssi, vatsatanssia, vatsatanssin
reality shows: tosi-tv, tosi-tv-ohjelmat, tositelevisio, realityohjelmat
horror films: kauhuelokuvat, kauhuelokuvia, kauhuelokuvien
caricatures: pilapiirrokset, pilapiirroksia, karikatyyrit
foreign words: anglismit, vierasperäiset sanat, englanninkieliset sanat
minarets: minareetit, minareetteja, minareettien
opinion polls: mielipidemittaukset, gallupit, vaaligallupit, ovensuukyselyt
child influencers: lapsivaikuttajat, lapsitubettajat
hoodies: hupparit, huppareita, huppupaidat
jeans: farkut, farkkuja, farkkujen
camouflage clothing: maastokuvioinen vaatetus, maastovaatteet, maastopuvut
beards: parrat, partoja, parta
high heels: korkokengät, korkokenkiä, korkokenkien
public urination: julkinen virtsaaminen, virtsaaminen julkisella paikalla
fortune telling: ennustaminen, ennustajat, povaaminen
witchcraft: noituus, noituutta, musta magia
hitchhiking: liftaus, liftaaminen, liftarit
door-to-door sales: ovelta ovelle -myynti, ovimyynti, kotiovimyynti
public displays of affection: julkinen suuteleminen, suuteleminen julkisesti, julkinen hellyydenosoitus
cross-dressing: ristiinpukeutuminen, ristiinpukeutumista
homework: kotitehtävät, kotitehtäviä, läksyt, läksyjä
dowry: myötäjäiset, myötäjäisten, morsiusraha
organ sales: elinkauppa, elinkaupan, elinten myynti
human cloning: ihmisen kloonaus, kloonaus, kloonaaminen
gene editing: geenieditointi, genomin muokkaus, geenisakset
blasphemy: jumalanpilkka, jumalanpilkkaa, uskonrauhan rikkominen
hate speech: vihapuhe, vihapuhetta, vihapuheen, kiihottaminen kansanryhmää vastaan
disinformation: disinformaatio, disinformaatiota, valeuutiset, misinformaatio
prenatal sex determination: sikiön sukupuolen määrittäminen, sukupuolivalikoiva abortti
international adoption: kansainvälinen adoptio, kansainväliset adoptiot, ulkomaiset adoptiot
pyramid schemes: pyramidihuijaukset, pyramidihuijauksia, pyramidipelit
multi-level marketing: monitasomarkkinointi, verkostomarkkinointi
layoffs: irtisanomiset, irtisanomisia, irtisanomisten
rent increases: vuokrankorotukset, vuokrankorotuksia, vuokrankorotus
zero-hours contracts: nollatuntisopimukset, nollatuntisopimuksia, nollasopimukset
body armour: luotiliivit, luotiliivejä, suojaliivit
grenades: käsikranaatit, käsikranaatteja, kranaatit
martial arts weapons: nunchakut, heittotähdet
slingshots: ritsat, ritsoja, ritsa
depleted uranium munitions: köyhdytetty uraani, köyhdytetyn uraanin ammukset
biological weapons: biologiset aseet, biologisia aseita, biologisten aseiden
hollow-point bullets: laajenevat luodit, dumdum-luodit, onttokärkiset luodit
mercenaries: palkkasoturit, palkkasotureita, palkkasotilaat, yksityiset sotilasyhtiöt
nuclear tests: ydinkokeet, ydinkokeita, ydinkokeiden
cooking oil: ruokaöljy, ruokaöljyn, kasviöljy, kasviöljyt
flour: jauhot, jauhoja, jauhojen
potash: kaliumlannoitteet, kalisuola, potaska
urea: urea, ureaa, urealannoite
rosewood: ruusupuu, palisanteri
fodder: rehu, rehut, rehua, rehun
electricity exports: sähkön vienti, sähkönvienti
medical masks: kirurgiset maskit, hengityssuojaimet, suu-nenäsuojukset
forced labour goods: pakkotyöllä valmistetut tuotteet, pakkotyötuotteet
foreign investment: ulkomaiset investoinnit, ulkomaisia investointeja, ulkomaiset sijoitukset
foreign land ownership: maan myynti ulkomaalaisille, maanomistus ulkomaalaisille
high-denomination banknotes: suuret setelit, suurten setelien, 500 euron setelit
bankers' bonuses: pankkiirien bonukset, johdon bonukset, pankkibonukset
chess: shakki, shakkia, shakin
boxing: nyrkkeily, nyrkkeilyä, nyrkkeilyn
martial arts: kamppailulajit, kamppailulajeja, potkunyrkkeily, kamppailuurheilu
mixed martial arts: vapaaottelu, vapaaottelua, MMA
wrestling: paini, painia, painin
yoga: jooga, joogaa, joogan
ball games: pallopelit, pallopelejä, pallon potkiminen
horse racing: ravit, hevoskilpailut, raviurheilu, laukkakilpailut
motorsport: moottoriurheilu, moottoriurheilua, autourheilu
bungee jumping: benjihyppy, benjihypyt, benjihyppyä
rock climbing: kiipeily, kiipeilyä, kalliokiipeily, vuorikiipeily
karaoke: karaoke, karaokea
poker: pokeri, pokeria, pokerin
mahjong: mahjong
playing cards: pelikortit, pelikortteja, korttipelit, korttipelejä
water pistols: vesipyssyt, vesipyssyjä, vesipistoolit
gyms: kuntosalit, kuntosaleja, kuntokeskukset
fidget spinners: fidget spinnerit, fidget spinner
sledding: pulkkailu, pulkkamäki, mäenlasku
paintball: paintball, värikuulapeli, airsoft
`);
