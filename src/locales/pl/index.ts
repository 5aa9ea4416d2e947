import type { Locale } from "../types.js";
import { categories } from "./categories.js";

// Polish. Verbs are matched by stems ("zablokow*" = zablokował, zablokowały, zablokowany);
// names take case endings ("Instagrama", "Facebooka"), listed in targetInflections.
// chrono-node has no Polish parser: the engine's own date rules still run.
const pl: Locale = {
  code: "pl",
  categories,
  home: "PL",
  franc: "pol",
  chrono: null,
  triggers: [
    { id: "pl.ban.verb", action: "ban", kind: "verb",
      forms: ["zakaza*", "zakazuj*", "zablokow*", "blokuj*", "zawiesi*", "zawieszon*", "ogranicz*", "usunię*", "usuną*",
        "wyłączon*", "nie wolno", "nie może być", "nie mogą"] },
    { id: "pl.ban.noun", action: "ban", kind: "noun",
      forms: ["zakaz", "zakazu", "zakazem", "zakazie", "zakazowi", "zakazy", "zakazów", "zakazami", "zakazach", "blokad*", "zablokowanie", "ograniczenie dostępu", "ograniczenia dostępu", "ograniczeni*"] },
    { id: "pl.advisory", action: "advisory", kind: "verb",
      forms: ["odradz*", "odradzi*", "zalec* ... nie", "zalec* ... usunię*", "ostrzega* przed", "apeluj* ... o usunięcie"] },
    { id: "pl.lift", action: "lift", kind: "verb",
      forms: ["zniesi*", "znies*", "uchyl*", "odblokow*", "przywróc*", "cofnię* zakaz*", "cofną* zakaz*"] },
  ],
  cues: {
    // "grain from Ukraine": the country a category comes from (steps/origin.ts).
    // "sanctions against Russia": a place a measure is aimed at never decides (steps/follow.ts aimedAt).
    against: ["przeciwko", "przeciw"],
    fromPlace: ["z", "ze"],
    negation: ["nie", "nigdy", "bez"],
    hypothetical: ["jeśli", "jeżeli", "gdyby", "czy"],
    proposal: ["planuj*", "plan*", "rozważa*", "chce", "chcą", "zamierza*", "projekt", "propozycj*", "proponuj*", "wnios*",
      "może", "mogą", "mógłby", "mogłaby", "żąda*", "domaga*", "postuluj*"],
    background: ["wcześniej", "już", "w zeszłym roku", "w ubiegłym", "poprzednio", "także", "również", "podobnie", "po tym, jak"],
    liftObjects: ["zakaz", "zakazu", "blokad*", "decyzj*", "ustaw*"],
    clauseBreaks: ["ale", "lecz", "natomiast", "chociaż", "jednak", "podczas gdy", ";", "—"],
    locatives: ["w", "we", "przez", "na terenie"],
    follow: ["w ślad za", "idąc w ślady", "za przykładem", "podobnie jak", "tak jak"],
  },
  scopes: [
    { scope: "other", forms: ["szkoł*", "szkole", "lekcj*"] },
    { scope: "official_devices", forms: ["służbow* telefon*", "służbow* urządze*", "telefon* służbow*", "urządzeni* służbow*",
      "rządow* urządze*", "urządzeni* rządow*", "telefon* rządow*"] },
    { scope: "personal_devices", forms: ["prywatn* telefon*", "prywatn* urządze*"] },
    { scope: "official_network", forms: ["sieci rządow*", "sieci wewnętrzn*", "wifi", "wi-fi"] },
    { scope: "minors", forms: ["dzieci", "nieletni*", "małoletni*", "poniżej 1*"] },
    { scope: "public", forms: ["dostęp* do", "w całym kraju", "sklep* z aplikacjami", "operator*", "pobiera*"] },
  ],
  bodies: [
    { forms: ["rząd", "rządu", "rząd*"], name: "government" },
    { forms: ["sejm*", "parlament*", "kongres*", "senat*"], name: "parliament" },
    { forms: ["prezydent*"], name: "president" },
    { forms: ["premier*"], name: "prime minister" },
    { forms: ["minister*", "ministerstw*", "resort*"], name: "ministry" },
    { forms: ["regulator*", "urząd*"], name: "regulator" },
    { forms: ["sąd*", "trybunał*"], name: "court" },
    { forms: ["władze", "władz", "prokuratur*"], name: "authorities" },
    { forms: ["policj*"], name: "police" },
  ],
  demonyms: {
    PL: ["polski", "polskie", "polska", "polskiego", "polskich"], RU: ["rosyjski*", "rosyjsk*"], US: ["amerykańsk*"],
    CN: ["chińsk*"], EU: ["europejsk*", "unijn*"], DE: ["niemieck*"], FR: ["francusk*"], GB: ["brytyjsk*"],
    BE: ["belgijsk*"], NL: ["holendersk*", "niderlandzk*"], CA: ["kanadyjsk*"], UA: ["ukraińsk*"],
  },
  placeAliases: {
    RU: ["Rosja", "Rosji", "Rosję", "Rosją", "Federacja Rosyjska", "Federacji Rosyjskiej", "Moskwa", "Moskwy", "Kreml", "Kremla", "Kremlin"],
    US: ["USA", "Stany Zjednoczone", "Stanach Zjednoczonych", "Stanów Zjednoczonych", "Waszyngton", "Biały Dom"],
    PL: ["Polska", "Polsce", "Polski", "Warszawa"], CN: ["Chiny", "Chinach", "Chin", "Pekin"],
    GB: ["Wielka Brytania", "Wielkiej Brytanii", "Anglia"], DE: ["Niemcy", "Niemczech", "Niemiec"],
  },
  actorNouns: ["rząd", "rządu", "władze", "władz", "ministerstwo", "minister", "parlament", "regulator", "prezydent", "państwo",
    "administracja", "sąd", "prokuratura", "agencja", "służby", "instytucje", "komisja", "policja", "wojsko"],
  targetCues: ["aplikacj*", "serwis*", "platform*", "portal*", "komunikator*", "kanał*", "telewizj*", "stacj*", "gazet*", "dziennik*", "tygodnik*", "agencj*", "nadawc*"],
  targetInflections: ["a", "u", "ie", "em", "owi", "ach"],
  audienceNouns: ["urzędnicy", "urzędników", "pracownicy", "pracowników", "użytkownicy", "użytkowników", "dzieci", "żołnierze",
    "funkcjonariusze", "posłowie", "Rosjanie", "obywatele"],
  grammar: {
    // "Polska, Węgry i Słowacja wprowadziły własne, krajowe zakazy": bans of the kind just told
    suchWords: ["taki", "taka", "takie", "takiego", "takiej", "podobny", "podobne", "własny", "własne", "własnego", "własnych"],
    conjunctions: ["i", "oraz", "lub", "albo"],
    prepositions: ["w", "we", "z", "ze", "na", "do", "dla", "przez", "od", "o"],
    articles: [],
    determiners: [],
    complementizers: ["że", "aby", "żeby"],
    additive: ["także", "również"],
    referenceNouns: ["aplikacje", "aplikacji"],
    collectiveActors: ["władze", "rząd"],
  },
  dates: {
    deadline: ["do", "najpóźniej", "termin"],
    effective: ["od", "od dnia", "wchodzi w życie", "obowiązuje od"],
    expires: ["wygasa", "kończy się"],
    immediate: ["ze skutkiem natychmiastowym", "natychmiast", "od zaraz"],
    monthOnly: ["koniec", "końca", "początek", "początku", "połowy", "połowie"],
    future: ["będzie", "będą", "zostanie", "następn*", "przyszł*", "od"],
    weekdays: ["poniedziałek|poniedziałku", "wtorek|wtorku", "środa|środę|środy", "czwartek|czwartku", "piątek|piątku", "sobota|sobotę|soboty", "niedziela|niedzielę|niedzieli"],
    dayParts: ["rano", "wieczorem"],
    durationUnits: { rok: "Y", lata: "Y", lat: "Y", miesiąc: "M", miesiące: "M", miesięcy: "M", tydzień: "W", tygodnie: "W",
      tygodni: "W", dzień: "D", dni: "D", godzin: "H" },
    numbers: { jeden: 1, jedna: 1, dwa: 2, dwie: 2, trzy: 3, cztery: 4, pięć: 5, sześć: 6, siedem: 7, osiem: 8, dziewięć: 9,
      dziesięć: 10, dwanaście: 12, trzydzieści: 30 },
  },
};
export default pl;
