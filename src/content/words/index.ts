// Every language's furniture and dateline words (one data file per language) compiled once
// into the patterns the HTML extractor and the text-export reader share. Adding a language
// is adding a file here and a line in LANGUAGES.
import { escapeRegExp } from "../../util/regexp.js";
import type { ContentWords } from "./types.js";
import { AGENCIES, PICTURE_AGENCIES } from "./agencies.js";
import { de } from "./de.js";
import { en } from "./en.js";
import { es } from "./es.js";
import { fr } from "./fr.js";
import { id } from "./id.js";
import { it } from "./it.js";
import { nl } from "./nl.js";
import { pl } from "./pl.js";
import { pt } from "./pt.js";
import { ja } from "./ja.js";
import { zh } from "./zh.js";

export type { ContentWords } from "./types.js";

export const LANGUAGES: Record<string, ContentWords> = { en, de, fr, nl, es, it, pt, pl, id, zh, ja };

const all = (pick: (w: ContentWords) => string[]): string[] => {
  const out = new Set<string>();
  for (const w of Object.values(LANGUAGES)) for (const p of pick(w)) out.add(p.toLowerCase());
  // Longest first: "read also" must win over "read" in an alternation.
  return [...out].sort((a, b) => b.length - a.length);
};
const alt = (phrases: string[]) => phrases.map(escapeRegExp).join("|");
/** Word end that also holds after non-ASCII letters (\b does not). */
const END = "(?![\\p{L}\\p{N}])";
/** Punctuation that may close a label ("Related:", "Mehr zum Thema »"). */
const TRAIL = "[\\s:»›>.!?…|\\-–—]*";

/** A heading that opens the furniture after the article ("Related", "Mehr zum Thema"). */
export const END_MARKER = new RegExp(`^(?:${alt(all((w) => w.endMarkers))})${TRAIL}$|^(?:${alt(all((w) => w.endMarkerPrefixes))})${END}.{0,60}$`, "iu");

/**
 * A short heading that starts with an end marker ("Comments (12)", "Related stories from
 * Science"): the HTML step reads it as the label of the furniture that follows.
 */
export const END_MARKER_START = new RegExp(`^(?:\\d+\\s+)?(?:${alt(all((w) => [...w.endMarkers, ...w.endMarkerPrefixes]))})${END}`, "iu");

/** "Lire aussi : <headline>", "READ MORE: <headline>": an insert of another story in the body. */
export const READ_ALSO = new RegExp(`^[\\s>»›▶►•*-]*(?:${alt(all((w) => w.readAlso))})${END}\\s*(?:[:：|»›>–—-]|\\.\\.\\.|…)`, "iu");

/** A whole line of furniture, or one that opens with a furniture phrase. */
export const FURNITURE_LINE = new RegExp(`^[(\\[]?(?:${alt(all((w) => w.furnitureLines))})[)\\]]?${TRAIL}$`, "iu");
export const FURNITURE_PREFIX = new RegExp(`^(?:${alt(all((w) => w.furniturePrefixes))})`, "iu");
const RIGHTS_RESERVED = all((w) => w.rightsReserved);
/** Does the line hold a copyright notice ("... All rights reserved.")? A substring search, not a regex: it runs on every short block. */
export const mentionsRightsReserved = (text: string): boolean => {
  const t = text.toLowerCase();
  return RIGHTS_RESERVED.some((p) => t.includes(p));
};

/** A call to subscribe, support, sign up ("Lust auf mehr? ... Newsletter"), as whole words anywhere in a line. */
export const CLOSING_CALL = new RegExp(`(?:^|[^\\p{L}])(?:${alt(all((w) => w.closingCalls))})${END}`, "iu");

const DISCLOSURES = all((w) => w.disclosures);
/** Does the line disclose advertising or affiliate links? A substring search, as above. */
export const mentionsDisclosure = (text: string): boolean => {
  const t = text.toLowerCase();
  return DISCLOSURES.some((p) => t.includes(p));
};

const COOKIE_NOTICES = all((w) => w.cookieNotices);
/** Does the line speak of the site's cookies ("Informujemy, że korzystamy z cookies.")? A substring search, as above. */
export const mentionsCookieNotice = (text: string): boolean => {
  const t = text.toLowerCase();
  return t.includes("cookie") && COOKIE_NOTICES.some((p) => t.includes(p));
};

const CREDIT_WORDS = alt(all((w) => w.credits));
/** An image credit standing alone ("Foto: dpa", "Photo : AFP", "Crédits photos : Bestimage"). */
export const CREDIT_LINE = new RegExp(`^[(\\[]?(?:${CREDIT_WORDS})${END}\\s*(?:[:：©|/]|by\\b)`, "iu");
/** A caption closed by its credit ("... Klemmer. Foto: GdP/Hagen Immel", "(Foto: Privat)"). */
export const CREDIT_TAIL = new RegExp(`(?:^|[.!?)\\s(\\[|])(?:${CREDIT_WORDS})${END}\\s*[:：©]\\s*[^.:!?。]{1,60}[)\\]]?\\.?$`, "iu");

/**
 * A caption closed by a bare credit: "© CAE", "© Rike/pixelio.de", "(mlharing / iStock.com)",
 * "(Photo by X/Getty Images)": a copyright sign or a picture agency in the last words.
 */
export const PICTURE_CREDIT_TAIL = new RegExp(`(?:©\\s*[^.!?©]{1,40}|[(/]\\s*[^()]{0,40}(?:${alt(PICTURE_AGENCIES.map((a) => a.toLowerCase()))})(?:\\.com|\\.de)?\\s*\\)?)\\.?$`, "iu");

/** An agency sign-off closing a report: "aja/PAP", "(dpa/lnw)", "(AFP)": initials and an agency, nothing else. */
export const AGENCY_SIGNOFF = new RegExp(`^\\(?(?:[\\p{L}]{1,5}\\s*/\\s*)*(?:${alt(AGENCIES)})(?:\\s*/\\s*[\\p{L}]{1,5})*\\)?\\.?$`, "u");

/** A credit label with nothing after it ("Photo :", "Sumber :"): the credit is on the next line. */
export const CREDIT_LABEL_ALONE = new RegExp(`^(?:${CREDIT_WORDS})\\s*:\\s*$`, "iu");

/** "By Jane Doe", "Von Max Muster und Erika Muster", "Par Jean Dupont": the names after the label. */
export const BYLINE_PREFIX = new RegExp(`^(?:${alt(all((w) => w.bylinePrefixes))})${END}\\s*:?\\s*`, "iu");

/** "Posted by: Ann at 6:31 AM", "Geschrieben von Max am 3.1.2008": a reader comment's signature (group 1: the label). */
export const COMMENT_SIGNATURE = new RegExp(`^(${alt(all((w) => w.commentSignatures))})${END}\\s*:?\\s.*\\d`, "iu");

/** "Published", "Publié le", "Veröffentlicht am": a note on when the text was published. */
export const PUBLISHED_LABEL = new RegExp(`(?:^|[^\\p{L}])(?:${alt(all((w) => w.publishedLabels))})${END}`, "iu");
/**
 * A publication or update label of a language that writes numeric dates day first and of none
 * that may write them month first: "Publié le 12/04/2025" is the 12th of April.
 */
const eitherLabels = new Set(Object.values(LANGUAGES).filter((w) => w.numericOrder === "either").flatMap((w) => [...w.publishedLabels, ...w.updatedLabels]).map((l) => l.toLowerCase()));
export const DAY_FIRST_LABEL = new RegExp(`(?:^|[^\\p{L}])(?:${alt(all((w) => (w.numericOrder === "either" ? [] : [...w.publishedLabels, ...w.updatedLabels])).filter((l) => !eitherLabels.has(l)))})${END}`, "iu");
/** "Updated", "Mis à jour le", "Aktualisiert am": a note on when the text was last changed. */
export const UPDATED_LABEL = new RegExp(`(?:^|[^\\p{L}])(?:${alt(all((w) => w.updatedLabels))})${END}`, "iu");

/** "5 min read", "4 Min.", "11 minut czytania": a reading-time note. */
export const READING_TIME = new RegExp(`^\\d{1,3}\\s*(?:${alt(all((w) => w.readingTime))})(?![\\p{L}])[\\s.]*$`, "iu");

/** "today" in every language, as an alternation (no anchors); either apostrophe matches. */
export const TODAY_WORDS = [...new Set(all((w) => w.today).map((t) => escapeRegExp(t).replace(/['’]/g, "['’]")))].join("|");

/** Words between day and month ("de"), as an alternation. */
export const DAY_MONTH_JOINERS = alt(all((w) => w.dayMonthJoiners ?? []));
/** Marks after a clock time ("pm", "a.m."), as an alternation. */
export const TIME_SUFFIXES = alt(all((w) => w.timeSuffixes ?? []));

/**
 * A line of a text export that is the page's address: "URL: https://...", "Source: https://...",
 * "Bron: https://..." (a label of any language, then the URL alone), or the URL alone. Group 1
 * is the label (undefined for a bare URL), group 2 the URL.
 */
export const SOURCE_URL_LINE = new RegExp(`^(?:(${alt(all((w) => w.sourceLabels ?? []))})(?:\\s*[:：]\\s*|\\s+))?<?(https?:\\/\\/[^\\s<>]+?)>?$`, "iu");

/** chrono-node locales of the languages that have one, in LANGUAGES order. */
export const CHRONO_LOCALES = Object.values(LANGUAGES).flatMap((w) => (w.chrono ? [w.chrono] : []));
