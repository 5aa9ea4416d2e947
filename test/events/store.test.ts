import { describe, expect, it } from "vitest";
import { openDb, type DB } from "../../src/store/db.js";
import { rebuildEvents, updateEvents } from "../../src/store/canonical.js";
import { assignIds } from "../../src/events/ids.js";
import { m, store } from "./helpers.js";

const events = (db: DB) => db.prepare("SELECT * FROM events ORDER BY id").all();
const links = (db: DB) => db.prepare("SELECT article_id, ordinal, event_id, event_join FROM event_mentions ORDER BY article_id, ordinal").all();
const queued = (db: DB) => db.prepare("SELECT subject FROM merge_queue ORDER BY subject").pluck().all();

const first = [
  m({ article_id: "be-1", announced: "2023-03-10", published: "2023-03-10", outlet: "vrt.be" }),
  m({ article_id: "be-2", announced: "2023-03-10", published: "2023-03-11", scope: "public", outlet: "lesoir.be", lang: "fr" }),
  m({ article_id: "us-1", jurisdiction: "US", scope: "public", announced: "2020-08-06", published: "2020-08-07" }),
  m({ article_id: "tr-1", jurisdiction: "TR", target: "Wikipedia", scope: "public", announced: "2017-04-29", published: "2017-04-29" }),
];
const second = [
  m({ article_id: "be-3", published: null }),
  m({ article_id: "tr-2", jurisdiction: "TR", target: "wikipedia", action: "lift", scope: "public", lang: "tr" }),
  m({ article_id: "fr-1", jurisdiction: "FR", announced: "2023-03-24", published: "2023-03-24" }),
];

describe("canonical events in the store", () => {
  it("merges incrementally to exactly what a full rebuild gives, ids included", () => {
    const db = openDb(":memory:");
    store(db, first);
    updateEvents(db);
    const usId = db.prepare("SELECT id FROM events WHERE subject = 'US|tiktok'").pluck().get();
    store(db, second);
    expect(queued(db)).toEqual(["BE|tiktok", "FR|tiktok", "TR|wikipedia"]);
    updateEvents(db);
    expect(queued(db)).toEqual([]);
    expect(db.prepare("SELECT id FROM events WHERE subject = 'US|tiktok'").pluck().get()).toBe(usId);
    const incremental = { events: events(db), links: links(db) };
    rebuildEvents(db);
    expect({ events: events(db), links: links(db) }).toEqual(incremental);

    // A fresh store over the same reports gives the same events (ids aside: they follow arrival).
    const fresh = openDb(":memory:");
    store(fresh, [...second, ...first]);
    updateEvents(fresh);
    const strip = (rows: unknown[]) => (rows as Record<string, unknown>[]).map(({ id, changes_event_id, digest, ...r }) => r).sort((a, b) => (String(a.event_key) < String(b.event_key) ? -1 : 1));
    expect(strip(events(fresh))).toEqual(strip(incremental.events));
  });

  it("re-examines only the subjects whose reports changed", () => {
    const db = openDb(":memory:");
    store(db, first);
    updateEvents(db);
    // Mark an untouched subject's event: an incremental merge must leave it alone.
    db.prepare("UPDATE events SET confidence = 0 WHERE subject = 'US|tiktok'").run();
    store(db, [m({ article_id: "be-9", announced: "2023-03-10", published: "2023-03-10" })]);
    updateEvents(db);
    expect(db.prepare("SELECT confidence FROM events WHERE subject = 'US|tiktok'").pluck().get()).toBe(0);
    expect(db.prepare("SELECT n_articles FROM events WHERE subject = 'BE|tiktok'").pluck().get()).toBe(3);
    rebuildEvents(db);
    expect(db.prepare("SELECT confidence FROM events WHERE subject = 'US|tiktok'").pluck().get()).toBeGreaterThan(0);
  });

  it("follows a replaced article: its old reports leave their events, the ids of the others stay", () => {
    const db = openDb(":memory:");
    store(db, first);
    updateEvents(db);
    const before = db.prepare("SELECT id FROM events WHERE subject = 'BE|tiktok'").pluck().get();
    db.prepare("DELETE FROM event_mentions WHERE article_id = 'be-2'").run();
    updateEvents(db);
    expect(db.prepare("SELECT id, n_articles FROM events WHERE subject = 'BE|tiktok'").get()).toEqual({ id: before, n_articles: 1 });
    db.prepare("DELETE FROM event_mentions WHERE article_id = 'be-1'").run();
    updateEvents(db);
    expect(db.prepare("SELECT count(*) FROM events WHERE subject = 'BE|tiktok'").pluck().get()).toBe(0);
  });

  it("links lifts, dates undated articles, and shows each report's reading and every date read", () => {
    const db = openDb(":memory:");
    store(db, [...first, ...second, m({ article_id: "be-4", announced: "2023-03-12", published: "2023-03-12", main: 0 })]);
    updateEvents(db);
    const lift = db.prepare("SELECT change_kind, changes_announced FROM v_events WHERE action = 'lift'").get();
    expect(lift).toEqual({ change_kind: "lift", changes_announced: "2017-04-29" });
    expect(db.prepare("SELECT published, published_inferred FROM articles WHERE id = 'be-3'").get()).toEqual({ published: "2023-03-10", published_inferred: 1 });
    const reports = db.prepare("SELECT article_id, scope, event_scope, joined_by FROM v_event_reports WHERE jurisdiction = 'BE' ORDER BY article_id").all();
    expect(reports).toEqual([
      { article_id: "be-1", scope: "official_devices", event_scope: "official_devices", joined_by: "date" },
      { article_id: "be-2", scope: "public", event_scope: "official_devices", joined_by: "date" },
      { article_id: "be-3", scope: "official_devices", event_scope: "official_devices", joined_by: "only" },
      { article_id: "be-4", scope: "official_devices", event_scope: "official_devices", joined_by: "date" },
    ]);
    const dates = db.prepare("SELECT date_read, n_articles, n_main, chosen, disagrees FROM v_event_dates WHERE jurisdiction = 'BE' ORDER BY date_read").all();
    expect(dates).toEqual([
      { date_read: "2023-03-10", n_articles: 2, n_main: 2, chosen: 1, disagrees: 0 },
      { date_read: "2023-03-12", n_articles: 1, n_main: 0, chosen: 0, disagrees: 1 },
    ]);
    // The inferred date is an output: merging again changes nothing.
    const snapshot = events(db);
    rebuildEvents(db);
    expect(events(db)).toEqual(snapshot);
  });
});

describe("assignIds", () => {
  it("keeps the id of the same key, then of the event sharing most articles, and numbers the rest", () => {
    let next = 10;
    const ev = (key: string, articles: string[], id = 0) => ({ id, key, articles: () => new Set(articles) });
    const ids = assignIds(
      [ev("k|2023-03-10", ["a", "b"]), ev("k|2023-03", ["c", "d"]), ev("k|2024", ["z"])],
      [ev("k|2023-03-10", ["a"], 1), ev("k|undated", ["d"], 2), ev("k|x", ["q"], 3)],
      () => next++,
    );
    expect([...ids]).toEqual([["k|2023-03-10", 1], ["k|2023-03", 2], ["k|2024", 10]]);
  });
});

describe("reports placed by their article's other decisions", () => {
  it("move when those decisions arrive later, exactly as a full rebuild places them", () => {
    const early = [
      m({ article_id: "s-1", jurisdiction: "US", scope: "public", announced: "2025-01-18", published: "2025-01-18" }),
      m({ article_id: "s-2", jurisdiction: "US", scope: "public", announced: "2025-01-18", published: "2025-01-19" }),
      m({ article_id: "eo-1", jurisdiction: "US", scope: "public", announced: "2020-08-06", published: "2020-08-07" }),
      m({ article_id: "undated", jurisdiction: "US", scope: "public" }),
      m({ article_id: "undated", ordinal: 1, jurisdiction: "US", target: "WeChat", scope: "public" }),
    ];
    const db = openDb(":memory:");
    store(db, early);
    updateEvents(db);
    const tiktokOf = () => db.prepare("SELECT e.announced, m.event_join FROM event_mentions m JOIN events e ON e.id = m.event_id WHERE m.article_id = 'undated' AND m.target = 'TikTok'").get();
    expect(tiktokOf()).toEqual({ announced: "2025-01-18", event_join: "support" });
    // A dated WeChat report arrives: the undated article's WeChat report now joins 2020 firmly,
    // and its TikTok report (a subject not touched by this run) follows.
    store(db, [m({ article_id: "eo-2", jurisdiction: "US", target: "WeChat", scope: "public", announced: "2020-08-06", published: "2020-08-06" })]);
    expect(queued(db)).toEqual(["US|wechat"]);
    updateEvents(db);
    expect(tiktokOf()).toEqual({ announced: "2020-08-06", event_join: "article" });
    const incremental = { events: events(db), links: links(db) };
    rebuildEvents(db);
    expect({ events: events(db), links: links(db) }).toEqual(incremental);
  });
});

describe("a full rebuild after re-extraction", () => {
  it("gives the same events with the same ids when every report is written anew", () => {
    const db = openDb(":memory:");
    store(db, first);
    updateEvents(db);
    store(db, second);
    updateEvents(db);
    const before = { events: events(db), links: links(db) };
    // What reextract does: each article's mentions replaced (new row ids), then one rebuild.
    const all = [...first, ...second];
    for (const a of new Set(all.map((r) => r.article_id))) {
      db.prepare("DELETE FROM event_mentions WHERE article_id = ?").run(a);
      store(db, all.filter((r) => r.article_id === a));
    }
    rebuildEvents(db);
    expect({ events: events(db), links: links(db) }).toEqual(before);
  });
});
