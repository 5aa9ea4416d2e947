import { describe, expect, it } from "vitest";
import { exportsName, singularNoun } from "../../src/gazetteer/english-plurals.js";

describe("english-plurals", () => {
  it("turns a plural modifier singular by its ending", () => {
    expect(singularNoun("soybeans")).toBe("soybean");
    expect(singularNoun("commodities")).toBe("commodity");
    expect(singularNoun("potatoes")).toBe("potato");
    expect(singularNoun("peaches")).toBe("peach");
    expect(singularNoun("boxes")).toBe("box");
  });
  it("leaves singulars and plurals English keeps before a noun", () => {
    for (const w of ["wheat", "rice", "gas", "glass", "asbestos", "arms", "goods", "electronics", "cannabis", "citrus"]) expect(singularNoun(w)).toBe(w);
  });
  it("names a category's exports with its last word singular", () => {
    expect(exportsName("rare earths")).toBe("rare earth exports");
    expect(exportsName("palm oil")).toBe("palm oil exports");
    expect(exportsName("onions")).toBe("onion exports");
  });
});
