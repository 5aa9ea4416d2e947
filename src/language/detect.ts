// Language of an article: franc over each paragraph, restricted to a closed set of
// languages, weighted by paragraph length, with the page's declared language as a
// prior. A caption in another language therefore cannot flip the article. franc's scores
// come from trigramScorer: the same numbers, computed without franc's per-call overhead.
import { ALPHABET_LACKS, ISO3_TO_1, ISO1_TO_3, NEIGHBOUR_PRIOR } from "./codes.js";
import { trigramScorer } from "./trigrams.js";

const ONLY = Object.keys(ISO3_TO_1);
const francAll = trigramScorer(ONLY);
/** Paragraphs shorter than this say too little to vote alone. */
const MIN_PARAGRAPH = 40;
/** A paragraph's runner-up within this of its best score (1) shares its vote, the more the closer: franc cannot tell them apart. */
const NEAR_TIE = 0.1;
/** Letters per letter the alphabet lacks that a quoted foreign name may bring into a paragraph. */
const FOREIGN_LETTERS_PER = 200;
/** Weight multiplier for a language the page or source declares. */
const HINT_PRIOR = 1.5;

export function detectText(text: string): string {
  const code = francAll(text, 10)[0][0];
  return ISO3_TO_1[code] ?? "und";
}

export interface Detection {
  lang: string;
  paragraphs: string[]; // language per paragraph ("und" when too short)
}

export function detectArticle(paragraphs: string[], hints: string[] = [], title?: string | null): Detection {
  // Each paragraph votes with its scores, not only its winner: on a short English paragraph franc
  // may score Danish 1.00 and English 0.99, and the next paragraph's clear English must outweigh that.
  const scores = paragraphs.map((p) => (p.length >= MIN_PARAGRAPH ? francAll(p, 10) : []));
  const per = scores.map((sc) => (sc.length ? ISO3_TO_1[sc[0][0]] ?? "und" : "und"));
  const weight = new Map<string, number>();
  scores.forEach((sc, i) => {
    if (per[i] === "und") return;
    // One vote per language (Bokmål and Nynorsk are both "no"), its score weighed by the
    // neighbour prior before the ranking, so that Portuguese at 0.99 beats Galician at 1.00.
    const best = new Map<string, number>();
    for (const [code, score] of sc) {
      const l = ISO3_TO_1[code];
      if (l && !best.has(l) && writes(l, paragraphs[i])) best.set(l, score * (NEIGHBOUR_PRIOR[l] ?? 1));
    }
    if (!best.size) return;
    const top = Math.max(...best.values());
    // A runner-up's share falls linearly to nothing at the window's edge: a language that is
    // second everywhere must not outvote the ones that win their paragraphs.
    for (const [l, score] of best) {
      const share = (score / top - (1 - NEAR_TIE)) / NEAR_TIE;
      if (share > 0) weight.set(l, (weight.get(l) ?? 0) + share * paragraphs[i].length);
    }
  });
  if (!weight.size) {
    // Nothing long enough: read everything at once, title included.
    // Nothing long enough: a declared language beats a guess from a few words ("TikTok ban"
    // reads as Indonesian to trigram statistics).
    const all = [title ?? "", ...paragraphs].join("\n");
    const hint = hints.find((h) => ISO1_TO_3[h]);
    if (hint && all.trim().length < MIN_PARAGRAPH) return { lang: hint, paragraphs: per };
    const l = all.trim().length >= 10 ? detectText(all) : "und";
    return { lang: l === "und" && hint ? hint : l, paragraphs: per };
  }
  for (const h of hints) if (weight.has(h)) weight.set(h, weight.get(h)! * HINT_PRIOR);
  const lang = [...weight.entries()].sort((a, b) => b[1] - a[1])[0][0];
  return { lang, paragraphs: per };
}

/** Whether the paragraph could be in language l: it uses none of the letters l's alphabet lacks, beyond a quoted name's few. */
function writes(l: string, paragraph: string): boolean {
  const lacks = ALPHABET_LACKS[l];
  if (!lacks) return true;
  const n = paragraph.match(lacks)?.length ?? 0;
  return n < Math.max(1, paragraph.length / FOREIGN_LETTERS_PER);
}
