// The analysts' commands in process: query (read-only), export round-trips, stats.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runCli } from "./run-cli.js";
import { rebuildEvents } from "../../src/store/canonical.js";
import { openReadOnly, prepareRead, ReadOnlyError } from "../../src/store/readonly.js";
import { parseCsv, cellText } from "../../src/store/format.js";
import { article, event, seed, tempStore } from "../store/helpers.js";

let store: ReturnType<typeof tempStore>;
beforeAll(() => {
  store = tempStore();
  seed(store.db, [
    [article("nl-1", "België verbiedt TikTok, \"officieel\",\nop werktelefoons.", { lang: "nl", published: "2023-03-10", url: "https://www.vrt.be/x" }),
      [event({ announced: "2023-03-10", evidence: [{ text: 'België verbiedt "TikTok", ja', start: 0, end: 28 }] })]],
    [article("en-1", "Belgium bans TikTok.", { published: "2023-03-10" }), [event({ announced: "2023-03-10" }), event({ target: "WeChat", main: false })]],
  ]);
  rebuildEvents(store.db);
  store.db.close();
});
afterAll(() => store.done());

const run = runCli;

describe("banwatch query", () => {
  it("prints rows as json, csv and a table", async () => {
    const j = await run("query", "SELECT target, n_articles FROM v_events ORDER BY target", "--format", "json", "--db", store.file);
    expect(j.code).toBe(0);
    expect(JSON.parse(j.out)).toEqual([{ target: "TikTok", n_articles: 2 }, { target: "WeChat", n_articles: 1 }]);
    const c = await run("query", "SELECT target FROM v_events ORDER BY target", "--format", "csv", "--db", store.file);
    expect(c.out).toBe("target\r\nTikTok\r\nWeChat\r\n");
    const t = await run("query", "SELECT count(*) AS n FROM articles", "--db", store.file);
    expect(t.out).toContain("(1 row)");
  });

  it("refuses writes with a clear error and exit status 2, and the data stays", async () => {
    for (const sql of ["DELETE FROM events", "UPDATE articles SET title = 'x'", "DROP VIEW v_events", "CREATE TABLE t (x)", "PRAGMA user_version = 9"]) {
      const r = await run("query", sql, "--db", store.file);
      expect(r.code, sql).toBe(2);
      expect(r.err, sql).toMatch(/read-only|returns no rows/);
    }
    const db = openReadOnly(store.file);
    expect(db.prepare("SELECT count(*) n FROM events").get()).toEqual({ n: 2 });
    expect(() => db.prepare("DELETE FROM events").run()).toThrow(); // the connection itself cannot write either
    expect(() => prepareRead(db, "INSERT INTO runs (command, started_at) VALUES ('x', 'y')")).toThrow(ReadOnlyError);
    db.close();
  });

  it("says what to do about bad SQL or a missing database", async () => {
    expect((await run("query", "SELEC 1", "--db", store.file)).code).toBe(2);
    const r = await run("query", "SELECT 1", "--db", join(store.dir, "none.db"));
    expect([r.code, r.err]).toEqual([2, expect.stringMatching(/banwatch ingest/)]);
  });
});

describe("banwatch export", () => {
  const tables = { events: "SELECT * FROM v_events ORDER BY id", mentions: "SELECT * FROM event_mentions ORDER BY article_id, ordinal",
    articles: "SELECT * FROM articles ORDER BY id" } as const;
  const jsonCols = ["languages", "outlets", "evidence", "rules", "lang_hints"];

  for (const [what, sql] of Object.entries(tables)) {
    it(`round-trips ${what} through csv and jsonl`, async () => {
      const db = openReadOnly(store.file);
      const rows = db.prepare(sql).all() as Record<string, unknown>[];
      db.close();
      expect(rows.length).toBeGreaterThan(0);

      const csvFile = join(store.dir, `${what}.csv`);
      expect((await run("export", what, "--format", "csv", "--out", csvFile, "--db", store.file)).code).toBe(0);
      const [header, ...lines] = parseCsv(readFileSync(csvFile, "utf8"));
      expect(header).toEqual(Object.keys(rows[0]));
      expect(lines).toEqual(rows.map((r) => header.map((c) => cellText(r[c]))));

      const jsonlFile = join(store.dir, `${what}.jsonl`);
      expect((await run("export", what, "--format", "jsonl", "--out", jsonlFile, "--db", store.file)).code).toBe(0);
      const back = readFileSync(jsonlFile, "utf8").trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
      // JSON-text columns come back as arrays; stringified again they are the stored text.
      expect(back.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, jsonCols.includes(k) ? JSON.stringify(v) : v])))).toEqual(rows);
    });
  }

  it("refuses an unknown table with exit status 2", async () => {
    expect((await run("export", "documents", "--db", store.file)).code).toBe(2);
  });
});

describe("banwatch stats", () => {
  it("counts articles by language and outlet, events by action and jurisdiction", async () => {
    const r = await run("stats", "--json", "--db", store.file);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.out);
    expect(s.totals).toMatchObject({ articles: 2, events: 2 });
    const sec = (t: string) => s.sections.find((x: { title: string }) => x.title === t).rows;
    expect(sec("articles by language")).toEqual([{ lang: "en", articles: 1 }, { lang: "nl", articles: 1 }]);
    expect(sec("articles by outlet")).toEqual([{ outlet: "(unknown)", articles: 1 }, { outlet: "vrt.be", articles: 1 }]);
    expect(sec("events by action")).toEqual([{ action: "ban", events: 2, reports: 3 }]);
    expect(sec("events by jurisdiction")).toEqual([{ jurisdiction: "BE", events: 2, bans: 2 }]);
  });

  it("has --help for every analyst command, exit status 0", async () => {
    for (const c of ["query", "export", "stats", "reextract"]) {
      const r = await run(c, "--help");
      expect(r.code, c).toBe(0);
    }
  });
});
