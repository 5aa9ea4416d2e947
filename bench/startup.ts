// `npm run bench` (first part): start-up of the built CLI, the figures issue 15 asks for:
// `banwatch --version` and `banwatch query "select 1"` under 0.3 s, `banwatch extract` of
// one file under 1 s. Each command runs RUNS times; the median wall time is reported with
// the CPU time of the run (user + sys, from /proc when available) and the machine's load,
// beside the figures measured before the build (bench/startup-before.json) and the same
// commands run from the sources through tsx (development mode). Two rows more, without a
// target: an HTML page, and an English text whose target phrase has two words, the case
// that still loads compromise's tagger (one-word questions are answered from a table).
import { spawnSync, execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const RUNS = Number(process.env.BENCH_STARTUP_RUNS ?? 5);
const BIN = join(ROOT, "bin/banwatch.js");
const FILE = join(ROOT, "corpus/000_8ed593b27608a371.txt");
const HTML = join(ROOT, "test/fixtures/html/article.html");
const TAGGED = join(ROOT, "test/fixtures/startup-tagger.txt");
const TARGETS: Record<string, number> = { "--version": 0.3, 'query "select 1"': 0.3, "extract one .txt": 1 };

if (!existsSync(join(ROOT, "dist/cli/main.js"))) execFileSync("npm", ["run", "build"], { cwd: ROOT, stdio: "inherit" });
const dir = mkdtempSync(join(tmpdir(), "banwatch-bench-"));
const db = join(dir, "b.db");
execFileSync(process.execPath, [BIN, "ingest", FILE, "--db", db, "-q"], { cwd: ROOT, env: { ...process.env, BANWATCH_FROM_SOURCE: "" } });

const commands: Record<string, string[]> = {
  "--version": ["--version"],
  'query "select 1"': ["query", "select 1", "--db", db],
  "extract one .txt": ["extract", FILE, "--no-text"],
  "extract one .html": ["extract", HTML, "--no-text"],
  "extract one .txt needing the tagger": ["extract", TAGGED, "--no-text"],
};

/** Children's CPU seconds so far (user + sys), from /proc/self/stat; null elsewhere. */
function childrenCpu(): number | null {
  try {
    const f = readFileSync("/proc/self/stat", "utf8").split(") ")[1].split(" ");
    return (Number(f[13]) + Number(f[14])) / 100; // cutime, cstime in clock ticks (100 Hz)
  } catch {
    return null;
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x: number) => Math.round(x * 1000) / 1000;

function measure(args: string[], fromSource: boolean): { wall_s: number; wall_min_s: number; cpu_s: number | null; cpu_min_s: number | null } {
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const c0 = childrenCpu();
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, BANWATCH_FROM_SOURCE: fromSource ? "1" : "" }, encoding: "utf8" });
    walls.push((performance.now() - t0) / 1000);
    const c1 = childrenCpu();
    if (c0 !== null && c1 !== null) cpus.push(c1 - c0);
    if (r.status !== 0) throw new Error(`banwatch ${args.join(" ")} failed: ${r.stderr}`);
  }
  return { wall_s: round(median(walls)), wall_min_s: round(Math.min(...walls)), cpu_s: cpus.length ? round(median(cpus)) : null, cpu_min_s: cpus.length ? round(Math.min(...cpus)) : null };
}

const before = JSON.parse(readFileSync(join(ROOT, "bench/startup-before.json"), "utf8")) as { commands: Record<string, { wall_s: number[]; cpu_s: number[] } | undefined> };
const out: Record<string, unknown> = {};
for (const [name, args] of Object.entries(commands)) {
  const built = measure(args, false);
  const old = before.commands[name];
  out[name] = {
    built,
    target_s: TARGETS[name] ?? null,
    meets_target: name in TARGETS ? built.wall_s < TARGETS[name] : null,
    sources_through_tsx: measure(args, true),
    before: old ? { wall_s: round(median(old.wall_s)), cpu_s: round(median(old.cpu_s)) } : null,
  };
}
rmSync(dir, { recursive: true, force: true });
console.log(JSON.stringify({ startup: out, runs: RUNS, load_average: loadavg().map((x) => round(x)) }, null, 2));
