import { describe, expect, it } from "vitest";
import countries from "i18n-iso-countries";
import { SUBDIVISIONS } from "../../src/gazetteer/subdivisions.js";
import { CITIES } from "../../src/gazetteer/cities.js";
import { CAPITAL_CITIES } from "../../src/gazetteer/capital-cities.js";

const tables = { SUBDIVISIONS, CITIES, CAPITAL_CITIES };

describe("subdivision, city and capital tables", () => {
  it("key ISO 3166-2 codes of real countries", () => {
    for (const [table, t] of Object.entries(tables))
      for (const code of Object.keys(t)) {
        expect(code, `${table}: ${code}`).toMatch(/^[A-Z]{2}-[A-Z0-9]{1,3}$/);
        expect(countries.isValid(code.slice(0, 2)), `${table}: ${code}`).toBe(true);
      }
  });
  it("name no place twice under different codes", () => {
    const seen = new Map<string, string>();
    for (const [table, t] of Object.entries(tables))
      for (const [code, names] of Object.entries(t))
        for (const n of names) {
          const prior = seen.get(n);
          // a capital also listed as its region's subdivision form names the same code
          if (prior !== undefined && prior !== code) throw new Error(`${table}: "${n}" is ${prior} and ${code}`);
          seen.set(n, code);
        }
  });
  it("keep a city's own names where generated tables add to its code", () => {
    expect(CITIES["TR-34"]).toEqual(expect.arrayContaining(["Istanbul", "Estambul"]));
    expect(CITIES["CN-SH"]).toContain("Shanghai");
    expect(CITIES["DE-BY"]).toEqual(expect.arrayContaining(["München", "Landkreis Altötting"]));
  });
  it("use Poland's numeric codes of 2018", () => {
    for (const t of Object.values(tables)) for (const code of Object.keys(t)) if (code.startsWith("PL-")) expect(code).toMatch(/^PL-\d{2}$/);
  });
});
