// Reports without a date of their own (background mentions, main stories of undated
// articles) join a dated decision: the one compatible decision when exactly one exists;
// with several, the one nearest in time to the article's publication (never one taken
// after the article, except for proposals); with no publication date, the best-supported
// (same named body first), unless its article's other reports were placed firmly in dated
// decisions: its main story's (a list of bans of one decree: "TikTok and WeChat"), in which
// case the one nearest to those; else its background's, which came first, in which case the
// first decision after them. A background report never lends its article's date: its
// publication only chooses among decisions. Scores are taken against the dated decisions
// only, so undated reports never depend on each other or on their order.
import type { ArticleHint, JoinKind, MentionRow } from "./types.js";
import type { Cluster } from "./cluster.js";
import { lastDayNumber, dayNumber } from "./dates.js";
import { GENERIC_ACTORS } from "./constants.js";

export interface Home {
  cluster: Cluster;
  kind: JoinKind;
}

const ANY = "*";
const actorKey = (a: string | null) => (a && !GENERIC_ACTORS.has(a.toLowerCase()) ? a.toLowerCase() : null);
/** Articles per decision, counted once: the sweep is over before undated reports look. */
const articleCounts = new WeakMap<Cluster, number>();
const articlesOf = (c: Cluster): number => {
  let n = articleCounts.get(c);
  if (n === undefined) articleCounts.set(c, (n = new Set(c.members.map((p) => p.m.article_id)).size));
  return n;
};

/** Decisions of one level (or of no known level), by first date, with what undated reports ask of them. */
class LevelList {
  readonly byStart: Cluster[];
  readonly best: Cluster;
  readonly bestByActor = new Map<string, Cluster>();
  constructor(clusters: Cluster[]) {
    this.byStart = [...clusters].sort((a, b) => a.firstStart - b.firstStart || a.order - b.order);
    const better = (a: Cluster, b: Cluster) => articlesOf(a) - articlesOf(b) || a.firstStart - b.firstStart || b.order - a.order;
    this.best = this.byStart.reduce((x, c) => (better(c, x) > 0 ? c : x));
    for (const c of this.byStart) {
      for (const a of new Set(c.members.map((p) => actorKey(p.m.actor_name)))) {
        if (!a) continue;
        const cur = this.bestByActor.get(a);
        if (!cur || better(c, cur) > 0) this.bestByActor.set(a, c);
      }
    }
  }

  /** How many decisions start no later than `bound`, and the one of them nearest to it. */
  before(bound: number): { count: number; nearest: Cluster | null } {
    let lo = 0, hi = this.byStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.byStart[mid].firstStart <= bound) lo = mid + 1;
      else hi = mid;
    }
    return { count: lo, nearest: lo ? this.byStart[lo - 1] : null };
  }

  /** The first decision first read strictly after `day`, or null. */
  firstAfter(day: number): Cluster | null {
    return this.byStart[this.before(day).count] ?? null;
  }

  /** For proposals (announced before they are taken): the decision nearest to `day` on either side. */
  around(day: number): Cluster {
    const { count } = this.before(day);
    const cands = [this.byStart[count - 1], this.byStart[count]].filter(Boolean);
    return cands.sort((a, b) => Math.abs(a.firstStart - day) - Math.abs(b.firstStart - day) || a.order - b.order)[0];
  }
}

export class Homes {
  private lists = new Map<string, LevelList>();
  constructor(clusters: Cluster[]) {
    const byLevel = new Map<string, Cluster[]>();
    for (const c of clusters) {
      const k = c.level ?? ANY;
      (byLevel.get(k) ?? byLevel.set(k, []).get(k)!).push(c);
    }
    for (const [k, cs] of byLevel) this.lists.set(k, new LevelList(cs));
  }

  /**
   * The decision an undated report joins, or null when none is compatible. `hint`: what its
   * article's reports of other subjects joined firmly (undated articles' main reports only).
   */
  find(m: MentionRow, hint?: ArticleHint): Home | null {
    const hints = hint?.days ?? [];
    const lists = m.level ? [this.lists.get(m.level), this.lists.get(ANY)].filter((l): l is LevelList => !!l) : [...this.lists.values()];
    if (!lists.length) return null;
    const total = lists.reduce((n, l) => n + l.byStart.length, 0);
    if (m.published && m.action !== "proposal") {
      // News reports the past: a decision first read after the article's last day cannot be it.
      const bound = lastDayNumber(m.published) + 1;
      const found = lists.map((l) => l.before(bound));
      const count = found.reduce((n, f) => n + f.count, 0);
      if (!count) return null;
      const nearest = found.map((f) => f.nearest).filter((c): c is Cluster => !!c)
        .sort((a, b) => b.firstStart - a.firstStart || a.order - b.order)[0];
      return { cluster: nearest, kind: count === 1 ? "only" : "nearest" };
    }
    if (total === 1) return { cluster: lists.find((l) => l.byStart.length)!.byStart[0], kind: "only" };
    if (m.published) {
      const day = dayNumber(m.published);
      const near = lists.map((l) => l.around(day)).sort((a, b) => Math.abs(a.firstStart - day) - Math.abs(b.firstStart - day) || a.order - b.order)[0];
      return { cluster: near, kind: "nearest" };
    }
    if (hints.length) {
      const gap = (c: Cluster) => Math.min(...hints.map((h) => Math.abs(c.firstStart - h)));
      const near = lists.flatMap((l) => hints.map((h) => l.around(h))).sort((a, b) => gap(a) - gap(b) || a.order - b.order)[0];
      return { cluster: near, kind: "article" };
    }
    // What the article tells as background came first: its story is a decision first read after that, the earliest such.
    const after = hint?.after;
    if (after != null) {
      const later = lists.map((l) => l.firstAfter(after)).filter((c): c is Cluster => !!c).sort((a, b) => a.firstStart - b.firstStart || a.order - b.order)[0];
      if (later) return { cluster: later, kind: "article" };
    }
    const actor = actorKey(m.actor_name);
    const sameActor = actor ? lists.map((l) => l.bestByActor.get(actor)).filter((c): c is Cluster => !!c) : [];
    const pool = sameActor.length ? sameActor : lists.map((l) => l.best);
    const best = pool.sort((a, b) => articlesOf(b) - articlesOf(a) || b.firstStart - a.firstStart || a.order - b.order)[0];
    return { cluster: best, kind: "support" };
  }
}

/**
 * Undated reports that no dated decision fits: those of one level are one decision (a
 * report naming no level joins the largest such group).
 */
export function groupLoose(ms: MentionRow[]): MentionRow[][] {
  const byLevel = new Map<string, MentionRow[]>();
  for (const m of ms) if (m.level) (byLevel.get(m.level) ?? byLevel.set(m.level, []).get(m.level)!).push(m);
  const unknown = ms.filter((m) => !m.level);
  if (unknown.length) {
    const largest = [...byLevel.entries()].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))[0];
    if (largest) largest[1].push(...unknown);
    else byLevel.set(ANY, unknown);
  }
  return [...byLevel.values()];
}
