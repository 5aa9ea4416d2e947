// Where a dateline's city lies: agencies open a story with the city it was filed from
// ("JOHANNESBURG, July 12 (Reuters) -", "KATMANDÚ (EFE) -", "BRASILIA -"), in capitals and in
// the spelling of the article's language, accents often dropped. A story filed from a city is
// its country's (a regulator named without its country decides where its reporter stands),
// so every city maps to its country: capitals (world-capitals.ts), the cities of cities.ts and
// capital-cities.ts, and the names in other languages of dateline-exonyms.ts.
import { DATELINE_CAPITALS } from "./world-capitals.js";
import { CITIES } from "./cities.js";
import { CAPITAL_CITIES } from "./capital-cities.js";
import { CAPITAL_EXONYMS, CITY_EXONYMS } from "./dateline-exonyms.js";

/** Upper case without accents: "Katmandú" = "KATMANDU", "Brasília" = "BRASILIA". */
export const datelineKey = (name: string): string =>
  name.normalize("NFD").replace(/\p{M}+/gu, "").replace(/[’']/g, "'").replace(/\s+/g, " ").trim().toUpperCase();

function build(): Map<string, string> {
  const out = new Map<string, string>();
  const add = (name: string, code: string) => {
    const k = datelineKey(name);
    const country = code.split("-")[0];
    // A name two countries share tells no country ("SAN JOSÉ", "VALENCIA" aside): left out.
    if (out.has(k) && out.get(k) !== country) out.set(k, "");
    else out.set(k, country);
  };
  for (const [name, code] of Object.entries(DATELINE_CAPITALS)) add(name, code);
  for (const [code, names] of Object.entries(CAPITAL_EXONYMS)) for (const n of names) add(n, code);
  for (const [code, names] of Object.entries(CAPITAL_CITIES)) for (const n of names) add(n, code);
  for (const [code, names] of Object.entries(CITIES)) for (const n of names) add(n, code);
  for (const [code, names] of Object.entries(CITY_EXONYMS)) for (const n of names) add(n, code);
  for (const [k, v] of out) if (!v) out.delete(k);
  return out;
}

let table: Map<string, string> | null = null;
let regions: Map<string, string> | null = null;
/** The country (ISO 3166-1 alpha-2) of a dateline's city, or undefined. */
export function datelineCountry(city: string): string | undefined {
  return (table ??= build()).get(datelineKey(city));
}

/** The code of a dateline's city as a place of its own, its region's ("MÜNCHEN" -> "DE-BY", "BERLIN" -> "DE-BE"), or undefined. */
export function datelineRegionOf(city: string): string | undefined {
  if (!regions) {
    regions = new Map();
    const shared = new Set<string>();
    for (const table of [CITIES, CAPITAL_CITIES]) for (const [code, names] of Object.entries(table)) for (const n of names) {
      const k = datelineKey(n);
      if (regions.has(k) && regions.get(k) !== code) shared.add(k);
      regions.set(k, code);
    }
    for (const k of shared) regions.delete(k);
  }
  const code = regions.get(datelineKey(city));
  return code?.includes("-") ? code : undefined;
}
