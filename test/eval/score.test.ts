// The scorer against small hand-written gold and predictions: the figures of
// shared/tools/score-events.mjs, computed by hand here.
import { describe, expect, it } from "vitest";
import { score, count, figures, addCounts, norm, keyOf, dateScore, dateWrong, formatScores, type GoldArticle, type PredArticle } from "../../src/eval/score.js";

const ev = (target: string, o: Record<string, unknown> = {}) => ({ action: "ban", target, actor: { jurisdiction: "BE", level: "national" }, scope: "general", ...o });
const art = (id: string, events: ReturnType<typeof ev>[], o: Partial<GoldArticle> = {}): GoldArticle => ({ id, lang: "en", published: null, events, ...o });

describe("target normalisation", () => {
  it("folds case, hyphens, dashes, underscores and runs of spaces", () => {
    expect(norm("Al-Jazeera")).toBe("al jazeera");
    expect(norm("  AL   jazeera ")).toBe("al jazeera");
    expect(norm("Al\u2011Jazeera")).toBe("al jazeera");
    expect(norm("Al – Jazeera")).toBe("al jazeera");
    expect(norm("e_cigarettes")).toBe("e cigarettes");
    expect(norm("e--cigarettes")).toBe("e cigarettes");
    expect(keyOf(ev("Tik-Tok", { actor: { jurisdiction: "be" } }))).toBe("BE|tik tok|ban");
  });

  it("matches a hyphenated gold target with a spaced prediction", () => {
    const gold = [art("a", [ev("Al-Jazeera", { main: true })])];
    const pred: PredArticle[] = [art("a", [ev("al  jazeera", { main: true })])];
    const s = score(gold, pred);
    expect(s.all).toMatchObject({ tp: 1, fp: 0, fn: 0, f1: 1 });
    expect(s.main).toMatchObject({ tp: 1, fp: 0, fn: 0, f1: 1 });
  });
});

describe("dates", () => {
  it("scores exact 1, a prefix either way 0.5, anything else 0", () => {
    expect(dateScore("2023-02-23", "2023-02-23")).toBe(1);
    expect(dateScore("2023-02-23", "2023-02")).toBe(0.5);
    expect(dateScore("2023-02", "2023-02-23")).toBe(0.5);
    expect(dateScore("2023-02-23", "2023")).toBe(0.5);
    expect(dateScore("2023-02-23", "2023-02-24")).toBe(0);
    expect(dateScore("2023-02-23", null)).toBe(0);
  });

  it("calls a date wrong only when it is given and neither equals nor prefixes gold", () => {
    expect(dateWrong("2023-02-23", "2023-02-24")).toBe(1);
    expect(dateWrong("2023-02", "2023-03-01")).toBe(1);
    expect(dateWrong("2023-02-23", "2023-02")).toBe(0);
    expect(dateWrong("2023-02", "2023-02-23")).toBe(0);
    expect(dateWrong("2023-02-23", "2023-02-23")).toBe(0);
    expect(dateWrong("2023-02-23", null)).toBe(0);
    expect(dateWrong("2023-02-23", "")).toBe(0);
  });

  it("announced_wrong is the share of matched gold events with a date whose predicted date is wrong", () => {
    const gold = [
      art("a", [ev("TikTok", { announced: "2023-03-10" }), ev("Telegram", { announced: "2023-03" }), ev("WeChat", { announced: "2023-03-10" }), ev("X")]),
      art("b", [ev("Snapchat", { announced: "2022-01-05" }), ev("Missed", { announced: "2022-01-05" })]),
    ];
    const pred: PredArticle[] = [
      art("a", [ev("tiktok", { announced: "2023-03-11" }), ev("telegram", { announced: "2023-03-02" }), ev("wechat", { announced: null }), ev("x", { announced: "1999" })]),
      art("b", [ev("snapchat", { announced: "2022-01-05" })]),
    ];
    const s = score(gold, pred);
    // Denominator: matched gold events with an announced date (TikTok, Telegram, WeChat, Snapchat); X has none, Missed is unmatched.
    // Wrong: TikTok (another day). Telegram's day lies in gold's month: half right. WeChat null: not wrong.
    expect(s.announced_wrong).toBeCloseTo(1 / 4);
    expect(s.announced_accuracy).toBeCloseTo((0 + 0.5 + 0 + 1) / 4);
  });

  it("published_wrong is the share of gold articles with a publication date whose predicted date is wrong", () => {
    const gold = [
      art("a", [], { published: "2023-03-10" }),
      art("b", [], { published: "2023-03" }),
      art("c", [], { published: "2023-03-10" }),
      art("d", [], { published: "2023-03-10" }),
      art("e", [], { published: null }),
    ];
    const pred: PredArticle[] = [
      art("a", [], { published: "2023-03-09" }), // wrong
      art("b", [], { published: "2023-03-31" }), // a day of gold's month: 0.5, not wrong
      art("c", [], { published: null }), // missing: 0, not wrong
      // d: no prediction at all, not wrong
      art("e", [], { published: "2020-01-01" }), // gold has no date: not counted
    ];
    const s = score(gold, pred);
    expect(s.published_wrong).toBeCloseTo(1 / 4);
    expect(s.published_accuracy).toBeCloseTo(0.5 / 4);
    expect(s.missing_predictions).toBe(1);
  });

  it("gives n/a (null) when no date can be judged", () => {
    const s = score([art("a", [ev("TikTok")])], [art("a", [ev("TikTok", { announced: "2023-01-01" })])]);
    expect(s.announced_wrong).toBeNull();
    expect(s.published_wrong).toBeNull();
    expect(formatScores(s).at(-1)).toContain("announced_wrong=n/a published_wrong=n/a");
  });
});

describe("events", () => {
  it("neither rewards nor penalises optional gold events, in all and in main", () => {
    const gold = [art("a", [ev("TikTok", { main: true }), ev("Facebook", { optional: true })])];
    const withOpt = score(gold, [art("a", [ev("TikTok", { main: true }), ev("facebook", { main: true })])]);
    const without = score(gold, [art("a", [ev("TikTok", { main: true })])]);
    for (const s of [withOpt, without]) {
      expect(s.all).toMatchObject({ tp: 1, fp: 0, fn: 0 });
      expect(s.main).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    }
  });

  it("counts a predicted main event on a required non-main key as a main false positive", () => {
    const gold = [art("a", [ev("TikTok", { main: true }), ev("Facebook")])];
    const s = score(gold, [art("a", [ev("TikTok", { main: true }), ev("Facebook", { main: true }), ev("Spurious")])]);
    expect(s.main).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    expect(s.all).toMatchObject({ tp: 2, fp: 1, fn: 0 });
  });

  it("reads prediction ids with a path or an extension as the scorer does", () => {
    const s = score([art("a", [ev("TikTok")])], [art("some/dir/a.txt", [ev("TikTok")])]);
    expect(s.missing_predictions).toBe(0);
    expect(s.all.tp).toBe(1);
  });
});

describe("sets added up", () => {
  it("the sum of two sets' counts gives the figures of both scored together", () => {
    const g1 = [art("a", [ev("TikTok", { main: true, announced: "2023-03-10" })], { published: "2023-03-10" })];
    const p1: PredArticle[] = [art("a", [ev("TikTok", { main: true, announced: "2023-03-01" })], { published: "2023-03-10" })];
    const g2 = [art("b", [ev("Telegram", { main: true }), ev("VK")], { published: "2023-04" })];
    const p2: PredArticle[] = [art("b", [ev("Telegram", { main: true })], { published: "2022-01-01", lang: "de" })];
    const together = score([...g1, ...g2], [...p1, ...p2]);
    const summed = figures(addCounts(count(g1, p1), count(g2, p2)));
    expect({ ...summed, notes: [] }).toEqual({ ...together, notes: [] });
    expect(together.published_wrong).toBe(0.5);
    expect(together.announced_wrong).toBe(1);
    expect(together.lang_accuracy).toBe(0.5);
  });
});
