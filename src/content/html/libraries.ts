// The HTML libraries, loaded on first use through their CommonJS builds: a text export (and
// `banwatch extract` of one) never pays for cheerio, linkedom and Readability at start-up.
import { createRequire } from "node:module";
import type * as Cheerio from "cheerio";
import type * as Linkedom from "linkedom";
import type * as ReadabilityModule from "@mozilla/readability";

const require = createRequire(import.meta.url);
let cheerio: typeof Cheerio | null = null;
let linkedom: typeof Linkedom | null = null;
let readability: typeof ReadabilityModule | null = null;

export const cheerioLoad: typeof Cheerio.load = (...args) => (cheerio ??= require("cheerio") as typeof Cheerio).load(...args);
export const parseHTML: typeof Linkedom.parseHTML = (...args) => (linkedom ??= require("linkedom") as typeof Linkedom).parseHTML(...args);
export function readabilityClass(): typeof ReadabilityModule.Readability {
  return (readability ??= require("@mozilla/readability") as typeof ReadabilityModule).Readability;
}
