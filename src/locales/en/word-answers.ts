// compromise's answers for single words, from the table scripts/tagged-words.ts writes
// (tagged-words.ts): undefined for a word the table does not hold, which the tagger answers.
import { TAGGED_WORDS } from "./tagged-words.js";

/** Bits of a word's class, the index of its list in TAGGED_WORDS. */
const VERB_AFTER_TO = 1;
const OWN_NOUN_PHRASE = 2;

/**
 * Whether a sorted, space-separated list holds the word: a binary search over the string
 * itself (building a Set of its 72,000 words took longer than a one-file extract asks).
 */
export function listHolds(list: string, word: string): boolean {
  // lo is the first character of a word, hi just past the last character of one.
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = list.lastIndexOf(" ", mid) + 1;
    const space = list.indexOf(" ", start);
    const end = space < 0 ? list.length : space;
    const w = list.slice(start, end);
    if (w === word) return true;
    if (w < word) lo = end + 1;
    else hi = start - 1;
  }
  return false;
}

function classOf(word: string): number | undefined {
  // The table holds lower-case ASCII words only; anything else goes to the tagger.
  if (!/^[a-z]+$/.test(word)) return undefined;
  const c = TAGGED_WORDS.findIndex((list) => listHolds(list, word));
  return c < 0 ? undefined : c;
}

/** Whether the dictionary holds the word (lower case), whatever its class. */
export const dictionaryWord = (word: string): boolean => classOf(word.toLowerCase()) !== undefined;

/** Whether the word after "to" is tagged a verb, when the table knows the word. */
export function tableVerbAfterTo(word: string): boolean | undefined {
  const c = classOf(word);
  return c === undefined ? undefined : (c & VERB_AFTER_TO) !== 0;
}

/** The noun phrase a one-word phrase reads as (the word itself, or none), when the table knows the word. */
export function tableNounPhrase(words: string): string | null | undefined {
  const c = classOf(words);
  return c === undefined ? undefined : c & OWN_NOUN_PHRASE ? words : null;
}
