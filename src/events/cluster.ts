// Dated reports into decisions, one subject and action at a time. Reports are swept in date
// order; a report joins the nearest open decision it is compatible with in every member
// (complete linkage), which in date order reduces to a few O(1) checks on the decision's
// bounds. A decision closes once no later date can join it, so each report looks only at
// the decisions still open around its date: O(m log m) for m reports, the sort included.
// Scope never splits (it is voted); only dates, a lift between, or levels do.
import type { MentionRow } from "./types.js";
import { DAY_WINDOW, prefixRelated, type DateSpan } from "./dates.js";

/** A report placed in time: by its own date, or (a main story without one) by its article's date. */
export interface Placed {
  m: MentionRow;
  span: DateSpan;
  by: "date" | "published";
}

export class Cluster {
  readonly members: Placed[] = [];
  /** The most precise month or year read: every day of the decision must lie in it. */
  coarse: string | null = null;
  /** Last day the coarse date can mean (it closes the decision when no day has been read). */
  private coarseEnd = -Infinity;
  firstDay: DateSpan | null = null;
  lastDay: DateSpan | null = null;
  lastStart = -Infinity;
  lastEnd = -Infinity;
  /** The deciding level, once a member names one. */
  level: string | null = null;
  constructor(readonly order: number) {}

  get firstStart(): number {
    return this.members[0].span.start;
  }

  /** Whether p (not earlier than any member) can be one more report of this decision. */
  accepts(p: Placed, lifts: number[]): boolean {
    if (p.m.level && this.level && p.m.level !== this.level) return false;
    if (p.span.precision === "day") {
      if (this.coarse && !p.span.date.startsWith(this.coarse)) return false;
      if (this.firstDay && p.span.start - this.firstDay.start > DAY_WINDOW) return false;
    } else {
      if (this.coarse && !prefixRelated(this.coarse, p.span.date)) return false;
      if (this.firstDay && !(this.firstDay.date.startsWith(p.span.date) && this.lastDay!.date.startsWith(p.span.date))) return false;
    }
    return !liftBetween(lifts, this.lastEnd, p.span.start);
  }

  add(p: Placed): void {
    this.members.push(p);
    if (p.span.precision === "day") {
      this.firstDay ??= p.span;
      if (!this.lastDay || p.span.start > this.lastDay.start) this.lastDay = p.span;
    } else if (!this.coarse || p.span.date.length > this.coarse.length) [this.coarse, this.coarseEnd] = [p.span.date, p.span.end];
    this.level ??= p.m.level;
    this.lastStart = Math.max(this.lastStart, p.span.start);
    this.lastEnd = Math.max(this.lastEnd, p.span.end);
  }

  /** No report dated from `at` on can join any more. */
  closedAt(at: number): boolean {
    if (this.firstDay) return at - this.firstDay.start > DAY_WINDOW;
    return at > this.coarseEnd;
  }
}

/** A lift dated strictly between two reports of a ban means the ban was taken twice. */
function liftBetween(lifts: number[], after: number, before: number): boolean {
  let lo = 0, hi = lifts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lifts[mid] <= after) lo = mid + 1;
    else hi = mid;
  }
  return lo < lifts.length && lifts[lo] < before;
}

export const byStable = (a: MentionRow, b: MentionRow) =>
  a.article_id < b.article_id ? -1 : a.article_id > b.article_id ? 1 : a.ordinal - b.ordinal;

const byTime = (a: Placed, b: Placed) => a.span.start - b.span.start || a.span.end - b.span.end || byStable(a.m, b.m);

/**
 * Clusters placed reports of one subject and action. `lifts`: day numbers of the subject's
 * dated lifts (ascending); they split bans and advisories only.
 */
export function clusterDated(placed: Placed[], lifts: number[], firstOrder = 0): Cluster[] {
  const clusters: Cluster[] = [];
  let open: Cluster[] = [];
  for (const p of [...placed].sort(byTime)) {
    open = open.filter((c) => !c.closedAt(p.span.start));
    let best: Cluster | null = null;
    for (const c of open) {
      if (!c.accepts(p, lifts)) continue;
      if (!best || p.span.start - c.lastStart < p.span.start - best.lastStart) best = c;
    }
    if (!best) {
      best = new Cluster(firstOrder + clusters.length);
      clusters.push(best);
      open.push(best);
    }
    best.add(p);
  }
  return clusters;
}

/**
 * A report dated only by its publication (a main story without a date of its own, or one whose
 * date the publication day lent) says the decision came on or before that day, not on it: it
 * joins the nearest decision dated in the text whose last day lies within DAY_WINDOW before
 * the publication's span, or none.
 */
export function reportedAfter(clusters: Cluster[], p: Placed): Cluster | null {
  let best: Cluster | null = null;
  for (const c of clusters) {
    if (c.lastStart > p.span.end || p.span.start - c.lastStart > DAY_WINDOW) continue;
    if (c.level && p.m.level && c.level !== p.m.level) continue;
    if (!best || c.lastStart > best.lastStart) best = c;
  }
  return best;
}
