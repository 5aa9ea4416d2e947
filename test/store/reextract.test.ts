import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DB } from "../../src/store/db.js";
import { reextractAll, type Extractors } from "../../src/store/reextract.js";
import { rebuildEvents } from "../../src/store/canonical.js";
import { EXTRACTOR_VERSION } from "../../src/version.js";
import { layout } from "../../src/content/article.js";
import { article, event, seed, tempStore } from "./helpers.js";
import type { Article, ArticleResult, BanEvent } from "../../src/types.js";

let store: ReturnType<typeof tempStore>;
let db: DB;
beforeEach(() => {
  store = tempStore();
  db = store.db;
  seed(db, [
    [article("a", "Belgium bans TikTok on work phones.", { published: "2023-03-10" }), [event({ announced: "2023-03-10" })]],
    [article("b", "Belgium has banned TikTok."), [event(), event({ target: "WeChat", main: false })]],
  ]);
  seed(db, [[article("c", "No document kept for this one: TikTok banned in Belgium."), [event()]]], false);
  rebuildEvents(db);
});
afterEach(() => store.done());

const mentions = (id: string) => db.prepare("SELECT target, action, extractor_version FROM event_mentions WHERE article_id = ? ORDER BY ordinal").all(id);

/** Fake extractors: every article yields the events the test gives for it. */
function fake(eventsFor: (a: Article) => BanEvent[]): Extractors & { built: string[] } {
  const built: string[] = [];
  return {
    built,
    build: (raw) => {
      built.push(raw.id);
      const text = new TextDecoder().decode(raw.bytes).split("\n\n").slice(1).join("\n\n");
      return article(raw.id, text);
    },
    fromText: (s) => ({ ...article(s.id, s.text), ...layout(s.text.split("\n\n")) }),
    extract: (a): ArticleResult => ({ id: a.id, lang: a.lang, published: a.published, title: a.title, url: a.url, text: a.text, events: eventsFor(a) }),
  };
}

describe("reextract", () => {
  it("rebuilds articles from stored documents (or stored text), replaces mentions and records the version", () => {
    const x = fake((a) => [event({ target: "TikTok", action: a.id === "b" ? "advisory" : "ban" })]);
    const s = reextractAll(db, x);
    expect(x.built.sort()).toEqual(["a", "b"]); // c has no document: built from its text
    expect(s).toMatchObject({ read: 3, stored: 3, rejected: 0, events: 3 });
    expect(s.details).toMatchObject({ from_document: 2, from_text: 1 });
    expect(mentions("b")).toEqual([{ target: "TikTok", action: "advisory", extractor_version: EXTRACTOR_VERSION }]);
    expect(db.prepare("SELECT count(*) n FROM event_mentions WHERE event_id IS NULL").get()).toEqual({ n: 0 });
    expect(db.prepare("SELECT command, status FROM runs ORDER BY id DESC LIMIT 1").get()).toEqual({ command: "reextract", status: "ok" });
  });

  it("replaces an article's mentions all or nothing: a failing write keeps the old ones", () => {
    const before = mentions("b");
    // The second event breaks a CHECK constraint after the first was written.
    const x = fake((a) => (a.id === "b" ? [event({ target: "New" }), event({ action: "bogus" as never })] : [event()]));
    const s = reextractAll(db, x);
    expect(s.rejected).toBe(1);
    expect(s.failures[0]).toMatchObject({ id: "b", reason: "store_error" });
    expect(mentions("b")).toEqual(before);
    expect(mentions("a")).toHaveLength(1);
  });

  it("keeps the old mentions when the extractor throws", () => {
    const before = mentions("a");
    const s = reextractAll(db, fake((a) => {
      if (a.id === "a") throw new Error("rule bug");
      return [event()];
    }));
    expect(s.failures).toEqual([{ id: "a", reason: "extractor_error", detail: "rule bug" }]);
    expect(mentions("a")).toEqual(before);
  });

  it("keeps full-text search in step with the article text", () => {
    const x = fake(() => [event()]);
    x.build = (raw) => article(raw.id, raw.id === "a" ? "Entirely new wording about Zanzibar." : "Belgium has banned TikTok.");
    reextractAll(db, x);
    const hits = db.prepare("SELECT a.id FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid WHERE articles_fts MATCH 'zanzibar'").all();
    expect(hits).toEqual([{ id: "a" }]);
  });
});

describe("canonical rebuild", () => {
  it("dates an undated article by the decision it reports, marked inferred, and undoes it when no longer supported", () => {
    expect(db.prepare("SELECT published, published_inferred, published_source FROM articles WHERE id = 'b'").get())
      .toEqual({ published: "2023-03-10", published_inferred: 1, published_source: "inferred:event" });
    db.prepare("DELETE FROM articles WHERE id = 'a'").run();
    rebuildEvents(db);
    expect(db.prepare("SELECT published, published_inferred FROM articles WHERE id = 'b'").get()).toEqual({ published: null, published_inferred: 0 });
  });

  it("fills the views: one row per event, one per event and article", () => {
    const ev = db.prepare("SELECT target, n_articles, announced FROM v_events ORDER BY target").all();
    expect(ev).toEqual([{ target: "TikTok", n_articles: 3, announced: "2023-03-10" }, { target: "WeChat", n_articles: 1, announced: null }]);
    expect(db.prepare("SELECT count(*) n FROM v_event_reports").get()).toEqual({ n: 4 });
    expect(db.prepare("SELECT count(*) n FROM v_timeline").get()).toEqual({ n: 2 });
  });

  it("writes the same rows when rebuilt again", () => {
    const dump = () => db.prepare("SELECT * FROM events ORDER BY id").all();
    const first = dump();
    rebuildEvents(db);
    expect(dump()).toEqual(first);
  });
});
