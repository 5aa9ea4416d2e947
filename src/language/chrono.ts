// chrono-node one language at a time. The package's root entry imports all of its locales
// (some 270 modules), which a one-file `banwatch extract` paid at start-up; its per-language
// entries ("chrono-node/en", "chrono-node/zh") load only that language and the common
// parsers. They are required (CommonJS build), not imported, so that a synchronous caller
// (the dateline reader) can load a language the first time it needs it, and every caller
// shares one copy of chrono's modules.
import { createRequire } from "node:module";
import type * as Chrono from "chrono-node";

const require = createRequire(import.meta.url);

/** chrono-node's languages, by the name of their entry point. */
export type ChronoLanguage = "ar" | "de" | "en" | "es" | "fi" | "fr" | "id" | "it" | "ja" | "nl" | "pt" | "ru" | "sv" | "uk" | "vi" | "zh";

/** The entry point of one chrono-node language (its `casual`, `strict`, `parse`, ...). */
export function chronoLocale<L extends ChronoLanguage>(lang: L): (typeof Chrono)[L] {
  return require(`chrono-node/${lang}`) as (typeof Chrono)[L];
}
