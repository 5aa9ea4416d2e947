import { describe, expect, it } from "vitest";
import { events, keys, find } from "../helpers.js";

describe("da locale", () => {
  it("reads 'fraråder' as an advisory of the Folketing", async () => {
    const evs = await events("da", "Folketinget fraråder TikTok", [
      "Folketinget fraråder brug af TikTok-appen på mobile enheder hos Folketingets medlemmer og ansatte.",
    ], "2023-02-28");
    expect(find(evs, "DK|TikTok|advisory")?.main).toBe(true);
  });
  it("finds an EU ban as a background event", async () => {
    const evs = await events("da", "Folketinget fraråder TikTok", [
      "Folketinget fraråder brug af TikTok på arbejdstelefoner.",
      "Samme dag oplyste EU-Kommissionen, at man har valgt at forbyde TikTok på de ansattes arbejdstelefoner.",
    ]);
    const e = find(evs, "EU|TikTok|ban")!;
    expect(e.main).toBe(false);
    expect(e.scope).toBe("official_devices");
  });
  it("negation is not a ban", async () => {
    expect(keys(await events("da", null, ["Regeringen vil ikke forbyde TikTok."]))).toEqual([]);
  });
});
