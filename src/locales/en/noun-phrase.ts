// English noun phrases for open-world targets, read by compromise's tagger: the words up
// to the first verb ("law passed" -> "law"), kept only when they end in a noun, so that
// "raise financial penalties" or "using" never name a target.
import { createRequire } from "node:module";
import type compromise from "compromise/two";

// compromise's tagger ("compromise/two": tokenizer, lexicon and tagger, without the phrase
// APIs of the full build, which tag alike and take a third longer to load), as its
// one-file CommonJS build: its ESM entry is hundreds of modules and loads about twice as
// slowly. Loaded on the first phrase read, not with the locale: an English article whose
// targets are all known names never needs it.
let loaded: typeof compromise | null = null;
const nlp = (text: string) => (loaded ??= createRequire(import.meta.url)("compromise/two") as typeof compromise)(text);

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

export const nounPhrase = remembered(readNounPhrase);

function readNounPhrase(words: string): string | null {
  const terms = nlp(words).json()[0]?.terms as { text: string; tags: string[]; pre: string; post: string }[] | undefined;
  if (!terms?.length) return null;
  // An activity alone is what is banned: "banned smoking for anyone born after 2008", "banned fishing".
  if (terms.length === 1 && terms[0].tags.includes("Gerund")) return terms[0].text;
  // An object never opens with a finite verb: a first word tagged "smartphones"/PresentTense is an unknown plural noun.
  const first = terms[0];
  if (first.tags.includes("PresentTense") && /s$/i.test(first.text)) first.tags = ["Noun", "Plural"];
  const kept: typeof terms = [];
  for (const t of terms) {
    const tags = new Set(t.tags);
    // A hyphenated half ("single-use") is a modifier whatever its tag.
    if (tags.has("Verb") && !tags.has("Noun") && !tags.has("Hyphenated")) break;
    kept.push(t);
  }
  const last = kept[kept.length - 1];
  if (!last || !last.tags.includes("Noun")) return null;
  return kept.map((t, i) => t.text + (i < kept.length - 1 ? t.post : "")).join("").trim();
}

/** Whether words open a verb phrase: tagged after "to", their first word is a verb ("raise penalties"), not a noun ("energy drinks"). */
export function opensVerbPhrase(words: string): boolean {
  const first = /^\s*(\p{Ll}[\p{L}'’-]*)/u.exec(words)?.[1];
  return !!first && verbAfterTo(first.toLowerCase());
}

const verbAfterTo = remembered((word: string) => {
  const t = (nlp(`to ${word}`).json()[0]?.terms as { tags: string[] }[] | undefined)?.[1];
  return !!t && t.tags.includes("Verb") && !t.tags.includes("Noun");
});
