// Categories of banned things (src/gazetteer/categories.ts): canonical name -> Indonesian forms.
// Indonesian nouns take no endings; the possessive "-nya" is read by the "*" stems.
import { categoryTable } from "../../gazetteer/categories.js";

export const categories: Record<string, string[]> = categoryTable(`
tobacco: tembakau, produk tembakau
cigarettes: rokok, rokoknya
e-cigarettes: rokok elektrik, rokok elektronik, vape, vape*, vapor, e-rokok
disposable vapes: vape sekali pakai, rokok elektrik sekali pakai
smoking: merokok
alcohol: alkohol, minuman keras, miras, minuman beralkohol
beer: bir
cannabis: ganja
single-use plastics: plastik sekali pakai
plastic bags: kantong plastik, kantong kresek, kresek
plastic straws: sedotan plastik
mobile phones: ponsel, telepon genggam, handphone, HP, telepon seluler, gawai, telepon pintar
social media: media sosial, medsos
messaging apps: aplikasi pesan, aplikasi perpesanan
video games: gim video, game online, permainan daring
online games: game online, gim daring, permainan daring
online gambling: judi online, judi daring, judol
gambling: judi, perjudian
cryptocurrencies: kripto, mata uang kripto, aset kripto, bitcoin
VPNs: VPN
AI chatbots: chatbot
drones: drone, pesawat nirawak
pornography: pornografi, konten pornografi, situs porno
social commerce: social commerce, perdagangan sosial
live streaming: siaran langsung, live streaming
movies: film
music: musik
LGBTQ content: LGBT, konten LGBT
face coverings: cadar, niqab, burka
headscarves: jilbab, kerudung
firearms: senjata api
fireworks: kembang api, petasan
internet: internet
mobile internet: internet seluler, data seluler
palm oil: minyak sawit, minyak kelapa sawit, minyak sawit mentah, CPO, crude palm oil
coal: batu bara, batubara
rice: beras
sugar: gula
grain: gandum, biji-bijian
e-scooters: skuter listrik
energy drinks: minuman energi
sugary drinks: minuman manis, minuman berpemanis
shark fins: sirip hiu
fishing: penangkapan ikan
mining: pertambangan, penambangan
deforestation: penebangan hutan, deforestasi
TV series: sinetron, serial TV
books: buku
protests: unjuk rasa, demonstrasi
public gatherings: kerumunan, acara publik, kegiatan masyarakat
cinemas: bioskop
`);
