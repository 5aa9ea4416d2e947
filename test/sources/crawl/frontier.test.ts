// One contract, two stores: the in-memory frontier and the SQLite one behave alike.
import { describe, expect, it } from "vitest";
import { openDb } from "../../../src/store/db.js";
import { MemoryFrontier, type FrontierStore } from "../../../src/sources/crawl/frontier.js";
import { SqliteFrontier } from "../../../src/sources/crawl/sqlite-frontier.js";

const stores: Array<[string, () => FrontierStore]> = [
  ["memory", () => new MemoryFrontier()],
  ["sqlite", () => new SqliteFrontier(openDb(":memory:"))],
];

describe.each(stores)("%s frontier", (_, make) => {
  it("de-duplicates within a crawl and re-queues in the next, keeping validators", () => {
    const f = make();
    const { crawlId, resumed } = f.openCrawl("2024-01-01T00:00:00Z");
    expect(resumed).toBe(false);
    const url = "https://e.com/a";
    expect(f.enqueue(crawlId, { url, kind: "page", depth: 1, hints: { lang: "fr" } })).toBe(true);
    expect(f.enqueue(crawlId, { url, kind: "page", depth: 1, hints: {} })).toBe(false);
    expect(f.get(url)).toMatchObject({ host: "https://e.com", state: "queued", hints: { lang: "fr" }, redirectChain: [] });
    f.update(url, { state: "done", outcome: "fetched", etag: '"x"', contentHash: "h1", attempts: 1 });
    expect(f.queued(crawlId)).toHaveLength(0);
    expect(f.urlWithContentHash("h1", "https://e.com/b")).toBe(url);
    expect(f.urlWithContentHash("h1", url)).toBeUndefined();

    // Not finished: the next open resumes the same crawl.
    expect(f.openCrawl("later")).toEqual({ crawlId, resumed: true });
    f.closeCrawl(crawlId, "2024-01-01T01:00:00Z");
    const next = f.openCrawl("2024-01-02T00:00:00Z");
    expect(next).toEqual({ crawlId: crawlId + 1, resumed: false });
    expect(f.enqueue(next.crawlId, { url, kind: "page", depth: 0, hints: {} })).toBe(true);
    expect(f.get(url)).toMatchObject({ state: "queued", attempts: 0, etag: '"x"', contentHash: "h1", depth: 0 });
    expect(f.queued(next.crawlId).map((e) => e.url)).toEqual([url]);
  });

  it("keeps per-host next-allowed times", () => {
    const f = make();
    expect(f.hostNextAllowed("https://e.com")).toBe(0);
    f.setHostNextAllowed("https://e.com", 1234);
    expect(f.hostNextAllowed("https://e.com")).toBe(1234);
  });
});
