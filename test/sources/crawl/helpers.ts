// Shared crawl options for the fixture tests: short delays, quick retries and
// private addresses allowed (the fixture listens on 127.0.0.1).
import type { RawDocument } from "../../../src/types.js";
import { crawl, type CrawlOptions, type CrawlSummary } from "../../../src/sources/crawl/crawler.js";
import { MemoryFrontier, type FrontierStore } from "../../../src/sources/crawl/frontier.js";

export interface Run {
  summary: CrawlSummary;
  docs: RawDocument[];
}

export async function runCrawl(opts: Partial<CrawlOptions> & { store?: FrontierStore }): Promise<Run> {
  const docs: RawDocument[] = [];
  const summary = await crawl({
    store: opts.store ?? new MemoryFrontier(),
    onDocument: async (d) => {
      docs.push(d);
    },
    allowPrivate: true,
    delayMs: 50,
    concurrency: 4,
    retry: { baseDelayMs: 50, maxAttempts: 3 },
    http: { headersTimeoutMs: 400, bodyTimeoutMs: 400, totalTimeoutMs: 3000, maxBytes: 100_000 },
    ...opts,
  });
  return { summary, docs };
}

/** Start-to-start gaps between consecutive requests in a server log, in ms. */
export const gaps = (times: number[]) => times.slice(1).map((t, i) => t - times[i]);

export const pathOf = (u: string) => {
  const x = new URL(u);
  return x.pathname + x.search;
};
