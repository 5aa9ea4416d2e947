// Scope phrases per language, the choice among several, and scopes an article settles.
import { describe, expect, it } from "vitest";
import { events, find } from "../locales/helpers.js";
import { pickScope } from "../../src/extract/scope.js";

describe("scope choice", () => {
  it("a specific phrase beats a public one, a weak staff phrase beats public only", () => {
    const hits = [
      { start: 10, text: "download", scope: "public" as const },
      { start: 60, text: "work phones", scope: "official_devices" as const },
    ];
    expect(pickScope(hits, 12)?.scope).toBe("official_devices");
    expect(pickScope([hits[0]], 12)?.scope).toBe("public");
    expect(pickScope([], 12)).toBeNull();
  });
  it("reads the scope phrases of each language", async () => {
    const cases: [string, string, string, string][] = [
      ["en", "Canada banned TikTok on government phones.", "CA|TikTok|ban", "official_devices"],
      ["en", "Texas banned TikTok on state employees' personal phones.", "US-TX|TikTok|ban", "personal_devices"],
      ["en", "The university blocked TikTok on its campus network.", "", "official_network"],
      ["en", "France banned TikTok for children under 15.", "", "minors"],
      ["en", "India banned TikTok nationwide and had it removed from app stores.", "IN|TikTok|ban", "public"],
      ["nl", "Het kabinet verbiedt TikTok op werktelefoons van rijksambtenaren.", "NL|TikTok|ban", "official_devices"],
      ["fr", "Le gouvernement français a interdit le téléchargement de TikTok sur les téléphones professionnels des fonctionnaires.", "FR|TikTok|ban", "official_devices"],
      ["de", "Österreich verbietet TikTok auf Diensthandys.", "AT|TikTok|ban", "official_devices"],
      ["es", "España prohibió TikTok en los teléfonos oficiales.", "ES|TikTok|ban", "official_devices"],
      ["it", "L'Italia ha vietato TikTok sui dispositivi di servizio.", "IT|TikTok|ban", "official_devices"],
      ["pt", "Portugal proibiu o TikTok nos telefones oficiais.", "PT|TikTok|ban", "official_devices"],
    ];
    for (const [lang, text, key, scope] of cases) {
      const evs = await events(lang, null, [text]);
      const e = key ? find(evs, key) : evs[0];
      expect(e?.scope, `${lang}: ${text}`).toBe(scope);
    }
  });
  it("a ban of apps for civil servants without a device phrase is on official devices", async () => {
    const e = (await events("fr", null, ["Le gouvernement français a interdit TikTok aux fonctionnaires."]))[0];
    expect(e.scope).toBe("official_devices");
  });
  it("the same app banned before elsewhere takes the main story's scope", async () => {
    const evs = await events("en", "Belgium bans TikTok on government phones", [
      "Belgium banned TikTok on government phones on Friday.",
      "Previously, TikTok was banned by the US and Canadian authorities.",
    ]);
    expect(find(evs, "US|TikTok|ban")?.scope).toBe("official_devices");
    expect(find(evs, "US|TikTok|ban")?.rules).toContain("scope.same-target");
  });
});

describe("event-level dates", () => {
  it("a main event without a date takes the publication date, with its rule id", async () => {
    const e = (await events("en", null, ["Belgium banned TikTok on government phones."], "2023-03-10"))[0];
    expect(e.announced).toBe("2023-03-10");
    expect(e.rules).toContain("date.published");
  });
  it("without a publication date nothing is guessed", async () => {
    const e = (await events("en", null, ["Belgium banned TikTok on government phones on Friday."], null))[0];
    expect(e.announced).toBeNull();
  });
  it("a date without year takes the year of the article's other explicit dates", async () => {
    const e = find(await events("en", null, [
      "On March 10, Belgium banned TikTok on government phones.",
      "The European Commission had decided on 23 February 2023.",
    ], null), "BE|TikTok|ban")!;
    expect(e.announced).toBe("2023-03-10");
  });
});
