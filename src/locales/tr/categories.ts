// Categories of banned things (src/gazetteer/categories.ts): canonical name -> Turkish forms.
// Turkish joins case and possessive suffixes to the noun ("sigaraların", "satışını"): forms
// end in a stem ("sigara*") or list the bare noun, which the phrase trie reads at word start.
import { categoryTable } from "../../gazetteer/categories.js";

export const categories: Record<string, string[]> = categoryTable(`
tobacco: tütün*, tütün ürünleri*
cigarettes: sigara, sigaralar*, sigaranın, sigarayı, sigaraya
e-cigarettes: elektronik sigara*, e-sigara*, vape*, buharlı sigara*
disposable vapes: tek kullanımlık elektronik sigara*, tek kullanımlık e-sigara*, kullan at elektronik sigara*
flavoured e-cigarettes: aromalı elektronik sigara*, aromalı e-sigara*
menthol cigarettes: mentollü sigara*
nicotine pouches: nikotin poşet*
heated tobacco products: ısıtılmış tütün*
shisha: nargile*
smoking: sigara içme*, sigara içilme*, sigara kullanım*
alcohol: alkol*, alkollü içki*, içki satış*
beer: bira*
energy drinks: enerji içeceği*, enerji içecekleri*
cannabis: esrar*, kenevir*, marihuana*
pesticides: pestisit*, tarım ilacı*, tarım ilaçları*
GMOs: GDO*, genetiği değiştirilmiş*
single-use plastics: tek kullanımlık plastik*
plastic bags: plastik poşet*, naylon poşet*, plastik torba*
plastic bottles: plastik şişe*
mobile phones: cep telefonu*, cep telefonları*, akıllı telefon*, telefon, telefonlar*, telefonu, telefonların, mobil telefon*
smartwatches: akıllı saat*
social media: sosyal medya*, sosyal ağ*
messaging apps: mesajlaşma uygulama*
video games: video oyun*, bilgisayar oyun*
online games: çevrimiçi oyun*, online oyun*
online gambling: yasa dışı bahis*, online bahis*, çevrimiçi kumar*, online kumar*
gambling: kumar*, şans oyun*
sports betting: spor bahis*
cryptocurrencies: kripto para*, kripto varlık*, bitcoin*
crypto mining: kripto madencili*
VPNs: VPN*
AI chatbots: sohbet robotu*, yapay zeka sohbet*
drones: dron*, drone*, insansız hava araç*, İHA
telecom equipment: telekomünikasyon ekipman*, haberleşme ekipman*
surveillance cameras: güvenlik kamera*
mobile internet: mobil internet*
internet: internet
pornography: müstehcen*, pornografi*, porno*
live streaming: canlı yayın*
media outlets: gazeteler, gazeteleri, televizyon kanal*
books: kitap*
movies: film*
public gatherings: toplantı*, toplu etkinlik*
cinemas: sinema*
music: müzik*, şarkı*, konser*
LGBTQ content: LGBT*, onur yürüyüşü*
face coverings: peçe*, burka*, nikap*
headscarves: başörtü*, türban*
firearms: silah*, ateşli silah*
fireworks: havai fişek*
abortion: kürtaj*
fur: kürk*
`);
