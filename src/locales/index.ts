// The locale registry: every folder under src/locales/ with an index module is a
// language. Adding a language is adding a folder; nothing here names one.
import { readdirSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Locale } from "./types.js";

const here = dirname(fileURLToPath(import.meta.url));
let loaded: Map<string, Locale> | null = null;

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
