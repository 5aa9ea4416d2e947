// The event scorer of shared/tools/score-events.mjs, as a module: the same keys, the
// same matching and the same figures, so `banwatch eval` and the CI gate need no
// external script.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

export interface GoldEvent {
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
  /** Share of matched gold events with an announced date whose predicted date is given and wrong. */
  announced_wrong: number | null;
  /** Share of gold articles with a publication date whose predicted date is given and wrong. */
  published_wrong: number | null;
  notes: string[];
}

/** The raw sums behind the figures: sets are added up count by count, so a total never mixes ids across sets. */
export interface Counts {
  articles: number;
  missing: number;
  main: { tp: number; fp: number; fn: number };
  all: { tp: number; fp: number; fn: number };
  scope: [number, number];
  level: [number, number];
  announced: [number, number];
  announced_wrong: [number, number];
  langOk: number;
  pubSum: number;
  pubWrong: number;
  pubN: number;
}

export const emptyCounts = (): Counts => ({
  articles: 0, missing: 0, main: { tp: 0, fp: 0, fn: 0 }, all: { tp: 0, fp: 0, fn: 0 },
  scope: [0, 0], level: [0, 0], announced: [0, 0], announced_wrong: [0, 0], langOk: 0, pubSum: 0, pubWrong: 0, pubN: 0,
});

export function addCounts(a: Counts, b: Counts): Counts {
  const t = (x: Counts["main"], y: Counts["main"]) => ({ tp: x.tp + y.tp, fp: x.fp + y.fp, fn: x.fn + y.fn });
  const p = (x: [number, number], y: [number, number]): [number, number] => [x[0] + y[0], x[1] + y[1]];
  return {
    articles: a.articles + b.articles, missing: a.missing + b.missing, main: t(a.main, b.main), all: t(a.all, b.all),
    scope: p(a.scope, b.scope), level: p(a.level, b.level), announced: p(a.announced, b.announced),
    announced_wrong: p(a.announced_wrong, b.announced_wrong), langOk: a.langOk + b.langOk,
    pubSum: a.pubSum + b.pubSum, pubWrong: a.pubWrong + b.pubWrong, pubN: a.pubN + b.pubN,
  };
}

/** Gold articles of a folder, by id (a later file with the same id replaces an earlier one, as in the scorer). */
export function readGold(dir: string): GoldArticle[] {
  const byId = new Map<string, GoldArticle>();
  for (const f of readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
    const a = JSON.parse(readFileSync(join(dir, f), "utf8"));
    const id = a.id ?? f.slice(0, -5);
    byId.set(id, { ...a, id });
  }
  return [...byId.values()];
}

/** Case, Unicode form, hyphens (and dashes, underscores) and runs of spaces are not told apart: "Al-Jazeera" = "al jazeera". */
export const norm = (s: unknown) =>
  String(s ?? "").normalize("NFKC").trim().toLowerCase().replace(/[-\u2010\u2011\u2013_]+/g, " ").replace(/\s+/g, " ").trim();
export const keyOf = (e: GoldEvent) => [String(e?.actor?.jurisdiction ?? "").toUpperCase(), norm(e?.target), norm(e?.action)].join("|");

/** Equal, or one a prefix of the other (2023-02 for 2023-02-23, or a day where gold knows only the month). */
const compatible = (g: string, p: string) => p === g || g.startsWith(p) || p.startsWith(g);
/** Exact = 1, compatible = 0.5, missing or wrong = 0. */
export function dateScore(g: string, p: string | null | undefined): number {
  if (!p) return 0;
  if (p === g) return 1;
  return compatible(g, p) ? 0.5 : 0;
}
/** 1 when a date is given and neither equals nor prefixes gold: a guess that misleads, worse than null. */
export const dateWrong = (g: string, p: string | null | undefined): number => (p && !compatible(g, p) ? 1 : 0);

const prf = (t: { tp: number; fp: number; fn: number }): Tally => {
  const p = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 0;
  const r = t.tp + t.fn ? t.tp / (t.tp + t.fn) : 0;
  return { ...t, precision: p, recall: r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};

/** Predictions by id as the scorer reads them: a path or an extension in the id is dropped; a later one wins. */
export const predictionsById = (predictions: PredArticle[]) =>
  new Map(predictions.map((a) => [String(a.id ?? "").replace(/\.(txt|html?)$/i, "").replace(/^.*\//, ""), a]));

/** The sums of one set of gold articles against predictions; `notes` receives the verbose lines. */
export function count(gold: GoldArticle[], predictions: PredArticle[], notes: string[] = []): Counts {
  const pred = predictionsById(predictions);
  const c = emptyCounts();
  const { all, main } = c;
  c.articles = gold.length;
  for (const g of gold) {
    const p = pred.get(g.id);
    if (!p) c.missing++;
    const pEvents = Array.isArray(p?.events) ? p!.events : [];
    if (p && norm(p.lang) === norm(g.lang)) c.langOk++;
    if (g.published) {
      c.pubN++;
      c.pubSum += dateScore(g.published, p?.published ?? null);
      c.pubWrong += dateWrong(g.published, p?.published ?? null);
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
        c.scope[1]++;
        if (pe.scope === ge.scope) c.scope[0]++;
        else notes.push(`${g.id}  scope    ${k}: ${pe.scope} != ${ge.scope}`);
      }
      if (ge.actor?.level) {
        c.level[1]++;
        if (pe.actor?.level === ge.actor.level) c.level[0]++;
        else notes.push(`${g.id}  level    ${k}: ${pe.actor?.level} != ${ge.actor.level}`);
      }
      if (ge.announced) {
        c.announced[1]++;
        const s = dateScore(ge.announced, pe.announced ?? null);
        c.announced[0] += s;
        c.announced_wrong[1]++;
        c.announced_wrong[0] += dateWrong(ge.announced, pe.announced ?? null);
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
  return c;
}

/** The figures of sums, as the scorer computes them. */
export function figures(c: Counts, notes: string[] = []): Scores {
  const ratio = ([a, b]: [number, number]) => (b ? a / b : null);
  return {
    articles: c.articles, missing_predictions: c.missing, main: prf(c.main), all: prf(c.all),
    scope_accuracy: ratio(c.scope), level_accuracy: ratio(c.level), announced_accuracy: ratio(c.announced),
    lang_accuracy: c.articles ? c.langOk / c.articles : null, published_accuracy: c.pubN ? c.pubSum / c.pubN : null,
    announced_wrong: ratio(c.announced_wrong), published_wrong: c.pubN ? c.pubWrong / c.pubN : null, notes,
  };
}

/** score-events.mjs GOLD_DIR PRED.jsonl, as a function. */
export function score(gold: GoldArticle[], predictions: PredArticle[]): Scores {
  const notes: string[] = [];
  return figures(count(gold, predictions, notes), notes);
}

const f = (x: number | null) => (x == null ? "n/a" : x.toFixed(2));
/** The scorer's printout, line for line (the last line is the summary). */
export function formatScores(r: Scores): string[] {
  return [
    `articles ${r.articles}, without prediction ${r.missing_predictions}`,
    `main events: P ${f(r.main.precision)} R ${f(r.main.recall)} F1 ${f(r.main.f1)} (tp ${r.main.tp} fp ${r.main.fp} fn ${r.main.fn})`,
    `all events:  P ${f(r.all.precision)} R ${f(r.all.recall)} F1 ${f(r.all.f1)} (tp ${r.all.tp} fp ${r.all.fp} fn ${r.all.fn})`,
    `matched events: scope ${f(r.scope_accuracy)}, level ${f(r.level_accuracy)}, announced ${f(r.announced_accuracy)} (wrong ${f(r.announced_wrong)})`,
    `articles: language ${f(r.lang_accuracy)}, published ${f(r.published_accuracy)} (wrong ${f(r.published_wrong)})`,
    `summary main_f1=${f(r.main.f1)} all_f1=${f(r.all.f1)} scope=${f(r.scope_accuracy)} announced=${f(r.announced_accuracy)} lang=${f(r.lang_accuracy)} published=${f(r.published_accuracy)} announced_wrong=${f(r.announced_wrong)} published_wrong=${f(r.published_wrong)}`,
  ];
}
