// A sidecar next to a text or HTML file: <name>.json holding the page's address ("url"), as
// gold files and scrapers' metadata files write it. Only the address is read: dates, titles
// and anything else come from the page itself, so a sidecar can never put words in its mouth.
import { statSync, readFileSync } from "node:fs";

/** Sidecars larger than this are not metadata; they are skipped. */
export const SIDECAR_MAX_BYTES = 1 << 20;

const sidecarPath = (path: string) => path.replace(/\.(txt|x?html?)$/i, "") + ".json";

/** The http(s) address a file's sidecar gives, or undefined (no sidecar, unreadable, not JSON, no url). */
export function sidecarUrl(path: string): string | undefined {
  const side = sidecarPath(path);
  if (side === path) return undefined;
  try {
    const st = statSync(side);
    if (!st.isFile() || st.size > SIDECAR_MAX_BYTES) return undefined;
    const obj = JSON.parse(readFileSync(side, "utf8")) as { url?: unknown };
    const url = obj && typeof obj === "object" ? obj.url : undefined;
    return typeof url === "string" && /^https?:\/\/\S+$/i.test(url.trim()) ? url.trim() : undefined;
  } catch {
    return undefined; // a missing or broken sidecar leaves the file as it is
  }
}
