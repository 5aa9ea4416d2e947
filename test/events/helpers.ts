// Small mention fixtures for the merge tests: plain values, and the same rows in a store.
import type { MentionRow } from "../../src/events/merge.js";
import type { DB } from "../../src/store/db.js";

let nextId = 1;
export const m = (o: Partial<MentionRow> & { article_id: string }): MentionRow => ({
  id: nextId++, ordinal: 0, action: "ban", target: "TikTok", jurisdiction: "BE", level: "national", actor_name: null,
  scope: "official_devices", audience: null, announced: null, effective: null, deadline: null, expires: null, duration: null,
  main: 1, published: null, lang: "en", outlet: null, rules: null, ...o,
});

/** Writes each mention's article (once) and the mention, as the store's writer would. */
export function store(db: DB, rows: MentionRow[]): void {
  const art = db.prepare(`INSERT OR IGNORE INTO articles (id, outlet, published, published_precision, lang, text, content_hash, extractor_version, ingested_at)
    VALUES (?, ?, ?, NULL, ?, 'text', 'h', 'test', '2024-01-01')`);
  const men = db.prepare(`INSERT INTO event_mentions (article_id, ordinal, action, target, jurisdiction, level, actor_name, scope, audience,
    announced, effective, deadline, expires, duration, main, evidence_text, evidence_start, evidence_end, evidence, rules, extractor_version)
    VALUES (@article_id, @ordinal, @action, @target, @jurisdiction, @level, @actor_name, @scope, @audience, @announced, @effective,
    @deadline, @expires, @duration, @main, 'sentence', 0, 8, '[]', @rules, 'test')`);
  db.transaction(() => {
    for (const r of rows) {
      art.run(r.article_id, r.outlet, r.published, r.lang);
      men.run({ ...r, rules: r.rules ?? "[]" });
    }
  })();
}
