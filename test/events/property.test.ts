// The store's incremental merge, batch after batch, gives what the pure merge gives over
// all reports at once, and a full rebuild then changes nothing (ids included).
import { describe, expect, it } from "vitest";
import { openDb, type DB } from "../../src/store/db.js";
import { rebuildEvents, updateEvents } from "../../src/store/canonical.js";
import { mergeAll, type MentionRow } from "../../src/events/merge.js";
import { m, store } from "./helpers.js";

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** Random reports of a few subjects: days, months or no date; main or background; some articles undated. */
function reports(seed: number, n: number): MentionRow[] {
  const rand = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const rows: MentionRow[] = [];
  for (let a = 0; a < n; a++) {
    const day = new Date(Date.UTC(2020, 0, 1) + Math.floor(rand() * 900) * 86400000).toISOString().slice(0, 10);
    const published = rand() < 0.7 ? day : null;
    const k = 1 + Math.floor(rand() * 3);
    for (let o = 0; o < k; o++) {
      const r = rand();
      rows.push(m({
        article_id: `art-${seed}-${a}`, ordinal: o, published,
        jurisdiction: pick(["US", "BE"]), target: pick(["TikTok", "WeChat", "tik-tok"]), action: pick(["ban", "ban", "ban", "lift"]),
        level: pick(["national", "national", null]), scope: pick(["public", "official_devices", null]),
        announced: r < 0.45 ? day : r < 0.6 ? day.slice(0, 7) : null, main: o === 0 ? 1 : 0,
        outlet: pick(["a.com", "b.com", null]), lang: pick(["en", "fr"]),
      }));
    }
  }
  return rows;
}

const fromStore = (db: DB) =>
  (db.prepare(`SELECT e.event_key AS key, e.announced, e.scope, e.n_articles, c.event_key AS changes,
    group_concat(m.article_id || '#' || m.ordinal || ':' || m.event_join, ' ') AS members
    FROM events e JOIN event_mentions m ON m.event_id = e.id LEFT JOIN events c ON c.id = e.changes_event_id
    GROUP BY e.id`).all() as Record<string, unknown>[])
    .map((e) => ({ ...e, members: String(e.members).split(" ").sort().join(" ") }) as Record<string, unknown>)
    .sort((a, b) => (String(a.key) < String(b.key) ? -1 : 1));

const fromPure = (rows: MentionRow[]) => {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return mergeAll(rows).events
    .map((e) => ({
      key: e.key, announced: e.announced, scope: e.scope, n_articles: e.n_articles, changes: e.changesKey,
      members: e.mentionIds.map((id) => `${byId.get(id)!.article_id}#${byId.get(id)!.ordinal}:${e.joins.get(id)}`).sort().join(" "),
    }))
    .sort((a, b) => (a.key < b.key ? -1 : 1));
};

describe("incremental merge = pure merge of everything", () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    it(`seed ${seed}: three batches`, () => {
      const rows = reports(seed, 45);
      const db = openDb(":memory:");
      for (const part of [0, 1, 2]) {
        const articles = [...new Set(rows.map((r) => r.article_id))].filter((_, i) => i % 3 === part);
        store(db, rows.filter((r) => articles.includes(r.article_id)));
        updateEvents(db);
      }
      expect(fromStore(db)).toEqual(fromPure(rows));
      const before = db.prepare("SELECT * FROM events ORDER BY id").all();
      rebuildEvents(db);
      expect(db.prepare("SELECT * FROM events ORDER BY id").all()).toEqual(before);
    });
  }
});
