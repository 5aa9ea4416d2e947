// `banwatch query "SQL"`: one read-only statement against the store, printed as a
// table, CSV or JSON. Writes are refused before they run. The statement runs in a
// process of its own (query-process.ts), killed when it outlives --timeout; its rows are
// streamed through as they come.
import type { Command } from "commander";
import { Option } from "commander";
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { duration } from "./options.js";
import type { QueryFormat, QueryJob } from "./query-child.js";

export const DEFAULT_QUERY_TIMEOUT_MS = 30_000;

export function registerQuery(program: Command): void {
  program
    .command("query")
    .description("Run one read-only SQL statement against the store and print its rows")
    .argument("<sql>", 'a SELECT, e.g. "SELECT * FROM v_events ORDER BY announced"')
    .addOption(new Option("--format <format>", "output format").choices(["table", "csv", "json"]).default("table"))
    .option("--db <file>", "SQLite database file", "data/banwatch.db")
    .option("--timeout <duration>", "stop the statement after this long (e.g. 30s, 2m; bare number = s)", duration("s"), DEFAULT_QUERY_TIMEOUT_MS)
    .addHelpText("after", `
The connection is read-only: INSERT, UPDATE, DELETE, CREATE, ATTACH, load_extension(), ... are refused.
Rows are printed as they are read (a table sizes its columns on the first 200 rows); JSON-text
columns (languages, outlets, evidence, rules, lang_hints, errors, details, ...) are JSON values in --format json.
Views: v_events, v_event_reports, v_timeline; full text: articles_fts (see "The database, for analysts" in README.md).
Examples:
  banwatch query "SELECT jurisdiction, target, announced, n_articles FROM v_events WHERE action = 'ban'"
  banwatch query "SELECT * FROM v_event_reports WHERE event_id = 3" --format json
Exit status: 0 ok, 1 failure or timeout, 2 usage error (bad SQL, a write, a refused function, no database).`)
    .action(async (sql: string, opts: { format: QueryFormat; db: string; timeout: number }) => {
      process.exitCode = await runQueryProcess({ db: opts.db, sql, format: opts.format }, opts.timeout);
    });
}

/** node arguments that start the query process: the built .js, or the .ts source through tsx. */
function processArgs(job: QueryJob): string[] {
  const fromSource = import.meta.url.endsWith(".ts");
  const entry = fileURLToPath(new URL(`./query-process.${fromSource ? "ts" : "js"}`, import.meta.url));
  const tsx = fromSource ? ["--import", pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href] : [];
  return [...tsx, entry, JSON.stringify(job)];
}

/** Runs the job in its own process; its output is passed on with back-pressure. Returns the exit status. */
export function runQueryProcess(job: QueryJob, timeoutMs: number): Promise<number> {
  return new Promise((done) => {
    const child = spawn(process.execPath, processArgs(job), { stdio: ["ignore", "pipe", "pipe"] });
    let timedOut = false;
    let readerGone = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeoutMs);
    child.stdout.on("data", (d: Buffer) => {
      if (!process.stdout.write(d)) {
        child.stdout.pause();
        process.stdout.once("drain", () => child.stdout.resume());
      }
    });
    child.stderr.on("data", (d: Buffer) => process.stderr.write(d));
    // The reader went away (| head): stop the statement; not a failure.
    const onPipeError = () => {
      readerGone = true;
      child.kill("SIGKILL");
    };
    process.stdout.once("error", onPipeError);
    // Stopped ourselves (Ctrl-C, kill): the statement must not run on without us.
    const signals = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
    const onSignal = (sig: keyof typeof signals) => {
      child.kill("SIGKILL");
      process.exit(signals[sig]);
    };
    for (const sig of Object.keys(signals) as (keyof typeof signals)[]) process.once(sig, onSignal);
    child.on("close", (code) => {
      clearTimeout(timer);
      process.stdout.off("error", onPipeError);
      for (const sig of Object.keys(signals) as (keyof typeof signals)[]) process.off(sig, onSignal);
      if (timedOut) {
        process.stderr.write(`banwatch: the statement ran longer than ${timeoutMs / 1000} s and was stopped; narrow it or raise --timeout\n`);
        return done(1);
      }
      done(readerGone ? 0 : (code ?? 1));
    });
  });
}
