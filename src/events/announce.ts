// The decision's date by evidence, not by the first report: the most precise date that the
// reports support and none contradicts. Dates stated in the text outrank dates lent by a
// main story's publication day (used only when no report states one). Among days read, one
// wins when it is the only one, when two or more articles agree on it and fewer agree on
// any other, or when only it comes from a main story; otherwise the reports agree only on
// the month (or the year) the days share, and that is the date.
import type { Precision } from "../types.js";
import { precisionOf } from "../types.js";

export interface Reading {
  date: string;
  article: string;
  main: boolean;
  /** stated in the text (or a sibling target's date), or lent by the article's publication day */
  source: "stated" | "published";
}

export interface Announced {
  date: string;
  precision: Precision;
  /** Articles whose reading gave this date (equal to it, or a day within it). */
  reports: number;
}

interface Tally {
  date: string;
  articles: Set<string>;
  mainArticles: Set<string>;
}

function tally(rs: Reading[], key: (r: Reading) => string | null): Tally[] {
  const by = new Map<string, Tally>();
  for (const r of rs) {
    const k = key(r);
    if (!k) continue;
    const t = by.get(k) ?? by.set(k, { date: k, articles: new Set(), mainArticles: new Set() }).get(k)!;
    t.articles.add(r.article);
    if (r.main) t.mainArticles.add(r.article);
  }
  const score = (t: Tally) => t.articles.size + t.mainArticles.size;
  return [...by.values()].sort((a, b) => score(b) - score(a) || b.articles.size - a.articles.size || (a.date < b.date ? -1 : 1));
}

/** The one clear winner among rival dates of one precision, or null when they disagree. */
function winner(ts: Tally[]): string | null {
  if (!ts.length) return null;
  if (ts.length === 1) return ts[0].date;
  const [a, b] = ts;
  if (a.articles.size >= 2 && a.articles.size > b.articles.size) return a.date;
  if (a.mainArticles.size > 0 && b.mainArticles.size === 0 && ts.slice(1).every((t) => t.mainArticles.size === 0)) return a.date;
  return null;
}

export function chooseAnnounced(all: Reading[]): Announced | null {
  const stated = all.filter((r) => r.source === "stated");
  const rs = stated.length ? stated : all;
  if (!rs.length) return null;
  const day = winner(tally(rs, (r) => (r.date.length === 10 ? r.date : null)));
  const month = day ?? winner(tally(rs, (r) => (r.date.length >= 7 ? r.date.slice(0, 7) : null)));
  const date = month ?? winner(tally(rs, (r) => r.date.slice(0, 4)));
  if (!date) return null;
  // No coarser reading may contradict it (rival days of its own precision were outvoted above).
  if (!rs.every((r) => r.date.length >= date.length || date.startsWith(r.date))) return null;
  return { date, precision: precisionOf(date), reports: new Set(rs.filter((r) => r.date.startsWith(date)).map((r) => r.article)).size };
}
