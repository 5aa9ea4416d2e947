// Issue 17: extraction in a pool of worker threads gives the same store as one worker —
// same articles, mentions, canonical events and ids — because documents are written in the
// order they were read, whatever worker finished first.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDb, type DB } from "../../src/store/db.js";
import { ingestPaths } from "../../src/pipeline.js";
import { workersRunning } from "../../src/ingest.js";
import { CORPUS, ccNewsWarc, page } from "../sources/fixtures.js";

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "banwatch-workers-"));
  const inputs = join(dir, "inputs");
  mkdirSync(inputs);
  cpSync(CORPUS, join(inputs, "corpus"), { recursive: true });
  writeFileSync(join(inputs, "news.warc.gz"), await ccNewsWarc());
  // A copy under another name (one article, two documents) and a page that is rejected.
  cpSync(join(CORPUS, "001_6cdbbb912da3131c.txt"), join(inputs, "copy.txt"));
  writeFileSync(join(inputs, "empty.html"), page({ title: "", paragraphs: [] }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Everything a reader sees of a store, run bookkeeping and timestamps aside. */
function dump(db: DB): Record<string, unknown[]> {
  const all = (sql: string) => db.prepare(sql).all();
  return {
    articles: all("SELECT id, content_hash, lang, published, title, url, text FROM articles ORDER BY id"),
    documents: all("SELECT uri, sha256, article_id, status, reject_reason FROM documents ORDER BY uri"),
    mentions: all("SELECT article_id, action, target, jurisdiction, level, scope, announced, main, evidence_start, evidence_end FROM event_mentions ORDER BY article_id, evidence_start, target, action"),
    events: all("SELECT id, action, target, jurisdiction, scope, announced, n_articles FROM v_events ORDER BY id"),
  };
}

async function ingestWith(workers: number): Promise<Record<string, unknown[]>> {
  const db = openDb(join(dir, `w${workers}.db`));
  try {
    const s = await ingestPaths(db, [join(dir, "inputs")], { workers });
    expect(s.status).toBe("ok");
    expect(s.stored).toBeGreaterThan(5);
    return dump(db);
  } finally {
    db.close();
  }
}

describe("ingest with a pool of analysis workers", () => {
  it("gives the same store with 1, 2 and 3 workers", async () => {
    const one = await ingestWith(1);
    expect(one.events.length).toBeGreaterThan(0);
    expect(await ingestWith(2)).toEqual(one);
    expect(await ingestWith(3)).toEqual(one);
  }, 180_000);
});

describe("workers and the merge", () => {
  // A large run's worker heaps would stand beside the merge's in its peak memory (issue 17).
  it("a run that analysed many inputs stops its workers before the merge; the next run starts fresh ones and gives the same store", async () => {
    const run = async (name: string, releaseWorkersAfter: number) => {
      const db = openDb(join(dir, name));
      try {
        const s = await ingestPaths(db, [join(dir, "inputs")], { workers: 2, releaseWorkersAfter });
        expect(s.status).toBe("ok");
        return { dump: dump(db), running: workersRunning() };
      } finally {
        db.close();
      }
    };
    const kept = await run("kept.db", 1_000_000);
    expect(kept.running).toBeGreaterThanOrEqual(2);
    // The process may hold other pools (other tests' worker counts): this run's two workers stopped.
    const released = await run("released.db", 1);
    expect(released.running).toBe(kept.running - 2);
    const again = await run("again.db", 1);
    expect(again.dump).toEqual(released.dump);
    expect(released.dump).toEqual(kept.dump);
  }, 180_000);
});
