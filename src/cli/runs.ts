// `banwatch runs`: the most recent runs, from the runs table.
import type { Command } from "commander";
import { openForReading } from "./open.js";
import { UsageError } from "./errors.js";
import { JSON_COLUMNS, jsonRow } from "../store/format.js";

interface RunRow {
  id: number;
  command: string;
  started_at: string;
  ended_at: string | null;
  status: string;
  read: number;
  stored: number;
  unchanged: number;
  rejected: number;
  events: number;
  errors: string;
  details: string;
}

export function registerRuns(program: Command): void {
  program
    .command("runs")
    .description("List recent ingest, crawl and nightly runs with their status and counts")
    .option("--db <file>", "SQLite database file", process.env.BANWATCH_DB ?? "data/banwatch.db")
    .option("-n, --limit <n>", "how many runs", (v) => Number(v), 20)
    .option("--json", "one JSON object per run")
    .action((opts: { db: string; limit: number; json?: boolean }) => {
      if (!Number.isInteger(opts.limit) || opts.limit < 1) throw new UsageError("--limit must be a positive integer");
      const db = openForReading(opts.db);
      try {
        const rows = db.prepare("SELECT * FROM runs ORDER BY id DESC LIMIT ?").all(opts.limit) as RunRow[];
        if (opts.json) {
          for (const r of rows) process.stdout.write(JSON.stringify(jsonRow({ ...r }, JSON_COLUMNS.runs)) + "\n");
          return;
        }
        process.stdout.write("id  command    status       started               ended                 read stored unch rej events errors\n");
        for (const r of rows) {
          const errs = Object.entries(JSON.parse(r.errors) as Record<string, number>).map(([k, v]) => `${k}:${v}`).join(",");
          process.stdout.write(
            `${String(r.id).padEnd(3)} ${r.command.padEnd(10)} ${r.status.padEnd(12)} ${r.started_at.slice(0, 19).padEnd(21)} ` +
              `${(r.ended_at ?? "-").slice(0, 19).padEnd(21)} ${String(r.read).padStart(4)} ${String(r.stored).padStart(6)} ` +
              `${String(r.unchanged).padStart(4)} ${String(r.rejected).padStart(3)} ${String(r.events).padStart(6)} ${errs}\n`,
          );
        }
      } finally {
        db.close();
      }
    });
}
