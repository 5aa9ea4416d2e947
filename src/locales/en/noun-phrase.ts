// English noun phrases for open-world targets, read by compromise's tagger: the words up
// to the first verb ("law passed" -> "law"), kept only when they end in a noun, so that
// "raise financial penalties" or "using" never name a target.
// A one-word question is answered from a table of compromise's own answers for some 72,000
// dictionary words (tagged-words.ts), the same answers without loading compromise (a third
// of a second); other questions load the tagger (tagger.ts).
import { tagNounPhrase, tagVerbAfterTo } from "./tagger.js";
import { tableNounPhrase, tableVerbAfterTo } from "./word-answers.js";

/** Tagging costs far more than the words it reads: a sentence's phrases recur across the steps and the articles. */
function remembered<T>(read: (key: string) => T, limit = 10_000): (key: string) => T {
  const seen = new Map<string, T>();
  return (key) => {
    if (seen.has(key)) return seen.get(key)!;
    if (seen.size >= limit) seen.clear();
    const v = read(key);
    seen.set(key, v);
    return v;
  };
}

export const nounPhrase = remembered((words: string) => {
  const fromTable = tableNounPhrase(words);
  const phrase = fromTable === undefined ? tagNounPhrase(words) : fromTable;
  return phrase === null ? null : withoutOpeners(phrase);
});

// Words that say which or how many, not what: "new communications equipment", "certain types of apps".
const OPENERS = /^(?:new|certain|such|further|various|so-called|existing|future|current|several|additional|specific|some|any|all|more)\s+(?=\S)/u;

/** A phrase without the words that open it but name nothing ("new chatbots" -> "chatbots"). */
function withoutOpeners(phrase: string): string {
  let out = phrase;
  for (let m = OPENERS.exec(out); m; m = OPENERS.exec(out)) out = out.slice(m[0].length);
  return out;
}

/** Whether words open a verb phrase: tagged after "to", their first word is a verb ("raise penalties"), not a noun ("energy drinks"). */
export function opensVerbPhrase(words: string): boolean {
  const first = /^\s*(\p{Ll}[\p{L}'’-]*)/u.exec(words)?.[1];
  return !!first && verbAfterTo(first.toLowerCase());
}

const verbAfterTo = remembered((word: string) => tableVerbAfterTo(word) ?? tagVerbAfterTo(word));
