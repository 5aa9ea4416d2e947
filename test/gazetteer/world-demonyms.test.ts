// The demonyms world-countries adds to the hand-written table are read from a file written
// from its data (src/gazetteer/world-demonyms.ts, by scripts/world-demonyms.ts), so that no
// extraction parses its JSON: that file must hold what the data gives, in the data's order.
import { describe, expect, it } from "vitest";
import { TABLE } from "../../src/gazetteer/demonyms.js";
import { worldDemonyms, datelineCapitals } from "../../src/gazetteer/world-countries.js";
import { WORLD_DEMONYMS } from "../../src/gazetteer/world-demonyms.js";
import { DATELINE_CAPITALS } from "../../src/gazetteer/world-capitals.js";

describe("world-countries' demonyms", () => {
  it("the written file holds what world-countries gives beside the table (else run scripts/world-demonyms.ts)", () => {
    const fromData = worldDemonyms(TABLE);
    expect(WORLD_DEMONYMS).toEqual(fromData);
    expect(Object.keys(WORLD_DEMONYMS)).toEqual(Object.keys(fromData));
    expect(WORLD_DEMONYMS.VE).toContain("Venezuelan");
  });
  it("the written capitals hold what world-countries gives (else run scripts/world-demonyms.ts)", () => {
    expect(DATELINE_CAPITALS).toEqual(Object.fromEntries(datelineCapitals()));
    expect(DATELINE_CAPITALS.MANILA).toBe("PH");
  });
});

describe("the other languages' country adjectives (world-demonyms-more.ts)", () => {
  const stem = (f: string) => f.toLowerCase().replace(/\*$/, "");
  const reads = (form: string, word: string) => (form.endsWith("*") ? word.startsWith(stem(form)) : word === form.toLowerCase());
  it("no form of one country reads another country's form", async () => {
    const { MORE_DEMONYMS } = await import("../../src/gazetteer/world-demonyms-more.js");
    const others = Object.entries({ ...TABLE }).concat(Object.entries(WORLD_DEMONYMS), Object.entries(MORE_DEMONYMS));
    for (const [code, forms] of Object.entries(MORE_DEMONYMS)) {
      for (const f of forms) {
        const clash = others.find(([c, fs]) => c !== code && fs.some((g) => reads(f, stem(g)) || reads(g, stem(f))));
        expect(clash?.[0], `${code} ${f}`).toBeUndefined();
      }
    }
  });
  it("the five languages name Mozambique", async () => {
    const { MORE_DEMONYMS } = await import("../../src/gazetteer/world-demonyms-more.js");
    expect(MORE_DEMONYMS.MZ).toEqual(["mosambikanisch*", "mozambiqueñ*", "mozambican*", "Mozambikaans*", "moçambican*"]);
  });
});
