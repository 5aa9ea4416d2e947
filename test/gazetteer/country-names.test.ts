// Country names per language from i18n-iso-countries, with the short names inside formal ones.
import { describe, expect, it } from "vitest";
import { countryNames } from "../../src/gazetteer/jurisdictions.js";

describe("countryNames", () => {
  it("reads the short name inside a formal one", () => {
    expect(countryNames("en").get("Moldova")).toBe("MD");
    expect(countryNames("fr").get("Vatican")).toBe("VA");
  });

  it("takes no bracketed adjective for a name ('Saint Martin (francesa)')", () => {
    for (const [lang, word] of [["es", "francesa"], ["es", "neerlandesa"], ["fr", "partie française"]]) {
      expect(countryNames(lang).has(word), `${lang} ${word}`).toBe(false);
    }
    expect(countryNames("es").get("Saint Martin (francesa)")).toBe("MF");
  });
});
