// Analysts' read-only access: a connection that cannot write, and statements checked
// before they run so a write is refused with a clear message instead of a SQLite error.
import { existsSync } from "node:fs";
import type Database from "better-sqlite3";
import { openDb, type DB } from "./db.js";

export class ReadOnlyError extends Error {}

export function openReadOnly(file: string): DB {
  if (!existsSync(file)) throw new ReadOnlyError(`no database at ${file}; run "banwatch ingest" first or pass --db FILE`);
  const db = openDb(file, { readonly: true });
  db.pragma("query_only = ON"); // second lock: even a statement SQLite misjudges cannot write
  return db;
}

/** Prepares one statement that only reads; anything else is a ReadOnlyError. */
export function prepareRead(db: DB, sql: string): Database.Statement {
  let stmt: Database.Statement;
  try {
    stmt = db.prepare(sql);
  } catch (e) {
    throw new ReadOnlyError(`${(e as Error).message}`);
  }
  if (!stmt.readonly) throw new ReadOnlyError("this connection is read-only: the statement would change the database; only SELECT, WITH, EXPLAIN and read-only PRAGMAs are allowed");
  if (!stmt.reader) throw new ReadOnlyError("the statement returns no rows; write a SELECT");
  return stmt;
}
