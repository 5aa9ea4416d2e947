// Canonical events in the store. `updateEvents` re-merges only the subjects (jurisdiction +
// target) whose reports changed since the last merge (schema.sql's triggers queue them in
// merge_queue), so a nightly run's merge costs what it added, not the size of the store;
// `rebuildEvents` re-merges every subject (reextract). Both give the same events with the
// same ids for the same reports (ids: src/events/ids.ts), and write only the rows that
// changed. One IMMEDIATE transaction: readers never see a half-merged subject, and a
// failure leaves the last merge whole.
import type { DB } from "./db.js";
import { hintOf, mergeSubject, type CanonicalEvent, type MentionRow } from "../events/merge.js";
import { FIRM_JOINS, type ArticleHint, type JoinKind } from "../events/types.js";
import { dayNumber } from "../events/dates.js";
import { assignIds, type OldEvent } from "../events/ids.js";
import { pickArticleDate, type DateCandidate } from "../events/infer.js";
import { precisionOf } from "../types.js";
import { sha256 } from "../util/hash.js";

/** A subject's mentions with their article's stated date; an inferred date is an output of the merge, never an input. */
const SELECT_SUBJECT = `SELECT m.id, m.article_id, m.ordinal, m.action, m.target, m.jurisdiction, m.level, m.actor_name,
  m.scope, m.audience, m.announced, m.effective, m.deadline, m.expires, m.duration, m.main,
  instr(m.rules, '"date.published"') > 0 AS date_lent, m.event_id, m.event_join,
  CASE WHEN a.published_inferred = 1 THEN NULL ELSE a.published END AS published, a.lang, a.outlet
  FROM event_mentions m JOIN articles a ON a.id = m.article_id WHERE m.subject = ?`;

type Row = MentionRow & { event_id: number | null; event_join: string | null };

/** Rows read as arrays (about twice as fast as objects from the driver) and shaped here, in SELECT_SUBJECT's order. */
const toRow = (subject: string) => (r: unknown[]): Row => ({
  id: r[0] as number, article_id: r[1] as string, ordinal: r[2] as number, action: r[3] as string, target: r[4] as string,
  jurisdiction: r[5] as string | null, level: r[6] as string | null, actor_name: r[7] as string | null, scope: r[8] as string | null,
  audience: r[9] as string | null, announced: r[10] as string | null, effective: r[11] as string | null, deadline: r[12] as string | null,
  expires: r[13] as string | null, duration: r[14] as string | null, main: r[15] as number, date_lent: r[16] as number,
  event_id: r[17] as number | null, event_join: r[18] as string | null, published: r[19] as string | null, lang: r[20] as string,
  outlet: r[21] as string | null, subject,
});

/** The columns of an events row, in schema order. */
const COLUMNS = ["id", "event_key", "action", "target", "jurisdiction", "level", "actor_name", "scope", "audience", "announced",
  "announced_precision", "effective", "deadline", "expires", "duration", "n_mentions", "n_articles", "n_outlets", "n_languages",
  "languages", "outlets", "first_reported", "last_reported", "confidence", "changes_event_id", "change_kind", "subject",
  "announced_reports", "digest"] as const;
type EventRow = Record<(typeof COLUMNS)[number], string | number | null>;

function statements(db: DB) {
  return {
    mentions: db.prepare(SELECT_SUBJECT).raw(true),
    // Old events by their fingerprint only: reading every column of a large subject costs more than the merge.
    oldEvents: db.prepare("SELECT id, event_key, announced, digest FROM events WHERE subject = ?"),
    deleteEvent: db.prepare("DELETE FROM events WHERE id = ?"),
    // An event whose key changes gives up its old key first, so that two events may swap keys.
    freeKey: db.prepare("UPDATE events SET event_key = char(0) || id WHERE id = ?"),
    maxId: db.prepare("SELECT coalesce(max(id), 0) AS n FROM events"),
    upsert: db.prepare(`INSERT INTO events (${COLUMNS.join(", ")}) VALUES (${COLUMNS.map((c) => "@" + c).join(", ")})
      ON CONFLICT(id) DO UPDATE SET ${COLUMNS.filter((c) => c !== "id").map((c) => `${c} = excluded.${c}`).join(", ")}`),
    link: db.prepare("UPDATE event_mentions SET event_id = ?, event_join = ? WHERE id = ?"),
    dateCandidates: db.prepare(`SELECT e.announced, e.jurisdiction, e.n_articles, e.event_key AS key, m.event_join AS "join"
      FROM event_mentions m JOIN events e ON e.id = m.event_id WHERE m.article_id = ? AND m.main = 1`),
    articleDate: db.prepare("SELECT published, published_inferred FROM articles WHERE id = ?"),
    setInferred: db.prepare(`UPDATE articles SET published = ?, published_precision = ?, published_source = 'inferred:event',
      published_inferred = 1 WHERE id = ? AND (published IS NULL OR published_inferred = 1) AND published IS NOT ?`),
    clearInferred: db.prepare(`UPDATE articles SET published = NULL, published_precision = NULL, published_source = NULL,
      published_inferred = 0 WHERE id = ? AND published_inferred = 1`),
    // What an undated article's reports joined firmly (by date, or as the only decision): hints for its other main reports.
    firmDays: db.prepare(`SELECT m.subject, e.announced, m.main FROM event_mentions m JOIN events e ON e.id = m.event_id
      WHERE m.article_id = ? AND m.event_join IN ('date', 'only') AND e.announced IS NOT NULL`).raw(true),
    size: db.prepare("SELECT count(*) FROM event_mentions WHERE subject = ?").pluck(),
    hinted: db.prepare("SELECT DISTINCT subject FROM event_mentions WHERE article_id = ? AND event_join IN ('article', 'support')").pluck(),
    dequeue: db.prepare("DELETE FROM merge_queue WHERE subject = ?"),
    count: db.prepare("SELECT count(*) AS n FROM events"),
  };
}
type Statements = ReturnType<typeof statements>;

function eventRow(e: CanonicalEvent, ids: Map<string, number>): EventRow {
  const row: EventRow = {
    id: ids.get(e.key)!, event_key: e.key, action: e.action, target: e.target, jurisdiction: e.jurisdiction, level: e.level,
    actor_name: e.actor_name, scope: e.scope, audience: e.audience, announced: e.announced, announced_precision: e.announced_precision,
    effective: e.effective, deadline: e.deadline, expires: e.expires, duration: e.duration, n_mentions: e.mentionIds.length,
    n_articles: e.n_articles, n_outlets: e.n_outlets, n_languages: e.n_languages, languages: JSON.stringify(e.languages),
    outlets: JSON.stringify(e.outlets), first_reported: e.first_reported, last_reported: e.last_reported, confidence: e.confidence,
    changes_event_id: e.changesKey ? ids.get(e.changesKey)! : null, change_kind: e.changeKind, subject: e.subject,
    announced_reports: e.announced_reports, digest: null,
  };
  row.digest = sha256(JSON.stringify(COLUMNS.map((c) => row[c])));
  return row;
}

type OldRow = Pick<EventRow, "id" | "event_key" | "announced" | "digest">;
const sameRow = (a: OldRow | undefined, b: EventRow) => !!a && a.digest === b.digest;

/** For the undated articles of these rows: what their reports of other subjects joined firmly (merge.ts hintOf). */
function hintsOf(s: Statements, subject: string, rows: Row[]): Map<string, ArticleHint> {
  const out = new Map<string, ArticleHint>();
  for (const a of new Set(rows.filter((r) => !r.published && !r.announced).map((r) => r.article_id))) {
    const firm = (s.firmDays.all(a) as [string, string, number][]).map(([sub, d, main]) => ({ subject: sub, day: dayNumber(d), main: !!main }));
    const h = hintOf(subject, firm);
    if (h) out.set(a, h);
  }
  return out;
}

/** Whether a report of an undated article changed a firm placement (its kind or its decision's date). */
const shifted = (r: Row, oldAnnounced: string | null, kind: JoinKind, announced: string | null) =>
  !r.published && (FIRM_JOINS.has(r.event_join as JoinKind) || FIRM_JOINS.has(kind)) && (r.event_join !== kind || oldAnnounced !== announced);

interface Touched {
  /** Undated articles whose main report moved or whose event changed: their inferred date is redone. */
  redate: string[];
  /** Undated articles whose firm placements changed: the hints of their other reports changed. */
  shifted: string[];
}

/** Re-merges one subject: ids kept (see ids.ts), only changed events and links written. */
function mergeOne(s: Statements, subject: string, next: () => number, rewrite: boolean): Touched {
  const rows = (s.mentions.all(subject) as unknown[][]).map(toRow(subject));
  const oldRows = s.oldEvents.all(subject) as OldRow[];
  const oldById = new Map(oldRows.map((o) => [o.id as number, o]));
  let oldArticles: Map<number, Set<string>> | null = null;
  const articlesOfOld = (id: number) => {
    if (!oldArticles) {
      oldArticles = new Map();
      for (const r of rows) if (r.event_id != null) (oldArticles.get(r.event_id) ?? oldArticles.set(r.event_id, new Set()).get(r.event_id)!).add(r.article_id);
    }
    return oldArticles.get(id) ?? new Set<string>();
  };
  const old: OldEvent[] = oldRows.map((o) => ({ id: o.id as number, key: o.event_key as string, articles: () => articlesOfOld(o.id as number) }));
  const events = rows.length ? mergeSubject(subject, rows, hintsOf(s, subject, rows)) : [];
  const rowById = new Map(rows.map((r) => [r.id, r]));
  const ids = assignIds(events.map((e) => ({ key: e.key, articles: () => new Set(e.mentionIds.map((id) => rowById.get(id)!.article_id)) })), old, next);
  const kept = new Set(ids.values());
  for (const o of old) if (!kept.has(o.id)) s.deleteEvent.run(o.id);
  const changed = events.map((e) => eventRow(e, ids)).filter((r) => rewrite || !sameRow(oldById.get(r.id as number), r));
  for (const r of changed) if (oldById.get(r.id as number) && oldById.get(r.id as number)!.event_key !== r.event_key) s.freeKey.run(r.id);
  for (const r of changed) s.upsert.run(r);
  const changedIds = new Set(changed.map((r) => r.id as number));
  const redate = new Set<string>();
  const moved = new Set<string>();
  for (const e of events) {
    const id = ids.get(e.key)!;
    for (const m of e.mentionIds) {
      const r = rowById.get(m)!;
      const join = e.joins.get(m)!;
      const relinked = r.event_id !== id || r.event_join !== join;
      // Unchanged links are not rewritten: most of a large subject stays where it was.
      if (relinked) s.link.run(id, join, m);
      if (r.main && !r.published && (relinked || changedIds.has(id))) redate.add(r.article_id);
      const before = r.event_id == null ? null : ((oldById.get(r.event_id)?.announced as string | null) ?? null);
      if (shifted(r, before, join, e.announced)) moved.add(r.article_id);
    }
  }
  s.dequeue.run(subject);
  return { redate: [...redate], shifted: [...moved] };
}

/** Undated articles take the date of the decision their main story reports (never an input to the merge). */
function redateArticles(s: Statements, articles: Iterable<string>): void {
  for (const a of articles) {
    const cur = s.articleDate.get(a) as { published: string | null; published_inferred: number } | undefined;
    if (!cur || (cur.published && !cur.published_inferred)) continue;
    const date = pickArticleDate(s.dateCandidates.all(a) as DateCandidate[]);
    if (date) s.setInferred.run(date, precisionOf(date), a, date);
    else s.clearInferred.run(a);
  }
}

/** `rewrite`: write every event even when its fingerprint is unchanged (a full rebuild repairs any drift). */
function mergeSubjects(db: DB, pick: (db: DB) => string[], rewrite = false): number {
  const s = statements(db);
  return db.transaction(() => {
    // A lift may be written before the ban it ends gets its row: checked at commit.
    db.pragma("defer_foreign_keys = ON");
    let top = (s.maxId.get() as { n: number }).n;
    const redate = new Set<string>();
    let step = 0;
    const doneAt = new Map<string, number>();
    const shiftAt = new Map<string, number>();
    const round = (subjects: string[]) => {
      for (const subject of subjects) {
        const t = mergeOne(s, subject, () => ++top, rewrite);
        t.redate.forEach((a) => redate.add(a));
        t.shifted.forEach((a) => shiftAt.set(a, step));
        doneAt.set(subject, step++);
      }
    };
    // Firm placements never depend on hints, so after one round they are final. Small
    // subjects go first (they make most firm placements, and large ones then read fresh
    // hints); a subject whose hinted articles shifted after it was merged is merged again.
    const size = (x: string) => s.size.get(x) as number;
    round(pick(db).map((x) => [size(x), x] as const).sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1)).map(([, x]) => x));
    for (let pass = 0; pass < 3 && shiftAt.size; pass++) {
      const stale = new Set<string>();
      for (const [a, at] of shiftAt) for (const x of s.hinted.all(a) as string[]) if ((doneAt.get(x) ?? -1) < at) stale.add(x);
      shiftAt.clear();
      round([...stale].sort());
    }
    redateArticles(s, [...redate].sort());
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
  }, true);
}
