// URL lists (`crawl --urls`): listed pages only, under the crawler's rules; frontier caps
// per sitemap and per crawl, with a count of what was left out; and a plain
// `banwatch crawl --db F` resuming an interrupted crawl.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer, type Server } from "node:http";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startNewsSite, type Site } from "../../fixtures/site/server.js";
import { parseUrlList, UrlListError } from "../../../src/sources/crawl/url-list.js";
import { runCrawl, pathOf } from "./helpers.js";
import { spawnCli } from "../../spawn-cli.js";

let news: Site;
let big: Server;
let bigBase = "";
let dir = "";
const N = 60;

beforeAll(async () => {
  news = await startNewsSite();
  dir = mkdtempSync(join(tmpdir(), "banwatch-urls-"));
  // A sitemap listing N pages, and a sitemap index listing N sitemaps.
  big = createServer((req, res) => {
    const path = req.url ?? "/";
    if (path === "/robots.txt") return res.writeHead(404).end();
    if (path === "/sitemap.xml" || path === "/index.xml" || path.startsWith("/sitemap/")) {
      const tag = path === "/index.xml" ? "sitemap" : "url";
      const set = path === "/index.xml" ? "sitemapindex" : "urlset";
      const items = Array.from({ length: N }, (_, i) => `<${tag}><loc>${bigBase}/${tag}/${i}${tag === "url" ? ".html" : ".xml"}</loc></${tag}>`).join("");
      res.writeHead(200, { "content-type": "application/xml" });
      return res.end(`<?xml version="1.0"?><${set} xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${items}</${set}>`);
    }
    res.writeHead(404, { "content-type": "text/plain" }).end("gone");
  });
  await new Promise<void>((r) => big.listen(0, "127.0.0.1", r));
  bigBase = `http://127.0.0.1:${(big.address() as { port: number }).port}`;
});
afterAll(async () => {
  await news?.close();
  big?.closeAllConnections();
  await new Promise((r) => big?.close(r));
  rmSync(dir, { recursive: true, force: true });
});

const cli = (args: string[], killWhen?: (s: string) => boolean) => spawnCli(args, { killWhen });

describe("crawl --urls", () => {
  it("reads a URL list: comments and blank lines skipped, a bad line named by its number", () => {
    expect(parseUrlList("# list\nhttps://a.example/x\n\n  http://b.example/y  \n")).toEqual(["https://a.example/x", "http://b.example/y"]);
    expect(() => parseUrlList("https://a.example/x\nftp://b.example/y", "list.txt")).toThrow(UrlListError);
    expect(() => parseUrlList("https://a.example/x\nnot a url", "list.txt")).toThrow(/list\.txt:2/);
  });

  it("fetches the listed pages only: robots obeyed, no feeds discovered, no links followed", async () => {
    const urls = [`${news.base}/en/2023/03/belgium-tiktok.html`, `${news.base}/private/secret.html`];
    const { summary, docs } = await runCrawl({ urls, maxDepth: 3 });
    expect(docs.map((d) => pathOf(d.uri))).toEqual(["/en/2023/03/belgium-tiktok.html"]);
    expect(summary.robotsDenied).toBe(1);
    expect(summary.feeds).toBe(0);
    const paths = news.log.map((r) => r.path).filter((p) => p !== "/robots.txt");
    expect(paths).toEqual(["/en/2023/03/belgium-tiktok.html"]);
  });

  it("is a crawl command: the listed page lands in the store", async () => {
    const list = join(dir, "urls.txt");
    writeFileSync(list, `# one article\n${news.base}/en/2023/03/belgium-tiktok.html\n`);
    const r = await cli(["crawl", "--urls", list, "--db", join(dir, "urls.db"), "--allow-private", "--delay", "10ms", "--json"]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ fetched: 1, articles: 1, feeds: 0 });
    // The log is pino's, as `banwatch run` writes it: numeric levels, a message, one field vocabulary.
    const log = r.stderr.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(log.find((l) => l.msg === "fetched")).toMatchObject({ level: 30, app: "banwatch", kind: "page", status: 200, outcome: "fetched" });
    expect(log.every((l) => typeof l.level === "number" && typeof l.msg === "string")).toBe(true);
    const bad = join(dir, "bad.txt");
    writeFileSync(bad, "nonsense\n");
    const b = await cli(["crawl", "--urls", bad, "--db", join(dir, "urls.db")]);
    expect([b.code, b.stderr.trim().split("\n").length]).toEqual([2, 1]);
  });
});

describe("frontier caps", () => {
  it("takes at most maxUrlsPerSitemap URLs from one sitemap and counts the rest", async () => {
    const events: unknown[] = [];
    const { summary } = await runCrawl({ sitemaps: [`${bigBase}/sitemap.xml`], maxUrlsPerSitemap: 10, onEvent: (e) => e.type === "capped" && events.push(e) });
    expect(summary.leftOut).toBe(N - 10);
    expect(summary.failed.http_404).toBe(10); // the ten taken were requested (and are 404 here)
    expect(events).toEqual([{ type: "capped", url: `${bigBase}/sitemap.xml`, kind: "sitemap", left: N - 10, reason: "per_sitemap" }]);
  });

  it("queues at most maxUrlsPerCrawl URLs in one crawl, across sitemaps", async () => {
    const { summary } = await runCrawl({ sitemaps: [`${bigBase}/index.xml`], maxUrlsPerCrawl: 5, maxUrlsPerSitemap: 100 });
    // The index itself is one of the five; four of its sitemaps are queued, and each of them lists N pages, all left out.
    expect(summary.leftOut).toBe(N - 4 + 4 * N);
    expect(summary.requests).toBeLessThanOrEqual(6); // robots.txt + the five queued
  });
});

describe("crawl resumes without its flags", () => {
  it("`banwatch crawl --db F` resumes the last interrupted crawl", async () => {
    const db = join(dir, "resume.db");
    const feeds = ["--feed", `${news.base}/en/rss.xml`, "--feed", `${news.base}/de/atom.xml`, "--sitemap", `${news.base}/sitemap_index.xml`];
    const first = await cli(["crawl", ...feeds, "--db", db, "--allow-private", "--delay", "200ms", "--max-age", "100000d"], (s) => s.includes('"outcome":"fetched"'));
    expect(first.signal).toBe("SIGKILL");
    const second = await cli(["crawl", "--db", db, "--allow-private", "--delay", "10ms", "--json"]);
    expect(second.code, second.stderr).toBe(0);
    expect(JSON.parse(second.stdout).resumed).toBe(true);
    // Finished now: nothing left to resume, which is a usage error with one line.
    const third = await cli(["crawl", "--db", db]);
    expect(third.code).toBe(2);
    expect(third.stderr).toMatch(/nothing to resume/);
  });
});
