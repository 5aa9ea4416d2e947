// Bylines, datelines and "published/updated" notes are metadata printed in the text: they are
// taken out of the body, and what they state (authors, dates) goes to the metadata.
import type { PartialDate } from "../../types.js";
import { labelledDateNote, parseDateline } from "../dateline.js";
import { BYLINE_PREFIX, PUBLISHED_LABEL, READING_TIME, UPDATED_LABEL } from "../words/index.js";
import type { Block } from "./blocks.js";
import { T } from "./constants.js";
import { countWords } from "./word-count.js";

export interface PageNotes {
  /** The blocks without the notes, in order. */
  blocks: Block[];
  authors: string[];
  published: PartialDate | null;
  modified: PartialDate | null;
}

/** Joins between names in a byline: "A, B and C", "A und B", "A & B". */
const NAME_JOIN = /\s*(?:,|&|\/|\s(?:and|und|et|y|e|en|i|og|och|ve)\s)\s*/iu;
/** What may end a byline after the names: a separator, then a date, a time, a place or an outlet. */
const BYLINE_TAIL = /\s+[|•·—–-]\s+.*$|\s{2,}.*$/u;
/** A name: one to five words, each starting with a capital (particles such as "van", "de" allowed). */
const NAME = /^(?:\p{Lu}[\p{L}.'’-]*|van|von|de|der|den|da|di|du|la|le|del|dos|bin|al|ibn)(?:\s+(?:\p{Lu}[\p{L}.'’-]*|van|von|de|der|den|da|di|du|la|le|del|dos|bin|al|ibn)){0,4}$/u;

/** The names of a byline ("By Jane Doe and John Roe | Reuters"), or null when the line is not one. */
export function bylineNames(text: string): string[] | null {
  const m = BYLINE_PREFIX.exec(text);
  if (!m) return null;
  const rest = text.slice(m[0].length).replace(BYLINE_TAIL, "").replace(/[,;:.]+$/, "").trim();
  if (!rest) return null;
  const names: string[] = [];
  for (const part of rest.split(NAME_JOIN)) {
    const p = part.trim();
    if (!p) continue;
    if (!NAME.test(p)) break; // "By Jane Doe, March 10, 2023": the names end where the date begins
    names.push(p);
  }
  return names.length ? names : null;
}

/** A label with nothing else ("Aktualisiert:", "opublikowano"): the date sits in its own element. */
const labelOnly = (t: string) => t.length <= 40 && /^[\p{L}\s'’]+[:.]?$/u.test(t) && (PUBLISHED_LABEL.test(t) || UPDATED_LABEL.test(t));

const wordCount = countWords;

/** Takes the notes out of the first and last few blocks of the text. */
export function takePageNotes(blocks: Block[]): PageNotes {
  const notes: PageNotes = { blocks: [], authors: [], published: null, modified: null };
  const n = blocks.length;
  blocks.forEach((b, i) => {
    const near = i < T.notesHeadBlocks || i >= n - T.notesTailBlocks;
    if (!near || b.words > T.noteMaxWords || !readNote(b.text.trim(), notes)) notes.blocks.push(b);
  });
  return notes;
}

/** Reads one block as a note into `notes`; false when it is not a note (then it stays text). */
function readNote(t: string, notes: PageNotes): boolean {
  if (READING_TIME.test(t) || labelOnly(t)) return true;
  const names = bylineNames(t);
  if (names) {
    for (const a of names) if (!notes.authors.includes(a)) notes.authors.push(a);
    const d = parseDateline(t.replace(BYLINE_PREFIX, "").replace(/^[^|•·—–-]*[|•·—–-]\s*/u, ""));
    if (d && !notes.published) notes.published = d;
    return true;
  }
  const labelled = labelledDateNote(t);
  if (labelled) {
    notes.published ??= labelled.published;
    notes.modified ??= labelled.modified;
    return true;
  }
  // Unlabelled, only a short line that is mostly date: "Tuesday, June 09, 2009 10:38 AM".
  const d = wordCount(t) <= T.bareDatelineMaxWords ? parseDateline(t) : null;
  if (d) { notes.published ??= d; return true; }
  return false;
}
