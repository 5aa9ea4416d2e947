// Whether one input's cost grows linearly with its size: the whole extraction (bytes ->
// article -> events) of a text export and of an HTML page from 10 KB to 20 MB, built from
// real article text (the gold sets when ../shared is there, else corpus/) repeated to size.
// Prints seconds per MB at each size and the ratio of the largest to the smallest: a
// super-linear step (a quadratic pass, a recursion on depth) shows as a ratio far above 1.
//   node --import tsx bench/scaling.ts [--max-mb 20]
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { buildArticle } from "../src/content/article.js";
import { extractEvents } from "../src/extract/index.js";
import { loadLocales } from "../src/locales/index.js";
import { isRejection, type RawDocument } from "../src/types.js";

const args = process.argv.slice(2);
const maxAt = args.indexOf("--max-mb");
const maxMb = maxAt >= 0 ? Number(args[maxAt + 1]) : 20;
const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const gold = resolve(root, "../shared/gold/dev");
const dir = existsSync(gold) ? gold : join(root, "corpus");

// Paragraphs of real articles, with their leading " date" lines dropped.
const paragraphs = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()
  .flatMap((f) => readFileSync(join(dir, f), "utf8").split(/\n\s*\n/))
  .map((p) => p.replace(/^ date \S+/, "").trim()).filter((p) => p.length > 40);

function textOf(bytes: number): string {
  const out: string[] = [];
  let n = 0;
  for (let i = 0; n < bytes; i++) {
    const p = paragraphs[i % paragraphs.length];
    out.push(p);
    n += Buffer.byteLength(p) + 2;
  }
  return out.join("\n\n");
}

const htmlOf = (text: string) => `<!doctype html><html><head><title>Scaling</title></head><body><article>${text.split("\n\n").map((p) => `<p>${p.replace(/[<&]/g, " ")}</p>`).join("\n")}</article></body></html>`;

function raw(body: string, kind: "txt" | "html"): RawDocument {
  const bytes = Buffer.from(body);
  return { uri: `file:///bench/scaling.${kind}`, id: "scaling", fetchedAt: new Date(0).toISOString(),
    contentType: kind === "html" ? "text/html; charset=utf-8" : "text/plain; charset=utf-8", bytes, sha256: createHash("sha256").update(bytes).digest("hex") };
}

const locales = await loadLocales();
/** Bytes to events, the whole of one input's extraction; the number of events. */
function one(doc: RawDocument): number {
  const a = buildArticle(doc, { maxBytes: 64 * 1024 * 1024 });
  return isRejection(a) ? 0 : extractEvents(a, locales).events.length;
}
const sizes = [0.01, 0.1, 1, 5, maxMb].filter((mb, i, a) => mb <= maxMb && a.indexOf(mb) === i);
const report: Record<string, { mb: number; seconds: number; seconds_per_mb: number; events: number }[]> = { txt: [], html: [] };
// Warm up: the locales' patterns compiled and the HTML parser loaded before timing.
for (const kind of ["txt", "html"] as const) {
  const a = buildArticle(raw(kind === "html" ? htmlOf(textOf(20_000)) : textOf(20_000), kind));
  if (!isRejection(a)) extractEvents(a, locales);
}
for (const kind of ["txt", "html"] as const) {
  for (const mb of sizes) {
    const text = textOf(mb * 1024 * 1024);
    const doc = raw(kind === "html" ? htmlOf(text) : text, kind);
    // Small inputs are read once untimed, then timed three times (the fastest kept): the language
    // detected differs with the text, a locale's patterns compile on first use, and a 10 KB run
    // is short enough for the machine's noise to swamp it.
    const runs = mb < 1 ? 3 : 1;
    if (mb < 1) one(doc);
    let seconds = Infinity, events = 0;
    for (let r = 0; r < runs; r++) {
      const t0 = performance.now();
      events = one(doc);
      seconds = Math.min(seconds, (performance.now() - t0) / 1000);
    }
    report[kind].push({ mb, seconds: Number(seconds.toFixed(3)), seconds_per_mb: Number((seconds / mb).toFixed(3)), events });
  }
}
const ratio = (rows: { seconds_per_mb: number; mb: number }[]) => {
  const big = rows;
  return big.length > 1 ? Number((Math.max(...big.map((r) => r.seconds_per_mb)) / Math.min(...big.map((r) => r.seconds_per_mb))).toFixed(2)) : null;
};
console.log(JSON.stringify({ source: dir.replace(root + "/", ""), ...report, ratio_per_mb: { txt: ratio(report.txt), html: ratio(report.html) } }, null, 2));
