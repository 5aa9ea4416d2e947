// The HTML libraries, loaded on first use through their CommonJS builds: a text export (and
// `banwatch extract` of one) never pays for cheerio, linkedom and Readability at start-up.
import { createRequire } from "node:module";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import type * as Cheerio from "cheerio";
import type * as Linkedom from "linkedom";
import type * as ReadabilityModule from "@mozilla/readability";

const require = createRequire(import.meta.url);
let linkedom: typeof Linkedom | null = null;
let readability: typeof ReadabilityModule | null = null;

/**
 * cheerio's `load`, from the module of its package that defines it (load-parse.js, beside the
 * package's CommonJS entry, which re-exports that very function): the entry also loads
 * undici and an encoding sniffer for its fromURL and stream loaders, 130 modules and a
 * tenth of a second that reading a page never uses. The whole package where that file is gone.
 */
export function loadCheerio(): typeof Cheerio.load {
  const own = join(dirname(require.resolve("cheerio")), "load-parse.js");
  return ((existsSync(own) ? require(own) : require("cheerio")) as typeof Cheerio).load;
}
let cheerioLoadFn: typeof Cheerio.load | null = null;
export const cheerioLoad: typeof Cheerio.load = (...args) => (cheerioLoadFn ??= loadCheerio())(...args);
export const parseHTML: typeof Linkedom.parseHTML = (...args) => (linkedom ??= require("linkedom") as typeof Linkedom).parseHTML(...args);
export function readabilityClass(): typeof ReadabilityModule.Readability {
  return (readability ??= require("@mozilla/readability") as typeof ReadabilityModule).Readability;
}
