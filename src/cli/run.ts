// `banwatch run --sources FILE`: the nightly job, safe to schedule with cron.
import type { Command } from "commander";
import { ConfigError, loadConfig } from "../config.js";
import { readSourcesFile, SourcesFileError } from "../sources/crawl/sources-file.js";
import { LockHeldError } from "../run/lock.js";
import { runNightly, type NightlySummary } from "../run/nightly.js";
import { createLogger } from "../run/log.js";
import { UsageError } from "./errors.js";

/** Exit status when another run holds the lock (EX_TEMPFAIL: try again later). */
export const EXIT_LOCKED = 75;

export function registerRun(program: Command): void {
  program
    .command("run")
    .description("The nightly job: crawl every source for what is new, ingest, merge events, prune (cron-safe)")
    .option("--sources <file>", "JSON file of outlets (feeds, sitemaps, seeds); or config field sources / BANWATCH_SOURCES")
    .option("--db <file>", "SQLite database file (config db / BANWATCH_DB)")
    .option("--config <file>", "JSON config file (or BANWATCH_CONFIG)")
    .option("--user-agent <ua>", "User-Agent naming banwatch and a contact URL")
    .option("--delay <ms>", "minimum delay between requests to one host")
    .option("--allow-private", "allow private and loopback addresses (tests, intranets)")
    .option("--json", "print a machine-readable summary on stdout")
    .option("-q, --quiet", "log only warnings and errors (for cron)")
    .addHelpText("after", `
Exit status:
  0   every source was read
  1   a source failed beyond the threshold (failureThreshold, default 0.5 of its requests,
      or it returned nothing at all), or the run was interrupted
  2   usage or configuration error (nothing was run)
  75  another run holds the lock (nothing was run; try again later)

Environment: BANWATCH_CONFIG, BANWATCH_DB, BANWATCH_SOURCES, BANWATCH_USER_AGENT, BANWATCH_DELAY_MS,
BANWATCH_CONCURRENCY, BANWATCH_MAX_BYTES, BANWATCH_RETENTION_DAYS, BANWATCH_FAILURE_THRESHOLD,
BANWATCH_STALE_LOCK_MINUTES.`)
    .action(async (opts: { sources?: string; db?: string; config?: string; userAgent?: string; delay?: string; allowPrivate?: boolean; json?: boolean; quiet?: boolean }) => {
      let config;
      let outlets;
      try {
        config = loadConfig({ file: opts.config, flags: { db: opts.db, sources: opts.sources, userAgent: opts.userAgent, delayMs: opts.delay } });
        if (!config.sources) throw new ConfigError("no sources: give --sources FILE, the config field sources, or BANWATCH_SOURCES");
        outlets = readSourcesFile(config.sources);
      } catch (e) {
        if (e instanceof ConfigError || e instanceof SourcesFileError) throw new UsageError(e.message);
        throw e;
      }
      const log = createLogger({ quiet: opts.quiet });
      const ac = new AbortController();
      const stop = (sig: string) => {
        log.warn({ signal: sig }, "stopping after the requests under way; the next run completes the work");
        ac.abort();
      };
      const onInt = () => stop("SIGINT");
      const onTerm = () => stop("SIGTERM");
      process.once("SIGINT", onInt);
      process.once("SIGTERM", onTerm);
      let summary: NightlySummary;
      try {
        summary = await runNightly(config, outlets, { allowPrivate: opts.allowPrivate, signal: ac.signal, log });
      } catch (e) {
        if (e instanceof LockHeldError) {
          process.stderr.write(`banwatch run: ${e.message}\n`);
          process.exitCode = EXIT_LOCKED;
          return;
        }
        throw e;
      } finally {
        process.off("SIGINT", onInt);
        process.off("SIGTERM", onTerm);
      }
      if (opts.json) process.stdout.write(JSON.stringify(summary, null, 2) + "\n");
      else if (!opts.quiet || summary.status !== "ok") process.stdout.write(formatNightly(summary));
      if (summary.status !== "ok") process.exitCode = 1;
    });
}

export function formatNightly(s: NightlySummary): string {
  const lines = [
    `run ${s.runId}: ${s.status}${s.since ? ` (new since ${s.since})` : " (first run)"}${s.lockTakenOver ? ", took over a stale lock" : ""}`,
    `  fetched ${s.fetched}, not modified ${s.notModified}, robots-denied ${s.robotsDenied}, articles stored ${s.articles}, event mentions ${s.events}, canonical events ${s.canonicalEvents}`,
  ];
  if (Object.keys(s.failed).length) lines.push(`  failed by reason: ${Object.entries(s.failed).map(([k, v]) => `${k} ${v}`).join(", ")}`);
  if (Object.keys(s.rejected).length) lines.push(`  rejected pages: ${Object.entries(s.rejected).map(([k, v]) => `${k} ${v}`).join(", ")}`);
  if (s.pruned) lines.push(`  raw bodies pruned: ${s.pruned}`);
  for (const r of s.sources) lines.push(`  ${r.ok ? "ok    " : "FAILED"} ${r.name}: ${r.requests} requests, ${r.failed} failed${r.why ? ` (${r.why})` : ""}`);
  return lines.join("\n") + "\n";
}
