// Canonical events: mentions of one decision across articles and languages merged into
// one event. Pure and deterministic: the same mentions in any order give the same events
// (every choice is made over mentions sorted by article id and ordinal, never by row id).
import type { Precision } from "../types.js";
import { precisionOf } from "../types.js";
import { CONFIDENCE, HOME_RECENCY_DAYS_PER_POINT, HOME_RECENCY_MAX, HOME_SAME_ACTOR, HOME_SAME_SCOPE, HOME_SUPPORT_MAX } from "../extract/constants.js";
import { compatibleDates, compatibleLevels, compatibleScopes, dayNumber, lastDayNumber } from "./compat.js";

export { DATE_WINDOW_DAYS } from "./compat.js";

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
  /** The article's stated publication date (never an inferred one: inference is an output). */
  published: string | null;
  lang: string;
  outlet: string | null;
  /** JSON array of rule ids, as stored; optional so tests can leave it out. */
  rules?: string | null;
}

export type ChangeKind = "lift" | "extension" | "amendment";

/** The event fields a canonical event shares with its mentions, voted among them. */
type EventFields = Pick<MentionRow, "action" | "target" | "jurisdiction" | "level" | "actor_name" | "scope" | "audience"
  | "announced" | "effective" | "deadline" | "expires" | "duration">;

export interface CanonicalEvent extends EventFields {
  key: string;
  announced_precision: Precision | null;
  mentionIds: number[];
  n_articles: number;
  n_outlets: number;
  n_languages: number;
  languages: string[];
  outlets: string[];
  first_reported: string | null;
  last_reported: string | null;
  confidence: number;
  changesKey: string | null;
  changeKind: ChangeKind | null;
}

export interface MergeResult {
  events: CanonicalEvent[];
  /** Articles without a publication date whose main event is dated elsewhere: article id -> that date. */
  inferredPublished: Map<string, string>;
}

/** Weight of a mention's vote: main-story reports and precise dates count more. */
export const weight = (m: MentionRow) =>
  1 + (m.main ? 1 : 0) + (m.announced ? (precisionOf(m.announced) === "day" ? 0.5 : 0.25) : 0);

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

/** For dates: the winning value, refined to the best-supported more precise value it prefixes. */
function voteDate(ms: MentionRow[], f: "announced" | "effective" | "deadline" | "expires"): string | null {
  const win = vote(ms, f);
  if (!win) return null;
  const finer = ms.filter((m) => m[f] && m[f]!.startsWith(win) && m[f]!.length > win.length);
  return finer.length ? voteDate(finer, f) : win;
}

const byStable = (a: MentionRow, b: MentionRow) =>
  a.article_id < b.article_id ? -1 : a.article_id > b.article_id ? 1 : a.ordinal - b.ordinal;

/** The date a mention is clustered on: its stated date, else for a main story the article's date. */
function anchorOf(m: MentionRow): string | null {
  return m.announced ?? (m.main ? m.published : null);
}

function fits(c: MentionRow[], m: MentionRow): boolean {
  const a = anchorOf(m)!;
  return c.every((x) => compatibleDates(anchorOf(x)!, a) && compatibleScopes(x.scope, m.scope) && compatibleLevels(x.level, m.level));
}

/** Distance in days from a mention's anchor to the nearest anchor of a cluster. */
const distance = (c: MentionRow[], d: string) => Math.min(...c.map((x) => Math.abs(dayNumber(anchorOf(x)!) - dayNumber(d))));

/** Actor names that say nothing about which body decided. */
const GENERIC_ACTORS = new Set(["government", "authorities", "state", "officials", "ministry", "parliament", "court", "regulator", "president"]);


/**
 * Score of a dated cluster as the home of an undated mention, or null when it cannot be.
 * Same scope and actor count most; then a decision taken before the article (news reports
 * the past), the nearer the better; then support.
 */
function homeScore(c: MentionRow[], m: MentionRow): number | null {
  if (!c.every((x) => compatibleScopes(x.scope, m.scope) && compatibleLevels(x.level, m.level))) return null;
  let s = 0;
  if (m.scope && c.some((x) => x.scope === m.scope)) s += HOME_SAME_SCOPE;
  if (m.actor_name && !GENERIC_ACTORS.has(m.actor_name.toLowerCase()) && c.some((x) => x.actor_name?.toLowerCase() === m.actor_name!.toLowerCase())) s += HOME_SAME_ACTOR;
  if (m.published) {
    const first = Math.min(...c.map((x) => dayNumber(anchorOf(x)!)));
    const pub = lastDayNumber(m.published);
    // A decision taken after this article appeared cannot be what it reports as done.
    if (first > pub + 1 && m.action !== "proposal") return null;
    s += HOME_RECENCY_MAX - Math.min(HOME_RECENCY_MAX, Math.abs(pub - first) / HOME_RECENCY_DAYS_PER_POINT);
  }
  return s + Math.min(new Set(c.map((x) => x.article_id)).size, HOME_SUPPORT_MAX);
}

/** Mentions attached without a date on weak evidence: they may not date their article. */
type Weak = Set<number>;

function clusterGroup(ms: MentionRow[], weak: Weak): MentionRow[][] {
  const anchored = ms.filter((m) => anchorOf(m)).sort((a, b) => {
    const x = anchorOf(a)!, y = anchorOf(b)!;
    return x < y ? -1 : x > y ? 1 : byStable(a, b);
  });
  const clusters: MentionRow[][] = [];
  for (const m of anchored) {
    // Complete linkage: a mention joins the nearest cluster it agrees with in every member.
    const a = anchorOf(m)!;
    let best: MentionRow[] | null = null;
    for (const c of clusters) if (fits(c, m) && (!best || distance(c, a) < distance(best, a))) best = c;
    if (best) best.push(m);
    else clusters.push([m]);
  }
  // Undated mentions attach to the best dated cluster, scored against the dated clusters
  // only (not against each other), so their order cannot matter.
  const dated = clusters.map((c) => c.slice()); // frozen: scores never see other undated mentions
  const loose: MentionRow[][] = [];
  for (const m of ms.filter((m) => !anchorOf(m)).sort(byStable)) {
    let best = -1;
    let bestScore = -Infinity;
    let second = -Infinity;
    dated.forEach((c, i) => {
      const s = homeScore(c, m);
      if (s === null) return;
      if (s > bestScore) [best, bestScore, second] = [i, s, bestScore];
      else if (s > second) second = s;
    });
    if (best >= 0) {
      clusters[best].push(m);
      // Weak: chosen on support alone over a rival that fits as well (support adds at most 10).
      if (bestScore - second < HOME_SUPPORT_MAX) weak.add(m.id);
      continue;
    }
    // No dated decision fits: undated mentions that agree with each other are one event.
    const c = loose.find((c) => c.every((x) => compatibleScopes(x.scope, m.scope) && compatibleLevels(x.level, m.level)));
    if (c) c.push(m);
    else loose.push([m]);
  }
  return [...clusters, ...loose];
}

export function mergeMentions(rows: MentionRow[]): CanonicalEvent[] {
  return mergeAll(rows).events;
}

export function mergeAll(rows: MentionRow[]): MergeResult {
  const groups = new Map<string, MentionRow[]>();
  for (const r of [...rows].sort(byStable)) {
    const k = `${r.jurisdiction ?? ""}|${r.target.toLowerCase()}|${r.action}`;
    (groups.get(k) ?? groups.set(k, []).get(k)!).push(r);
  }
  const events: CanonicalEvent[] = [];
  const taken = new Set<string>();
  const weak: Weak = new Set();
  for (const [k, ms] of [...groups.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const built = clusterGroup(ms, weak).map((c) => toEvent(k, c));
    // Keys must be unique: order same-key events by their first mention and number them.
    built.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.mentionOrder < b.mentionOrder ? -1 : 1));
    for (const e of built) {
      let key = e.key;
      for (let n = 2; taken.has(key); n++) key = `${e.key}#${n}`;
      taken.add(key);
      events.push({ ...e.event, key });
    }
  }
  linkChanges(events, rows);
  return { events, inferredPublished: inferPublished(events, rows, weak) };
}

const RULE_KIND: [RegExp, ChangeKind][] = [
  [/(^|\.)(extend|extension)(\.|$)/, "extension"],
  [/(^|\.)(amend|amendment)(\.|$)/, "amendment"],
];

/**
 * Lifts point at the latest earlier ban or advisory on the same target and place. Bans
 * whose mentions carry an extension/amendment rule id point at the latest earlier ban.
 */
function linkChanges(events: CanonicalEvent[], rows: MentionRow[]): void {
  const rulesById = new Map(rows.map((r) => [r.id, r.rules ? (JSON.parse(r.rules) as string[]) : []]));
  const same = (a: CanonicalEvent, b: CanonicalEvent) => a !== b && a.jurisdiction === b.jurisdiction && a.target.toLowerCase() === b.target.toLowerCase();
  const before = (b: CanonicalEvent, e: CanonicalEvent) => !e.announced || !b.announced || b.announced <= e.announced;
  const latest = (cands: CanonicalEvent[]) =>
    cands.sort((a, b) => ((a.announced ?? "") < (b.announced ?? "") ? 1 : (a.announced ?? "") > (b.announced ?? "") ? -1 : a.key < b.key ? -1 : 1))[0];
  for (const e of events) {
    let kind: ChangeKind | null = null;
    if (e.action === "lift") kind = "lift";
    else if (e.action === "ban") {
      const rules = e.mentionIds.flatMap((id) => rulesById.get(id) ?? []);
      kind = RULE_KIND.find(([re]) => rules.some((r) => re.test(r)))?.[1] ?? null;
    }
    if (!kind) continue;
    const kinds = kind === "lift" ? ["ban", "advisory"] : ["ban"];
    const prior = latest(events.filter((b) => same(b, e) && kinds.includes(b.action) && before(b, e) && !(b.announced && e.announced && b.announced === e.announced && kind !== "lift")));
    if (prior) [e.changesKey, e.changeKind] = [prior.key, kind];
  }
}

/** An undated article takes the date of the best-supported dated event it reports as its main story. */
function inferPublished(events: CanonicalEvent[], rows: MentionRow[], weak: Weak): Map<string, string> {
  const eventOf = new Map<number, CanonicalEvent>();
  for (const e of events) for (const id of e.mentionIds) eventOf.set(id, e);
  const out = new Map<string, string>();
  const best = new Map<string, CanonicalEvent>();
  for (const m of [...rows].sort(byStable)) {
    if (m.published || !m.main || weak.has(m.id)) continue;
    const e = eventOf.get(m.id);
    // Only a placed decision is trusted to date an article; an event without jurisdiction is too loose.
    if (!e?.announced || !e.jurisdiction) continue;
    const cur = best.get(m.article_id);
    if (!cur || e.n_articles > cur.n_articles || (e.n_articles === cur.n_articles && e.key < cur.key)) best.set(m.article_id, e);
  }
  for (const [a, e] of best) out.set(a, e.announced!);
  return out;
}

function toEvent(groupKey: string, ms: MentionRow[]): { key: string; mentionOrder: string; event: CanonicalEvent } {
  ms = [...ms].sort(byStable);
  const announced = voteDate(ms, "announced");
  const articles = new Set(ms.map((m) => m.article_id));
  const outlets = [...new Set(ms.map((m) => m.outlet).filter((o): o is string => !!o))].sort();
  // Articles of unknown outlet count as one outlet each: they may well be distinct.
  const unknownOutlet = new Set(ms.filter((m) => !m.outlet).map((m) => m.article_id)).size;
  const languages = [...new Set(ms.map((m) => m.lang))].sort();
  const pubs = ms.map((m) => m.published).filter((p): p is string => !!p).sort();
  const hasMain = ms.some((m) => m.main);
  const scope = vote(ms, "scope");
  const k = CONFIDENCE;
  const confidence = Math.max(k.floor, Math.min(1,
    k.base + k.perArticle * Math.min(articles.size, k.articlesCap) + (hasMain ? k.main : 0) + (announced ? k.dated : 0)
    + (languages.length > 1 ? k.multilingual : 0) - (ms[0].jurisdiction ? 0 : k.noJurisdiction)));
  const key = `${groupKey}|${announced ?? "undated"}|${scope ?? "-"}`;
  return {
    key,
    mentionOrder: `${ms[0].article_id}\u0000${String(ms[0].ordinal).padStart(6, "0")}`,
    event: {
      key,
      action: ms[0].action,
      target: vote(ms, "target")!,
      jurisdiction: ms[0].jurisdiction,
      level: vote(ms, "level"),
      actor_name: vote(ms, "actor_name"),
      scope,
      audience: vote(ms, "audience"),
      announced,
      announced_precision: announced ? precisionOf(announced) : null,
      effective: voteDate(ms, "effective"),
      deadline: voteDate(ms, "deadline"),
      expires: voteDate(ms, "expires"),
      duration: vote(ms, "duration"),
      mentionIds: ms.map((m) => m.id).sort((a, b) => a - b),
      n_articles: articles.size,
      n_outlets: outlets.length + unknownOutlet,
      n_languages: languages.length,
      languages,
      outlets,
      first_reported: pubs[0] ?? null,
      last_reported: pubs[pubs.length - 1] ?? null,
      confidence: Math.round(confidence * 100) / 100,
      changesKey: null,
      changeKind: null,
    },
  };
}
