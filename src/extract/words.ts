// Word windows in any script: Intl.Segmenter finds words in languages written without
// spaces (Chinese, Japanese, Thai) as well as in those with them, so "six words before
// the trigger" means the same everywhere. Whitespace-only splitting is kept as a fast
// path for texts in spaced scripts, where both give the same words.

/** Scripts written without spaces between words. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
export const isUnspaced = (text: string) => UNSPACED.test(text);

const segmenter = new Intl.Segmenter("und", { granularity: "word" });

/** Start offsets of the words of a text (segmenter words; punctuation is no word). */
function wordStarts(text: string): number[] {
  const out: number[] = [];
  if (!isUnspaced(text)) {
    for (const m of text.matchAll(/\S+/g)) out.push(m.index!);
    return out;
  }
  for (const s of segmenter.segment(text)) if (s.isWordLike) out.push(s.index);
  return out;
}

/** The word boundaries (starts and ends) of a text in an unspaced script, for phrase matching. */
export function wordBoundaries(text: string): Set<number> {
  const out = new Set<number>();
  for (const s of segmenter.segment(text)) {
    out.add(s.index);
    out.add(s.index + s.segment.length);
  }
  return out;
}

/** The last n words of a text, as a slice of it. */
export function lastWords(text: string, n: number): string {
  const t = text.trimEnd();
  const starts = wordStarts(t);
  return starts.length <= n ? t.trimStart() : t.slice(starts[starts.length - n]);
}

/** The first n words of a text, as a slice of it. */
export function firstWords(text: string, n: number): string {
  const starts = wordStarts(text);
  return starts.length <= n ? text : text.slice(0, starts[n]).trimEnd();
}

/** How many words a text holds. */
export const countWords = (text: string) => wordStarts(text).length;

/**
 * A short number closing a name ("France 24", "Channel 4"), as a regexp source: not the start of
 * a longer number, a decimal or a share ("24.5", "24 %").
 */
export const NAME_NUMBER = "\\d{1,3}(?!\\p{N}|[.,:]\\d|\\s*[%/])";

export { escapeRegExp } from "../util/regexp.js";

/** Capitalised words, and words of four letters or more: their share tells a title-case headline. */
const CAPITALISED_WORD = /(?<![\p{L}])\p{Lu}\p{Ll}{3,}/gu;
const LONG_WORD = /(?<![\p{L}])\p{L}{4,}/gu;
const TITLE_CASE_SHARE = 0.6;
/** Whether a text capitalises most of its words, as a title-case headline does ("Belgium Bans Government Employees ..."). */
export const isTitleCase = (text: string): boolean =>
  (text.match(CAPITALISED_WORD)?.length ?? 0) >= TITLE_CASE_SHARE * (text.match(LONG_WORD)?.length ?? 1);

/**
 * Each weekday's forms, Monday first: a locale's entry may add the day's inflected forms after "|"
 * ("sobota|sobotę": Saturday, and "w sobotę").
 */
export const weekdayForms = (weekdays: string[]): string[][] => weekdays.map((w) => w.toLowerCase().split("|"));
