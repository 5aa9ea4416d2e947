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
  /**
   * The same table keyed by number when the models' letters are few enough: each code unit of
   * a model trigram numbered from 1 (`letter`, 0: in no model), a trigram the three numbers in
   * one small integer. No string is sliced or hashed per trigram of a text then.
   */
  packed: { letter: Uint16Array; ranks: Map<number, Int32Array> } | null;
}

/** Letter numbers fit 10 bits, so a packed trigram stays a small integer. */
const MAX_LETTERS = 1023;
const pack = (a: number, b: number, c: number) => (a << 20) | (b << 10) | c;

/** The numbered form of a script's table, or null when its models hold too many distinct code units. */
function packModel(ranks: Map<string, Int32Array>): ScriptModel["packed"] {
  const letter = new Uint16Array(0x10000);
  let n = 0;
  const packed = new Map<number, Int32Array>();
  for (const [t, p] of ranks) {
    // A model trigram that is not three code units never equals three units of a text.
    if (t.length !== 3) continue;
    for (let i = 0; i < 3; i++) {
      const u = t.charCodeAt(i);
      if (letter[u] === 0) {
        if (n === MAX_LETTERS) return null;
        letter[u] = ++n;
      }
    }
    packed.set(pack(letter[t.charCodeAt(0)], letter[t.charCodeAt(1)], letter[t.charCodeAt(2)]), p);
  }
  return { letter, ranks: packed };
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
  const ranks = new Map([...pairs].map(([t, p]) => [t, Int32Array.from(p)]));
  return { langs, ranks, packed: packModel(ranks) };
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

/**
 * How often each distinct trigram of s occurs: keyed by its packed number when all three code
 * units are model letters (only such a trigram can be in a model), else by its text. Either key
 * names one trigram and no other, so the distinct trigrams and their counts are franc's.
 */
function countTrigrams(s: string, packed: ScriptModel["packed"]): Map<number | string, number> {
  const counts = new Map<number | string, number>();
  if (!packed) {
    for (let i = 0; i + 3 <= s.length; i++) {
      const t = s.slice(i, i + 3);
      counts.set(t, (counts.get(t) ?? 0) + 1);
    }
    return counts;
  }
  const { letter } = packed;
  let a = 0;
  let b = s.length > 0 ? letter[s.charCodeAt(0)] : 0;
  let c = s.length > 1 ? letter[s.charCodeAt(1)] : 0;
  for (let i = 0; i + 3 <= s.length; i++) {
    a = b;
    b = c;
    c = letter[s.charCodeAt(i + 2)];
    const t = a && b && c ? pack(a, b, c) : s.slice(i, i + 3);
    counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return counts;
}

function distances(value: string, m: ScriptModel): Scores {
  const counts = countTrigrams(` ${clean(value)} `, m.packed);
  // Every distinct trigram costs MAX_DIFFERENCE in a language whose model lacks it, else
  // the gap between its count and its rank there (franc's measure, integers: order-free).
  const dist = new Array<number>(m.langs.length).fill(counts.size * MAX_DIFFERENCE);
  // forEach, not for-of: no [key, count] pair made per trigram.
  counts.forEach((count, t) => {
    const p = typeof t === "number" ? m.packed!.ranks.get(t) : m.packed ? undefined : m.ranks.get(t);
    if (!p) return;
    for (let k = 0; k < p.length; k += 2) dist[p[k]] += Math.abs(count - p[k + 1] - 1) - MAX_DIFFERENCE;
  });
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
