// robots.txt per origin (RFC 9309): 2xx parsed, 4xx means no rules, 5xx or network
// failure means "not now" (the URL is retried like any other retryable failure).
import robotsParserModule from "robots-parser";
import type { HttpClient } from "../http/client.js";
import { permanent, retryable } from "./errors.js";

export interface RobotsRules {
  isAllowed(url: string): boolean;
  /** Crawl-delay for our agent (or *), in ms. */
  crawlDelayMs?: number;
  sitemaps: string[];
}

// A CommonJS function export; its bundled types declare it as an ES default.
type Robot = { isAllowed(u: string, ua?: string): boolean | undefined; getCrawlDelay(ua?: string): number | undefined; getSitemaps(): string[] };
const robotsParser = robotsParserModule as unknown as (url: string, text: string) => Robot;

export const ALLOW_ALL: RobotsRules = { isAllowed: () => true, sitemaps: [] };

/** `agent` is the product token matched against User-agent lines, e.g. "banwatch". */
export function parseRobots(robotsUrl: string, text: string, agent: string): RobotsRules {
  const r = robotsParser(robotsUrl, text);
  const delay = r.getCrawlDelay(agent);
  return {
    isAllowed: (url) => r.isAllowed(url, agent) !== false,
    crawlDelayMs: typeof delay === "number" && delay > 0 ? Math.round(delay * 1000) : undefined,
    sitemaps: r.getSitemaps(),
  };
}

const MAX_ROBOTS_REDIRECTS = 5;

/** Fetches and parses /robots.txt for `origin`, following up to 5 redirects. */
export async function fetchRobots(client: HttpClient, origin: string, agent: string): Promise<RobotsRules> {
  let url = new URL("/robots.txt", origin).toString();
  for (let hop = 0; hop <= MAX_ROBOTS_REDIRECTS; hop++) {
    const res = await client.get(url, { accept: "text/plain,*/*;q=0.5" });
    if (res.status >= 200 && res.status < 300) {
      return parseRobots(url, new TextDecoder("utf-8").decode(res.bytes), agent);
    }
    if (res.status >= 300 && res.status < 400 && res.headers.location) {
      url = new URL(res.headers.location, url).toString();
      continue;
    }
    if (res.status === 429 || res.status >= 500) {
      throw retryable("robots_unavailable", `${url} answered ${res.status}; the site is not crawled until robots.txt can be read`);
    }
    return ALLOW_ALL; // 4xx: no robots.txt, no rules
  }
  throw permanent("robots_redirect_loop", `${origin}/robots.txt redirects more than ${MAX_ROBOTS_REDIRECTS} times`);
}
