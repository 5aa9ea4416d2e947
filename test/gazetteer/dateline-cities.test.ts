import { describe, expect, it } from "vitest";
import { datelineCountry, datelineKey, datelineRegionOf } from "../../src/gazetteer/dateline-cities.js";

describe("dateline cities", () => {
  it("reads a capital in any case, with or without its accents", () => {
    expect(datelineCountry("BRASILIA")).toBe("BR");
    expect(datelineCountry("BRASÍLIA")).toBe("BR");
    expect(datelineKey("Katmandú")).toBe("KATMANDU");
  });
  it("knows capitals as other languages write them", () => {
    expect(datelineCountry("KATMANDÚ")).toBe("NP");
    expect(datelineCountry("RIAD")).toBe("SA");
    expect(datelineCountry("KIEW")).toBe("UA");
  });
  it("places a city that is no capital in its country, not its region", () => {
    expect(datelineCountry("JOHANNESBURG")).toBe("ZA");
    expect(datelineCountry("BONN")).toBe("DE");
  });
  it("knows no word that is no city", () => {
    expect(datelineCountry("TUESDAY")).toBeUndefined();
  });
  it("gives a city's region for a body deciding there, and nothing for a city the gazetteer knows no region of", () => {
    expect(datelineRegionOf("MÜNCHEN")).toBe("DE-BY");
    expect(datelineRegionOf("BERLIN")).toBe("DE-BE");
    expect(datelineRegionOf("KATMANDÚ")).toBeUndefined();
  });
});
