// Lifts: the ban a main lift ends is background; a state court stopping the country's ban
// lifts it where it applied; a compound object ("Tiktok-Aus") makes the verb a lift.
import { describe, expect, it } from "vitest";
import { events, keys, find } from "../locales/helpers.js";

describe("lifts and the ban they end", () => {
  it("de: 'Richterin blockiert Tiktok-Aus in USA' is a lift, and the ban is background", async () => {
    const evs = await events("de", "Richterin blockiert Tiktok-Aus in USA", [
      "Die US-Regierung hat vor Gericht einen Rückschlag erlitten.",
      "Zuvor hatte bereits das Handelsministerium in den USA TikTok verboten.",
    ]);
    expect(find(evs, "US|TikTok|lift")?.main).toBe(true);
    expect(find(evs, "US|TikTok|ban")?.main).toBe(false);
  });
  it("de: a plain object right after the verb is no lift ('blockiert TikTok')", async () => {
    expect(keys(await events("de", null, ["Die Regierung in Russland blockiert TikTok."]))).toEqual(["RU|TikTok|ban"]);
  });
  it("en: a judge in a state suspending the country's ban lifts the country's ban", async () => {
    const evs = await events("en", null, [
      "The US Commerce Department banned TikTok downloads last month.",
      "A judge in Pennsylvania blocked the ban on TikTok on Friday.",
    ]);
    expect(keys(evs)).toContain("US|TikTok|lift");
    expect(keys(evs)).not.toContain("US-PA|TikTok|lift");
  });
  it("en: a state's lift of its own ban stays the state's", async () => {
    const evs = await events("en", null, ["Montana banned TikTok in May.", "A judge in Montana blocked the ban on TikTok."]);
    expect(keys(evs)).toContain("US-MT|TikTok|lift");
  });
  it("en: 'announced the ban in an executive order' is no lift", async () => {
    const evs = await events("en", null, ["On Nov. 29, Governor Kristi Noem of South Dakota announced the ban in an executive order, citing TikTok's ties to China."]);
    expect(keys(evs).filter((k) => k.endsWith("|lift"))).toEqual([]);
  });
});
