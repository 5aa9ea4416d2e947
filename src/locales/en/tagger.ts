// compromise's answers to the two questions English frames ask (see noun-phrase.ts): the
// words of a phrase up to its first verb, and whether a word after "to" is a verb.
import { createRequire } from "node:module";
import type compromise from "compromise/two";

// compromise's tagger ("compromise/two": tokenizer, lexicon and tagger, without the phrase
// APIs of the full build, which tag alike and take a third longer to load), as its
// one-file CommonJS build: its ESM entry is hundreds of modules and loads about twice as
// slowly. Loaded on the first question the word table (tagged-words.ts) does not answer.
let loaded: typeof compromise | null = null;
const nlp = (text: string) => (loaded ??= createRequire(import.meta.url)("compromise/two") as typeof compromise)(text);

/** Whether compromise's tagger has been loaded in this process (start-up tests). */
export const taggerLoaded = (): boolean => loaded !== null;

/** The words up to the first verb, kept only when they end in a noun ("law passed" -> "law"). */
export function tagNounPhrase(words: string): string | null {
  const terms = nlp(words).json()[0]?.terms as { text: string; tags: string[]; pre: string; post: string }[] | undefined;
  if (!terms?.length) return null;
  // An activity alone is what is banned: "banned smoking for anyone born after 2008", "banned fishing".
  if (terms.length === 1 && terms[0].tags.includes("Gerund")) return terms[0].text;
  // An object never opens with a finite verb: a first word tagged "smartphones"/PresentTense is an unknown plural noun.
  const first = terms[0];
  if (first.tags.includes("PresentTense") && /s$/i.test(first.text)) first.tags = ["Noun", "Plural"];
  const kept: typeof terms = [];
  for (const [i, t] of terms.entries()) {
    const tags = new Set(t.tags);
    // Before any noun, a participle with words after it modifies what follows ("engineered stone",
    // "brominated vegetable oil", "genetically modified crops"): after a noun it is a verb ("law passed").
    const modifier = i < terms.length - 1 && !kept.some((k) => k.tags.includes("Noun")) && (tags.has("PastTense") || tags.has("Participle")) && /ed$/i.test(t.text);
    // A hyphenated half ("single-use") is a modifier whatever its tag.
    if (tags.has("Verb") && !tags.has("Noun") && !tags.has("Hyphenated") && !modifier) break;
    kept.push(t);
  }
  const last = kept[kept.length - 1];
  if (!last || !last.tags.includes("Noun")) return null;
  return kept.map((t, i) => t.text + (i < kept.length - 1 ? t.post : "")).join("").trim();
}

/** Whether a word tagged after "to" is a verb ("raise"), not a noun ("energy"). */
export function tagVerbAfterTo(word: string): boolean {
  const t = (nlp(`to ${word}`).json()[0]?.terms as { tags: string[] }[] | undefined)?.[1];
  return !!t && t.tags.includes("Verb") && !t.tags.includes("Noun");
}
