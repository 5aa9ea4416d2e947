// URL normalisation: one key per page, so the frontier never fetches a page twice
// under two spellings.
import { createHash } from "node:crypto";

/** Query parameters that only track the visitor and never change the page. */
const TRACKING = [/^utm_/i, /^(fbclid|gclid|dclid|msclkid|yclid|mc_cid|mc_eid|igshid|_ga|_gl|ref_src|cmpid|ocid|wt\.mc_id|at_medium|at_campaign|ito|ns_mchannel|ns_source|ns_campaign)$/i];

export const isHttpUrl = (u: URL) => u.protocol === "http:" || u.protocol === "https:";

/** Parses `raw` (relative to `base`) and normalises it; null when not an http(s) URL. */
export function normalizeUrl(raw: string, base?: string | URL): string | null {
  let u: URL;
  try {
    u = new URL(raw.trim(), base);
  } catch {
    return null;
  }
  if (!isHttpUrl(u)) return null;
  // WHATWG URL already lower-cases scheme and host and drops default ports.
  u.hash = "";
  u.username = "";
  u.password = "";
  const kept = [...u.searchParams].filter(([k]) => !TRACKING.some((re) => re.test(k)));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  u.search = kept.length ? new URLSearchParams(kept).toString() : "";
  if (u.hostname.endsWith(".")) u.hostname = u.hostname.slice(0, -1);
  return u.toString();
}

/** Stable document id for a crawled page: a hash of its normalised URL. */
export const urlId = (normalized: string) =>
  "u" + createHash("sha256").update(normalized).digest("hex").slice(0, 20);

/** Politeness and robots.txt apply per origin (RFC 9309: scheme, host and port). */
export const hostKey = (url: string) => new URL(url).origin;

/** Same site for link following and canonical URLs: same host, ignoring "www.". */
export function sameSite(a: string, b: string): boolean {
  const h = (s: string) => new URL(s).hostname.replace(/^www\./, "");
  return h(a) === h(b);
}
