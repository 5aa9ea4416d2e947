// `banwatch ingest [PATH...]`: text exports and HTML pages into the event store.
import type { Command } from "commander";
import cliProgress from "cli-progress";
import { openDb } from "../store/db.js";
import { ingestPaths, type IngestSummary } from "../pipeline.js";
import { parseBytes } from "./options.js";
import { rejectionLine } from "./rejection.js";
import { createLogger } from "../run/log.js";

export function registerIngest(program: Command): void {
  program
    .command("ingest")
    .description("Read .txt and .html files (folders recursively) into the SQLite event store")
    .argument("[paths...]", "files or folders to read", ["corpus"])
    .option("--db <file>", "SQLite database file", "data/banwatch.db")
    .option("--max-bytes <n>", "reject inputs larger than this (e.g. 20MB)", parseBytes, 20 * 1024 * 1024)
    .option("--json", "print the summary as JSON")
    .option("-q, --quiet", "print nothing but errors")
    .addHelpText("after", "\nExit status: 0 when every input was read (rejected inputs are reported, not fatal), 1 on failure, 2 on usage errors.")
    .action(async (paths: string[], opts: { db: string; maxBytes: number; json?: boolean; quiet?: boolean }) => {
      const db = openDb(opts.db);
      const tty = process.stderr.isTTY && !opts.quiet && !opts.json;
      // Off a terminal, the log says what happened to each rejected input (the vocabulary of crawl and run).
      const log = !process.stderr.isTTY && !opts.quiet ? createLogger() : null;
      const bar = tty ? new cliProgress.SingleBar({ format: "ingest [{bar}] {value}/{total} {file}", hideCursor: true }, cliProgress.Presets.shades_classic) : null;
      try {
        const summary = await ingestPaths(db, paths, {
          maxBytes: opts.maxBytes,
          onStart: (total) => bar?.start(total, 0, { file: "" }),
          onProgress: (o) => {
            bar?.increment(1, { file: o.id });
            if (o.rejection) log?.warn({ uri: o.uri, reason: o.rejection.reason, detail: o.rejection.detail }, "input rejected");
          },
        });
        bar?.stop();
        const { runId: run, read, stored, unchanged, rejected, events } = summary;
        log?.info({ run, read, stored, unchanged, rejected, events }, "ingest ends");
        if (opts.json) process.stdout.write(JSON.stringify({ db: opts.db, ...summary }, null, 2) + "\n");
        else if (!opts.quiet) process.stdout.write(formatSummary(summary, opts.db));
        if (summary.read === 0 && summary.rejected > 0) process.exitCode = 1;
      } finally {
        bar?.stop();
        db.close();
      }
    });
}

export function formatSummary(s: IngestSummary, db: string): string {
  const lines = [
    `run ${s.runId} into ${db}`,
    `  read ${s.read}, stored ${s.stored}, unchanged ${s.unchanged}, rejected ${s.rejected}`,
    `  event mentions written ${s.events}; canonical events in store ${s.canonicalEvents}`,
  ];
  for (const r of s.rejections) lines.push(`  ${rejectionLine(r)}`);
  return lines.join("\n") + "\n";
}
