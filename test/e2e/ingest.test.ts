// End to end: the shipped corpus into a temporary database, as a new user would run it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync, writeFileSync, mkdirSync, cpSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { openDb, type DB } from "../../src/store/db.js";
import { ingestPaths } from "../../src/pipeline.js";

const CORPUS = resolve(__dirname, "../../corpus");
let dir: string;
let db: DB;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "banwatch-e2e-"));
  db = openDb(join(dir, "test.db"));
});
afterAll(() => {
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});

const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;

describe("ingest corpus/", () => {
  it("stores the five seed articles with their languages", async () => {
    const s = await ingestPaths(db, [CORPUS]);
    expect(s.read).toBe(5);
    expect(s.stored).toBe(5);
    expect(s.rejected).toBe(0);
    expect(count("SELECT count(*) n FROM articles")).toBe(5);
    const langs = db.prepare("SELECT lang, count(*) n FROM articles GROUP BY lang ORDER BY lang").all();
    expect(langs).toEqual([{ lang: "en", n: 4 }, { lang: "nl", n: 1 }]);
    expect(db.prepare("SELECT published FROM articles WHERE id = '000_8ed593b27608a371'").get()).toEqual({ published: "2023-03-10" });
  });

  it("holds the canonical Belgian ban on official devices dated 2023-03-10, reported by four articles", () => {
    const e = db.prepare(`SELECT * FROM v_events WHERE jurisdiction = 'BE' AND action = 'ban' AND target = 'TikTok'`).all() as Record<string, unknown>[];
    expect(e).toHaveLength(1);
    expect(e[0].scope).toBe("official_devices");
    expect(e[0].announced).toBe("2023-03-10");
    expect(e[0].level).toBe("national");
    expect(e[0].n_articles).toBe(4);
  });

  it("keeps evidence that points into the article text", () => {
    const rows = db.prepare(`SELECT a.text, m.evidence_text, m.evidence_start, m.evidence_end FROM event_mentions m
      JOIN articles a ON a.id = m.article_id`).all() as { text: string; evidence_text: string; evidence_start: number; evidence_end: number }[];
    expect(rows.length).toBeGreaterThan(5);
    for (const r of rows) expect(r.text.slice(r.evidence_start, r.evidence_end)).toBe(r.evidence_text);
  });

  it("is idempotent: the same corpus twice leaves the same rows", async () => {
    const snapshot = () => ({
      documents: db.prepare("SELECT id, uri, sha256 FROM documents ORDER BY id").all(),
      articles: db.prepare("SELECT id, content_hash, lang, published FROM articles ORDER BY id").all(),
      mentions: db.prepare("SELECT id, article_id, ordinal, action, target, jurisdiction, announced FROM event_mentions ORDER BY id").all(),
      events: db.prepare("SELECT * FROM events ORDER BY id").all(),
    });
    const before = snapshot();
    const s = await ingestPaths(db, [CORPUS]);
    expect(s.unchanged).toBe(5);
    expect(s.stored).toBe(0);
    expect(snapshot()).toEqual(before);
    expect(db.prepare("SELECT status FROM runs ORDER BY id").all()).toEqual([{ status: "ok" }, { status: "ok" }]);
  });

  it("records bad inputs as rejected and goes on with the rest", async () => {
    const inputs = join(dir, "inputs");
    mkdirSync(inputs);
    writeFileSync(join(inputs, "empty.txt"), "");
    writeFileSync(join(inputs, "scan.html"), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0, 0, 1, 2]));
    writeFileSync(join(inputs, "tiny.txt"), "Too short.");
    cpSync(join(CORPUS, "003_0768ee479c4dd0ae.txt"), join(inputs, "copy-of-003.txt"));
    const s = await ingestPaths(db, [inputs, join(dir, "no-such-folder")]);
    expect(s.stored).toBe(1);
    expect(s.rejected).toBe(4);
    expect(s.errors).toMatchObject({ empty: 1, binary: 1, no_text: 1, not_found: 1 });
    const rejected = db.prepare("SELECT reject_reason FROM documents WHERE status = 'rejected' ORDER BY reject_reason").all();
    // Every rejection is a documents row, the missing folder included (issue 16 row 12).
    expect(rejected).toEqual([{ reject_reason: "binary" }, { reject_reason: "empty" }, { reject_reason: "no_text" }, { reject_reason: "not_found" }]);
    // The copy holds 003's content: its document is linked to that article, not a sixth article.
    expect(s.duplicates).toBe(1);
    expect(count("SELECT count(*) n FROM articles")).toBe(5);
    expect(db.prepare("SELECT article_id FROM documents WHERE uri LIKE '%copy-of-003.txt'").get()).toEqual({ article_id: "003_0768ee479c4dd0ae" });
    // A path that does not exist marks the run failed; the rest was still read.
    expect(s.status).toBe("failed");
    expect(db.prepare("SELECT status FROM runs WHERE id = ?").get(s.runId)).toEqual({ status: "failed" });
    // Nothing half-written: a rejected input has no article.
    expect(count("SELECT count(*) n FROM articles WHERE id IN ('empty', 'scan', 'tiny')")).toBe(0);
  });

  it("rejects a file over the size limit without reading it", async () => {
    const big = join(dir, "big");
    mkdirSync(big);
    writeFileSync(join(big, "huge.txt"), "x".repeat(5000));
    const s = await ingestPaths(db, [big], { maxBytes: 1000 });
    expect(s.errors).toEqual({ too_large: 1 });
    expect(db.prepare("SELECT reject_reason, size, body FROM documents WHERE uri LIKE '%huge.txt'").all()).toEqual([{ reject_reason: "too_large", size: 5000, body: null }]);
  });
});
