// `banwatch ingest [PATH...]`: text exports, HTML pages, WARC archives, JSON lines and
// stdin into the event store.
import { Command, Option, InvalidArgumentError } from "commander";
import { openDb } from "../store/db.js";
import { ingestPaths, type IngestSummary } from "../pipeline.js";
import { INPUT_FORMATS, type InputFormat } from "../sources/input.js";
import { DEFAULT_WORKERS } from "../analysis-pool.js";
import { parseBytes } from "./options.js";
import { rejectionLine } from "./rejection.js";
import { createLogger } from "../run/log.js";

/** Exit status of a run stopped by Ctrl-C (128 + SIGINT), as shells expect. */
export const EXIT_INTERRUPTED = 130;

interface IngestFlags {
  db: string; maxBytes: number; timeout: number; workers: number; followSymlinks?: boolean; include: string[]; exclude: string[];
  format?: InputFormat; json?: boolean; quiet?: boolean; outlet?: string;
}

export function parseSeconds(v: string): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new InvalidArgumentError(`"${v}" is not a number of seconds; write e.g. 60 (0 turns the budget off)`);
  return n;
}
const collect = (v: string, prev: string[]) => [...prev, v];

export function parseOutlet(v: string): string {
  const name = v.trim();
  if (!name) throw new InvalidArgumentError("an outlet needs a name, e.g. --outlet vrt.be");
  return name;
}

export function parseWorkers(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new InvalidArgumentError(`"${v}" is not a number of workers; write a whole number from 1 to 64`);
  return n;
}

export function registerIngest(program: Command): void {
  program
    .command("ingest")
    .description("Read text exports, HTML pages, WARC archives and JSON lines (folders recursively, - for stdin) into the SQLite event store")
    .argument("[paths...]", "files or folders to read; - reads standard input", ["corpus"])
    .option("--db <file>", "SQLite database file", "data/banwatch.db")
    .option("--max-bytes <n>", "reject inputs (a file, a WARC record, a JSON line) larger than this (e.g. 20MB)", parseBytes, 20 * 1024 * 1024)
    .option("--timeout <seconds>", "time budget per input; an input over it is rejected as timeout and the run goes on (0: none)", parseSeconds, 60)
    .option("--workers <n>", "analysis worker threads (default: one per core); results are the same whatever the number", parseWorkers, DEFAULT_WORKERS)
    .option("--follow-symlinks", "follow symbolic links (never out of the paths given, never twice into one folder)")
    .option("--include <glob>", "read only files whose path under the folder given matches (repeatable; a glob without / matches the file name)", collect, [])
    .option("--exclude <glob>", "leave out files whose path matches (repeatable)", collect, [])
    .option("--outlet <name>", "the outlet of every input read, when you know it (a folder of one outlet's exports); else each article's own: its JSON line's outlet or source name, or its URL's host", parseOutlet)
    .addOption(new Option("--format <format>", "how to read stdin (and a named file whose extension says nothing); default: sniffed").choices(INPUT_FORMATS))
    .option("--json", "print the summary as JSON")
    .option("-q, --quiet", "print nothing but errors")
    .addHelpText("after", `
Inputs: .txt/.md (text exports), .html/.htm/.xhtml/.php/... (pages), .warc/.warc.gz (every HTML response record),
.jsonl/.ndjson(.gz) (news-please, Fundus, trafilatura or banwatch article objects, one per line), - (stdin).
Other files, symlinks (without --follow-symlinks) and non-HTML WARC records are skipped and counted by kind.

Exit status: 0 when the inputs were read (rejected inputs are reported, not fatal), 1 when a path does not exist,
nothing could be read, or the run failed, 2 on usage errors, 130 when interrupted (Ctrl-C).`)
    .action(async (paths: string[], opts: IngestFlags) => {
      const db = openDb(opts.db);
      const live = process.stderr.isTTY && !opts.quiet && !opts.json;
      // Off a terminal, the log says what happened to each rejected input (the vocabulary of crawl and run).
      const log = !process.stderr.isTTY && !opts.quiet ? createLogger() : null;
      try {
        const summary = await ingestPaths(db, paths, {
          maxBytes: opts.maxBytes, timeoutMs: opts.timeout * 1000, workers: opts.workers, followSymlinks: opts.followSymlinks,
          include: opts.include, exclude: opts.exclude, format: opts.format, outlet: opts.outlet,
          onProgress: (o) => {
            if (live) process.stderr.write(`\ringest: ${o.status} ${o.id}`.slice(0, 100).padEnd(100));
            if (o.rejection) log?.warn({ uri: o.uri, reason: o.rejection.reason, detail: o.rejection.detail }, "input rejected");
          },
        });
        if (live) process.stderr.write("\r" + " ".repeat(100) + "\r");
        const { runId: run, read, stored, unchanged, rejected, events, status } = summary;
        log?.info({ run, status, read, stored, unchanged, rejected, events }, "ingest ends");
        if (opts.json) process.stdout.write(JSON.stringify({ db: opts.db, ...summary }, null, 2) + "\n");
        else if (!opts.quiet) process.stdout.write(formatSummary(summary, opts.db));
        process.exitCode = exitStatus(summary);
        if (summary.read === 0 && summary.status !== "interrupted") process.stderr.write(`banwatch: nothing was read from ${paths.join(", ")}${skippedNote(summary)}\n`);
      } finally {
        db.close();
      }
      // Interrupted while waiting on a pipe or a slow disk: that read would hold the process open.
      if (process.exitCode === EXIT_INTERRUPTED) process.exit(EXIT_INTERRUPTED);
    });
}

export function exitStatus(s: IngestSummary): number {
  if (s.status === "interrupted") return EXIT_INTERRUPTED;
  return s.status === "failed" || s.read === 0 ? 1 : 0;
}

const skippedNote = (s: IngestSummary) =>
  Object.keys(s.skipped).length ? ` (skipped: ${Object.entries(s.skipped).map(([k, n]) => `${n} ${k}`).join(", ")})` : "";

export function formatSummary(s: IngestSummary, db: string): string {
  const lines = [
    `run ${s.runId} into ${db}: ${s.status}`,
    `  read ${s.read}, stored ${s.stored}, unchanged ${s.unchanged}, rejected ${s.rejected}` +
      (s.duplicates ? ` (${s.duplicates} stored as copies of an article already held)` : ""),
    `  event mentions written ${s.events}; canonical events in store ${s.canonicalEvents}`,
  ];
  const skipped = Object.entries(s.skipped).sort(([a], [b]) => a.localeCompare(b));
  if (skipped.length) lines.push(`  skipped ${skipped.map(([k, n]) => `${k} ${n}`).join(", ")}`);
  for (const r of s.rejections) lines.push(`  ${rejectionLine(r)}`);
  return lines.join("\n") + "\n";
}
