// A plan cue counts only in the trigger's own clause: a relative clause closed by a comma
// ("die ab 20. September in Kraft treten soll,") does not make the main verb a plan.
import { describe, expect, it } from "vitest";
import { proposalWindow } from "../../src/extract/steps/action.js";
import { compileGrammar } from "../../src/extract/grammar.js";
import { loadLocales } from "../../src/locales/index.js";
import { events, keys, find } from "../locales/helpers.js";

describe("plan cues and clauses", () => {
  it("de: a closed relative clause's 'soll' does not make 'verbietet' a plan", async () => {
    const evs = await events("de", null, ["Mit der Verfügung, die ab 20. September in Kraft treten soll, verbietet die US-Regierung Geschäfte mit TikTok."]);
    expect(keys(evs)).toEqual(["US|TikTok|ban"]);
  });
  it("de: 'soll ... verboten werden' in one clause stays a plan", async () => {
    const evs = await events("de", null, ["In den USA soll TikTok verboten werden."]);
    expect(keys(evs)).toEqual(["US|TikTok|proposal"]);
  });
  it("keeps the cue when the comma opens the plan's object", async () => {
    const de = compileGrammar((await loadLocales()).get("de")!);
    expect(proposalWindow("Die Regierung will, dass TikTok", de)).toBe("Die Regierung will, dass TikTok");
    expect(proposalWindow("Die Regierung plant, TikTok zu", de)).toBe("Die Regierung plant, TikTok zu");
    expect(proposalWindow("die in Kraft treten soll, die Regierung", de)).toBe(" die Regierung");
  });
  it("it: a plan of a ban the story reports as taken is not main", async () => {
    const evs = await events("it", "Biden firma la legge: TikTok messa al bando negli Stati Uniti", [
      "Il presidente americano Joe Biden ha firmato la legge che potrebbe portare ad un bando del social media TikTok negli Stati Uniti.",
    ]);
    expect(find(evs, "US|TikTok|ban")?.main).toBe(true);
    expect(find(evs, "US|TikTok|proposal")?.main ?? false).toBe(false);
  });
  it("a plan alone stays main", async () => {
    const evs = await events("en", "US Congress plans to ban TikTok", ["The US Congress plans to ban TikTok nationwide."]);
    expect(find(evs, "US|TikTok|proposal")?.main).toBe(true);
  });
  it("fr: 'une des applications bannies' refers to the ban; a wish of those concerned is no plan", async () => {
    const evs = await events("fr", null, [
      "Le gouvernement a interdit TikTok sur les téléphones professionnels.",
      "Les fonctionnaires qui souhaitent utiliser une des applications bannies devront faire une demande de dérogation.",
    ]);
    expect(keys(evs)).toEqual(["FR|TikTok|ban"]);
  });
  it("fr: a participle naming its own target still reports a ban", async () => {
    const evs = await events("fr", null, ["Parmi les applications désormais bannies figure Candy Crush, explique le gouvernement français."]);
    expect(keys(evs)).toEqual(["FR|Candy Crush|ban"]);
  });
});
