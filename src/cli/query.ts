// `banwatch query "SQL"`: one read-only statement against the store, printed as a
// table, CSV or JSON. Writes are refused before they run. The statement runs in a
// process of its own, killed when it outlives --timeout; its rows are streamed through as
// they come. From the command line that process is banwatch itself (query-parent.ts); from
// the library, query-process.ts.
import type { Command } from "commander";
import { Option } from "commander";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { duration } from "./options.js";
import type { QueryFormat, QueryJob } from "./query-child.js";
import { superviseQuery } from "./query-supervise.js";
import { DEFAULT_QUERY_TIMEOUT_MS } from "./durations.js";
import { QUERY_CHILD_ENV } from "./query-parent.js";

export { DEFAULT_QUERY_TIMEOUT_MS };

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
      const job = { db: opts.db, sql, format: opts.format };
      // Started by the command line's parent (query-parent.ts), which stops it at the timeout: run here.
      if (process.env[QUERY_CHILD_ENV]) process.exitCode = (await import("./query-child.js")).runJob(job);
      else process.exitCode = await runQueryProcess(job, opts.timeout);
    });
}

/** node arguments that start the query process: the built .js, or the .ts source through tsx. */
function processArgs(job: QueryJob): string[] {
  const fromSource = import.meta.url.endsWith(".ts");
  const entry = fileURLToPath(new URL(`./query-process.${fromSource ? "ts" : "js"}`, import.meta.url));
  const tsx = fromSource ? ["--import", pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href] : [];
  return [...tsx, entry, JSON.stringify(job)];
}

/** Runs the job in its own process (see query-supervise.ts). Returns the exit status. */
export function runQueryProcess(job: QueryJob, timeoutMs: number): Promise<number> {
  return superviseQuery(processArgs(job), process.env, timeoutMs);
}
