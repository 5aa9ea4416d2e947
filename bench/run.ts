// `npm run bench`: extraction throughput (articles/s on one core) and peak memory over the
// gold articles (../shared/gold when present, else the corpus/ seeds), repeated to at
// least MIN_ARTICLES. Articles are built once; the loop times extraction alone.
import { existsSync, readdirSync } from "node:fs";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { readInput } from "../src/sources/files.js";
import { buildArticle } from "../src/content/article.js";
import { extractEvents } from "../src/extract/index.js";
import { loadLocales } from "../src/locales/index.js";
import { isRejection, type Article } from "../src/types.js";

const MIN_ARTICLES = Number(process.env.BENCH_MIN ?? 5000);
const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const goldDirs = (process.env.BENCH_SETS ?? "seeds,dev,dev2").split(",").map((s) => `../shared/gold/${s}`).map((d) => resolve(root, d)).filter(existsSync);
const dirs = goldDirs.length ? goldDirs : [join(root, "corpus")];

const articles: Article[] = [];
for (const dir of dirs) {
  for (const f of readdirSync(dir).filter((f) => /\.(txt|html?)$/i.test(f)).sort()) {
    const raw = readInput(join(dir, f), 20 * 1024 * 1024);
    if (isRejection(raw)) continue;
    const a = buildArticle(raw);
    if (!isRejection(a)) articles.push(a);
  }
}
if (!articles.length) throw new Error(`no articles under ${dirs.join(", ")}`);
const locales = await loadLocales();
// Warm up: compile every locale's patterns before timing.
for (const a of articles) extractEvents(a, locales);

const rounds = Math.ceil(MIN_ARTICLES / articles.length);
let n = 0;
let events = 0;
let peak = process.memoryUsage().rss;
const t0 = performance.now();
for (let r = 0; r < rounds; r++) {
  for (const a of articles) {
    events += extractEvents(a, locales).events.length;
    n++;
  }
  peak = Math.max(peak, process.memoryUsage().rss);
}
const secs = (performance.now() - t0) / 1000;
const maxRss = Math.max(peak, process.resourceUsage().maxRSS * 1024);
const out = {
  source: dirs.map((d) => d.replace(root + "/", "")),
  distinct_articles: articles.length,
  articles: n,
  events,
  seconds: Number(secs.toFixed(2)),
  articles_per_second: Math.round(n / secs),
  peak_rss_mb: Math.round(maxRss / 1024 / 1024),
};
console.log(JSON.stringify(out, null, 2));
