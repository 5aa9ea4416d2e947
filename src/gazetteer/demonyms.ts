// Country adjectives and demonyms in the seven languages, shared by every locale: a
// code is the same whatever language names it, so one table serves all. A trailing "*"
// covers inflection (belgisch* = belgische, belgischen; american* = americano, americana).
// Places count a demonym as an actor only before an actor noun ("Belgian government").
// The countries the table leaves out come from world-countries' data, through the forms
// scripts/world-demonyms.ts wrote from it (world-demonyms.ts): its 1.4 MB of JSON took a
// fiftieth of a second of every `banwatch extract`.
import { WORLD_DEMONYMS } from "./world-demonyms.js";
import { MORE_DEMONYMS } from "./world-demonyms-more.js";

export const TABLE: Record<string, string[]> = {
  BE: ["Belgian", "Belgium's", "Belgische", "Belgisch", "Belgiës", "belge", "belges", "belgisch*", "belga", "belgas", "belgi"],
  US: ["American", "Americans", "U.S.", "US", "America's", "U.S.'s", "US's", "United States'", "Amerikaanse", "Amerikaans",
    "américain*", "amerikanisch*", "US-amerikanisch*", "estadounidense*", "norteamerican*", "american*", "statunitens*",
    "norte-american*", "US-", "EUA", "USA"],
  CA: ["Canadian", "Canada's", "Canadese", "Canadees", "canadien*", "kanadisch*", "canadiens*", "canadiense*", "canades*", "canadense*"],
  GB: ["British", "UK", "U.K.", "Britain's", "UK's", "Britse", "Brits", "VK", "britannique*", "britisch*", "británic*",
    "britannic*", "britânic*"],
  NL: ["Dutch", "Nederlandse", "Nederlands", "Rijks*", "rijks*", "néerlandais*", "niederländisch*", "neerlandés", "neerlandes*",
    "olandes*", "holandes*"],
  FR: ["French", "France's", "Franse", "Frans", "français", "française*", "französisch*", "francés", "francesa*", "franceses",
    "francese", "francesi", "francês"],
  DE: ["German", "Germany's", "Duitse", "Duits", "allemand*", "deutsch*", "alemán", "alemana*", "alemanes", "tedesc*", "alemã*", "alemão"],
  AT: ["Austrian", "Austria's", "Oostenrijkse", "autrichien*", "österreichisch*", "austriac*", "austríac*"],
  DK: ["Danish", "Denmark's", "Deense", "danois*", "dänisch*", "danés", "danes*", "dinamarqu*"],
  NO: ["Norwegian", "Noorse", "norvégien*", "norwegisch*", "noruego*", "norvegese*", "norueguês"],
  IT: ["Italian", "Italy's", "Italiaanse", "italien*", "italienisch*", "italian*", "italiano*"],
  ES: ["Spanish", "Spain's", "Spaanse", "espagnol*", "spanisch*", "español*", "spagnol*", "espanhol*"],
  PT: ["Portuguese", "Portugese", "portugais*", "portugiesisch*", "portugués", "portoghes*", "portuguê*"],
  CN: ["Chinese", "China's", "Chinees", "chinois*", "chinesisch*", "chino", "china", "chinos", "cines*", "chinês"],
  RU: ["Russian", "Russia's", "Russische", "russe", "russes", "russisch*", "ruso", "rusa", "rusos", "russ*", "russo"],
  IN: ["Indian", "India's", "Indiase", "indien*", "indisch*", "indio", "indiano*"],
  PK: ["Pakistani", "Pakistan's", "Pakistaanse", "pakistanais*", "pakistanisch*", "pakistaní", "pakistan*"],
  ID: ["Indonesian", "Indonesia's", "Indonesische", "indonésien*", "indonesisch*", "indonesi*"],
  AU: ["Australian", "Australia's", "Australische", "australien*", "australisch*", "australian*", "australiano*"],
  NZ: ["New Zealand's", "Nieuw-Zeelandse", "néo-zélandais*", "neuseeländisch*", "neozeland*"],
  JP: ["Japanese", "Japan's", "Japanse", "japonais*", "japanisch*", "japonés", "giappones*", "japonês"],
  TW: ["Taiwanese", "Taiwan's", "Taiwanese", "taïwanais*", "taiwanisch*", "taiwanés", "taiwanes*"],
  IE: ["Irish", "Ierse", "irlandais*", "irisch*", "irlandés", "irlandes*"],
  PL: ["Polish", "Poolse", "polonais*", "polnisch*", "polaco*", "polacc*"],
  SE: ["Swedish", "Zweedse", "suédois*", "schwedisch*", "sueco*", "svedes*"],
  FI: ["Finnish", "Finse", "finlandais*", "finnisch*", "finlandés", "finlandes*"],
  EE: ["Estonian", "Estse", "estonien*", "estnisch*"], LV: ["Latvian", "Letse", "letton*", "lettisch*"],
  LT: ["Lithuanian", "Litouwse", "lituanien*", "litauisch*"], CZ: ["Czech", "Tsjechische", "tchèque*", "tschechisch*"],
  UA: ["Ukrainian", "Oekraïense", "ukrainien*", "ukrainisch*", "ucranian*"], TR: ["Turkish", "Turkse", "turc", "turque", "türkisch*", "turco*"],
  IR: ["Iranian", "Iraanse", "iranien*", "iranisch*", "iraní", "iranian*"], KR: ["South Korean", "Zuid-Koreaanse", "sud-coréen*", "südkoreanisch*", "surcoreano*", "sudcorean*"],
  BR: ["Brazilian", "Braziliaanse", "brésilien*", "brasilianisch*", "brasileñ*", "brasilian*", "brasileir*"],
  NP: ["Nepalese", "Nepali", "népalais*", "nepalesisch*"], AF: ["Afghan", "Afghaanse", "afghan*"], BD: ["Bangladeshi"],
  VN: ["Vietnamese", "Vietnamese", "vietnamien*", "vietnamesisch*"], MY: ["Malaysian", "Maleisische", "malaisien*", "malaysisch*"],
  CH: ["Swiss", "Zwitserse", "suisse", "suisses", "schweizer*", "suizo*", "svizzer*", "suíço*"],
  EU: ["Europese", "EU-", "européen*", "européenne*", "europäisch*", "europeo*", "europea*", "europeu*", "europeia*", "EU's"],
};

export const DEMONYMS: Record<string, string[]> = Object.fromEntries(
  [...new Set([...Object.keys(TABLE), ...Object.keys(WORLD_DEMONYMS), ...Object.keys(MORE_DEMONYMS)])]
    .map((code) => [code, [...new Set([...(TABLE[code] ?? []), ...(WORLD_DEMONYMS[code] ?? []), ...(MORE_DEMONYMS[code] ?? [])])]]),
);

// An English demonym is one capitalised word or two ("South Korean"); the table's first form is English.
const ENGLISH_DEMONYM = /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?$/u;

/** A country's demonym in English ("UA" -> "Ukrainian"), for targets named by their origin; null for the EU. */
export function englishDemonym(code: string): string | null {
  if (code === "EU") return null;
  return [...(TABLE[code] ?? []), ...(WORLD_DEMONYMS[code] ?? [])].find((f) => ENGLISH_DEMONYM.test(f)) ?? null;
}
