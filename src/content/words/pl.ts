import type { ContentWords } from "./types.js";

export const pl: ContentWords = {
  endMarkers: [
    "zobacz także", "zobacz też", "czytaj także", "czytaj też", "czytaj również", "przeczytaj także", "powiązane",
    "powiązane artykuły", "najczęściej czytane", "komentarze", "udostępnij", "tagi", "polecamy",
    "o autorze",
  ],
  endMarkerPrefixes: ["więcej z", "więcej o", "czytaj także"],
  readAlso: ["zobacz także", "zobacz też", "czytaj także", "czytaj też", "czytaj również", "przeczytaj także", "polecamy"],
  furnitureLines: ["reklama", "udostępnij", "drukuj", "skomentuj", "materiał chroniony prawem autorskim"],
  furniturePrefixes: ["śledź nas", "zapisz się", "subskrybuj", "newsletter", "wszelkie prawa zastrzeżone", "korzystamy z cookies", "ta strona używa cookies"],
  rightsReserved: ["wszelkie prawa zastrzeżone"],
  closingCalls: ["newsletter", "zapisz się", "wesprzyj", "subskrybuj", "zaprenumeruj"],
  disclosures: ["linki afiliacyjne", "linki partnerskie"],
  cookieNotices: [
    "korzystamy z cookies", "korzysta z plików cookies", "wykorzystuje pliki cookies", "używa plików cookies",
    "używamy plików cookies", "polityka cookies", "plików cookie", "zgody", "zgodę", "polityka prywatności",
    "polityce prywatności",
  ],
  credits: ["fot", "foto", "zdjęcie", "źródło", "ilustracja", "wideo"],
  bylinePrefixes: ["autor", "przez"],
  commentSignatures: ["dodane przez", "komentarz od", "napisane przez", "odpowiedź od"],
  publishedLabels: ["opublikowano", "data publikacji"],
  updatedLabels: ["aktualizacja", "zaktualizowano"],
  readingTime: ["min czytania", "minut czytania", "minuty czytania"],
  today: ["dziś", "dzisiaj"],
  sourceLabels: ["źródło", "link", "url", "oryginalny artykuł"],
};
