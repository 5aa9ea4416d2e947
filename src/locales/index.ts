// The locale registry: every folder under src/locales/ with an index module is a
// language. Adding a language is adding a folder; nothing here names one.
import { readdirSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Locale } from "./types.js";

const here = dirname(fileURLToPath(import.meta.url));
let loaded: Map<string, Locale> | null = null;

/**
 * Only the locales of these languages (a folder per code): what one article needs, so a
 * single `banwatch extract` does not load every language. Missing codes are left out.
 */
export async function loadLocalesFor(codes: Iterable<string>): Promise<Map<string, Locale>> {
  const out = new Map<string, Locale>();
  for (const code of new Set(codes)) {
    if (!/^[a-z]{2,3}$/.test(code)) continue;
    const known = loaded?.get(code) ?? (await importLocale(code));
    if (known) out.set(code, known);
  }
  return out;
}

const one = new Map<string, Promise<Locale | undefined>>();
function importLocale(code: string): Promise<Locale | undefined> {
  if (!one.has(code)) {
    const file = ["index.ts", "index.js"].map((f) => join(here, code, f)).find(existsSync);
    one.set(code, file ? import(pathToFileURL(file).href).then((m: { default: Locale }) => m.default) : Promise.resolve(undefined));
  }
  return one.get(code)!;
}

export async function loadLocales(): Promise<Map<string, Locale>> {
  if (loaded) return loaded;
  const out = new Map<string, Locale>();
  const dirs = readdirSync(here, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  for (const dir of dirs) {
    const file = ["index.ts", "index.js"].map((f) => join(here, dir, f)).find(existsSync);
    if (!file) continue;
    const mod = (await import(pathToFileURL(file).href)) as { default: Locale };
    out.set(mod.default.code, mod.default);
  }
  loaded = out;
  return out;
}
