// The nightly job end to end, as cron runs it: the CLI against a small news site on
// loopback whose feed grows between runs, plus a source that is down.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer, type Server } from "node:http";
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir, hostname } from "node:os";
import { join } from "node:path";
import { openDb } from "../../src/store/db.js";
import { spawnCli, type Exit } from "../spawn-cli.js";


interface Req { path: string; headers: Record<string, unknown> }
let server: Server;
let base = "";
let items = 1;
let delayMs = 0;
const log: Req[] = [];
let dir: string;
let closedPort = 0;

const PUBLISHED = new Date().toISOString();
const article = (n: number) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Story ${n}</title>
<meta property="article:published_time" content="${PUBLISHED}"></head><body><article><h1>Country ${n} bans TikTok on government phones</h1>
<p>The government of Belgium banned TikTok on the work phones of federal officials on Friday, citing security concerns raised by its intelligence services in a report.</p>
<p>Officials must remove the app within a week, the prime minister said in a statement shared with reporters in the capital.</p></article></body></html>`;

function feed(): string {
  const entries = Array.from({ length: items }, (_, i) => `<item><title>Story ${i + 1}</title><link>${base}/a/${i + 1}.html</link><pubDate>${new Date(PUBLISHED).toUTCString()}</pubDate></item>`).join("");
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Daily</title><link>${base}/</link>${entries}</channel></rss>`;
}

function send(req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse, type: string, body: string) {
  const etag = `"${createHash("sha1").update(body).digest("hex").slice(0, 12)}"`;
  if (req.headers["if-none-match"] === etag) {
    res.writeHead(304, { etag });
    return res.end();
  }
  res.writeHead(200, { "content-type": type, etag });
  res.end(body);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "banwatch-nightly-"));
  server = createServer((req, res) => {
    log.push({ path: req.url ?? "/", headers: req.headers });
    const go = () => {
      const m = req.url?.match(/^\/a\/(\d+)\.html$/);
      if (req.url === "/a/feed.xml") return send(req, res, "application/rss+xml", feed());
      if (m && Number(m[1]) <= items) return send(req, res, "text/html; charset=utf-8", article(Number(m[1])));
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
    };
    if (delayMs && req.url?.endsWith(".html")) setTimeout(go, delayMs);
    else go();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const a = server.address();
  base = `http://127.0.0.1:${typeof a === "object" && a ? a.port : 0}`;
  const probe = createServer();
  await new Promise<void>((r) => probe.listen(0, "127.0.0.1", r));
  closedPort = (probe.address() as { port: number }).port;
  await new Promise((r) => probe.close(r));
});
afterAll(async () => {
  server?.closeAllConnections();
  await new Promise((r) => server?.close(r));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const cli = (args: string[], env: Record<string, string> = {}, killWhen?: (s: string) => boolean): Promise<Exit> => spawnCli(args, { env, killWhen });

function sources(withDown: boolean): string {
  const f = join(dir, withDown ? "sources-down.json" : "sources.json");
  const outlets = [{ name: "Daily", lang: "en", feeds: [`${base}/a/feed.xml`] }];
  // A port that was free a moment ago: nothing listens, the connection is refused.
  if (withDown) outlets.push({ name: "Gone", lang: "en", feeds: [`http://127.0.0.1:${closedPort}/feed.xml`] });
  writeFileSync(f, JSON.stringify({ outlets }));
  return f;
}

const count = (db: string, sql: string) => {
  const d = openDb(db, { readonly: true });
  try {
    return (d.prepare(sql).get() as { n: number }).n;
  } finally {
    d.close();
  }
};

describe("banwatch run", () => {
  it("two consecutive runs: the second sends conditional requests and adds only what is new", async () => {
    const db = join(dir, "two.db");
    const args = ["run", "--sources", sources(false), "--db", db, "--allow-private", "--delay", "10", "--json"];
    const first = await cli(args);
    expect(first.code, first.stderr).toBe(0);
    const s1 = JSON.parse(first.stdout);
    expect(s1).toMatchObject({ status: "ok", articles: 1, since: null });
    // Not a terminal: structured JSON log lines on stderr.
    expect(first.stderr.trim().split("\n").every((l) => JSON.parse(l).app === "banwatch")).toBe(true);

    items = 2;
    log.length = 0;
    const second = await cli(args);
    expect(second.code, second.stderr).toBe(0);
    const s2 = JSON.parse(second.stdout);
    expect(s2.articles).toBe(1);
    expect(s2.since).not.toBeNull();
    // The known page is asked for conditionally and not re-read.
    const page1 = log.filter((r) => r.path === "/a/1.html");
    for (const r of page1) expect(r.headers["if-none-match"]).toBeTruthy();
    expect(count(db, "SELECT count(*) n FROM articles")).toBe(2);
    expect(count(db, "SELECT count(*) n FROM documents")).toBe(2);
    expect(count(db, "SELECT count(*) n FROM runs WHERE command = 'run' AND status = 'ok'")).toBe(2);

    // Nothing new: a third run stores nothing.
    const third = await cli(args);
    expect(JSON.parse(third.stdout).articles).toBe(0);
    expect(count(db, "SELECT count(*) n FROM documents")).toBe(2);

    const runs = await cli(["runs", "--db", db, "--json"]);
    expect(runs.code).toBe(0);
    expect(runs.stdout.trim().split("\n").map((l) => JSON.parse(l).status)).toEqual(["ok", "ok", "ok"]);
  }, 120_000);

  it("a source that is down is counted as failed without stopping the others, exit 1", async () => {
    const db = join(dir, "down.db");
    const r = await cli(["run", "--sources", sources(true), "--db", db, "--allow-private", "--delay", "10", "--json"]);
    expect(r.code).toBe(1);
    const s = JSON.parse(r.stdout);
    expect(s.status).toBe("failed");
    const byName = Object.fromEntries(s.sources.map((x: { name: string }) => [x.name, x]));
    expect(byName.Daily.ok).toBe(true);
    expect(byName.Gone.ok).toBe(false);
    expect(count(db, "SELECT count(*) n FROM articles")).toBeGreaterThan(0);
    expect(count(db, "SELECT count(*) n FROM runs WHERE status = 'failed'")).toBe(1);
  }, 120_000);

  it("refuses a concurrent run at once with its own exit status", async () => {
    const db = join(dir, "locked.db");
    // This test process is alive: its lock is not stale.
    writeFileSync(`${db}.lock`, JSON.stringify({ pid: process.pid, host: hostname(), startedAt: new Date().toISOString() }));
    const r = await cli(["run", "--sources", sources(false), "--db", db, "--allow-private"]);
    expect(r.code).toBe(75);
    expect(r.stderr).toMatch(/another banwatch run \(pid \d+/);
    expect(existsSync(db)).toBe(false);
    rmSync(`${db}.lock`);
  }, 60_000);

  it("a run killed mid-way leaves the database consistent, and the next run completes the work", async () => {
    const db = join(dir, "killed.db");
    items = 4;
    delayMs = 300;
    const args = ["run", "--sources", sources(false), "--db", db, "--allow-private", "--delay", "10", "--json"];
    const first = await cli(args, {}, (s) => /"msg":"fetched".*\/a\/\d\.html/.test(s) || /"url":"[^"]*\/a\/\d\.html"/.test(s));
    expect(first.signal).toBe("SIGKILL");
    expect(existsSync(`${db}.lock`)).toBe(true);
    delayMs = 0;
    const second = await cli(args);
    expect(second.code, second.stderr).toBe(0);
    expect(JSON.parse(second.stdout).lockTakenOver).toBe(true);
    expect(count(db, "SELECT count(*) n FROM articles")).toBe(4);
    expect(count(db, "SELECT count(*) n FROM (SELECT uri FROM documents GROUP BY uri HAVING count(*) > 1)")).toBe(0);
    expect(count(db, "SELECT count(*) n FROM runs WHERE status = 'interrupted'")).toBe(1);
    expect(existsSync(`${db}.lock`)).toBe(false);
  }, 120_000);

  it("reports a configuration error with the field before anything runs, exit 2", async () => {
    const db = join(dir, "config.db");
    const r = await cli(["run", "--sources", sources(false), "--db", db], { BANWATCH_DELAY_MS: "soon" });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/environment: delayMs: must be an integer/);
    expect(existsSync(db)).toBe(false);
    const r2 = await cli(["run", "--db", db]);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/no sources/);
  }, 60_000);
});
