import type { Locale } from "../types.js";
import { categories } from "./categories.js";

// Norwegian (Bokmål and Nynorsk are both detected as "no"). chrono-node has no Norwegian
// parser: the engine's own date rules still run.
const no: Locale = {
  code: "no",
  categories,
  home: "NO",
  franc: "nob",
  chrono: null,
  triggers: [
    { id: "no.ban.verb", action: "ban", kind: "verb",
      forms: ["forby*", "forbød", "forbudt", "forbys", "blokker*", "blokkert", "sperre*", "sperret", "suspender*",
        "fjerne*", "fjernet", "får ikke", "ikke lenger lov", "ikke lov til", "ikke tillatt", "ikke lenger tillatt",
        "stengt", "stenge*", "begrense*", "begrenset"] },
    { id: "no.ban.noun", action: "ban", kind: "noun",
      forms: ["forbud", "forbudet", "*forbud", "blokkering*", "sperring*", "begrensning*"] },
    { id: "no.advisory", action: "advisory", kind: "verb",
      forms: ["fraråd*", "frarådet", "anbefale* ... at ... slett*", "anbefales* ... at ... slett*", "anbefale* ... ikke",
        "oppfordre* ... til å slette", "oppfordre* ... ikke", "advare* mot", "kraftig anbefales"] },
    { id: "no.lift", action: "lift", kind: "verb",
      forms: ["opphevet", "oppheve*", "opphever", "tillatt igjen", "gjenåpne*", "omgjort"] },
  ],
  cues: {
    negation: ["ikke", "ingen", "aldri", "uten"],
    hypothetical: ["hvis", "dersom"],
    proposal: ["plan*", "vurder*", "vil", "ønsker", "foreslå*", "forslag", "lovforslag", "krev*", "kunne", "bør", "ventes"],
    background: ["allerede", "tidligere", "i fjor", "forrige måned", "forrige uke", "også", "etter at", "i likhet med", "samme dag"],
    liftObjects: ["forbud", "forbudet", "vedtak*", "lov*"],
    clauseBreaks: ["men", "mens", "selv om", "likevel", ";", "—"],
    locatives: ["i", "av"],
    follow: ["i likhet med", "følger ... eksempel", "etter ... eksempel", "slik som"],
  },
  scopes: [
    { scope: "other", forms: ["skole*", "klasserom*", "undervisning*"] },
    { scope: "official_devices", forms: ["jobbtelefon*", "tjenestetelefon*", "arbeidstelefon*", "tjenesteenhet*",
      "jobbmobil*", "tjenestemobil*", "mobile enheter", "arbeidsenheter"] },
    { scope: "personal_devices", forms: ["private telefon*", "privattelefon*", "egne telefon*", "private enheter"] },
    { scope: "official_network", forms: ["nettverk", "wifi", "wi-fi"] },
    { scope: "minors", forms: ["barn", "mindreårige", "unge under", "under 1*"] },
    { scope: "public", forms: ["app store*", "hele landet", "landsdekkende", "nettleverandør*", "last* ned"] },
  ],
  bodies: [
    { forms: ["regjeringen", "regjering"], name: "government" },
    { forms: ["stortinget", "folketinget", "parlamentet", "parlament"], name: "parliament" },
    { forms: ["minister", "departementet", "ministeren", "*minister"], name: "ministry" },
    { forms: ["myndighetene", "myndigheter", "sikkerhetsmyndighetene"], name: "authorities" },
    { forms: ["kommune", "kommunen", "kommunene"], name: "municipality", level: "local" },
    { forms: ["politiet"], name: "police" },
    { forms: ["domstol*", "retten"], name: "court" },
  ],
  demonyms: {
    NO: ["norske", "norsk"], DK: ["danske", "dansk"], US: ["amerikanske", "amerikansk"], CN: ["kinesiske", "kinesisk"],
    SE: ["svenske"], GB: ["britiske"], EU: ["europeiske", "EU-"], BE: ["belgiske"], NL: ["nederlandske"],
    CA: ["kanadiske"], RU: ["russiske"], DE: ["tyske"], FR: ["franske"],
  },
  // the genitive: "Danmarks regering", "Grønlands Selvstyre"
  placeInflections: ["s"],
  placeAliases: {
    NO: ["Norge", "Noreg"], DK: ["Danmark"], US: ["USA", "USA's", "Washington", "Det hvite hus"],
    CN: ["Kina", "Beijing", "Peking"], GB: ["Storbritannia", "England"], SE: ["Sverige"],
  },
  actorNouns: ["regjering", "regjeringen", "myndigheter", "myndighetene", "departement", "departementet", "minister", "parlament",
    "stat", "statlige", "institusjoner", "kommisjon", "politi", "forsvaret"],
  targetCues: ["appen", "app", "tjenesten", "plattformen", "plattform", "kanalen", "tv-kanalen", "avisen", "nyhetsbyrået", "mediet", "gruppen", "foreningen", "partiet", "organisasjonen", "bevegelsen", "nettverket", "klubben"],
  // groups named after their kind ("bandegruppen X", "rockerklubben X")
  targetCueHeads: ["gruppen", "foreningen", "klubben", "partiet", "organisasjonen", "nettverket"],
  audienceNouns: ["innvalgte", "ansatte", "statsansatte", "medarbeidere", "ministre", "stortingsrepresentanter",
    "brukere", "barn", "unge", "soldater", "politifolk"],
  grammar: {
    comitatives: ["med"],
    conjunctions: ["og", "eller"],
    prepositions: ["i", "på", "av", "for", "med", "fra", "til", "en", "et"],
    articles: [],
    determiners: ["den", "det", "de"],
    complementizers: ["at"],
    additive: ["også"],
    referenceNouns: ["apper", "appene"],
    collectiveActors: ["myndighetene", "regjeringen"],
  },
  dates: {
    deadline: ["innen", "senest", "frist", "før"],
    effective: ["fra", "fra og med", "trer i kraft", "gjelder fra"],
    expires: ["utløper", "opphører"],
    immediate: ["med umiddelbar virkning", "straks", "umiddelbart"],
    monthOnly: ["slutten av", "begynnelsen av", "midten av", "utgangen av"],
    future: ["vil", "skal", "neste", "kommende", "fra"],
    // the definite form and the adverbial genitive: "på fredagen", "i fredags"
    weekdays: ["mandag|mandagen|mandags", "tirsdag|tirsdagen|tirsdags", "onsdag|onsdagen|onsdags", "torsdag|torsdagen|torsdags", "fredag|fredagen|fredags", "lørdag|lørdagen|lørdags", "søndag|søndagen|søndags"],
    dayParts: ["morgen", "formiddag", "ettermiddag", "kveld", "natt"],
    durationUnits: { år: "Y", måned: "M", måneder: "M", uke: "W", uker: "W", dag: "D", dager: "D", timer: "H" },
    numbers: { en: 1, ett: 1, to: 2, tre: 3, fire: 4, fem: 5, seks: 6, sju: 7, syv: 7, åtte: 8, ni: 9, ti: 10, tolv: 12 },
  },
};
export default no;
