// The runs table: every ingest, crawl or reextract is recorded from start to end.
import type { DB } from "./db.js";

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

export function startRun(db: DB, command: string): number {
  const info = db.prepare("INSERT INTO runs (command, started_at) VALUES (?, ?)").run(command, new Date().toISOString());
  return Number(info.lastInsertRowid);
}

export function finishRun(db: DB, id: number, status: "ok" | "failed" | "interrupted", c: RunCounts): void {
  db.prepare(`UPDATE runs SET ended_at = ?, status = ?, read = ?, stored = ?, unchanged = ?, rejected = ?, events = ?,
    errors = ?, details = ? WHERE id = ?`).run(new Date().toISOString(), status, c.read, c.stored, c.unchanged, c.rejected,
    c.events, JSON.stringify(c.errors), JSON.stringify(c.details ?? {}), id);
}

/** Runs left 'running' by a killed process are marked interrupted when the next one starts. */
export function closeStaleRuns(db: DB): number {
  return db.prepare("UPDATE runs SET status = 'interrupted', ended_at = coalesce(ended_at, ?) WHERE status = 'running'")
    .run(new Date().toISOString()).changes;
}
