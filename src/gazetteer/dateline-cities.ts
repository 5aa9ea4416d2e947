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
import { countryOf } from "./jurisdictions.js";

/** Upper case without accents: "Katmandú" = "KATMANDU", "Brasília" = "BRASILIA". */
export const datelineKey = (name: string): string =>
  name.normalize("NFD").replace(/\p{M}+/gu, "").replace(/[’']/g, "'").replace(/\s+/g, " ").trim().toUpperCase();

type NameTable = Record<string, string[]>;

/**
 * Names (by the dateline key) to what `value` makes of their code; a name given two different values tells
 * none of them and is left out ("SAN JOSÉ" is Costa Rica's and California's).
 */
function unambiguous(tables: NameTable[], value: (code: string) => string): Map<string, string> {
  const out = new Map<string, string>();
  const shared = new Set<string>();
  for (const t of tables) for (const [code, names] of Object.entries(t)) for (const n of names) {
    const k = datelineKey(n);
    const v = value(code);
    if (out.has(k) && out.get(k) !== v) shared.add(k);
    out.set(k, v);
  }
  for (const k of shared) out.delete(k);
  return out;
}

/** Capitals (keyed by name in world-capitals.ts) as a table like the others: code -> names. */
const capitalsByCode = (): NameTable => {
  const t: NameTable = {};
  for (const [name, code] of Object.entries(DATELINE_CAPITALS)) (t[code] ??= []).push(name);
  return t;
};

let table: Map<string, string> | null = null;
let regions: Map<string, string> | null = null;
/** The country (ISO 3166-1 alpha-2) of a dateline's city, or undefined. */
export function datelineCountry(city: string): string | undefined {
  table ??= unambiguous([capitalsByCode(), CAPITAL_EXONYMS, CAPITAL_CITIES, CITIES, CITY_EXONYMS], countryOf);
  return table.get(datelineKey(city));
}

/** The code of a dateline's city as a place of its own, its region's ("MÜNCHEN" -> "DE-BY", "BERLIN" -> "DE-BE"), or undefined. */
export function datelineRegionOf(city: string): string | undefined {
  regions ??= unambiguous([CITIES, CAPITAL_CITIES], (code) => code);
  const code = regions.get(datelineKey(city));
  return code?.includes("-") ? code : undefined;
}
