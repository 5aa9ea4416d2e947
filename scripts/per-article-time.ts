// Times event extraction per gold article (ms per run, median of 5), slowest first: where the bench's time goes.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { readInput } from "../src/sources/files.js";
import { buildArticle } from "../src/content/article.js";
import { extractEvents } from "../src/extract/index.js";
import { loadLocales } from "../src/locales/index.js";
import { isRejection } from "../src/types.js";
const locales = await loadLocales();
const rows: [number, string, string, number][] = [];
for (const dir of process.argv.slice(2)) for (const f of readdirSync(dir).filter((x) => x.endsWith(".txt"))) {
  const raw = readInput(join(dir, f), 1e8);
  if (isRejection(raw)) continue;
  const a = buildArticle(raw);
  if (isRejection(a)) continue;
  extractEvents(a, locales);
  const ts: number[] = [];
  for (let i = 0; i < 5; i++) { const t = performance.now(); extractEvents(a, locales); ts.push(performance.now() - t); }
  rows.push([ts.sort((x, y) => x - y)[2], f, a.lang, a.text.length]);
}
rows.sort((a, b) => b[0] - a[0]);
console.log("total ms", rows.reduce((s, r) => s + r[0], 0).toFixed(0), "articles", rows.length);
for (const r of rows.slice(0, 15)) console.log(r[0].toFixed(1), r[2], r[3], r[1]);
