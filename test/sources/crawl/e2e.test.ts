// End to end: the fixture site crawled into a real database through the same
// pipeline as `ingest`, re-crawled, and crawled by the CLI killed with SIGKILL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { gunzipSync } from "node:zlib";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startNewsSite, type Site } from "../../fixtures/site/server.js";
import { openDb } from "../../../src/store/db.js";
import { crawlIntoStore } from "../../../src/sources/crawl/into-store.js";

const BIN = fileURLToPath(new URL("../../../bin/banwatch.js", import.meta.url));
const SINCE_2020 = () => Date.now() - Date.parse("2020-01-01");
const ARTICLES = ["/de/2023/03/tiktok-verbot.html", "/en/2023/03/belgium-tiktok.html", "/en/2023/03/eu-ban.html", "/fr/2023/03/interdiction.html", "/nl/2023/03/verbod.html"];

let news: Site;
let dir: string;
beforeAll(async () => {
  news = await startNewsSite();
  dir = mkdtempSync(join(tmpdir(), "banwatch-crawl-"));
});
afterAll(async () => {
  await news?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const input = () => ({
  feeds: [`${news.base}/en/rss.xml`, `${news.base}/de/atom.xml`, `${news.base}/fr/rdf.xml`],
  sitemaps: [`${news.base}/sitemap_index.xml`],
  maxAgeMs: SINCE_2020(),
  allowPrivate: true,
  delayMs: 10,
});

describe("crawl into the store", () => {
  it("stores the articles with their text and language, and events", async () => {
    const db = openDb(join(dir, "a.db"));
    try {
      const s = await crawlIntoStore(db, input());
      expect(s.articles).toBe(5);
      const rows = db.prepare("SELECT url, lang, outlet, text FROM articles ORDER BY url").all() as { url: string; lang: string; outlet: string; text: string }[];
      expect(rows.map((r) => new URL(r.url).pathname)).toEqual(ARTICLES);
      expect(rows.map((r) => r.lang)).toEqual(["de", "en", "en", "fr", "nl"]);
      const fr = rows.find((r) => r.url.includes("/fr/"))!;
      expect(fr.text).toContain("téléphones professionnels des agents de l’État");
      expect(rows.find((r) => r.url.includes("/nl/"))!.outlet).toBe("De Proefkrant");
      expect(rows.find((r) => r.url.includes("belgium"))!.text).toContain("Belgium has banned the Chinese-owned video app TikTok");
      // Raw bytes and headers kept, so re-extraction never needs a re-fetch.
      const doc = db.prepare("SELECT headers, body, compressed, sha256 FROM documents WHERE uri LIKE '%/fr/%'").get() as { headers: string; body: Buffer; compressed: number; sha256: string };
      expect(JSON.parse(doc.headers)["content-type"]).toMatch(/windows-1252/);
      const bytes = doc.compressed ? gunzipSync(doc.body) : doc.body;
      expect(createHash("sha256").update(bytes).digest("hex")).toBe(doc.sha256);
      // The Belgian ban is read from the crawled page.
      const ev = db.prepare("SELECT count(*) AS n FROM event_mentions m JOIN articles a ON a.id = m.article_id WHERE a.url LIKE '%belgium-tiktok%' AND m.jurisdiction = 'BE'").get() as { n: number };
      expect(ev.n).toBeGreaterThanOrEqual(1);
      const run = db.prepare("SELECT command, status, stored FROM runs WHERE id = ?").get(s.runId);
      expect(run).toEqual({ command: "crawl", status: "ok", stored: 5 });

      // Second run: conditional requests, nothing new stored.
      const docsBefore = (db.prepare("SELECT count(*) AS n FROM documents").get() as { n: number }).n;
      const s2 = await crawlIntoStore(db, input());
      expect(s2.resumed).toBe(false);
      expect(s2.fetched).toBe(0);
      expect(s2.articles).toBe(0);
      expect(s2.notModified).toBeGreaterThan(0);
      expect((db.prepare("SELECT count(*) AS n FROM documents").get() as { n: number }).n).toBe(docsBefore);
    } finally {
      db.close();
    }
  });
});

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI; `killWhen` sees each stderr line and returns true to SIGKILL the process. */
function cli(args: string[], killWhen?: (line: string) => boolean): Promise<Exit> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => {
      const chunk = String(d);
      stderr += chunk;
      if (killWhen && chunk.split("\n").some(killWhen)) child.kill("SIGKILL");
    });
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

describe("banwatch crawl", () => {
  it("killed with SIGKILL mid-way, then restarted, completes with no duplicate documents", async () => {
    const sources = join(dir, "sources.json");
    writeFileSync(
      sources,
      JSON.stringify({
        outlets: [
          { name: "The Fixture Times", lang: "en", feeds: [`${news.base}/en/rss.xml`] },
          { name: "Der Prüfstand", lang: "de", feeds: [`${news.base}/de/atom.xml`] },
          { name: "Le Quotidien d'essai", lang: "fr", feeds: [`${news.base}/fr/rdf.xml`] },
          { name: "De Proefkrant", lang: "nl", sitemaps: [`${news.base}/sitemap_index.xml`] },
        ],
      }),
    );
    const db = join(dir, "killed.db");
    const days = Math.ceil(SINCE_2020() / 86_400_000);
    const args = ["crawl", "--sources", sources, "--db", db, "--allow-private", "--delay", "10ms", "--max-age", `${days}d`];
    const first = await cli(args, (l) => l.includes('"outcome":"fetched"'));
    expect(first.signal).toBe("SIGKILL");

    const second = await cli([...args, "--json"]);
    expect(second.code, second.stderr).toBe(0);
    const summary = JSON.parse(second.stdout);
    expect(summary.resumed).toBe(true);

    const store = openDb(db, { readonly: true });
    try {
      const dups = store.prepare("SELECT uri, count(*) AS n FROM documents GROUP BY uri HAVING n > 1").all();
      expect(dups).toEqual([]);
      const urls = (store.prepare("SELECT url FROM articles ORDER BY url").all() as { url: string }[]).map((r) => new URL(r.url).pathname);
      expect(urls).toEqual(ARTICLES);
      const runs = store.prepare("SELECT status FROM runs ORDER BY id").all();
      expect(runs).toEqual([{ status: "interrupted" }, { status: "ok" }]);
      // The first crawl is finished now; the next run starts afresh.
      expect(store.prepare("SELECT count(*) AS n FROM crawls WHERE finished_at IS NULL").get()).toEqual({ n: 0 });
    } finally {
      store.close();
    }
  }, 120_000);
});
