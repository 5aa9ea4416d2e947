import { describe, expect, it } from "vitest";
import { events, keys, find } from "../helpers.js";

describe("fr locale", () => {
  it("finds coordinated bans on professional phones, resolved 'vendredi'", async () => {
    const evs = await events("fr", "Le gouvernement interdit TikTok", [
      "Le gouvernement français a interdit vendredi TikTok, Netflix et Candy Crush sur les téléphones professionnels des fonctionnaires.",
    ], "2023-03-25");
    expect(keys(evs)).toEqual(["FR|Candy Crush|ban", "FR|Netflix|ban", "FR|TikTok|ban"]);
    const e = find(evs, "FR|TikTok|ban")!;
    expect(e.scope).toBe("official_devices");
    expect(e.announced).toBe("2023-03-24");
    expect(e.main).toBe(true);
  });
  it("negation is not a ban", async () => {
    expect(keys(await events("fr", null, ["La Belgique n'a pas interdit TikTok."]))).toEqual([]);
  });
  it("'envisage' is a proposal and 'déconseille' an advisory", async () => {
    expect(keys(await events("fr", null, ["Le gouvernement canadien envisage d'interdire TikTok."]))).toEqual(["CA|TikTok|proposal"]);
    expect(keys(await events("fr", null, ["Le gouvernement danois déconseille TikTok aux députés."]))).toEqual(["DK|TikTok|advisory"]);
  });
  it("lifting is a lift; 'si' is hypothetical", async () => {
    expect(keys(await events("fr", null, ["Le Pakistan a levé l'interdiction de TikTok."]))).toContain("PK|TikTok|lift");
    expect(keys(await events("fr", null, ["Si la France interdit TikTok, les jeunes protesteront."]))).toEqual([]);
  });
  it("reads 'six mois' as P6M", async () => {
    expect((await events("fr", null, ["La Belgique interdit TikTok pendant six mois."]))[0].duration).toBe("P6M");
  });
});

describe("fr deciders, lifts and scopes", () => {
  it("resolves named national bodies to their jurisdiction", async () => {
    expect(keys(await events("fr", null, ["La CNIL a interdit TikTok."]))).toEqual(["FR|TikTok|ban"]);
  });
  it("reads an annulled ban and a lifted block as lifts", async () => {
    expect(keys(await events("fr", null, ["Le Conseil d'État a annulé l'interdiction de TikTok."]))).toContain("FR|TikTok|lift");
    expect(keys(await events("fr", null, ["Instagram est de nouveau accessible en Turquie."]))).toContain("TR|Instagram|lift");
  });
  it("reads sales bans as public, age limits as minors, schools as other", async () => {
    expect(find(await events("fr", null, ["L'Indonésie interdit la vente de Temu."]), "ID|Temu|ban")!.scope).toBe("public");
    expect(find(await events("fr", null, ["L'Australie interdit Snapchat aux moins de 16 ans."]), "AU|Snapchat|ban")!.scope).toBe("minors");
    expect(find(await events("fr", null, ["La France interdit TikTok dans les écoles."]), "FR|TikTok|ban")!.scope).toBe("other");
  });
});
