// Where an ingest's time goes, stage by stage, over a mixed corpus: the gold text exports
// (../shared/gold) and the HTML pages of extraction-dev (L3S-GN1, Dragnet), else corpus/.
// Each stage is timed on its own over every input (so the figures add up to an ingest on
// one core): read, decode, HTML, language, events, store (as ingest writes: batched
// transactions, a savepoint per document, in a scratch database), merge (the canonical
// events of everything stored). Store takes the bytes as a worker packs them (gzip, off the
// main thread in an ingest) and counts packing apart, as "pack".
//   node --import tsx bench/stages.ts
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";
import { decodeHtml } from "../src/content/html/decode.js";
import { extractHtml } from "../src/content/html/index.js";
import { buildArticle } from "../src/content/article.js";
import { detectArticle } from "../src/language/detect.js";
import { extractEvents } from "../src/extract/index.js";
import { loadLocales } from "../src/locales/index.js";
import { openDb } from "../src/store/db.js";
import { Pipeline } from "../src/pipeline.js";
import { updateEvents } from "../src/store/canonical.js";
import { WriteBatch } from "../src/store/batch.js";
import { packBody, type PackedBody } from "../src/store/body.js";
import { isRejection, type Article, type ArticleResult, type RawDocument } from "../src/types.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const shared = resolve(root, "../shared");
const dirs = existsSync(shared)
  ? [...["seeds", "dev", "dev2"].map((s) => join(shared, "gold", s)), ...["l3s-gn1", "dragnet"].map((s) => join(shared, "extraction-dev", s))].filter(existsSync)
  : [join(root, "corpus")];
// Gold sets give text exports; extraction-dev gives its pages (its .txt files are ground truth, not inputs).
const files = dirs.flatMap((d) => readdirSync(d).filter((f) => (d.includes("extraction-dev") ? /\.html?$/i : /\.(txt|html?)$/i).test(f)).sort().map((f) => join(d, f)))
  .filter((f) => statSync(f).isFile());

const ms: Record<string, number> = { read: 0, decode: 0, html: 0, language: 0, events: 0, pack: 0, store: 0, merge: 0 };
const timed = <T>(stage: string, f: () => T): T => {
  const t0 = performance.now();
  const v = f();
  ms[stage] += performance.now() - t0;
  return v;
};

const locales = await loadLocales();
const docs: { raw: RawDocument; article: Article; result: ArticleResult; body: PackedBody }[] = [];
for (const file of files) {
  const bytes = timed("read", () => readFileSync(file));
  const html = /\.html?$/i.test(file);
  const raw: RawDocument = { uri: pathToFileURL(file).href, id: file.replace(/^.*\//, "").replace(/\.[a-z]+$/i, "") + (html ? ".html" : ""), fetchedAt: new Date(0).toISOString(),
    contentType: html ? "text/html" : "text/plain", bytes, sha256: createHash("sha256").update(bytes).digest("hex") };
  timed("decode", () => decodeHtml(bytes, raw.contentType));
  if (html) timed("html", () => extractHtml(bytes, { contentType: raw.contentType }));
  const article = buildArticle(raw);
  if (isRejection(article)) continue;
  timed("language", () => detectArticle(article.paragraphs.map((p) => p.text), article.langHints, article.title));
  const result = timed("events", () => extractEvents(article, locales));
  const body = timed("pack", () => packBody(bytes));
  docs.push({ raw, article, result, body });
}
const dir = mkdtempSync(join(tmpdir(), "banwatch-stages-"));
const db = openDb(join(dir, "b.db"));
const pipeline = new Pipeline(db, locales);
const batch = new WriteBatch(db);
for (const d of docs) timed("store", () => batch.run(() => pipeline.store(d.raw, { kind: "article", article: d.article, result: d.result, body: d.body }, null)));
timed("store", () => batch.commit());
timed("merge", () => updateEvents(db));
db.close();
rmSync(dir, { recursive: true, force: true });

const n = docs.length;
const total = Object.values(ms).reduce((a, b) => a + b, 0);
console.log(JSON.stringify({
  inputs: files.length, articles: n,
  ms_per_article: Object.fromEntries(Object.entries(ms).map(([k, v]) => [k, Number((v / n).toFixed(2))])),
  share: Object.fromEntries(Object.entries(ms).map(([k, v]) => [k, Number((v / total).toFixed(3))])),
  articles_per_second_one_core: Math.round(n / (total / 1000)),
}, null, 2));
