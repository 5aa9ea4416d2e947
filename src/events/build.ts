// One decision's reports -> its canonical event: every field voted, the date by evidence.
import type { CanonicalEvent, JoinKind, MentionRow } from "./types.js";
import { chooseAnnounced, type Reading } from "./announce.js";
import { byStable } from "./cluster.js";
import { CONFIDENCE, VOTE_BACKGROUND, VOTE_MAIN } from "./constants.js";

/** Weight of a report's vote: a main story counts more than a background mention. */
export const weight = (m: MentionRow) => (m.main ? VOTE_MAIN : VOTE_BACKGROUND);

type Member = { m: MentionRow; kind: JoinKind };
const placed = (x: Member) => x.kind === "date" || x.kind === "published";

/**
 * The best-supported value of a field. Reports placed by their own date (or their main story's
 * day) decide; reports that joined without a date vote only where none of those gives a value,
 * since their placement is the merge's choice.
 */
export function vote(ms: Member[], f: keyof MentionRow): string | null {
  const decided = ms.filter((x) => placed(x) && x.m[f] != null);
  const voters = decided.length ? decided : ms;
  const tally = new Map<string, number>();
  for (const { m } of voters) {
    const v = m[f];
    if (v == null) continue;
    tally.set(String(v), (tally.get(String(v)) ?? 0) + weight(m));
  }
  // Highest weight wins; ties go to the lexicographically first value, so order never matters.
  return [...tally.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
}

/** For the other dates: the winning value, refined to the best-supported more precise value it prefixes. */
function voteDate(ms: Member[], f: "effective" | "deadline" | "expires"): string | null {
  const win = vote(ms, f);
  if (!win) return null;
  const finer = ms.filter(({ m }) => m[f] && m[f]!.startsWith(win) && m[f]!.length > win.length);
  return finer.length ? voteDate(finer, f) : win;
}

export const fromPublication = (m: MentionRow) => (m.date_lent != null ? !!m.date_lent : !!m.rules?.includes('"date.published"'));

/** What each report says of the decision's date; a background report without one says nothing. */
export function readingsOf(members: Member[]): Reading[] {
  const out: Reading[] = [];
  for (const { m, kind } of members) {
    const main = !!m.main;
    if (m.announced) out.push({ date: m.announced, article: m.article_id, main, source: fromPublication(m) ? "published" : "stated" });
    else if (kind === "published" && m.published) out.push({ date: m.published, article: m.article_id, main, source: "published" });
  }
  return out;
}

export function toEvent(subject: string, members: Member[]): CanonicalEvent {
  members = [...members].sort((a, b) => byStable(a.m, b.m));
  const ms = members.map((x) => x.m);
  const announced = chooseAnnounced(readingsOf(members));
  const articles = new Set(ms.map((m) => m.article_id));
  const outlets = [...new Set(ms.map((m) => m.outlet).filter((o): o is string => !!o))].sort();
  // Articles of unknown outlet count as one outlet each: they may well be distinct.
  const unknownOutlet = new Set(ms.filter((m) => !m.outlet).map((m) => m.article_id)).size;
  const languages = [...new Set(ms.map((m) => m.lang))].sort();
  const pubs = ms.map((m) => m.published).filter((p): p is string => !!p).sort();
  const k = CONFIDENCE;
  const confidence = Math.max(k.floor, Math.min(1,
    k.base + k.perArticle * Math.min(articles.size, k.articlesCap) + (ms.some((m) => m.main) ? k.main : 0) + (announced ? k.dated : 0)
    + (languages.length > 1 ? k.multilingual : 0) - (ms[0].jurisdiction ? 0 : k.noJurisdiction)));
  return {
    key: `${subject}|${ms[0].action}|${announced?.date ?? "undated"}`,
    subject,
    action: ms[0].action,
    target: vote(members, "target")!,
    jurisdiction: ms[0].jurisdiction,
    level: vote(members, "level"),
    actor_name: vote(members, "actor_name"),
    scope: vote(members, "scope"),
    audience: vote(members, "audience"),
    announced: announced?.date ?? null,
    announced_precision: announced?.precision ?? null,
    announced_reports: announced?.reports ?? 0,
    effective: voteDate(members, "effective"),
    deadline: voteDate(members, "deadline"),
    expires: voteDate(members, "expires"),
    duration: vote(members, "duration"),
    mentionIds: ms.map((m) => m.id).sort((a, b) => a - b),
    joins: new Map(members.map((x) => [x.m.id, x.kind])),
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
  };
}
