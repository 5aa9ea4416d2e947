// An article without a publication date takes the date of the decision its main story
// reports: the best-supported dated, placed event among its main reports, provided the
// report joined it on real evidence (not as the best-supported of several, blind to time).
import type { CanonicalEvent, JoinKind, MentionRow } from "./types.js";

export interface DateCandidate {
  announced: string | null;
  jurisdiction: string | null;
  n_articles: number;
  key: string;
  join: JoinKind;
}

/** The date an undated article takes from its main reports' events, or null. */
export function pickArticleDate(cands: DateCandidate[]): string | null {
  let best: DateCandidate | null = null;
  for (const c of cands) {
    // Only a placed decision is trusted to date an article; an event without jurisdiction is too loose.
    if (!c.announced || !c.jurisdiction || c.join === "support") continue;
    if (!best || c.n_articles > best.n_articles || (c.n_articles === best.n_articles && c.key < best.key)) best = c;
  }
  return best?.announced ?? null;
}

export function inferArticleDates(events: CanonicalEvent[], rows: MentionRow[]): Map<string, string> {
  const eventOf = new Map<number, CanonicalEvent>();
  for (const e of events) for (const id of e.mentionIds) eventOf.set(id, e);
  const cands = new Map<string, DateCandidate[]>();
  for (const m of rows) {
    if (m.published || !m.main) continue;
    const e = eventOf.get(m.id);
    if (!e) continue;
    const c = { announced: e.announced, jurisdiction: e.jurisdiction, n_articles: e.n_articles, key: e.key, join: e.joins.get(m.id)! };
    (cands.get(m.article_id) ?? cands.set(m.article_id, []).get(m.article_id)!).push(c);
  }
  const out = new Map<string, string>();
  for (const [a, cs] of [...cands].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    const d = pickArticleDate(cs);
    if (d) out.set(a, d);
  }
  return out;
}
