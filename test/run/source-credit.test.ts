// Two sources on one host: each is credited with its own requests, so neither is
// marked failed and the run is ok (issue 15: requests were credited by host).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer, type Server } from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import { DEFAULTS } from "../../src/config.js";
import { runNightly } from "../../src/run/nightly.js";
import { parseSources } from "../../src/sources/crawl/sources-file.js";

let server: Server;
let base = "";
let dir = "";
const page = (n: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${n}</title></head><body><article>
<p>The government of Belgium banned TikTok on the work phones of federal officials on Friday, citing security concerns (${n}).</p>
<p>Officials must remove the app within a week, the prime minister said in a statement shared with reporters.</p></article></body></html>`;
const feed = (n: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>${n}</title><link>${base}/</link>
<item><title>${n}</title><link>${base}/${n}/story.html</link></item></channel></rss>`;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "banwatch-credit-"));
  server = createServer((req, res) => {
    const m = req.url?.match(/^\/(news|sport)\/(feed\.xml|story\.html)$/);
    if (!m) return res.writeHead(404).end();
    res.writeHead(200, { "content-type": m[2] === "feed.xml" ? "application/rss+xml" : "text/html; charset=utf-8" });
    res.end(m[2] === "feed.xml" ? feed(m[1]) : page(m[1]));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  rmSync(dir, { recursive: true, force: true });
});

describe("nightly run: sources on one host", () => {
  it("credits each source with its own requests", async () => {
    const outlets = parseSources({ outlets: [{ name: "News", feeds: [`${base}/news/feed.xml`] }, { name: "Sport", feeds: [`${base}/sport/feed.xml`] }] });
    const config = { ...DEFAULTS, db: join(dir, "b.db"), delayMs: 0 };
    const s = await runNightly(config, outlets, { allowPrivate: true, log: pino({ level: "silent" }) });
    expect(s.sources.map((r) => [r.name, r.ok, r.requests, r.documents])).toEqual([
      ["News", true, 2, 1],
      ["Sport", true, 2, 1],
    ]);
    expect(s.status).toBe("ok");
  });

  it("refuses two outlets with one name (they could not be told apart)", () => {
    expect(() => parseSources({ outlets: [{ name: "A", feeds: ["https://a.example/f"] }, { name: "A", feeds: ["https://b.example/f"] }] })).toThrow(/used twice/);
  });
});
