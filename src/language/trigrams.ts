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
  ranks: Map<string, Int32Array>; // -1: not in that language's model
}

/** franc's sample cleaning (trigram-utils' `clean`): punctuation and digits to spaces, spaces collapsed, lower case. */
const clean = (s: string) => s.replace(/[\u0021-\u0040]+/g, " ").replace(/\s+/g, " ").trim().toLowerCase();

function buildModel(languages: Record<string, string>, only: Set<string>): ScriptModel | null {
  const langs = Object.keys(languages).filter((l) => only.has(l));
  if (!langs.length) return null;
  const ranks = new Map<string, Int32Array>();
  langs.forEach((lang, j) => {
    const model = languages[lang].split("|");
    // franc assigns from the end, so a trigram listed twice keeps its first rank.
    for (let w = model.length - 1; w >= 0; w--) {
      let r = ranks.get(model[w]);
      if (!r) ranks.set(model[w], (r = new Int32Array(langs.length).fill(-1)));
      r[j] = w;
    }
  });
  return { langs, ranks };
}

function topScript(value: string): [string | undefined, number] {
  let top: string | undefined;
  let topCount = -1;
  for (const [script, re] of Object.entries(expressions)) {
    const count = (value.match(re)?.length ?? 0) / value.length || 0;
    if (count > topCount) (topCount = count), (top = script);
  }
  return [top, topCount];
}

function distances(value: string, m: ScriptModel): Scores {
  const s = ` ${clean(value)} `;
  const counts = new Map<string, number>();
  for (let i = 0; i + 3 <= s.length; i++) {
    const t = s.slice(i, i + 3);
    counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  const dist = new Array<number>(m.langs.length).fill(0);
  let misses = 0;
  for (const [t, count] of counts) {
    const r = m.ranks.get(t);
    if (!r) {
      misses++;
      continue;
    }
    for (let j = 0; j < r.length; j++) dist[j] += r[j] < 0 ? MAX_DIFFERENCE : Math.abs(count - r[j] - 1);
  }
  return m.langs.map((l, j): [string, number] => [l, dist[j] + misses * MAX_DIFFERENCE]).sort((a, b) => a[1] - b[1]);
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
