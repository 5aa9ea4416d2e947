// `banwatch crawl` minus the command line: a crawl whose pages go through the same
// Pipeline as `ingest`, with the frontier in the same database and the run recorded.
import type { DB } from "../../store/db.js";
import { Pipeline } from "../../pipeline.js";
import { startRun, finishRun, emptyCounts, type RunCounts } from "../../store/runs.js";
import { updateEvents } from "../../store/canonical.js";
import { crawl, type CrawlOptions, type CrawlSummary } from "./crawler.js";
import { SqliteFrontier } from "./sqlite-frontier.js";

export interface StoreCrawlOptions extends Omit<CrawlOptions, "store" | "onDocument"> {
  /** Largest input the content stage accepts (the fetch cap is http.maxBytes). */
  maxBytes?: number;
  /** Name recorded in runs.command: "crawl", or "run" for the nightly job. */
  command?: string;
}

export interface StoreCrawlSummary extends CrawlSummary {
  runId: number;
  articles: number; // new or changed articles stored
  stored: Omit<RunCounts, "details" | "errors">; // what the pipeline made of the fetched pages
  rejections: Record<string, number>; // pages fetched but not usable, by reason
  events: number; // event mentions written
  canonicalEvents: number;
}

export async function crawlIntoStore(db: DB, opts: StoreCrawlOptions): Promise<StoreCrawlSummary> {
  const runId = startRun(db, opts.command ?? "crawl");
  const pipeline = await Pipeline.open(db, opts.maxBytes);
  const counts = emptyCounts();
  const rejections: Record<string, number> = {};
  let summary: CrawlSummary | undefined;
  try {
    const { maxBytes: _m, command: _c, ...crawlOpts } = opts;
    summary = await crawl({
      ...crawlOpts,
      store: new SqliteFrontier(db),
      onDocument: async (raw) => {
        counts.read++;
        const o = pipeline.process(raw, runId, raw.hints?.outlet);
        if (o.status === "stored") counts.stored++;
        else if (o.status === "unchanged") counts.unchanged++;
        else {
          counts.rejected++;
          const r = o.rejection!.reason;
          rejections[r] = (rejections[r] ?? 0) + 1;
        }
        counts.events += o.events;
      },
    });
    const canonicalEvents = updateEvents(db);
    counts.errors = { ...summary.failed, ...prefixed(rejections) };
    counts.details = { crawl: summary };
    finishRun(db, runId, summary.interrupted ? "interrupted" : "ok", counts);
    const { read, stored, unchanged, rejected, events } = counts;
    return { ...summary, runId, articles: stored, stored: { read, stored, unchanged, rejected, events }, rejections, events, canonicalEvents };
  } catch (e) {
    finishRun(db, runId, "failed", { ...counts, errors: { ...counts.errors, fatal: 1 }, details: { error: String((e as Error).message ?? e) } });
    throw e;
  }
}

/** Rejections counted apart from fetch failures in runs.errors. */
const prefixed = (r: Record<string, number>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [`rejected_${k}`, v]));
