// "In addition to TikTok, ... banned AliExpress and WeChat": TikTok was banned before (a
// background ban), the others are the news; a bracketed name after a target describes it.
import { describe, expect, it } from "vitest";
import { events, keys, find } from "../locales/helpers.js";

describe("besides phrases", () => {
  it("en: 'In addition to TikTok' is background, and 'these apps' after it does not take TikTok", async () => {
    const evs = await events("en", null, [
      "In addition to TikTok, the Dutch government has banned its officials from installing AliExpress and WeChat on their work phones. The government blocked a total of ten apps.",
    ]);
    expect(find(evs, "NL|AliExpress|ban")?.main).toBe(true);
    expect(find(evs, "NL|WeChat|ban")?.main).toBe(true);
    expect(find(evs, "NL|TikTok|ban")?.main).toBe(false);
  });
  it("nl: 'Naast TikTok' likewise", async () => {
    const evs = await events("nl", null, ["Naast TikTok verbiedt het kabinet nu ook WeChat op werktelefoons van ambtenaren."]);
    expect(find(evs, "NL|WeChat|ban")?.main).toBe(true);
    expect(find(evs, "NL|TikTok|ban")?.main).toBe(false);
  });
  it("a sentence naming only the besides target keeps it as the object", async () => {
    const evs = await events("en", null, ["Besides TikTok, nothing was banned by the UK government."]);
    expect(keys(evs).length).toBeLessThanOrEqual(1);
  });
});

describe("appositions", () => {
  it("es: 'WeChat (el WhatsApp chino)' names one target", async () => {
    const evs = await events("es", null, ["El gobierno de Estados Unidos prohibió las descargas de WeChat (el WhatsApp chino) en el país."]);
    expect(keys(evs)).toEqual(["US|WeChat|ban"]);
  });
  it("a bracketed list of further targets is not an apposition when words come first", async () => {
    const evs = await events("en", null, ["The US government banned several Chinese apps (among them the messaging apps WeChat and TikTok)."]);
    expect(keys(evs)).toEqual(["US|TikTok|ban", "US|WeChat|ban"]);
  });
});
