// Rebuilds the events table from all mentions in one short transaction. Ids are given
// in the order of the deterministic event keys, so a rebuild over the same mentions
// writes the same rows.
import type { DB } from "./db.js";
import { mergeMentions, type MentionRow } from "../events/merge.js";

export function rebuildEvents(db: DB): number {
  const rows = db.prepare(`SELECT m.id, m.article_id, m.ordinal, m.action, m.target, m.jurisdiction, m.level, m.actor_name,
    m.scope, m.audience, m.announced, m.effective, m.deadline, m.expires, m.duration, m.main, a.published, a.lang, a.outlet
    FROM event_mentions m JOIN articles a ON a.id = m.article_id`).all() as MentionRow[];
  const events = mergeMentions(rows).sort((a, b) => (a.key < b.key ? -1 : 1));
  const insert = db.prepare(`INSERT INTO events (id, event_key, action, target, jurisdiction, level, actor_name, scope, audience,
    announced, announced_precision, effective, deadline, expires, duration, n_mentions, n_articles, n_outlets, n_languages,
    languages, first_reported, last_reported, confidence, changes_event_id)
    VALUES (@id, @key, @action, @target, @jurisdiction, @level, @actor_name, @scope, @audience, @announced,
    @announced_precision, @effective, @deadline, @expires, @duration, @n_mentions, @n_articles, @n_outlets, @n_languages,
    @languages, @first_reported, @last_reported, @confidence, NULL)`);
  const link = db.prepare("UPDATE event_mentions SET event_id = ? WHERE id = ?");
  const change = db.prepare("UPDATE events SET changes_event_id = ? WHERE id = ?");
  db.transaction(() => {
    db.prepare("UPDATE event_mentions SET event_id = NULL").run();
    db.prepare("DELETE FROM events").run();
    const ids = new Map<string, number>();
    events.forEach((e, i) => {
      ids.set(e.key, i + 1);
      insert.run({ ...e, id: i + 1, n_mentions: e.mentionIds.length, languages: JSON.stringify(e.languages) });
      for (const m of e.mentionIds) link.run(i + 1, m);
    });
    for (const e of events) if (e.changesKey && ids.has(e.changesKey)) change.run(ids.get(e.changesKey)!, ids.get(e.key)!);
  })();
  return events.length;
}
