// Work per article is bounded: a page of thousands of ban sentences (a list, an attack) is
// read up to MAX_MENTIONS_PER_ARTICLE mentions, in reading order, and still gives its events.
import { describe, expect, it } from "vitest";
import { events, find } from "../locales/helpers.js";
import { MAX_MENTIONS_PER_ARTICLE } from "../../src/extract/constants.js";

describe("bounded extraction", () => {
  it("reads at most MAX_MENTIONS_PER_ARTICLE mentions of a ban-dense page, keeping the first", async () => {
    const n = MAX_MENTIONS_PER_ARTICLE + 500;
    const paragraphs = Array.from({ length: n }, () => "TikTok was banned by the Belgian government today.");
    paragraphs.push("WeChat was banned by the Dutch government today.");
    const evs = await events("en", null, paragraphs);
    const be = find(evs, "BE|TikTok|ban");
    expect(be).toBeDefined();
    expect(be!.evidence.length).toBe(MAX_MENTIONS_PER_ARTICLE);
    expect(be!.evidence[0].start).toBe(0);
    // The sentence past the cap is not read.
    expect(find(evs, "NL|WeChat|ban")).toBeUndefined();
  }, 60_000);
  it("an article below the cap is read to its end", async () => {
    const evs = await events("en", null, ["TikTok was banned by the Belgian government today.", "WeChat was banned by the Dutch government today."]);
    expect(find(evs, "NL|WeChat|ban")).toBeDefined();
  });
});
