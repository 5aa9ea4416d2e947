import { describe, expect, it } from "vitest";
import { events, keys, find } from "../helpers.js";

describe("cs locale", () => {
  it("finds a restriction of an inflected name ('Instagramu') by Roskomnadzor", async () => {
    const evs = await events("cs", null, ["Roskomnadzor omezil přístup k Instagramu."], "2022-03-11");
    expect(keys(evs)).toEqual(["RU|Instagram|ban"]);
  });
  it("coordinated targets give one background event each", async () => {
    const evs = await events("cs", null, [
      "Roskomnadzor zablokoval Instagram.",
      "Už dříve byly v Rusku zablokovány Facebook a Twitter.",
    ]);
    expect(find(evs, "RU|Facebook|ban")?.main).toBe(false);
    expect(find(evs, "RU|Twitter|ban")?.main).toBe(false);
  });
  it("a verb negated by its prefix is not a ban", async () => {
    expect(keys(await events("cs", null, ["Vláda TikTok nezakáže."]))).toEqual([]);
  });
});
