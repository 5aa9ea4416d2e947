// The runs table: every ingest, crawl or reextract is recorded from start to end.
import { hostname } from "node:os";
import type Database from "better-sqlite3";
import type { DB } from "./db.js";
import { processAlive } from "../util/process.js";

export interface RunCounts {
  read: number;
  stored: number;
  unchanged: number;
  rejected: number;
  events: number;
  errors: Record<string, number>;
  details?: Record<string, unknown>;
}

export const emptyCounts = (): RunCounts => ({ read: 0, stored: 0, unchanged: 0, rejected: 0, events: 0, errors: {} });

/** Records a run as started; runs left 'running' by processes that are gone are closed first. */
export function startRun(db: DB, command: string): number {
  closeStaleRuns(db);
  const info = db.prepare("INSERT INTO runs (command, started_at, pid, host) VALUES (?, ?, ?, ?)")
    .run(command, new Date().toISOString(), process.pid, hostname());
  return Number(info.lastInsertRowid);
}

export function finishRun(db: DB, id: number, status: "ok" | "failed" | "interrupted", c: RunCounts): void {
  db.prepare(`UPDATE runs SET ended_at = ?, status = ?, read = ?, stored = ?, unchanged = ?, rejected = ?, events = ?,
    errors = ?, details = ? WHERE id = ?`).run(new Date().toISOString(), status, c.read, c.stored, c.unchanged, c.rejected,
    c.events, JSON.stringify(c.errors), JSON.stringify(c.details ?? {}), id);
}

/**
 * Runs left 'running' by a killed process are marked interrupted. A run whose process
 * on this host is still alive (an ingest while the nightly run crawls) is left alone;
 * a run from another host is left to that host.
 */
export function closeStaleRuns(db: DB): number {
  const running = db.prepare("SELECT id, pid, host FROM runs WHERE status = 'running'").all() as { id: number; pid: number | null; host: string | null }[];
  const close = db.prepare("UPDATE runs SET status = 'interrupted', ended_at = coalesce(ended_at, ?) WHERE id = ?");
  let n = 0;
  for (const r of running) {
    if (r.host && r.host !== hostname()) continue;
    if (r.pid && r.pid !== process.pid && processAlive(r.pid)) continue;
    n += close.run(new Date().toISOString(), r.id).changes;
  }
  return n;
}


// Prepared once per connection: progress is saved with every batch of documents.
const progressStatements = new WeakMap<DB, Database.Statement>();

/** Saves a running run's counts, so a killed run still tells how far it got. */
export function saveProgress(db: DB, id: number, c: RunCounts): void {
  let st = progressStatements.get(db);
  if (!st) {
    st = db.prepare(`UPDATE runs SET read = ?, stored = ?, unchanged = ?, rejected = ?, events = ?, errors = ?, details = ?
      WHERE id = ? AND status = 'running'`);
    progressStatements.set(db, st);
  }
  st.run(c.read, c.stored, c.unchanged, c.rejected, c.events, JSON.stringify(c.errors),
    JSON.stringify(c.details ?? {}), id);
}
