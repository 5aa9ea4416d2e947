// One HTTP GET, no redirects followed (the crawler follows them through the frontier,
// so every hop is checked against robots.txt and waits its host's delay).
// undici: one connection per origin, connect/headers/body timeouts, gzip/deflate/br
// decoding by fetch, and a body-size cap enforced on the decoded stream.
import { Agent, fetch } from "undici";
import { guardedLookup, checkLiteralHost } from "../crawl/ssrf.js";
import { permanent, toCrawlError } from "../crawl/errors.js";

export interface HttpOptions {
  userAgent: string;
  connectTimeoutMs: number;
  headersTimeoutMs: number;
  bodyTimeoutMs: number; // idle time between body chunks
  totalTimeoutMs: number; // whole request, so a trickling server cannot hold a slot forever
  maxBytes: number;
  allowPrivate: boolean;
}

export const HTTP_DEFAULTS: Omit<HttpOptions, "userAgent" | "allowPrivate"> = {
  connectTimeoutMs: 10_000,
  headersTimeoutMs: 20_000,
  bodyTimeoutMs: 20_000,
  totalTimeoutMs: 60_000,
  maxBytes: 5 * 1024 * 1024,
};

export interface HttpRequest {
  accept?: string;
  etag?: string | null;
  lastModified?: string | null;
}

export interface HttpResponse {
  url: string;
  status: number;
  headers: Record<string, string>;
  /** Decoded body for 2xx; empty otherwise (error bodies are not kept). */
  bytes: Uint8Array;
}

export interface HttpClient {
  get(url: string, req?: HttpRequest): Promise<HttpResponse>;
  close(): Promise<void>;
}

/** Headers never worth storing. */
const DROP_HEADERS = new Set(["set-cookie", "set-cookie2"]);

export function createHttpClient(opts: HttpOptions): HttpClient {
  const agent = new Agent({
    connections: 1, // one connection per origin: politeness, and the delay is measured on it
    pipelining: 1,
    connect: {
      timeout: opts.connectTimeoutMs,
      ...(opts.allowPrivate ? {} : { lookup: guardedLookup }),
    },
    headersTimeout: opts.headersTimeoutMs,
    bodyTimeout: opts.bodyTimeoutMs,
  });

  async function get(url: string, req: HttpRequest = {}): Promise<HttpResponse> {
    const u = new URL(url);
    if (u.protocol !== "http:" && u.protocol !== "https:") {
      throw permanent("bad_scheme", `only http(s) URLs are fetched, not ${u.protocol}`);
    }
    checkLiteralHost(u, opts.allowPrivate);
    const headers: Record<string, string> = {
      "user-agent": opts.userAgent,
      accept: req.accept ?? "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
      "accept-encoding": "gzip, deflate, br",
    };
    if (req.etag) headers["if-none-match"] = req.etag;
    if (req.lastModified) headers["if-modified-since"] = req.lastModified;
    try {
      const res = await fetch(url, {
        headers,
        redirect: "manual",
        dispatcher: agent,
        signal: AbortSignal.timeout(opts.totalTimeoutMs),
      });
      const out: Record<string, string> = {};
      res.headers.forEach((v, k) => {
        if (!DROP_HEADERS.has(k)) out[k] = v;
      });
      if (res.status < 200 || res.status >= 300) {
        await res.body?.cancel().catch(() => {});
        return { url, status: res.status, headers: out, bytes: new Uint8Array(0) };
      }
      const bytes = await readCapped(res.body as ReadableStream<Uint8Array> | null, Number(out["content-length"] ?? NaN), opts.maxBytes, url);
      return { url, status: res.status, headers: out, bytes };
    } catch (e) {
      throw toCrawlError(e);
    }
  }

  return { get, close: () => agent.close() };
}

/** Reads the whole body or rejects it: a page over the cap is refused, never truncated. */
async function readCapped(
  body: ReadableStream<Uint8Array> | null,
  declared: number,
  max: number,
  url: string,
): Promise<Uint8Array> {
  if (!body) return new Uint8Array(0);
  const tooLarge = (n: string) => permanent("too_large", `${url}: body ${n} exceeds the ${max}-byte limit`);
  if (declared > max) {
    await body.cancel().catch(() => {});
    throw tooLarge(`of ${declared} bytes`);
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel().catch(() => {});
      throw tooLarge("of more than that");
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.byteLength;
  }
  return out;
}
