import { describe, expect, it } from "vitest";
import { events, keys, find } from "../helpers.js";

describe("no locale", () => {
  it("reads 'kraftig anbefales at ... slettes' as an advisory", async () => {
    const evs = await events("no", null, [
      "Alle ansatte på Folketinget har fått epost der det kraftig anbefales at Tiktok slettes.",
    ]);
    expect(keys(evs)).toEqual(["DK|TikTok|advisory"]);
  });
  it("finds 'innførte forbud mot' by the EU", async () => {
    const evs = await events("no", null, ["EU-kommisjonen innførte forbud mot at ansatte brukte Tiktok på jobbtelefonene sine."]);
    expect(find(evs, "EU|TikTok|ban")?.scope).toBe("official_devices");
  });
  it("hypotheticals and negation are not bans", async () => {
    expect(keys(await events("no", null, ["Regjeringen vil ikke forby TikTok."]))).toEqual([]);
    expect(keys(await events("no", null, ["Hvis Norge forbyr TikTok, blir mange skuffet."]))).toEqual([]);
  });
});
