import type { ContentWords } from "./types.js";

export const de: ContentWords = {
  endMarkers: [
    "mehr zum thema", "weitere artikel", "das könnte sie auch interessieren", "das könnte dich auch interessieren",
    "lesen sie auch", "lies auch", "auch interessant", "meistgelesen", "meistgelesene artikel", "verwandte artikel",
    "ähnliche beiträge", "ähnliche artikel", "ähnliche nachrichten", "verwandte themen", "verwandte themenbereiche",
    "weitere beiträge", "weitere informationen", "weiterführende links", "weiterführender link", "zum weiterlesen",
    "weiterlesen", "kommentare", "kommentar schreiben", "kommentare schreiben", "keine kommentare", "über den autor",
    "über die autorin", "zur person", "empfehlungen", "empfehlungen der redaktion", "top themen", "top-themen",
    "schon gelesen?", "themen", "schlagworte", "schlagwörter", "teilen", "diesen artikel teilen", 
    "nächster artikel", "vorheriger artikel", "top themen der redaktion", "noch mehr infos für dich", "lust auf mehr?",
    "kontakt", "quellen", "bildergalerie",
  ],
  endMarkerPrefixes: ["mehr zum thema", "mehr zu", "mehr aus", "mehr von", "weitere beiträge", "weitere aktuelle", "lesen sie auch", "empfehlungen aus"],
  readAlso: ["lesen sie auch", "lies auch", "auch interessant", "mehr zum thema", "weiterlesen", "siehe auch", "zum thema", "das thema könnte dich auch interessieren", "das könnte sie auch interessieren", "passend dazu", "auch lesenswert"],
  furnitureLines: [
    "anzeige", "werbung", "teilen", "diesen artikel teilen", "seite teilen", "artikel teilen", "drucken", "merken",
    "kommentieren", "war der artikel nützlich?", "wie bewerten sie diesen artikel?", "zurück nach oben", "nach oben",
    "mehr anzeigen", "weitere inhalte laden", "lade weitere inhalte", "bild anzeigen", "externer inhalt",
    "pdf herunterladen", "artikel gefallen? vergiss nicht zu teilen!", "möchten sie den artikel teilen?",
    "alle angaben ohne gewähr", "(noch keine bewertungen)",
  ],
  furniturePrefixes: [
    "teilen auf", "folgen sie uns", "folge uns", "jetzt abonnieren", "newsletter", "abonnieren", "anmelden",
    "registrieren", "alle rechte vorbehalten", "wir verwenden cookies", "diese website verwendet cookies",
    "schlagworte:", "themen:", "tags:", "unterstützen sie", "unterstütze", "besuchen sie unseren",
    "lesen sie das", "gefällt dir", "mit diesem button",
  ],
  rightsReserved: ["alle rechte vorbehalten"],
  closingCalls: [
    "newsletter", "abonnieren", "abonniere", "unterstützen sie", "unterstütze uns", "spenden sie", "jetzt spenden",
    "melde dich", "melden sie sich", "eingeloggt sein", "registrieren sie sich", "zitiervorschlag",
  ],
  disclosures: [
    "affiliate links", "affiliate-links", "affiliate link", "affiliate-link", "enthält werbung", "werbung, da",
    "provisionslink", "provisions-link",
  ],
  cookieNotices: [
    "verwendet cookies", "verwenden cookies", "nutzt cookies", "nutzen cookies", "setzt cookies", "setzen cookies",
    "cookie-einstellungen", "cookie-richtlinie", "einsatz von cookies", "verwendung von cookies", "einwilligung",
    "datenschutzerklärung", "datenschutzeinstellungen", "erforderlichen cookies", "optionale cookies",
  ],
  credits: ["foto", "fotos", "bild", "bilder", "titelbild", "beitragsbild", "quelle", "abbildung", "grafik", "illustration", "video", "bildquelle", "bildnachweis", "fotograf"],
  bylinePrefixes: ["von", "autor", "autorin", "text"],
  commentSignatures: ["geschrieben von", "kommentar von", "verfasst von", "antwort von", "eingetragen von"],
  publishedLabels: ["veröffentlicht", "veröffentlicht am", "erstellt am", "gesendet", "erschienen am", "publiziert"],
  updatedLabels: ["aktualisiert", "aktualisiert am", "zuletzt aktualisiert", "stand:", "geändert am"],
  readingTime: ["min. lesezeit", "min lesezeit", "minuten lesezeit", "min.", "min"],
  today: ["heute"],
  sourceLabels: ["quelle", "link", "url", "originalartikel"],
  chrono: "de",
};
