// Categories of banned things (src/gazetteer/categories.ts): canonical name -> Indonesian forms.
// Indonesian nouns take no endings; the possessive "-nya" is read by the "*" stems, or listed ("rokoknya").
// A plural may be a reduplication ("buku-buku"). Stems with "*" only where no other word starts so
// ("bir*" would take "biru", "birokrasi"); short everyday words with another meaning are left out
// or given only in phrases ("buah" is also a counter word, "paus" also the Pope, "gading" in "Pantai Gading").
import { categoryTable } from "../../gazetteer/categories.js";

export const categories: Record<string, string[]> = categoryTable(`
tobacco: tembakau, tembakaunya, produk tembakau, hasil tembakau, produk hasil tembakau
cigarettes: rokok, rokoknya, rokok konvensional, rokok kretek, kretek, sigaret, batang rokok, rokok batangan
e-cigarettes: rokok elektrik, rokok elektronik, vape*, vapor, vaping, e-rokok, rokok listrik
disposable vapes: vape sekali pakai, rokok elektrik sekali pakai, rokok elektronik sekali pakai, vape disposable, disposable vape*, pod sekali pakai
e-liquids: cairan rokok elektrik, cairan rokok elektronik, cairan vape, liquid vape, e-liquid*, liquid rokok elektrik, cairan vapor
flavoured e-cigarettes: rokok elektrik beraroma, rokok elektrik berperisa, vape beraroma, vape berperisa, perisa rokok elektrik, perasa rokok elektrik
menthol cigarettes: rokok mentol, rokok menthol, sigaret mentol
flavoured tobacco: tembakau beraroma, tembakau berperisa, produk tembakau beraroma, produk tembakau berperisa
flavoured cigarettes: rokok beraroma, rokok berperisa, rokok dengan perisa, rokok dengan aroma
nicotine pouches: kantong nikotin, kantung nikotin, nicotine pouch*
heated tobacco products: produk tembakau yang dipanaskan, tembakau yang dipanaskan, tembakau dipanaskan, heated tobacco*
cigars: cerutu, cerutunya
snus: snus
shisha: shisha, syisha, sisha, hookah
chewing tobacco: tembakau kunyah, tembakau hirup, gutka
rolling tobacco: tembakau linting, tembakau iris, rokok linting, rokok lintingan
smoking: merokok, kegiatan merokok, aktivitas merokok
tobacco advertising: iklan rokok, iklan tembakau, iklan produk tembakau, promosi rokok, promosi produk tembakau, sponsor rokok, sponsorship rokok, reklame rokok
alcohol: alkohol, minuman keras, miras, minuman beralkohol, minol, penjualan alkohol, penjualan minuman beralkohol
beer: bir, birnya, penjualan bir
alcohol advertising: iklan alkohol, iklan minuman beralkohol, iklan minuman keras, iklan miras, promosi minuman beralkohol
energy drinks: minuman energi, minuman berenergi
sugary drinks: minuman manis, minuman berpemanis, minuman bergula, minuman berpemanis dalam kemasan, MBDK, minuman bersoda, minuman soda
cannabis: ganja, mariyuana, marijuana, kanabis, ganja medis
kratom: kratom, daun kratom
khat: khat, daun khat, qat
magic mushrooms: jamur ajaib, jamur psilosibin, psilosibin, psilocybin, magic mushroom*
nitrous oxide: gas tertawa, dinitrogen oksida, nitrous oxide, N2O
synthetic cannabinoids: ganja sintetis, kanabinoid sintetis, tembakau gorila, tembakau sintetis
CBD: CBD, kanabidiol, cannabidiol, minyak CBD
hemp flowers: bunga hemp, bunga rami, bunga CBD
HHC: HHC, heksahidrokanabinol
poppers: poppers, amil nitrit
foie gras: foie gras
fur: bulu hewan, bulu binatang, produk bulu hewan, mantel bulu, bulu asli
fur farming: peternakan bulu, peternakan hewan berbulu, peternakan hewan penghasil bulu
mink farming: peternakan cerpelai, peternakan mink, budi daya cerpelai
glyphosate: glifosat, glyphosate, Roundup
pesticides: pestisida, herbisida, insektisida
neonicotinoids: neonikotinoid
GMOs: GMO, transgenik, tanaman transgenik, rekayasa genetika, produk rekayasa genetik*, tanaman rekayasa genetik*, pangan rekayasa genetik*, organisme hasil rekayasa genetik*
palm oil: minyak sawit, minyak kelapa sawit, minyak sawit mentah, CPO, crude palm oil, olein sawit, ekspor minyak sawit, ekspor minyak kelapa sawit, ekspor CPO
trans fats: lemak trans, asam lemak trans
lab-grown meat: daging hasil laboratorium, daging laboratorium, daging buatan laboratorium, daging budidaya sel, daging kultur, daging sintetis
junk food advertising: iklan makanan cepat saji, iklan junk food, iklan makanan tidak sehat, iklan pangan tidak sehat
raw milk: susu mentah, susu tanpa pasteurisasi, susu yang tidak dipasteurisasi
food dyes: pewarna makanan, pewarna pangan, pewarna sintetis, pewarna buatan
titanium dioxide: titanium dioksida, E171
shark fins: sirip hiu, sup sirip hiu
dog meat: daging anjing, perdagangan daging anjing, anjing untuk dikonsumsi
cat meat: daging kucing
rhino horn: cula badak
ivory: gading gajah, perdagangan gading, produk gading, ekspor gading, impor gading
circus animals: hewan sirkus, satwa sirkus, sirkus hewan, satwa liar di sirkus
trophy hunting: perburuan trofi, berburu trofi, trofi perburuan
bullfighting: adu banteng
live animal exports: ekspor hewan hidup, ekspor sapi hidup, ekspor ternak hidup
battery cages: kandang baterai, ayam kandang baterai
bottom trawling: pukat dasar, trawl dasar, pukat harimau, cantrang, pukat tarik
whaling: perburuan paus, penangkapan paus, berburu paus
animal testing: uji coba pada hewan, pengujian pada hewan, uji hewan, percobaan hewan, percobaan pada hewan
chewing gum: permen karet
exotic pets: hewan eksotis, satwa eksotis, hewan peliharaan eksotis
grain: biji-bijian, serealia, ekspor biji-bijian
rice: beras, berasnya, ekspor beras, impor beras, gabah
wheat: gandum
onions: bawang merah, bawang bombai, bawang bombay
tomatoes: tomat
potatoes: kentang
beef: daging sapi, daging kerbau, impor daging sapi
poultry: unggas, daging ayam, daging unggas, produk unggas
pork: daging babi, produk babi, olahan babi
sugar: gula, gula pasir, gula rafinasi, gula kristal, impor gula
eggs: telur, telur ayam
maize: jagung
fertilisers: pupuk, pupuk kimia, pupuk bersubsidi, pupuk urea
sunflower oil: minyak bunga matahari
single-use plastics: plastik sekali pakai, produk plastik sekali pakai, plastik sekali buang
plastic bags: kantong plastik, kantung plastik, kantong kresek, kantong belanja plastik, tas plastik, tas kresek, kresek
plastic straws: sedotan plastik, sedotan
plastic cutlery: alat makan plastik, peralatan makan plastik, alat makan sekali pakai, sendok plastik, garpu plastik
plastic plates: piring plastik, piring sekali pakai
plastic stirrers: pengaduk plastik, pengaduk minuman
plastic cotton buds: cotton bud*, korek kuping, batang kapas plastik
plastic balloon sticks: tongkat balon, tangkai balon, stik balon
plastic cups: gelas plastik, cangkir plastik, gelas sekali pakai
plastic bottles: botol plastik, botol PET, air minum dalam kemasan plastik
glass bottles: botol kaca, wadah kaca
plastic packaging: kemasan plastik, pembungkus plastik, plastik pembungkus, plastik kemasan
expanded polystyrene food containers: styrofoam, stirofoam, polistirena, wadah styrofoam, kemasan styrofoam, wadah makanan styrofoam
microbeads: microbead*, mikroplastik dalam kosmetik, butiran plastik mikro
oxo-degradable plastics: plastik oxo-degradable, plastik oksodegradabel, plastik oxo
oxo-degradable plastic bags: kantong plastik oxo-degradable, kantong plastik oksodegradabel, kantong oxo-degradable
wet wipes: tisu basah
sky lanterns: lampion terbang, lampion langit, lentera langit
coal: batu bara, batubara, PLTU batu bara, PLTU, pembangkit listrik tenaga uap batu bara
combustion engine cars: mobil berbahan bakar fosil, kendaraan berbahan bakar fosil, mobil bensin, mobil bermesin pembakaran, mesin pembakaran dalam, kendaraan bermesin pembakaran
diesel cars: mobil diesel, kendaraan diesel, mobil bermesin diesel
gas boilers: boiler gas, pemanas gas
oil boilers: boiler minyak, pemanas minyak
incandescent light bulbs: lampu pijar, bohlam pijar, lampu halogen
patio heaters: pemanas teras, pemanas luar ruangan
leaf blowers: peniup daun, leaf blower*
wood stoves: tungku kayu, tungku kayu bakar, kompor kayu bakar
PFAS: PFAS, bahan kimia abadi, PFOA, PFOS
asbestos: asbes
fracking: fracking, rekah hidraulik, perekahan hidraulik, perekahan hidrolik
deep-sea mining: penambangan laut dalam, tambang laut dalam, penambangan dasar laut
aircraft: pesawat terbang, pesawat udara, pesawat
private jets: jet pribadi, pesawat pribadi
short-haul flights: penerbangan jarak pendek, penerbangan domestik jarak pendek
cruise ships: kapal pesiar
SUVs: SUV
e-scooters: skuter listrik, otopet listrik, e-scooter*, skuter listrik sewaan
fossil fuel advertising: iklan bahan bakar fosil, iklan energi fosil
mobile phones: ponsel*, telepon genggam, handphone, HP, telepon seluler, gawai, telepon pintar, ponsel pintar, smartphone*
smartwatches: jam tangan pintar, smartwatch*
laptops: laptop*, komputer jinjing
power banks: power bank*, powerbank*, pengisi daya portabel
social media: media sosial, medsos, platform media sosial
messaging apps: aplikasi pesan, aplikasi perpesanan, aplikasi pesan instan, aplikasi obrolan, aplikasi chat
video games: gim video, video game*, permainan video, gim konsol
online games: game online, game daring, gim daring, gim online, permainan daring, permainan online
online gambling: judi online, judi daring, judol, judi slot, slot online, kasino online, situs judi, aplikasi judi, taruhan online
gambling: judi, perjudian, kasino, taruhan
sports betting: taruhan olahraga, judi bola, taruhan sepak bola, judi olahraga
gambling advertising: iklan judi, iklan perjudian, promosi judi, promosi perjudian
slot machines: mesin slot, mesin judi, mesin jackpot, dingdong
loot boxes: loot box*
cryptocurrencies: kripto, mata uang kripto, aset kripto, uang kripto, bitcoin, mata uang digital, perdagangan kripto
crypto mining: penambangan kripto, penambangan bitcoin, penambangan mata uang kripto, tambang kripto
crypto exchanges: bursa kripto, pertukaran kripto, exchange kripto, platform perdagangan kripto, pedagang aset kripto
VPNs: VPN, jaringan pribadi virtual, layanan VPN
AI chatbots: chatbot*, chatbot AI, chatbot kecerdasan buatan, AI generatif, kecerdasan buatan generatif, aplikasi AI, alat AI
facial recognition: pengenalan wajah, teknologi pengenalan wajah
deepfakes: deepfake*, video deepfake
spyware: spyware, perangkat lunak mata-mata, perangkat mata-mata, aplikasi mata-mata
drones: drone*, pesawat nirawak, pesawat tanpa awak
telecom equipment: peralatan telekomunikasi, perangkat telekomunikasi, perangkat jaringan
5G equipment: peralatan 5G, perangkat 5G, jaringan 5G
surveillance cameras: kamera pengawas, CCTV, kamera CCTV
semiconductors: semikonduktor, chip semikonduktor, cip semikonduktor, mikrocip, chip AI, cip canggih
mobile internet: internet seluler, data seluler, internet mobile, akses internet seluler, layanan data seluler
internet: internet, akses internet, layanan internet, pemutusan internet, pemadaman internet
pornography: pornografi, konten pornografi, situs porno, konten porno, video porno, situs dewasa
targeted advertising: iklan bertarget, iklan yang ditargetkan, iklan terpersonalisasi
social commerce: social commerce, perdagangan sosial, s-commerce
satellite dishes: antena parabola, parabola
connected cars: mobil terkoneksi, mobil terhubung, kendaraan terhubung
routers: router*, router Wi-Fi
live streaming: siaran langsung, live streaming, livestreaming, siaran langsung daring
media outlets: media massa, outlet media, situs berita, portal berita, media asing, stasiun televisi, stasiun TV, stasiun radio, saluran televisi, kantor berita
books: buku, bukunya, buku-buku, buku pelajaran
music: musik, musiknya, lagu, lagu-lagu, video musik
movies: film, filmnya, film-film, film layar lebar
TV series: sinetron, serial TV, serial televisi, drama televisi, tayangan televisi, drama Korea, drakor
newspapers: surat kabar, koran, majalah
concerts: konser, konser musik, festival musik
LGBTQ content: LGBT, LGBTQ, konten LGBT, konten LGBTQ, propaganda LGBT, kampanye LGBT
religious symbols: simbol agama, simbol keagamaan, atribut keagamaan, pakaian keagamaan
face coverings: cadar, niqab, burka, burqa, penutup wajah
abayas: abaya, gamis
headscarves: jilbab*, kerudung*, hijab*
Nazi symbols: simbol Nazi, lambang Nazi, atribut Nazi, swastika, salam Nazi
protests: unjuk rasa, demonstrasi, demo, aksi protes, aksi demonstrasi, aksi unjuk rasa
public gatherings: kerumunan, acara publik, kegiatan masyarakat, pertemuan massal, kegiatan keramaian, pengumpulan massa
cinemas: bioskop
Sunday trading: berjualan pada hari Minggu, toko buka hari Minggu, buka pada hari Minggu
rainbow flags: bendera pelangi
short-term rentals: sewa jangka pendek, penyewaan jangka pendek, akomodasi jangka pendek
cash: uang tunai, pembayaran tunai, transaksi tunai
surrogacy: ibu pengganti, sewa rahim, surogasi
conversion therapy: terapi konversi
abortion: aborsi, pengguguran kandungan, obat aborsi
gender-affirming care: perawatan afirmasi gender, operasi ganti kelamin, operasi kelamin, penghambat pubertas, transisi gender
child marriage: pernikahan anak, perkawinan anak, pernikahan dini, perkawinan usia anak, pernikahan di bawah umur
female genital mutilation: sunat perempuan, khitan perempuan, mutilasi genital perempuan, pemotongan dan perlukaan genitalia perempuan, P2GP
corporal punishment: hukuman fisik, hukuman badan, hukuman cambuk
begging: mengemis, kegiatan mengemis, meminta-minta
prostitution: prostitusi, pelacuran, praktik prostitusi, lokalisasi
ride-hailing: ojek online, ojek daring, ojol, taksi online, taksi daring, transportasi online, transportasi daring, angkutan online
private tutoring: les privat, bimbingan belajar, bimbel, kursus privat
tanning beds: solarium, tanning bed*
skin-lightening products: krim pemutih, pemutih kulit, produk pemutih, kosmetik pemutih
dangerous dog breeds: ras anjing berbahaya, anjing pitbull, pitbull
XL bully dogs: XL bully*
billboards: papan reklame, baliho, billboard*, reklame luar ruang
short selling: short selling, jual kosong, short sell*
binary options: opsi biner, binary option*
firearms: senjata api, senpi, senjata api ilegal
assault weapons: senapan serbu, senjata serbu, AR-15*, senjata gaya militer
handguns: pistol*, senjata genggam
ghost guns: senjata rakitan, senjata api rakitan, senpi rakitan, senjata cetak 3D, senjata hantu
knives: pisau, senjata tajam, sajam, parang, celurit, golok
weapons: senjata
landmines: ranjau darat, ranjau antipersonel
cluster munitions: munisi tandan, amunisi tandan, bom curah, bom tandan
fireworks: kembang api, petasan, mercon
pepper spray: semprotan merica, semprotan cabai, pepper spray
ammunition: amunisi, peluru
toy guns: pistol mainan, senjata mainan, senapan mainan, airsoft gun
laser pointers: laser pointer*, penunjuk laser, senter laser
nuclear weapons: senjata nuklir
chemical weapons: senjata kimia
hunting: perburuan, berburu, perburuan satwa, perburuan satwa liar, perburuan liar
wolf hunting: perburuan serigala
bear hunting: perburuan beruang
duck hunting: perburuan bebek, berburu bebek, perburuan itik
seal hunting: perburuan anjing laut
fox hunting: perburuan rubah, berburu rubah
fishing: penangkapan ikan, menangkap ikan, kegiatan perikanan
eel fishing: penangkapan sidat, penangkapan belut, benih sidat, glass eel
cod fishing: penangkapan ikan kod
sardine fishing: penangkapan sarden, penangkapan ikan sarden, penangkapan lemuru, penangkapan ikan lemuru
tuna fishing: penangkapan tuna, penangkapan ikan tuna
shark fishing: penangkapan hiu, penangkapan ikan hiu, perburuan hiu
sea urchin fishing: penangkapan bulu babi, pengambilan bulu babi
driftnet fishing: jaring insang hanyut, jaring hanyut, drift net
logging: penebangan, penebangan liar, penebangan pohon, pembalakan, pembalakan liar
deforestation: deforestasi, penggundulan hutan, pembukaan hutan, alih fungsi hutan, pembukaan lahan, penebangan hutan
mining: pertambangan, penambangan, kegiatan tambang, aktivitas tambang, kegiatan pertambangan, aktivitas pertambangan
metal mining: penambangan logam, pertambangan logam, tambang logam, pertambangan mineral logam
gold mining: penambangan emas, pertambangan emas, tambang emas, penambangan emas tanpa izin
open-pit mining: tambang terbuka, penambangan terbuka, pertambangan terbuka
sand mining: penambangan pasir, tambang pasir, pengerukan pasir, pasir laut, ekspor pasir laut
uranium mining: penambangan uranium, tambang uranium
oil drilling: pengeboran minyak, eksplorasi minyak, eksplorasi minyak dan gas, pengeboran minyak dan gas, eksplorasi migas
offshore drilling: pengeboran lepas pantai, pengeboran minyak lepas pantai, eksplorasi lepas pantai
peat: gambut, lahan gambut
apricot kernels: biji aprikot
meat: daging, dagingnya, produk daging, daging merah, daging olahan, impor daging
meat advertising: iklan daging, iklan produk daging
dairy products: produk susu, susu bubuk, produk olahan susu
seafood: makanan laut, hasil laut, produk perikanan, hasil perikanan, produk kelautan, seafood
honey: madu
cocoa: kakao, biji kakao
fruit: buah-buahan, buah segar, impor buah, buah impor
vegetables: sayuran, sayur, sayur-sayuran, sayur-mayur, impor sayuran
soybeans: kedelai, kacang kedelai, produk kedelai
horse meat: daging kuda
bushmeat: daging satwa liar, daging hewan liar, daging buruan
wildlife trade: perdagangan satwa liar, perdagangan satwa dilindungi, perdagangan hewan liar, jual beli satwa liar, pasar satwa liar, konsumsi satwa liar, perdagangan burung liar
aspartame: aspartam, aspartame, E951
artificial sweeteners: pemanis buatan, pemanis sintetis, pemanis
food additives: bahan tambahan pangan, zat aditif, aditif makanan
plant-based meat: daging nabati, daging berbasis tumbuhan, daging berbasis nabati, daging tiruan, daging vegan, burger nabati
plant-based milk: susu nabati, susu kedelai, susu oat, susu almond, minuman nabati
antibiotics: antibiotik, antibiotika, antibiotic growth promoter*, AGP
growth hormones: hormon pertumbuhan
chlorinated chicken: ayam klorin, ayam yang dicuci klorin
fast food: makanan cepat saji, restoran cepat saji, gerai cepat saji, fast food
ultra-processed foods: makanan ultra-olahan, makanan ultraproses, makanan ultra-proses, pangan ultra-proses, pangan olahan ultra
junk food: junk food, makanan tidak sehat, pangan tidak sehat, makanan sampah, jajanan tidak sehat
nitrites: nitrit, natrium nitrit
chlorpyrifos: klorpirifos, chlorpyrifos
paraquat: parakuat, paraquat
atrazine: atrazin, atrazine
chlorothalonil: klorotalonil, chlorothalonil
lead ammunition: amunisi timbal, peluru timbal, pemberat pancing timbal
mercury: merkuri, air raksa, amalgam
bisphenol A: bisfenol A, bisphenol A, BPA
bisphenols: bisfenol, bisphenol
phthalates: ftalat, phthalate*
formaldehyde: formalin, formaldehida
hydroquinone: hidrokuinon, hydroquinone
talc: talkum, bedak talk, bedak berbahan talk
heavy fuel oil: bahan bakar minyak berat, minyak bakar, HFO
codeine: kodein, codeine
tramadol: tramadol
fentanyl: fentanil, fentanyl
ephedrine: efedrin, efedrina, ephedrine
melatonin: melatonin
ivermectin: ivermektin, ivermectin
hydroxychloroquine: hidroksiklorokuin, hydroxychloroquine
opioids: opioid, opiat
steroids: steroid, steroid anabolik
cough syrups: obat sirup, obat sirop, sirup obat, obat batuk sirup, sirup obat batuk, obat batuk
cars: mobil, mobil pribadi, kendaraan pribadi, kendaraan bermotor
trucks: truk, angkutan barang, kendaraan angkutan barang, kendaraan berat, truk sumbu tiga
motorcycles: sepeda motor, kendaraan roda dua, motor gede, moge
motorcycle taxis: ojek, ojek pangkalan, ojek konvensional, ojek sepeda motor
tuk-tuks: bajaj, bemo, becak motor, bentor, becak, tuk-tuk*
mopeds: skuter, moped
e-bikes: sepeda listrik, e-bike*
fat bikes: fatbike*, fat bike*
jet skis: jet ski*, jetski*
horse-drawn carriages: delman, andong, dokar, kereta kuda, bendi
night flights: penerbangan malam
street vending: berjualan di trotoar, berjualan di pinggir jalan, berjualan di bahu jalan, berjualan di jalan, berdagang di trotoar, berdagang di jalan
nightclubs: kelab malam, klub malam, diskotek, tempat hiburan malam, THM
camping: berkemah, kemah, camping, berkemah liar
barbecues: barbekyu, barbeque, barbecue
campfires: api unggun
bonfires: api unggun besar, pesta api unggun
stubble burning: pembakaran jerami, membakar jerami, pembakaran sisa panen
open burning: pembakaran sampah, membakar sampah, pembakaran terbuka, pembakaran lahan, membakar lahan, pembakaran hutan dan lahan
street prayers: salat di jalan, shalat di jalan, sholat di jalan, ibadah di jalan
loudspeakers: pengeras suara, toa
public drinking: minum alkohol di tempat umum, minum minuman keras di tempat umum, minum miras di tempat umum, mabuk di tempat umum
pride parades: parade LGBT, pawai LGBT, parade pride, pawai pride
second-hand clothes: pakaian bekas, baju bekas, pakaian bekas impor, impor pakaian bekas, thrifting
second-hand underwear: pakaian dalam bekas
used cars: mobil bekas, kendaraan bekas, impor mobil bekas
used tyres: ban bekas
e-waste: limbah elektronik, sampah elektronik, e-waste
plastic waste: sampah plastik, limbah plastik, impor sampah plastik
scrap metal: besi tua, besi bekas, logam bekas, skrap logam, skrap besi
timber: kayu bulat, kayu gelondongan, log kayu, ekspor kayu, kayu ilegal, kayu tropis
rare earths: logam tanah jarang, unsur tanah jarang, tanah jarang
gallium: galium, gallium
germanium: germanium
antimony: antimon, antimony
graphite: grafit
diamonds: berlian
textiles: tekstil, produk tekstil, impor tekstil
luxury goods: barang mewah
arms exports: ekspor senjata, penjualan senjata, pengiriman senjata
dual-use goods: barang penggunaan ganda, barang guna ganda, barang dwiguna, teknologi guna ganda, dual-use
uranium: uranium
oil: minyak mentah, minyak bumi, impor minyak mentah, ekspor minyak mentah, impor minyak bumi, ekspor minyak bumi, produk minyak bumi
natural gas: gas alam, gas alam cair, LNG, gas Rusia, ekspor gas
vaccines: vaksin, vaksinnya
vaccine mandates: wajib vaksin, vaksinasi wajib, kewajiban vaksin, kewajiban vaksinasi, syarat vaksin, syarat vaksinasi
invasive species: spesies invasif, spesies asing invasif, tanaman invasif, hewan invasif
pangolins: trenggiling, sisik trenggiling
dog fighting: adu anjing
cockfighting: sabung ayam, adu ayam
pigeon feeding: memberi makan merpati, memberi makan burung
cherry laurel: cherry laurel, laurel ceri
greyhound racing: balap anjing, balapan anjing, balapan anjing greyhound
dolphinariums: pertunjukan lumba-lumba, sirkus lumba-lumba, lumba-lumba di penangkaran, lumba-lumba dalam penangkaran
ritual slaughter: penyembelihan ritual, penyembelihan tanpa pemingsanan, penyembelihan halal
gender-neutral language: bahasa netral gender, bahasa inklusif gender
flags: bendera, bendera asing, bendera Palestina, pengibaran bendera
communist symbols: simbol komunis, lambang komunis, atribut komunis, palu arit, simbol PKI, atribut PKI
burkinis: burkini
political advertising: iklan politik, iklan kampanye, iklan pemilu
foreign funding: pendanaan asing, dana asing, bantuan dana asing, pendanaan dari luar negeri
NGOs: LSM, lembaga swadaya masyarakat, organisasi non-pemerintah, NGO
religious groups: kelompok agama, kelompok keagamaan, organisasi keagamaan, ormas keagamaan, aliran sesat, sekte
homeschooling: homeschooling, sekolah rumah
sex education: pendidikan seks, pendidikan seksual, pendidikan kesehatan reproduksi
critical race theory: teori ras kritis
DEI programmes: DEI, program DEI, program keberagaman, inisiatif keberagaman
drag shows: pertunjukan drag, drag show*, drag queen
same-sex marriage: pernikahan sesama jenis, perkawinan sesama jenis, pernikahan sejenis
polygamy: poligami
cousin marriage: pernikahan sepupu, perkawinan sepupu, menikahi sepupu
e-commerce platforms: platform e-commerce, e-commerce, lokapasar, marketplace, platform belanja online, situs belanja online
crypto ATMs: ATM kripto, ATM bitcoin
stablecoins: stablecoin*
NFTs: NFT
buy now pay later: paylater, pay later, beli sekarang bayar nanti, BNPL
dating apps: aplikasi kencan, aplikasi kencan daring, aplikasi pencari jodoh
cosmetic surgery: operasi plastik, bedah plastik, bedah kosmetik, prosedur kosmetik, botoks, suntik filler
tattoos: tato*
piercings: tindik, piercing
assisted dying: eutanasia, suntik mati, bunuh diri berbantuan
nuclear power: tenaga nuklir, energi nuklir, PLTN, pembangkit listrik tenaga nuklir
wind turbines: turbin angin, tenaga angin, energi angin, PLTB, pembangkit listrik tenaga bayu
solar panels: panel surya, PLTS, PLTS atap, pembangkit listrik tenaga surya, tenaga surya, energi surya
gas stoves: kompor gas
gravel gardens: taman kerikil, taman batu
artificial turf: rumput sintetis, rumput sintetik, rumput buatan
glitter: glitter, gliter
balloons: balon, balon udara, balon helium, pelepasan balon
confetti: konfeti, confetti
lawn watering: menyiram rumput, menyiram taman, penyiraman taman, penyiraman halaman
swimming pool filling: mengisi kolam renang, pengisian kolam renang
car washing: mencuci mobil, cuci mobil, pencucian mobil
irrigation: irigasi, pengairan
evictions: penggusuran, penggusuran paksa, pengusiran penyewa
stun guns: senjata kejut listrik, alat kejut listrik, pistol setrum, stun gun*, taser
away fans: suporter tamu, suporter tim tamu, pendukung tim tamu, penonton tamu
fossil fuel heating: pemanas berbahan bakar fosil, pemanasan berbahan bakar fosil, sistem pemanas berbahan bakar fosil
open fireplaces: perapian terbuka, perapian kayu, perapian
air conditioning: pendingin ruangan, penyejuk ruangan, pendingin udara, penyejuk udara, air conditioner
shop window lighting: lampu etalase, penerangan etalase, pencahayaan etalase, lampu etalase toko
outdoor lighting: pencahayaan luar ruangan, penerangan luar ruangan, lampu luar ruangan, reklame bercahaya, papan reklame bercahaya, lampu hias gedung
electric cars: mobil listrik, kendaraan listrik, kendaraan listrik berbasis baterai
old vehicles: kendaraan tua, mobil tua, kendaraan berusia tua, kendaraan lama
tour buses: bus pariwisata, bus wisata, bus-bus pariwisata, bus tur
golf carts: mobil golf, kereta golf, golf cart
quad bikes: ATV, motor ATV, kendaraan ATV
snowmobiles: mobil salju, motor salju, snowmobile
hoverboards: hoverboard
motorboats: perahu motor, perahu bermotor, speedboat, speed boat
helicopters: helikopter
paragliders: paralayang, paramotor, paragliding
hot-air balloons: balon udara panas, penerbangan balon udara
microlight aircraft: pesawat ultraringan, pesawat ultra ringan
kites: layang-layang, layangan, bermain layang-layang
lawn mowers: mesin pemotong rumput, pemotong rumput
swimming: berenang, renang, mandi di laut, mandi di sungai
off-road driving: off-road, offroad
data centres: pusat data, data center
golf courses: lapangan golf
snow cannons: meriam salju, salju buatan
disposable nappies: popok sekali pakai, popok, diaper sekali pakai
takeaway containers: wadah makanan sekali pakai, kemasan makanan sekali pakai, wadah makanan bawa pulang
plastic sachets: sachet, saset, kemasan saset, kemasan sachet, plastik saset, sachet plastik
cigarette filters: filter rokok, puntung rokok
polystyrene: gabus putih, produk styrofoam, kemasan gabus
microplastics: mikroplastik
charcoal: arang, arang kayu, arang bakau, ekspor arang
kerosene: minyak tanah, kerosin, kerosene
diesel generators: genset, genset diesel, generator diesel, generator set
gas flaring: pembakaran gas, pembakaran gas suar, gas suar, flaring
potassium bromate: kalium bromat, potasium bromat
brominated vegetable oil: minyak nabati terbrominasi, minyak sayur terbrominasi, minyak nabati brominasi
propylparaben: propilparaben, propylparaben, propil paraben
oxybenzone: oksibenzon, oxybenzone, benzofenon-3
chemical sunscreens: tabir surya kimia, tabir surya kimiawi, sunscreen kimia, filter UV kimia, tabir surya berbahan kimia
water fluoridation: fluoridasi air, fluoridasi air minum, fluoridasi, fluorida dalam air minum, fluorida dalam air, air berfluorida
lead paint: cat bertimbal, cat mengandung timbal, cat berbasis timbal, timbal dalam cat, kandungan timbal dalam cat
cadmium: kadmium, cadmium
PVC: PVC, polivinil klorida
nitrates: nitrat, natrium nitrat, kalium nitrat
baby walkers: baby walker, alat bantu jalan bayi
infant formula advertising: iklan susu formula, iklan susu formula bayi, promosi susu formula, promosi susu formula bayi, pemasaran susu formula, iklan pengganti air susu ibu, promosi pengganti air susu ibu, iklan pengganti ASI, promosi pengganti ASI, iklan susu bayi
weight-loss drugs: obat penurun berat badan, obat obesitas, obat antiobesitas, suntik penurun berat badan, suntikan penurun berat badan, Ozempic, Wegovy, semaglutida, semaglutide, tirzepatida, Mounjaro, sibutramin
diet pills: pil diet, pil pelangsing, obat pelangsing, obat diet, produk pelangsing, suplemen pelangsing, kapsul pelangsing, jamu pelangsing, penekan nafsu makan
ketamine: ketamin, ketamine
psychedelics: psikedelik, zat psikedelik, obat psikedelik, narkoba psikedelik, halusinogen, zat halusinogen, LSD, DMT, ayahuasca, meskalin
xylazine: xylazine, silazin, xilazin
nitazenes: nitazena, nitazene, isotonitazena, isotonitazene, protonitazena, protonitazene
delta-8 THC: delta-8 THC, delta-8-THC, delta-8
betel nut: buah pinang, biji pinang, sirih pinang, ekspor pinang, impor pinang, pinang muda, pinang kering
contraceptives: alat kontrasepsi, kontrasepsi, alat KB, pil KB, obat KB, suntik KB, pil kontrasepsi, kontrasepsi darurat, kondom, alat pencegah kehamilan
cosmetic fillers: filler wajah, filler bibir, filler kulit, filler hidung, injeksi filler, suntik asam hialuronat, injeksi asam hialuronat, pengisi kulit
hair relaxers: pelurus rambut kimia, obat pelurus rambut, krim pelurus rambut, produk pelurus rambut, pelurusan rambut kimia, relaxer rambut, smoothing rambut
edible insects: serangga yang dapat dimakan, serangga konsumsi, serangga sebagai makanan, serangga sebagai pangan, tepung serangga, tepung jangkrik, protein serangga, makanan berbahan serangga, pangan berbasis serangga
spirits: minuman beralkohol golongan C, minuman keras golongan C, minuman golongan C, minuman beralkohol kadar tinggi, minuman keras kadar tinggi, vodka, wiski, whisky
wine: wine, minuman anggur, anggur merah, minuman wine
moonshine: miras oplosan, minuman oplosan, minuman keras oplosan, minuman beralkohol oplosan, arak oplosan, miras ilegal, minuman keras ilegal, miras tradisional, ciu
button batteries: baterai kancing, baterai koin, baterai sel koin, baterai jam tangan, baterai litium koin
magnetic toys: mainan magnet, mainan magnetik, mainan bermagnet, bola magnet, bola magnetik, manik-manik magnet, magnet kuat, magnet neodymium
water beads: manik-manik air, bola hidrogel, manik hidrogel, manik-manik hidrogel, bola air ajaib, Orbeez
lithium batteries: baterai litium, baterai lithium, baterai litium-ion, baterai lithium-ion, baterai ion litium, baterai li-ion
counterfeit goods: barang palsu, produk palsu, barang tiruan, produk tiruan, barang KW, barang bajakan, produk bajakan, barang imitasi
counterfeit medicines: obat palsu, obat-obatan palsu, obat tiruan
dietary supplements: suplemen, suplemen makanan, suplemen kesehatan, produk suplemen, suplemen herbal
painkillers: obat pereda nyeri, obat penghilang rasa sakit, obat penghilang nyeri, obat antinyeri, analgesik, parasetamol, paracetamol, ibuprofen
homeopathy: homeopati, obat homeopati, pengobatan homeopati
cosmetics: kosmetik, produk kosmetik, produk kecantikan, alat kosmetik
sweets: kembang gula, gula-gula, makanan manis, jajanan manis, camilan manis
tablets: komputer tablet, iPad
smart glasses: kacamata pintar, kacamata cerdas, kacamata AI, kacamata berkamera, smart glasses
AI-generated content: konten buatan AI, konten yang dihasilkan AI, konten hasil AI, konten AI, konten yang dibuat AI, konten buatan kecerdasan buatan, konten hasil kecerdasan buatan, konten yang dihasilkan kecerdasan buatan, gambar buatan AI, video buatan AI
end-to-end encryption: enkripsi ujung ke ujung, enkripsi ujung-ke-ujung, enkripsi end-to-end, E2EE
SIM cards: kartu SIM, kartu perdana, SIM card, eSIM
satellite internet: internet satelit, layanan internet satelit, Starlink
online advertising: iklan online, iklan daring, iklan digital, iklan internet, periklanan digital, periklanan online
influencer marketing: pemasaran influencer, iklan influencer, promosi influencer, promosi oleh influencer, konten bersponsor
crypto advertising: iklan kripto, iklan aset kripto, iklan mata uang kripto, promosi kripto, promosi aset kripto
crypto payments: pembayaran kripto, pembayaran dengan kripto, pembayaran menggunakan kripto, pembayaran menggunakan aset kripto, kripto sebagai alat pembayaran, aset kripto sebagai alat pembayaran, pembayaran bitcoin
lotteries: lotre, lotere, togel
betting shops: kantor taruhan, agen taruhan, bandar taruhan, bandar judi
payday loans: pinjol, pinjaman online, pinjaman daring, pinjaman kilat, pinjaman cepat
foreign currency: valuta asing, mata uang asing, valas
podcasts: podcast, siniar
foreign journalists: wartawan asing, jurnalis asing, koresponden asing, pers asing
comics: komik, buku komik, manga, novel grafis
anime: anime
foreign films: film asing, film-film asing, film luar negeri, film impor
rap music: musik rap, lagu rap, rap, hip hop, hip-hop
drill music: musik drill, drill rap, lagu drill
raves: pesta rave, rave party, rave
strikes: pemogokan, mogok kerja, aksi mogok, mogok nasional
political parties: partai politik, partai-partai politik, parpol, partai
opposition parties: partai oposisi, partai-partai oposisi
trade unions: serikat pekerja, serikat buruh, serikat-serikat pekerja
missionaries: misionaris, penginjil, penginjilan, proselitisme
miniskirts: rok mini, rok pendek
make-up: riasan, tata rias, make up, makeup, lipstik, cat kuku
robocalls: panggilan otomatis, panggilan robot, telepon otomatis, robocall
telemarketing: telemarketing, pemasaran lewat telepon, pemasaran via telepon, telepon penawaran, telepon spam, panggilan spam
junk fees: biaya tersembunyi, biaya siluman, pungutan tersembunyi, biaya tambahan tersembunyi
surge pricing: harga dinamis, tarif dinamis, penetapan harga dinamis, surge pricing
non-compete clauses: klausul non-kompetisi, klausul nonkompetisi, perjanjian non-kompetisi, klausul larangan bersaing, perjanjian larangan bersaing
child labour: pekerja anak, buruh anak
unpaid internships: magang tidak dibayar, magang tanpa bayaran, magang tak berbayar
dogs: anjing, anjing peliharaan, anjing liar
cats: kucing, kucing peliharaan, kucing liar
cattle: sapi, ternak sapi, lembu
glue traps: perangkap lem, lem tikus, jebakan lem, perangkap tikus berperekat
snares: jerat satwa, jerat kawat, jerat hewan, pemasangan jerat
leghold traps: perangkap kaki, perangkap rahang besi, perangkap rahang baja
fish farming: budidaya ikan, akuakultur, perikanan budidaya, tambak ikan, keramba ikan, keramba jaring apung
salmon farming: budidaya salmon, peternakan salmon, tambak salmon
octopus farming: budidaya gurita, peternakan gurita
krill fishing: penangkapan krill, penangkapan kril
lobster fishing: penangkapan lobster, penangkapan benih lobster, benih lobster
shellfish harvesting: pengambilan kerang, penangkapan kerang, pengumpulan kerang
rodeos: rodeo, atraksi rodeo
elephant rides: menunggang gajah, naik gajah, wisata naik gajah, tunggang gajah, atraksi menunggang gajah
puppy sales: penjualan anak anjing, jual beli anak anjing, perdagangan anak anjing
pet shops: toko hewan, toko hewan peliharaan, pet shop
crossbows: busur silang, panah silang, crossbow
swords: pedang, pedang samurai, katana
air guns: senapan angin, senjata angin, pistol angin
high-capacity magazines: magasin berkapasitas tinggi, magasin berkapasitas besar, magasin kapasitas besar
explosives: bahan peledak, dinamit
tear gas: gas air mata, granat gas air mata, tembakan gas air mata
rubber bullets: peluru karet
white phosphorus: fosfor putih, bom fosfor putih, bom fosfor
flares: flare, suar, cerawat
steel: baja, produk baja, impor baja, ekspor baja
aluminium: aluminium, alumunium
copper: tembaga, konsentrat tembaga, bijih tembaga
nickel: nikel, bijih nikel, ekspor bijih nikel
bauxite: bauksit, ekspor bauksit
lithium: litium, lithium
cobalt: kobalt
tungsten: tungsten, wolfram
love locks: gembok cinta
key boxes: kotak kunci, brankas kunci, key box
wheeled suitcases: koper beroda, koper dengan roda, koper troli
street performers: pengamen, pengamen jalanan, seniman jalanan, musisi jalanan
rough sleeping: tidur di jalanan, tidur di jalan, tidur di trotoar, tidur di emperan toko, tidur di ruang publik, menggelandang
homeless encampments: perkemahan tunawisma, tenda tunawisma, permukiman tunawisma
tourist groups: rombongan wisatawan, rombongan turis, kelompok wisatawan, grup wisatawan, rombongan tur
second homes: rumah kedua, rumah peristirahatan
foreign home buyers: pembeli asing, kepemilikan properti oleh asing, kepemilikan asing atas properti, pembelian properti oleh WNA, pembelian rumah oleh orang asing, kepemilikan rumah oleh WNA
new hotels: hotel baru, pembangunan hotel, pembangunan hotel baru, izin hotel baru
# 0.27.0: more categories
game consoles: konsol game, konsol gim, konsol permainan, konsol video game, konsol gaming
gas-powered garden equipment: peralatan taman bermesin bensin, peralatan taman berbahan bakar bensin, alat berkebun bertenaga bensin, gergaji mesin bensin, pemangkas pagar bensin, mesin potong semak bensin
sex dolls: boneka seks, boneka seksual, boneka seks anak, robot seks, sex doll
selfie sticks: tongsis, tongkat narsis, tongkat selfie, tongkat swafoto, selfie stick
disposable lighters: korek api gas, korek gas, pemantik api, korek api sekali pakai, korek gas sekali pakai, pemantik sekali pakai
coal stoves: kompor batu bara, tungku batu bara, pemanas batu bara, pemanas berbahan bakar batu bara, boiler batu bara, pembakaran batu bara rumah tangga
dashcams: dashcam, dash cam, kamera dasbor, kamera mobil, kamera dashboard
coffee capsules: kapsul kopi, kopi kapsul, kapsul kopi sekali pakai
bottled water: air minum dalam kemasan, AMDK, air kemasan, air mineral kemasan, air mineral dalam kemasan, air minum kemasan plastik
bicycles: pesepeda, bersepeda, sepeda kayuh, sepeda onthel, pengguna sepeda, jalur sepeda
camper vans: campervan, karavan, mobil karavan, motorhome, mobil kemah, tidur di mobil, vanlife
right-hand-drive vehicles: kendaraan setir kanan, mobil setir kanan, kemudi kanan, mobil berkemudi kanan, kendaraan berkemudi kanan
self-driving cars: mobil otonom, kendaraan otonom, mobil swakemudi, kendaraan swakemudi, mobil tanpa sopir, mobil tanpa pengemudi, taksi otonom, robotaxi
petrol motorbikes: motor bensin, sepeda motor bensin, motor berbahan bakar bensin, sepeda motor berbahan bakar minyak, motor BBM, sepeda motor BBM, sepeda motor konvensional, motor dua tak
street racing: balap liar, balapan liar, trek-trekan, balap jalanan, street race, drag race liar
beer bikes: sepeda bir, beer bike, sepeda pesta
leaded fuel: bensin bertimbal, bahan bakar bertimbal, premium bertimbal, timbal dalam bensin, tetraetil timbal
liquids in hand luggage: cairan di bagasi kabin, cairan dalam bagasi kabin, cairan di tas jinjing, aturan cairan 100 ml, batas 100 ml, pembatasan cairan, barang cair di kabin
studded tyres: ban paku, ban berpaku, ban salju berpaku, ban bertabur paku
ractopamine: ractopamine, raktopamin, daging babi ractopamine
durian: durian, buah durian
alcopops: alcopop, minuman beralkohol siap minum, koktail siap minum, minuman beralkohol rasa buah, minuman RTD beralkohol, hard seltzer
late-night alcohol sales: penjualan alkohol malam hari, penjualan alkohol pada malam hari, penjualan miras malam hari, penjualan minuman beralkohol malam hari, penjualan minuman beralkohol pada malam hari
drinks promotions: happy hour, promo minuman beralkohol, diskon minuman beralkohol, promo miras, diskon miras, promo alkohol, open bar
DDT: DDT, diklorodifeniltrikloroetana
fluorinated gases: gas berfluorinasi, gas terfluorinasi, hidrofluorokarbon, HFC, klorofluorokarbon, CFC, bahan perusak ozon, sulfur heksafluorida
chlorinated solvents: pelarut terklorinasi, pelarut klorin, trikloroetilena, trikloroetilen, perkloroetilena, tetrakloroetilena, diklorometana, metilen klorida
cyanide: sianida, natrium sianida, penggunaan sianida, sianida dalam pertambangan
acetamiprid: asetamiprid, acetamiprid
rodenticides: rodentisida, racun tikus, racun hewan pengerat, umpan beracun, racun tikus antikoagulan
road salt: garam jalan, garam pencair es, garam untuk jalan, garam batu, garam antibeku
flame retardants: penghambat api, bahan penghambat api, zat penghambat api, penghambat nyala, penghambat api brominasi, PBDE
engineered stone: batu rekayasa, batu buatan, batu kuarsa, meja kuarsa, batu engineered, batu sintetis
cocaine: kokain, daun koka, tanaman koka, pasta koka, perkebunan koka, kokain crack
methamphetamine: metamfetamin, metamfetamina, sabu-sabu, narkoba jenis sabu, narkotika jenis sabu, kristal met, pil yaba
MDMA: MDMA, ekstasi, pil ekstasi, pil inex, terapi MDMA
opium poppy cultivation: opium, bunga opium, tanaman opium, budi daya opium, penanaman opium, poppy opium, ladang opium
new psychoactive substances: narkotika jenis baru, zat psikoaktif baru, NPS, new psychoactive substances, narkoba sintetis, katinon sintetis, mefedron
GHB: GHB, GBL, gamma-hidroksibutirat, gamma hidroksibutirat, gamma-butirolakton, ekstasi cair
bear bile: empedu beruang, peternakan empedu beruang, cairan empedu beruang, produk empedu beruang
donkey skins: kulit keledai, perdagangan kulit keledai, penyembelihan keledai, ejiao, gelatin kulit keledai
tail docking: pemotongan ekor, potong ekor anjing, pemotongan ekor anjing, pemotongan telinga anjing, potong telinga anjing
declawing: pencabutan cakar, pencabutan cakar kucing, pencabutan kuku kucing, mencabut cakar kucing, declawing
sow stalls: kandang induk babi, kandang kurungan babi, kandang bunting, kandang beranak babi, kandang sempit untuk babi
chick culling: pemusnahan anak ayam jantan, pembunuhan anak ayam jantan, penggilingan anak ayam, membunuh anak ayam jantan
live poultry markets: pasar unggas hidup, pasar burung hidup, penjualan unggas hidup, penjualan ayam hidup, perdagangan unggas hidup, pasar basah, pasar hewan hidup
big cats: kucing besar, harimau peliharaan, singa peliharaan, memelihara harimau, memelihara singa, kepemilikan kucing besar
badger culling: pemusnahan luak, pembunuhan luak, pemusnahan badger, perburuan luak
bull running: lari banteng, lari bersama banteng, festival lari banteng, encierro, San Fermin, banteng api
animal sacrifice: pengorbanan hewan, mengorbankan hewan, persembahan hewan, ritual pengorbanan hewan
wildlife feeding: memberi makan satwa liar, memberi makan hewan liar, memberi makan monyet, memberi makan kera, memberi makan rusa, memberi makan satwa, pemberian makan satwa liar, memberi makan beruang
exotic skins: kulit eksotis, kulit hewan eksotis, kulit buaya, kulit ular, kulit piton, kulit biawak, produk kulit eksotis
spitting: meludah, meludah sembarangan, meludah di tempat umum, membuang ludah
littering: buang sampah sembarangan, membuang sampah sembarangan, membuang sampah di sembarang tempat, pembuangan sampah ilegal, pembuangan sampah liar, TPS liar, sampah liar
jaywalking: menyeberang sembarangan, menyeberang jalan sembarangan, menyeberang tidak pada tempatnya, menyeberang saat lampu merah, penyeberang jalan sembarangan
loitering: nongkrong di pinggir jalan, nongkrong di jalan, berkeliaran di jalan, keluyuran, luntang-lantung, berkeliaran tanpa tujuan
skateboarding: skateboard, papan luncur, bermain skateboard, sepatu roda, sepatu luncur, inline skate, skater
public nudity: ketelanjangan di depan umum, telanjang di tempat umum, bertelanjang di tempat umum, nudisme, naturisme, kaum nudis, pantai nudis, berjemur tanpa busana
swimwear in the street: pakaian renang di jalan, baju renang di jalan, bikini di jalan, berbikini di jalan, bertelanjang dada, telanjang dada di jalan, berpakaian renang di luar pantai, tanpa baju di jalan
eating in the street: makan di jalan, makan di pinggir jalan, makan sambil berjalan, makan di tempat umum, makan di depan umum, makan di tangga
graffiti: grafiti, graffiti, coretan dinding, corat-coret, aksi corat-coret, mural liar, cat semprot
honking: klakson, membunyikan klakson, bunyi klakson, penggunaan klakson, klakson telolet, telolet, klakson udara
dancing: menari, berdansa, dansa, berjoget, joget, pesta dansa
entering forests: masuk hutan, memasuki hutan, memasuki kawasan hutan, masuk ke hutan, masuk kawasan hutan, akses ke hutan, kunjungan ke hutan
Halloween: Halloween, perayaan Halloween, pesta Halloween, kostum Halloween
Valentine's Day: Hari Valentine, Valentine, Hari Kasih Sayang, perayaan Valentine, Valentine's Day, Valentine Day
beauty pageants: kontes kecantikan, ajang kecantikan, kontes ratu kecantikan, pemilihan ratu kecantikan, ajang ratu kecantikan, kontes Miss
pub crawls: pub crawl, bar crawl, tur bar, tur keliling bar, keliling bar
Quran burning: pembakaran Al-Quran, pembakaran Alquran, pembakaran Al Quran, pembakaran Al-Qur'an, membakar Al-Quran, membakar Alquran, penodaan Al-Quran, penistaan Al-Quran
flag burning: pembakaran bendera, membakar bendera, bakar bendera, penghinaan bendera, pembakaran bendera negara, menginjak bendera
Holocaust denial: penyangkalan Holocaust, penyangkalan Holokaus, menyangkal Holocaust, penyangkal Holocaust, penyangkalan genosida, menyangkal genosida
Z symbol: simbol Z, huruf Z, tanda Z, lambang Z, logo Z
sex shops: toko seks, sex shop, toko mainan seks, toko alat bantu seks, toko dewasa, toko sex
strip clubs: klub striptis, klub striptease, klub tari telanjang, tarian telanjang, striptis, lap dance, tari striptis
massage parlours: panti pijat, panti pijat plus, tempat pijat, salon pijat, pijat plus-plus, pijat plus, rumah pijat, spa plus-plus
beauty salons: salon kecantikan, salon kecantikan wanita, klinik kecantikan, salon rias, salon wanita
minimarkets: minimarket, mini market, toko swalayan, toko modern, toko kelontong, warung 24 jam, toko 24 jam
vape shops: toko vape, vape store, vape shop, toko rokok elektrik, gerai vape, toko vapor
cannabis shops: toko ganja, kedai ganja, kafe ganja, coffee shop ganja, dispensari ganja, klub ganja, toko kanabis
drive-throughs: drive-thru, drive thru, layanan drive-thru, drive-through, lajur drive-thru, restoran drive-thru, drive-in
dark stores: dark store, toko gelap, gudang pengiriman cepat, dapur gelap, cloud kitchen, ghost kitchen, dapur bayangan, dark kitchen
prescription drug advertising: iklan obat, iklan obat keras, iklan obat resep, iklan obat dengan resep dokter, promosi obat, iklan produk farmasi, iklan obat-obatan
advertising to children: iklan untuk anak, iklan yang ditujukan kepada anak, iklan anak-anak, iklan yang menyasar anak, pemasaran kepada anak, iklan di program anak
junk mail: brosur iklan, selebaran iklan, pamflet iklan, selebaran promosi, surat promosi
digital billboards: videotron, billboard digital, papan reklame digital, reklame digital, layar iklan, reklame videotron, layar LED iklan, reklame elektronik
carbon-neutral claims: greenwashing, klaim netral karbon, klaim ramah lingkungan, klaim hijau, klaim lingkungan menyesatkan, klaim netral iklim, pencucian hijau
CFDs: CFD, contract for difference, kontrak selisih, kontrak berjangka CFD, perdagangan CFD, produk CFD
prediction markets: pasar prediksi, pasar taruhan prediksi, kontrak peristiwa, taruhan pemilu, judi pemilu, taruhan pilpres
fantasy sports: olahraga fantasi, fantasy sports, liga fantasi, fantasy football, permainan uang sungguhan, game uang asli
share buybacks: pembelian kembali saham, buyback saham, aksi buyback, pembelian saham kembali, program buyback
golden passports: paspor emas, kewarganegaraan melalui investasi, kewarganegaraan lewat investasi, jual beli kewarganegaraan, kewarganegaraan untuk investor
golden visas: visa emas, golden visa, visa investor, izin tinggal investor, residensi melalui investasi, izin tinggal melalui investasi
ransom payments: pembayaran tebusan, membayar tebusan, uang tebusan, tebusan ransomware, pembayaran uang tebusan
stock trading by lawmakers: perdagangan saham oleh anggota Kongres, perdagangan saham anggota parlemen, anggota Kongres berdagang saham, jual beli saham oleh anggota Kongres, perdagangan saham oleh politisi, perdagangan saham oleh anggota DPR
CBDCs: mata uang digital bank sentral, CBDC, rupiah digital, euro digital, dolar digital, yuan digital, rubel digital
pirate sites: situs bajakan, situs streaming ilegal, streaming ilegal, film bajakan, konten bajakan, pembajakan digital, IPTV ilegal, situs torrent
loan apps: pinjol ilegal, aplikasi pinjaman online, aplikasi pinjol, pinjaman online ilegal, aplikasi pinjaman, platform pinjaman online, fintech ilegal, aplikasi utang
AI companions: pendamping AI, teman AI, pacar AI, kekasih virtual, pacar virtual, chatbot pendamping, aplikasi pendamping AI, teman virtual
addictive feeds: algoritma adiktif, fitur adiktif, gulir tanpa batas, infinite scroll, putar otomatis, autoplay, algoritma rekomendasi, desain adiktif
suppressors: peredam suara senjata, peredam senjata, peredam senjata api, senjata berperedam, pistol berperedam, silencer
knuckle-dusters: knuckle besi, knuckle duster, buku jari besi, senjata knuckle
flick knives: pisau lipat otomatis, pisau lipat, pisau kupu-kupu, pisau balisong, pisau per, pisau pegas
machine guns: senapan mesin, senjata otomatis, senjata api otomatis, senapan otomatis, pistol mitraliur, senapan mesin ringan
blank guns: pistol suar, pistol gas, pistol alarm, pistol start, pistol peluru hampa, senjata peluru hampa
autonomous weapons: senjata otonom, senjata otonom mematikan, sistem senjata otonom, robot pembunuh, senjata berbasis AI, senjata berbasis kecerdasan buatan
chokeholds: teknik mencekik, cekikan leher, mencekik leher, piting leher, kuncian leher, pitingan leher
death penalty: hukuman mati, pidana mati, vonis mati, eksekusi mati, terpidana mati
virginity tests: tes keperawanan, uji keperawanan, pemeriksaan keperawanan, tes dua jari, himenoplasti, operasi selaput dara
IVF: bayi tabung, program bayi tabung, fertilisasi in vitro, IVF, in vitro, reproduksi berbantu, pengobatan kesuburan
circumcision: sunatan, khitanan, sunat laki-laki, khitan laki-laki, sunat bayi, sunat massal, khitanan massal, sirkumsisi
girls' education: pendidikan anak perempuan, pendidikan perempuan, pendidikan bagi anak perempuan, sekolah anak perempuan, pendidikan menengah anak perempuan, pendidikan tinggi perempuan, pendidikan untuk perempuan
transgender athletes: atlet transgender, atlet trans, atlet transpuan, transpuan di olahraga, perempuan transgender dalam olahraga, pemain transgender
mask mandates: wajib masker, kewajiban memakai masker, wajib pakai masker, kewajiban masker, aturan masker, mandat masker, wajib mengenakan masker
geoengineering: geoengineering, rekayasa iklim, penyemaian awan, modifikasi cuaca, teknologi modifikasi cuaca, hujan buatan, chemtrail, manajemen radiasi matahari
butterfly bushes: buddleja, buddleia, budleja, semak kupu-kupu
knotweed: knotweed Jepang, Fallopia japonica, Reynoutria japonica, gulma knotweed
eucalyptus plantations: eukaliptus, ekaliptus, hutan tanaman eukaliptus, perkebunan eukaliptus, tanaman eukaliptus
gold: ekspor emas, impor emas, emas Rusia, emas batangan, emas mentah, emas dore
iron ore: bijih besi, pasir besi, konsentrat besi
raw cashew nuts: kacang mete, jambu mete, mete gelondongan, biji mete, kacang mede, jambu monyet, ekspor mete
shea nuts: kacang shea, biji shea, shea nut
cotton: kapas, kapas mentah, ekspor kapas, impor kapas, kapas Xinjiang, benang kapas, serat kapas
avocados: alpukat, buah alpukat, avokad, avokado, ekspor alpukat
motor fuel: ekspor BBM, impor BBM, ekspor bahan bakar, ekspor bensin, ekspor solar, impor bensin, impor solar, solar Rusia
hazardous waste: limbah B3, limbah berbahaya, limbah beracun, limbah bahan berbahaya dan beracun, impor limbah, impor sampah, sampah impor, ekspor limbah
# 0.28.0: more categories
bidis: bidi, beedi
kreteks: sigaret kretek, sigaret kretek tangan, sigaret kretek mesin
single cigarettes: rokok eceran, rokok ketengan, rokok per batang
synthetic nicotine: nikotin sintetis
absinthe: absinth, absinthe
kava: kava
powdered alcohol: alkohol bubuk
alcohol deliveries: pengiriman alkohol, layanan antar alkohol, pesan antar minuman beralkohol
heroin: heroin, putaw
amphetamines: amfetamin
pregabalin: pregabalin, gabapentin
benzodiazepines: benzodiazepin, alprazolam, diazepam
pseudoephedrine: pseudoefedrin
ethylene oxide: etilen oksida
dicamba: dikamba, dicamba
ammonium nitrate: amonium nitrat
PCBs: PCB, bifenil poliklorinasi
parabens: paraben
triclosan: triklosan
methyl bromide: metil bromida
caviar: kaviar
whale meat: daging paus
peanuts: kacang tanah
factory farming: peternakan intensif, peternakan industri, peternakan skala besar
sewage sludge: lumpur limbah, lumpur tinja
manure spreading: pupuk kandang, kotoran ternak
piglet castration: kastrasi anak babi
mulesing: mulesing
hare coursing: perburuan kelinci dengan anjing
bird hunting: perburuan burung, berburu burung, penangkapan burung
blast fishing: bom ikan, penangkapan ikan dengan bom, pengeboman ikan
pulse fishing: penangkapan ikan dengan listrik, setrum ikan, nyetrum ikan
gillnets: jaring insang, gillnet
coral harvesting: pengambilan karang, penambangan karang, perdagangan karang hias
foraging: mencari jamur, memetik jamur liar
stray dog culling: pemusnahan anjing liar, pembunuhan anjing liar
spearfishing: menembak ikan, panah ikan, berburu ikan bawah air
flammable cladding: pelapis mudah terbakar, panel komposit aluminium
skyscrapers: gedung pencakar langit, pencakar langit, gedung bertingkat tinggi
dams: bendungan, pembangunan bendungan
biofuels: biofuel, bahan bakar nabati, biodiesel
landfilling: tempat pembuangan akhir, tempat pembuangan sampah, penimbunan sampah
waste incineration: insinerator, pembakaran sampah di insinerator
destruction of unsold goods: pemusnahan barang tidak terjual
radar detectors: detektor radar
pavement parking: parkir di trotoar
tinted windows: kaca film gelap, kaca film
shared bikes: sepeda sewa, sepeda berbagi
hotel toiletries: perlengkapan mandi sekali pakai, botol sampo kecil
signal jammers: alat pengacak sinyal, pengacak sinyal, jammer
satellite phones: telepon satelit
hidden cameras: kamera tersembunyi, kamera pengintai
pagers: pager, penyeranta
walkie-talkies: walkie-talkie, handy talky
headphones: headset, earphone, headphone
short-video apps: aplikasi video pendek, platform video pendek
online pharmacies: apotek online, apotek daring, penjualan obat online
emotion recognition: pengenalan emosi
tracking cookies: cookie pihak ketiga, cookie pelacak
cross-border data transfers: transfer data lintas batas, transfer data ke luar negeri
internet cafés: warnet, warung internet
ICOs: ICO, penawaran koin perdana
peer-to-peer lending: pinjaman P2P, P2P lending, fintech P2P
social scoring: penilaian sosial, kredit sosial
narcocorridos: narcocorrido
twerking: twerking
belly dancing: tari perut
reality shows: acara realitas, reality show
horror films: film horor
caricatures: karikatur, kartun satir
foreign words: kata asing, istilah asing, istilah bahasa Inggris
minarets: menara masjid, minaret
opinion polls: jajak pendapat, hitung cepat, quick count, survei elektabilitas
child influencers: influencer anak, selebgram anak
hoodies: hoodie, jaket berkerudung
jeans: celana jeans, jeans
camouflage clothing: pakaian loreng, seragam loreng, baju loreng
beards: jenggot, janggut
high heels: sepatu hak tinggi, high heels
public urination: buang air kecil sembarangan, kencing sembarangan
fortune telling: peramal, meramal nasib, ramal nasib
witchcraft: santet, ilmu hitam, perdukunan, sihir
hitchhiking: menumpang di jalan, nebeng
door-to-door sales: penjualan dari pintu ke pintu, penjualan door to door
public displays of affection: berciuman di depan umum, bermesraan di tempat umum, bermesraan di muka umum
cross-dressing: menyerupai lawan jenis, berpakaian lawan jenis
homework: tugas rumah, pekerjaan rumah sekolah
dowry: mahar, uang panai, mas kawin, uang jujuran
organ sales: jual beli organ, perdagangan organ, penjualan organ
human cloning: kloning manusia, kloning
gene editing: penyuntingan gen, penyuntingan genom, CRISPR
blasphemy: penistaan agama, penodaan agama
hate speech: ujaran kebencian
disinformation: hoaks, hoax, berita bohong, disinformasi
prenatal sex determination: penentuan jenis kelamin janin, aborsi selektif jenis kelamin
international adoption: adopsi internasional, adopsi oleh warga asing
pyramid schemes: skema piramida, skema Ponzi, investasi bodong
multi-level marketing: bisnis MLM, pemasaran berjenjang, multi level marketing
layoffs: PHK, pemutusan hubungan kerja
rent increases: kenaikan harga sewa, kenaikan sewa
zero-hours contracts: kontrak nol jam
body armour: rompi antipeluru
grenades: granat, granat tangan
martial arts weapons: nunchaku, shuriken
slingshots: ketapel
depleted uranium munitions: uranium terdeplesi, amunisi uranium terdeplesi
biological weapons: senjata biologis
hollow-point bullets: peluru berongga, peluru dum-dum
mercenaries: tentara bayaran, perusahaan militer swasta
nuclear tests: uji coba nuklir, uji nuklir
cooking oil: minyak goreng, ekspor minyak goreng
flour: tepung terigu, tepung
potash: pupuk kalium, potas
urea: urea, ekspor urea
rosewood: kayu sonokeling, sonokeling, kayu rosewood
fodder: pakan ternak, hijauan pakan
electricity exports: ekspor listrik
medical masks: masker medis, masker bedah
forced labour goods: produk kerja paksa, barang hasil kerja paksa
foreign investment: investasi asing, penanaman modal asing
foreign land ownership: kepemilikan tanah oleh asing, penjualan tanah kepada asing
high-denomination banknotes: uang kertas pecahan besar, pecahan besar
bankers' bonuses: bonus bankir, bonus direksi
chess: catur
boxing: tinju, pertandingan tinju
martial arts: bela diri, seni bela diri, kickboxing
mixed martial arts: seni bela diri campuran, MMA
wrestling: gulat
yoga: yoga
ball games: bermain bola, permainan bola
horse racing: pacuan kuda
motorsport: balap mobil, olahraga otomotif, balapan motor
bungee jumping: bungee jumping, lompat bungee
rock climbing: panjat tebing, pendakian gunung
karaoke: karaoke, tempat karaoke
poker: poker
mahjong: mahjong
playing cards: kartu remi, main kartu, permainan kartu
water pistols: mainan pistol air, senapan air
gyms: pusat kebugaran, tempat gym, gym
fidget spinners: fidget spinner
sledding: naik kereta luncur, seluncur salju
paintball: paintball, permainan paintball
`);
