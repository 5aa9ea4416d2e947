import { describe, expect, it } from "vitest";
import { events, keys, find } from "../locales/helpers.js";

describe("follow cues and passive place lists", () => {
  it("en: 'follows similar moves by X, Y and Z' gives background bans of the same target", async () => {
    const evs = await events("en", "UK bans TikTok on government devices", [
      "The UK government banned TikTok on government devices with immediate effect.",
      "The restriction follows similar moves by the US, Canada and European Commission.",
    ]);
    expect(find(evs, "GB|TikTok|ban")?.main).toBe(true);
    for (const k of ["US|TikTok|ban", "CA|TikTok|ban", "EU|TikTok|ban"]) expect(find(evs, k)?.main).toBe(false);
  });
  it("de: 'folgt ... wie Australien, Frankreich und den USA'", async () => {
    const evs = await events("de", "Österreich verbietet TikTok auf Diensthandys", [
      "Die Nutzung von TikTok auf Diensthandys des Bundes wird untersagt.",
      "Damit folgt Österreich zahlreichen anderen Staaten wie Australien, Frankreich und den USA.",
    ]);
    expect(keys(evs)).toEqual(["AT|TikTok|ban", "AU|TikTok|ban", "FR|TikTok|ban", "US|TikTok|ban"]);
  });
  it("nl: a passive ban lists its places after 'in'; an audience after 'en' is not a place", async () => {
    const evs = await events("nl", null, ["TikTok is inmiddels al verboden op de telefoons van ministers en rijksambtenaren in de VS, Engeland, Canada en België."]);
    expect(keys(evs)).toEqual(["BE|TikTok|ban", "CA|TikTok|ban", "GB|TikTok|ban", "US|TikTok|ban"]);
  });
  it("a sentence without a follow cue or a trigger yields nothing", async () => {
    expect(keys(await events("en", null, ["TikTok is popular in the US, Canada and France."]))).toEqual([]);
  });
});

describe("lifts by their object", () => {
  it("es: a court blocking an order lifts the ban of the order's jurisdiction, and the order's content is no new ban", async () => {
    const evs = await events("es", null, ["Una jueza de California bloqueó este domingo la orden del presidente de Estados Unidos de prohibir las descargas de WeChat."]);
    expect(keys(evs)).toEqual(["US|WeChat|lift"]);
  });
  it("en: a 'divest-or-ban law' is not a lift", async () => {
    expect(keys(await events("en", "Biden signs TikTok 'divest-or-ban' law", []))).not.toContain("US|TikTok|lift");
  });
});
