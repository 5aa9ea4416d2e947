import { describe, expect, it } from "vitest";
import { events, keys, find } from "../helpers.js";

describe("pl locale", () => {
  it("finds a restriction of an inflected name ('Instagrama') by Roskomnadzor", async () => {
    const evs = await events("pl", null, ["Roskomnadzor zapowiedział ograniczenie dostępu do Instagrama."], "2022-03-11");
    expect(keys(evs)).toEqual(["RU|Instagram|ban"]);
  });
  it("coordinated targets give one background event each", async () => {
    const evs = await events("pl", null, [
      "Roskomnadzor ograniczył dostęp do Instagrama.",
      "Wcześniej na terenie Federacji Rosyjskiej zablokowany został Facebook i Twitter.",
    ]);
    expect(find(evs, "RU|Facebook|ban")?.main).toBe(false);
    expect(find(evs, "RU|Twitter|ban")?.main).toBe(false);
  });
  it("negation is not a ban", async () => {
    expect(keys(await events("pl", null, ["Rząd nie zablokował TikToka."]))).toEqual([]);
  });
});
