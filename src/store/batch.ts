// Many documents per transaction, each still atomic. A commit per document costs a WAL
// frame write and lock round trip each; here documents are written inside one open
// transaction (BEGIN IMMEDIATE), each in its own SAVEPOINT, so a failed document rolls
// back alone and the batch keeps the others. The batch commits after `maxDocs` documents
// or `maxMs` after it began (so another writer never waits on a slow input), and on
// commit(). A crash loses at most the uncommitted batch, never part of a document; the
// next run reads those inputs again as new.
import type { DB } from "./db.js";

export interface BatchOptions {
  maxDocs?: number;
  maxMs?: number;
  /** Runs inside the transaction just before each commit (the run's progress counts). */
  beforeCommit?: () => void;
}

export class WriteBatch {
  private docs = 0;
  private timer: NodeJS.Timeout | null = null;
  private readonly maxDocs: number;
  private readonly maxMs: number;
  private readonly savepoint: (f: () => void) => void;

  constructor(private readonly db: DB, private readonly opts: BatchOptions = {}) {
    this.maxDocs = opts.maxDocs ?? 100;
    this.maxMs = opts.maxMs ?? 250;
    // Inside an open transaction better-sqlite3 runs a transaction function as a savepoint.
    const tx = db.transaction((f: () => void) => f());
    this.savepoint = (f) => tx(f);
  }

  /** Writes one document's rows (`write`) atomically within the current batch. */
  run(write: () => void): void {
    if (!this.db.inTransaction) this.begin();
    try {
      this.savepoint(write);
    } finally {
      if (++this.docs >= this.maxDocs) this.commit();
    }
  }

  private begin(): void {
    this.db.exec("BEGIN IMMEDIATE");
    this.docs = 0;
    this.timer = setTimeout(() => this.commit(), this.maxMs);
    this.timer.unref();
  }

  /** Commits what the batch holds (nothing when no batch is open). */
  commit(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (!this.db.open || !this.db.inTransaction) return;
    try {
      this.opts.beforeCommit?.();
      this.db.exec("COMMIT");
    } catch (e) {
      if (this.db.inTransaction) this.db.exec("ROLLBACK");
      throw e;
    }
  }
}
