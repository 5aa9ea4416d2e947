// `banwatch run`: the unattended nightly job. One run at a time (lock), every source's
// feeds and sitemaps crawled for what is new since the last successful run, articles
// through the same pipeline as ingest, canonical events rebuilt, old raw bodies pruned,
// and a verdict per source against the failure threshold.
import type { Logger } from "pino";
import type { Config } from "../config.js";
import type { Outlet } from "../sources/crawl/sources-file.js";
import { crawlIntoStore, type StoreCrawlSummary } from "../sources/crawl/into-store.js";
import { openDb } from "../store/db.js";
import { pruneDocuments } from "../store/retention.js";
import { acquireLock } from "./lock.js";
import { logCrawlEvent } from "./log.js";

/** Feed items a little older than the last successful run are still read (clock skew, late feeds). */
const SINCE_MARGIN_MS = 24 * 3600_000;

export interface SourceReport {
  name: string;
  requests: number;
  documents: number;
  failed: number;
  failures: Record<string, number>;
  ok: boolean;
  why?: string;
}

export interface NightlySummary {
  /** As runs.status records it: "failed" when a source failed beyond the threshold. */
  status: "ok" | "failed" | "interrupted";
  runId: number;
  since: string | null;
  lockTakenOver: boolean;
  sources: SourceReport[];
  fetched: number;
  notModified: number;
  articles: number;
  events: number;
  canonicalEvents: number;
  rejected: Record<string, number>;
  failed: Record<string, number>;
  robotsDenied: number;
  pruned: number;
}

export interface NightlyOptions {
  allowPrivate?: boolean;
  signal?: AbortSignal;
  log: Logger;
}

export async function runNightly(config: Config, outlets: Outlet[], opts: NightlyOptions): Promise<NightlySummary> {
  const lock = acquireLock(`${config.db}.lock`, { staleMinutes: config.staleLockMinutes });
  if (lock.takenOver) opts.log.warn({ previous: lock.takenOver }, "took over a stale lock left by a run that is gone");
  const db = openDb(config.db);
  try {
    const last = db.prepare("SELECT max(started_at) AS t FROM runs WHERE command = 'run' AND status = 'ok'").get() as { t: string | null };
    const maxAgeMs = last.t ? Date.now() - Date.parse(last.t) + SINCE_MARGIN_MS : undefined;
    opts.log.info({ db: config.db, sources: outlets.length, since: last.t }, "nightly run starts");

    // Requests are credited to the source the URL was found through (its outlet hint),
    // never by host: two sources on one host are judged apart.
    const reports = outlets.map((o): SourceReport => ({ name: o.name, requests: 0, documents: 0, failed: 0, failures: {}, ok: true }));
    const byName = new Map(reports.map((r) => [r.name, r]));
    const reportFor = (outlet: string | undefined) => (outlet === undefined ? undefined : byName.get(outlet));

    const summary: StoreCrawlSummary = await crawlIntoStore(db, {
      outlets,
      command: "run",
      userAgent: config.userAgent,
      delayMs: config.delayMs,
      concurrency: config.concurrency,
      maxAgeMs,
      allowPrivate: opts.allowPrivate,
      http: { maxBytes: config.maxBytes },
      signal: opts.signal,
      onEvent: (e) => {
        if (e.type === "url") {
          const r = reportFor(e.outlet);
          if (r) {
            r.requests++;
            if (e.kind === "page" && e.outcome !== "error") r.documents++;
          }
        } else if (e.type === "failed") {
          const r = reportFor(e.outlet);
          if (r) {
            r.requests++;
            r.failed++;
            r.failures[e.reason] = (r.failures[e.reason] ?? 0) + 1;
          }
        }
        logCrawlEvent(opts.log, e);
      },
    });

    for (const r of reports) {
      const share = r.requests ? r.failed / r.requests : 0;
      if (r.requests === 0) {
        r.ok = false;
        r.why = "no request succeeded or none was made";
      } else if (r.failed === r.requests) {
        r.ok = false;
        r.why = "every request failed";
      } else if (share > config.failureThreshold) {
        r.ok = false;
        r.why = `${Math.round(share * 100)}% of requests failed (threshold ${Math.round(config.failureThreshold * 100)}%)`;
      }
      if (!r.ok) opts.log.error({ outlet: r.name, failures: r.failures, why: r.why }, "source failed");
    }
    const pruned = config.retentionDays ? pruneDocuments(db, config.retentionDays) : 0;
    if (pruned) opts.log.info({ pruned, retentionDays: config.retentionDays }, "pruned raw bodies past retention");
    const status = summary.interrupted ? "interrupted" : reports.some((r) => !r.ok) ? "failed" : "ok";
    const out: NightlySummary = {
      status, runId: summary.runId, since: last.t, lockTakenOver: !!lock.takenOver, sources: reports,
      fetched: summary.fetched, notModified: summary.notModified, articles: summary.articles, events: summary.events,
      canonicalEvents: summary.canonicalEvents, rejected: summary.rejections, failed: summary.failed,
      robotsDenied: summary.robotsDenied, pruned,
    };
    // The run row's status says whether the sources met the threshold.
    db.prepare("UPDATE runs SET status = ?, details = json_set(details, '$.sources', json(?)) WHERE id = ?")
      .run(status, JSON.stringify(reports), summary.runId);
    opts.log.info({ run: summary.runId, status, articles: out.articles, events: out.events }, "nightly run ends");
    return out;
  } finally {
    db.close();
    lock.release();
  }
}
