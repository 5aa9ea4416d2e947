// The event scorer of shared/tools/score-events.mjs, as a module: the same keys, the
// same matching and the same figures, so `banwatch eval` and the CI gate need no
// external script.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

interface GoldEvent {
  action: string;
  target: string;
  actor?: { jurisdiction?: string | null; level?: string | null };
  scope?: string | null;
  announced?: string | null;
  main?: boolean;
  optional?: boolean;
}
export interface GoldArticle {
  id: string;
  lang: string;
  published: string | null;
  events: GoldEvent[];
}
export interface PredArticle {
  id: string;
  lang: string;
  published: string | null;
  events: GoldEvent[];
}

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}
export interface Scores {
  articles: number;
  missing_predictions: number;
  main: Tally;
  all: Tally;
  scope_accuracy: number | null;
  level_accuracy: number | null;
  announced_accuracy: number | null;
  lang_accuracy: number | null;
  published_accuracy: number | null;
  notes: string[];
}

export function readGold(dir: string): GoldArticle[] {
  return readdirSync(dir).filter((f) => f.endsWith(".json")).sort().map((f) => {
    const a = JSON.parse(readFileSync(join(dir, f), "utf8"));
    return { ...a, id: a.id ?? f.slice(0, -5) };
  });
}

const norm = (s: unknown) => String(s ?? "").normalize("NFKC").trim().toLowerCase().replace(/\s+/g, " ");
const keyOf = (e: GoldEvent) => [String(e?.actor?.jurisdiction ?? "").toUpperCase(), norm(e?.target), norm(e?.action)].join("|");

function dateScore(g: string, p: string | null | undefined): number {
  if (!p) return 0;
  if (p === g) return 1;
  if (g.startsWith(p) && /^\d{4}(-\d{2})?$/.test(p)) return 0.5;
  return 0;
}

const prf = (t: { tp: number; fp: number; fn: number }): Tally => {
  const p = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 0;
  const r = t.tp + t.fn ? t.tp / (t.tp + t.fn) : 0;
  return { ...t, precision: p, recall: r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};

export function score(gold: GoldArticle[], predictions: PredArticle[]): Scores {
  const pred = new Map(predictions.map((a) => [String(a.id).replace(/\.(txt|html?)$/i, "").replace(/^.*\//, ""), a]));
  const all = { tp: 0, fp: 0, fn: 0 }, main = { tp: 0, fp: 0, fn: 0 };
  const field = { scope: [0, 0], level: [0, 0], announced: [0, 0] };
  let langOk = 0, pubSum = 0, pubN = 0, missing = 0;
  const notes: string[] = [];
  for (const g of gold) {
    const p = pred.get(g.id);
    if (!p) missing++;
    const pEvents = Array.isArray(p?.events) ? p!.events : [];
    if (p && norm(p.lang) === norm(g.lang)) langOk++;
    if (g.published) {
      pubN++;
      pubSum += dateScore(g.published, p?.published ?? null);
    }
    const req = new Map<string, GoldEvent>(), opt = new Set<string>(), reqMain = new Set<string>();
    for (const e of g.events) {
      const k = keyOf(e);
      if (e.optional) {
        opt.add(k);
        continue;
      }
      if (!req.has(k)) req.set(k, e);
      if (e.main) reqMain.add(k);
    }
    const got = new Map<string, GoldEvent>(), gotMain = new Set<string>();
    for (const e of pEvents) {
      const k = keyOf(e);
      if (!got.has(k)) got.set(k, e);
      if (e.main) gotMain.add(k);
    }
    for (const [k, ge] of req) {
      const pe = got.get(k);
      if (!pe) {
        all.fn++;
        notes.push(`${g.id}  missed   ${k}`);
        continue;
      }
      all.tp++;
      if (ge.scope != null) {
        field.scope[1]++;
        if (pe.scope === ge.scope) field.scope[0]++;
        else notes.push(`${g.id}  scope    ${k}: ${pe.scope} != ${ge.scope}`);
      }
      if (ge.actor?.level) {
        field.level[1]++;
        if (pe.actor?.level === ge.actor.level) field.level[0]++;
        else notes.push(`${g.id}  level    ${k}: ${pe.actor?.level} != ${ge.actor.level}`);
      }
      if (ge.announced) {
        field.announced[1]++;
        const s = dateScore(ge.announced, pe.announced ?? null);
        field.announced[0] += s;
        if (s < 1) notes.push(`${g.id}  date     ${k}: ${pe.announced ?? null} != ${ge.announced}`);
      }
    }
    for (const k of got.keys()) if (!req.has(k) && !opt.has(k)) {
      all.fp++;
      notes.push(`${g.id}  spurious ${k}`);
    }
    for (const k of reqMain) {
      if (gotMain.has(k)) main.tp++;
      else {
        main.fn++;
        notes.push(`${g.id}  main-fn  ${k}`);
      }
    }
    for (const k of gotMain) if (!reqMain.has(k) && !opt.has(k)) {
      main.fp++;
      notes.push(`${g.id}  main-fp  ${k}`);
    }
  }
  const ratio = ([a, b]: number[]) => (b ? a / b : null);
  return {
    articles: gold.length, missing_predictions: missing, main: prf(main), all: prf(all),
    scope_accuracy: ratio(field.scope), level_accuracy: ratio(field.level), announced_accuracy: ratio(field.announced),
    lang_accuracy: gold.length ? langOk / gold.length : null, published_accuracy: pubN ? pubSum / pubN : null, notes,
  };
}

const f = (x: number | null) => (x == null ? "n/a" : x.toFixed(2));
/** The scorer's printout, line for line. */
export function formatScores(r: Scores): string[] {
  return [
    `articles ${r.articles}, without prediction ${r.missing_predictions}`,
    `main events: P ${f(r.main.precision)} R ${f(r.main.recall)} F1 ${f(r.main.f1)} (tp ${r.main.tp} fp ${r.main.fp} fn ${r.main.fn})`,
    `all events:  P ${f(r.all.precision)} R ${f(r.all.recall)} F1 ${f(r.all.f1)} (tp ${r.all.tp} fp ${r.all.fp} fn ${r.all.fn})`,
    `matched events: scope ${f(r.scope_accuracy)}, level ${f(r.level_accuracy)}, announced ${f(r.announced_accuracy)}`,
    `articles: language ${f(r.lang_accuracy)}, published ${f(r.published_accuracy)}`,
    `summary main_f1=${f(r.main.f1)} all_f1=${f(r.all.f1)} scope=${f(r.scope_accuracy)} announced=${f(r.announced_accuracy)} lang=${f(r.lang_accuracy)} published=${f(r.published_accuracy)}`,
  ];
}
