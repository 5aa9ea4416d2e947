// Retention: raw document bodies older than a given age are dropped. The document rows
// stay (their hashes keep re-runs idempotent) and articles and events are untouched.
import type { DB } from "./db.js";

export function pruneDocuments(db: DB, olderThanDays: number, now = Date.now()): number {
  const cutoff = new Date(now - olderThanDays * 86_400_000).toISOString();
  return db.prepare("UPDATE documents SET body = NULL, compressed = 0 WHERE body IS NOT NULL AND read_at < ?").run(cutoff).changes;
}
