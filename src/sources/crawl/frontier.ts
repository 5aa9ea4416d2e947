// The frontier: every URL the crawler knows, its state and what it learnt from the
// last fetch. Behind an interface so a killed crawl can resume from SQLite, and
// tests run on memory. Synchronous, like better-sqlite3.

export type UrlKind = "page" | "feed" | "sitemap";
export type UrlState = "queued" | "done" | "failed";
/** How a URL ended: counted in the summary. */
export type Outcome =
  | "fetched" // new or changed content handed on
  | "not_modified" // 304
  | "unchanged" // 200 with the same bytes as last time
  | "duplicate" // same bytes as another URL, or its canonical URL was already fetched
  | "redirect"
  | "discovered" // a feed or sitemap that was read
  | "robots_denied"
  | "over_limit" // max pages per host reached
  | "error";

export interface Hints {
  lang?: string;
  outlet?: string;
  published?: string;
}

export interface FrontierEntry {
  url: string; // normalised; the key
  host: string; // origin
  kind: UrlKind;
  depth: number;
  hints: Hints;
  state: UrlState;
  outcome: Outcome | null;
  crawlId: number; // the crawl that last queued it
  attempts: number; // in that crawl
  notBefore: number; // epoch ms: retry backoff
  lastError: string | null; // reason code
  lastErrorDetail: string | null;
  redirectChain: string[]; // URLs that redirected here, for loop detection
  httpStatus: number | null;
  etag: string | null;
  lastModified: string | null;
  contentHash: string | null;
  fetchedAt: string | null;
  discoveredFrom: string | null;
}

export type NewEntry = Pick<FrontierEntry, "url" | "kind" | "depth" | "hints"> &
  Partial<Pick<FrontierEntry, "redirectChain" | "discoveredFrom">>;

export type EntryPatch = Partial<Omit<FrontierEntry, "url" | "host" | "crawlId">>;

export interface FrontierStore {
  /** Resumes the last crawl if it never finished, else starts a new one. */
  openCrawl(now: string): { crawlId: number; resumed: boolean };
  closeCrawl(crawlId: number, now: string): void;
  /**
   * Queues `e` for this crawl. A URL already in this crawl is left alone (false);
   * one from an earlier crawl is queued again, keeping its ETag, Last-Modified and
   * content hash for a conditional request.
   */
  enqueue(crawlId: number, e: NewEntry): boolean;
  get(url: string): FrontierEntry | undefined;
  update(url: string, patch: EntryPatch): void;
  /** Queued entries of this crawl: what a resumed crawl still has to do. */
  queued(crawlId: number): FrontierEntry[];
  /** Another URL whose last fetch had these exact bytes. */
  urlWithContentHash(hash: string, exceptUrl: string): string | undefined;
  hostNextAllowed(host: string): number;
  setHostNextAllowed(host: string, at: number): void;
  /** Runs `fn` as one unit of storage work (a transaction): a sitemap's 50,000 URLs in one commit. */
  batch<T>(fn: () => T): T;
}

export function newEntry(crawlId: number, e: NewEntry): FrontierEntry {
  return {
    url: e.url,
    host: new URL(e.url).origin,
    kind: e.kind,
    depth: e.depth,
    hints: e.hints,
    state: "queued",
    outcome: null,
    crawlId,
    attempts: 0,
    notBefore: 0,
    lastError: null,
    lastErrorDetail: null,
    redirectChain: e.redirectChain ?? [],
    httpStatus: null,
    etag: null,
    lastModified: null,
    contentHash: null,
    fetchedAt: null,
    discoveredFrom: e.discoveredFrom ?? null,
  };
}

/** What re-queuing a URL from an earlier crawl resets; validators survive. */
export function requeuePatch(crawlId: number, e: NewEntry): EntryPatch & { crawlId: number } {
  return {
    crawlId,
    kind: e.kind,
    depth: e.depth,
    hints: e.hints,
    state: "queued",
    outcome: null,
    attempts: 0,
    notBefore: 0,
    lastError: null,
    lastErrorDetail: null,
    redirectChain: e.redirectChain ?? [],
    discoveredFrom: e.discoveredFrom ?? null,
  };
}

export class MemoryFrontier implements FrontierStore {
  private entries = new Map<string, FrontierEntry>();
  private hosts = new Map<string, number>();
  private crawls: Array<{ id: number; finished: boolean }> = [];

  openCrawl(): { crawlId: number; resumed: boolean } {
    const last = this.crawls.at(-1);
    if (last && !last.finished) return { crawlId: last.id, resumed: true };
    const id = (last?.id ?? 0) + 1;
    this.crawls.push({ id, finished: false });
    return { crawlId: id, resumed: false };
  }
  closeCrawl(crawlId: number): void {
    const c = this.crawls.find((x) => x.id === crawlId);
    if (c) c.finished = true;
  }
  enqueue(crawlId: number, e: NewEntry): boolean {
    const old = this.entries.get(e.url);
    if (!old) {
      this.entries.set(e.url, newEntry(crawlId, e));
      return true;
    }
    if (old.crawlId === crawlId) return false;
    Object.assign(old, requeuePatch(crawlId, e));
    return true;
  }
  get(url: string) {
    const e = this.entries.get(url);
    return e && structuredClone(e);
  }
  update(url: string, patch: EntryPatch): void {
    const e = this.entries.get(url);
    if (e) Object.assign(e, structuredClone(patch));
  }
  queued(crawlId: number): FrontierEntry[] {
    return [...this.entries.values()].filter((e) => e.crawlId === crawlId && e.state === "queued").map((e) => structuredClone(e));
  }
  urlWithContentHash(hash: string, exceptUrl: string): string | undefined {
    for (const e of this.entries.values()) if (e.contentHash === hash && e.url !== exceptUrl) return e.url;
    return undefined;
  }
  hostNextAllowed(host: string): number {
    return this.hosts.get(host) ?? 0;
  }
  setHostNextAllowed(host: string, at: number): void {
    this.hosts.set(host, at);
  }
  batch<T>(fn: () => T): T {
    return fn();
  }
  /** For tests and summaries. */
  all(): FrontierEntry[] {
    return [...this.entries.values()].map((e) => structuredClone(e));
  }
}
