import { describe, expect, it } from "vitest";
import { events, keys, find } from "../helpers.js";

describe("it locale", () => {
  it("finds a ban on service devices with a date", async () => {
    const evs = await events("it", "Il Parlamento europeo vieta TikTok", [
      "Il Parlamento europeo ha vietato TikTok sui dispositivi di servizio del personale martedì 28 febbraio.",
    ], "2023-03-01");
    const e = find(evs, "EU|TikTok|ban")!;
    expect(e.scope).toBe("official_devices");
    expect(e.announced).toBe("2023-02-28");
  });
  it("'intende' is a proposal; 'sconsiglia' advisory; negation is not a ban", async () => {
    expect(keys(await events("it", null, ["Il governo italiano intende vietare TikTok."]))).toEqual(["IT|TikTok|proposal"]);
    expect(keys(await events("it", null, ["Il Parlamento europeo sconsiglia TikTok agli eurodeputati."]))).toEqual(["EU|TikTok|advisory"]);
    // "raccomandiamo ... di disinstallare": the uninstalling is what the advice says, not a ban
    expect(keys(await events("it", null, ["Il Parlamento europeo raccomanda agli eurodeputati, ai loro staff e ai dipendenti di disinstallare TikTok dai telefoni personali."]))).toEqual(["EU|TikTok|advisory"]);
    expect(keys(await events("it", null, ["Il Parlamento europeo ha vietato TikTok sui dispositivi di servizio."]))).toEqual(["EU|TikTok|ban"]);
    expect(keys(await events("it", null, ["L'Italia non ha vietato TikTok."]))).toEqual([]);
  });
  it("revoking is a lift", async () => {
    expect(keys(await events("it", null, ["Il Pakistan ha revocato il divieto su TikTok."]))).toContain("PK|TikTok|lift");
  });
});
