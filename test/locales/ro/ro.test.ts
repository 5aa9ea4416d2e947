import { describe, expect, it } from "vitest";
import { events, keys, find } from "../helpers.js";

describe("ro locale", () => {
  it("finds a block of a site named after its cue ('site-ul Zorbet') by ANCOM", async () => {
    const evs = await events("ro", null, ["ANCOM a blocat accesul la site-ul Zorbet."], "2023-02-28");
    expect(keys(evs)).toEqual(["RO|Zorbet|ban"]);
  });
  it("coordinated targets give one background event each", async () => {
    const evs = await events("ro", null, [
      "Rusia a blocat Instagram.",
      "Anterior, pe teritoriul Federației Ruse fuseseră blocate Facebook și Twitter.",
    ]);
    expect(find(evs, "RU|Facebook|ban")?.main).toBe(false);
    expect(find(evs, "RU|Twitter|ban")?.main).toBe(false);
  });
  it("negation is not a ban", async () => {
    expect(keys(await events("ro", null, ["Guvernul nu a interzis niciodată TikTok."]))).toEqual([]);
  });
});
