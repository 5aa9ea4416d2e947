// The frontier in SQLite (tables crawls, frontier, crawl_hosts in schema.sql):
// every state change is one statement, so a crawl killed at any point resumes with
// at most the in-flight URLs fetched again.
import type Database from "better-sqlite3";
import { newEntry, requeuePatch, type EntryPatch, type FrontierEntry, type FrontierStore, type NewEntry } from "./frontier.js";

/** Column name for each entry field; JSON fields are encoded on the way in and out. */
const COLS: Record<keyof FrontierEntry, string> = {
  url: "url", host: "host", kind: "kind", depth: "depth", hints: "hints", state: "state", outcome: "outcome",
  crawlId: "crawl_id", attempts: "attempts", notBefore: "not_before", lastError: "last_error",
  lastErrorDetail: "last_error_detail", redirectChain: "redirect_chain", httpStatus: "http_status", etag: "etag",
  lastModified: "last_modified", contentHash: "content_hash", fetchedAt: "fetched_at", discoveredFrom: "discovered_from",
};
const JSON_FIELDS = new Set(["hints", "redirectChain"]);
const FIELDS = Object.keys(COLS) as (keyof FrontierEntry)[];

type Row = Record<string, unknown>;
const toRow = (e: Partial<FrontierEntry>): Row =>
  Object.fromEntries(Object.entries(e).map(([k, v]) => [COLS[k as keyof FrontierEntry], JSON_FIELDS.has(k) ? JSON.stringify(v) : (v ?? null)]));
const fromRow = (r: Row): FrontierEntry =>
  Object.fromEntries(FIELDS.map((k) => [k, JSON_FIELDS.has(k) ? JSON.parse(r[COLS[k]] as string) : r[COLS[k]]])) as unknown as FrontierEntry;

export class SqliteFrontier implements FrontierStore {
  private st;
  /** `db` is the store as src/store/db.ts opens it: schema.sql holds the frontier tables. */
  constructor(private db: Database.Database) {
    const cols = FIELDS.map((k) => COLS[k]);
    this.st = {
      lastCrawl: db.prepare("SELECT id, finished_at FROM crawls ORDER BY id DESC LIMIT 1"),
      newCrawl: db.prepare("INSERT INTO crawls (started_at) VALUES (?)"),
      closeCrawl: db.prepare("UPDATE crawls SET finished_at = ? WHERE id = ?"),
      get: db.prepare("SELECT * FROM frontier WHERE url = ?"),
      insert: db.prepare(`INSERT INTO frontier (${cols.join(", ")}) VALUES (${cols.map((c) => "@" + c).join(", ")})`),
      queued: db.prepare("SELECT * FROM frontier WHERE crawl_id = ? AND state = 'queued' ORDER BY rowid"),
      byHash: db.prepare("SELECT url FROM frontier WHERE content_hash = ? AND url <> ? LIMIT 1"),
      hostGet: db.prepare("SELECT next_allowed_at FROM crawl_hosts WHERE host = ?"),
      hostSet: db.prepare(
        "INSERT INTO crawl_hosts (host, next_allowed_at) VALUES (?, ?) ON CONFLICT(host) DO UPDATE SET next_allowed_at = excluded.next_allowed_at",
      ),
    };
  }

  openCrawl(now: string): { crawlId: number; resumed: boolean } {
    const last = this.st.lastCrawl.get() as { id: number; finished_at: string | null } | undefined;
    if (last && last.finished_at === null) return { crawlId: last.id, resumed: true };
    return { crawlId: Number(this.st.newCrawl.run(now).lastInsertRowid), resumed: false };
  }
  closeCrawl(crawlId: number, now: string): void {
    this.st.closeCrawl.run(now, crawlId);
  }
  enqueue(crawlId: number, e: NewEntry): boolean {
    return this.db.transaction(() => {
      const old = this.get(e.url);
      if (!old) {
        this.st.insert.run(toRow(newEntry(crawlId, e)));
        return true;
      }
      if (old.crawlId === crawlId) return false;
      this.update(e.url, requeuePatch(crawlId, e));
      return true;
    })();
  }
  get(url: string): FrontierEntry | undefined {
    const r = this.st.get.get(url) as Row | undefined;
    return r && fromRow(r);
  }
  update(url: string, patch: EntryPatch & { crawlId?: number }): void {
    const keys = Object.keys(patch) as (keyof FrontierEntry)[];
    if (!keys.length) return;
    const sets = keys.map((k) => `${COLS[k]} = @${COLS[k]}`).join(", ");
    // Patches take a handful of shapes; better-sqlite3 caches nothing for us, so we do.
    let stmt = this.updates.get(sets);
    if (!stmt) this.updates.set(sets, (stmt = this.db.prepare(`UPDATE frontier SET ${sets} WHERE url = @url`)));
    stmt.run({ ...toRow(patch), url });
  }
  private updates = new Map<string, Database.Statement>();
  queued(crawlId: number): FrontierEntry[] {
    return (this.st.queued.all(crawlId) as Row[]).map(fromRow);
  }
  urlWithContentHash(hash: string, exceptUrl: string): string | undefined {
    return (this.st.byHash.get(hash, exceptUrl) as { url: string } | undefined)?.url;
  }
  hostNextAllowed(host: string): number {
    return (this.st.hostGet.get(host) as { next_allowed_at: number } | undefined)?.next_allowed_at ?? 0;
  }
  batch<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }
  setHostNextAllowed(host: string, at: number): void {
    this.st.hostSet.run(host, Math.round(at));
  }
}

/** True when the store's last crawl never finished: a plain `banwatch crawl` resumes it. */
export function hasUnfinishedCrawl(db: Database.Database): boolean {
  const last = db.prepare("SELECT finished_at FROM crawls ORDER BY id DESC LIMIT 1").get() as { finished_at: string | null } | undefined;
  return !!last && last.finished_at === null;
}
