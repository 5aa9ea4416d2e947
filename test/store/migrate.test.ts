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
      .replace("DEFAULT '{}',    -- JSON: per-source", "DEFAULT '{}'     -- JSON: per-source");
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
