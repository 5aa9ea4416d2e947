// Runs the HTML extractor over ../shared/extraction-dev and scores it with the shared
// scorer (ROUGE-LSum F1 of headline + body against the ground truth).
//   node --import tsx scripts/eval-extraction.ts [DEV_DIR] [--out PRED_DIR] [--only DATASET] [--gate FILE]
// With --gate, exits 1 when the overall F1 or a dataset's F1 drops below the pinned
// minimums of FILE (extraction-gate.json in CI).
import { execFileSync } from "node:child_process";
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
const devDir = resolve(args[0] ?? "../shared/extraction-dev");
const scorer = resolve(devDir, "../tools/score-extraction.mjs");

if (!existsSync(devDir) || !existsSync(scorer)) {
  console.log(`skipped: ${devDir} or its scorer is absent (the dev set lives in ../shared)`);
  process.exit(0);
}

const methods = new Map<string, number>();
const rejections = new Map<string, number>();
let pages = 0;
let ms = 0;
for (const ds of readdirSync(devDir).sort()) {
  const dir = join(devDir, ds);
  if (!statSync(dir).isDirectory() || (only && ds !== only)) continue;
  mkdirSync(join(outDir, ds), { recursive: true });
  const urls = new Map<string, string>();
  const urlFile = join(dir, "urls.tsv");
  if (existsSync(urlFile)) for (const l of readFileSync(urlFile, "utf8").split("\n")) { const [id, u] = l.split("\t"); if (u) urls.set(id, u.trim()); }
  for (const f of readdirSync(dir).filter((f) => f.endsWith(".html")).sort()) {
    const id = f.slice(0, -5);
    const bytes = readFileSync(join(dir, f));
    const t0 = performance.now();
    const r = extractHtml(bytes, { url: urls.get(id) ?? null });
    ms += performance.now() - t0;
    pages++;
    let text = "";
    if (isRejection(r)) rejections.set(r.reason, (rejections.get(r.reason) ?? 0) + 1);
    else {
      methods.set(r.method, (methods.get(r.method) ?? 0) + 1);
      text = [r.title ?? "", ...r.paragraphs].join("\n");
    }
    writeFileSync(join(outDir, ds, `${id}.txt`), text);
  }
}
console.log(`extracted ${pages} pages in ${(ms / 1000).toFixed(1)} s (${(pages / (ms / 1000)).toFixed(1)} pages/s)`);
console.log(`methods: ${[...methods].map(([k, v]) => `${k}=${v}`).join(" ")}; rejections: ${[...rejections].map(([k, v]) => `${k}=${v}`).join(" ") || "none"}`);
const scoreArgs = [scorer, only ? join(devDir, only) : devDir, only ? join(outDir, only) : outDir, "--per-page", join(outDir, "per-page.tsv")];
const report = execFileSync(process.execPath, scoreArgs, { encoding: "utf8" });
process.stdout.write(report);
console.log(`per-page scores: ${join(outDir, "per-page.tsv")}`);

if (gateFile) {
  // Rows of the scorer's table: dataset, pages, missing, precision, recall, f1, median_f1.
  const f1 = new Map(report.split("\n").map((l) => l.split("\t")).filter((c) => c.length >= 6 && !isNaN(Number(c[5]))).map((c) => [c[0], Number(c[5])]));
  const minimum = JSON.parse(readFileSync(gateFile, "utf8")).minimum as Record<string, number>;
  const failures = Object.entries(minimum).filter(([k, min]) => !((f1.get(k) ?? 0) + 1e-9 >= min))
    .map(([k, min]) => `${k} F1 ${(f1.get(k) ?? 0).toFixed(3)} is below the pinned minimum ${min.toFixed(3)}`);
  for (const f of failures) console.error(`extraction gate: ${f}`);
  if (failures.length) process.exit(1);
  console.log(`extraction gate passed (${gateFile})`);
}
