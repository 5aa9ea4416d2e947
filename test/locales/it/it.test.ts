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

describe("it deciders, lifts and scopes", () => {
  it("resolves named national bodies to their jurisdiction", async () => {
    const e = find(await events("it", null, ["Il Garante per la privacy ha bloccato ChatGPT."]), "IT|ChatGPT|ban")!;
    expect(e.actor.name).toBe("Italian Data Protection Authority");
  });
  it("reads an annulled block and an unblocked app as lifts", async () => {
    expect(keys(await events("it", null, ["Il Tar del Lazio ha annullato il blocco di ChatGPT."]))).toContain("IT|ChatGPT|lift");
    expect(keys(await events("it", null, ["La Turchia ha sbloccato Instagram."]))).toContain("TR|Instagram|lift");
  });
  it("reads sales bans as public, age limits as minors, schools as other", async () => {
    expect(find(await events("it", null, ["L'Indonesia vieta la vendita di Temu."]), "ID|Temu|ban")!.scope).toBe("public");
    expect(find(await events("it", null, ["L'Australia vieta TikTok ai minori di 16 anni."]), "AU|TikTok|ban")!.scope).toBe("minors");
    expect(find(await events("it", null, ["L'Italia vieta TikTok nelle scuole."]), "IT|TikTok|ban")!.scope).toBe("other");
  });
});
