import { describe, expect, it } from "vitest";
import { events, keys, find } from "../helpers.js";

describe("sv locale", () => {
  it("reads 'avråder' as an advisory of the Riksdag, an earlier EU ban as background", async () => {
    const evs = await events("sv", null, [
      "Riksdagen avråder ledamöter och anställda från att använda TikTok på tjänstetelefoner.",
      "Redan tidigare har EU-kommissionen förbjudit TikTok på personalens tjänstetelefoner.",
    ], "2023-02-28");
    expect(find(evs, "SE|TikTok|advisory")?.main).toBe(true);
    const e = find(evs, "EU|TikTok|ban")!;
    expect(e.main).toBe(false);
    expect(e.scope).toBe("official_devices");
  });
  it("a genitive country name decides before its actor noun ('Kinas regering')", async () => {
    const evs = await events("sv", null, ["Kinas regering har blockerat Telegram och WhatsApp."]);
    expect(keys(evs)).toEqual(["CN|Telegram|ban", "CN|WhatsApp|ban"]);
  });
  it("negation is not a ban", async () => {
    expect(keys(await events("sv", null, ["Regeringen vill inte förbjuda TikTok."]))).toEqual([]);
  });
});
