import type { Locale } from "../types.js";
import { categories } from "./categories.js";
import { chronoLocale } from "../../language/chrono.js";

// Indonesian. Affixes are listed as forms ("melarang", "dilarang", "pelarangan").
// chrono-node's Indonesian parser reads full dates ("22 April 2022", "19/5/2022"); the engine's own rules read weekdays.
const id: Locale = {
  code: "id",
  categories,
  home: "ID",
  franc: "ind",
  chrono: chronoLocale("id").casual,
  triggers: [
    { id: "id.ban.verb", action: "ban", kind: "verb",
      forms: ["melarang", "dilarang", "memblokir", "diblokir", "menutup", "ditutup", "menangguhkan", "ditangguhkan",
        "membekukan", "dibekukan", "menghapus", "dihapus", "membatasi", "dibatasi", "tidak diizinkan", "tidak lagi diizinkan"] },
    { id: "id.ban.noun", action: "ban", kind: "noun",
      forms: ["larangan", "pelarangan", "pemblokiran", "penutupan", "penangguhan", "pembatasan"] },
    { id: "id.advisory", action: "advisory", kind: "verb",
      forms: ["mengimbau ... tidak", "menyarankan ... tidak", "tidak disarankan", "memperingatkan"] },
    { id: "id.lift", action: "lift", kind: "verb",
      forms: ["mencabut larangan", "dicabut", "mencabut", "membuka kembali", "dibuka kembali", "kembali membuka", "membuka lagi", "buka lagi", "dibuka lagi", "membuka keran", "membuka kran", "memulihkan", "dipulihkan"] },
  ],
  cues: {
    negation: ["tidak", "tak", "bukan", "belum", "tanpa"],
    hypothetical: ["jika", "jikalau", "apabila", "kalau", "seandainya"],
    proposal: ["berencana", "rencana", "akan", "mempertimbangkan", "mengusulkan", "usulan", "rancangan", "ingin", "menuntut", "mendesak", "bisa", "dapat"],
    background: ["sebelumnya", "sudah", "telah lebih dulu", "tahun lalu", "bulan lalu", "juga", "seperti", "setelah"],
    liftObjects: ["larangan", "pelarangan", "pemblokiran", "aturan", "keputusan"],
    clauseBreaks: ["tetapi", "namun", "sedangkan", "meskipun", "walaupun", ";", "—"],
    locatives: ["di", "oleh"],
    follow: ["mengikuti jejak", "mengikuti langkah", "menyusul", "seperti yang dilakukan"],
  },
  scopes: [
    { scope: "official_devices", forms: ["perangkat dinas", "ponsel dinas", "telepon dinas", "perangkat pemerintah", "perangkat kerja"] },
    { scope: "personal_devices", forms: ["perangkat pribadi", "ponsel pribadi"] },
    { scope: "official_network", forms: ["jaringan pemerintah", "wifi", "wi-fi"] },
    { scope: "minors", forms: ["anak-anak", "anak di bawah", "di bawah umur", "remaja"] },
    { scope: "public", forms: ["di Indonesia", "seluruh Indonesia", "transaksi", "jual dan beli", "jual beli", "mengunduh", "pengguna"] },
  ],
  bodies: [
    { forms: ["pemerintah"], name: "government" },
    { forms: ["presiden"], name: "president" },
    { forms: ["menteri perdagangan", "kementerian perdagangan", "kemendag", "permendag"], name: "Ministry of Trade" },
    { forms: ["menteri", "kementerian"], name: "ministry" },
    { forms: ["DPR", "parlemen"], name: "parliament" },
    { forms: ["pengadilan", "mahkamah"], name: "court" },
    { forms: ["polisi", "kepolisian"], name: "police" },
    { forms: ["pemerintah daerah", "pemda"], name: "regional government", level: "subnational" },
  ],
  demonyms: {},
  placeAliases: {
    ID: ["Indonesia", "Jakarta", "RI"], US: ["AS", "Amerika Serikat", "Amerika", "Washington"], CN: ["China", "Tiongkok", "Beijing"],
    EU: ["Uni Eropa"], GB: ["Inggris"], MY: ["Malaysia"],
  },
  actorNouns: ["pemerintah", "kementerian", "menteri", "presiden", "parlemen", "otoritas", "lembaga", "polisi", "pengadilan"],
  targetCues: ["aplikasi", "platform", "layanan", "situs", "stasiun televisi", "saluran", "surat kabar", "kantor berita", "majalah"],
  audienceNouns: ["pegawai", "aparatur sipil negara", "ASN", "pengguna", "anak-anak", "pedagang", "penjual"],
  grammar: {
    conjunctions: ["dan", "atau"],
    prepositions: ["di", "dari", "untuk", "pada", "dengan", "oleh", "ke"],
    articles: [],
    determiners: [],
    complementizers: ["bahwa", "untuk"],
    additive: ["juga"],
    referenceNouns: ["aplikasi"],
    collectiveActors: ["pemerintah"],
  },
  dates: {
    deadline: ["paling lambat", "hingga", "sampai", "batas waktu"],
    effective: ["mulai", "sejak", "berlaku"],
    expires: ["berakhir", "kedaluwarsa"],
    immediate: ["segera", "langsung berlaku", "berlaku segera"],
    monthOnly: ["akhir", "awal", "pertengahan"],
    future: ["akan", "mendatang", "depan", "mulai"],
    weekdays: ["senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu"],
    dayParts: ["pagi", "siang", "sore", "malam"],
    durationUnits: { tahun: "Y", bulan: "M", minggu: "W", pekan: "W", hari: "D", jam: "H" },
    numbers: { satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9, sepuluh: 10, "dua belas": 12 },
  },
};
export default id;
