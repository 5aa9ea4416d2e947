// A title in quotes names what is banned as written, whatever its words' case: a book, a
// film, a song ("the novel "The Last Monsoon House"", « Les Versets sataniques »). Plain
// capitalised-word names stop at lower-case words ("Gay is OK!") and at four words.

/** A title opening a text: words in straight, curly, angle (« », and » « as German and Danish print them) or low quotes, double or single (headlines quote titles in single quotes), starting with a capital or digit. */
const QUOTED_TITLE = /^(?:"([\p{Lu}\p{N}][^"\n]{1,80}?)"|“([\p{Lu}\p{N}][^”“\n]{1,80}?)”|«\s*([\p{Lu}\p{N}][^»\n]{1,80}?)\s*»|„([\p{Lu}\p{N}][^“”\n]{1,80}?)[“”]|'([\p{Lu}\p{N}][^'\n]{1,80}?)'(?![\p{L}\p{N}])|‘([\p{Lu}\p{N}][^‘’\n]{1,80}?)’(?![\p{L}\p{N}])|»\s*([\p{Lu}\p{N}][^«\n]{1,80}?)\s*«)/u;

/** Up to three words before a quote: the noun a title stands in apposition to ("die vernetzte Puppe „My Friend Cayla“"). */
const APPOSED = /^(?:[\p{L}\p{N}'’-]+\s+){1,3}(?=["“«»„'‘])/u;

/**
 * The quoted title at the start of `r`, or after up to three words none of which `stops` (a
 * preposition, conjunction, ...: "the doll "My Friend Cayla"", not "X and said "We will""): its
 * text (trailing punctuation off), where it stands in `r`, and the length read with its quotes.
 */
export function quotedTitle(r: string, stops?: (word: string) => boolean): { text: string; start: number; end: number; len: number } | null {
  const lead = stops ? APPOSED.exec(r)?.[0] ?? "" : "";
  if (lead && lead.trim().split(/\s+/).some(stops!)) return null;
  const q = QUOTED_TITLE.exec(r.slice(lead.length));
  const inner = q ? (q[1] ?? q[2] ?? q[3] ?? q[4] ?? q[5] ?? q[6] ?? q[7]) : null;
  if (!q || !inner || !/\s/.test(inner.trim())) return null;
  // Quoted speech ends a sentence inside its quotes; a title after a noun does not.
  if (lead && /[.!?]\s*$/u.test(inner)) return null;
  const text = inner.trim().replace(/[\s,.;:]+$/u, "");
  const start = lead.length + q[0].indexOf(inner) + (inner.length - inner.trimStart().length);
  return { text, start, end: start + text.length, len: lead.length + q[0].length };
}
