import type { Locale } from "../types.js";
import { categories } from "./categories.js";

// Danish. chrono-node has no Danish parser: the engine's own date rules still run.
const da: Locale = {
  code: "da",
  categories,
  home: "DK",
  franc: "dan",
  chrono: null,
  triggers: [
    { id: "da.ban.verb", action: "ban", kind: "verb",
      forms: ["forbyd*", "forbød", "forbudt", "forbydes", "blokere*", "blokeret", "spærre*", "spærret", "suspender*",
        "fjerne*", "fjernet", "må ikke", "ikke længere må", "må ikke længere", "ikke tilladt", "ikke længere tilladt",
        "lukket ned", "lukke* ned", "begrænse*", "begrænset"] },
    { id: "da.ban.noun", action: "ban", kind: "noun",
      forms: ["forbud", "forbuddet", "*forbud", "blokering*", "spærring*", "begrænsning*"] },
    { id: "da.advisory", action: "advisory", kind: "verb",
      forms: ["fraråd*", "frarådet", "frarådede", "anbefale* ... at ... slet*", "anbefales* ... at ... slet*",
        "anbefale* ... ikke", "opfordre* ... til at slette", "opfordre* ... ikke", "advare* mod", "kraftigt anbefales"] },
    { id: "da.lift", action: "lift", kind: "verb",
      forms: ["ophævet", "ophæve*", "ophæver", "ophævelse*", "tilladt igen", "genåbne*", "genåbnet", "omstødt"] },
  ],
  cues: {
    negation: ["ikke", "ingen", "aldrig", "uden"],
    hypothetical: ["hvis", "såfremt"],
    // an order's verb and complementizer: a modal after it is what the order imposes ("ordered that ... should be removed")
    orderedThat: ["beordrede at", "beordrer at", "besluttede at", "besluttet at", "beslutter at"],
    proposal: ["plan*", "overvej*", "vil", "ønsker", "foreslå*", "forslag", "lovforslag", "kræve*", "kunne", "bør", "forventes"],
    background: ["allerede", "tidligere", "sidste år", "sidste måned", "i sidste uge", "forrige uge", "også", "efter at", "ligesom", "samme dag", "har valgt"],
    liftObjects: ["forbud", "forbuddet", "beslutning*", "lov*"],
    clauseBreaks: ["men", "mens", "selvom", "dog", ";", "—"],
    locatives: ["i", "af"],
    follow: ["ligesom", "følger ... eksempel", "i lighed med", "efter ... eksempel"],
  },
  scopes: [
    { scope: "other", forms: ["skole*", "folkeskole*", "klasseværelse*", "undervisning*"] },
    { scope: "official_devices", forms: ["arbejdstelefon*", "tjenstlige enheder", "tjenestetelefon*", "tjenstlige telefon*",
      "arbejdsmobil*", "jobtelefon*", "mobile enheder", "arbejdsenheder", "telefoner og computere"] },
    { scope: "personal_devices", forms: ["private telefon*", "privattelefon*", "egne telefon*", "private enheder"] },
    { scope: "official_network", forms: ["netværk", "wifi", "wi-fi"] },
    { scope: "minors", forms: ["børn", "mindreårige", "unge under", "under 1*"] },
    { scope: "public", forms: ["app store*", "hele landet", "landsdækkende", "internetudbyder*", "download*"] },
  ],
  bodies: [
    { forms: ["regeringen", "regering"], name: "government" },
    { forms: ["folketinget", "parlamentet", "parlament"], name: "parliament" },
    { forms: ["minister", "ministeriet", "ministeren", "*minister"], name: "ministry" },
    { forms: ["myndighederne", "myndigheder", "sikkerhedsmyndighederne"], name: "authorities" },
    { forms: ["kommune", "kommunen", "kommunerne"], name: "municipality", level: "local" },
    { forms: ["regionerne", "regionen"], name: "regional governments", level: "subnational" },
    { forms: ["politiet"], name: "police" },
    { forms: ["domstol*", "retten"], name: "court" },
  ],
  demonyms: {
    DK: ["danske", "dansk"], US: ["amerikanske", "amerikansk"], CN: ["kinesiske", "kinesisk"], NO: ["norske"],
    SE: ["svenske"], GB: ["britiske"], EU: ["europæiske", "EU-"], BE: ["belgiske"], NL: ["hollandske", "nederlandske"],
    CA: ["canadiske"], RU: ["russiske"], DE: ["tyske"], FR: ["franske"],
  },
  // the genitive: "Danmarks regering", "Grønlands Selvstyre"
  placeInflections: ["s"],
  placeAliases: {
    DK: ["Danmark", "Christiansborg"], US: ["USA", "USA's", "De Forenede Stater", "Washington", "Det Hvide Hus"],
    CN: ["Kina", "Beijing", "Peking"], GB: ["Storbritannien", "England"], NO: ["Norge"], SE: ["Sverige"],
  },
  actorNouns: ["regering", "regeringen", "myndigheder", "myndighederne", "ministerium", "ministeriet", "minister", "parlament",
    "stat", "statslige", "institutioner", "kommission", "politi", "forsvar", "styre", "styret", "selvstyre", "selvstyret", "landsstyre", "landsstyret"],
  targetCues: ["appen", "app", "tjenesten", "platformen", "platform", "kanalen", "tv-kanalen", "avisen", "mediet", "nyhedsbureauet", "tv-stationen",
    "gruppen", "foreningen", "partiet", "organisationen", "bevægelsen", "netværket", "klubben"],
  // groups named after their kind: "forbud mod bandegruppen \"Nordvest Nation\"", "rockerklubben X"
  targetCueHeads: ["gruppen", "foreningen", "klubben", "partiet", "organisationen", "netværket"],
  audienceNouns: ["medlemmer", "ansatte", "statsansatte", "medarbejdere", "embedsmænd", "ministre", "folketingsmedlemmer",
    "brugere", "børn", "unge", "soldater", "politifolk"],
  grammar: {
    comitatives: ["med"],
    conjunctions: ["og", "eller"],
    prepositions: ["i", "på", "af", "for", "med", "fra", "til", "en", "et"],
    articles: [],
    determiners: ["den", "det", "de"],
    complementizers: ["at"],
    additive: ["også"],
    referenceNouns: ["apps"],
    collectiveActors: ["myndigheder", "regering"],
  },
  dates: {
    deadline: ["inden", "senest", "frist", "før"],
    effective: ["fra", "fra og med", "træder i kraft", "gældende fra"],
    expires: ["udløber", "ophører"],
    immediate: ["med øjeblikkelig virkning", "straks", "omgående"],
    monthOnly: ["slutningen af", "begyndelsen af", "midten af", "udgangen af"],
    future: ["vil", "skal", "næste", "kommende", "fra"],
    // the definite form and the adverbial genitive: "på fredagen", "i fredags"
    weekdays: ["mandag|mandagen|mandags", "tirsdag|tirsdagen|tirsdags", "onsdag|onsdagen|onsdags", "torsdag|torsdagen|torsdags", "fredag|fredagen|fredags", "lørdag|lørdagen|lørdags", "søndag|søndagen|søndags"],
    dayParts: ["morgen", "formiddag", "eftermiddag", "aften", "nat"],
    durationUnits: { år: "Y", måned: "M", måneder: "M", uge: "W", uger: "W", dag: "D", dage: "D", timer: "H" },
    numbers: { en: 1, et: 1, to: 2, tre: 3, fire: 4, fem: 5, seks: 6, syv: 7, otte: 8, ni: 9, ti: 10, tolv: 12 },
  },
};
export default da;
