import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { extractHtml, type HtmlExtraction } from "../../../src/content/html/index.js";
import { isRejection, type Rejection } from "../../../src/types.js";

const dir = join(dirname(fileURLToPath(import.meta.url)), "../../fixtures/html");
const fixture = (name: string) => new Uint8Array(readFileSync(join(dir, name)));
const ok = (r: HtmlExtraction | Rejection): HtmlExtraction => {
  if (isRejection(r)) throw new Error(`unexpected rejection ${r.reason}: ${r.detail}`);
  return r;
};
const rejected = (r: HtmlExtraction | Rejection): Rejection => {
  if (!isRejection(r)) throw new Error(`expected a rejection, got ${r.paragraphs.length} paragraphs`);
  return r;
};
const enc = (s: string) => new TextEncoder().encode(s);

describe("main text", () => {
  const r = ok(extractHtml(fixture("article.html"), { url: "https://news.example.org/x" }));
  const text = r.paragraphs.join("\n");

  it("keeps the article body, headings, list items and quotes as paragraphs in order", () => {
    expect(r.paragraphs[0]).toMatch(/^The Belgian federal government has banned/);
    expect(text).not.toContain("By An Peeters"); // the byline is metadata (authors), not body text
    expect(text).toContain("The Belgian federal government has banned the TikTok application");
    expect(r.paragraphs).toContain("Concerns about data");
    expect(r.paragraphs).toContain("Federal civil servants must remove the app.");
    expect(r.paragraphs.some((p) => p.startsWith('"We must protect our information,"'))).toBe(true);
    expect(text.indexOf("six months")).toBeLessThan(text.indexOf("national security council"));
  });
  it("drops the headline, navigation, share bar, related links, comments, cookie notice and footer", () => {
    expect(r.paragraphs).not.toContain("Belgium bans TikTok on federal phones");
    for (const junk of ["Politics", "Share on Facebook", "Related stories", "US House bans TikTok", "reader comment", "We use cookies", "All rights reserved"]) {
      expect(text).not.toContain(junk);
    }
  });
  it("reports the method of the fallback chain", () => {
    expect(["main", "readability", "baseline"]).toContain(r.method);
  });
});

describe("metadata sources", () => {
  it("JSON-LD NewsArticle inside @graph: headline, dates, all authors; never a date from another script", () => {
    const r = ok(extractHtml(fixture("article.html")));
    expect(r.title).toBe("Belgium bans TikTok on federal phones");
    expect(r.published).toBe("2023-03-10");
    expect(r.publishedSource).toBe("json-ld");
    expect(r.modified).toBe("2023-03-11");
    expect(r.authors).toEqual(["An Peeters", "Jan Janssens"]);
    expect(r.siteName).toBe("The Example Times");
  });
  it("canonical URL and language hints from <html lang> and og:locale", () => {
    const r = ok(extractHtml(fixture("article.html"), { url: "https://news.example.org/x?utm=1" }));
    expect(r.url).toBe("https://news.example.org/2023/03/10/belgium-tiktok");
    expect(r.langHints).toEqual(["nl"]);
  });
  it("article:published_time and other metas; <title> without the site name", () => {
    const r = ok(extractHtml(fixture("meta-dates.html")));
    expect(r.published).toBe("2022-11-05");
    expect(r.publishedSource).toBe("meta");
    expect(r.modified).toBe("2022-11-06");
    expect(r.authors).toEqual(["Maria Rossi"]);
    expect(r.langHints).toEqual(["it"]);
    expect(r.title).toBe("City council limits drones");
  });
  it("<time datetime>", () => {
    const r = ok(extractHtml(fixture("time-date.html")));
    expect(r.published).toBe("2021-09-01");
    expect(r.publishedSource).toBe("time");
  });
  it("date in the URL, only as precise as the URL", () => {
    const r = ok(extractHtml(fixture("url-date.html"), { url: "https://example.com/news/2019/07/14/bags.html" }));
    expect(r.published).toBe("2019-07-14");
    expect(r.publishedSource).toBe("url");
    const m = ok(extractHtml(fixture("url-date.html"), { url: "https://example.com/2019/07/bags" }));
    expect(m.published).toBe("2019-07");
    expect(m.url).toBe("https://example.com/2019/07/bags");
  });
  it("a visible dateline", () => {
    const r = ok(extractHtml(fixture("dateline.html")));
    expect(r.published).toBe("2023-03-10");
    expect(r.publishedSource).toBe("dateline");
  });
  it("no date at all gives null, not a guess", () => {
    const r = ok(extractHtml(fixture("url-date.html")));
    expect(r.published).toBeNull();
  });
});

describe("bad input is rejected, never thrown", () => {
  it("empty file", () => {
    expect(rejected(extractHtml(new Uint8Array()))).toMatchObject({ stage: "content", reason: "empty" });
    expect(rejected(extractHtml(enc("  \n\t ")))).toMatchObject({ reason: "empty" });
  });
  it("binary: PDF, PNG, JPEG, gzip", () => {
    const magic = [[0x25, 0x50, 0x44, 0x46, 0x2d, 0x31], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], [0xff, 0xd8, 0xff, 0xe0], [0x1f, 0x8b, 0x08, 0x00]];
    for (const m of magic) {
      const bytes = new Uint8Array(2048);
      bytes.set(m);
      expect(rejected(extractHtml(bytes)).reason).toBe("binary");
    }
  });
  it("truncated HTML still gives what is there", () => {
    const r = ok(extractHtml(fixture("truncated.html")));
    expect(r.paragraphs.join(" ")).toContain("the first paragraph is complete");
    expect(r.paragraphs.join(" ")).toContain("the tags are never clo");
  });
  it("a page above maxBytes (20 MB by default, configurable)", () => {
    const page = enc(`<html><body><p>${"word ".repeat(1000)}</p></body></html>`);
    expect(rejected(extractHtml(page, { maxBytes: 1000 }))).toMatchObject({ reason: "too_large" });
    const big = new Uint8Array(20 * 1024 * 1024 + 1).fill(0x20);
    big.set(enc("<html><body><p>x</p>"));
    expect(rejected(extractHtml(big)).reason).toBe("too_large");
  });
  it("10,000 nested elements: no stack overflow", () => {
    const depth = 10000;
    const html = `<html><body>${"<div>".repeat(depth)}<p>${"Deep text with words, many of them. ".repeat(10)}</p>${"</div>".repeat(depth)}</body></html>`;
    const r = ok(extractHtml(enc(html)));
    expect(r.paragraphs.join(" ")).toContain("Deep text with words");
    const unclosed = `<html><body>${"<span><font>".repeat(depth)}hello`;
    expect(() => extractHtml(enc(unclosed))).not.toThrow();
  });
  it("a page that is only a cookie wall", () => {
    expect(rejected(extractHtml(fixture("cookie-wall.html"))).reason).toBe("cookie_wall");
  });
  it("a page that is only a login form", () => {
    expect(rejected(extractHtml(fixture("login.html"))).reason).toBe("login_wall");
  });
  it("a script-only page, and no date taken from its script", () => {
    expect(rejected(extractHtml(fixture("script-only.html"))).reason).toBe("script_only");
  });
});

describe("walls are not guessed from words alone", () => {
  it("a short article about registering to vote is an article", () => {
    const html = "<html><body><div class='story'><p>Voters must register online before Friday, officials said. You can sign in with your national ID and create an account, the election board added in a statement.</p></div></body></html>";
    const r = extractHtml(new TextEncoder().encode(html));
    expect(isRejection(r)).toBe(false);
  });
});
