// ISO 639-3 codes franc returns -> ISO 639-1 codes banwatch stores. The languages
// franc may choose from are these: a closed set keeps short texts from being read as
// some rare language with similar letters. Arabic is "arb" (Standard Arabic; franc has no
// macrolanguage "ara") and Chinese "cmn" (franc's code for Han-script text). Every locale's
// `franc` code must be here (test/locales/languages.test.ts checks it).
export const ISO3_TO_1: Record<string, string> = {
  eng: "en", nld: "nl", fra: "fr", deu: "de", spa: "es", ita: "it", por: "pt",
  dan: "da", nob: "no", nno: "no", swe: "sv", fin: "fi", pol: "pl", ces: "cs", slk: "sk", slv: "sl", hrv: "hr",
  srp: "sr", bos: "bs", hun: "hu", ron: "ro", bul: "bg", ell: "el", rus: "ru", ukr: "uk", bel: "be", lit: "lt",
  lvs: "lv", est: "et", tur: "tr", arb: "ar", urd: "ur", pes: "fa", hin: "hi", ben: "bn", ind: "id", zsm: "ms",
  vie: "vi", tha: "th", cmn: "zh", jpn: "ja", kor: "ko", heb: "he", cat: "ca", glg: "gl", eus: "eu", afr: "af",
  swh: "sw", tgl: "tl",
};
export const ISO1_TO_3: Record<string, string> = Object.fromEntries(
  Object.entries(ISO3_TO_1).filter(([k]) => k !== "nno").map(([k, v]) => [v, k]),
);

/**
 * Languages franc scores within a hair of a far larger neighbour on short texts (Galician
 * and Portuguese, Afrikaans and Dutch, Bulgarian and Russian): in such a near-tie the neighbour, which writes
 * most of the news, wins. A weight on the vote; 1 for every other language.
 */
export const NEIGHBOUR_PRIOR: Record<string, number> = { gl: 0.95, af: 0.95, bg: 0.95 };

/**
 * Letters a language's alphabet lacks, for the Cyrillic languages franc confuses on short
 * paragraphs (it scores "В Казахстане сняли блокировку" Serbian 1.00, Russian 0.74): Serbian
 * and Macedonian have no я, ю, й, ь; Ukrainian no ы, э, ъ; Russian no ј, і, є. A paragraph
 * that uses them (more than a quoted name would) is not in that language.
 */
export const ALPHABET_LACKS: Record<string, RegExp> = {
  ru: /[јљњћђџѓќѕіїєґў]/giu,
  uk: /[ыэъёјљњћђџѓќѕў]/giu,
  be: /[ищъјљњћђџѓќѕїєґ]/giu,
  bg: /[ыэёјљњћђџѓќѕіїєґў]/giu,
  sr: /[яюйьщыэъёѓќѕіїєґў]/giu,
  bs: /[яюйьщыэъёѓќѕіїєґў]/giu,
  mk: /[яюйьщыэъёћђіїєґў]/giu,
};
