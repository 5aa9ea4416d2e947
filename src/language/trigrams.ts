// franc's scores (francAll) for a closed set of languages, computed the same way, faster.
// franc builds each text's trigram table as an object and sorts it, filters its language
// table for `only` on every call, and looks every trigram up in every language's model;
// here the models of a script are one table, trigram -> its rank in each language, built
// once, so a paragraph costs one lookup per distinct trigram. Distances are integer sums
// and the normalisation is franc's, so the scores are identical (test/language/trigrams.test.ts).
import { data } from "franc/data.js";
import { expressions } from "franc/expressions.js";

const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

type Scores = [string, number][];
interface ScriptModel {
  langs: string[];
  /** Per trigram, the languages whose model holds it and its rank there: [j0, rank0, j1, rank1, ...]. */
  ranks: Map<string, Int32Array>;
}

/** franc's sample cleaning (trigram-utils' `clean`): punctuation and digits to spaces, spaces collapsed, lower case. */
const clean = (s: string) => s.replace(/[\u0021-\u0040]+/g, " ").replace(/\s+/g, " ").trim().toLowerCase();

function buildModel(languages: Record<string, string>, only: Set<string>): ScriptModel | null {
  const langs = Object.keys(languages).filter((l) => only.has(l));
  if (!langs.length) return null;
  const pairs = new Map<string, number[]>();
  langs.forEach((lang, j) => {
    const model = languages[lang].split("|");
    // franc assigns from the end, so a trigram listed twice keeps its first rank.
    const rank = new Map<string, number>();
    for (let w = model.length - 1; w >= 0; w--) rank.set(model[w], w);
    for (const [t, w] of rank) {
      const p = pairs.get(t);
      if (p) p.push(j, w);
      else pairs.set(t, [j, w]);
    }
  });
  return { langs, ranks: new Map([...pairs].map(([t, p]) => [t, Int32Array.from(p)])) };
}

const SCRIPTS = Object.entries(expressions);
// Bit i: SCRIPTS[i]'s pattern matches this code unit alone; -1 until the unit is first seen.
const ONE_UNIT = SCRIPTS.map(([, re]) => new RegExp(`^(?:${re.source})$`));
const masks = new Int32Array(0x10000).fill(-1);
function maskOf(c: number): number {
  let m = masks[c];
  if (m === -1) {
    m = 0;
    const ch = String.fromCharCode(c);
    ONE_UNIT.forEach((re, i) => { if (re.test(ch)) m |= 1 << i; });
    masks[c] = m;
  }
  return m;
}

/**
 * franc's script vote: the share of the text each script's pattern matches, the first best
 * winning. Without surrogates every match is one code unit, so counting units by their
 * masks counts the matches without building franc's arrays of them; with surrogates
 * (pairs some patterns match) franc's own way.
 */
function topScript(value: string): [string | undefined, number] {
  const counts = new Array<number>(SCRIPTS.length).fill(0);
  if (/[\uD800-\uDFFF]/.test(value)) SCRIPTS.forEach(([, re], i) => (counts[i] = value.match(re)?.length ?? 0));
  else {
    for (let i = 0; i < value.length; i++) {
      for (let m = maskOf(value.charCodeAt(i)); m; m &= m - 1) counts[31 - Math.clz32(m & -m)]++;
    }
  }
  let top: string | undefined;
  let topCount = -1;
  SCRIPTS.forEach(([script], i) => {
    const share = counts[i] / value.length || 0;
    if (share > topCount) (topCount = share), (top = script);
  });
  return [top, topCount];
}

function distances(value: string, m: ScriptModel): Scores {
  const s = ` ${clean(value)} `;
  const counts = new Map<string, number>();
  for (let i = 0; i + 3 <= s.length; i++) {
    const t = s.slice(i, i + 3);
    counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  // Every distinct trigram costs MAX_DIFFERENCE in a language whose model lacks it, else
  // the gap between its count and its rank there (franc's measure, integers: order-free).
  const dist = new Array<number>(m.langs.length).fill(counts.size * MAX_DIFFERENCE);
  for (const [t, count] of counts) {
    const p = m.ranks.get(t);
    if (!p) continue;
    for (let k = 0; k < p.length; k += 2) dist[p[k]] += Math.abs(count - p[k + 1] - 1) - MAX_DIFFERENCE;
  }
  return m.langs.map((l, j): [string, number] => [l, dist[j]]).sort((a, b) => a[1] - b[1]);
}

/** francAll(text, { only, minLength }) with `only` fixed when made. */
export function trigramScorer(only: string[]): (text: string, minLength: number) => Scores {
  const allowed = new Set(only);
  const models = new Map<string, ScriptModel | null>();
  const modelOf = (script: string) => {
    if (!models.has(script)) models.set(script, buildModel(data[script], allowed));
    return models.get(script)!;
  };
  return (text, minLength) => {
    if (!text || text.length < minLength) return [["und", 1]];
    const value = text.slice(0, MAX_LENGTH);
    const [script, count] = topScript(value);
    if (!script || !(script in data)) return script && count !== 0 && allowed.has(script) ? [[script, 1]] : [["und", 1]];
    const m = modelOf(script);
    if (!m) return [["und", 1]];
    const d = distances(value, m);
    const min = d[0][1];
    const max = value.length * MAX_DIFFERENCE - min;
    for (const e of d) e[1] = 1 - (e[1] - min) / max || 0;
    return d;
  };
}
