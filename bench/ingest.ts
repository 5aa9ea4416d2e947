// `npm run bench`: ingest end to end, the figure issue 17 asks for. A mixed corpus is built
// in a temp folder: half text exports (the gold sets), half real pages (extraction-dev's
// L3S-GN1 and Dragnet), each copy made distinct (a numbered last paragraph; for pages a
// number in the first long paragraph and the headline, and no canonical URL, so each copy
// is its own article). The built
// CLI ingests it with --workers 1, then 2 (BENCH_INGEST_WORKERS), each into a fresh store:
// inputs/s, CPU seconds (all threads), peak RSS, and the 2-worker rate over the 1-worker one.
//   node --import tsx bench/ingest.ts          BENCH_INGEST_N=2000 BENCH_INGEST_RUNS=1
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SHARED = resolve(ROOT, "../shared");
const N = Number(process.env.BENCH_INGEST_N ?? 2000);
const RUNS = Number(process.env.BENCH_INGEST_RUNS ?? 1);
const WORKERS = (process.env.BENCH_INGEST_WORKERS ?? "1,2").split(",").map(Number);

const listed = (dir: string, re: RegExp) =>
  existsSync(dir) ? readdirSync(dir).filter((f) => re.test(f)).sort().map((f) => join(dir, f)).filter((f) => statSync(f).isFile()) : [];

/** Text exports and pages to copy from: ../shared when present, else the repository's corpus/ (text only). */
function sources(): { texts: string[]; pages: string[] } {
  const texts = ["seeds", "dev", "dev2"].flatMap((s) => listed(join(SHARED, "gold", s), /\.txt$/i));
  const pages = ["l3s-gn1", "dragnet"].flatMap((s) => listed(join(SHARED, "extraction-dev", s), /\.html?$/i));
  if (texts.length && pages.length) return { texts, pages };
  console.error(`bench/ingest: ${SHARED} not found; text exports of corpus/ only`);
  return { texts: listed(join(ROOT, "corpus"), /\.txt$/i), pages: [] };
}

/**
 * A page made distinct: its first long paragraph and its headline numbered (a page's title may
 * come from its meta data, its text not), its canonical URL dropped (the copy is named by its file).
 */
export function distinctPage(html: string, n: number): string {
  return html
    .replace(/(<p\b[^>]*>)(?=[^<]{200})/i, `$1Copy ${n}. `)
    .replace(/<link\b[^>]*\brel=["']?canonical\b[^>]*>/gi, "")
    .replace(/<meta\b[^>]*\bproperty=["']og:url["'][^>]*>/gi, "")
    .replace(/<\/(title|h1)>/gi, ` (copy ${n})</$1>`)
    .replace(/<\/body>/i, `<p>Copy ${n} of this page, for the ingest benchmark.</p></body>`);
}

export const distinctText = (text: string, n: number) => `${text.replace(/\s+$/, "")}\n\nCopy ${n} of this report, for the ingest benchmark.\n`;

/** n inputs numbered from `first`, alternately a text export and a page (so both kinds run from the start). */
export function buildCorpus(dir: string, n: number, first = 0): void {
  const { texts, pages } = sources();
  mkdirSync(dir, { recursive: true });
  for (let i = first; i < first + n; i++) {
    const page = pages.length > 0 && i % 2 === 1;
    const k = pages.length ? i >> 1 : i;
    const from = page ? pages[k % pages.length] : texts[k % texts.length];
    // latin1 both ways keeps every byte as it was (the marks added are ASCII).
    const body = readFileSync(from, "latin1");
    writeFileSync(join(dir, `in${String(i).padStart(7, "0")}${page ? ".html" : ".txt"}`), page ? distinctPage(body, i) : distinctText(body, i), "latin1");
  }
}

interface Measured {
  workers: number;
  wall_s: number;
  cpu_s: number | null;
  inputs_per_s: number;
  stored: number;
  duplicates: number;
  rejected: number;
  peak_rss_mb: number | null;
}

/** CPU seconds of finished children (user + sys), from /proc/self/stat; null elsewhere. */
function childrenCpu(): number | null {
  try {
    const f = readFileSync("/proc/self/stat", "utf8").split(") ")[1].split(" ");
    return (Number(f[13]) + Number(f[14])) / 100;
  } catch {
    return null;
  }
}

/** The high-water mark of a live process's resident memory in MB (Linux), else null. */
function peakRss(pid: number): number | null {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

export async function ingestOnce(dir: string, db: string, workers: number): Promise<Measured & { events: number }> {
  const cpu0 = childrenCpu();
  const t0 = performance.now();
  const p = spawn(process.execPath, [join(ROOT, "bin/banwatch.js"), "ingest", dir, "--db", db, "--workers", String(workers), "--json"], {
    cwd: ROOT, env: { ...process.env, BANWATCH_FROM_SOURCE: "" }, stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  p.stderr.on("data", (c) => (err += c)); // the run's log: shown only when it fails
  let rss: number | null = null;
  p.stdout.on("data", (c) => (out += c));
  // VmHWM only grows: the last reading before exit is the peak, give or take the last 100 ms.
  const poll = setInterval(() => (rss = peakRss(p.pid!) ?? rss), 100);
  const code = await new Promise<number | null>((r) => p.on("exit", r));
  clearInterval(poll);
  const wall = (performance.now() - t0) / 1000;
  if (code !== 0) throw new Error(`ingest exited ${code}: ${err.slice(-2000)}`);
  const s = JSON.parse(out) as { read: number; stored: number; rejected: number; duplicates: number; events: number };
  const cpu1 = childrenCpu();
  return {
    workers, wall_s: round(wall), cpu_s: cpu0 != null && cpu1 != null ? round(cpu1 - cpu0) : null, inputs_per_s: round(s.read / wall),
    stored: s.stored, duplicates: s.duplicates, rejected: s.rejected, peak_rss_mb: rss == null ? null : Math.round(rss), events: s.events,
  };
}

export const round = (x: number) => Math.round(x * 10) / 10;

async function main(): Promise<void> {
  execFileSync("npm", ["run", "build"], { cwd: ROOT, stdio: "ignore" }); // the CLI runs dist/: never a stale one
  const dir = mkdtempSync(join(tmpdir(), "banwatch-bench-ingest-"));
  try {
    buildCorpus(join(dir, "in"), N);
    const load = loadavg()[0];
    const runs: Measured[] = [];
    for (let r = 0; r < RUNS; r++) {
      for (const w of WORKERS) {
        const db = join(dir, `w${w}-${r}.db`);
        runs.push(await ingestOnce(join(dir, "in"), db, w));
        rmSync(db, { force: true });
        rmSync(`${db}-wal`, { force: true });
        rmSync(`${db}-shm`, { force: true });
      }
    }
    const rate = (w: number) => Math.max(...runs.filter((m) => m.workers === w).map((m) => m.inputs_per_s));
    const [a, b] = [WORKERS[0], WORKERS[WORKERS.length - 1]];
    console.log(JSON.stringify({
      inputs: N, load_before: round(load), load_after: round(loadavg()[0]), runs,
      [`ratio_${b}_over_${a}_workers`]: a !== b ? Math.round((rate(b) / rate(a)) * 100) / 100 : undefined,
    }, null, 2));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
