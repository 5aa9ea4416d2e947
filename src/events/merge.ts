// Canonical events: reports of one decision across articles and languages merged into one
// event. Pure and deterministic: the same mentions in any order give the same events
// (every choice is made over mentions sorted by article id and ordinal, never by row id).
// The unit of work is a subject (jurisdiction + target, every action): the store re-merges
// only the subjects whose reports changed (src/store/canonical.ts).
import { FIRM_JOINS, type ArticleHint, type ArticleHints, type CanonicalEvent, type JoinKind, type MergeResult, type MentionRow } from "./types.js";
import { subjectOf } from "./subject.js";
import { clusterDated, byStable, reportedAfter, type Placed } from "./cluster.js";
import { Homes, groupLoose } from "./attach.js";
import { dayNumber, spanOf } from "./dates.js";
import { fromPublication, toEvent } from "./build.js";
import { linkLifts } from "./changes.js";
import { inferArticleDates } from "./infer.js";

export type { CanonicalEvent, MentionRow, MergeResult, ChangeKind, JoinKind } from "./types.js";
export { DAY_WINDOW } from "./dates.js";

/** Where a report stands in time: its own date, else a main story's article date, else nowhere. */
function place(m: MentionRow): Placed | null {
  if (m.announced) return { m, span: spanOf(m.announced), by: "date" };
  if (m.main && m.published) return { m, span: spanOf(m.published), by: "published" };
  return null;
}

/** One action's reports of a subject -> its decisions, each as its members and how they joined. */
function decisions(ms: MentionRow[], lifts: number[], hints: Map<string, ArticleHint>): { m: MentionRow; kind: JoinKind }[][] {
  const placed: Placed[] = [];
  const undated: MentionRow[] = [];
  for (const m of ms) {
    const p = place(m);
    if (p) placed.push(p);
    else undated.push(m);
  }
  // Reports dated in their text first; those dated only by their publication join them when the
  // publication follows one closely, and date decisions of their own otherwise.
  const soft = (p: Placed) => p.by === "published" || fromPublication(p.m);
  const clusters = clusterDated(placed.filter((p) => !soft(p)), lifts);
  const rest: Placed[] = [];
  for (const p of placed.filter(soft)) {
    const c = reportedAfter(clusters, p);
    if (c) c.members.push(p);
    else rest.push(p);
  }
  clusters.push(...clusterDated(rest, lifts, clusters.length));
  const out = clusters.map((c) => c.members.map((p) => ({ m: p.m, kind: p.by as JoinKind })));
  const homes = new Homes(clusters);
  const loose: MentionRow[] = [];
  for (const m of undated.sort(byStable)) {
    // Hints place an undated article's main reports, never a background one.
    const home = clusters.length ? homes.find(m, m.published || !m.main ? undefined : hints.get(m.article_id)) : null;
    if (home) out[home.cluster.order].push({ m, kind: home.kind });
    else loose.push(m);
  }
  for (const g of groupLoose(loose)) out.push(g.map((m) => ({ m, kind: "alone" as JoinKind })));
  return out;
}

/**
 * Every decision of one subject, with unique keys and lifts linked to what they end.
 * `hints`: for undated articles, the days of the decisions their reports of other subjects
 * joined firmly (see attach.ts); without them such reports fall back on support.
 */
export function mergeSubject(subject: string, rows: MentionRow[], hints: Map<string, ArticleHint> = new Map()): CanonicalEvent[] {
  const byAction = new Map<string, MentionRow[]>();
  for (const r of [...rows].sort(byStable)) (byAction.get(r.action) ?? byAction.set(r.action, []).get(r.action)!).push(r);
  const lifts = (byAction.get("lift") ?? []).map(place).filter((p): p is Placed => !!p).map((p) => p.span.start).sort((a, b) => a - b);
  const events: CanonicalEvent[] = [];
  for (const [action, ms] of [...byAction.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const built = decisions(ms, action === "ban" || action === "advisory" ? lifts : [], hints).map((c) => ({
      e: toEvent(subject, c),
      first: c.map((x) => x.m).reduce((a, b) => (byStable(a, b) <= 0 ? a : b)),
    }));
    // Keys must be unique: events of one key are ordered by their first report and numbered.
    built.sort((a, b) => (a.e.key < b.e.key ? -1 : a.e.key > b.e.key ? 1 : byStable(a.first, b.first)));
    const seen = new Map<string, number>();
    for (const { e } of built) {
      const n = (seen.get(e.key) ?? 0) + 1;
      seen.set(e.key, n);
      events.push(n === 1 ? e : { ...e, key: `${e.key}#${n}` });
    }
  }
  linkLifts(events);
  return events;
}

/** Mentions grouped by subject, in subject order. */
export function bySubject(rows: MentionRow[]): Map<string, MentionRow[]> {
  const groups = new Map<string, MentionRow[]>();
  for (const r of rows) {
    const k = subjectOf(r);
    (groups.get(k) ?? groups.set(k, []).get(k)!).push(r);
  }
  return new Map([...groups.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
}

export function mergeMentions(rows: MentionRow[]): CanonicalEvent[] {
  return mergeAll(rows).events;
}

/** The days of the decisions each undated article's reports joined firmly (by date, or as the only one). */
export function articleHints(events: CanonicalEvent[], rows: MentionRow[]): ArticleHints {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const out: ArticleHints = new Map();
  for (const e of events) {
    if (!e.announced) continue;
    for (const [id, kind] of e.joins) {
      const r = byId.get(id)!;
      if (r.published || !FIRM_JOINS.has(kind)) continue;
      (out.get(r.article_id) ?? out.set(r.article_id, []).get(r.article_id)!).push({ subject: e.subject, day: dayNumber(e.announced), main: !!r.main });
    }
  }
  return out;
}

/** One article's hint for a subject: its own decisions left out (they are what it decides). */
export function hintOf(subject: string, firm: { subject: string; day: number; main: boolean }[]): ArticleHint | null {
  const others = firm.filter((h) => h.subject !== subject);
  const days = [...new Set(others.filter((h) => h.main).map((h) => h.day))].sort((x, y) => x - y);
  const told = others.filter((h) => !h.main).map((h) => h.day);
  const after = told.length ? Math.max(...told) : null;
  return days.length || after !== null ? { days, after } : null;
}

/** A subject's view of the hints of its undated articles. */
export function hintsFor(subject: string, all: ArticleHints, articles: Iterable<string>): Map<string, ArticleHint> {
  const out = new Map<string, ArticleHint>();
  for (const a of articles) {
    const h = hintOf(subject, all.get(a) ?? []);
    if (h) out.set(a, h);
  }
  return out;
}

/**
 * The whole store at once (tests, and the meaning of every incremental merge). Firm
 * placements never depend on hints, so one pass without hints gives them all, and a
 * second pass places the reports of undated articles by them.
 */
export function mergeAll(rows: MentionRow[]): MergeResult {
  const groups = [...bySubject(rows)];
  const first = groups.flatMap(([s, ms]) => mergeSubject(s, ms));
  const hints = articleHints(first, rows);
  const events = groups.flatMap(([s, ms]) => mergeSubject(s, ms, hintsFor(s, hints, ms.map((m) => m.article_id))));
  return { events, inferredPublished: inferArticleDates(events, rows) };
}
