import type { ContentWords } from "./types.js";

export const id: ContentWords = {
  endMarkers: ["baca juga", "berita terkait", "artikel terkait", "terpopuler", "komentar", "bagikan", "tag"],
  endMarkerPrefixes: ["berita lainnya", "lainnya dari"],
  readAlso: ["baca juga", "simak juga", "lihat juga"],
  furnitureLines: ["iklan", "bagikan", "komentar"],
  furniturePrefixes: ["ikuti kami", "berlangganan", "hak cipta"],
  rightsReserved: ["hak cipta dilindungi"],
  closingCalls: ["berlangganan", "dukung kami", "newsletter"],
  disclosures: ["tautan afiliasi"],
  cookieNotices: ["menggunakan cookie", "kebijakan cookie", "persetujuan", "kebijakan privasi"],
  credits: ["foto", "sumber", "gambar", "ilustrasi", "video"],
  bylinePrefixes: ["oleh", "penulis", "reporter", "editor"],
  commentSignatures: ["dikirim oleh", "ditulis oleh", "komentar dari"],
  publishedLabels: ["diterbitkan", "dipublikasikan"],
  updatedLabels: ["diperbarui"],
  readingTime: ["menit baca", "menit membaca"],
  today: ["hari ini"],
  sourceLabels: ["sumber", "tautan", "url"],
};
