// Issue 17's scale test (not in CI, not in `npm run bench`): N distinct articles (default
// 1,000,000) ingested into one store in chunks, as nightly runs would add them. Each chunk
// is generated on disk (bench/ingest.ts's mixed corpus: half gold text exports, half
// extraction-dev pages, each copy distinct and numbered across chunks), ingested by the
// built CLI (a process per chunk: its canonical merge included), then deleted, so the disk
// holds one chunk at a time. Printed per chunk: the rate, CPU seconds, peak RSS, the store's
// bytes per article; at the end the rates at 10k, 100k and 1M (as far as N goes) and how far
// apart they are (the issue: within 20%, peak RSS under 1 GB).
//   node --import tsx bench/million.ts [--n 1000000] [--chunk 10000] [--workers 2] [--db FILE] [--from K]
// A run of hours may be cut short: with --db, each chunk's row is appended to FILE.jsonl, and
// `--from K` (a chunk boundary the log reached) continues into the same store, numbering the
// inputs from K; the summary then covers every row of the log.
import { execFileSync } from "node:child_process";
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { buildCorpus, ingestOnce, round } from "./ingest.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({ options: { n: { type: "string" }, chunk: { type: "string" }, workers: { type: "string" }, db: { type: "string" }, from: { type: "string" } } });
const N = Number(values.n ?? 1_000_000);
const FROM = Number(values.from ?? 0);
const CHUNK = Math.min(N, Number(values.chunk ?? 10_000));
const WORKERS = Number(values.workers ?? availableParallelism());

const sizeOf = (f: string) => (existsSync(f) ? statSync(f).size : 0);

execFileSync("npm", ["run", "build"], { cwd: ROOT, stdio: "ignore" });
const tmp = mkdtempSync(join(tmpdir(), "banwatch-million-"));
const db = values.db ? resolve(values.db) : join(tmp, "million.db");
const log = values.db ? `${db}.jsonl` : null;
if (FROM > 0 && !log) throw new Error("--from continues a store: give its --db");
type Row = { done: number; articles: number; inputs_per_s: number; cpu_s: number | null; peak_rss_mb: number | null; db_bytes_per_article: number; load: number };
// Rows of the run being continued, up to the boundary it continues from.
const rows: Row[] = FROM > 0 && log && existsSync(log)
  ? readFileSync(log, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as Row).filter((r) => r.done <= FROM)
  : [];
if (FROM > 0 && rows.at(-1)?.done !== FROM) throw new Error(`${log} has no chunk ending at ${FROM}`);
try {
  let articles = rows.at(-1)?.articles ?? 0;
  for (let done = FROM; done < N; ) {
    const n = Math.min(CHUNK, N - done);
    const dir = join(tmp, `chunk${done}`);
    buildCorpus(dir, n, done);
    const m = await ingestOnce(dir, db, WORKERS);
    rmSync(dir, { recursive: true, force: true });
    done += n;
    articles += m.stored - m.duplicates;
    const bytes = sizeOf(db) + sizeOf(`${db}-wal`);
    const row: Row = { done, articles, inputs_per_s: m.inputs_per_s, cpu_s: m.cpu_s, peak_rss_mb: m.peak_rss_mb, db_bytes_per_article: Math.round(bytes / Math.max(1, articles)), load: round(loadavg()[0]) };
    rows.push(row);
    console.log(JSON.stringify(row));
    if (log) appendFileSync(log, JSON.stringify(row) + "\n");
  }
  // The rate of the chunk that reached each power of ten (10k, 100k, 1M) and of the last one.
  const marks = rows.filter((r, i) => i === rows.length - 1 || [1e4, 1e5, 1e6].some((p) => r.done >= p && r.done - CHUNK < p));
  const rates = marks.map((r) => r.inputs_per_s);
  console.log(JSON.stringify({
    inputs: N, chunk: CHUNK, workers: WORKERS, articles,
    rate_at: Object.fromEntries(marks.map((r) => [r.done, r.inputs_per_s])),
    slowest_over_fastest: Math.round((Math.min(...rates) / Math.max(...rates)) * 100) / 100,
    peak_rss_mb: Math.max(...rows.map((r) => r.peak_rss_mb ?? 0)),
    db_bytes_per_article: rows[rows.length - 1].db_bytes_per_article,
  }, null, 2));
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
