// `banwatch crawl`: fetch news from the web into the event store. Parses flags,
// shows progress, prints the summary; the work is crawlIntoStore.
import type { Command } from "commander";
import cliProgress from "cli-progress";
import { existsSync } from "node:fs";
import { openDb, type DB } from "../store/db.js";
import { crawlIntoStore, type StoreCrawlSummary } from "../sources/crawl/into-store.js";
import { CRAWL_DEFAULTS, type CrawlEvent } from "../sources/crawl/crawler.js";
import { readSourcesFile, SourcesFileError, type Outlet } from "../sources/crawl/sources-file.js";
import { readUrlList, UrlListError } from "../sources/crawl/url-list.js";
import { hasUnfinishedCrawl } from "../sources/crawl/sqlite-frontier.js";
import { createLogger, logCrawlEvent } from "../run/log.js";
import { UsageError } from "./errors.js";
import { duration, int, parseBytes } from "./options.js";

const collect = (v: string, prev: string[]) => [...prev, v];

interface Opts {
  seed: string[];
  feed: string[];
  sitemap: string[];
  sources?: string;
  urls?: string;
  db: string;
  depth: number;
  maxPerHost: number;
  maxUrlsPerSitemap: number;
  maxUrls: number;
  maxAge?: number;
  userAgent: string;
  allowPrivate?: boolean;
  delay: number;
  concurrency: number;
  maxBytes: number;
  timeout: number;
  json?: boolean;
  quiet?: boolean;
}

export function registerCrawl(program: Command): void {
  program
    .command("crawl")
    .description("Fetch news pages (seeds, feeds, sitemaps, URL lists) politely into the SQLite event store")
    .option("--seed <url>", "article or section page; links followed to --depth, feeds autodiscovered (repeatable)", collect, [])
    .option("--feed <url>", "RSS 2.0, Atom or RDF feed (repeatable)", collect, [])
    .option("--sitemap <url>", "sitemap, sitemap index or Google News sitemap (repeatable)", collect, [])
    .option("--sources <file>", "JSON file of outlets: name, feeds, sitemaps, seeds, lang, delayMs")
    .option("--urls <file>", "article URLs, one per line (# comments): fetched as listed, no feed discovery, no link following")
    .option("--db <file>", "SQLite database file", "data/banwatch.db")
    .option("--depth <n>", "link-following depth from seed pages", int, CRAWL_DEFAULTS.maxDepth)
    .option("--max-per-host <n>", "at most this many pages per host and crawl", int, CRAWL_DEFAULTS.maxPagesPerHost)
    .option("--max-urls-per-sitemap <n>", "URLs taken from one feed or sitemap; the rest are counted as left out", int, CRAWL_DEFAULTS.maxUrlsPerSitemap)
    .option("--max-urls <n>", "URLs one crawl queues in all; the rest are counted as left out", int, CRAWL_DEFAULTS.maxUrlsPerCrawl)
    .option("--max-age <duration>", "skip feed/sitemap entries older than this (e.g. 7d, 48h; bare number = days)", duration("d"))
    .option("--user-agent <ua>", "User-Agent header; keep a contact URL in it", CRAWL_DEFAULTS.userAgent)
    .option("--allow-private", "allow private, loopback and link-local addresses (tests, intranets)")
    .option("--delay <duration>", "minimum delay between requests to one host; robots.txt Crawl-delay wins if larger (bare number = ms)", duration("ms"), CRAWL_DEFAULTS.delayMs)
    .option("--concurrency <n>", "requests in flight across all hosts", int, CRAWL_DEFAULTS.concurrency)
    .option("--max-bytes <n>", "refuse responses larger than this (e.g. 5MB)", parseBytes, 5 * 1024 * 1024)
    .option("--timeout <duration>", "whole-request timeout (bare number = ms)", duration("ms"), 60_000)
    .option("--json", "print the summary as JSON")
    .option("-q, --quiet", "print nothing but errors")
    .addHelpText(
      "after",
      `
A killed or interrupted crawl is resumed by the next \`banwatch crawl\` on the same database,
with or without the original flags (\`banwatch crawl --db FILE\` is enough): URLs already
fetched are not fetched again. A finished crawl re-checks pages with conditional
requests (ETag / Last-Modified), so unchanged pages cost a 304 and no re-extraction.

Progress: a bar on a terminal, JSON log lines (pino) on stderr otherwise.
Exit status: 0 when the crawl ran (failed URLs are counted in the summary), 1 when every
request failed or the crawl was interrupted, 2 on usage errors.`,
    )
    .action(async (opts: Opts) => {
      const targets = readTargets(opts);
      if (!/banwatch/i.test(opts.userAgent) || !/(https?:\/\/|@)/.test(opts.userAgent)) {
        process.stderr.write("banwatch: warning: a crawler's User-Agent should name banwatch and a contact URL or address, so site owners can reach you\n");
      }
      const db = openStoreFor(opts.db, targets.given);
      const ac = new AbortController();
      const onSignal = () => {
        if (ac.signal.aborted) process.exit(130); // second Ctrl-C: leave now; the frontier is consistent
        process.stderr.write("banwatch: stopping after the requests in flight; run again to resume\n");
        ac.abort();
      };
      process.on("SIGINT", onSignal);
      process.on("SIGTERM", onSignal);
      const show = progressDisplay(!!(process.stderr.isTTY && !opts.quiet && !opts.json), !!opts.quiet);
      try {
        const summary = await crawlIntoStore(db, {
          ...targets.lists,
          maxDepth: opts.depth,
          maxPagesPerHost: opts.maxPerHost,
          maxUrlsPerSitemap: opts.maxUrlsPerSitemap,
          maxUrlsPerCrawl: opts.maxUrls,
          maxAgeMs: opts.maxAge,
          userAgent: opts.userAgent,
          allowPrivate: !!opts.allowPrivate,
          delayMs: opts.delay,
          concurrency: Math.max(1, opts.concurrency),
          http: { maxBytes: opts.maxBytes, totalTimeoutMs: opts.timeout },
          signal: ac.signal,
          onEvent: show.event,
        });
        show.stop();
        report(summary, opts);
      } finally {
        show.stop();
        process.off("SIGINT", onSignal);
        process.off("SIGTERM", onSignal);
        db.close();
      }
    });
}

interface Targets {
  lists: { seeds: string[]; feeds: string[]; sitemaps: string[]; urls: string[]; outlets: Outlet[] };
  given: boolean;
}

/** What the flags ask to crawl, checked before anything is opened. */
function readTargets(opts: Opts): Targets {
  let outlets: Outlet[] = [];
  let urls: string[] = [];
  try {
    if (opts.sources) outlets = readSourcesFile(opts.sources);
    if (opts.urls) urls = readUrlList(opts.urls);
  } catch (e) {
    if (e instanceof SourcesFileError || e instanceof UrlListError) throw new UsageError(e.message);
    throw e;
  }
  for (const u of [...opts.seed, ...opts.feed, ...opts.sitemap]) {
    if (!/^https?:\/\//i.test(u)) throw new UsageError(`${u} is not an http(s) URL`);
  }
  if (opts.urls && !urls.length) throw new UsageError(`${opts.urls} lists no URL`);
  const lists = { seeds: opts.seed, feeds: opts.feed, sitemaps: opts.sitemap, urls, outlets };
  return { lists, given: Object.values(lists).some((l) => l.length > 0) };
}

/** The store; with nothing to crawl, only one whose last crawl was interrupted (it is resumed). */
function openStoreFor(file: string, given: boolean): DB {
  const nothing = "nothing to crawl: give --seed, --feed, --sitemap, --urls or --sources FILE";
  if (given) return openDb(file);
  if (!existsSync(file)) throw new UsageError(`${nothing} (there is no database at ${file} with a crawl to resume)`);
  const db = openDb(file);
  if (hasUnfinishedCrawl(db)) return db;
  db.close();
  throw new UsageError(`${nothing} (the last crawl in ${file} finished; there is nothing to resume)`);
}

function report(summary: StoreCrawlSummary, opts: Opts): void {
  if (opts.json) process.stdout.write(JSON.stringify({ db: opts.db, ...summary }, null, 2) + "\n");
  else if (!opts.quiet) process.stdout.write(formatCrawlSummary(summary, opts.db));
  const failures = Object.values(summary.failed).reduce((a, b) => a + b, 0);
  const worked = summary.fetched + summary.notModified + summary.unchanged + summary.duplicates + summary.feeds + summary.redirects;
  if (summary.interrupted || (failures > 0 && worked === 0)) process.exitCode = 1;
}

/** A bar on a terminal; otherwise the log (pino JSON lines, the same as `banwatch run`): what cron and log collectors want. */
function progressDisplay(tty: boolean, quiet: boolean): { event: (e: CrawlEvent) => void; stop: () => void } {
  if (!tty) {
    const log = createLogger({ quiet, tty: false });
    return { event: (e) => logCrawlEvent(log, e), stop: () => {} };
  }
  const bar = new cliProgress.SingleBar(
    { format: "crawl [{bar}] {value}/{total} | fetched {fetched} | 304 {nm} | failed {failed} | {queues}", hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  let done = 0;
  return {
    event: (e) => {
      if (e.type !== "progress") return;
      done++;
      const queued = Object.values(e.queues).reduce((a, b) => a + b, 0);
      const queues = Object.entries(e.queues)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3)
        .map(([h, n]) => `${new URL(h).host} ${n}`)
        .join(", ");
      const payload = { fetched: e.summary.fetched, nm: e.summary.notModified, failed: Object.values(e.summary.failed).reduce((a, b) => a + b, 0), queues };
      if (!started) {
        bar.start(done + queued, done, payload);
        started = true;
      } else {
        bar.setTotal(done + queued);
        bar.update(done, payload);
      }
    },
    stop: () => started && bar.stop(),
  };
}

export function formatCrawlSummary(s: StoreCrawlSummary, db: string): string {
  const failed = Object.entries(s.failed).sort((a, b) => b[1] - a[1]);
  const rejected = Object.entries(s.rejections);
  const lines = [
    `crawl ${s.crawlId}${s.resumed ? " (resumed)" : ""}, run ${s.runId} into ${db}${s.interrupted ? " -- interrupted, run again to resume" : ""}`,
    `  requests ${s.requests}: fetched ${s.fetched}, not modified ${s.notModified}, unchanged ${s.unchanged}, duplicates ${s.duplicates}, feeds/sitemaps ${s.feeds}, redirects ${s.redirects}`,
    `  robots-denied ${s.robotsDenied}, over the per-host limit ${s.overLimit}, too old ${s.tooOld}, left out by the URL caps ${s.leftOut}, retries ${s.retries}`,
    `  failed ${failed.reduce((a, [, n]) => a + n, 0)}${failed.length ? ": " + failed.map(([r, n]) => `${r} ${n}`).join(", ") : ""}`,
    `  articles stored ${s.articles}, unchanged ${s.stored.unchanged}, rejected ${s.stored.rejected}${rejected.length ? " (" + rejected.map(([r, n]) => `${r} ${n}`).join(", ") + ")" : ""}`,
    `  event mentions written ${s.events}; canonical events in store ${s.canonicalEvents}`,
  ];
  return lines.join("\n") + "\n";
}
