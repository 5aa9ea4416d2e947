// The sources file: the outlets a crawl (or the nightly run) reads. Validated up
// front so a typo is reported with its field before any request is made.
import { readFileSync } from "node:fs";

export interface Outlet {
  name: string;
  lang?: string; // ISO 639-1 hint for every page found through this outlet
  feeds: string[];
  sitemaps: string[];
  seeds: string[];
  delayMs?: number; // minimum delay between requests to this outlet's hosts
}

export class SourcesFileError extends Error {}

const isUrl = (s: unknown) => {
  if (typeof s !== "string") return false;
  try {
    return /^https?:$/.test(new URL(s).protocol);
  } catch {
    return false;
  }
};

/** Validates a parsed sources file: `{ "outlets": [...] }` or a bare array of outlets. */
export function parseSources(data: unknown, where = "sources"): Outlet[] {
  const list = Array.isArray(data) ? data : (data as { outlets?: unknown })?.outlets;
  if (!Array.isArray(list)) throw new SourcesFileError(`${where}: expected {"outlets": [...]} or an array of outlets`);
  const outlets = list.map((o: Record<string, unknown>, i) => {
    const at = `${where}: outlets[${i}]`;
    if (typeof o !== "object" || o === null) throw new SourcesFileError(`${at}: must be an object`);
    if (typeof o.name !== "string" || !o.name.trim()) throw new SourcesFileError(`${at}.name: a non-empty string is required`);
    const urls = (k: "feeds" | "sitemaps" | "seeds") => {
      const v = o[k] ?? [];
      if (!Array.isArray(v)) throw new SourcesFileError(`${at}.${k}: must be an array of URLs`);
      v.forEach((u, j) => {
        if (!isUrl(u)) throw new SourcesFileError(`${at}.${k}[${j}]: ${JSON.stringify(u)} is not an http(s) URL`);
      });
      return v as string[];
    };
    const out: Outlet = { name: o.name.trim(), feeds: urls("feeds"), sitemaps: urls("sitemaps"), seeds: urls("seeds") };
    if (!out.feeds.length && !out.sitemaps.length && !out.seeds.length) {
      throw new SourcesFileError(`${at}: give at least one of feeds, sitemaps, seeds`);
    }
    if (o.lang !== undefined) {
      if (typeof o.lang !== "string" || !/^[a-z]{2,3}$/i.test(o.lang)) throw new SourcesFileError(`${at}.lang: an ISO 639-1 code such as "fr"`);
      out.lang = o.lang.toLowerCase();
    }
    if (o.delayMs !== undefined) {
      if (typeof o.delayMs !== "number" || !(o.delayMs >= 0)) throw new SourcesFileError(`${at}.delayMs: a number of milliseconds >= 0`);
      out.delayMs = o.delayMs;
    }
    return out;
  });
  // Requests are credited to outlets by name, so two outlets cannot share one.
  const seen = new Set<string>();
  outlets.forEach((o, i) => {
    if (seen.has(o.name)) throw new SourcesFileError(`${where}: outlets[${i}].name: "${o.name}" is used twice; give each outlet its own name`);
    seen.add(o.name);
  });
  return outlets;
}

export function readSourcesFile(path: string): Outlet[] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new SourcesFileError(`${path}: cannot read it as JSON (${(e as Error).message})`);
  }
  return parseSources(data, path);
}
