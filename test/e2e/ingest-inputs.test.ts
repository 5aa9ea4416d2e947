// Issue 14 (items 1-3, 5, 6) and issue 16 (rows 6, 12, timeout): what researchers already
// hold — WARC archives, JSON lines of other tools, stdin — into the store, with articles
// named by canonical URL or path and one article per content.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, cpSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { openDb, type DB } from "../../src/store/db.js";
import { ingestPaths } from "../../src/pipeline.js";
import { CORPUS, ccNewsWarc, corpusArticle, corpusText, page } from "../sources/fixtures.js";

let dir: string;
let db: DB;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "banwatch-inputs-"));
  db = openDb(join(dir, "t.db"));
});
afterAll(() => {
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});
const rows = (sql: string, ...p: unknown[]) => db.prepare(sql).all(...p) as Record<string, unknown>[];
const folder = (name: string) => { const d = join(dir, name); mkdirSync(d, { recursive: true }); return d; };

describe("ingest a CC-NEWS-style .warc.gz", () => {
  it("stores every HTML response with its language and events, and counts skipped records by kind", async () => {
    const d = folder("warc");
    writeFileSync(join(d, "CC-NEWS-20230310.warc.gz"), await ccNewsWarc());
    const s = await ingestPaths(db, [d]);
    expect(s.skipped).toEqual({ "warc:application/pdf": 1, "warc:redirect": 1, "warc:request": 1, "warc:warcinfo": 1 });
    expect(s.stored).toBe(3);
    expect(s.rejected).toBe(0);
    const arts = rows(`SELECT a.url, a.lang, d.source, (SELECT count(*) FROM event_mentions m WHERE m.article_id = a.id) AS events
      FROM articles a JOIN documents d ON d.id = a.document_id ORDER BY a.url`);
    expect(arts.map((a) => [a.url, a.lang, a.source])).toEqual([
      ["https://news.example.com/2023/03/10/belgium-tiktok", "en", "warc"],
      ["https://nieuws.example.nl/tiktok-commissie", "nl", "warc"],
      ["https://novosti.example.ru/tiktok", "ru", "warc"],
    ]);
    expect(arts[0].events).toBeGreaterThan(0);
    const en = rows("SELECT target, jurisdiction FROM event_mentions m JOIN articles a ON a.id = m.article_id WHERE a.lang = 'en' AND m.main = 1");
    expect(en).toContainEqual({ target: "TikTok", jurisdiction: "BE" });
    const ru = rows("SELECT text FROM articles WHERE lang = 'ru'")[0].text as string;
    expect(ru).toContain("служебных телефонах"); // windows-1251 without a declaration, read right
  });
});

describe("ingest JSON lines of other tools", () => {
  it("reads news-please, Fundus and trafilatura lines; a broken line is a rejection naming its line", async () => {
    const d = folder("jsonl");
    const a = corpusArticle("001_6cdbbb912da3131c");
    const b = corpusArticle("002_b00bb61414f3dd3b");
    const c = corpusArticle("000_8ed593b27608a371");
    writeFileSync(join(d, "news-please.jsonl"), JSON.stringify({ title: a.title, maintext: a.paragraphs.join("\n"), date_publish: "2023-03-10 14:02:00",
      language: "en", url: "https://www.brusselstimes.example/tiktok?utm_source=rss", source_domain: "brusselstimes.example" }) + "\n");
    writeFileSync(join(d, "fundus.jsonl"), JSON.stringify({ title: b.title, authors: ["VIVA"], publishing_date: "2023-03-10T09:00:00+01:00",
      body: { summary: [], sections: [{ headline: [], paragraphs: b.paragraphs }] } }) + "\n\n{not json\n");
    writeFileSync(join(d, "trafilatura.jsonl"), JSON.stringify({ title: c.title, text: c.paragraphs.join("\n"), date: "2023-03-10",
      source: "https://www.politico.example/belgium-tiktok", hostname: "politico.example", fingerprint: "abc" }) + "\n");
    const s = await ingestPaths(db, [d]);
    expect(s.stored).toBe(3);
    expect(s.rejections).toMatchObject([{ reason: "bad_json", uri: expect.stringMatching(/fundus\.jsonl#line=3$/) }]);
    expect(s.rejections[0].detail).toMatch(/^line 3 of /);
    const got = rows(`SELECT a.id, a.url, a.published, a.lang FROM articles a JOIN documents d ON d.id = a.document_id
      WHERE d.source = 'jsonl' ORDER BY a.published, a.id`);
    expect(got).toHaveLength(3);
    expect(got.every((r) => r.published === "2023-03-10" && r.lang === "en")).toBe(true);
    // (Tracking parameters in articles.url are issue 14 item 8's; the document is named by the clean URL.)
    expect(got.some((r) => String(r.url).startsWith("https://www.brusselstimes.example/tiktok"))).toBe(true);
    expect(rows("SELECT count(*) n FROM documents WHERE uri = 'https://www.brusselstimes.example/tiktok'")).toEqual([{ n: 1 }]);
    expect(got.map((r) => r.id)).toContain("fundus#1"); // no URL: its place in the file names it
  });
});

describe("outlets", () => {
  const outlets = (like: string) => rows("SELECT d.uri, a.url, a.outlet FROM documents d JOIN articles a ON a.id = d.article_id WHERE d.uri LIKE ? ORDER BY d.uri", like)
    .map((r) => [String(r.uri).replace(/^.*\//, ""), r.url, r.outlet]);

  it("a text export that gives its address (URL:, Bron:, a bare URL) is that page of that outlet; one that gives none has no outlet", async () => {
    const d = folder("txt-outlets");
    const a = corpusArticle("000_8ed593b27608a371");
    const body = (n: number) => `Report ${n}: ${a.title}\n\n${a.paragraphs.join("\n\n")}`;
    writeFileSync(join(d, "a.txt"), `URL: https://www.vrt.be/nl/nieuws/2023/03/10/tiktok/?utm_source=x\n${body(1)}\n`);
    writeFileSync(join(d, "b.txt"), `${body(2)}\n\nBron: https://nos.nl/artikel/2467000\n`);
    writeFileSync(join(d, "c.txt"), `https://www.politico.eu/article/belgium-tiktok/\n\n${body(3)}\n`);
    writeFileSync(join(d, "d.txt"), `${body(4)}\n`);
    const s = await ingestPaths(db, [d]);
    expect(s.stored).toBe(4);
    expect(outlets("%/txt-outlets/%")).toEqual([
      ["a.txt", "https://www.vrt.be/nl/nieuws/2023/03/10/tiktok/", "vrt.be"],
      ["b.txt", "https://nos.nl/artikel/2467000", "nos.nl"],
      ["c.txt", "https://www.politico.eu/article/belgium-tiktok/", "politico.eu"],
      ["d.txt", null, null],
    ]);
    // The address line is not article text.
    expect(rows("SELECT text FROM articles a JOIN documents d ON d.article_id = a.id WHERE d.uri LIKE '%/txt-outlets/a.txt'")[0].text).not.toMatch(/https?:|URL:/);
  });

  it("--outlet names the outlet of every input of a run; a JSON line's outlet or source name names its own", async () => {
    const d = folder("named-outlets");
    const a = corpusArticle("001_6cdbbb912da3131c");
    const b = corpusArticle("002_b00bb61414f3dd3b");
    writeFileSync(join(d, "one.txt"), `Outlet run: ${a.title}\n\n${a.paragraphs.join("\n\n")}\n`);
    writeFileSync(join(d, "two.txt"), `URL: https://www.vrt.be/y\nOutlet run two: ${b.title}\n\n${b.paragraphs.join("\n\n")}\n`);
    await ingestPaths(db, [d], { outlet: "De Standaard" });
    expect(outlets("%/named-outlets/%").map((r) => r[2])).toEqual(["De Standaard", "De Standaard"]);

    const j = folder("jsonl-outlets");
    writeFileSync(join(j, "lines.jsonl"), [
      JSON.stringify({ title: "Outlet field: " + a.title, text: a.paragraphs.join("\n"), outlet: "Brussels Times" }),
      JSON.stringify({ title: "Source name: " + b.title, text: b.paragraphs.join("\n"), source: "Politico Europe" }),
      JSON.stringify({ title: "Source URL: " + a.title, text: a.paragraphs.slice(1).join("\n"), source: "https://www.lesoir.be/x", fingerprint: "f" }),
    ].join("\n") + "\n");
    const s = await ingestPaths(db, [j]);
    expect(s.stored).toBe(3);
    expect(rows(`SELECT a.title, a.url, a.outlet FROM articles a JOIN documents d ON d.article_id = a.id
      WHERE d.source = 'jsonl' AND (a.title LIKE 'Outlet field:%' OR a.title LIKE 'Source %') ORDER BY a.title`).map((r) => [String(r.title).split(":")[0], r.url, r.outlet]))
      .toEqual([["Outlet field", null, "Brussels Times"], ["Source URL", "https://www.lesoir.be/x", "lesoir.be"], ["Source name", null, "Politico Europe"]]);
  });
});

describe("article identity", () => {
  it("two same-named files in different folders are two articles; three copies of one text are one", async () => {
    const d = folder("identity");
    const en = corpusArticle("003_0768ee479c4dd0ae");
    mkdirSync(join(d, "a"));
    mkdirSync(join(d, "b"));
    mkdirSync(join(d, "c"));
    writeFileSync(join(d, "a", "index.html"), page({ title: "Copy A: " + en.title, paragraphs: en.paragraphs.slice(0, 3) }));
    writeFileSync(join(d, "b", "index.txt"), corpusText("001_6cdbbb912da3131c"));
    for (const n of ["one", "two", "three"]) cpSync(join(CORPUS, "004_72ef12c861ec6d89.txt"), join(d, "c", `${n}.txt`));
    const s = await ingestPaths(db, [d]);
    expect(s.stored).toBe(5);
    expect(s.duplicates).toBe(2);
    const docs = rows("SELECT uri, article_id FROM documents WHERE uri LIKE ? ORDER BY uri", `%/identity/%`);
    expect(docs.map((r) => [String(r.uri).replace(/^.*identity\//, ""), r.article_id])).toEqual([
      ["a/index.html", "a/index"], ["b/index.txt", "b/index"], ["c/one.txt", "c/one"], ["c/three.txt", "c/one"], ["c/two.txt", "c/one"],
    ]);
    expect(rows("SELECT id FROM articles WHERE id IN ('a/index', 'b/index', 'c/one', 'c/two', 'c/three') ORDER BY id").map((r) => r.id))
      .toEqual(["a/index", "b/index", "c/one"]);
  });

  it("a page with a canonical URL is named by it, whatever its file is called", async () => {
    const d = folder("canonical");
    const en = corpusArticle("003_0768ee479c4dd0ae");
    writeFileSync(join(d, "saved.html"), page({ title: "Canonical: " + en.title, paragraphs: en.paragraphs.slice(1, 4) }, { canonical: "https://www.example.org/2023/03/10/tiktok" }));
    const s = await ingestPaths(db, [d]);
    expect(s.stored).toBe(1);
    const [doc] = rows("SELECT article_id FROM documents WHERE uri LIKE '%/canonical/saved.html'");
    expect(doc.article_id).toMatch(/^u[0-9a-f]{20}$/);
    expect(rows("SELECT url FROM articles WHERE id = ?", doc.article_id)).toEqual([{ url: "https://www.example.org/2023/03/10/tiktok" }]);
  });
});

describe("stdin and empty runs", () => {
  it("`-` reads a page from stdin, its format sniffed", async () => {
    const en = corpusArticle("002_b00bb61414f3dd3b");
    const html = page({ title: "Piped: " + en.title, paragraphs: en.paragraphs });
    const s = await ingestPaths(db, ["-"], { stdin: Readable.from([Buffer.from(html)]) });
    expect(s.stored).toBe(1);
    expect(rows("SELECT source, content_type FROM documents WHERE uri = 'stdin:'")).toEqual([{ source: "stdin", content_type: "text/html" }]);
  });

  it("a run that found nothing to read says so in its counts", async () => {
    const d = folder("nothing");
    writeFileSync(join(d, "a.pdf"), "%PDF");
    const s = await ingestPaths(db, [d]);
    expect(s.read).toBe(0);
    expect(s.skipped).toEqual({ ".pdf": 1 });
  });
});

describe("per-input time budget", () => {
  it("an input over the budget is rejected as timeout, the run goes on, and a later run retries it", async () => {
    const d = folder("budget");
    writeFileSync(join(d, "x.txt"), corpusText("001_6cdbbb912da3131c"));
    const s = await ingestPaths(db, [d], { timeoutMs: 1 });
    expect(s.errors).toEqual({ timeout: 1 });
    expect(s.status).toBe("ok");
    expect(rows("SELECT status, reject_reason FROM documents WHERE uri LIKE '%/budget/x.txt'")).toEqual([{ status: "rejected", reject_reason: "timeout" }]);
    const again = await ingestPaths(db, [d]);
    expect(again.stored).toBe(1);
    expect(rows("SELECT status FROM documents WHERE uri LIKE '%/budget/x.txt'")).toEqual([{ status: "stored" }]);
  });
});
