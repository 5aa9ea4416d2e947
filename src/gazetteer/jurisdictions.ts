// Jurisdictions shared by every locale: ISO 3166-1 countries (names in every supported
// language come from i18n-iso-countries), ISO 3166-2 subdivisions and supranational bodies.
import countries from "i18n-iso-countries";
import type { Level } from "../types.js";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const LANGS = ["en", "nl", "fr", "de", "es", "it", "pt", "da", "no", "pl", "id", "ur"] as const;
for (const l of LANGS) countries.registerLocale(require(`i18n-iso-countries/langs/${l}.json`));

export interface Place {
  code: string; // ISO 3166-1 alpha-2, ISO 3166-2, or "EU"
  level: Level;
  name: string; // English name
}

/** Country names in a language: official and alias forms, e.g. "United States", "USA". */
export function countryNames(lang: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!countries.langs().includes(lang)) return out;
  const all = countries.getNames(lang, { select: "all" }) as Record<string, string[]>;
  for (const [code, names] of Object.entries(all)) for (const n of names) out.set(n, code);
  return out;
}

export function countryName(code: string): string | undefined {
  return countries.getName(code, "en", { select: "official" }) ?? undefined;
}

export function isCountry(code: string): boolean {
  return countries.isValid(code);
}

/** Level of a jurisdiction code: "EU" supranational, "BE" national, "BE-VLG" subnational. */
export function levelOf(code: string): Level {
  if (code === "EU" || code === "UN" || code === "NATO") return "supranational";
  return code.includes("-") ? "subnational" : "national";
}

/** The country a jurisdiction belongs to ("BE-VLG" -> "BE"). */
export const countryOf = (code: string): string => code.split("-")[0];
