// The process that runs one `banwatch query` statement: rows are read with iterate() and
// written as they come (never collected), in chunks. It is its own process so that the
// parent can kill it at the timeout: SQLite cannot be interrupted through better-sqlite3,
// and a thread stuck inside one sqlite3_step cannot be stopped.
import { openReadOnly, prepareRead, ReadOnlyError } from "../store/readonly.js";
import { csvLine, jsonColumnsOf, jsonRow, TableWriter, type Row } from "../store/format.js";

export type QueryFormat = "table" | "csv" | "json";
export interface QueryJob {
  db: string;
  sql: string;
  format: QueryFormat;
}

/** Exit status for a refused statement (one line on stderr): a usage error, as the parent reports it. */
export const CHILD_REFUSED = 2;
/** SQLite failures of the store, not of the statement: exit 1. */
const STORE_FAILURE = /^SQLITE_(BUSY|LOCKED|IOERR|CORRUPT|NOTADB|NOMEM|FULL|CANTOPEN|PROTOCOL)/;

const CHUNK = 64 * 1024;
/** Rows a text table reads before printing, to size its columns. */
const TABLE_SAMPLE = 200;

/** Streams the statement's rows to `write`; returns how many. Throws ReadOnlyError / SqliteError. */
export function streamQuery(job: QueryJob, write: (s: string) => void): number {
  const db = openReadOnly(job.db);
  try {
    const stmt = prepareRead(db, job.sql);
    const columns = stmt.columns();
    const names = columns.map((c) => c.name);
    const json = jsonColumnsOf(columns);
    let buf = "";
    const out = (s: string) => {
      buf += s;
      if (buf.length >= CHUNK) (write(buf), (buf = ""));
    };
    let n = 0;
    const table = new TableWriter(names);
    const sample: Row[] = [];
    let headed = false;
    const head = () => {
      out(table.head(sample) + sample.map((r) => table.line(r)).join(""));
      headed = true;
    };
    if (job.format === "csv") out(csvLine(names));
    if (job.format === "json") out("[");
    for (const r of stmt.iterate() as IterableIterator<Row>) {
      if (job.format === "csv") out(csvLine(names.map((c) => r[c])));
      else if (job.format === "json") out(`${n ? "," : ""}\n  ${JSON.stringify(jsonRow(r, json))}`);
      else if (headed) out(table.line(r));
      else if (sample.push(r) === TABLE_SAMPLE) head();
      n++;
    }
    if (job.format === "table") {
      if (!headed) head();
      out(`(${n} row${n === 1 ? "" : "s"})\n`);
    }
    if (job.format === "json") out(n ? "\n]\n" : "]\n");
    write(buf);
    return n;
  } finally {
    db.close();
  }
}

/** Entry point of the query process (query-process.ts): the job is argv[2] as JSON; output on fd 1. */
export function runAsProcess(): void {
  process.exitCode = runJob(JSON.parse(process.argv[2]) as QueryJob);
}

/** Runs the job in this process, its rows on fd 1 and one line on stderr when refused or failed. Returns the exit status. */
export function runJob(job: QueryJob): number {
  process.stdout.on("error", (e: NodeJS.ErrnoException) => process.exit(e.code === "EPIPE" ? 0 : 1)); // | head is not a failure
  try {
    streamQuery(job, (s) => process.stdout.write(s));
    return 0;
  } catch (e) {
    const err = e as Error & { code?: string };
    const refused = e instanceof ReadOnlyError || ((err.name === "SqliteError" || err.name === "TypeError" || err.name === "RangeError") && !STORE_FAILURE.test(err.code ?? ""));
    // "not authorized": load_extension() and the like are switched off in this connection.
    const why = /not authorized/i.test(err.message) ? `refused: ${err.message}: load_extension() and other unsafe functions are off for queries` : err.message;
    process.stderr.write(`banwatch: ${why}\n`);
    return refused ? CHILD_REFUSED : 1;
  }
}

