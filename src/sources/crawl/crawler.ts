// The crawl: seeds, feeds and sitemaps in; RawDocuments out through onDocument.
// Each URL is one frontier entry and one request; redirects, feed items, sitemap
// entries and followed links become new entries, so every request passes the same
// robots check, politeness delay, retry policy and de-duplication.
import { sha256 } from "../../util/hash.js";
import type { RawDocument } from "../../types.js";
import { createHttpClient, HTTP_DEFAULTS, type HttpClient, type HttpOptions, type HttpResponse } from "../http/client.js";
import { CrawlError, permanent, toCrawlError } from "./errors.js";
import type { FrontierEntry, FrontierStore, Hints, NewEntry, Outcome, UrlKind } from "./frontier.js";
import { readFeed } from "./feeds.js";
import { readPageLinks } from "./html-links.js";
import { classifyStatus, decideRetry, RETRY_DEFAULTS, type RetryPolicy } from "./retry.js";
import { fetchRobots, type RobotsRules } from "./robots.js";
import { Scheduler, type TaskResult } from "./scheduler.js";
import { readSitemap } from "./sitemap.js";
import type { Outlet } from "./sources-file.js";
import { normalizeUrl, sameSite, urlId } from "./url.js";
import { checkLiteralHost } from "./ssrf.js";
import { looksLikeXml, parseXml } from "./xml.js";

export const CRAWL_DEFAULTS = {
  delayMs: 1_000,
  concurrency: 4,
  maxDepth: 1,
  maxPagesPerHost: 1_000,
  maxRedirects: 5,
  /** URLs taken from one feed or sitemap (50,000 is the sitemap protocol's own limit). */
  maxUrlsPerSitemap: 50_000,
  /** URLs one crawl queues in all; what feeds, sitemaps and pages list beyond it is counted, not queued. */
  maxUrlsPerCrawl: 100_000,
  agentToken: "banwatch",
  userAgent: "banwatch/0.1 (+https://github.com/banwatch/banwatch; news research crawler)",
};

export interface CrawlOptions {
  seeds?: string[];
  feeds?: string[];
  sitemaps?: string[];
  outlets?: Outlet[];
  store: FrontierStore;
  onDocument: (raw: RawDocument) => Promise<void>;
  onEvent?: (e: CrawlEvent) => void;
  userAgent?: string;
  /** Product token matched against robots.txt User-agent lines. */
  agentToken?: string;
  delayMs?: number;
  concurrency?: number;
  maxDepth?: number;
  maxPagesPerHost?: number;
  maxUrlsPerSitemap?: number;
  maxUrlsPerCrawl?: number;
  /** Article URLs fetched as listed: no feed discovery, no link following (`crawl --urls FILE`). */
  urls?: string[];
  /** Feed items and sitemap entries dated before now - maxAgeMs are skipped. */
  maxAgeMs?: number;
  allowPrivate?: boolean;
  http?: Partial<Omit<HttpOptions, "userAgent" | "allowPrivate">>;
  retry?: Partial<RetryPolicy>;
  signal?: AbortSignal;
  now?: () => number;
}

export type CrawlEvent =
  | { type: "start"; crawlId: number; resumed: boolean; queued: number }
  | { type: "robots"; host: string; crawlDelayMs?: number }
  // `outlet`: the source (sources file) the URL was found through, so requests are credited to it.
  | { type: "url"; url: string; kind: UrlKind; status: number | null; outcome: Outcome; found?: number; outlet?: string }
  | { type: "retry"; url: string; reason: string; attempt: number; delayMs: number; outlet?: string }
  | { type: "failed"; url: string; reason: string; detail: string; outlet?: string }
  // A cap was reached: `left` URLs of one feed or sitemap (per_sitemap), or from here on (per_crawl, reported once).
  | { type: "capped"; url: string; kind: UrlKind; left?: number; reason: "per_sitemap" | "per_crawl" }
  | { type: "progress"; queues: Record<string, number>; summary: CrawlSummary };

export interface CrawlSummary {
  crawlId: number;
  resumed: boolean;
  requests: number;
  fetched: number; // documents handed to onDocument
  notModified: number;
  unchanged: number;
  duplicates: number;
  feeds: number; // feeds and sitemaps read
  redirects: number;
  robotsDenied: number;
  overLimit: number;
  tooOld: number;
  /** URLs that feeds, sitemaps and pages listed but a cap (per sitemap, per crawl) left out. */
  leftOut: number;
  retries: number;
  failed: Record<string, number>; // by reason
  interrupted: boolean;
}


export async function crawl(opts: CrawlOptions): Promise<CrawlSummary> {
  const o = { ...CRAWL_DEFAULTS, ...opts };
  const policy: RetryPolicy = { ...RETRY_DEFAULTS, ...opts.retry };
  const now = opts.now ?? Date.now;
  const store = opts.store;
  const client: HttpClient = createHttpClient({
    ...HTTP_DEFAULTS,
    ...opts.http,
    userAgent: o.userAgent,
    allowPrivate: !!opts.allowPrivate,
  });
  const { crawlId, resumed } = store.openCrawl(new Date(now()).toISOString());
  const s: CrawlSummary = {
    crawlId, resumed, requests: 0, fetched: 0, notModified: 0, unchanged: 0, duplicates: 0, feeds: 0,
    redirects: 0, robotsDenied: 0, overLimit: 0, tooOld: 0, leftOut: 0, retries: 0, failed: {}, interrupted: false,
  };
  const emit = (e: CrawlEvent) => opts.onEvent?.(e);
  const progress = () => opts.onEvent && emit({ type: "progress", queues: scheduler.sizes(), summary: s });
  const robots = new Map<string, RobotsRules>();
  const robotsAttempts = new Map<string, number>();
  const robotsDead = new Map<string, CrawlError>();
  const hostDelay = new Map<string, number>(); // per-outlet delays
  const pagesPerHost = new Map<string, number>();
  const minPublished = opts.maxAgeMs !== undefined ? now() - opts.maxAgeMs : -Infinity;

  const scheduler = new Scheduler({
    concurrency: o.concurrency,
    delayMs: (host) => Math.max(hostDelay.get(host) ?? o.delayMs, robots.get(host)?.crawlDelayMs ?? 0),
    run: (entry) => process(entry),
    loadNextAllowed: (h) => store.hostNextAllowed(h),
    saveNextAllowed: (h, t) => store.setHostNextAllowed(h, t),
    now,
  });

  let queuedInCrawl = 0; // URLs this crawl queued, for maxUrlsPerCrawl (a resumed crawl starts from what is left)
  let capReached = false; // the per-crawl cap is reported once; then left-out URLs are only counted

  /** Queues a URL for this crawl unless already known; applies the max-age rule and the per-crawl cap. */
  function add(e: NewEntry): boolean {
    const url = normalizeUrl(e.url);
    if (!url) return false;
    if (e.hints.published && Date.parse(e.hints.published) < minPublished) {
      s.tooOld++;
      return false;
    }
    if (queuedInCrawl >= o.maxUrlsPerCrawl) return store.get(url)?.crawlId === crawlId ? false : leaveOut(e);
    if (!store.enqueue(crawlId, { ...e, url })) return false;
    queuedInCrawl++;
    scheduler.add(store.get(url)!);
    return true;
  }
  function leaveOut(e: NewEntry): false {
    s.leftOut++;
    if (!capReached) emit({ type: "capped", url: e.discoveredFrom ?? e.url, kind: e.kind, reason: "per_crawl" });
    capReached = true;
    return false;
  }
  /** The first maxUrlsPerSitemap entries a feed or sitemap lists; the rest counted as left out. */
  function capped<T>(from: FrontierEntry, list: T[]): T[] {
    if (list.length <= o.maxUrlsPerSitemap) return list;
    const left = list.length - o.maxUrlsPerSitemap;
    s.leftOut += left;
    emit({ type: "capped", url: from.url, kind: from.kind, left, reason: "per_sitemap" });
    return list.slice(0, o.maxUrlsPerSitemap);
  }

  const finish = (entry: FrontierEntry, outcome: Outcome, patch: Parameters<FrontierStore["update"]>[1] = {}, found?: number) => {
    store.update(entry.url, { state: "done", outcome, ...patch });
    emit({ type: "url", url: entry.url, kind: entry.kind, status: patch.httpStatus ?? null, outcome, found, outlet: entry.hints.outlet });
    progress();
  };
  const failed = (entry: FrontierEntry, err: CrawlError) => {
    s.failed[err.reason] = (s.failed[err.reason] ?? 0) + 1;
    store.update(entry.url, { state: "failed", outcome: "error", lastError: err.reason, lastErrorDetail: err.message, httpStatus: err.extra.status ?? null });
    emit({ type: "failed", url: entry.url, reason: err.reason, detail: err.message, outlet: entry.hints.outlet });
    progress();
  };

  /** One frontier entry: at most one request to its host. */
  async function process(queuedEntry: FrontierEntry): Promise<TaskResult> {
    // The store is the truth: a URL may have been settled since it was queued (a page
    // whose canonical URL it is was fetched first).
    const entry = store.get(queuedEntry.url);
    if (!entry || entry.state !== "queued" || entry.crawlId !== crawlId) return { requested: false };
    const host = entry.host;
    try {
      checkLiteralHost(new URL(entry.url), !!opts.allowPrivate); // refused before any request, robots.txt included
    } catch (e) {
      failed(entry, toCrawlError(e));
      return { requested: false };
    }
    const dead = robotsDead.get(host);
    if (dead) {
      failed(entry, dead); // the host never answered for robots.txt: no request for its other URLs
      return { requested: false };
    }
    let rules = robots.get(host);
    if (!rules) {
      // The robots.txt request takes this turn; the URL goes back to wait for the next.
      s.requests++;
      try {
        rules = await fetchRobots(client, host, o.agentToken);
      } catch (e) {
        // Retried per host, not per URL: a host that is down costs maxAttempts requests in all.
        const err = toCrawlError(e);
        if (err.kind === "fatal") throw err;
        const n = (robotsAttempts.get(host) ?? 0) + 1;
        robotsAttempts.set(host, n);
        const d = decideRetry(err, n, policy);
        if (!d.retry) {
          robotsDead.set(host, err);
          failed(entry, err);
          return { requested: true };
        }
        s.retries++;
        emit({ type: "retry", url: `${host}/robots.txt`, reason: err.reason, attempt: n, delayMs: d.delayMs, outlet: entry.hints.outlet });
        return { requested: true, requeue: entry, hostPauseUntil: now() + d.delayMs };
      }
      robots.set(host, rules);
      emit({ type: "robots", host, crawlDelayMs: rules.crawlDelayMs });
      return { requested: true, requeue: entry };
    }
    if (!rules.isAllowed(entry.url)) {
      s.robotsDenied++;
      finish(entry, "robots_denied");
      return { requested: false };
    }
    if (entry.kind === "page") {
      const n = pagesPerHost.get(host) ?? 0;
      if (n >= o.maxPagesPerHost) {
        s.overLimit++;
        finish(entry, "over_limit");
        return { requested: false };
      }
      pagesPerHost.set(host, n + 1);
    }
    const attempts = entry.attempts + 1;
    store.update(entry.url, { attempts }); // counted before the request, so a kill mid-request still counts
    let res: HttpResponse;
    try {
      s.requests++;
      res = await client.get(entry.url, { etag: entry.etag, lastModified: entry.lastModified });
    } catch (e) {
      const err = toCrawlError(e);
      // Whatever the network layer throws is this URL's failure, never the crawl's.
      return onError({ ...entry, attempts }, err.kind === "fatal" ? permanent("fetch_error", err.message) : err);
    }
    try {
      return await handle({ ...entry, attempts }, res);
    } catch (e) {
      if (e instanceof CrawlError && e.kind === "fatal") throw e;
      // A page our parsers choke on is that page's failure, not the crawl's.
      failed(entry, e instanceof CrawlError ? e : permanent("parse_error", `${entry.url}: ${(e as Error).message}`));
      return { requested: true };
    }
  }

  /** What a response means: a redirect, a 304, an error status, a feed or sitemap, or a page. */
  async function handle(entry: FrontierEntry, res: HttpResponse): Promise<TaskResult> {
    const fetchedAt = new Date(now()).toISOString();
    const base = { httpStatus: res.status, fetchedAt, attempts: entry.attempts };
    if (res.status >= 300 && res.status < 400 && res.status !== 304) {
      return redirect(entry, res.headers.location, base);
    }
    if (res.status === 304) {
      s.notModified++;
      finish(entry, "not_modified", base);
      return { requested: true };
    }
    const err = classifyStatus(res.status, res.headers, entry.url);
    if (err) return onError(entry, err);
    const validators = { etag: res.headers.etag ?? null, lastModified: res.headers["last-modified"] ?? null };
    const contentType = res.headers["content-type"] ?? null;
    const hash = sha256(res.bytes);
    const done = { ...base, ...validators, contentHash: hash };

    if (looksLikeXml(contentType, res.bytes) || entry.kind !== "page") {
      const found = store.batch(() => readDiscovery(entry, res.bytes, contentType));
      if (found !== null) {
        s.feeds++;
        finish(entry, "discovered", done, found);
        return { requested: true };
      }
      if (entry.kind !== "page" && looksLikeXml(contentType, res.bytes)) {
        failed(entry, permanent("not_a_feed", `${entry.url} is XML but neither a feed nor a sitemap`));
        return { requested: true };
      }
    }
    await page(entry, res.url, res.bytes, contentType, res.headers, hash, done);
    return { requested: true };
  }

  /** The one place where a failure becomes a retry or a final failure. */
  function onError(entry: FrontierEntry, err: CrawlError): TaskResult {
    if (err.kind === "fatal") throw err;
    const attempts = Math.max(entry.attempts, 1);
    const d = decideRetry(err, attempts, policy);
    const requested = err.reason !== "private_address" && err.reason !== "bad_scheme";
    if (!d.retry) {
      failed(entry, err);
      return { requested };
    }
    s.retries++;
    const notBefore = now() + d.delayMs;
    store.update(entry.url, { notBefore, lastError: err.reason, lastErrorDetail: err.message, attempts });
    emit({ type: "retry", url: entry.url, reason: err.reason, attempt: attempts, delayMs: d.delayMs, outlet: entry.hints.outlet });
    return {
      requested,
      requeue: { ...entry, attempts, notBefore },
      hostPauseUntil: err.extra.retryAfterMs !== undefined ? now() + err.extra.retryAfterMs : undefined,
    };
  }

  function redirect(entry: FrontierEntry, location: string | undefined, base: { httpStatus: number; fetchedAt: string }): TaskResult {
    const target = location ? normalizeUrl(location, entry.url) : null;
    if (!target) {
      failed(entry, permanent("bad_redirect", `${entry.url} redirects to ${location ?? "nowhere"}, not an http(s) URL`, { status: base.httpStatus }));
      return { requested: true };
    }
    const chain = [...entry.redirectChain, entry.url];
    if (chain.includes(target)) {
      failed(entry, permanent("redirect_loop", `${entry.url} redirects back to ${target}: ${[...chain, target].join(" -> ")}`));
      return { requested: true };
    }
    if (chain.length > o.maxRedirects) {
      failed(entry, permanent("too_many_redirects", `${chain[0]} redirects more than ${o.maxRedirects} times`));
      return { requested: true };
    }
    s.redirects++;
    add({ url: target, kind: entry.kind, depth: entry.depth, hints: entry.hints, redirectChain: chain, discoveredFrom: entry.url });
    finish(entry, "redirect", base);
    return { requested: true };
  }

  /** Feeds and sitemaps: queue what they list. Null when the bytes are neither. */
  function readDiscovery(entry: FrontierEntry, bytes: Uint8Array, contentType: string | null): number | null {
    if (!looksLikeXml(contentType, bytes)) return null;
    const doc = parseXml(bytes);
    if (!doc) return null;
    const from = entry.url;
    const feed = readFeed(doc, entry.url);
    if (feed) {
      let n = 0;
      for (const it of capped(entry, feed.items)) {
        const hints: Hints = { ...entry.hints, lang: it.lang ?? entry.hints.lang, published: it.published };
        if (add({ url: it.url, kind: "page", depth: entry.depth + 1, hints, discoveredFrom: from })) n++;
      }
      return n;
    }
    const sm = readSitemap(doc, entry.url);
    if (sm?.kind === "index") {
      let n = 0;
      for (const x of capped(entry, sm.sitemaps)) {
        if (add({ url: x.url, kind: "sitemap", depth: entry.depth, hints: { ...entry.hints, published: x.published }, discoveredFrom: from })) n++;
      }
      return n;
    }
    if (sm?.kind === "urlset") {
      let n = 0;
      for (const x of capped(entry, sm.urls)) {
        const hints: Hints = { ...entry.hints, lang: x.lang ?? entry.hints.lang, outlet: entry.hints.outlet ?? x.outlet, published: x.published };
        if (add({ url: x.url, kind: "page", depth: entry.depth + 1, hints, discoveredFrom: from })) n++;
      }
      return n;
    }
    return null;
  }

  async function page(
    entry: FrontierEntry,
    finalUrl: string,
    bytes: Uint8Array,
    contentType: string | null,
    headers: Record<string, string>,
    hash: string,
    done: Parameters<FrontierStore["update"]>[1],
  ): Promise<void> {
    if (entry.contentHash === hash) {
      s.unchanged++;
      finish(entry, "unchanged", done);
      return;
    }
    let uri = entry.url;
    let hints = entry.hints;
    const isHtml = !contentType || /html/i.test(contentType);
    if (isHtml) {
      const info = readPageLinks(bytes, contentType, finalUrl);
      if (info.lang && !hints.lang) hints = { ...hints, lang: info.lang };
      store.batch(() => {
        if (entry.depth === 0) for (const f of info.feeds) add({ url: f, kind: "feed", depth: 0, hints: entry.hints, discoveredFrom: entry.url });
        if (entry.depth >= o.maxDepth) return;
        const linkHints = clean({ lang: entry.hints.lang, outlet: entry.hints.outlet });
        for (const l of info.links) {
          if (sameSite(l, entry.url)) add({ url: l, kind: "page", depth: entry.depth + 1, hints: linkHints, discoveredFrom: entry.url });
        }
      });
      // The canonical URL names the article: fetched under another spelling it is a
      // duplicate; otherwise it is marked done so it is never fetched itself.
      const canon = info.canonical ? normalizeUrl(info.canonical) : null;
      if (canon && canon !== entry.url && sameSite(canon, entry.url)) {
        const known = store.get(canon);
        if (known && known.crawlId === crawlId && known.state !== "queued" && known.contentHash) {
          s.duplicates++;
          finish(entry, "duplicate", done);
          return;
        }
        store.enqueue(crawlId, { url: canon, kind: "page", depth: entry.depth, hints, discoveredFrom: entry.url });
        if (known?.contentHash === hash) {
          s.unchanged++;
          store.update(canon, { state: "done", outcome: "unchanged", ...done });
          finish(entry, "unchanged", done);
          return;
        }
        store.update(canon, { state: "done", outcome: "duplicate", ...done });
        uri = canon;
      }
    }
    const other = store.urlWithContentHash(hash, entry.url);
    if (other && other !== uri) {
      s.duplicates++;
      finish(entry, "duplicate", done);
      return;
    }
    const raw: RawDocument = {
      uri,
      id: urlId(uri),
      fetchedAt: (done.fetchedAt as string) ?? new Date(now()).toISOString(),
      contentType,
      headers,
      bytes,
      sha256: hash,
      hints: clean(hints),
    };
    try {
      await opts.onDocument(raw);
    } catch (e) {
      throw new CrawlError("fatal", "store_failed", `storing ${uri} failed: ${(e as Error).message}`);
    }
    s.fetched++;
    finish(entry, "fetched", done);
  }

  // Seeds: everything given now, plus whatever a killed crawl left queued.
  const left = store.queued(crawlId);
  queuedInCrawl = left.length;
  for (const e of left) scheduler.add(e);
  for (const out of opts.outlets ?? []) {
    const hints: Hints = clean({ lang: out.lang, outlet: out.name });
    for (const [list, kind] of [[out.feeds, "feed"], [out.sitemaps, "sitemap"], [out.seeds, "page"]] as const) {
      for (const u of list) {
        if (out.delayMs !== undefined) hostDelay.set(new URL(u).origin, out.delayMs);
        add({ url: u, kind, depth: 0, hints });
      }
    }
  }
  for (const u of opts.feeds ?? []) add({ url: u, kind: "feed", depth: 0, hints: {} });
  for (const u of opts.sitemaps ?? []) add({ url: u, kind: "sitemap", depth: 0, hints: {} });
  for (const u of opts.seeds ?? []) add({ url: u, kind: "page", depth: 0, hints: {} });
  // Listed article URLs are as deep as the crawl goes: no feed discovery (depth 0 only)
  // and no link following (depth >= maxDepth), with every other rule as for any page.
  for (const u of opts.urls ?? []) add({ url: u, kind: "page", depth: Math.max(1, o.maxDepth), hints: {} });
  emit({ type: "start", crawlId, resumed, queued: Object.values(scheduler.sizes()).reduce((a, b) => a + b, 0) });

  const onAbort = () => {
    s.interrupted = true;
    scheduler.stop();
  };
  opts.signal?.addEventListener("abort", onAbort, { once: true });
  if (opts.signal?.aborted) onAbort();
  scheduler.start();
  try {
    await scheduler.finished;
  } finally {
    opts.signal?.removeEventListener("abort", onAbort);
    await client.close();
  }
  if (!s.interrupted) store.closeCrawl(crawlId, new Date(now()).toISOString());
  return s;
}

function clean<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null)) as T;
}
