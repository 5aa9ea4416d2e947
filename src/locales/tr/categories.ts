// Categories of banned things (src/gazetteer/categories.ts): canonical name -> Turkish forms.
// Turkish joins case and possessive suffixes to the noun ("sigaraların", "satışını"): forms
// end in a stem ("sigara*") or list the bare noun, which the phrase trie reads at word start.
// A stem must not open an unrelated word: "bira*" would take "biraz", "silah*" "silahlı
// kuvvetler", "aşı*" "aşırı", "soya*" "soyadı", "peçe*" "peçete", "dizi*" "bir dizi önlem";
// such nouns list their inflected forms instead. Final p/ç/t/k soften before a vowel
// ("kitap" -> "kitabı", "bıçak" -> "bıçağı", "evlilik" -> "evliliği"): both stems are listed.
// "et" (meat) opens "etki", "etmek", "etiket": it is never a stem. JavaScript folds "İ" to
// "i̇" and "I" to "i": forms starting with "i" or "ı" also get their capital (sentence start).
import { categoryTable } from "../../gazetteer/categories.js";

const table = categoryTable(`
# tobacco and nicotine
tobacco: tütün*, tütün ürünleri*
cigarettes: sigara, sigaralar*, sigaranın, sigarayı, sigaraya, sigarada, sigarayla, sigara satış*, paket sigara*
e-cigarettes: elektronik sigara*, e-sigara*, e sigara*, vape*, buharlı sigara*
disposable vapes: tek kullanımlık elektronik sigara*, tek kullanımlık e-sigara*, kullan at elektronik sigara*, kullan-at elektronik sigara*, kullan at e-sigara*, kullan-at e-sigara*, tek kullanımlık vape*
e-liquids: e-likit*, elektronik sigara likit*, e-sigara likit*, elektronik sigara sıvı*, e-sigara sıvı*, elektronik sigara kartuş*
flavoured e-cigarettes: aromalı elektronik sigara*, aromalı e-sigara*, aromalı vape*, elektronik sigara aroma*, e-sigara aroma*
menthol cigarettes: mentollü sigara*, mentol aromalı sigara*, mentollü tütün*
flavoured tobacco: aromalı tütün*, meyveli tütün*, meyve aromalı tütün*
flavoured cigarettes: aromalı sigara*, meyve aromalı sigara*, karakteristik aromalı sigara*
nicotine pouches: nikotin poşet*, nikotin kese*, nikotin torba*, beyaz snus*
heated tobacco products: ısıtılmış tütün*, ısıtılan tütün*, yakmadan ısıtılan tütün*, tütün ısıtma cihaz*
cigars: puro, purolar*, puroyu, puronun, puroya, sigarillo*
snus: snus*
shisha: nargile*, su çubuğu*
chewing tobacco: çiğneme tütün*, çiğnenebilir tütün*, çiğnenen tütün*, dumansız tütün*, maraş otu, maraş otunu, maraş otunun, maraş otuna
rolling tobacco: sarma tütün*, sarmalık tütün*, açık tütün*, kıyılmış tütün*
smoking: sigara içme*, sigara içil*, sigara kullanım*, tütün kullanım*
tobacco advertising: tütün reklam*, sigara reklam*, tütün ürünleri reklam*, tütün ürünlerinin reklam*, tütün sponsorluğ*
# alcohol and drinks
alcohol: alkol, alkolü, alkolün, alkole, alkolde, alkolden, alkolle, alkollü içki*, alkollü içecek*, içki, içkiler*, içkiyi, içkinin, içkiye, içki satış*, alkol satış*, alkol tüketim*, alkol servis*
beer: bira, biralar*, birayı, biranın, biraya, birada, birayla, bira satış*
alcohol advertising: alkol reklam*, alkollü içki reklam*, alkollü içecek reklam*, içki reklam*
energy drinks: enerji içecek*, enerji içeceğ*, enerji içkisi*, enerji içkileri*
sugary drinks: şekerli içecek*, şekerli içeceğ*, gazlı içecek*, gazlı içeceğ*, asitli içecek*, asitli içeceğ*, şeker ilaveli içecek*, meşrubat*, gazoz*
# drugs and substances
cannabis: esrar, esrarı, esrarın, esrara, esrarla, kenevir*, marihuana*, kannabis*
kratom: kratom*
khat: kat otu, kat otunu, kat otunun, kat bitkisi*, khat
magic mushrooms: sihirli mantar*, halüsinojen mantar*, halüsinojenik mantar*, psikedelik mantar*, psilosibin*, psilocybin*
nitrous oxide: diazot monoksit*, nitröz oksit*, azot protoksit*, gülme gazı*, güldürücü gaz*
synthetic cannabinoids: sentetik kannabinoid*, sentetik esrar*, sentetik kenevir*, sentetik marihuana*, bonzai*
CBD: CBD, CBD yağı*, CBD ürün*, kannabidiol*
hemp flowers: kenevir çiçeğ*, kenevir çiçek*, CBD çiçeğ*, CBD çiçek*
HHC: HHC, heksahidrokannabinol*
poppers: popper*, amil nitrit*
# food, farming and animals
foie gras: kaz ciğeri*, foie gras, fua gra
fur: kürk*, hayvan kürk*
fur farming: kürk çiftlik*, kürk hayvancılığ*, kürk üretim*, kürk için hayvan yetiştir*, kürk hayvanı yetiştir*
mink farming: vizon çiftlik*, vizon yetiştir*, vizon üretim*
glyphosate: glifosat*, glyphosate*, Roundup
pesticides: pestisit*, tarım ilacı*, tarım ilaçlar*, zirai ilaç*, zirai ilacı*, böcek ilacı*, böcek ilaçlar*, herbisit*, insektisit*, ot öldürücü*
neonicotinoids: neonikotinoid*
GMOs: GDO*, genetiği değiştirilmiş*, transgenik*
palm oil: palm yağ*, hurma yağı*
trans fats: trans yağ*
lab-grown meat: laboratuvar eti*, laboratuvarda üretilen et, laboratuvarda üretilmiş et, laboratuvarda yetiştirilen et, yapay et, yapay eti, yapay etin, yapay etler*, kültür eti*, kültürlenmiş et, sentetik et, sentetik eti, sentetik etler*, hücre bazlı et
junk food advertising: abur cubur reklam*, sağlıksız gıda reklam*, sağlıksız yiyecek reklam*, yüksek şekerli gıda reklam*
raw milk: çiğ süt*, pastörize edilmemiş süt*
food dyes: gıda boya*, gıda renklendirici*, yapay renklendirici*, yapay gıda boya*, renklendiriciler*
titanium dioxide: titanyum dioksit*, E171, E 171
shark fins: köpek balığı yüzgeç*, köpekbalığı yüzgeç*
dog meat: köpek eti*, köpek etleri*
cat meat: kedi eti*, kedi etleri*
# "fildişi" alone also opens "Fildişi Sahili" (Ivory Coast)
rhino horn: gergedan boynuz*
ivory: fildişi ticaret*, fildişi satış*, fildişi ürün*, fildişi ithalat*, fildişi ihracat*, fildişinin, fildişini, fildişine, fil dişi*
circus animals: sirk hayvan*, sirklerde vahşi hayvan*, sirklerde hayvan*, hayvanlı sirk*
trophy hunting: trofe avı*, trofe avcılı*, trofe avla*, kupa avcılığ*, av trofe*
bullfighting: boğa güreş*, boğa dövüş*, korrida*
live animal exports: canlı hayvan ihracat*, canlı hayvan ihraç*, canlı koyun ihracat*, canlı sığır ihracat*, canlı büyükbaş ihracat*
battery cages: pil kafes*, pil tipi kafes*, kafes tavukçuluğ*, kafeste tavuk*, kafes sistemi*
bottom trawling: dip trol*, trol avı*, trol avcılı*, trol avla*
whaling: balina avı*, balina avcılı*, balina avla*
animal testing: hayvan deney*, hayvanlar üzerinde deney*, hayvanlar üzerinde yapılan deney*, hayvanlar üzerinde test*, hayvan test*
chewing gum: sakız, sakızlar*, sakızı, sakızın, sakıza, çiğneme sakızı*, çiklet*
exotic pets: egzotik hayvan*, egzotik evcil hayvan*, vahşi hayvanların evcil hayvan*
grain: tahıl*, hububat*
rice: pirinç, pirinci, pirincin, pirince, pirinç ihracat*, pirinç ithalat*, çeltik*
wheat: buğday*
onions: soğan*
tomatoes: domates*
potatoes: patates*
beef: sığır eti*, sığır etleri*, dana eti*, dana etleri*
poultry: kümes hayvanı eti*, kümes hayvan*, tavuk eti*, piliç eti*, beyaz et, beyaz eti, kanatlı eti*, kanatlı ürün*, kanatlı hayvan*, tavuk ithalat*, tavuk ihracat*
pork: domuz eti*, domuz etleri*, domuz ürün*
sugar: şeker ihracat*, şeker ithalat*, toz şeker*, kristal şeker*, şeker satış*
eggs: yumurta*
maize: dane mısır*, mısır ithalat*, mısır ihracat*, mısır tohum*
fertilisers: gübre*
sunflower oil: ayçiçek yağ*, ayçiçeği yağ*
# plastics, energy, environment and transport
single-use plastics: tek kullanımlık plastik*, kullan at plastik*, kullan-at plastik*
plastic bags: plastik poşet*, naylon poşet*, plastik torba*, naylon torba*, alışveriş poşet*
plastic straws: plastik pipet*, pipet, pipetler*
plastic cutlery: plastik çatal*, plastik bıçak*, plastik bıçağ*, plastik kaşık*, plastik kaşığ*, tek kullanımlık çatal*
plastic plates: plastik tabak*, plastik tabağ*, tek kullanımlık tabak*, tek kullanımlık tabağ*
plastic stirrers: plastik karıştırıcı*, içecek karıştırıcı*, karıştırma çubuğ*, karıştırma çubuk*
plastic cotton buds: kulak çubuğ*, kulak çubuk*, kulak temizleme çubuğ*, pamuklu çubuk*, pamuklu çubuğ*, plastik kulak çubuğ*
plastic balloon sticks: balon çubuğ*, balon çubuk*, plastik balon çubuğ*, plastik balon çubuk*
plastic cups: plastik bardak*, plastik bardağ*, tek kullanımlık bardak*, tek kullanımlık bardağ*, karton bardak*, karton bardağ*
plastic bottles: plastik şişe*, pet şişe*
glass bottles: cam şişe*, cam kap*
plastic packaging: plastik ambalaj*, plastik paketleme*
expanded polystyrene food containers: strafor*, polistiren*, köpük kap, köpük kaplar*, köpük tabak*
microbeads: mikroboncuk*, mikro boncuk*, plastik mikro boncuk*, mikroplastik boncuk*
oxo-degradable plastics: okso-bozunur plastik*, okso-biyobozunur plastik*, oksobiyobozunur plastik*
oxo-degradable plastic bags: okso-bozunur poşet*, okso-biyobozunur poşet*, oksobiyobozunur poşet*, okso-bozunur plastik poşet*, okso-biyobozunur plastik poşet*
wet wipes: ıslak mendil*
sky lanterns: dilek fener*, uçan fener*, gökyüzü fener*, Çin fener*
coal: kömür*
combustion engine cars: içten yanmalı motor*, içten yanmalı araç*, benzinli araç*, benzinli otomobil*, benzinli ve dizel*, fosil yakıtlı araç*
diesel cars: dizel araç*, dizel otomobil*, dizel araba*, dizel motorlu araç*
gas boilers: kombi, kombiler*, doğalgaz kombi*, doğal gaz kombi*, doğalgazlı kombi*, doğal gazlı kombi*, gazlı kombi*, gaz kazanı*, gaz kazanları*, doğalgazlı kazan*
oil boilers: fuel oil kazan*, fuel-oil kazan*, mazotlu kalorifer*, mazotlu kazan*, petrol yakıtlı ısıtma*
incandescent light bulbs: akkor ampul*, akkor flamanlı ampul*, akkor lamba*, flamanlı ampul*, halojen ampul*, halojen lamba*, floresan lamba*
patio heaters: teras ısıtıcı*, dış mekan ısıtıcı*, açık hava ısıtıcı*, mantar ısıtıcı*
leaf blowers: yaprak üfleyici*, yaprak üfleme makine*
wood stoves: odun soba*, odunlu soba*, şömine*
PFAS: PFAS, PFOA, PFOS, sonsuz kimyasal*
asbestos: asbest*, amyant*
fracking: hidrolik kırma*, hidrolik çatlatma*, kaya gazı*, şeyl gazı*, fracking
deep-sea mining: derin deniz madencili*, deniz tabanı madencili*
aircraft: uçak*, hava araçlar*
private jets: özel jet*, özel uçak*
short-haul flights: kısa mesafeli uçuş*, kısa mesafe uçuş*, iç hat uçuş*, yurt içi uçuş*
cruise ships: kruvaziyer*
SUVs: SUV
e-scooters: elektrikli scooter*, e-scooter*, elektrikli skuter*, scooter*, paylaşımlı scooter*
fossil fuel advertising: fosil yakıt reklam*
# devices, telecoms and online services
mobile phones: cep telefon*, akıllı telefon*, telefon, telefonlar*, telefonu, telefonların, mobil telefon*
smartwatches: akıllı saat*
laptops: dizüstü*, laptop*
power banks: taşınabilir şarj*, powerbank*, power bank*, harici batarya*
social media: sosyal medya*, sosyal ağ*, sosyal paylaşım*
messaging apps: mesajlaşma uygulama*, mesajlaşma platform*, mesajlaşma servis*, anlık mesajlaşma*, sohbet uygulama*
video games: video oyun*, bilgisayar oyun*, dijital oyun*
online games: çevrimiçi oyun*, online oyun*, internet oyun*
online gambling: yasa dışı bahis*, yasadışı bahis*, kaçak bahis*, illegal bahis*, online bahis*, sanal bahis*, internet bahis*, çevrimiçi kumar*, online kumar*, internet kumar*, sanal kumar*, online casino*, bahis site*, kumar site*
# "bahis" alone is also "subject" ("bahis konusu"): only its plural and compounds
gambling: kumar*, şans oyun*, gazino*, casino*, bahisler*, bahis oyun*, bahis oynama*, bahis şirket*
sports betting: spor bahis*, spor bahsi*, iddaa*, futbol bahis*
gambling advertising: kumar reklam*, bahis reklam*, bahis sitesi reklam*, bahis siteleri reklam*, yasa dışı bahis reklam*
slot machines: slot makine*, slot makina*, kumar makine*, kumar makina*
loot boxes: ganimet kutu*, loot box*
cryptocurrencies: kripto, kripto para*, kripto varlık*, bitcoin*, dijital para*, sanal para*
crypto mining: kripto madencili*, kripto para madencili*, bitcoin madencili*, kripto para üretim*
crypto exchanges: kripto borsa*, kripto para borsa*, kripto varlık borsa*, kripto para platform*, kripto platform*, kripto varlık platform*
VPNs: VPN*, sanal özel ağ*
AI chatbots: sohbet robot*, sohbet botu*, sohbet botları*, chatbot*, yapay zeka sohbet*, yapay zekâ sohbet*, yapay zeka uygulama*, yapay zekâ uygulama*, üretken yapay zeka*, üretken yapay zekâ*, yapay zeka araç*, yapay zekâ araç*, yapay zeka model*, yapay zekâ model*
facial recognition: yüz tanıma*
deepfakes: deepfake*, derin sahte*, çıplaklaştırma uygulama*
spyware: casus yazılım*, casusluk yazılım*
drones: dron*, drone*, insansız hava araç*, İHA
telecom equipment: telekomünikasyon ekipman*, telekomünikasyon cihaz*, haberleşme ekipman*, telekom ekipman*, ağ ekipman*
5G equipment: 5G ekipman*, 5G ağ*, 5G altyapı*, 5G teknoloji*
surveillance cameras: güvenlik kamera*, gözetim kamera*, CCTV, MOBESE*
semiconductors: yarı iletken*, yarıiletken*, çip, çipler*, mikroçip*, yapay zeka çip*, gelişmiş çip*, çip üretim*
mobile internet: mobil internet*, mobil veri*
internet: internet, internete, internetin, internet erişim*, internete erişim*, internet hizmet*, internet kesinti*
pornography: müstehcen*, pornografi*, porno*, yetişkin içerik*
targeted advertising: hedefli reklam*, hedeflenmiş reklam*, kişiselleştirilmiş reklam*, davranışsal reklam*
social commerce: sosyal ticaret*, sosyal e-ticaret*
satellite dishes: uydu çanağ*, uydu çanak*, uydu anten*, çanak anten*, uydu televizyon*
connected cars: bağlantılı araç*, bağlantılı otomobil*, internete bağlı araç*
# "yönlendirici" alone is also "guiding" ("yönlendirici rol")
routers: router*, modem*, kablosuz yönlendirici*, Wi-Fi yönlendirici*, ağ yönlendirici*
live streaming: canlı yayın*, canlı akış*
# media, culture, dress and symbols
media outlets: medya kuruluş*, haber site*, televizyon kanal*, TV kanal*, radyo kanal*, radyo istasyon*, yayın kuruluş*, basın kuruluş*, yabancı medya*, devlet medyası*
books: kitap*, kitab*, ders kitap*, ders kitab*
music: müzik*, şarkı, şarkılar*, şarkısı*, şarkıyı, şarkının
movies: film*, sinema film*
# "dizi" alone is "series" in general ("bir dizi önlem")
TV series: televizyon dizi*, TV dizi*, diziler, dizileri*, dizilerin, dizilere, dizilerde, pembe dizi*, yabancı dizi*, Türk dizi*
# "gazeteci" (journalist) starts like "gazete": no stem
newspapers: gazete, gazeteler*, gazeteyi, gazetenin, gazeteye, dergi, dergiler*, dergiyi
concerts: konser, konserler*, konseri*, konserin, konsere, konserde, müzik festival*, festival, festivaller*
away fans: deplasman seyirci*, deplasman taraftar*, misafir taraftar*, konuk taraftar*
LGBTQ content: LGBT*, LGBT içerik*, eşcinsel içerik*, eşcinsel propaganda*, eşcinsellik propaganda*
religious symbols: dini sembol*, dini simge*, dini kıyafet*, dini giysi*
# "peçe*" would take "peçete" (napkin)
face coverings: peçe, peçeyi, peçenin, peçeye, peçeler*, peçeli*, burka, burkalar*, burkayı, burkanın, burkaya, burkalı, nikap*, nikab*, yüz örtü*, yüzü örten*, yüzü kapatan*
abayas: abaya*, ferace*
headscarves: başörtü*, türban*
Nazi symbols: Nazi sembol*, Nazi simge*, gamalı haç*, Nazi selam*, Hitler selam*, Nazi bayrağ*, Nazi bayrak*
protests: protesto, protestolar*, protestoyu, protestonun, protestoya, protesto gösteri*, protesto eylem*, protesto yürüyüş*, gösteri yürüyüş*, miting, mitingler*
public gatherings: toplu etkinlik*, toplantı ve gösteri*, açık hava toplantı*, kamuya açık etkinlik*, kamuya açık toplantı*, kitlesel etkinlik*
cinemas: sinema*
Sunday trading: pazar günü alışveriş*, pazar günleri alışveriş*, pazar günü ticaret*, pazar günü mağaza*, pazar günleri mağaza*
rainbow flags: gökkuşağı bayrağ*, gökkuşağı bayrak*, onur bayrağ*, LGBT bayrağ*, LGBT bayrak*
# practices and services
short-term rentals: kısa süreli kiralama*, kısa süreli kiralık*, kısa dönem kiralama*, kısa dönemli kiralama*, günlük kiralık*, günlük kiralama*, tatil kiralama*
cash: nakit*
surrogacy: taşıyıcı anne*, kiralık anne*
conversion therapy: dönüşüm terapi*, dönüştürme terapi*, onarım terapi*, eşcinsel dönüşüm terapi*
abortion: kürtaj*, çocuk aldırma*, gebeliğin sonlandırılma*, hamileliğin sonlandırılma*, düşük hapı*, mifepriston*
gender-affirming care: cinsiyet uyum*, cinsiyet geçiş*, cinsiyet değiştirme*, cinsiyet değişikliği*, ergenlik engelleyici*, ergenlik baskılayıcı*, cinsiyet doğrulayıcı*, cinsiyet onaylayıcı*
child marriage: çocuk evlilik*, çocuk evliliğ*, çocuk yaşta evlilik*, çocuk yaşta evliliğ*, erken yaşta evlilik*, erken yaşta evliliğ*, erken evlilik*, erken evliliğ*, çocuk gelin*
female genital mutilation: kadın sünnet*, kız sünnet*, kadın genital sakatlama*, FGM
corporal punishment: bedensel ceza*, fiziksel ceza*, dayak
begging: dilencilik*, dilenciliğ*
prostitution: fuhuş*, fuhş*, genelev*, seks işçiliğ*
ride-hailing: araç çağırma*, taksi çağırma*, yolculuk paylaşım*
private tutoring: özel ders*, dershane*, etüt merkez*
tanning beds: solaryum*, bronzlaşma yatağ*, bronzlaştırma cihaz*
skin-lightening products: cilt beyazlatıcı*, cilt beyazlatma*, cilt açıcı*, ten açıcı*, beyazlatıcı krem*, ağartıcı krem*
dangerous dog breeds: tehlikeli köpek ırk*, tehlikeli ırk*, saldırgan köpek*, pitbull*, pit bull*, dövüş köpeğ*, dövüş köpek*
XL bully dogs: XL bully*, Amerikan XL bully*
billboards: reklam pano*, billboard*, bilbord*, açık hava reklam*
short selling: açığa satış*
binary options: ikili opsiyon*, binary opsiyon*
# weapons and pyrotechnics
# "silah*" would take "silahlı kuvvetler" (armed forces) and "silahsızlanma" (disarmament)
firearms: ateşli silah*, ruhsatsız silah*, av tüfeğ*, tüfek, tüfekler*, yarı otomatik silah*, yarı otomatik tüfek*
assault weapons: saldırı tüfeğ*, saldırı tüfek*, taarruz tüfeğ*, otomatik tüfek*, saldırı silah*, askeri tip silah*, AR-15*
handguns: tabanca*
ghost guns: hayalet silah*, 3D yazıcıyla üretilen silah*, 3D yazıcı ile üretilen silah*
knives: bıçak*, bıçağ*, pala, palalar*
weapons: silah, silahları, silahların, silahlar*, silahı, silahın, silaha, silahla
landmines: kara mayın*, antipersonel mayın*, anti-personel mayın*, mayın, mayınlar*
cluster munitions: misket bomba*, salkım bomba*, parça tesirli bomba*, misket mühimmat*
fireworks: havai fişek*, maytap*, piroteknik*
pepper spray: biber gazı*, biber sprey*
ammunition: mühimmat*, cephane*, mermi*
toy guns: oyuncak silah*, oyuncak tabanca*, replika silah*, kurusıkı*
laser pointers: lazer işaretleyici*, lazer pointer*, lazer kalem*
nuclear weapons: nükleer silah*, nükleer bomba*, atom bomba*
chemical weapons: kimyasal silah*
# hunting, fishing, harvesting and extraction
hunting: avcılık*, avcılığ*, avlanma*, sportif avcılı*, yaban hayatı avcılı*
wolf hunting: kurt avı*, kurt avcılı*, kurt avla*, kurt itlaf*
bear hunting: ayı avı*, ayı avcılı*, ayı avla*
duck hunting: ördek avı*, ördek avcılı*, ördek avla*, su kuşu avı*, su kuşu avcılı*, su kuşu avla*, su kuşları avı*, su kuşları avcılı*, su kuşları avla*
seal hunting: fok avı*, fok avcılı*, fok avla*, fok ürün*
fox hunting: tilki avı*, tilki avcılı*, tilki avla*
fishing: balık avı*, balık avcılı*, balık avla*, balıkçılık*, balıkçılığ*, ticari balıkçı*, su ürünleri avcılığ*
eel fishing: yılan balığı avı*, yılan balığı avcılı*, yılan balığı avla*, yılanbalığı avı*, yılanbalığı avcılı*, yılanbalığı avla*, cam yılan balığı*, yavru yılan balığı*
cod fishing: morina avı*, morina avcılı*, morina avla*, morina balığı avı*, morina balığı avcılı*, morina balığı avla*, morina balıkçılığ*
sardine fishing: sardalya avı*, sardalya avcılı*, sardalya avla*, sardalye avı*, sardalye avcılı*, sardalye avla*, sardalya balıkçılığ*
tuna fishing: ton balığı avı*, ton balığı avcılı*, ton balığı avla*, orkinos avı*, orkinos avcılı*, orkinos avla*, ton balıkçılığ*, mavi yüzgeçli orkinos*
shark fishing: köpek balığı avı*, köpek balığı avcılı*, köpek balığı avla*, köpekbalığı avı*, köpekbalığı avcılı*, köpekbalığı avla*
sea urchin fishing: deniz kestane*
driftnet fishing: sürüklenen ağ*, sürükleme ağ*, sürüklenme ağ*
logging: ağaç kesim*, ağaç kesme*, kaçak ağaç kesim*, orman kesim*, tomruk üretim*, ağaçların kesilme*
deforestation: ormansızlaşma*, orman tahribat*, ormanların yok edilme*
mining: madencilik*, madenciliğ*, maden faaliyet*, maden arama*, maden ocağ*, maden işletme*
metal mining: metal madencili*, metalik maden*
gold mining: altın madencili*, altın maden*, altın arama*
open-pit mining: açık ocak*, açık maden*, açık işletme madencili*
sand mining: kum madencili*, kum çıkarma*, kum ocağ*, kum ocak*, kum çekme*
uranium mining: uranyum madencili*, uranyum maden*, uranyum çıkarma*
oil drilling: petrol sondaj*, petrol arama*, petrol ve doğalgaz arama*, petrol ve doğal gaz arama*, petrol çıkarma*, petrol kuyu*
offshore drilling: açık deniz sondaj*, deniz sondaj*, açık denizde petrol*, açık deniz petrol*
peat: turba*
# food and agriculture
apricot kernels: kayısı çekirdeğ*, kayısı çekirdek*, acı kayısı çekirdeğ*
meat: et, eti, etin, ete, etler*, et ürün*, kırmızı et, kırmızı eti, kırmızı etin, kırmızı etler*, işlenmiş et, işlenmiş eti, işlenmiş etler*, işlenmiş et ürün*, et ithalat*, et ihracat*
meat advertising: et reklam*, et ürünleri reklam*, et ürünü reklam*
dairy products: süt ürün*, süt tozu*, mandıra ürün*, süt ve süt ürün*
seafood: deniz ürün*, su ürün*, deniz mahsul*, kabuklu deniz*, balık ithalat*, balık ürün*
# "bal*" would take "balık" (fish)
honey: bal, balı, bal ithalat*, bal ihracat*, bal üretim*
cocoa: kakao*
fruit: meyve*
vegetables: sebze*
# "soya*" would take "soyadı" (surname)
soybeans: soya, soyanın, soyayı, soya fasulye*, soya ürün*, soya ithalat*
horse meat: at eti*, at etleri*
bushmeat: yaban eti*, yaban hayvanı eti*, vahşi hayvan eti*, bushmeat
wildlife trade: yaban hayatı ticaret*, yaban hayvanı ticaret*, yaban hayvanlarının ticaret*, vahşi hayvan ticaret*, vahşi hayvanların ticaret*, yabani hayvan ticaret*, vahşi hayvan pazar*, yaban hayvanı pazar*, vahşi hayvan tüketim*, yabani hayvan tüketim*
aspartame: aspartam*, E951
artificial sweeteners: yapay tatlandırıcı*, tatlandırıcı*
food additives: gıda katkı*, E kodlu*
plant-based meat: bitkisel et, bitkisel eti, bitkisel etler*, bitki bazlı et, bitki bazlı eti, bitki bazlı et ürün*, et ikame*, et alternatif*, vegan burger*, vejetaryen burger*, bitkisel burger*
plant-based milk: bitkisel süt*, bitki bazlı süt*, yulaf sütü*, soya sütü*, badem sütü*
antibiotics: antibiyotik*, antibiyotiğ*
growth hormones: büyüme hormon*, hormonlu et, hormonlu eti, hormonlu sığır*
chlorinated chicken: klorlu tavuk*, klorla yıkanmış tavuk*, klorlanmış tavuk*
fast food: fast food*, fast-food*, hızlı yemek*
ultra-processed foods: ultra işlenmiş*, ultra-işlenmiş*, aşırı işlenmiş gıda*
junk food: abur cubur*, sağlıksız gıda*, sağlıksız yiyecek*, sağlıksız atıştırmalık*
nitrites: nitrit*
# chemicals, medicines and substances
chlorpyrifos: klorpirifos*
paraquat: parakuat*, paraquat*
atrazine: atrazin*
chlorothalonil: klorotalonil*
lead ammunition: kurşun mühimmat*, kurşunlu mühimmat*, kurşunlu av fişeğ*, kurşun saçma*, kurşunlu saçma*
# "cıva*" would take "cıvata" (bolt)
mercury: cıva, cıvalı*, cıvanın, cıvayı, cıva içeren*, amalgam dolgu*
bisphenol A: bisfenol A, bisfenol-A, BPA
bisphenols: bisfenol*
phthalates: ftalat*
formaldehyde: formaldehit*, formalin*
hydroquinone: hidrokinon*
# "talk" alone is also "talk show"
talc: talk pudra*, talk bazlı*, talk içeren*, talkın, talkı
heavy fuel oil: ağır yakıt*, ağır fuel oil*, ağır fuel-oil*, ağır akaryakıt*
codeine: kodein*
tramadol: tramadol*
fentanyl: fentanil*, fentanyl*
ephedrine: efedrin*, efedra*
melatonin: melatonin*
ivermectin: ivermektin*
hydroxychloroquine: hidroksiklorokin*
opioids: opioid*, opiyat*, opiat*
steroids: steroid*
cough syrups: öksürük şurub*, öksürük şurup*, öksürük ilacı*, öksürük ilaçlar*
# transport, places and urban life
cars: otomobil*, araba*, özel araç*, araç trafiğ*, motorlu araç*
# "tır*" would take "tırmanış", "tırnak"
trucks: kamyon*, tır, tırlar*, tırların, TIR, ağır vasıta*, ağır tonajlı araç*
motorcycles: motosiklet*
motorcycle taxis: motosiklet taksi*, moto taksi*, mototaksi*
tuk-tuks: tuk-tuk*, tuk tuk*, rikşa*, çekçek*
mopeds: moped*, mobilet*
e-bikes: elektrikli bisiklet*, e-bisiklet*
fat bikes: fat bike*, fatbike*, kalın tekerlekli bisiklet*
jet skis: jet ski*, jetski*, su skuter*, su motoru*, su motorları*
horse-drawn carriages: fayton*, at arabası*, at arabaları*, atlı araba*
night flights: gece uçuş*
street vending: seyyar satıcılık*, seyyar satış*, sokak satıcılığ*, işportacılık*, işporta*
nightclubs: gece kulüb*, gece kulüp*, diskotek*
camping: kamp yapma*, kamp kurma*, kampçılık*, serbest kamp, serbest kampı*, vahşi kamp, vahşi kampı*, çadır kurma*
barbecues: mangal*, barbekü*
campfires: kamp ateş*, açık ateş*, ateş yakma*, ateş yakıl*
bonfires: şenlik ateş*
stubble burning: anız yak*, anız yangın*, anızların yakılma*
open burning: açıkta yakma*, açık alanda yakma*, açıkta atık yakma*, çöp yakma*, bahçe atıklarının yakılma*
street prayers: sokak namaz*, sokakta namaz*, sokaklarda namaz*, açık alanda namaz*
loudspeakers: hoparlör*, megafon*, ses yükseltici*
public drinking: sokakta alkol*, sokakta içki*, sokaklarda alkol*, kamusal alanda alkol*, kamuya açık alanda alkol*, açık alanda alkol*, açık alanlarda alkol*, halka açık alanlarda alkol*, parklarda alkol*
pride parades: onur yürüyüş*, onur haftası*, LGBT onur yürüyüş*
# goods and trade
second-hand clothes: ikinci el giysi*, ikinci el kıyafet*, ikinci el elbise*, ikinci el giyim*, kullanılmış giysi*, kullanılmış kıyafet*
second-hand underwear: ikinci el iç çamaşır*, kullanılmış iç çamaşır*
used cars: ikinci el araç*, ikinci el otomobil*, ikinci el araba*, kullanılmış araç*, kullanılmış otomobil*
used tyres: kullanılmış lastik*, ikinci el lastik*, atık lastik*, hurda lastik*
e-waste: elektronik atık*, e-atık*, elektrikli ve elektronik atık*
plastic waste: plastik atık*, plastik çöp*, plastik hurda*, atık plastik*
scrap metal: hurda metal*, hurda demir*, hurda çelik*, metal hurda*, demir hurda*, hurda ihracat*
timber: kereste*, tomruk*, ham kereste*
rare earths: nadir toprak*, nadir element*, nadir metal*
gallium: galyum*
germanium: germanyum*
antimony: antimon*
# "grafit*" would take "grafiti" (graffiti)
graphite: grafit, grafitin, grafite, grafit ihracat*, grafit ürün*
diamonds: elmas, elmaslar*, ham elmas*, elmas ihracat*, elmas ithalat*, kan elmas*, Rus elması*
textiles: tekstil*, dokuma ürün*
luxury goods: lüks ürün*, lüks mal, lüks mallar*, lüks malların, lüks eşya*, lüks tüketim malı*, lüks tüketim mallar*
arms exports: silah ihracat*, silah ihracı*, silah satış*, silah sevkiyat*, silah transfer*, mühimmat ihracat*
dual-use goods: çift kullanımlı*
uranium: uranyum*
oil: ham petrol*, petrol, petrolü, petrolün, petrol ithalat*, petrol ihracat*, petrol ürün*
natural gas: doğalgaz*, doğal gaz*, sıvılaştırılmış doğal gaz*, LNG, Rus gazı*, gaz ithalat*
# "aşı*" would take "aşırı" (excessive)
vaccines: aşı, aşılar, aşıları, aşıların, aşılara, aşılarda, aşının, aşıyı, aşıya, Covid aşı*, mRNA aşı*, aşı ihracat*
vaccine mandates: aşı zorunlu*, zorunlu aşı*, aşı şartı*, aşı mecburiyet*
# animals and plants
invasive species: istilacı tür*, istilacı yabancı tür*, yabancı istilacı tür*, istilacı bitki*, istilacı hayvan*
pangolins: pangolin*
dog fighting: köpek dövüş*
cockfighting: horoz dövüş*
pigeon feeding: güvercin besle*, güvercinleri besle*, güvercinlerin beslenme*, güvercinlere yem*, güvercin yemi*, kuş besleme*, kuşları besle*
cherry laurel: taflan*, karayemiş*
greyhound racing: tazı yarış*, greyhound yarış*, köpek yarış*
dolphinariums: yunus park*, yunus gösteri*, yunus şov*, dolfinaryum*, esaret altındaki yunus*
ritual slaughter: dini kesim*, bayıltmadan kesim*, sersemletmeden kesim*, helal kesim*, koşer kesim*, ritüel kesim*, kurban kesim*
# society, media and education
gender-neutral language: cinsiyetsiz dil, cinsiyetsiz dili*, cinsiyet nötr dil, cinsiyet nötr dili*, cinsiyet eşitlikçi dil, cinsiyet eşitlikçi dili*, kapsayıcı dil, kapsayıcı dili*, cinsiyete duyarlı dil, cinsiyete duyarlı dili*
# "bayrak*" would take "Bayraktar" (drones)
flags: bayrak, bayraklar*, bayrağı*, bayrağa, Filistin bayrağ*, yabancı bayrak, yabancı bayraklar*
communist symbols: komünist sembol*, komünist simge*, orak çekiç*, Sovyet sembol*, Sovyet simge*
burkinis: burkini*, haşema*
political advertising: siyasi reklam*, politik reklam*, seçim reklam*
foreign funding: yabancı fon*, yurt dışı fon*, yurtdışı fon*, yurt dışından fon*, yurtdışından fon*, yabancı finansman*, yabancı bağış*, yurt dışından bağış*, yabancı hibe*
NGOs: sivil toplum kuruluş*, sivil toplum örgüt*, STK*, hükümet dışı kuruluş*
religious groups: dini grup*, dini cemaat*, dini örgüt*, dini topluluk*, dini hareket*, tarikat*
homeschooling: evde eğitim*, evde öğretim*, ev okulu*
sex education: cinsel eğitim*, cinsellik eğitim*, cinsel sağlık eğitim*
critical race theory: eleştirel ırk teori*, kritik ırk teori*
DEI programmes: DEI, DEI program*, DEI politika*, çeşitlilik program*, çeşitlilik politika*, çeşitlilik girişim*, çeşitlilik eşitlik ve kapsayıcılık*
drag shows: drag şov*, drag gösteri*, drag show*, drag queen*, drag performans*, drag etkinlik*
same-sex marriage: eşcinsel evlilik*, eşcinsel evliliğ*, eşcinsel evlen*, aynı cinsiyetten evlilik*, aynı cinsiyetten evliliğ*, aynı cinsten evlilik*, aynı cinsten evliliğ*
polygamy: çok eşlilik*, çok eşliliğ*, çokeşlilik*, çokeşliliğ*, poligami*
cousin marriage: kuzen evlilik*, kuzen evliliğ*, kuzenler arası evlilik*, kuzenler arasındaki evlilik*, akraba evlilik*, akraba evliliğ*
# digital and finance
e-commerce platforms: e-ticaret platform*, e-ticaret site*, e-ticaret pazar yeri*, online alışveriş platform*, çevrimiçi alışveriş platform*, online pazar yeri*, çevrimiçi pazar yeri*
crypto ATMs: kripto ATM*, kripto para ATM*, bitcoin ATM*
stablecoins: stablecoin*, stabil coin*, sabit coin*, stabil kripto*
NFTs: NFT*, değiştirilemez token*, değiştirilemez jeton*
buy now pay later: şimdi al sonra öde*, BNPL*
dating apps: arkadaşlık uygulama*, flört uygulama*, tanışma uygulama*, arkadaşlık site*, flört site*, tanışma site*, online flört*
# health and body
cosmetic surgery: estetik ameliyat*, estetik cerrahi*, estetik operasyon*, estetik işlem*, kozmetik cerrahi*, kozmetik işlem*, plastik cerrahi*, medikal estetik*, botoks*, dudak dolgu*
# "dövme" is also the verbal noun of "dövmek" (to beat): no stem
tattoos: dövme, dövmeler*, dövmeli*, dövme yaptırma*, dövme yapma*, dövme mürekkep*, dövme mürekkeb*, dövme salon*, dövme stüdyo*, tattoo*
piercings: piercing*, vücut delme*
assisted dying: ötanazi*, ötenazi*, yardımlı intihar*, yardımlı ölüm*
# energy and environment
nuclear power: nükleer enerji*, nükleer santral*, nükleer reaktör*, nükleer elektrik*, atom enerji*
wind turbines: rüzgar türbin*, rüzgâr türbin*, rüzgar santral*, rüzgâr santral*, rüzgar enerji*, rüzgâr enerji*, rüzgar çiftliğ*, rüzgâr çiftliğ*
solar panels: güneş panel*, güneş enerji*, güneş santral*, güneş modül*, güneş tarla*, balkon güneş*, fotovoltaik*, GES
gas stoves: gazlı ocak*, doğalgazlı ocak*, doğal gazlı ocak*, gaz ocağı*, gaz ocakları*, gazlı pişirici*
gravel gardens: çakıl bahçe*, çakıl taşlı bahçe*, taş bahçe*
artificial turf: yapay çim*, sentetik çim*, suni çim*
# "sim" alone is also "SIM card"
glitter: glitter*, plastik sim, plastik simler*, kozmetik sim
balloons: balon, balonlar*, balonların, balon uçurma*, balon bırakma*, balon salma*, helyum balon*, uçan balon*
confetti: konfeti*
lawn watering: çim sulama*, bahçe sulama*, hortumla sulama*, bahçe hortum*, çimlerin sulanma*, bahçelerin sulanma*
swimming pool filling: havuz doldurma*, havuzların doldurul*, yüzme havuzu doldurma*, havuz doldurul*
car washing: araç yıkama*, araba yıkama*, oto yıkama*, araçların yıkanma*
irrigation: sulama*, tarımsal sulama*
# housing and weapons
# "tahliye" alone is mostly release from prison
evictions: zorla tahliye*, kiracı tahliye*, kiracıların tahliye*, konut tahliye*, evden çıkarma*
stun guns: şok tabanca*, elektroşok silah*, elektroşok tabanca*, elektroşok cihaz*, şok cihaz*, taser*
fossil fuel heating: fosil yakıtlı ısıtma*, fosil yakıtla ısınma*, fosil yakıtlı kazan, fosil yakıtlı kazanlar*
open fireplaces: açık şömine*, odunlu şömine*, geleneksel şömine*
air conditioning: klima, klimalar, klimaları, klimaların, klimalara, klimayı, klimanın, klima kullanım*, klima cihaz*, iklimlendirme*
shop window lighting: vitrin aydınlatma*, vitrin ışık*, ışıklı vitrin*
outdoor lighting: dış aydınlatma*, dış mekan aydınlatma*, cephe aydınlatma*, bina aydınlatma*, ışıklı reklam*, ışıklı tabela*
electric cars: elektrikli araç*, elektrikli otomobil*, elektrikli araba*
old vehicles: eski araç*, eski araba*, eski otomobil*, eski model araç*
tour buses: tur otobüs*, turist otobüs*, gezi otobüs*
golf carts: golf araba*, golf araç*, golf arac*
quad bikes: ATV araç*, ATV arac*, ATV motor*
snowmobiles: kar motosiklet*, kar motor*
hoverboards: hoverboard*
motorboats: motorbot*, motorlu tekne*, sürat tekne*, dıştan takma motor*
helicopters: helikopter*
paragliders: yamaç paraşüt*, paramotor*
hot-air balloons: sıcak hava balon*
microlight aircraft: ultra hafif uçak*, ultrahafif uçak*, ultralight uçak*
kites: uçurtma*
lawn mowers: çim biçme makine*, çim biçici*
swimming: yüzme*, denize girme*, denize girilme*
off-road driving: off-road*, offroad*, arazi sürüş*
data centres: veri merkez*
golf courses: golf saha*
snow cannons: kar makine*, yapay kar, yapay karla, yapay kar üretim*
disposable nappies: bebek bez*
takeaway containers: paket servis kapları, paket servis kaplar*, paket servis kabı, paket yemek kapları, paket yemek kaplar*, paket servis ambalaj*
plastic sachets: saşe*, plastik saşe*
cigarette filters: sigara filtre*, sigara izmarit*, izmarit*
polystyrene: köpük ambalaj*
microplastics: mikroplastik*, mikro plastik*
charcoal: odun kömür*, mangal kömür*
kerosene: gazyağ*, gaz yağı*, kerosen*
diesel generators: dizel jeneratör*, jeneratör*
gas flaring: gaz yakma*, gazın yakılma*, meşale ile yakma*
potassium bromate: potasyum bromat*
brominated vegetable oil: bromlu bitkisel yağ*, bromlanmış bitkisel yağ*
propylparaben: propilparaben*, propil paraben*
oxybenzone: oksibenzon*, benzofenon-3
chemical sunscreens: kimyasal güneş krem*, kimyasal güneş koruyucu*, kimyasal UV filtre*, kimyasal filtreli güneş krem*, kimyasal içerikli güneş krem*
water fluoridation: su florlama*, suyun florlanma*, suların florlanma*, içme suyunun florlanma*, içme suyuna florür*, içme suyuna flor*, suya florür ekle*, suya flor ekle*, florlu içme suyu*, florlanmış su, florlanmış içme suyu*
lead paint: kurşunlu boya*, kurşun içeren boya*, kurşun bazlı boya*, boyalardaki kurşun*, boyada kurşun*
cadmium: kadmiyum*
PVC: PVC, polivinil klorür*
nitrates: nitrat*
baby walkers: yürüteç, yürüteçler*, yürüteci, yürütecin, yürütece, yürüteçte, bebek yürüteç*, bebek yürütec*
infant formula advertising: bebek maması reklam*, bebek mamalarının reklam*, bebek mamaları reklam*, formül mama reklam*, devam sütü reklam*, anne sütü ikamesi reklam*, anne sütü ikamelerinin reklam*, anne sütü ikamelerinin pazarlan*, anne sütü yerine geçen ürünlerin reklam*, anne sütü muadili ürünlerin reklam*
weight-loss drugs: zayıflama ilacı*, zayıflama ilaçlar*, kilo verme ilacı*, kilo verme ilaçlar*, kilo verdirici ilaç*, zayıflama iğne*, kilo verme iğne*, obezite ilacı*, obezite ilaçlar*, Ozempic*, Wegovy*, semaglutid*, tirzepatid*, Mounjaro*, sibutramin*
diet pills: zayıflama hap*, diyet hap*, zayıflama kapsül*, zayıflama ürün*, zayıflatıcı ürün*, zayıflama çayı*, iştah kesici*, iştah bastırıcı*, yağ yakıcı*
ketamine: ketamin*
psychedelics: psikedelik madde*, psikedelik ilaç*, psikedelik uyuşturucu*, psikedelikler*, halüsinojen madde*, halüsinojenler*, halüsinojen uyuşturucu*, LSD, DMT, ayahuasca*, meskalin*, peyote*, ibogain*
xylazine: ksilazin*
nitazenes: nitazen*, izotonitazen*, protonitazen*, metonitazen*
delta-8 THC: delta-8 THC, delta-8-THC, delta-8
betel nut: betel cevizi*, areka cevizi*, betel
contraceptives: doğum kontrol*, gebelik önleyici*, gebeliği önleyici*, kontraseptif*, kontrasepsiyon*, acil kontrasepsiyon*, ertesi gün hapı*, prezervatif*, kondom*, rahim içi araç*
cosmetic fillers: yüz dolgu*, dolgu enjeksiyon*, hyaluronik asit dolgu*, hyalüronik asit dolgu*, hyaluronik asit enjeksiyon*, kozmetik dolgu*, estetik dolgu*, cilt dolgu*, dermal dolgu*, filler uygulama*
hair relaxers: kimyasal saç düzleştirici*, saç düzleştirici krem*, saç düzleştirme ürün*, saç düzleştirici ürün*, saç düzleştirme krem*, kimyasal saç düzleştirme*, keratin düzleştirme*, Brezilya fönü*
edible insects: yenilebilir böcek*, böcek unu*, böcek protein*, böcek bazlı gıda*, böcekli gıda*, böcek içeren gıda*, cırcır böceği unu*, un kurdu*, un kurtları*
spirits: sert içki*, distile içki*, yüksek alkollü içki*, rakı, rakının, rakıyı, rakıya, rakılar*, votka*, viski*
wine: şarap, şaraplar*, şarabı, şarabın, şaraba, şarapta, şarapla, şaraptan, şarap satış*, şarap ithalat*, şarap ihracat*
moonshine: sahte içki*, kaçak içki*, sahte alkol*, kaçak alkol*, ev yapımı içki*, ev yapımı alkol*, kaçak rakı*, sahte rakı*, metil alkollü içki*, metanollü içki*
button batteries: düğme pil*, düğme tipi pil*, para pil*, madeni para pil*, saat pili*, saat pilleri*
magnetic toys: mıknatıslı oyuncak*, manyetik oyuncak*, mıknatıslı top*, manyetik top*, mıknatıslı bilye*, manyetik bilye*, güçlü mıknatıs*, neodyum mıknatıs*
water beads: su boncuğu*, su boncukları*, jel boncuk*, hidrojel boncuk*, hidrojel top*, Orbeez
lithium batteries: lityum pil*, lityum batarya*, lityum iyon pil*, lityum-iyon pil*, lityum iyon batarya*, lityum-iyon batarya*, lityum akü*
counterfeit goods: sahte ürün*, taklit ürün*, taklit mal*, sahte mal, sahte mallar*, çakma ürün*, replika ürün*, taklit marka*, sahte markalı ürün*, taklit ve sahte ürün*
counterfeit medicines: sahte ilaç*, taklit ilaç*
dietary supplements: gıda takviye*, besin takviye*, diyet takviye*, takviye edici gıda*, bitkisel takviye*, vitamin takviye*
painkillers: ağrı kesici*, analjezik*, parasetamol*, ibuprofen*
homeopathy: homeopati*
cosmetics: kozmetik ürün*, kozmetikler*, kozmetik malzeme*, güzellik ürün*
sweets: şekerlemeler*, şekerleme ürün*, jelibon*, lolipop*, akide şeker*
tablets: tablet bilgisayar*, tablet cihaz*, iPad*
smart glasses: akıllı gözlük*, akıllı gözlüğ*, kameralı gözlük*, kameralı gözlüğ*, yapay zeka gözlük*, yapay zekâ gözlük*, yapay zekalı gözlük*
AI-generated content: yapay zeka ile üretilen içerik*, yapay zekâ ile üretilen içerik*, yapay zeka tarafından üretilen içerik*, yapay zekâ tarafından üretilen içerik*, yapay zeka ile oluşturulan içerik*, yapay zeka tarafından oluşturulan içerik*, yapay zeka ile üretilmiş içerik*, yapay zekâ ile üretilmiş içerik*, yapay zekayla üretilen içerik*
end-to-end encryption: uçtan uca şifreleme*, E2EE
SIM cards: SIM kart*, eSIM*
satellite internet: uydu internet*, uydu üzerinden internet*, Starlink*
online advertising: internet reklam*, çevrimiçi reklam*, online reklam*, dijital reklam*
influencer marketing: influencer pazarlama*, influencer reklam*, fenomen reklam*, fenomen pazarlama*, etkileyici pazarlama*, sponsorlu paylaşım*
crypto advertising: kripto reklam*, kripto para reklam*, kripto varlık reklam*
crypto payments: kripto ile ödeme*, kripto varlıklarla ödeme*, kripto paralarla ödeme*, kripto para ile ödeme*, kripto ödeme*, ödemelerde kripto varlık*
lotteries: piyango*, loto
betting shops: iddaa bayi*, bahis bayi*, bahis büro*
payday loans: maaş günü kredi*, hızlı kredi*, anında kredi*, kısa vadeli yüksek faizli kredi*
foreign currency: döviz*, yabancı para birim*
podcasts: podcast*, podkast*
foreign journalists: yabancı gazeteci*, yabancı muhabir*, yabancı basın mensup*
comics: çizgi roman*
anime: anime*, Japon animasyon*
foreign films: yabancı film*
rap music: rap, rap müzik*, rap müziğ*, hip hop*, hip-hop*
drill music: drill müzi*, drill rap*
raves: rave, rave parti*
strikes: grev*
political parties: siyasi parti*, siyasal parti*, politik parti*
opposition parties: muhalefet parti*, muhalif parti*
trade unions: sendika*
missionaries: misyoner*
miniskirts: mini etek*, kısa etek*
make-up: makyaj*, ruj, rujlar*, oje, ojeler*
robocalls: otomatik telefon arama*, robot arama*, robocall*
telemarketing: tele pazarlama*, telepazarlama*, telemarketing*, istenmeyen arama*, istenmeyen çağrı*
junk fees: gizli ücret*, gizli masraf*, gizli komisyon*, gizli maliyet*
surge pricing: dinamik fiyat*, dinamik tarife*
non-compete clauses: rekabet yasağı*, rekabet etmeme*
child labour: çocuk işçi*, çocuk emeğ*
unpaid internships: ücretsiz staj*, maaşsız staj*, ücret ödenmeyen staj*
dogs: köpek, köpekler*, köpeğ*, sokak köpek*, sokak köpeğ*, başıboş köpek*
cats: kedi*, sokak kedi*
cattle: sığır, sığırlar*, sığırı, sığırın, sığıra, büyükbaş hayvan*, inekler*
glue traps: yapışkanlı tuzak*, yapışkanlı tuzağ*, yapışkan tuzak*, yapışkan tuzağ*, yapışkanlı fare tuzak*, yapışkanlı fare tuzağ*, fare yapışkanı*
snares: ilmekli tuzak*, ilmek tuzak*, tel tuzak*, tel kapan*
leghold traps: çelik kapan*, ayak kapan*, çelik çeneli kapan*
fish farming: balık çiftlik*, balık yetiştiricil*, su ürünleri yetiştiricil*, akuakültür*, kültür balıkçılığ*
salmon farming: somon çiftlik*, somon yetiştiricil*, somon balığı çiftlik*, çiftlik somon*
octopus farming: ahtapot çiftlik*, ahtapot yetiştiricil*
krill fishing: kril avı*, kril avcılığ*, kril balıkçılığ*
lobster fishing: ıstakoz avı*, ıstakoz avcılığ*
shellfish harvesting: midye avı*, midye avcılığ*, midye toplama*, istiridye toplama*, çift kabuklu yumuşakça avcılığ*
rodeos: rodeo*
elephant rides: fil sırtında gezinti*, fil gezinti*, fil binicili*, fillere binme*, file binme*
puppy sales: yavru köpek satış*, köpek yavrusu satış*, yavru kedi ve köpek satış*, yavru köpek ticaret*
pet shops: pet shop*, petshop*, evcil hayvan dükkan*, evcil hayvan mağaza*
crossbows: arbalet*
swords: kılıçlar*, samuray kılıc*, samuray kılıç*, katana*
air guns: havalı tüfek*, havalı tüfeğ*, havalı silah*, havalı tabanca*
high-capacity magazines: yüksek kapasiteli şarjör*, büyük kapasiteli şarjör*
explosives: patlayıcı*, dinamit*
tear gas: göz yaşartıcı gaz*, gözyaşartıcı gaz*, göz yaşartıcı bomba*, CS gazı*
rubber bullets: plastik mermi*, lastik mermi*, kauçuk mermi*
white phosphorus: beyaz fosfor*
flares: meşale*, işaret fişeğ*
steel: çeliğ*, çelik ürün*, çelik ithalat*, çelik ihracat*, rus çeliğ*
aluminium: alüminyum*
copper: bakır, bakırın, bakıra, bakırı, bakır ihracat*, bakır cevher*, bakır konsantre*
nickel: nikel*
bauxite: boksit*
lithium: lityum*
cobalt: kobalt*
tungsten: tungsten*, volfram*
love locks: aşk kilit*, aşk kilid*
key boxes: anahtar kutu*, anahtar kasa*
wheeled suitcases: tekerlekli bavul*, tekerlekli valiz*, tekerlekli çanta*
street performers: sokak sanatçı*, sokak müzisyen*, sokak çalgıcı*
rough sleeping: sokakta yatma*, sokakta uyuma*, sokakta yaşam*
homeless encampments: evsiz kamp*, evsizlerin kamp*, evsizlerin çadır*
tourist groups: turist grup*, turist kafile*
second homes: ikinci konut*, yazlık konut*
foreign home buyers: yabancılara konut satış*, yabancılara gayrimenkul satış*, yabancılara mülk satış*, yabancı alıcı*, yabancıların konut alım*
new hotels: yeni otel*, otel inşaat*, otel yapım*
# 0.27.0: more categories
game consoles: oyun konsol*, video oyun konsol*, taşınabilir oyun konsol*
gas-powered garden equipment: benzinli bahçe ekipman*, benzinli bahçe alet*, benzinli bahçe makine*, benzinli çit kesme*, benzinli motorlu testere*, benzinli tırpan*
sex dolls: seks bebe*, şişme bebek*, şişme bebeğ*, seks robot*, çocuk seks bebe*
selfie sticks: selfie çubuğ*, selfie çubuk*, özçekim çubuğ*, özçekim çubuk*, selfie sopa*
disposable lighters: tek kullanımlık çakmak*, plastik çakmak*, gazlı çakmak*, çakmaklar*, çakmak satış*
coal stoves: kömür soba*, kömürlü soba*, kömürle ısınma*, kömür kazan*, kömürlü kazan*, evlerde kömür yakma*
dashcams: araç kamera*, araç içi kamera*, dashcam*, ön cam kamera*, araç içi kayıt cihaz*
coffee capsules: kahve kapsül*, kapsül kahve*, alüminyum kapsül*
bottled water: şişe su*, şişelenmiş su*, şişe suyu*, plastik su şişe*, pet şişe su*
bicycles: bisiklet*, bisikletli*, bisikletçi*
camper vans: karavan*, motokaravan*, kamp araç*, araçta konaklama*, araçta yaşam*
right-hand-drive vehicles: sağdan direksiyonlu araç*, sağdan direksiyonlu otomobil*, sağ direksiyonlu araç*, sağ direksiyonlu otomobil*, direksiyonu sağda olan araç*
self-driving cars: sürücüsüz araç*, sürücüsüz otomobil*, otonom araç*, otonom otomobil*, robotaksi*, robot taksi*, sürücüsüz taksi*, otonom sürüş*
petrol motorbikes: benzinli motosiklet*, benzinli skuter*, fosil yakıtlı motosiklet*, içten yanmalı motosiklet*, iki zamanlı motosiklet*
street racing: sokak yarış*, yasa dışı yarış*, yasadışı yarış*, drag yarış*, drift yapma*, drift atma*, makas atma*
beer bikes: bira bisiklet*, parti bisiklet*, bierfiets, pedallı bar*
leaded fuel: kurşunlu benzin*, kurşunlu yakıt*, kurşunlu akaryakıt*, tetraetil kurşun*, kurşunlu havacılık yakıt*
liquids in hand luggage: el bagajında sıvı*, kabin bagajında sıvı*, sıvı kısıtlama*, sıvı sınırlama*, 100 ml kural*, 100 ml sınır*, sıvı yasağı*
studded tyres: çivili lastik*, çivili lastiğ*, çivili kış lastik*, çivili kış lastiğ*
ractopamine: raktopamin*, ractopamine*
durian: durian*, duryan*
alcopops: alkopop*, hazır kokteyl*, şişe kokteyl*, aromalı alkollü içecek*, hard seltzer*
late-night alcohol sales: gece alkol satış*, gece içki satış*, gece saatlerinde alkol*, gece saatlerinde içki*, 22.00'den sonra alkol*, 22.00'den sonra içki*
drinks promotions: happy hour*, mutlu saat*, sınırsız içki*, indirimli içki*, içki kampanya*, alkol kampanya*, alkol promosyon*, içki promosyon*
DDT: DDT, diklorodifeniltrikloroetan*
fluorinated gases: florlu gaz*, F-gaz*, florlu sera gaz*, hidroflorokarbon*, kloroflorokarbon*, kükürt heksaflorür*, ozon tabakasını incelten madde*, HFC
chlorinated solvents: klorlu çözücü*, klorlu solvent*, trikloroetilen*, perkloroetilen*, tetrakloroetilen*, diklorometan*, metilen klorür*
cyanide: siyanür*, sodyum siyanür*, siyanür liç*
acetamiprid: asetamiprid*, acetamiprid*
rodenticides: rodentisit*, fare zehri*, fare zehiri*, sıçan zehri*, kemirgen zehri*, kemirgen ilacı*, kemirgen ilaçlar*, zehirli yem*
road salt: yol tuzu*, kaya tuzu*, buz çözücü tuz*, buzlanmaya karşı tuz*, yollara tuz*
flame retardants: alev geciktirici*, yanma geciktirici*, bromlu alev geciktirici*, halojenli alev geciktirici*, PBDE*
engineered stone: yapay taş*, mühendislik taş*, kuvars tezgah*, kuvars taş*, kompozit taş*
cocaine: kokain*, koka yaprağ*, koka yaprak*, koka bitki*, koka ekim*, koka tarla*, koka macun*
methamphetamine: metamfetamin*, kristal met, kristal meth*, yaba hap*
MDMA: MDMA, ekstazi*, ecstasy*, MDMA destekli terapi*
opium poppy cultivation: haşhaş*, afyon haşhaşı*, afyon ekim*, afyon üretim*, afyon ticaret*, afyon kaçakçılığ*, afyon tarla*
new psychoactive substances: yeni psikoaktif madde*, yasal uyuşturucu*, tasarım uyuşturucu*, sentetik katinon*, mefedron*, sentetik uyuşturucu*
GHB: GHB, GBL, gama-hidroksibütirat*, gama hidroksibütirat*, gama-bütirolakton*, sıvı ekstazi*
bear bile: ayı safra*, safra çiftli*, safrası alınan ayı*
donkey skins: eşek deri*, eşek kesim*, eşeklerin kesil*, ejiao*, eşek derisinden jelatin*
tail docking: kuyruk kesme*, kuyruk kesim*, kuyruk kesil*, kuyruklarının kesil*, kulak kesme*, kulak kırpma*, kulaklarının kesil*
declawing: tırnak sökme*, tırnaklarının sökül*, tırnak çekme*, pençe sökme*, onikektomi*, kedilerin tırnak*
sow stalls: gebelik kafes*, doğum kafes*, domuz kafes*, dişi domuz kafes*, yavrulama kafes*
chick culling: civciv itlaf*, erkek civcivlerin öldürül*, erkek civcivlerin itlaf*, civcivlerin itlaf*, civcivlerin öğütül*, civciv öğütme*
live poultry markets: canlı kümes hayvanı pazar*, canlı kümes hayvanı satış*, canlı kümes hayvanları*, canlı tavuk satış*, canlı tavuk pazar*, canlı kanatlı satış*, canlı kuş pazar*, ıslak pazar*
big cats: büyük kedi*, büyük kedigil*, evde kaplan*, evcil kaplan*, evcil aslan*, aslan besleme*, kaplan besleme*, yavru aslan sev*
badger culling: porsuk itlaf*, porsukların itlaf*, porsukların öldürül*, porsuk öldürme*
bull running: boğa koşu*, boğalarla koşu*, encierro*, San Fermin*, toro embolado, boğa festival*
animal sacrifice: hayvan kurban*, hayvanların kurban edil*, kurban edilen hayvan*, ritüel hayvan kurban*
wildlife feeding: yaban hayvanlarını besle*, yabani hayvanları besle*, yaban hayvanı besle*, maymunları besle*, ayıları besle*, ördekleri besle*, geyikleri besle*, martıları besle*
exotic skins: egzotik deri*, egzotik hayvan deri*, timsah deri*, yılan deri*, piton deri*, aligatör deri*
spitting: tükürme*, tükürmek, yere tükür*, sokağa tükür*, sokakta tükür*, kamuya açık alanda tükür*
littering: yere çöp at*, çöp atma*, sokağa çöp at*, kaçak çöp dök*, kaçak döküm*, çevreyi kirletme*, izmarit atma*
jaywalking: kırmızı ışıkta karşıya geç*, kırmızıda karşıya geç*, yaya geçidi dışından geç*, kurallara aykırı karşıya geç*
loitering: aylaklık*, aylaklığ*, aylak aylak dolaş*, başıboş dolaş*, amaçsızca dolaş*, sokakta takıl*
skateboarding: kaykay*, paten kay*, tekerlekli paten*, sıralı paten*, roller paten*
public nudity: kamusal alanda çıplaklık*, halka açık alanda çıplak*, nüdizm*, nüdist*, naturizm*, naturist*, çıplak plaj*, üstsüz güneşlen*
swimwear in the street: sokakta mayo*, mayoyla dolaş*, mayo ile dolaş*, sokakta bikini*, bikiniyle dolaş*, üstü çıplak dolaş*, tişörtsüz dolaş*, üstsüz dolaş*
eating in the street: sokakta yemek ye*, sokakta yiyecek tüket*, yürürken yemek*, yürürken yeme*, merdivenlerde yemek*, kamuya açık alanda yemek*
graffiti: grafiti*, graffiti*, duvar yazı*, sprey boya*
honking: korna*, klakson*, havalı korna*, korna çal*
dancing: dans etme*, dans etmek, dans eden*, dans partisi*, dans partileri*, dans etkinlik*, dans etkinliğ*, karma dans*
entering forests: ormanlara giriş*, ormana giriş*, ormanlık alanlara giriş*, ormanlara girme*, ormana girme*, ormanlık alanlara girme*, ormanlara girmek, orman ziyaret*
Halloween: Halloween*, Cadılar Bayram*, şeker mi şaka mı
Valentine's Day: Sevgililer Günü*, Aziz Valentin Günü*, Aziz Valentine Günü*, 14 Şubat kutlama*
beauty pageants: güzellik yarışma*, güzellik müsabaka*, mini miss yarışma*, Miss yarışma*
pub crawls: bar turu*, bar turları*, pub crawl*, bar crawl*, birahane turu*
Quran burning: Kuran yakma*, Kur'an yakma*, Kuran-ı Kerim yakma*, Kuran'ın yakıl*, Kur'an'ın yakıl*, Kur'an-ı Kerim'in yakıl*, Kuran'a saygısızlık*, kutsal kitaplara saygısızlık*
flag burning: bayrak yakma*, bayrak yakıl*, bayrağın yakıl*, bayrakların yakıl*, bayrağı yakma*, bayrak yakan*, bayrağa saygısızlık*
Holocaust denial: Holokost inkar*, Holokost'u inkar*, Holokost'un inkar*, Holokost inkâr*, Holokost'u inkâr*, soykırım inkar*, soykırımı inkar*, soykırım inkâr*
Z symbol: Z sembol*, Z harfi*, Z işaret*, Z simge*, savaş yanlısı Z*
sex shops: seks shop*, sex shop*, seks dükkan*, seks mağaza*, yetişkin ürünleri mağaza*, erotik mağaza*
strip clubs: striptiz kulüb*, striptiz kulüp*, striptiz bar*, striptiz mekan*, striptiz*, kucak dansı*, lap dans*
massage parlours: masaj salon*, masaj merkez*, masaj parlör*, erotik masaj*
beauty salons: güzellik salon*, güzellik merkez*, güzellik enstitü*, güzellik stüdyo*, bayan kuaför*
minimarkets: minimarket*, mini market*, mini-market*, bakkal*, gece açık market*, 24 saat açık market*
vape shops: vape shop*, vape dükkan*, vape mağaza*, elektronik sigara dükkan*, elektronik sigara mağaza*, e-sigara dükkan*, e-sigara mağaza*, elektronik sigara satış noktası*
cannabis shops: esrar dükkan*, kenevir dükkan*, kenevir mağaza*, esrar kafe*, kenevir kulüp*, kenevir kulüb*
drive-throughs: drive-thru*, drive-through*, drive thru*, arabaya servis*, araca servis*, arabadan sipariş*, araçtan sipariş*
dark stores: karanlık mağaza*, dark store*, hızlı teslimat depo*, hayalet mutfak*, karanlık mutfak*, dark kitchen*, ghost kitchen*, bulut mutfak*
prescription drug advertising: reçeteli ilaç reklam*, reçeteli ilaçların reklam*, ilaç reklam*, ilaçların reklam*, ilaç tanıtım*
advertising to children: çocuklara yönelik reklam*, çocuklara reklam*, çocuk programlarında reklam*, çocukları hedef alan reklam*, çocuklara yönelik pazarlama*
junk mail: reklam broşür*, el ilan*, broşür dağıt*, adressiz reklam*, istenmeyen posta*, basılı reklam*, kağıt reklam*
digital billboards: dijital reklam pano*, dijital billboard*, dijital pano*, dijital reklam ekran*, LED reklam ekran*, LED pano*, reklam ekran*, elektronik reklam pano*
carbon-neutral claims: karbon nötr iddia*, karbon nötr beyan*, iklim nötr iddia*, yeşil aklama*, yeşil yıkama*, greenwashing*, çevreci iddia*, yanıltıcı çevre beyan*
CFDs: CFD, CFD'ler*, CFD işlem*, fark sözleşme*, fiyat farkı sözleşme*, spread bahis*
prediction markets: tahmin piyasa*, tahmin pazar*, olay sözleşme*, seçim bahis*, seçimlere bahis*, seçim üzerine bahis*
fantasy sports: fantezi spor*, fantezi lig*, fantezi futbol*, fantasy lig*, gerçek paralı oyun*, gerçek para oyun*, gerçek parayla oynanan oyun*
share buybacks: hisse geri alım*, pay geri alım*, geri alım program*, hisselerin geri alın*, payların geri alın*
golden passports: altın pasaport*, yatırım yoluyla vatandaşlık*, yatırımla vatandaşlık*, yatırım karşılığı vatandaşlık*, satılık pasaport*, satılık vatandaşlık*, para karşılığı vatandaşlık*, yatırımcı vatandaşlık*
golden visas: altın vize*, yatırımcı vize*, yatırım yoluyla oturum*, yatırım karşılığı oturum*, yatırımcı oturma izn*, yatırım yoluyla ikamet*
ransom payments: fidye öde*, fidyenin öden*, fidyelerin öden*, fidye yazılımı öde*, fidye paras*
stock trading by lawmakers: Kongre üyelerinin hisse*, milletvekillerinin hisse*, yasa koyucuların hisse*, politikacıların hisse*, siyasetçilerin hisse*, Kongre üyelerinin borsa*, milletvekillerinin borsa*
CBDCs: CBDC*, merkez bankası dijital para*, dijital euro*, dijital avro*, dijital dolar*, dijital ruble*, dijital yuan*, dijital Türk lira*
pirate sites: korsan site*, korsan yayın*, korsan içerik*, yasa dışı yayın*, yasadışı yayın*, korsan IPTV*, torrent site*, dijital korsanlı*
loan apps: borç para uygulama*, borç verme uygulama*, dijital kredi uygulama*, online kredi uygulama*, mobil kredi uygulama*, çevrimiçi borç verme platform*, yasa dışı kredi uygulama*
AI companions: yapay zeka arkadaş*, yapay zekâ arkadaş*, yapay zeka sevgili*, yapay zekâ sevgili*, yapay zeka yol arkadaş*, sanal arkadaş*, sanal sevgili*, yapay zeka refakatçi*
addictive feeds: bağımlılık yapan akış*, bağımlılık yaratan akış*, algoritmik akış*, kişiselleştirilmiş akış*, sonsuz kaydırma*, sonsuz akış*, otomatik oynatma*, bağımlılık yapan tasarım*
suppressors: silah susturucu*, tabanca susturucu*, tüfek susturucu*, ses bastırıcı*, susturuculu silah*, susturuculu tabanca*
knuckle-dusters: muşta*, demir muşta*, pirinç muşta*
flick knives: sustalı*, kelebek bıçak*, kelebek bıçağ*, yaylı bıçak*, yaylı bıçağ*, otomatik bıçak*, otomatik bıçağ*, balisong*
machine guns: makineli tüfek*, makineli tüfeğ*, makinalı tüfek*, makinalı tüfeğ*, otomatik silah*, tam otomatik silah*, hafif makineli*
blank guns: ses tabanca*, gaz tabanca*, alarm tabanca*, start tabanca*, işaret tabanca*
autonomous weapons: otonom silah*, ölümcül otonom silah*, tam otonom silah*, katil robot*, yapay zeka destekli silah*, yapay zekalı silah*
chokeholds: boğma tekniğ*, boyun kilid*, boğaz sıkma*, boğazı sıkma*, karotis kilid*, boyun sıkma*
death penalty: idam ceza*, idam edil*, idamlar*, idam infaz*, ölüm ceza*, idam kararı*, idam kararları*
virginity tests: bekaret test*, bekâret test*, bekaret kontrol*, bekaret muayene*, kızlık testi*, iki parmak test*, himenoplasti*, kızlık zarı ameliyat*
IVF: tüp bebek*, IVF, in vitro fertilizasyon*, yardımcı üreme*, kısırlık tedavi*, infertilite tedavi*
circumcision: erkek sünneti*, sünnet ettir*, sünnet edil*, sünnet ameliyat*, dini sünnet*, ritüel sünnet*, brit mila*, bebeklerin sünnet*
girls' education: kızların eğitim*, kız çocuklarının eğitim*, kızların okul*, kız çocuklarının okul*, kadınların eğitim*, kadınların üniversite*, kız liseleri*, kız okulları*
transgender athletes: trans sporcu*, transgender sporcu*, transseksüel sporcu*, trans kadın sporcu*, trans kadınların spor*, trans atlet*
mask mandates: maske zorunluluğ*, maske zorunluluk*, maske takma zorunluluğ*, zorunlu maske*, maske kural*, maske takma kural*, maske takmak zorunlu*, okullarda maske*
geoengineering: jeomühendislik*, jeomühendisliğ*, iklim mühendisliğ*, bulut tohumlama*, hava modifikasyon*, stratosferik aerosol*, chemtrail*, güneş ışınımı yönetim*
butterfly bushes: kelebek çalı*, budleya*, buddleja*, buddleia*, yaz leylağı*
knotweed: Japon çoban değneğ*, Japon çobandeğneğ*, Fallopia japonica, Reynoutria japonica, düğümotu*
eucalyptus plantations: okaliptüs*, okaliptus*, ökaliptüs*, okaliptüs plantasyon*
gold: altın ihracat*, altın ithalat*, Rus altın*, külçe altın*, altın külçe*, ham altın*, işlenmemiş altın*, dore altın*
iron ore: demir cevher*, demir filiz*, demir peleti*
raw cashew nuts: kaju*, ham kaju*, kaju fıstığ*, kaju fıstık*
shea nuts: shea fıstığ*, shea fıstık*, shea cevizi*, shea çekirdeğ*, karite*
cotton: ham pamuk*, pamuk ihracat*, pamuk ithalat*, Sincan pamuğ*, Sincan pamuk*, Xinjiang pamuğ*, pamuk ürün*, pamuk ipliğ*
avocados: avokado*, avakado*
motor fuel: akaryakıt ihracat*, akaryakıt ithalat*, benzin ihracat*, dizel ihracat*, motorin ihracat*, yakıt ihracat*, Rus motorin*, Rus dizel*
hazardous waste: tehlikeli atık*, zehirli atık*, toksik atık*, atık ithalat*, atık ihracat*, ithal atık*, yabancı atık*, çöp ithalat*
# 0.28.0: more categories
bidis: bidi, bidi sigara*
kreteks: kretek, karanfilli sigara*
single cigarettes: dal sigara*, tek dal sigara*
synthetic nicotine: sentetik nikotin*
absinthe: absint*
kava: kava, kava kava
powdered alcohol: toz alkol*
alcohol deliveries: alkol teslimat*, eve alkol teslimat*
heroin: eroin*
amphetamines: amfetamin*
pregabalin: pregabalin*, gabapentin*
benzodiazepines: benzodiazepin*, alprazolam*
pseudoephedrine: psödoefedrin*, pseudoefedrin*
ethylene oxide: etilen oksit*
dicamba: dikamba*
ammonium nitrate: amonyum nitrat*
PCBs: PCB, poliklorlu bifenil*
parabens: paraben*
triclosan: triklosan*
methyl bromide: metil bromür*
caviar: havyar*
whale meat: balina eti*
peanuts: yer fıstığı*, yerfıstığı*
factory farming: endüstriyel hayvancılık*, fabrika çiftlik*, yoğun hayvancılık*
sewage sludge: arıtma çamuru*, kanalizasyon çamuru*
manure spreading: hayvan gübresi*, ahır gübresi*
piglet castration: domuz yavrularının hadım*, yavru domuz kastrasyon*
mulesing: mulesing*
hare coursing: tazıyla tavşan avı*, tavşan avı*
bird hunting: kuş avı*, kuş avcılığı*
blast fishing: bombayla balık avı*, bombalı balıkçılık
pulse fishing: elektrikle balık avı*, elektroşokla balık avı*
gillnets: uzatma ağları*, fanyalı ağ*, solungaç ağları*
coral harvesting: mercan toplama*, mercan avcılığı*, mercan ticareti*
foraging: mantar toplama*, yabani mantar toplama*
stray dog culling: sahipsiz köpeklerin uyutul*, sahipsiz hayvanların uyutul*, sokak hayvanlarının uyutul*
spearfishing: zıpkınla balık avı*, zıpkın avcılığı*
flammable cladding: yanıcı cephe kaplama*, yanıcı dış cephe*, yanıcı yalıtım malzeme*
skyscrapers: gökdelen*, yüksek katlı bina*
dams: baraj inşaat*, baraj yapım*, baraj projeleri*, hidroelektrik santral*
biofuels: biyoyakıt*, biyodizel*
landfilling: düzenli depolama*, vahşi depolama*, çöplük*
waste incineration: atık yakma*, yakma tesis*
destruction of unsold goods: satılmayan ürünlerin imha*
radar detectors: radar dedektör*, radar tespit cihaz*
pavement parking: kaldırıma park*, kaldırım parkı*
tinted windows: cam filmi*, koyu cam film*
shared bikes: paylaşımlı bisiklet*, kiralık bisiklet*
hotel toiletries: mini şampuan*, tek kullanımlık banyo malzeme*
signal jammers: sinyal kesici*, sinyal karıştırıcı*, jammer*
satellite phones: uydu telefon*
hidden cameras: gizli kamera*, casus kamera*
pagers: çağrı cihaz*, pager*
walkie-talkies: telsiz*
headphones: kulaklık*
short-video apps: kısa video uygulama*, kısa video platform*
online pharmacies: online eczane*, internet eczane*, ilaçların internetten satış*
emotion recognition: duygu tanıma*
tracking cookies: izleme çerez*, üçüncü taraf çerez*
cross-border data transfers: yurt dışına veri aktarım*, sınır ötesi veri aktarım*
internet cafés: internet kafe*, internet cafe*
ICOs: ICO, ilk para arz*
peer-to-peer lending: P2P kredi*, eşler arası borç*
social scoring: sosyal puanlama*, sosyal kredi sistem*
narcocorridos: narkokorido*, narcocorrido*
twerking: twerk*, tverk*
belly dancing: oryantal dans*, göbek dans*
reality shows: realite şov*, reality show*
horror films: korku film*
caricatures: karikatür*
foreign words: yabancı kelime*, yabancı sözcük*, İngilizce kelime*
minarets: minare*
opinion polls: anket*, seçim anket*, kamuoyu araştırma*
child influencers: çocuk fenomen*, çocuk influencer*
hoodies: kapüşonlu*
jeans: kot pantolon*, yırtık kot*
camouflage clothing: kamuflaj*, askeri kıyafet*
beards: sakal*
high heels: yüksek topuk*, topuklu ayakkabı*
public urination: sokağa idrar*, sokakta idrar*
fortune telling: falcılık*, fal bak*
witchcraft: büyücülük*, kara büyü*
hitchhiking: otostop*
door-to-door sales: kapı kapı satış*, kapı kapı dolaşarak satış*
public displays of affection: sokakta öpüş*, alenen öpüş*, halka açık yerlerde öpüş*
cross-dressing: karşı cins kıyafeti*, karşı cins gibi giyin*
homework: ödev*, ev ödev*
dowry: başlık parası*, drahoma*, çeyiz*
organ sales: organ ticaret*, organ satış*
human cloning: insan klonlama*, üreme amaçlı klonlama*
gene editing: gen düzenleme*, genom düzenleme*
blasphemy: dine hakaret*, dini değerleri aşağılama*
hate speech: nefret söylem*, nefrete tahrik*
disinformation: dezenformasyon*, yalan haber*, sahte haber*
prenatal sex determination: cinsiyet seçimi*, cinsiyete dayalı kürtaj*, bebeğin cinsiyetinin belirlen*
international adoption: uluslararası evlat edinme*, yabancılara evlat edinme*
pyramid schemes: saadet zinciri*, piramit şema*, Ponzi*
multi-level marketing: ağ pazarlama*, çok katlı pazarlama*
layoffs: işten çıkarma*, işten çıkarılma*
rent increases: kira artış*, kira zamm*
zero-hours contracts: sıfır saat sözleşme*
body armour: çelik yelek*, kurşun geçirmez yelek*
grenades: el bomba*
martial arts weapons: nunçaku*, ninja yıldızı*
slingshots: sapan, sapanlar*, sapanla*
depleted uranium munitions: seyreltilmiş uranyum*
biological weapons: biyolojik silah*
hollow-point bullets: dumdum mermi*, genişleyen mermi*
mercenaries: paralı asker*, özel askeri şirket*
nuclear tests: nükleer deneme*, nükleer test*
cooking oil: yemeklik yağ*, sıvı yağ*, bitkisel yağ*
flour: un ihracat*, un ithalat*
potash: potas, potas ihracat*, potasyum gübre*
urea: üre gübresi*, üre ihracat*
rosewood: gül ağacı*, palisander*
fodder: hayvan yemi*, kaba yem*, yem ihracat*
electricity exports: elektrik ihracat*
medical masks: tıbbi maske*, cerrahi maske*, N95 maske*
forced labour goods: zorla çalıştırma ürün*, zorla çalıştırmayla üretilen*
foreign investment: yabancı yatırım*
foreign land ownership: yabancılara toprak satış*, yabancılara arazi satış*
high-denomination banknotes: büyük banknot*, yüksek değerli banknot*
bankers' bonuses: banker ikramiye*, yönetici prim*, yönetici ikramiye*
chess: satranç*
boxing: boks, boksu, boksun, boks maçları, boks maçı
martial arts: dövüş sanatları*, dövüş sporları*, kick boks*
mixed martial arts: MMA, karma dövüş sanatları*
wrestling: güreş*
yoga: yoga*
ball games: top oyun*, top oynama*
horse racing: at yarış*
motorsport: motor sporları*, ralli*, oto yarış*
bungee jumping: bungee jump*, bungee atlama*
rock climbing: kaya tırmanış*, dağcılık*
karaoke: karaoke*
poker: poker*
mahjong: mahjong*
playing cards: iskambil*, kağıt oyun*
water pistols: su tabanca*
gyms: spor salon*
fidget spinners: fidget spinner*, stres çarkı*
sledding: kızak*
paintball: paintball*, airsoft*
`);

/** A form that starts with "i" or "ı", also with its capital, which JavaScript folds to "i̇" and "i". */
const capitals = (f: string): string[] => (f.startsWith("i") ? [f, `İ${f.slice(1)}`] : f.startsWith("ı") ? [f, `I${f.slice(1)}`] : [f]);

export const categories: Record<string, string[]> = Object.fromEntries(
  Object.entries(table).map(([name, forms]) => [name, [...new Set(forms.flatMap(capitals))]]),
);
