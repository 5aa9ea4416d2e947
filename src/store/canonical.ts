// Canonical events in the store. `updateEvents` re-merges only the subjects (jurisdiction +
// target) whose reports changed since the last merge (schema.sql's triggers queue them in
// merge_queue), so a nightly run's merge costs what it added, not the size of the store;
// `rebuildEvents` re-merges every subject (reextract). Both give the same events with the
// same ids for the same reports (ids: src/events/ids.ts). One IMMEDIATE transaction: readers
// never see a half-merged subject, and a failure leaves the last merge whole.
import type { DB } from "./db.js";
import { mergeSubject, type CanonicalEvent, type MentionRow } from "../events/merge.js";
import { assignIds, type OldEvent } from "../events/ids.js";
import { pickArticleDate, type DateCandidate } from "../events/infer.js";
import { precisionOf } from "../types.js";

/** A subject's mentions with their article's stated date; an inferred date is an output of the merge, never an input. */
const SELECT_SUBJECT = `SELECT m.id, m.article_id, m.ordinal, m.action, m.target, m.jurisdiction, m.level, m.actor_name,
  m.scope, m.audience, m.announced, m.effective, m.deadline, m.expires, m.duration, m.main, m.rules, m.subject, m.event_id,
  CASE WHEN a.published_inferred = 1 THEN NULL ELSE a.published END AS published, a.lang, a.outlet
  FROM event_mentions m JOIN articles a ON a.id = m.article_id WHERE m.subject = ?`;

type Row = MentionRow & { event_id: number | null };

function statements(db: DB) {
  return {
    mentions: db.prepare(SELECT_SUBJECT),
    oldEvents: db.prepare("SELECT id, event_key AS key FROM events WHERE subject = ?"),
    deleteEvents: db.prepare("DELETE FROM events WHERE subject = ?"),
    maxId: db.prepare("SELECT coalesce(max(id), 0) AS n FROM events"),
    insert: db.prepare(`INSERT INTO events (id, event_key, subject, action, target, jurisdiction, level, actor_name, scope, audience,
      announced, announced_precision, announced_reports, effective, deadline, expires, duration, n_mentions, n_articles, n_outlets,
      n_languages, languages, outlets, first_reported, last_reported, confidence, changes_event_id, change_kind)
      VALUES (@id, @key, @subject, @action, @target, @jurisdiction, @level, @actor_name, @scope, @audience, @announced,
      @announced_precision, @announced_reports, @effective, @deadline, @expires, @duration, @n_mentions, @n_articles, @n_outlets,
      @n_languages, @languages, @outlets, @first_reported, @last_reported, @confidence, NULL, NULL)`),
    link: db.prepare("UPDATE event_mentions SET event_id = ?, event_join = ? WHERE id = ?"),
    change: db.prepare("UPDATE events SET changes_event_id = ?, change_kind = ? WHERE id = ?"),
    dateCandidates: db.prepare(`SELECT e.announced, e.jurisdiction, e.n_articles, e.event_key AS key, m.event_join AS "join"
      FROM event_mentions m JOIN events e ON e.id = m.event_id WHERE m.article_id = ? AND m.main = 1`),
    articleDate: db.prepare("SELECT published, published_inferred FROM articles WHERE id = ?"),
    setInferred: db.prepare(`UPDATE articles SET published = ?, published_precision = ?, published_source = 'inferred:event',
      published_inferred = 1 WHERE id = ? AND (published IS NULL OR published_inferred = 1)`),
    clearInferred: db.prepare(`UPDATE articles SET published = NULL, published_precision = NULL, published_source = NULL,
      published_inferred = 0 WHERE id = ? AND published_inferred = 1`),
    dequeue: db.prepare("DELETE FROM merge_queue WHERE subject = ?"),
    count: db.prepare("SELECT count(*) AS n FROM events"),
  };
}
type Statements = ReturnType<typeof statements>;

/** Re-merges one subject: its events replaced in place, ids kept (see ids.ts). Returns its articles. */
function mergeOne(s: Statements, subject: string, next: () => number): string[] {
  const rows = s.mentions.all(subject) as Row[];
  const old: OldEvent[] = (s.oldEvents.all(subject) as { id: number; key: string }[]).map((o) => ({ ...o, articles: new Set<string>() }));
  const oldById = new Map(old.map((o) => [o.id, o]));
  for (const r of rows) if (r.event_id != null) oldById.get(r.event_id)?.articles.add(r.article_id);
  const events = rows.length ? mergeSubject(subject, rows) : [];
  const articleOf = new Map(rows.map((r) => [r.id, r.article_id]));
  const withArticles = (e: CanonicalEvent) => ({ key: e.key, articles: new Set(e.mentionIds.map((id) => articleOf.get(id)!)) });
  const ids = assignIds(events.map(withArticles), old, next);
  s.deleteEvents.run(subject);
  for (const e of events) {
    const id = ids.get(e.key)!;
    s.insert.run({ ...e, id, n_mentions: e.mentionIds.length, languages: JSON.stringify(e.languages), outlets: JSON.stringify(e.outlets) });
    for (const m of e.mentionIds) s.link.run(id, e.joins.get(m)!, m);
  }
  for (const e of events) if (e.changesKey) s.change.run(ids.get(e.changesKey)!, e.changeKind, ids.get(e.key)!);
  s.dequeue.run(subject);
  return [...new Set(rows.map((r) => r.article_id))];
}

/** Undated articles take the date of the decision their main story reports (never an input to the merge). */
function redateArticles(s: Statements, articles: Iterable<string>): void {
  for (const a of articles) {
    const cur = s.articleDate.get(a) as { published: string | null; published_inferred: number } | undefined;
    if (!cur || (cur.published && !cur.published_inferred)) continue;
    const date = pickArticleDate(s.dateCandidates.all(a) as DateCandidate[]);
    if (date) s.setInferred.run(date, precisionOf(date), a);
    else s.clearInferred.run(a);
  }
}

function mergeSubjects(db: DB, pick: (db: DB) => string[]): number {
  const s = statements(db);
  return db.transaction(() => {
    const subjects = pick(db).sort();
    let top = (s.maxId.get() as { n: number }).n;
    const articles = new Set<string>();
    for (const subject of subjects) for (const a of mergeOne(s, subject, () => ++top)) articles.add(a);
    redateArticles(s, [...articles].sort());
    return (s.count.get() as { n: number }).n;
  }).immediate();
}

/** Re-merges the subjects whose reports changed since the last merge. Returns the number of events in the store. */
export function updateEvents(db: DB): number {
  return mergeSubjects(db, (d) => (d.prepare("SELECT subject FROM merge_queue").pluck().all() as string[]));
}

/** Re-merges every subject (and drops events left without reports). Returns the number of events in the store. */
export function rebuildEvents(db: DB): number {
  return mergeSubjects(db, (d) => {
    d.prepare("DELETE FROM events WHERE subject IS NULL").run();
    d.prepare("DELETE FROM merge_queue").run();
    return d.prepare("SELECT subject FROM event_mentions UNION SELECT subject FROM events").pluck().all() as string[];
  });
}
