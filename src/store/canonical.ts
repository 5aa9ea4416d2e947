// Rebuilds the events table from all mentions in one short IMMEDIATE transaction (reads
// and writes see one consistent store even while another process ingests). Ids follow
// the deterministic event keys, so a rebuild over the same mentions writes the same rows.
import type { DB } from "./db.js";
import { mergeAll, type MentionRow } from "../events/merge.js";
import { precisionOf } from "../types.js";

/** Mentions with their article's stated date; an inferred date is an output of the merge, never an input. */
const SELECT_MENTIONS = `SELECT m.id, m.article_id, m.ordinal, m.action, m.target, m.jurisdiction, m.level, m.actor_name,
  m.scope, m.audience, m.announced, m.effective, m.deadline, m.expires, m.duration, m.main, m.rules,
  CASE WHEN a.published_inferred = 1 THEN NULL ELSE a.published END AS published, a.lang, a.outlet
  FROM event_mentions m JOIN articles a ON a.id = m.article_id`;

export function rebuildEvents(db: DB): number {
  const insert = db.prepare(`INSERT INTO events (id, event_key, action, target, jurisdiction, level, actor_name, scope, audience,
    announced, announced_precision, effective, deadline, expires, duration, n_mentions, n_articles, n_outlets, n_languages,
    languages, outlets, first_reported, last_reported, confidence, changes_event_id, change_kind)
    VALUES (@id, @key, @action, @target, @jurisdiction, @level, @actor_name, @scope, @audience, @announced,
    @announced_precision, @effective, @deadline, @expires, @duration, @n_mentions, @n_articles, @n_outlets, @n_languages,
    @languages, @outlets, @first_reported, @last_reported, @confidence, NULL, NULL)`);
  const link = db.prepare("UPDATE event_mentions SET event_id = ? WHERE id = ?");
  const change = db.prepare("UPDATE events SET changes_event_id = ?, change_kind = ? WHERE id = ?");
  const clearInferred = db.prepare(`UPDATE articles SET published = NULL, published_precision = NULL, published_source = NULL,
    published_inferred = 0 WHERE published_inferred = 1`);
  const setInferred = db.prepare(`UPDATE articles SET published = ?, published_precision = ?, published_source = 'inferred:event',
    published_inferred = 1 WHERE id = ? AND published IS NULL`);
  return db.transaction(() => {
    const rows = db.prepare(SELECT_MENTIONS).all() as MentionRow[];
    const { events, inferredPublished } = mergeAll(rows);
    events.sort((a, b) => (a.key < b.key ? -1 : 1));
    db.prepare("UPDATE event_mentions SET event_id = NULL").run();
    db.prepare("DELETE FROM events").run();
    const ids = new Map<string, number>();
    events.forEach((e, i) => {
      ids.set(e.key, i + 1);
      insert.run({ ...e, id: i + 1, n_mentions: e.mentionIds.length, languages: JSON.stringify(e.languages), outlets: JSON.stringify(e.outlets) });
      for (const m of e.mentionIds) link.run(i + 1, m);
    });
    for (const e of events) if (e.changesKey && ids.has(e.changesKey)) change.run(ids.get(e.changesKey)!, e.changeKind, ids.get(e.key)!);
    clearInferred.run();
    for (const [article, date] of [...inferredPublished].sort()) setInferred.run(date, precisionOf(date), article);
    return events.length;
  }).immediate();
}
