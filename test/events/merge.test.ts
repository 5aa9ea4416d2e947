import { describe, expect, it } from "vitest";
import { mergeAll, mergeMentions, type MentionRow } from "../../src/events/merge.js";
import { m } from "./helpers.js";

/** Events without row ids, so runs over renumbered rows compare equal. */
const shape = (rows: MentionRow[]) => {
  const byId = new Map(rows.map((r) => [r.id, `${r.article_id}#${r.ordinal}`]));
  return mergeMentions(rows)
    .map((e) => ({ ...e, joins: undefined, mentionIds: e.mentionIds.map((i) => byId.get(i)).sort() }))
    .sort((a, b) => (a.key < b.key ? -1 : 1));
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

describe("merge: one decision, one event", () => {
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
      jurisdiction: "BE", target: "TikTok", action: "ban", announced: "2023-03-10", announced_precision: "day", announced_reports: 2,
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
      m({ article_id: "us-3", jurisdiction: "US", scope: "minors", published: null }),
      m({ article_id: "pk-1", jurisdiction: "PK", action: "lift", scope: "public", announced: "2020-10-19" }),
      m({ article_id: "pk-1", ordinal: 1, main: 0, jurisdiction: "PK", scope: "public", announced: "2020-10-09" }),
    ];
    const expected = shape(rows);
    for (let seed = 1; seed <= 20; seed++) {
      const again = shuffled(rows, seed).map((r, i) => ({ ...r, id: 1000 + i }));
      expect(shape(again)).toEqual(expected);
    }
  });

  it("groups targets written with other case, hyphens or spaces", () => {
    const events = mergeMentions([
      m({ article_id: "a", target: "single-use plastics", jurisdiction: "EU", announced: "2019-06-05" }),
      m({ article_id: "b", target: "Single use  plastics", jurisdiction: "EU", announced: "2019-06-05" }),
    ]);
    expect(events).toHaveLength(1);
  });
});

describe("merge: scope votes, it never splits", () => {
  it("keeps four reports of one block together whatever scope each reads, and votes the scope", () => {
    const events = mergeMentions([
      m({ article_id: "a", scope: "public", announced: "2024-03-20" }),
      m({ article_id: "b", scope: "public", announced: "2024-03-20" }),
      m({ article_id: "c", scope: "public", announced: "2024-03-20" }),
      m({ article_id: "d", scope: "minors", announced: "2024-03" }),
    ]);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ scope: "public", n_articles: 4, announced: "2024-03-20" });
  });

  it("lets reports placed by their own date decide the scope; undated ones only fill a gap", () => {
    const [e] = mergeMentions([
      m({ article_id: "a", scope: "public", announced: "2020-08-06" }),
      m({ article_id: "b", main: 0, scope: "official_devices", published: "2023-02-01" }),
      m({ article_id: "c", main: 0, scope: "official_devices", published: "2023-03-01" }),
      m({ article_id: "d", main: 0, scope: "official_devices", published: "2023-03-16" }),
    ]);
    expect([e.scope, e.n_articles]).toEqual(["public", 4]);
    const [gap] = mergeMentions([m({ article_id: "a", scope: null, announced: "2020-08-06" }), m({ article_id: "b", main: 0, scope: "minors" })]);
    expect(gap.scope).toBe("minors");
  });

  it("keeps two undated reports of one decision together when one reads a network and the other the public", () => {
    const events = mergeMentions([
      m({ article_id: "a", scope: "official_network" }),
      m({ article_id: "b", scope: "public" }),
    ]);
    expect(events).toHaveLength(1);
    expect(events[0].announced).toBeNull();
  });
});

describe("merge: splits only on evidence of two decisions", () => {
  it("splits days further apart than the window, not days within it", () => {
    const near = mergeMentions([m({ article_id: "a", announced: "2023-03-01" }), m({ article_id: "b", announced: "2023-03-25" })]);
    expect(near).toHaveLength(1);
    const far = mergeMentions([m({ article_id: "a", announced: "2023-03-01" }), m({ article_id: "b", announced: "2023-04-15" })]);
    expect(far).toHaveLength(2);
  });

  it("splits different months, and a month from a day outside it", () => {
    expect(mergeMentions([m({ article_id: "a", announced: "2023-03" }), m({ article_id: "b", announced: "2023-04" })])).toHaveLength(2);
    expect(mergeMentions([m({ article_id: "a", announced: "2023-03" }), m({ article_id: "b", announced: "2023-04-02" })])).toHaveLength(2);
    expect(mergeMentions([m({ article_id: "a", announced: "2023-03" }), m({ article_id: "b", announced: "2023-03-30" })])).toHaveLength(1);
  });

  it("a report dated only by its publication joins a decision stated shortly before it, not one after or long before", () => {
    const lent = (o: Partial<MentionRow> & { article_id: string }) => m({ rules: '["date.published"]', ...o });
    const events = mergeMentions([
      m({ article_id: "a", announced: "2022-04-21", published: "2022-04-22" }),
      lent({ article_id: "b", announced: "2022-05", published: "2022-05" }), // lent by a May publication: 10 days after
      m({ article_id: "c", announced: null, published: "2022-05-03" }), // main story without a date, placed by its publication
    ]);
    expect(events).toHaveLength(1);
    expect(events[0].announced).toBe("2022-04-21");
    // A publication before the decision, or months after it, is no report of it.
    expect(mergeMentions([m({ article_id: "a", announced: "2022-04-21" }), lent({ article_id: "b", announced: "2022-04-02", published: "2022-04-02" })])).toHaveLength(2);
    expect(mergeMentions([m({ article_id: "a", announced: "2022-04-21" }), lent({ article_id: "b", announced: "2022-07", published: "2022-07" })])).toHaveLength(2);
    // Without a decision dated in the text, such reports date decisions of their own, as before.
    expect(mergeMentions([lent({ article_id: "a", announced: "2022-05" }), lent({ article_id: "b", announced: "2022-06" })])).toHaveLength(2);
  });

  it("splits two bans with a lift between them", () => {
    const events = mergeMentions([
      m({ article_id: "a", scope: "public", announced: "2023-03-01" }),
      m({ article_id: "b", action: "lift", scope: "public", announced: "2023-03-10" }),
      m({ article_id: "c", scope: "public", announced: "2023-03-20" }),
    ]);
    expect(events.filter((e) => e.action === "ban").map((e) => e.announced).sort()).toEqual(["2023-03-01", "2023-03-20"]);
  });

  it("splits different deciding levels (a state and the nation)", () => {
    const events = mergeMentions([
      m({ article_id: "a", level: "national", announced: "2023-03-01" }),
      m({ article_id: "b", level: "subnational", announced: "2023-03-01" }),
      m({ article_id: "c", level: null, announced: "2023-03-02" }),
    ]);
    expect(events).toHaveLength(2);
    expect(new Set(events.map((e) => e.key)).size).toBe(2);
  });
});

describe("merge: the date by evidence", () => {
  it("takes a day agreed by two reports over a month and a rival day read once", () => {
    const [e] = mergeMentions([
      m({ article_id: "a", announced: "2023-03-10" }),
      m({ article_id: "b", announced: "2023-03-10" }),
      m({ article_id: "c", announced: "2023-03-12" }),
      m({ article_id: "d", announced: "2023-03" }),
    ]);
    expect([e.announced, e.announced_precision, e.announced_reports]).toEqual(["2023-03-10", "day", 2]);
  });

  it("takes a main story's day over a background mention's", () => {
    const [e] = mergeMentions([
      m({ article_id: "a", announced: "2023-03-10", main: 1 }),
      m({ article_id: "b", announced: "2023-03-14", main: 0 }),
    ]);
    expect(e.announced).toBe("2023-03-10");
  });

  it("falls back to the month two single rival days share", () => {
    const [e] = mergeMentions([m({ article_id: "a", announced: "2023-03-10" }), m({ article_id: "b", announced: "2023-03-12" })]);
    expect([e.announced, e.announced_precision, e.announced_reports]).toEqual(["2023-03", "month", 2]);
  });

  it("prefers a date stated in the text to one lent by a publication day", () => {
    const [e] = mergeMentions([
      m({ article_id: "a", announced: "2023-03-10", published: "2023-03-12" }),
      m({ article_id: "b", announced: "2023-03-13", published: "2023-03-13", rules: '["date.published"]' }),
      m({ article_id: "c", announced: "2023-03-13", published: "2023-03-13", rules: '["date.published"]' }),
    ]);
    expect(e.announced).toBe("2023-03-10");
  });
});

describe("merge: undated and background reports", () => {
  const two = [
    m({ article_id: "a", jurisdiction: "US", scope: "public", announced: "2020-08-06" }),
    m({ article_id: "b", jurisdiction: "US", scope: "public", announced: "2024-04-24" }),
  ];

  it("joins the one compatible decision", () => {
    const events = mergeMentions([two[0], m({ article_id: "c", main: 0, jurisdiction: "US", scope: "minors" })]);
    expect(events).toHaveLength(1);
    expect(events[0].joins.get(events[0].mentionIds[1])).toBe("only");
  });

  it("with several, joins the one nearest before its article's publication", () => {
    const events = mergeMentions([...two, m({ article_id: "c", main: 0, jurisdiction: "US", scope: "official_devices", published: "2021-01-05" })]);
    expect(events.find((e) => e.announced === "2020-08-06")!.n_articles).toBe(2);
    expect(events.find((e) => e.announced === "2024-04-24")!.n_articles).toBe(1);
  });

  it("never joins a decision taken after its article appeared", () => {
    const events = mergeMentions([two[1], m({ article_id: "c", main: 0, jurisdiction: "US", published: "2023-02-01" })]);
    expect(events).toHaveLength(2);
    expect(events.find((e) => !e.announced)!.n_articles).toBe(1);
  });

  it("in an undated article, joins the decision nearest to those its other reports joined firmly", () => {
    const rows = [
      m({ article_id: "eo-1", jurisdiction: "US", scope: "public", announced: "2020-08-06", published: "2020-08-07" }),
      m({ article_id: "eo-1", ordinal: 1, jurisdiction: "US", target: "WeChat", scope: "public", announced: "2020-08-06" }),
      ...["s-1", "s-2", "s-3"].map((a) => m({ article_id: a, jurisdiction: "US", scope: "public", announced: "2025-01-18" })),
      // No date anywhere in this article: its WeChat report can only be the 2020 order, so its TikTok report is too.
      m({ article_id: "undated", jurisdiction: "US", scope: "public" }),
      m({ article_id: "undated", ordinal: 1, jurisdiction: "US", target: "WeChat", scope: "public" }),
      // Without that context the best-supported decision is all there is.
      m({ article_id: "alone", jurisdiction: "US", scope: "public" }),
    ];
    const events = mergeMentions(rows);
    const of = (a: string) => events.find((e) => e.target === "TikTok" && e.mentionIds.includes(rows.find((r) => r.article_id === a)!.id))!;
    expect([of("undated").announced, of("undated").joins.get(rows[5].id)]).toEqual(["2020-08-06", "article"]);
    expect([of("alone").announced, of("alone").joins.get(rows[7].id)]).toEqual(["2025-01-18", "support"]);
  });

  it("in an undated article, a main report joins the first decision after what the article tells as background", () => {
    const rows = [
      // Belgium's ban on 10 March; the Netherlands' in March and its extension in May, each reported with a date.
      m({ article_id: "be", jurisdiction: "BE", announced: "2023-03-10", published: "2023-03-10" }),
      ...["m-1", "m-2", "m-3"].map((a) => m({ article_id: a, jurisdiction: "NL", announced: "2023-03", published: "2023-03" })),
      m({ article_id: "may", jurisdiction: "NL", announced: "2023-05-03", published: "2023-05-03" }),
      // No date anywhere: "Belgium banned the app earlier" (background), "the Dutch ban is now extended" (main).
      m({ article_id: "undated", main: 0, jurisdiction: "BE" }),
      m({ article_id: "undated", ordinal: 1, jurisdiction: "NL" }),
      // A background report takes no such hint: the best-supported decision, as before.
      m({ article_id: "undated", ordinal: 2, main: 0, jurisdiction: "NL", target: "WeChat" }),
    ];
    const events = mergeMentions(rows);
    const home = events.find((e) => e.action === "ban" && e.mentionIds.includes(rows[6].id))!;
    expect([home.announced, home.joins.get(rows[6].id)]).toEqual(["2023-05-03", "article"]);
    // Without the background report the best-supported decision is all there is.
    const alone = mergeMentions(rows.filter((r) => r !== rows[5]));
    expect(alone.find((e) => e.action === "ban" && e.mentionIds.includes(rows[6].id))!.announced).toBe("2023-03");
  });

  it("a background mention never lends its article's date", () => {
    const events = mergeMentions([
      m({ article_id: "old", jurisdiction: "US", announced: "2020-08-06", published: "2020-08-06" }),
      m({ article_id: "later", main: 0, jurisdiction: "US", published: "2020-08-20" }),
    ]);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ announced: "2020-08-06", announced_reports: 1, last_reported: "2020-08-20" });
    const { inferredPublished } = mergeAll([m({ article_id: "bg", main: 0, jurisdiction: "US" }), m({ article_id: "x", jurisdiction: "US", announced: "2020-08-06" })]);
    expect(inferredPublished.has("bg")).toBe(false);
  });

  it("dates an undated article by the decision its main story reports, and never from itself", () => {
    const { inferredPublished } = mergeAll([
      m({ article_id: "dated", announced: "2023-03-10", published: "2023-03-10" }),
      m({ article_id: "undated", announced: null, published: null }),
      m({ article_id: "alone", jurisdiction: "FR", announced: null, published: null }),
    ]);
    expect([...inferredPublished]).toEqual([["undated", "2023-03-10"]]);
  });
});

describe("merge: lifts", () => {
  it("link to the ban they end, across languages, also when undated", () => {
    const events = mergeMentions([
      m({ article_id: "a", jurisdiction: "PK", scope: "public", announced: "2020-10-09", lang: "en" }),
      m({ article_id: "b", jurisdiction: "PK", action: "lift", scope: "public", announced: "2020-10-19", lang: "ur" }),
      m({ article_id: "c", jurisdiction: "TR", target: "Wikipedia", scope: "public", announced: "2017-04-29" }),
      m({ article_id: "d", jurisdiction: "TR", target: "wikipedia", action: "lift", scope: "public", lang: "tr" }),
    ]);
    const pk = events.find((e) => e.jurisdiction === "PK" && e.action === "lift")!;
    expect([pk.changeKind, pk.changesKey]).toEqual(["lift", events.find((e) => e.jurisdiction === "PK" && e.action === "ban")!.key]);
    const tr = events.find((e) => e.jurisdiction === "TR" && e.action === "lift")!;
    expect(tr.changesKey).toBe(events.find((e) => e.jurisdiction === "TR" && e.action === "ban")!.key);
  });

  it("link to the latest ban taken before them", () => {
    const events = mergeMentions([
      m({ article_id: "a", jurisdiction: "PK", scope: "public", announced: "2020-10-09" }),
      m({ article_id: "b", jurisdiction: "PK", action: "lift", scope: "public", announced: "2020-10-19" }),
      m({ article_id: "c", jurisdiction: "PK", scope: "public", announced: "2021-03-11" }),
      m({ article_id: "d", jurisdiction: "PK", action: "lift", scope: "public", announced: "2021-04-01" }),
    ]);
    const lift = events.find((e) => e.action === "lift" && e.announced === "2021-04-01")!;
    expect(lift.changesKey).toBe(events.find((e) => e.announced === "2021-03-11")!.key);
  });
});
