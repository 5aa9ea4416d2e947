// English and French demonyms of the countries the hand-written table (demonyms.ts) leaves
// out, read from world-countries' data: what scripts/world-demonyms.ts writes into
// world-demonyms.ts, and what a test checks that file against.
import { createRequire } from "node:module";

/** world-countries' record of a country: its ISO code and English and French demonyms. */
interface WorldCountry {
  cca2: string;
  demonyms?: Record<string, { f: string; m: string }>;
}

/**
 * English and French demonyms of every country (world-countries' data) that the table above
 * leaves out: "Venezuelan", "vénézuélien*". A form two countries share ("Congolese",
 * "Dominican") names neither; the table's own forms win.
 */
export function worldDemonyms(table: Record<string, string[]>): Record<string, string[]> {
  const countries = createRequire(import.meta.url)("world-countries/countries.json") as WorldCountry[];
  const taken = new Set(Object.values(table).flat().map((f) => f.replace(/\*$/, "").toLowerCase()));
  const owners = new Map<string, Set<string>>();
  const forms: [string, string][] = [];
  for (const c of countries) {
    const d = c.demonyms;
    if (!c.cca2 || !d) continue;
    // French adjectives are written in lower case and inflect ("vénézuélien", "vénézuéliennes").
    const mine = [d.eng?.m, d.eng?.f, d.fra?.m && `${d.fra.m.toLowerCase()}*`, d.fra?.f && `${d.fra.f.toLowerCase()}*`].filter((x): x is string => !!x);
    for (const f of new Set(mine)) {
      const k = f.replace(/\*$/, "").toLowerCase();
      if (taken.has(k) || k.length < 4) continue;
      owners.set(k, (owners.get(k) ?? new Set()).add(c.cca2));
      forms.push([c.cca2, f]);
    }
  }
  const out: Record<string, string[]> = {};
  for (const [code, f] of forms) if (owners.get(f.replace(/\*$/, "").toLowerCase())!.size === 1) (out[code] ??= []).push(f);
  return out;
}


/**
 * Capitals in capitals, as agency datelines write them ("MANILA —", "NAIROBI, Kenya (AP) —"),
 * to their country, from world-countries' data. They are looked up in datelines only
 * (src/extract/steps/article-place.ts): in running text a capital is a place as often as a
 * government. A capital two countries share names neither.
 */
export function datelineCapitals(): Map<string, string> {
  const countries = createRequire(import.meta.url)("world-countries/countries.json") as (WorldCountry & { capital?: string[] })[];
  const owners = new Map<string, Set<string>>();
  for (const c of countries) {
    for (const cap of c.capital ?? []) {
      const k = cap.normalize("NFC").toUpperCase();
      if (k.length >= 4) owners.set(k, (owners.get(k) ?? new Set()).add(c.cca2));
    }
  }
  return new Map([...owners].filter(([, o]) => o.size === 1).map(([k, o]) => [k, [...o][0]]));
}
