import type { ContentWords } from "./types.js";

export const nl: ContentWords = {
  endMarkers: [
    "lees ook", "lees meer", "meer nieuws", "gerelateerd", "gerelateerde artikelen", "meest gelezen", "bekijk ook",
    "ook interessant", "reacties", "reageer", "deel dit artikel", "delen", "over de auteur", "tags", "onderwerpen",
    "aanbevolen",
  ],
  endMarkerPrefixes: ["meer over", "meer uit", "meer van", "meer nieuws"],
  readAlso: ["lees ook", "lees meer", "bekijk ook", "zie ook"],
  furnitureLines: ["advertentie", "delen", "deel dit artikel", "printen", "reageer"],
  furniturePrefixes: ["volg ons", "abonneer", "schrijf je in", "nieuwsbrief", "alle rechten voorbehouden", "wij gebruiken cookies", "deze website gebruikt cookies"],
  rightsReserved: ["alle rechten voorbehouden"],
  closingCalls: ["nieuwsbrief", "abonneer", "steun ons", "doneer", "meld je aan"],
  disclosures: ["affiliate links", "affiliate-links"],
  cookieNotices: [
    "gebruikt cookies", "gebruiken cookies", "maakt gebruik van cookies", "cookiebeleid", "cookie-instellingen",
    "cookies accepteren", "toestemming", "privacybeleid",
  ],
  credits: ["foto", "foto's", "beeld", "bron", "afbeelding", "illustratie", "video"],
  bylinePrefixes: ["door"],
  commentSignatures: ["geplaatst door", "reactie van", "gepost door", "geschreven door"],
  publishedLabels: ["gepubliceerd", "gepubliceerd op", "uitgezonden"],
  updatedLabels: ["bijgewerkt", "laatst bijgewerkt", "aangepast"],
  readingTime: ["min leestijd", "minuten leestijd", "min. leestijd"],
  today: ["vandaag"],
  sourceLabels: ["bron", "link", "url", "origineel artikel"],
  chrono: "nl",
};
