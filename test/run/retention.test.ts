import { describe, expect, it } from "vitest";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { openDb } from "../../src/store/db.js";
import { ingestPaths } from "../../src/pipeline.js";
import { pruneDocuments } from "../../src/store/retention.js";

describe("retention", () => {
  it("prunes raw bodies past the age without losing articles or events, and re-runs stay idempotent", async () => {
    const db = openDb(join(mkdtempSync(join(tmpdir(), "banwatch-ret-")), "r.db"));
    try {
      const corpus = resolve(__dirname, "../../corpus");
      await ingestPaths(db, [corpus]);
      const snapshot = () => ({
        articles: db.prepare("SELECT id, content_hash FROM articles ORDER BY id").all(),
        events: db.prepare("SELECT * FROM events ORDER BY id").all(),
      });
      const before = snapshot();
      expect(pruneDocuments(db, 30)).toBe(0); // nothing is that old yet
      expect(pruneDocuments(db, 30, Date.now() + 31 * 86_400_000)).toBe(5);
      expect(db.prepare("SELECT count(*) n FROM documents WHERE body IS NOT NULL").get()).toEqual({ n: 0 });
      expect(snapshot()).toEqual(before);
      const again = await ingestPaths(db, [corpus]);
      expect(again.unchanged).toBe(5);
      expect(snapshot()).toEqual(before);
    } finally {
      db.close();
    }
  });
});
