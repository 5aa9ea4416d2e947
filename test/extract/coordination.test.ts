// One decision's other targets listed in a later sentence of the story are main too; a ban
// noun or an earlier ban of the same target is not.
import { describe, expect, it } from "vitest";
import { events, find } from "../locales/helpers.js";

describe("coordination across sentences", () => {
  it("fr: 'Parmi les applications désormais bannies figure ... Candy Crush, Netflix' joins the main decision", async () => {
    const evs = await events("fr", null, [
      "Le gouvernement français a interdit vendredi l'utilisation de TikTok sur les téléphones professionnels des fonctionnaires.",
      "La mesure concerne 2,5 millions d'agents.",
      "Parmi les applications désormais bannies figure le triptyque Candy Crush, Netflix et TikTok, explique le ministère.",
    ]);
    for (const k of ["FR|TikTok|ban", "FR|Candy Crush|ban", "FR|Netflix|ban"]) expect(find(evs, k)?.main).toBe(true);
  });
  it("fr: 'mis à l'index' is a ban", async () => {
    const evs = await events("fr", null, ["Le gouvernement a mis à l'index l'application Twitter."]);
    expect(find(evs, "FR|Twitter|ban")).toBeDefined();
  });
  it("nl: a target the article reports as banned before stays background", async () => {
    const evs = await events("nl", null, [
      "Het kabinet verbiedt ambtenaren WeChat op hun werktelefoon.",
      "TikTok was al verboden voor ambtenaren van de Rijksoverheid.",
      "Sommige ICT-afdelingen blokkeren alleen TikTok.",
    ]);
    expect(find(evs, "NL|WeChat|ban")?.main).toBe(true);
    expect(find(evs, "NL|TikTok|ban")?.main).toBe(false);
  });
  it("nl: a ban noun ('het verbod op TikTok') refers back and does not join", async () => {
    const evs = await events("nl", null, [
      "Het kabinet verbiedt ambtenaren WeChat op hun werktelefoon.",
      "Dat meldt de NOS.",
      "Het kabinet kondigde in maart een verbod op TikTok aan.",
    ]);
    expect(find(evs, "NL|TikTok|ban")?.main).toBe(false);
  });
  it("fr: 'est également mis à l'index' with no decider of its own joins the story's decision", async () => {
    const evs = await events("fr", null, [
      "Le gouvernement français a interdit vendredi TikTok sur les téléphones professionnels des fonctionnaires.",
      "Ce sont 2,5 millions d'agents qui sont concernés par la mesure.",
      "Twitter, dont la politique de modération fait débat, est également mis à l'index, précise-t-il.",
    ]);
    expect(find(evs, "FR|Twitter|ban")?.main).toBe(true);
  });
  it("en: 'Canada also banned TikTok' names its own decider and stays background", async () => {
    const evs = await events("en", null, [
      "The Belgian government banned WeChat on Friday on the work phones of all federal civil servants.",
      "The measure concerns about 30,000 people working for the federal administration.",
      "Canada also banned TikTok on government phones.",
    ]);
    expect(find(evs, "BE|WeChat|ban")?.main).toBe(true);
    expect(find(evs, "CA|TikTok|ban")?.main).toBe(false);
  });
  it("the main decision's other targets take its date when it has one only", async () => {
    const evs = await events("fr", null, [
      "Le gouvernement français a interdit le 24 mars 2023 TikTok sur les téléphones professionnels des fonctionnaires.",
      "Ce sont 2,5 millions d'agents qui sont concernés par la mesure.",
      "Parmi les applications désormais bannies figure aussi Netflix, explique le ministère.",
    ], null);
    expect(find(evs, "FR|TikTok|ban")?.announced).toBe("2023-03-24");
    expect(find(evs, "FR|Netflix|ban")?.announced).toBe("2023-03-24");
  });
});
