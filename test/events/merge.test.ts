import { describe, expect, it } from "vitest";
import { mergeAll, mergeMentions, type MentionRow } from "../../src/events/merge.js";

let nextId = 1;
const m = (o: Partial<MentionRow> & { article_id: string }): MentionRow => ({
  id: nextId++, ordinal: 0, action: "ban", target: "TikTok", jurisdiction: "BE", level: "national", actor_name: null,
  scope: "official_devices", audience: null, announced: null, effective: null, deadline: null, expires: null, duration: null,
  main: 1, published: null, lang: "en", outlet: null, rules: null, ...o,
});

/** Events without row ids, so runs over renumbered rows compare equal. */
const shape = (rows: MentionRow[]) => {
  const byId = new Map(rows.map((r) => [r.id, `${r.article_id}#${r.ordinal}`]));
  return mergeMentions(rows).map((e) => ({ ...e, mentionIds: e.mentionIds.map((i) => byId.get(i)).sort() })).sort((a, b) => (a.key < b.key ? -1 : 1));
};

function shuffled<T>(xs: T[], seed: number): T[] {
  const out = [...xs];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

describe("mergeMentions", () => {
  const belgium = [
    m({ article_id: "nl-1", lang: "nl", announced: "2023-03-10", actor_name: "National Security Council", published: "2023-03-10", outlet: "vrt.be" }),
    m({ article_id: "en-1", lang: "en", announced: "2023-03-10", actor_name: "National Security Council", published: "2023-03-10", outlet: "reuters.com" }),
    m({ article_id: "fr-1", lang: "fr", announced: "2023-03", actor_name: "government", published: "2023-03-11", outlet: "lesoir.be" }),
    m({ article_id: "en-2", lang: "en", announced: null, published: null, main: 1 }), // undated, no article date
  ];

  it("merges reports of one decision across languages into one event", () => {
    const [e, ...rest] = mergeMentions(belgium);
    expect(rest).toHaveLength(0);
    expect(e).toMatchObject({
      jurisdiction: "BE", target: "TikTok", action: "ban", announced: "2023-03-10", announced_precision: "day",
      actor_name: "National Security Council", n_articles: 4, n_languages: 3, languages: ["en", "fr", "nl"],
      outlets: ["lesoir.be", "reuters.com", "vrt.be"], n_outlets: 4, first_reported: "2023-03-10", last_reported: "2023-03-11",
    });
    expect(e.confidence).toBeGreaterThan(0.8);
  });

  it("gives the same events whatever the order of the rows and their ids", () => {
    const rows = [
      ...belgium,
      m({ article_id: "gb-1", jurisdiction: "GB", announced: "2023-03-16", published: "2023-03-16" }),
      m({ article_id: "gb-1", ordinal: 1, main: 0, jurisdiction: "BE", published: "2023-03-16" }),
      m({ article_id: "gb-2", jurisdiction: "GB", published: "2023-03-16" }),
      m({ article_id: "us-1", jurisdiction: "US", scope: "public", announced: "2020-08-06", published: "2020-08-07" }),
      m({ article_id: "us-2", jurisdiction: "US", scope: "public", announced: "2024-04-24", published: "2024-04-24" }),
      m({ article_id: "gb-2", ordinal: 1, main: 0, jurisdiction: "US", scope: "public", published: "2023-03-16" }),
      m({ article_id: "pk-1", jurisdiction: "PK", action: "lift", scope: "public", announced: "2020-10-19" }),
      m({ article_id: "pk-1", ordinal: 1, main: 0, jurisdiction: "PK", scope: "public", announced: "2020-10-09" }),
    ];
    const expected = shape(rows);
    for (let seed = 1; seed <= 20; seed++) {
      // Same mentions, other ingest order: other row ids too.
      const again = shuffled(rows, seed).map((r, i) => ({ ...r, id: 1000 + i }));
      expect(shape(again)).toEqual(expected);
    }
  });

  it("keeps decisions apart when dates are outside the window or scopes differ", () => {
    const events = mergeMentions([
      m({ article_id: "a", jurisdiction: "US", scope: "public", announced: "2020-08-06" }),
      m({ article_id: "b", jurisdiction: "US", scope: "public", announced: "2024-04-24" }),
      m({ article_id: "c", jurisdiction: "US", scope: "official_devices", announced: "2020-08-07" }),
      m({ article_id: "d", jurisdiction: "US", scope: "official_network", announced: "2020-08-10" }), // same family as c
    ]);
    expect(events.map((e) => [e.announced, e.scope, e.n_articles]).sort()).toEqual([
      ["2020-08-06", "public", 1],
      ["2020-08-07", "official_devices", 2],
      ["2024-04-24", "public", 1],
    ]);
  });

  it("attaches an undated background mention to the latest fitting decision before its article", () => {
    const events = mergeMentions([
      m({ article_id: "a", jurisdiction: "US", scope: "public", announced: "2020-08-06" }),
      m({ article_id: "b", jurisdiction: "US", scope: "public", announced: "2024-04-24" }),
      m({ article_id: "c", main: 0, jurisdiction: "US", scope: "public", published: "2021-01-05" }),
    ]);
    expect(events.find((e) => e.announced === "2020-08-06")!.n_articles).toBe(2);
    expect(events.find((e) => e.announced === "2024-04-24")!.n_articles).toBe(1);
  });

  it("keeps an undated mention as its own event when no dated decision fits", () => {
    const events = mergeMentions([
      m({ article_id: "a", jurisdiction: "US", scope: "public", announced: "2024-04-24" }),
      m({ article_id: "b", main: 0, jurisdiction: "US", scope: "official_devices", published: "2023-02-01" }),
      m({ article_id: "c", main: 0, jurisdiction: "US", scope: "official_devices", published: "2023-02-02" }),
    ]);
    expect(events).toHaveLength(2);
    expect(events.find((e) => !e.announced)).toMatchObject({ scope: "official_devices", n_articles: 2, key: "US|tiktok|ban|undated|official_devices" });
  });

  it("links a lift, and a ban with an extension rule, to the decision they change", () => {
    const events = mergeMentions([
      m({ article_id: "a", jurisdiction: "PK", scope: "public", announced: "2020-10-09" }),
      m({ article_id: "b", jurisdiction: "PK", action: "lift", scope: "public", announced: "2020-10-19" }),
      m({ article_id: "c", jurisdiction: "BE", announced: "2023-03-10" }),
      m({ article_id: "d", jurisdiction: "BE", announced: "2023-09-01", rules: '["en.ban.verb","en.change.extension"]' }),
    ]);
    const lift = events.find((e) => e.action === "lift")!;
    expect(lift.changeKind).toBe("lift");
    expect(lift.changesKey).toBe(events.find((e) => e.jurisdiction === "PK" && e.action === "ban")!.key);
    const ext = events.find((e) => e.announced === "2023-09-01")!;
    expect([ext.changeKind, ext.changesKey]).toEqual(["extension", events.find((e) => e.announced === "2023-03-10")!.key]);
  });

  it("dates an undated article by the decision its main story reports, and never from itself", () => {
    const { inferredPublished } = mergeAll([
      m({ article_id: "dated", announced: "2023-03-10", published: "2023-03-10" }),
      m({ article_id: "undated", announced: null, published: null }),
      m({ article_id: "alone", jurisdiction: "FR", announced: null, published: null }),
    ]);
    expect([...inferredPublished]).toEqual([["undated", "2023-03-10"]]);
  });

  it("gives every event a unique key", () => {
    const events = mergeMentions([
      m({ article_id: "a", jurisdiction: "US", scope: "public", announced: "2020-08-06" }),
      m({ article_id: "b", jurisdiction: "US", scope: "public", level: "subnational", announced: "2020-08-06" }),
    ]);
    expect(new Set(events.map((e) => e.key)).size).toBe(2);
  });
});
