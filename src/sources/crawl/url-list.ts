// `crawl --urls FILE`: a plain list of article URLs, one per line; blank lines and lines
// starting with # are skipped. A line that is not an http(s) URL is an error with its number.
import { readFileSync } from "node:fs";

export class UrlListError extends Error {}

export function parseUrlList(text: string, where = "URL list"): string[] {
  const urls: string[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const s = line.trim();
    if (!s || s.startsWith("#")) return;
    let ok = false;
    try {
      ok = /^https?:$/.test(new URL(s).protocol);
    } catch {
      ok = false;
    }
    if (!ok) throw new UrlListError(`${where}:${i + 1}: ${JSON.stringify(s.slice(0, 200))} is not an http(s) URL`);
    urls.push(s);
  });
  return urls;
}

export function readUrlList(path: string): string[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new UrlListError(`cannot read ${path}: ${(e as Error).message}`);
  }
  return parseUrlList(text, path);
}
