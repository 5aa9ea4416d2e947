// A title in quotes names what is banned as written, whatever its words' case: a book, a
// film, a song ("the novel "The Last Monsoon House"", « Les Versets sataniques »). Plain
// capitalised-word names stop at lower-case words ("Gay is OK!") and at four words.

/** A title opening a text: two or more words in straight, curly, angle or low quotes, starting with a capital or digit. */
const QUOTED_TITLE = /^(?:"([\p{Lu}\p{N}][^"\n]{1,80}?)"|“([\p{Lu}\p{N}][^”“\n]{1,80}?)”|«\s*([\p{Lu}\p{N}][^»\n]{1,80}?)\s*»|„([\p{Lu}\p{N}][^“”\n]{1,80}?)[“”])/u;

/** The quoted title at the start of `r`: its text (trailing punctuation off), where it stands in `r`, and the length read with its quotes. */
export function quotedTitle(r: string): { text: string; start: number; end: number; len: number } | null {
  const q = QUOTED_TITLE.exec(r);
  const inner = q ? (q[1] ?? q[2] ?? q[3] ?? q[4]) : null;
  if (!q || !inner || !/\s/.test(inner.trim())) return null;
  const text = inner.trim().replace(/[\s,.;:]+$/u, "");
  const start = q[0].indexOf(inner) + (inner.length - inner.trimStart().length);
  return { text, start, end: start + text.length, len: q[0].length };
}
