// Canonical events: mentions of one decision across articles and languages merged into
// one event. Pure and deterministic: the same mentions in any order give the same events.
import type { PartialDate, Precision } from "../types.js";
import { precisionOf } from "../types.js";

export interface MentionRow {
  id: number;
  article_id: string;
  ordinal: number;
  action: string;
  target: string;
  jurisdiction: string | null;
  level: string | null;
  actor_name: string | null;
  scope: string | null;
  audience: string | null;
  announced: string | null;
  effective: string | null;
  deadline: string | null;
  expires: string | null;
  duration: string | null;
  main: number;
  published: string | null;
  lang: string;
  outlet: string | null;
}

export interface CanonicalEvent {
  key: string;
  action: string;
  target: string;
  jurisdiction: string | null;
  level: string | null;
  actor_name: string | null;
  scope: string | null;
  audience: string | null;
  announced: PartialDate | null;
  announced_precision: Precision | null;
  effective: string | null;
  deadline: string | null;
  expires: string | null;
  duration: string | null;
  mentionIds: number[];
  n_articles: number;
  n_outlets: number;
  n_languages: number;
  languages: string[];
  first_reported: string | null;
  last_reported: string | null;
  confidence: number;
  changesKey: string | null;
}

/** Announced dates further apart than this are different decisions. */
export const DATE_WINDOW_DAYS = 45;

const dayNumber = (d: string) => {
  const [y, m = 1, dd = 1] = d.split("-").map(Number);
  return Date.UTC(y, m - 1, dd) / 86400000;
};
/** Two partial dates agree when one is a prefix of the other or they lie within the window. */
function compatible(a: string, b: string): boolean {
  if (a.startsWith(b) || b.startsWith(a)) return true;
  return Math.abs(dayNumber(a) - dayNumber(b)) <= DATE_WINDOW_DAYS;
}

/** Weight of a mention's vote: main-story reports and precise dates count more. */
const weight = (m: MentionRow) => 1 + (m.main ? 1 : 0) + (m.announced ? precisionOf(m.announced) === "day" ? 0.5 : 0.25 : 0);

function vote(ms: MentionRow[], f: keyof MentionRow): string | null {
  const tally = new Map<string, number>();
  for (const m of ms) {
    const v = m[f];
    if (v == null) continue;
    tally.set(String(v), (tally.get(String(v)) ?? 0) + weight(m));
  }
  // Highest weight wins; ties go to the lexicographically first value, so order never matters.
  return [...tally.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
}

/** For dates: among votes, the most precise value consistent with the winner. */
function voteDate(ms: MentionRow[], f: "announced" | "effective" | "deadline" | "expires"): string | null {
  const win = vote(ms, f);
  if (!win) return null;
  const finer = ms.map((m) => m[f]).filter((v): v is string => !!v && v.startsWith(win) && v.length > win.length).sort();
  return finer.length ? vote(ms.filter((m) => m[f] && finer.includes(m[f]!)), f) : win;
}

const byStable = (a: MentionRow, b: MentionRow) => (a.article_id < b.article_id ? -1 : a.article_id > b.article_id ? 1 : a.ordinal - b.ordinal);

export function mergeMentions(rows: MentionRow[]): CanonicalEvent[] {
  const groups = new Map<string, MentionRow[]>();
  for (const r of [...rows].sort(byStable)) {
    const k = `${r.jurisdiction ?? ""}|${r.target.toLowerCase()}|${r.action}`;
    (groups.get(k) ?? groups.set(k, []).get(k)!).push(r);
  }
  const events: CanonicalEvent[] = [];
  for (const [k, ms] of [...groups.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    // Cluster dated mentions by announced date, earliest first.
    const dated = ms.filter((m) => m.announced).sort((a, b) => (a.announced! < b.announced! ? -1 : a.announced! > b.announced! ? 1 : byStable(a, b)));
    const clusters: MentionRow[][] = [];
    for (const m of dated) {
      const c = clusters.find((c) => c.every((x) => compatible(x.announced!, m.announced!)));
      if (c) c.push(m);
      else clusters.push([m]);
    }
    // Undated mentions join the cluster nearest their article's date (the largest when unknown).
    for (const m of ms.filter((m) => !m.announced)) {
      if (!clusters.length) {
        clusters.push([m]);
        continue;
      }
      const ref = m.published;
      const score = (c: MentionRow[]) =>
        ref ? -Math.min(...c.map((x) => Math.abs(dayNumber(x.announced ?? ref) - dayNumber(ref)))) : c.length;
      const best = [...clusters].sort((a, b) => score(b) - score(a) || clusters.indexOf(a) - clusters.indexOf(b))[0];
      // Only within the window of the article's date, else it is a decision of its own.
      if (ref && best[0].announced && !compatible(best[0].announced, ref) && dayNumber(ref) < dayNumber(best[0].announced)) {
        clusters.push([m]);
      } else best.push(m);
    }
    for (const c of clusters) events.push(toEvent(k, c));
  }
  // Lifts point at the latest earlier decision on the same target and place.
  for (const e of events.filter((e) => e.action === "lift")) {
    const bans = events.filter((b) => b.action === "ban" && b.jurisdiction === e.jurisdiction && b.target.toLowerCase() === e.target.toLowerCase()
      && (!e.announced || !b.announced || b.announced <= e.announced));
    bans.sort((a, b) => ((a.announced ?? "") < (b.announced ?? "") ? 1 : -1));
    e.changesKey = bans[0]?.key ?? null;
  }
  return events;
}

function toEvent(groupKey: string, ms: MentionRow[]): CanonicalEvent {
  const announced = voteDate(ms, "announced");
  const articles = new Set(ms.map((m) => m.article_id));
  const outlets = new Set(ms.map((m) => m.outlet ?? m.article_id));
  const languages = [...new Set(ms.map((m) => m.lang))].sort();
  const pubs = ms.map((m) => m.published).filter((p): p is string => !!p).sort();
  const hasMain = ms.some((m) => m.main);
  const confidence = Math.min(1, 0.3 + 0.15 * Math.min(articles.size, 4) + (hasMain ? 0.1 : 0) + (announced ? 0.1 : 0));
  return {
    key: `${groupKey}|${announced ?? "undated"}`,
    action: ms[0].action,
    target: vote(ms, "target")!,
    jurisdiction: ms[0].jurisdiction,
    level: vote(ms, "level"),
    actor_name: vote(ms, "actor_name"),
    scope: vote(ms, "scope"),
    audience: vote(ms, "audience"),
    announced,
    announced_precision: announced ? precisionOf(announced) : null,
    effective: voteDate(ms, "effective"),
    deadline: voteDate(ms, "deadline"),
    expires: voteDate(ms, "expires"),
    duration: vote(ms, "duration"),
    mentionIds: ms.map((m) => m.id).sort((a, b) => a - b),
    n_articles: articles.size,
    n_outlets: outlets.size,
    n_languages: languages.length,
    languages,
    first_reported: pubs[0] ?? null,
    last_reported: pubs[pubs.length - 1] ?? null,
    confidence: Math.round(confidence * 100) / 100,
    changesKey: null,
  };
}
