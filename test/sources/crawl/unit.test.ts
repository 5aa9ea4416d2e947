import { describe, expect, it } from "vitest";
import { normalizeUrl, urlId, sameSite } from "../../../src/sources/crawl/url.js";
import { isPrivateAddress } from "../../../src/sources/crawl/ssrf.js";
import { classifyStatus, decideRetry, parseRetryAfter, RETRY_DEFAULTS } from "../../../src/sources/crawl/retry.js";
import { permanent, retryable, toCrawlError } from "../../../src/sources/crawl/errors.js";
import { parseRobots } from "../../../src/sources/crawl/robots.js";

describe("normalizeUrl", () => {
  it("lower-cases scheme and host, drops default ports, fragments and tracking parameters", () => {
    expect(normalizeUrl("HTTP://News.Example.COM:80/a/B.html?utm_source=x&b=2&a=1&fbclid=z#top")).toBe("http://news.example.com/a/B.html?a=1&b=2");
    expect(normalizeUrl("https://example.com:443/")).toBe("https://example.com/");
    expect(normalizeUrl("https://example.com:8443/x")).toBe("https://example.com:8443/x");
    expect(normalizeUrl("../c.html?utm_medium=rss", "https://e.com/a/b/index.html")).toBe("https://e.com/a/c.html");
  });
  it("refuses what is not http(s)", () => {
    expect(normalizeUrl("mailto:a@b.c")).toBeNull();
    expect(normalizeUrl("javascript:alert(1)")).toBeNull();
    expect(normalizeUrl("file:///etc/passwd")).toBeNull();
    expect(normalizeUrl("http://[not a url")).toBeNull();
  });
  it("gives one stable id per normalised URL", () => {
    expect(urlId("https://e.com/a")).toBe(urlId("https://e.com/a"));
    expect(urlId("https://e.com/a")).not.toBe(urlId("https://e.com/b"));
    expect(sameSite("https://www.e.com/a", "https://e.com/b")).toBe(true);
    expect(sameSite("https://e.com/a", "https://evil.com/b")).toBe(false);
  });
});

describe("isPrivateAddress", () => {
  it.each(["127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "0.0.0.0", "::1", "fe80::1", "fd00::1", "::ffff:127.0.0.1", "100.64.0.1"])(
    "%s is private",
    (ip) => expect(isPrivateAddress(ip)).toBe(true),
  );
  it.each(["8.8.8.8", "93.184.216.34", "2606:4700:4700::1111", "172.32.0.1"])("%s is public", (ip) => expect(isPrivateAddress(ip)).toBe(false));
});

describe("retry policy", () => {
  it("classifies statuses", () => {
    expect(classifyStatus(200, {}, "u")).toBeNull();
    expect(classifyStatus(404, {}, "u")).toMatchObject({ kind: "permanent", reason: "http_404" });
    expect(classifyStatus(429, { "retry-after": "7" }, "u")).toMatchObject({ kind: "retryable", extra: { retryAfterMs: 7000 } });
    expect(classifyStatus(503, {}, "u")).toMatchObject({ kind: "retryable", reason: "http_503" });
    expect(classifyStatus(501, {}, "u")?.kind).toBe("permanent");
  });
  it("reads Retry-After as seconds or an HTTP date", () => {
    expect(parseRetryAfter("120")).toBe(120_000);
    expect(parseRetryAfter("Wed, 01 Mar 2023 10:00:30 GMT", Date.parse("2023-03-01T10:00:00Z"))).toBe(30_000);
    expect(parseRetryAfter("soon")).toBeUndefined();
  });
  it("backs off exponentially with jitter, honours Retry-After, and gives up", () => {
    const p = { ...RETRY_DEFAULTS, baseDelayMs: 1000, maxAttempts: 4 };
    const e = retryable("timeout", "t");
    expect(decideRetry(e, 1, p, () => 0)).toEqual({ retry: true, delayMs: 500 });
    expect(decideRetry(e, 1, p, () => 1)).toEqual({ retry: true, delayMs: 1000 });
    expect(decideRetry(e, 3, p, () => 1)).toEqual({ retry: true, delayMs: 4000 });
    expect(decideRetry(e, 4, p).retry).toBe(false);
    expect(decideRetry(retryable("http_503", "x", { retryAfterMs: 9000 }), 1, p, () => 0)).toEqual({ retry: true, delayMs: 9000 });
    expect(decideRetry(retryable("http_503", "x", { retryAfterMs: 3_600_000 }), 1, p).retry).toBe(false);
    expect(decideRetry(permanent("http_404", "x"), 1, p).retry).toBe(false);
  });
  it("types network errors", () => {
    expect(toCrawlError(Object.assign(new Error("x"), { code: "ECONNRESET" })).kind).toBe("retryable");
    expect(toCrawlError(Object.assign(new Error("x"), { code: "UND_ERR_HEADERS_TIMEOUT" }))).toMatchObject({ kind: "retryable", reason: "timeout" });
    expect(toCrawlError(Object.assign(new Error("x"), { code: "ENOTFOUND" })).kind).toBe("permanent");
    expect(toCrawlError(new RangeError("bug")).kind).toBe("fatal");
    // A URL undici itself refuses (a feed pointing at port 25) fails that URL, not the crawl.
    expect(toCrawlError(new TypeError("fetch failed", { cause: new Error("bad port") }))).toMatchObject({ kind: "permanent", reason: "net_refused" });
  });
});

describe("robots.txt", () => {
  const txt = "User-agent: *\nDisallow: /private/\nCrawl-delay: 2\n\nUser-agent: banwatch\nDisallow: /nobots/\nCrawl-delay: 5\n\nSitemap: https://e.com/sm.xml\n";
  it("applies our group and its Crawl-delay", () => {
    const r = parseRobots("https://e.com/robots.txt", txt, "banwatch");
    expect(r.isAllowed("https://e.com/nobots/x")).toBe(false);
    expect(r.isAllowed("https://e.com/news/x")).toBe(true);
    expect(r.crawlDelayMs).toBe(5000);
    expect(r.sitemaps).toEqual(["https://e.com/sm.xml"]);
  });
  it("falls back to the * group", () => {
    const r = parseRobots("https://e.com/robots.txt", txt, "otherbot");
    expect(r.isAllowed("https://e.com/private/x")).toBe(false);
    expect(r.crawlDelayMs).toBe(2000);
  });
});
