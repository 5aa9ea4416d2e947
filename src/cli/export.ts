// `banwatch export events|mentions|articles`: whole tables as CSV or JSON lines, streamed
// row by row from a read-only connection.
import type { Command } from "commander";
import { Argument, Option } from "commander";
import { createWriteStream, renameSync, rmSync, type WriteStream } from "node:fs";
import { once } from "node:events";
import type { Writable } from "node:stream";
import { openForReading } from "./open.js";
import { csvLine, jsonRow, type Row } from "../store/format.js";
import { UsageError } from "./errors.js";

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
      try {
        if (!opts.out) return void (await toStdout(() => exportRows(db.prepare(EXPORTS[what].sql), what, opts.format, process.stdout)));
        // Written beside the target and renamed when complete: a failed export leaves no half file,
        // and "exported" is said only once the file is there.
        const part = `${opts.out}.part-${process.pid}`;
        const out = await openOutput(part, opts.out);
        try {
          const n = await exportRows(db.prepare(EXPORTS[what].sql), what, opts.format, out);
          out.end();
          await once(out, "finish");
          renameSync(part, opts.out);
          process.stderr.write(`exported ${n} ${what} to ${opts.out}\n`);
        } catch (e) {
          out.destroy();
          rmSync(part, { force: true });
          throw e;
        }
      } finally {
        db.close();
      }
    });
}

/** Opens `file` for writing, or says in one line why it cannot be (a usage error, exit 2). */
async function openOutput(file: string, shown: string): Promise<WriteStream> {
  const out = createWriteStream(file, { flags: "wx" });
  try {
    await once(out, "open");
    return out;
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why = err.code === "ENOENT" ? "its folder does not exist" : err.code === "EACCES" ? "permission denied" : err.code === "EISDIR" ? "it is a folder" : err.message;
    throw new UsageError(`cannot write ${shown}: ${why}`);
  }
}

/** The reader went away (| head): not a failure of the export. */
async function toStdout(run: () => Promise<number>): Promise<void> {
  try {
    await run();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EPIPE") throw e;
  }
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
