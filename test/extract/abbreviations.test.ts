import { describe, expect, it } from "vitest";
import { events, keys } from "../locales/helpers.js";

describe("abbreviations spelled out once", () => {
  it("fold into the spelled-out target: one target for 'bisphenol S (BPS)' and 'BPS'", async () => {
    const evs = await events("en", "EU bans bisphenol S in toys", [
      "The European Commission on Monday banned bisphenol S (BPS) in toys for young children.",
      "Denmark had banned BPS in toys in 2019, officials said.",
    ], "2025-03-04");
    expect(keys(evs)).toEqual(["DK|bisphenol S|ban", "EU|bisphenol S|ban"]);
  });
  it("rename only what the article abbreviates: another acronym stays its own target", async () => {
    const evs = await events("en", null, [
      "The European Commission on Monday banned bisphenol S in toys for young children.",
      "Denmark had banned BPF in toys in 2019, officials said.",
    ], "2025-03-04");
    expect(keys(evs)).toEqual(["DK|BPF|ban", "EU|bisphenol S|ban"]);
  });
});
