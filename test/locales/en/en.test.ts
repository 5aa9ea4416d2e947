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
