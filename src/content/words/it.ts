import type { ContentWords } from "./types.js";

export const it: ContentWords = {
  endMarkers: [
    "leggi anche", "potrebbe interessarti", "articoli correlati", "più letti", "ultime notizie", "commenti",
    "condividi", "tag", "argomenti", "l'autore", "ti potrebbe interessare", "correlati",
  ],
  endMarkerPrefixes: ["altri articoli", "altro da", "leggi anche"],
  readAlso: ["leggi anche", "guarda anche", "vedi anche", "potrebbe interessarti"],
  furnitureLines: ["pubblicità", "condividi", "stampa", "commenta"],
  furniturePrefixes: ["seguici", "iscriviti", "abbonati", "newsletter", "tutti i diritti riservati", "utilizziamo i cookie", "questo sito utilizza cookie"],
  rightsReserved: ["tutti i diritti riservati"],
  closingCalls: ["iscriviti", "newsletter", "sostienici", "abbonati", "fai una donazione"],
  disclosures: ["link di affiliazione", "link affiliati"],
  cookieNotices: [
    "utilizza cookie", "utilizziamo cookie", "utilizza i cookie", "utilizziamo i cookie", "usa i cookie",
    "uso dei cookie", "cookie policy", "accetta i cookie", "consenso", "informativa sulla privacy",
  ],
  credits: ["foto", "immagine", "credito", "fonte", "illustrazione", "video"],
  bylinePrefixes: ["di", "a cura di"],
  commentSignatures: ["inviato da", "commento di", "commentato da", "scritto da", "pubblicato da"],
  publishedLabels: ["pubblicato", "pubblicata", "pubblicato il", "trasmesso"],
  updatedLabels: ["aggiornato", "aggiornato il", "ultima modifica"],
  readingTime: ["min di lettura", "minuti di lettura"],
  today: ["oggi"],
  sourceLabels: ["fonte", "link", "url", "articolo originale"],
  chrono: "it",
};
