import { describe, expect, it } from "vitest";
import { events, keys, find } from "../helpers.js";

describe("en locale", () => {
  it("finds a ban with actor, scope, past-leaning weekday and duration", async () => {
    const evs = await events("en", "Belgium bans TikTok on government phones", [
      "Belgium's National Security Council on Friday banned TikTok on the work phones of federal employees for six months.",
    ], "2023-03-13");
    const e = find(evs, "BE|TikTok|ban")!;
    expect(e).toBeDefined();
    expect(e.scope).toBe("official_devices");
    expect(e.announced).toBe("2023-03-10"); // the Friday before Monday 13 March
    expect(e.duration).toBe("P6M");
    expect(e.main).toBe(true);
  });
  it("does not read a negated statement as a ban", async () => {
    const evs = await events("en", null, ["Officials using personal phones won't face restrictions on TikTok, the government said."]);
    expect(keys(evs).filter((k) => k.endsWith("|ban"))).toEqual([]);
  });
  it("does not read a hypothetical as a ban", async () => {
    const evs = await events("en", null, ["If Canada banned TikTok, millions of users would protest."]);
    expect(keys(evs)).toEqual([]);
  });
  it("reads plans as proposals", async () => {
    const evs = await events("en", null, ["The US Congress is expected to ban TikTok nationwide."]);
    expect(keys(evs)).toEqual(["US|TikTok|proposal"]);
  });
  it("reads a court blocking a ban as a lift", async () => {
    const evs = await events("en", null, ["A federal judge in Montana blocked the ban on TikTok on Thursday."]);
    expect(keys(evs)).toContain("US-MT|TikTok|lift");
  });
  it("gives one event per coordinated target", async () => {
    const evs = await events("en", null, ["The Dutch government banned TikTok, WeChat and AliExpress on work phones of civil servants."]);
    expect(keys(evs)).toEqual(["NL|AliExpress|ban", "NL|TikTok|ban", "NL|WeChat|ban"]);
  });
  it("keeps 'last month' at month precision and marks it background", async () => {
    const evs = await events("en", "Canada bans TikTok on government devices", [
      "Canada banned TikTok on government-issued phones on Monday.",
      "The European Commission already banned TikTok on staff phones last month.",
    ], "2023-03-01");
    const eu = find(evs, "EU|TikTok|ban")!;
    expect(eu.main).toBe(false);
    expect(eu.announced).toBe("2023-02");
    expect(find(evs, "CA|TikTok|ban")!.announced).toBe("2023-02-27");
  });
});

describe("en deciders, lifts and scopes", () => {
  it("resolves named national bodies to their jurisdiction", async () => {
    expect(keys(await events("en", null, ["Roskomnadzor blocked Telegram on Monday."]))).toEqual(["RU|Telegram|ban"]);
    expect(keys(await events("en", null, ["Ofcom banned TikTok on Friday."]))).toEqual(["GB|TikTok|ban"]);
    expect(keys(await events("en", null, ["The Taliban banned TikTok and PUBG."]))).toContain("AF|TikTok|ban");
    const btk = find(await events("en", null, ["Turkey's telecom regulator BTK blocked Instagram on Friday."]), "TR|Instagram|ban")!;
    expect(btk.actor.name).toBe("Information and Communication Technologies Authority");
  });
  it("matches short abbreviations only in capitals", async () => {
    expect(keys(await events("en", null, ["The ncc said it would not comment; users had earlier been banned from Twitter."]))).not.toContain("NG|Twitter|ban");
  });
  it("reads restored access and overturned bans as lifts", async () => {
    expect(keys(await events("en", null, ["Russia restored access to Telegram."]))).toContain("RU|Telegram|lift");
    expect(keys(await events("en", null, ["Turkey lifted the ban on Wikipedia."]))).toContain("TR|Wikipedia|lift");
  });
  it("reads sales and import bans as public, age limits as minors, schools and networks as other", async () => {
    expect(find(await events("en", null, ["Indonesia banned the sale of Temu."]), "ID|Temu|ban")!.scope).toBe("public");
    expect(find(await events("en", null, ["Indonesia banned the import of Temu products."]), "ID|Temu|ban")!.scope).toBe("public");
    expect(find(await events("en", null, ["Australia banned Snapchat for children under 16."]), "AU|Snapchat|ban")!.scope).toBe("minors");
    expect(find(await events("en", null, ["Britain banned Huawei equipment from its 5G networks."]), "GB|Huawei|ban")!.scope).toBe("other");
    expect(find(await events("en", null, ["Nigeria's NCC ordered internet providers to block Twitter."]), "NG|Twitter|ban")!.scope).toBe("public");
  });
});
