import { describe, expect, it } from "vitest";
import { events, keys, find } from "../helpers.js";
import { Trace } from "../../../src/extract/trace.js";

describe("de locale", () => {
  it("finds a ban on Diensthandys, compound weekday and duration", async () => {
    const evs = await events("de", "Österreich verbietet TikTok auf Diensthandys", [
      "Die österreichische Bundesregierung hat am Mittwochmorgen TikTok auf Diensthandys für sechs Monate verboten.",
    ], "2023-05-12");
    const e = find(evs, "AT|TikTok|ban")!;
    expect(e.scope).toBe("official_devices");
    expect(e.announced).toBe("2023-05-10");
    expect(e.duration).toBe("P6M");
  });
  it("a TikTok-Verbot compound is a ban", async () => {
    expect(keys(await events("de", null, ["Die EU-Kommission hat ein TikTok-Verbot für Diensthandys erlassen."]))).toEqual(["EU|TikTok|ban"]);
  });
  it("negation and 'plant' are not bans", async () => {
    expect(keys(await events("de", null, ["Deutschland wird TikTok nicht verbieten."]))).toEqual([]);
    expect(keys(await events("de", null, ["Die deutsche Regierung plant, TikTok zu verbieten."]))).toEqual(["DE|TikTok|proposal"]);
  });
  it("'abraten' is advisory; a judge blocking the ban is a lift", async () => {
    expect(keys(await events("de", null, ["Die dänische Regierung rät den Abgeordneten von TikTok ab."]))).toEqual(["DK|TikTok|advisory"]);
    expect(keys(await events("de", null, ["Eine Richterin in den USA blockierte das Verbot von TikTok."]))).toContain("US|TikTok|lift");
  });
  it("a deadline 'bis 15. März'", async () => {
    const e = (await events("de", null, ["Die Behörden in Belgien verbieten TikTok; Beamte müssen die App bis 15. März löschen."]))[0];
    expect(e.deadline).toBe("2023-03-15");
  });
});

describe("de deciders, lifts and scopes", () => {
  it("plural places after a locative or in a name say where, not who ('in allen EU-Staaten', 'in mehreren Staaten')", async () => {
    const trace = new Trace();
    await events("de", null, ["Damit sind in allen EU-Staaten Mentholzigaretten verboten.", "In mehreren Staaten ist TikTok auf Diensthandys verboten."], "2020-05-20", trace);
    const dropped = trace.sentences.flatMap((s) => s.triggers.map((t) => t.dropped?.rule ?? null));
    expect(dropped).toEqual([null, null]);
  });
  it("resolves named national bodies to their jurisdiction", async () => {
    expect(keys(await events("de", null, ["Die Bundesnetzagentur verbietet TikTok."]))).toEqual(["DE|TikTok|ban"]);
  });
  it("reads a lifted ban and an unblocked app as lifts", async () => {
    expect(keys(await events("de", null, ["Das Bundesverfassungsgericht hat das Verbot von TikTok aufgehoben."]))).toContain("DE|TikTok|lift");
    expect(keys(await events("de", null, ["Die Türkei hat Instagram wieder freigeschaltet."]))).toContain("TR|Instagram|lift");
  });
  it("reads sales bans as public, age limits as minors, networks as other", async () => {
    expect(find(await events("de", null, ["Indonesien verbietet den Verkauf von Temu."]), "ID|Temu|ban")!.scope).toBe("public");
    expect(find(await events("de", null, ["Australien verbietet TikTok für Kinder unter 16 Jahren."]), "AU|TikTok|ban")!.scope).toBe("minors");
    expect(find(await events("de", null, ["Deutschland verbannt Huawei aus dem 5G-Netz."]), "DE|Huawei|ban")!.scope).toBe("other");
  });
});
