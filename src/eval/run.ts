// Runs extraction over gold sets and scores it: what `banwatch eval` and the CI gate use.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve, dirname, basename } from "node:path";
import { fileURLToPath } from "node:url";
import { isRejection } from "../types.js";
import { readInput } from "../sources/files.js";
import { extractDocument } from "../pipeline.js";
import { loadLocales } from "../locales/index.js";
import { readGold, count, figures, addCounts, emptyCounts, type Counts, type PredArticle, type Scores } from "./score.js";

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
/** The gold sets read when `banwatch eval` is given no folder (each when present). */
export const DEFAULT_GOLD = ["../shared/gold/seeds", "../shared/gold/dev", "../shared/gold/dev2"].map((p) => resolve(REPO_ROOT, p));
/** The split applied to the default sets: dev2 into a tuning half and a held-out half. */
export const DEFAULT_SPLIT = resolve(REPO_ROOT, "eval/dev2-split.json");
export const DEFAULT_GATE = resolve(REPO_ROOT, "eval-gate.json");

/** Named parts of a gold set: part name -> article ids (keys starting with "_" are comments). */
export type Split = Record<string, string[]>;

export function readSplit(file: string): Split {
  const raw = JSON.parse(readFileSync(file, "utf8"));
  const split: Split = {};
  if (raw && typeof raw === "object" && !Array.isArray(raw)) {
    for (const [k, v] of Object.entries(raw)) {
      if (k.startsWith("_")) continue;
      if (!Array.isArray(v) || !v.every((x) => typeof x === "string")) throw new Error(`${file}: "${k}" is not a list of article ids`);
      split[k] = v;
    }
  }
  if (!Object.keys(split).length) throw new Error(`${file}: no parts (expected {"part": ["id", ...], ...})`);
  return split;
}

export interface SetResult {
  /** "dev2", or "dev2/holdout" for a part of a split set. */
  name: string;
  dir: string;
  /** For a part: the set it is part of. */
  part_of?: string;
  scores: Scores;
  counts: Counts;
}

export interface EvalResult {
  dirs: string[];
  predictions: (PredArticle & { text?: string })[];
  /** Each set, each followed by its parts when split. */
  sets: SetResult[];
  /** All whole sets together (parts are not added again). */
  total: Scores;
  /** Split problems worth telling (ids of a part absent from the set, articles in no part). */
  warnings: string[];
}

/** Set names: the folder's base name, made unique when two folders share one. */
function setNames(dirs: string[]): string[] {
  const seen = new Map<string, number>();
  return dirs.map((d) => {
    const base = basename(d);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}#${n}`;
  });
}

export interface EvaluateOptions {
  /** Split applied to every set holding ids it lists. */
  split?: { file: string; parts: Split };
}

/**
 * Extracts every gold input (<id>.txt or .html next to <id>.json) and scores each set, the
 * parts of split sets, and the sets together (by adding their counts, so ids never mix across sets).
 */
export async function evaluate(dirs: string[], opts: EvaluateOptions = {}): Promise<EvalResult> {
  const locales = await loadLocales();
  const sets: SetResult[] = [];
  const predictions: EvalResult["predictions"] = [];
  const warnings: string[] = [];
  let total = emptyCounts();
  const names = setNames(dirs);
  for (const [i, dir] of dirs.entries()) {
    const gold = readGold(dir);
    const files = readdirSync(dir);
    const preds: PredArticle[] = [];
    for (const g of gold) {
      const input = files.find((f) => f.startsWith(g.id + ".") && /\.(txt|html?)$/i.test(f));
      if (!input) continue;
      const raw = readInput(join(dir, input), 20 * 1024 * 1024);
      if (isRejection(raw)) continue;
      const out = await extractDocument(raw, { locales });
      if (isRejection(out)) continue;
      preds.push(out as PredArticle);
    }
    const notes: string[] = [];
    const counts = count(gold, preds, notes);
    sets.push({ name: names[i], dir, scores: figures(counts, notes), counts });
    total = addCounts(total, counts);
    predictions.push(...preds);

    const parts = opts.split?.parts;
    if (!parts) continue;
    const ids = new Set(gold.map((g) => g.id));
    const listed = Object.values(parts).flat();
    if (!listed.some((id) => ids.has(id))) continue;
    for (const [part, partIds] of Object.entries(parts)) {
      const want = new Set(partIds);
      const absent = partIds.filter((id) => !ids.has(id));
      if (absent.length) warnings.push(`${names[i]}/${part}: ${absent.length} id(s) of ${opts.split!.file} not in ${dir}: ${absent.slice(0, 3).join(", ")}${absent.length > 3 ? ", ..." : ""}`);
      const c = count(gold.filter((g) => want.has(g.id)), preds);
      sets.push({ name: `${names[i]}/${part}`, dir, part_of: names[i], scores: figures(c), counts: c });
    }
    const inNone = gold.filter((g) => !listed.includes(g.id)).length;
    if (inNone) warnings.push(`${names[i]}: ${inNone} article(s) in no part of ${opts.split!.file}`);
  }
  return { dirs, predictions, sets, total: figures(total), warnings };
}

/** The figures a gate can pin, by the names of the summary line. */
export const GATE_FIGURES = ["main_f1", "all_f1", "scope", "level", "announced", "lang", "published", "announced_wrong", "published_wrong"] as const;
export type GateFigure = (typeof GATE_FIGURES)[number];
export type Pins = Partial<Record<GateFigure, number>>;

export function gateFigures(s: Scores): Record<GateFigure, number | null> {
  return {
    main_f1: s.main.f1, all_f1: s.all.f1, scope: s.scope_accuracy, level: s.level_accuracy, announced: s.announced_accuracy,
    lang: s.lang_accuracy, published: s.published_accuracy, announced_wrong: s.announced_wrong, published_wrong: s.published_wrong,
  };
}

/**
 * Pinned figures, by set name ("total", "seeds", "dev2/holdout", ...): CI fails when a figure drops
 * below its minimum or a wrong-date share rises above its maximum.
 */
export interface Gate {
  minimum: Record<string, Pins>;
  maximum: Record<string, Pins>;
}

export function readGate(file: string): Gate {
  const raw = JSON.parse(readFileSync(file, "utf8"));
  const bySet = (v: unknown, what: string): Record<string, Pins> => {
    if (v == null) return {};
    if (typeof v !== "object" || Array.isArray(v)) throw new Error(`${file}: "${what}" must be an object`);
    const entries = Object.entries(v as object);
    // The first shape of the file: one flat set of minimums, for all sets together.
    if (entries.length && entries.every(([, x]) => typeof x === "number")) return { total: v as Pins };
    const out: Record<string, Pins> = {};
    for (const [set, pins] of entries) {
      if (set.startsWith("_")) continue;
      if (!pins || typeof pins !== "object") throw new Error(`${file}: "${what}.${set}" must be an object of figures`);
      for (const [k, x] of Object.entries(pins)) {
        if (!(GATE_FIGURES as readonly string[]).includes(k)) throw new Error(`${file}: "${what}.${set}.${k}" is not a figure (${GATE_FIGURES.join(", ")})`);
        if (typeof x !== "number") throw new Error(`${file}: "${what}.${set}.${k}" is not a number`);
      }
      out[set] = pins as Pins;
    }
    return out;
  };
  return { minimum: bySet(raw.minimum, "minimum"), maximum: bySet(raw.maximum, "maximum") };
}

export interface GateCheck {
  /** One line per figure out of bounds: "dev2/holdout: main_f1 0.312 is below the pinned minimum 0.320". */
  failures: string[];
  /** One line per pinned set that was not checked, and why. */
  skipped: string[];
}

/**
 * Checks every evaluated set the gate pins. "total" is checked only when every other set the
 * gate pins was evaluated, since a total over fewer sets is another figure. A figure that cannot
 * be computed (n/a) fails a minimum and passes a maximum.
 */
export function checkGate(r: EvalResult, gate: Gate): GateCheck {
  const byName = new Map(r.sets.map((s) => [s.name, s.scores]));
  const pinned = [...new Set([...Object.keys(gate.minimum), ...Object.keys(gate.maximum)])];
  const missing = pinned.filter((n) => n !== "total" && !byName.has(n));
  const failures: string[] = [], skipped: string[] = [];
  for (const name of pinned) {
    const s = name === "total" ? (missing.length ? undefined : r.total) : byName.get(name);
    if (!s) {
      skipped.push(name === "total" ? `total: not checked, since ${missing.join(", ")} not evaluated` : `${name}: not evaluated, its pins are skipped`);
      continue;
    }
    const got = gateFigures(s);
    const fmt = (x: number | null) => (x == null ? "n/a" : x.toFixed(3));
    for (const [k, min] of Object.entries(gate.minimum[name] ?? {}) as [GateFigure, number][]) {
      const x = got[k];
      if (x == null || x + 1e-9 < min) failures.push(`${name}: ${k} ${fmt(x)} is below the pinned minimum ${min.toFixed(3)}`);
    }
    for (const [k, max] of Object.entries(gate.maximum[name] ?? {}) as [GateFigure, number][]) {
      const x = got[k];
      if (x != null && x - 1e-9 > max) failures.push(`${name}: ${k} ${fmt(x)} is above the pinned maximum ${max.toFixed(3)}`);
    }
  }
  return { failures, skipped };
}

export const existingDefaultGold = () => DEFAULT_GOLD.filter((d) => existsSync(d));
