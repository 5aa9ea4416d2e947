// Runs extraction over gold sets and scores it: what `banwatch eval` and the CI gate use.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { isRejection } from "../types.js";
import { readInput } from "../sources/files.js";
import { extractDocument } from "../pipeline.js";
import { loadLocales } from "../locales/index.js";
import { readGold, score, type PredArticle, type Scores } from "./score.js";

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const DEFAULT_GOLD = ["../shared/gold/seeds", "../shared/gold/dev"].map((p) => resolve(REPO_ROOT, p));

export interface EvalResult {
  dirs: string[];
  predictions: (PredArticle & { text?: string })[];
  perSet: { dir: string; scores: Scores }[];
  overall: Scores;
}

/** Extracts every gold input (<id>.txt or .html next to <id>.json) and scores sets alone and together. */
export async function evaluate(dirs: string[]): Promise<EvalResult> {
  const locales = await loadLocales();
  const perSet: EvalResult["perSet"] = [];
  const allGold = [];
  const predictions: EvalResult["predictions"] = [];
  for (const dir of dirs) {
    const gold = readGold(dir);
    const preds: PredArticle[] = [];
    for (const g of gold) {
      const input = readdirSync(dir).find((f) => f.startsWith(g.id + ".") && /\.(txt|html?)$/i.test(f));
      if (!input) continue;
      const raw = readInput(join(dir, input), 20 * 1024 * 1024);
      if (isRejection(raw)) continue;
      const out = await extractDocument(raw, { locales });
      if (isRejection(out)) continue;
      preds.push(out as PredArticle);
    }
    perSet.push({ dir, scores: score(gold, preds) });
    allGold.push(...gold);
    predictions.push(...preds);
  }
  return { dirs, predictions, perSet, overall: score(allGold, predictions) };
}

/** Pinned minimum figures: CI fails when a change drops below any of them. */
export interface Gate {
  main_f1: number;
  all_f1: number;
  scope: number;
  announced: number;
  lang: number;
  published: number;
}

export function readGate(file: string): Gate {
  return JSON.parse(readFileSync(file, "utf8")).minimum as Gate;
}

export function checkGate(s: Scores, gate: Gate): string[] {
  const got: Gate = {
    main_f1: s.main.f1, all_f1: s.all.f1, scope: s.scope_accuracy ?? 0, announced: s.announced_accuracy ?? 0,
    lang: s.lang_accuracy ?? 0, published: s.published_accuracy ?? 0,
  };
  return (Object.keys(gate) as (keyof Gate)[])
    .filter((k) => got[k] + 1e-9 < gate[k])
    .map((k) => `${k} ${got[k].toFixed(3)} is below the pinned minimum ${gate[k].toFixed(3)}`);
}

export const existingDefaultGold = () => DEFAULT_GOLD.filter((d) => existsSync(d));
