// The article's own jurisdiction and the decider of a sentence: demonyms that describe a
// company or app, places listed as models after a follow cue, and datelines are none of them.
import { describe, expect, it } from "vitest";
import { events, keys, find } from "../locales/helpers.js";

describe("the article's own jurisdiction", () => {
  it("de: a demonym describing a company ('chinesisches Unternehmen im Staatsbesitz') is no actor", async () => {
    const evs = await events("de", null, [
      "Die chinesische App TikTok wird auf Diensthandys verboten. Der Zugriff durch ein chinesisches Unternehmen im Staatsbesitz soll ausgeschlossen werden.",
      "Mehrere Staaten haben diesen Schritt bereits gesetzt. Nun hat Österreich nachgezogen.",
    ]);
    expect(keys(evs)).toEqual(["AT|TikTok|ban"]);
  });
  it("de: a demonym before an actor noun still is one", async () => {
    const evs = await events("de", null, ["Die chinesische Regierung verbietet Online-Spiele für Minderjährige und sperrt TikTok."]);
    expect(keys(evs)).toContain("CN|TikTok|ban");
  });
  it("en: places after a follow cue do not give the lead's decider", async () => {
    const evs = await events("en", null, [
      "The minister today confirmed that TikTok is to be banned from all government devices. The restriction follows similar moves by the US, Canada and European Commission.",
    ]);
    expect(find(evs, "US|TikTok|ban")?.main).toBe(false);
    expect(evs.filter((e) => e.main).map((e) => e.actor.jurisdiction)).not.toContain("US");
  });
  it("fr: 'X emboîtera le pas aux États-Unis et à l'Union européenne (UE) en prohibant': X decides", async () => {
    const evs = await events("fr", null, [
      "Le Canada emboîtera le pas aux États-Unis et à l'Union européenne (UE) en prohibant TikTok des téléphones de ses fonctionnaires.",
    ]);
    expect(find(evs, "CA|TikTok|ban")?.main).toBe(true);
    expect(find(evs, "EU|TikTok|ban")?.main).toBe(false);
    expect(find(evs, "US|TikTok|ban")?.main).toBe(false);
  });
  it("en: a dateline's region is where the report was filed, not the decider", async () => {
    const evs = await events("en", "Canada bans TikTok on all government devices", [
      "TRENTON, Ontario – Canada banned TikTok from all government devices Monday.",
    ]);
    expect(keys(evs)).toEqual(["CA|TikTok|ban"]);
    // without a dash it is no dateline
    expect(keys(await events("en", null, ["Ontario banned TikTok from all government devices Monday."]))).toEqual(["CA-ON|TikTok|ban"]);
  });
  it("an institution named after a target cue is no target ('the intelligence service AIVD')", async () => {
    const evs = await events("en", null, ["The Dutch government blocked apps from countries that the intelligence service AIVD names, among them WeChat."]);
    expect(keys(evs)).toEqual(["NL|WeChat|ban"]);
  });
});
