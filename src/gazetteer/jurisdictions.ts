// Jurisdictions shared by every locale: ISO 3166-1 countries (names in every locale's
// language come from i18n-iso-countries), ISO 3166-2 subdivisions and supranational bodies.
import type { Level } from "../types.js";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
// The package's library without its Node entry, which registers all of its 80 languages on
// load: each language is registered below when a locale first asks for it.
const countries = require("i18n-iso-countries/index.js") as typeof import("i18n-iso-countries");

/**
 * Registers i18n-iso-countries' names for a language the first time a locale asks for
 * them, so that a new locale folder gets its country names without a list to edit here.
 * A language the package does not have (it has no file for it) gets none: the place
 * matcher then knows that locale's countries by their English names only (plus the
 * locale's own placeAliases and demonyms).
 */
const tried = new Set<string>();
function ensureLang(lang: string): boolean {
  if (!tried.has(lang)) {
    tried.add(lang);
    if (!/^[a-z]{2,3}$/.test(lang)) return false;
    try {
      countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
    } catch {
      // No data for this language in i18n-iso-countries: English names only.
    }
  }
  return countries.langs().includes(lang);
}
ensureLang("en"); // countryName() answers in English

export interface Place {
  code: string; // ISO 3166-1 alpha-2, ISO 3166-2, or "EU"
  level: Level;
  name: string; // English name
}

/** Country names in a language: official and alias forms, e.g. "United States", "USA". */
export function countryNames(lang: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!ensureLang(lang)) return out;
  const all = countries.getNames(lang, { select: "all" }) as Record<string, string[]>;
  for (const [code, names] of Object.entries(all)) for (const n of names) out.set(n, code);
  // The short name inside a formal one: "Moldova, Republic of" -> Moldova, "Syrien, Arabische
  // Republik" -> Syrien, "Saint-Siège (Vatican)" -> Saint-Siège and Vatican. Never over a listed name; a
  // bracketed adjective is no name ("Saint Martin (francesa)" would make "francesa" Saint Martin).
  for (const [code, names] of Object.entries(all)) {
    for (const n of names) {
      const short = [n.split(",")[0], ...(/^(.*?)\s*\(([^)]+)\)$/.exec(n)?.slice(1) ?? [])].map((x) => x.trim()).filter((x) => /^\p{Lu}/u.test(x));
      for (const x of short) if (x.length > 2 && x !== n && !out.has(x)) out.set(x, code);
    }
  }
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
