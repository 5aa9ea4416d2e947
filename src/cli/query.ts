// `banwatch query "SQL"`: one read-only statement against the store, printed as a
// table, CSV or JSON. Writes are refused before they run.
import type { Command } from "commander";
import { Option } from "commander";
import { openReadOnly, prepareRead, ReadOnlyError } from "../store/readonly.js";
import { csvLine, jsonRow, textTable, type Row } from "../store/format.js";
import { UsageError } from "./errors.js";

export function registerQuery(program: Command): void {
  program
    .command("query")
    .description("Run one read-only SQL statement against the store and print its rows")
    .argument("<sql>", 'a SELECT, e.g. "SELECT * FROM v_events ORDER BY announced"')
    .addOption(new Option("--format <format>", "output format").choices(["table", "csv", "json"]).default("table"))
    .option("--db <file>", "SQLite database file", "data/banwatch.db")
    .addHelpText("after", `
The connection is read-only: INSERT, UPDATE, DELETE, CREATE, ... are refused.
Views: v_events, v_event_reports, v_timeline; full text: articles_fts (see "The database, for analysts" in README.md).
Examples:
  banwatch query "SELECT jurisdiction, target, announced, n_articles FROM v_events WHERE action = 'ban'"
  banwatch query "SELECT * FROM v_event_reports WHERE event_id = 3" --format json
Exit status: 0 ok, 1 failure, 2 usage error (bad SQL, a write, no database).`)
    .action((sql: string, opts: { format: "table" | "csv" | "json"; db: string }) => {
      let db;
      try {
        db = openReadOnly(opts.db);
        const stmt = prepareRead(db, sql);
        const columns = stmt.columns().map((c) => c.name);
        const rows = stmt.all() as Row[];
        process.stdout.write(render(columns, rows, opts.format));
      } catch (e) {
        if (e instanceof ReadOnlyError) throw new UsageError(e.message);
        throw e;
      } finally {
        db?.close();
      }
    });
}

export function render(columns: string[], rows: Row[], format: "table" | "csv" | "json"): string {
  if (format === "csv") return csvLine(columns) + rows.map((r) => csvLine(columns.map((c) => r[c]))).join("");
  if (format === "json") return JSON.stringify(rows.map((r) => jsonRow(r)), null, 2) + "\n";
  return textTable(columns, rows) + `(${rows.length} row${rows.length === 1 ? "" : "s"})\n`;
}
