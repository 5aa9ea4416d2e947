// `banwatch export events|mentions|articles`: whole tables as CSV or JSON lines, streamed
// row by row from a read-only connection.
import type { Command } from "commander";
import { Argument, Option } from "commander";
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import type { Writable } from "node:stream";
import { openForReading } from "./open.js";
import { csvLine, jsonRow, type Row } from "../store/format.js";

/** What each export holds; JSON-text columns become arrays in JSON lines. */
export const EXPORTS = {
  events: { sql: "SELECT * FROM v_events ORDER BY id", json: ["languages", "outlets"] },
  mentions: { sql: "SELECT * FROM event_mentions ORDER BY article_id, ordinal", json: ["evidence", "rules"] },
  articles: { sql: "SELECT * FROM articles ORDER BY id", json: ["lang_hints"] },
} as const;
export type ExportName = keyof typeof EXPORTS;

export function registerExport(program: Command): void {
  program
    .command("export")
    .description("Write canonical events, event mentions or articles as CSV or JSON lines")
    .addArgument(new Argument("<what>", "events, mentions or articles").choices(Object.keys(EXPORTS)))
    .addOption(new Option("--format <format>", "output format").choices(["csv", "jsonl"]).default("csv"))
    .option("--out <file>", "write to this file instead of standard output")
    .option("--db <file>", "SQLite database file", "data/banwatch.db")
    .addHelpText("after", `
events are the rows of v_events; mentions of event_mentions; articles of articles (with body text).
In JSON lines, JSON-text columns (languages, outlets, evidence, rules, lang_hints) are arrays.
Exit status: 0 ok, 1 failure, 2 usage error.`)
    .action(async (what: ExportName, opts: { format: "csv" | "jsonl"; out?: string; db: string }) => {
      const db = openForReading(opts.db);
      const out: Writable = opts.out ? createWriteStream(opts.out) : process.stdout;
      try {
        const n = await exportRows(db.prepare(EXPORTS[what].sql), what, opts.format, out);
        if (opts.out) process.stderr.write(`exported ${n} ${what} to ${opts.out}\n`);
      } catch (e) {
        // The reader went away (| head): not a failure of the export.
        if ((e as NodeJS.ErrnoException).code !== "EPIPE") throw e;
      } finally {
        db.close();
        if (opts.out) {
          out.end();
          await once(out, "finish");
        }
      }
    });
}

/** Streams a statement's rows; waits when the output is full. Returns how many were written. */
export async function exportRows(stmt: { columns(): { name: string }[]; iterate(): IterableIterator<unknown> }, what: ExportName,
  format: "csv" | "jsonl", out: Writable): Promise<number> {
  const columns = stmt.columns().map((c) => c.name);
  const write = async (s: string) => {
    if (!out.write(s)) await once(out, "drain");
  };
  if (format === "csv") await write(csvLine(columns));
  let n = 0;
  for (const r of stmt.iterate() as IterableIterator<Row>) {
    n++;
    await write(format === "csv" ? csvLine(columns.map((c) => r[c])) : JSON.stringify(jsonRow(r, EXPORTS[what].json)) + "\n");
  }
  return n;
}
