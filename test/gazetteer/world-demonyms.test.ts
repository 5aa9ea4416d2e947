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
