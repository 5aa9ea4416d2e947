// Hostile markup ends in an article or a rejection: deep nesting is capped before parsing,
// huge one-line pages are read in one pass. Behaviour only; the timings are in npm run bench.
import { describe, expect, it } from "vitest";
import { extractHtml } from "../../../src/content/html/index.js";
import { capNesting } from "../../../src/content/html/flatten.js";
import { isRejection } from "../../../src/types.js";

const enc = (s: string) => new TextEncoder().encode(s);
const ARTICLE = `<article><p>${"TikTok was banned by the Belgian government today, the minister said after a long debate. ".repeat(8)}</p></article>`;

describe("capNesting", () => {
  it("drops start tags deeper than the cap with their end tags, and keeps the text", () => {
    const out = capNesting(`<div>${"<b>".repeat(10)}x${"</b>".repeat(10)}</div><p>y</p>`, 5);
    expect(out).toBe(`<div>${"<b>".repeat(4)}x${"</b>".repeat(4)}</div><p>y</p>`);
  });
  it("returns pages within the cap unchanged, and never reads markup inside scripts or comments", () => {
    const page = `<ul><li>a<li>b<li>c</ul><script>var s = "${"<b>".repeat(50)}";</script><!-- ${"<i>".repeat(50)} --><p>ok</p>`;
    expect(capNesting(page, 5)).toBe(page);
  });
  it("implied ends (<li>, <td>, <p>) do not count as nesting", () => {
    const rows = `<table>${"<tr><td>cell<td>cell".repeat(1000)}</table>`;
    expect(capNesting(rows, 8)).toBe(rows);
  });
});

describe("hostile pages", () => {
  it("1,000,000 nested <b> before an article: the article is extracted", () => {
    const r = extractHtml(enc(`<html><body>${"<b>".repeat(1_000_000)}${ARTICLE}</body></html>`));
    if (isRejection(r)) throw new Error(r.detail);
    expect(r.paragraphs.join(" ")).toContain("TikTok was banned by the Belgian government");
  }, 120_000);
  it("a 19 MB page on one line: every paragraph is read", () => {
    const n = 340_000;
    const html = `<html><body>${"<p>TikTok was banned by the Belgian government today.</p>".repeat(n)}</body></html>`;
    expect(html.length).toBeGreaterThan(19_000_000);
    const r = extractHtml(enc(html), { maxBytes: 20 * 1024 * 1024 });
    if (isRejection(r)) throw new Error(r.detail);
    expect(r.paragraphs.length).toBe(n);
  }, 240_000);
  it("a '<' without its '>' repeated over megabytes is text, not a hang", () => {
    const r = extractHtml(enc(`<html><body><p>${"a <b ".repeat(500_000)}</p>${ARTICLE}</body></html>`));
    expect(isRejection(r)).toBe(false);
  }, 120_000);
});
