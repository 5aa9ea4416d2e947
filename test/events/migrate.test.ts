import { describe, expect, it } from "vitest";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { openDb, SCHEMA_VERSION } from "../../src/store/db.js";
import { updateEvents } from "../../src/store/canonical.js";
import { m, store } from "./helpers.js";

/** A store as it was before the incremental merge: no subjects, no queue, events keyed by the old merge. */
function oldStore(file: string): void {
  const db = openDb(file);
  store(db, [m({ article_id: "a", announced: "2023-03-10" }), m({ article_id: "b", announced: "2023-03-10", scope: "public" })]);
  db.exec(`DROP VIEW v_events; DROP VIEW v_event_reports; DROP VIEW v_event_dates;
    DROP TRIGGER mentions_queue_insert; DROP TRIGGER mentions_queue_delete; DROP TRIGGER mentions_queue_update; DROP TRIGGER articles_queue_update;
    DROP TABLE merge_queue; DROP INDEX mentions_subject; DROP INDEX events_subject; DROP INDEX events_changes;
    ALTER TABLE event_mentions DROP COLUMN subject; ALTER TABLE event_mentions DROP COLUMN event_join;
    ALTER TABLE events DROP COLUMN subject; ALTER TABLE events DROP COLUMN announced_reports;`);
  db.exec(`INSERT INTO events (id, event_key, action, target, jurisdiction, level, scope, announced, n_mentions, n_articles, n_outlets,
    n_languages, languages, confidence) VALUES (7, 'BE|tiktok|ban|2023-03-10|official_devices', 'ban', 'TikTok', 'BE', 'national',
    'official_devices', '2023-03-10', 2, 2, 2, 1, '["en"]', 0.9)`);
  db.exec("UPDATE event_mentions SET event_id = 7");
  db.pragma(`user_version = ${SCHEMA_VERSION - 1}`);
  db.close();
}

describe("the incremental-merge migration", () => {
  it("adds subjects, the queue and the views, and keeps an old event's id through the first merge", () => {
    const file = join(mkdtempSync(join(tmpdir(), "banwatch-merge-mig-")), "old.db");
    oldStore(file);
    const raw = new Database(file);
    expect(raw.prepare("SELECT name FROM pragma_table_xinfo('event_mentions') WHERE name = 'subject'").get()).toBeUndefined();
    raw.close();
    const db = openDb(file);
    expect(db.prepare("SELECT subject FROM merge_queue").pluck().all()).toEqual(["BE|tiktok"]);
    expect(db.prepare("SELECT subject FROM events").pluck().all()).toEqual(["BE|tiktok"]);
    updateEvents(db);
    expect(db.prepare("SELECT id, event_key, announced_reports FROM v_events").all()).toEqual([{ id: 7, event_key: "BE|tiktok|ban|2023-03-10", announced_reports: 2 }]);
    expect(db.prepare("SELECT count(*) FROM v_event_dates").pluck().get()).toBe(1);
    db.close();
  });
});
