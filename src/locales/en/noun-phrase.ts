// English noun phrases for open-world targets, read by compromise's tagger: the words up
// to the first verb ("law passed" -> "law"), kept only when they end in a noun, so that
// "raise financial penalties" or "using" never name a target.
import { createRequire } from "node:module";
import type compromise from "compromise";

// The package's one-file CommonJS build: its ESM entry is 500 modules and loads about
// twice as slowly, which every English `banwatch extract` paid at start-up.
const nlp = createRequire(import.meta.url)("compromise") as typeof compromise;

export function nounPhrase(words: string): string | null {
  const terms = nlp(words).json()[0]?.terms as { text: string; tags: string[]; pre: string; post: string }[] | undefined;
  if (!terms?.length) return null;
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
  const first = words.trim().split(/\s+/).slice(0, 3).join(" ");
  if (!/^\p{Ll}/u.test(first)) return false;
  const t = (nlp(`to ${first}`).json()[0]?.terms as { tags: string[] }[] | undefined)?.[1];
  return !!t && t.tags.includes("Verb") && !t.tags.includes("Noun");
}
