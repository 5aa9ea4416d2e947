import { describe, expect, it } from "vitest";
import { assembleEvents } from "../../src/extract/assemble.js";
import type { Mention } from "../../src/types.js";

/** A mention with the fields assembly reads; the rest empty. */
function mention(over: Partial<Mention>): Mention {
  const text = over.evidence?.text ?? "x";
  return {
    action: "ban", target: "cruise ships", actor: { jurisdiction: "NL", level: "national", name: null }, actorSource: "article",
    scope: null, audience: null, announced: null, effective: null, deadline: null, expires: null, duration: null,
    background: false, inTitle: false, paragraph: 0, sentence: 1, evidence: { text, start: 0, end: text.length },
    triggerKind: "verb", targetSource: "named", knownTarget: false, rules: [], why: { actor: { rule: "actor.article-default", text: "NL" } },
    ...over,
  };
}

describe("a headline's city decides what the body tells with the country by default", () => {
  const headline = mention({ inTitle: true, sentence: 0, paragraph: -1, actorSource: "sentence",
    actor: { jurisdiction: "NL-NH", level: "local", name: null }, why: { actor: { rule: "actor.sentence", text: "Amsterdam" } } });
  it("joins the body mention to the city's region", () => {
    const evs = assembleEvents([headline, mention({})], 2);
    expect(evs.map((e) => `${e.actor.jurisdiction}|${e.target}|${e.action}`)).toEqual(["NL-NH|cruise ships|ban"]);
  });
  it("leaves another target, and a decider the sentence names, alone", () => {
    const evs = assembleEvents([headline, mention({ target: "fireworks" }),
      mention({ actorSource: "sentence", why: { actor: { rule: "actor.sentence", text: "Nederland" } }, sentence: 2 })], 2);
    expect(evs.map((e) => `${e.actor.jurisdiction}|${e.target}|${e.action}`).sort()).toEqual(["NL-NH|cruise ships|ban", "NL|cruise ships|ban", "NL|fireworks|ban"]);
  });
});
