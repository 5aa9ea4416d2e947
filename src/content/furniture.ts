// Page furniture in text exports. The words live per language in src/content/words/; this
// file says how a text export uses them. A line matching END_MARKERS after the article
// has begun ends the article ("Related items", "Lees ook"); DROP_LINES are credits and
// captions removed wherever they stand.
import { CREDIT_LABEL_ALONE, END_MARKER, READ_ALSO } from "./words/index.js";

export const END_MARKERS: RegExp[] = [END_MARKER];

/**
 * Credits and caption labels: "Photo :", "Sumber :", and "• Ist" (a bullet before a short credit); inserts of
 * another story's headline ("LEGGI ANCHE: Roma studia lo stesso divieto", "Lire aussi : ..."), which report
 * nothing of this one.
 */
export const DROP_LINES: RegExp[] = [CREDIT_LABEL_ALONE, /^[•·]\s*\S.{0,40}$/u, READ_ALSO];

/** How many body paragraphs must come before an end marker counts (a marker at the top is navigation). */
export const MIN_PARAGRAPHS_BEFORE_END = 2;

/** A run of this many short teaser lines with timestamps is a teaser list: the article ended before it. */
export const TEASER_RUN = 3;
export const TEASER_MAX_CHARS = 90;
