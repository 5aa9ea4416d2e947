// Scores the HTML extractor on both dev corpora of ../shared/extraction-dev:
//  - L3S-GN1 and Dragnet: ROUGE-LSum F1 of headline + body (shared score-extraction.mjs);
//  - trafilatura's evaluation corpus: snippet precision/recall/F1 of the body, exactly as
//    trafilatura's own tests count it (shared score-trafilatura-eval.mjs), in total and on
//    two halves split by a hash of the file name ("tune" to tune on, "check" to confirm);
//    the ROUGE pages are split the same way and their halves' mean F1 printed too.
//   node --import tsx scripts/eval-extraction.ts [DEV_DIR] [--out DIR] [--only DATASET]
//        [--worst N] [--gate FILE]
// --worst N prints the N worst pages of each corpus; --gate fails (exit 1) when a figure
// drops below the minimums pinned in FILE (extraction-gate.json in CI).
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { tmpdir } from "node:os";
import { extractHtml } from "../src/content/html/index.js";
import { isRejection } from "../src/types.js";

const args = process.argv.slice(2);
const flag = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args.splice(i, 2)[1] : undefined; };
const outDir = resolve(flag("--out") ?? join(tmpdir(), "banwatch-extraction-pred"));
const only = flag("--only");
const gateFile = flag("--gate");
const worst = Number(flag("--worst") ?? 0);
const devDir = resolve(args[0] ?? "../shared/extraction-dev");
const tools = resolve(devDir, "../tools");
const TRAF = "trafilatura-eval";

/** Figures by name ("all", "l3s-gn1", "trafilatura-eval.f1", ...), for the gate. */
const figures = new Map<string, number>();
const stats = { pages: 0, ms: 0, methods: new Map<string, number>(), rejections: new Map<string, number>() };
const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

/** Extracts one page, timing it; the headline is returned apart from the body. */
function run(bytes: Uint8Array, url: string | null): { title: string; body: string } {
  const t0 = performance.now();
  const r = extractHtml(bytes, { url });
  stats.ms += performance.now() - t0;
  stats.pages++;
  if (isRejection(r)) { bump(stats.rejections, r.reason); return { title: "", body: "" }; }
  bump(stats.methods, r.method);
  return { title: r.title ?? "", body: r.paragraphs.join("\n") };
}

// ------------------------------------------------------------ L3S-GN1 and Dragnet (ROUGE)

function readUrls(dir: string): Map<string, string> {
  const urls = new Map<string, string>();
  const f = join(dir, "urls.tsv");
  if (existsSync(f)) for (const l of readFileSync(f, "utf8").split("\n")) { const [id, u] = l.split("\t"); if (u) urls.set(id, u.trim()); }
  return urls;
}

function rougeDatasets(): string[] {
  return readdirSync(devDir).sort().filter((ds) => ds !== TRAF && statSync(join(devDir, ds)).isDirectory() && (!only || ds === only));
}

function evalRouge(): void {
  const sets = rougeDatasets();
  if (!sets.length) return;
  for (const ds of sets) {
    const dir = join(devDir, ds);
    mkdirSync(join(outDir, ds), { recursive: true });
    const urls = readUrls(dir);
    for (const f of readdirSync(dir).filter((x) => x.endsWith(".html")).sort()) {
      const id = f.slice(0, -5);
      const { title, body } = run(readFileSync(join(dir, f)), urls.get(id) ?? null);
      writeFileSync(join(outDir, ds, `${id}.txt`), title ? `${title}\n${body}` : body);
    }
  }
  const perPage = join(outDir, "per-page.tsv");
  const target = only ? [join(devDir, only), join(outDir, only)] : [devDir, outDir];
  const report = execFileSync(process.execPath, [join(tools, "score-extraction.mjs"), ...target, "--per-page", perPage], { encoding: "utf8" });
  process.stdout.write(report);
  // Rows of the scorer's table: dataset, pages, missing, precision, recall, f1, median_f1.
  for (const c of report.split("\n").map((l) => l.split("\t"))) if (c.length >= 6 && !isNaN(Number(c[5]))) figures.set(c[0], Number(c[5]));
  printRougeHalves(perPage);
  if (worst > 0) printWorstRouge(perPage);
}

/** Mean F1 of the pages of each half (split as for trafilatura-eval), to see overfitting on these sets too. */
function printRougeHalves(perPage: string): void {
  const sums = { tune: [0, 0], check: [0, 0] };
  for (const r of readFileSync(perPage, "utf8").trim().split("\n").slice(1).map((l) => l.split("\t"))) {
    const h = sums[halfOf(`${r[1]}.html`)];
    h[0] += Number(r[5]); h[1]++;
  }
  for (const [name, [sum, n]] of Object.entries(sums)) if (n) console.log(`extraction-dev ${name} half: F1 ${(sum / n).toFixed(4)} (${n} pages)`);
}

function printWorstRouge(perPage: string): void {
  const rows = readFileSync(perPage, "utf8").trim().split("\n").slice(1).map((l) => l.split("\t"));
  rows.sort((a, b) => Number(a[5]) - Number(b[5]));
  console.log(`worst ${worst} pages (dataset, id, P, R, F1):`);
  for (const r of rows.slice(0, worst)) console.log(`  ${r[0]}\t${r[1]}\t${(+r[3]).toFixed(3)}\t${(+r[4]).toFixed(3)}\t${(+r[5]).toFixed(3)}`);
}

// ------------------------------------------------------------ trafilatura-eval (snippets)

interface EvalItem { file: string; with: string[]; without: string[] }
interface Counts { tp: number; fp: number; fn: number; tn: number }

/** The page's half: a hash of its file name, so the split never depends on ordering. */
export const halfOf = (file: string): "tune" | "check" => (createHash("sha256").update(file).digest()[0] & 1 ? "check" : "tune");

const normWs = (t: string) => t.replace(/\s+/g, " ").trim();

function countPage(item: EvalItem, text: string): Counts {
  const out = normWs(text);
  const tp = out ? item.with.filter((w) => out.includes(normWs(w))).length : 0;
  const fp = out ? item.without.filter((w) => out.includes(normWs(w))).length : 0;
  return { tp, fp, fn: item.with.length - tp, tn: item.without.length - fp };
}

function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp / (c.tp + c.fp), r = c.tp / (c.tp + c.fn);
  return { p, r, f1: (2 * p * r) / (p + r) };
}

function evalTrafilatura(): void {
  const dir = join(devDir, TRAF);
  if (!existsSync(join(dir, "evaldata.json")) || (only && only !== TRAF)) return;
  const data = JSON.parse(readFileSync(join(dir, "evaldata.json"), "utf8")) as Record<string, EvalItem>;
  const lines: string[] = [];
  const halves = { tune: { tp: 0, fp: 0, fn: 0, tn: 0 }, check: { tp: 0, fp: 0, fn: 0, tn: 0 } };
  const pages: Array<{ file: string; c: Counts }> = [];
  for (const [url, item] of Object.entries(data)) {
    const path = [join(dir, "eval", item.file), join(dir, "cache", item.file)].find(existsSync);
    if (!path) continue;
    const { body } = run(readFileSync(path), url);
    const id = item.file.replace(/\.html?$/i, "");
    lines.push(JSON.stringify({ id, text: body }));
    const c = countPage(item, body);
    const h = halves[halfOf(item.file)];
    h.tp += c.tp; h.fp += c.fp; h.fn += c.fn; h.tn += c.tn;
    pages.push({ file: item.file, c });
  }
  mkdirSync(outDir, { recursive: true });
  const pred = join(outDir, `${TRAF}.jsonl`);
  const json = join(outDir, `${TRAF}.score.json`);
  writeFileSync(pred, lines.join("\n") + "\n");
  const report = execFileSync(process.execPath, [join(tools, "score-trafilatura-eval.mjs"), dir, pred, "--json", json], { encoding: "utf8" });
  process.stdout.write(`${TRAF}: ${report}`);
  const total = JSON.parse(readFileSync(json, "utf8")) as { precision: number; recall: number; f1: number };
  figures.set(`${TRAF}.f1`, total.f1);
  figures.set(`${TRAF}.precision`, total.precision);
  for (const [name, c] of Object.entries(halves)) {
    const s = prf(c);
    figures.set(`${TRAF}.${name}.f1`, s.f1);
    console.log(`${TRAF} ${name} half: P ${s.p.toFixed(4)} R ${s.r.toFixed(4)} F1 ${s.f1.toFixed(4)} (${c.tp + c.fn + c.fp + c.tn} snippets)`);
  }
  if (worst > 0) printWorstSnippets(pages);
}

function printWorstSnippets(pages: Array<{ file: string; c: Counts }>): void {
  pages.sort((a, b) => b.c.fp + b.c.fn - (a.c.fp + a.c.fn));
  console.log(`worst ${worst} ${TRAF} pages (file, half, false positives, false negatives):`);
  for (const p of pages.slice(0, worst)) console.log(`  ${p.file}\t${halfOf(p.file)}\tfp ${p.c.fp}\tfn ${p.c.fn}`);
}

// ------------------------------------------------------------ gate

function checkGate(file: string): void {
  const minimum = JSON.parse(readFileSync(file, "utf8")).minimum as Record<string, number>;
  const failures = Object.entries(minimum).filter(([k, min]) => !((figures.get(k) ?? 0) + 1e-9 >= min))
    .map(([k, min]) => `${k} ${(figures.get(k) ?? 0).toFixed(3)} is below the pinned minimum ${min.toFixed(3)}`);
  for (const f of failures) console.error(`extraction gate: ${f}`);
  if (failures.length) process.exit(1);
  console.log(`extraction gate passed (${file})`);
}

if (!existsSync(devDir) || !existsSync(join(tools, "score-extraction.mjs"))) {
  console.log(`skipped: ${devDir} or its scorers are absent (the dev sets live in ../shared)`);
  process.exit(0);
}
evalRouge();
evalTrafilatura();
console.log(`extracted ${stats.pages} pages in ${(stats.ms / 1000).toFixed(1)} s (${(stats.pages / (stats.ms / 1000)).toFixed(1)} pages/s)`);
console.log(`methods: ${[...stats.methods].map(([k, v]) => `${k}=${v}`).join(" ")}; rejections: ${[...stats.rejections].map(([k, v]) => `${k}=${v}`).join(" ") || "none"}`);
if (gateFile) checkGate(gateFile);
