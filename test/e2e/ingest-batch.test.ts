// Issue 17: documents are written in batched transactions, each document in its own
// savepoint. A document whose write fails leaves none of its rows; the documents written
// before it in the same batch are kept; the next run stores it and leaves the others alone.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDb } from "../../src/store/db.js";
import { ingestPaths } from "../../src/pipeline.js";
import { WriteBatch } from "../../src/store/batch.js";
import { CORPUS } from "../sources/fixtures.js";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "banwatch-batch-"));
  cpSync(CORPUS, join(dir, "corpus"), { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FAILING = "003_0768ee479c4dd0ae";

describe("batched writes", () => {
  it("a document whose write fails mid-batch leaves nothing half-written; the others are kept", async () => {
    const db = openDb(join(dir, "b.db"));
    // The article row is written after the document row: a failure there tests the savepoint.
    db.exec(`CREATE TRIGGER fail_one BEFORE INSERT ON articles WHEN NEW.id = '${FAILING}' BEGIN SELECT RAISE(ABORT, 'disk on fire'); END`);
    await expect(ingestPaths(db, [join(dir, "corpus")], { workers: 1 })).rejects.toThrow(/disk on fire/);
    expect(db.inTransaction).toBe(false);
    const docs = db.prepare("SELECT article_id FROM documents ORDER BY article_id").pluck().all();
    expect(docs).toEqual(["000_8ed593b27608a371", "001_6cdbbb912da3131c", "002_b00bb61414f3dd3b"]);
    expect(db.prepare("SELECT count(*) FROM articles WHERE id = ?").pluck().get(FAILING)).toBe(0);
    expect(db.prepare("SELECT status FROM runs").pluck().all()).toEqual(["failed"]);

    db.exec("DROP TRIGGER fail_one");
    const again = await ingestPaths(db, [join(dir, "corpus")], { workers: 1 });
    expect(again).toMatchObject({ status: "ok", stored: 2, unchanged: 3 });
    expect(db.prepare("SELECT count(*) FROM documents").pluck().get()).toBe(5);
    db.close();
  }, 60_000);

  it("commits after maxDocs documents, and a failed document rolls back alone", () => {
    const db = openDb(":memory:");
    db.exec("CREATE TABLE t (x INTEGER)");
    const commits: number[] = [];
    const b = new WriteBatch(db, { maxDocs: 2, beforeCommit: () => commits.push(db.prepare("SELECT count(*) FROM t").pluck().get() as number) });
    const ins = db.prepare("INSERT INTO t VALUES (?)");
    b.run(() => ins.run(1));
    expect(db.inTransaction).toBe(true);
    expect(() => b.run(() => { ins.run(2); throw new Error("bad document"); })).toThrow("bad document");
    expect(commits).toEqual([1]); // the second document counts toward the batch, its row is gone
    expect(db.inTransaction).toBe(false);
    b.run(() => ins.run(3));
    b.commit();
    expect(db.prepare("SELECT x FROM t ORDER BY x").pluck().all()).toEqual([1, 3]);
    db.close();
  });
});
