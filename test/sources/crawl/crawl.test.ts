import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer, type AddressInfo } from "node:net";
import { startNewsSite, startTroubleSite, type Site } from "../../fixtures/site/server.js";
import { MemoryFrontier } from "../../../src/sources/crawl/frontier.js";
import { urlId } from "../../../src/sources/crawl/url.js";
import { decodeHtml } from "../../../src/content/html/decode.js";
import { gaps, pathOf, runCrawl } from "./helpers.js";

let news: Site;
let trouble: Site;
beforeAll(async () => {
  news = await startNewsSite();
  trouble = await startTroubleSite({ slowMs: 1500, bigBytes: 200_000 });
});
afterAll(async () => {
  await news?.close();
  await trouble?.close();
});

const SINCE_2020 = () => Date.now() - Date.parse("2020-01-01");

describe("crawl of the fixture news site", () => {
  const store = new MemoryFrontier();
  const EXPECTED = [
    "/en/",
    "/en/2023/03/belgium-tiktok.html",
    "/en/2023/03/eu-ban.html",
    "/de/2023/03/tiktok-verbot.html",
    "/fr/2023/03/interdiction.html",
    "/nl/2023/03/verbod.html",
  ];

  it("fetches the articles of seeds, feeds and the sitemap index, politely", async () => {
    const { summary, docs } = await runCrawl({
      store,
      seeds: [`${news.base}/en/`],
      feeds: [`${news.base}/de/atom.xml`, `${news.base}/fr/rdf.xml`],
      sitemaps: [`${news.base}/sitemap_index.xml`],
      maxAgeMs: SINCE_2020(),
    });
    expect(docs.map((d) => pathOf(d.uri)).sort()).toEqual([...EXPECTED].sort());
    expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);
    for (const d of docs) expect(d.id).toBe(urlId(d.uri));

    const paths = news.paths();
    // robots.txt first and once; the disallowed section never requested.
    expect(paths[0]).toBe("/robots.txt");
    expect(paths.filter((p) => p === "/robots.txt")).toHaveLength(1);
    expect(paths.some((p) => p.startsWith("/private/"))).toBe(false);
    expect(summary.robotsDenied).toBeGreaterThanOrEqual(1);
    // Too old by feed/sitemap date; off-site and image links not followed.
    expect(paths).not.toContain("/en/2001/old.html");
    expect(paths).not.toContain("/sitemaps/archive.xml");
    expect(paths.some((p) => p.includes("logo.png"))).toBe(false);
    // The feed named by <link rel="alternate"> on the seed page was read.
    expect(paths).toContain("/en/rss.xml");
    expect(summary.tooOld).toBeGreaterThanOrEqual(2);
    // utm_* variants collapse into one URL: the article is requested at most once.
    expect(paths.filter((p) => p.startsWith("/en/2023/03/belgium-tiktok.html")).length).toBeLessThanOrEqual(1);

    // Crawl-delay 0.2 s (larger than the configured 50 ms) between all requests to the host.
    const g = gaps(news.log.map((r) => r.t));
    expect(Math.min(...g)).toBeGreaterThanOrEqual(195);
    // The user agent names banwatch.
    expect(String(news.log[1].headers["user-agent"])).toMatch(/banwatch/);
  });

  it("keeps hints and decodes the windows-1252 page", async () => {
    // Reads the documents back from the first run's frontier state.
    const fr = store.get(`${news.base}/fr/2023/03/interdiction.html`)!;
    expect(fr.outcome).toBe("fetched");
    expect(fr.hints).toMatchObject({ lang: "fr" });
    expect(store.get(`${news.base}/nl/2023/03/verbod.html`)!.hints).toMatchObject({ lang: "nl", outlet: "De Proefkrant" });
    expect(store.get(`${news.base}/de/2023/03/tiktok-verbot.html`)!.hints).toMatchObject({ lang: "de" });
  });

  it("sends conditional requests on the second run and hands on nothing new", async () => {
    const before = news.log.length;
    const { summary, docs } = await runCrawl({
      store,
      seeds: [`${news.base}/en/`],
      feeds: [`${news.base}/de/atom.xml`, `${news.base}/fr/rdf.xml`],
      sitemaps: [`${news.base}/sitemap_index.xml`],
      maxAgeMs: SINCE_2020(),
    });
    expect(summary.resumed).toBe(false);
    expect(docs).toHaveLength(0);
    const second = news.log.slice(before).filter((r) => r.path !== "/robots.txt");
    expect(second.length).toBeGreaterThan(0);
    for (const r of second) expect(r.headers["if-none-match"], r.path).toBeTruthy();
    expect(second.every((r) => r.status === 304)).toBe(true);
    expect(summary.notModified).toBe(second.length);
  });
});

describe("windows-1252 page", () => {
  it("is stored as sent and reads correctly", async () => {
    const { docs } = await runCrawl({ seeds: [`${news.base}/fr/2023/03/interdiction.html`] });
    expect(docs).toHaveLength(1);
    expect(docs[0].contentType).toMatch(/windows-1252/);
    expect(docs[0].hints?.lang).toBe("fr");
    expect(decodeHtml(docs[0].bytes, docs[0].contentType).text).toContain("téléphones professionnels des agents de l’État");
  });
});

describe("failures on the trouble site", () => {
  it("retries what may recover, records the rest once", async () => {
    const seeds = ["/flaky", "/slow", "/stall", "/loop/a", "/big", "/big-chunked", "/missing", "/down", "/moved", "/dup1.html", "/dup2.html", "/to-private"];
    const store = new MemoryFrontier();
    const { summary, docs } = await runCrawl({ store, seeds: seeds.map((p) => trouble.base + p) });
    const hits = (p: string) => trouble.log.filter((r) => r.path === p);

    // 503 + Retry-After: 1 -> one retry, no sooner than a second later, then stored.
    const flaky = hits("/flaky");
    expect(flaky.map((r) => r.status)).toEqual([503, 200]);
    expect(flaky[1].t - flaky[0].t).toBeGreaterThanOrEqual(1000);
    // Retryable failures: tried maxAttempts (3) times, then failed with their reason.
    expect(hits("/slow")).toHaveLength(3);
    expect(hits("/stall")).toHaveLength(3); // headers came; the body stalled past bodyTimeout
    expect(hits("/down")).toHaveLength(3);
    expect(summary.failed).toMatchObject({ timeout: 2, http_500: 1 });
    // Not retryable: requested once.
    for (const p of ["/missing", "/big", "/big-chunked", "/loop/a", "/loop/b", "/to-private"]) expect(hits(p), p).toHaveLength(1);
    expect(summary.failed).toMatchObject({ http_404: 1, too_large: 2, redirect_loop: 1, bad_redirect: 1 });
    expect(store.get(trouble.base + "/missing")).toMatchObject({ state: "failed", lastError: "http_404", attempts: 1 });

    const uris = docs.map((d) => pathOf(d.uri)).sort();
    // The redirect target is stored under its normalised URL; identical bytes are stored once.
    expect(uris).toHaveLength(3);
    expect(uris).toContain("/flaky");
    expect(uris).toContain("/moved-here.html");
    expect(uris.filter((u) => u.startsWith("/dup"))).toHaveLength(1);
    expect(summary.duplicates).toBe(1);
    expect(summary.retries).toBe(7); // flaky 1, slow 2, stall 2, down 2

    // No robots.txt (404) means no rules; the configured 50 ms gap still holds.
    expect(Math.min(...gaps(trouble.log.map((r) => r.t)))).toBeGreaterThanOrEqual(45);
  });
});

describe("a host that is down", () => {
  it("costs maxAttempts robots.txt requests in all, and fails each of its URLs once", async () => {
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, "127.0.0.1", r));
    const port = (probe.address() as AddressInfo).port;
    await new Promise((r) => probe.close(r));
    const { summary } = await runCrawl({ seeds: ["/a", "/b", "/c"].map((p) => `http://127.0.0.1:${port}${p}`) });
    expect(summary.failed).toEqual({ net_econnrefused: 3 });
    expect(summary.requests).toBe(3); // robots.txt tried three times, the pages never
  });
});

describe("per-outlet delay", () => {
  it("keeps an outlet's delayMs between requests to its host", async () => {
    const before = trouble.log.length;
    const { docs } = await runCrawl({
      outlets: [{ name: "Trouble", feeds: [], sitemaps: [], seeds: ["/moved", "/dup1.html", "/moved-here.html"].map((p) => trouble.base + p), delayMs: 150 }],
    });
    expect(docs.map((d) => d.hints?.outlet)).toEqual(["Trouble", "Trouble"]);
    expect(Math.min(...gaps(trouble.log.slice(before).map((r) => r.t)))).toBeGreaterThanOrEqual(145);
  });
});

describe("SSRF guard", () => {
  it("refuses loopback addresses, literal or resolved, without allowPrivate", async () => {
    const before = news.log.length;
    const port = new URL(news.base).port;
    const { summary, docs } = await runCrawl({
      allowPrivate: false,
      seeds: [`${news.base}/en/`, `http://localhost:${port}/de/atom.xml`],
    });
    expect(docs).toHaveLength(0);
    expect(summary.failed.private_address).toBe(2);
    expect(news.log.length).toBe(before); // not a single request reached the server
  });
});

describe("limits and resumption", () => {
  it("stops at max pages per host", async () => {
    const { summary, docs } = await runCrawl({ seeds: [`${news.base}/en/`], maxPagesPerHost: 2 });
    expect(docs.length).toBeLessThanOrEqual(2);
    expect(summary.overLimit).toBeGreaterThan(0);
  });

  it("a crawl stopped mid-way resumes without fetching a page twice", async () => {
    const store = new MemoryFrontier();
    const input = {
      store,
      feeds: [`${news.base}/en/rss.xml`, `${news.base}/de/atom.xml`],
      sitemaps: [`${news.base}/sitemap_index.xml`],
      maxAgeMs: SINCE_2020(),
      delayMs: 10,
    };
    const ac = new AbortController();
    const first = await runCrawl({ ...input, signal: ac.signal, onEvent: (e) => e.type === "url" && e.outcome === "fetched" && ac.abort() });
    expect(first.summary.interrupted).toBe(true);
    expect(first.docs.length).toBeGreaterThanOrEqual(1);
    const second = await runCrawl(input);
    expect(second.summary.resumed).toBe(true);
    const all = [...first.docs, ...second.docs].map((d) => pathOf(d.uri));
    expect(new Set(all).size).toBe(all.length);
    expect(all.sort()).toEqual(["/de/2023/03/tiktok-verbot.html", "/en/2023/03/belgium-tiktok.html", "/en/2023/03/eu-ban.html", "/nl/2023/03/verbod.html"]);
  });
});
