// Opens the event store: WAL, foreign keys, a busy timeout, and migrations applied in
// one transaction with their bookkeeping in PRAGMA user_version.
import Database from "better-sqlite3";
import { mkdirSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { MIGRATIONS } from "./migrations.js";

export type DB = Database.Database;
const SCHEMA = resolve(dirname(fileURLToPath(import.meta.url)), "../../schema.sql");

/** The schema version this code writes; older files are migrated, newer ones refused. */
export const SCHEMA_VERSION = 1 + MIGRATIONS.length;

export function openDb(file: string, opts: { readonly?: boolean } = {}): DB {
  if (!opts.readonly && file !== ":memory:") mkdirSync(dirname(resolve(file)), { recursive: true });
  const db = new Database(file, { readonly: !!opts.readonly, fileMustExist: !!opts.readonly });
  db.pragma("busy_timeout = 10000");
  db.pragma("foreign_keys = ON");
  if (opts.readonly) return db;
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  migrate(db);
  return db;
}

export function migrate(db: DB): void {
  const current = db.pragma("user_version", { simple: true }) as number;
  if (current > SCHEMA_VERSION)
    throw new Error(`database schema version ${current} is newer than this banwatch (${SCHEMA_VERSION}); upgrade banwatch`);
  if (current === SCHEMA_VERSION) return;
  db.transaction(() => {
    if (current === 0) {
      // A new file gets the whole current schema at once.
      db.exec(readFileSync(SCHEMA, "utf8"));
    } else {
      for (let v = current; v < SCHEMA_VERSION; v++) MIGRATIONS[v - 1](db);
    }
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  })();
}
