import { describe, expect, it } from "vitest";
import { readFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import Database from "better-sqlite3";
import { openDb, SCHEMA_VERSION } from "../../src/store/db.js";

describe("schema migrations", () => {
  it("upgrades a version-1 database in place and keeps its rows", () => {
    const file = join(mkdtempSync(join(tmpdir(), "banwatch-mig-")), "old.db");
    // A version-1 file: today's schema without what later versions added.
    const v1 = readFileSync(resolve(__dirname, "../../schema.sql"), "utf8")
      .replace(/\n\s*pid\s+INTEGER,[^\n]*\n\s*host\s+TEXT(?=\n\) STRICT)/, "")
      .replace("DEFAULT '{}',    -- JSON: per-source", "DEFAULT '{}'     -- JSON: per-source")
      .replace(/\n\s*source\s+TEXT,[^\n]*/, "");
    const old = new Database(file);
    old.exec(v1);
    old.pragma("user_version = 1");
    old.prepare("INSERT INTO runs (command, started_at, status) VALUES ('ingest', '2024-01-01T00:00:00Z', 'ok')").run();
    expect(old.prepare("SELECT name FROM pragma_table_info('runs') WHERE name = 'pid'").get()).toBeUndefined();
    old.close();

    const db = openDb(file);
    try {
      expect(db.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
      expect(SCHEMA_VERSION).toBeGreaterThan(1);
      expect(db.prepare("SELECT name FROM pragma_table_info('runs') WHERE name IN ('pid', 'host') ORDER BY name").all()).toEqual([{ name: "host" }, { name: "pid" }]);
      expect(db.prepare("SELECT command, status FROM runs").all()).toEqual([{ command: "ingest", status: "ok" }]);
    } finally {
      db.close();
    }
  });

  it("refuses a database from a newer banwatch", () => {
    const file = join(mkdtempSync(join(tmpdir(), "banwatch-mig-")), "new.db");
    const d = new Database(file);
    d.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    d.close();
    expect(() => openDb(file)).toThrow(/newer than this banwatch/);
  });
});

describe("migration 2 -> 3 (issue 14 item 5: identity)", () => {
  it("adds documents.source and merges articles holding the same content, keeping every document", () => {
    const file = join(mkdtempSync(join(tmpdir(), "banwatch-mig-")), "v2.db");
    const v2 = readFileSync(resolve(__dirname, "../../schema.sql"), "utf8").replace(/\n\s*source\s+TEXT,[^\n]*/, "");
    const old = new Database(file);
    old.exec(v2);
    old.pragma("user_version = 2");
    const doc = old.prepare(`INSERT INTO documents (uri, article_id, read_at, sha256, size, status) VALUES (?, ?, '2024-01-01', ?, 10, 'stored')`);
    const art = old.prepare(`INSERT INTO articles (id, document_id, lang, text, content_hash, extractor_version, ingested_at)
      VALUES (?, ?, 'en', 'Belgium bans TikTok.', ?, 'x', '2024-01-01')`);
    const mention = old.prepare(`INSERT INTO event_mentions (article_id, ordinal, action, target, main, evidence_text, evidence_start,
      evidence_end, evidence, rules, extractor_version) VALUES (?, 0, 'ban', 'TikTok', 1, 'x', 0, 1, '[]', '[]', 'x')`);
    for (const [i, name] of ["a", "b", "c"].entries()) {
      doc.run(`file:///d/${name}.txt`, name, "same-bytes");
      art.run(name, i + 1, "same-content");
      mention.run(name);
    }
    doc.run("file:///d/other.txt", "other", "other-bytes");
    art.run("other", 4, "other-content");
    old.close();

    const db = openDb(file);
    try {
      expect(db.prepare("SELECT id FROM articles ORDER BY id").all()).toEqual([{ id: "a" }, { id: "other" }]);
      expect(db.prepare("SELECT uri, article_id, source FROM documents ORDER BY id").all()).toEqual([
        { uri: "file:///d/a.txt", article_id: "a", source: "file" },
        { uri: "file:///d/b.txt", article_id: "a", source: "file" },
        { uri: "file:///d/c.txt", article_id: "a", source: "file" },
        { uri: "file:///d/other.txt", article_id: "other", source: "file" },
      ]);
      expect(db.prepare("SELECT article_id FROM event_mentions").all()).toEqual([{ article_id: "a" }]);
    } finally {
      db.close();
    }
  });
});
