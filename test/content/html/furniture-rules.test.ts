// The main-text rules of issue 13's second round, on small pages written for these tests:
// teaser lists, readers' comments by their signatures, the lead before the body, class-name
// modifiers and WordPress post classes, picture credits, cookie notices, agency sign-offs.
import { describe, expect, it } from "vitest";
import { extractHtml, type HtmlExtraction } from "../../../src/content/html/index.js";
import { isRejection, type Rejection } from "../../../src/types.js";

const enc = (s: string) => new TextEncoder().encode(s);
const ok = (r: HtmlExtraction | Rejection): HtmlExtraction => {
  if (isRejection(r)) throw new Error(`unexpected rejection ${r.reason}: ${r.detail}`);
  return r;
};
const P1 = "The city council voted on Tuesday to ban rental e-scooters from the town centre, citing a rise in accidents.";
const P2 = "The mayor said that residents had waited long enough, and that the streets of the old town were too narrow for scooters parked on every corner; the council would review the decision after one year.";
const P3 = "Operators said they would appeal the decision before the regional court, arguing that the council had not consulted them before the vote.";
const P4 = "Two other cities in the region are considering similar rules, and the transport minister has asked for a national framework by the end of the year.";
const run = (body: string) => ok(extractHtml(enc(`<!doctype html><html><head><title>Council bans scooters</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>${body}<footer><p>© 2024 Example News.</p></footer></body></html>`)));
const text = (r: HtmlExtraction) => r.paragraphs.join("\n");

describe("teaser lists", () => {
  it("drops other stories shown as linked headline and summary, three in a row", () => {
    const teaser = (h: string, s: string) => `<dt><a href="/${h.length}">${h}</a></dt><dd>${s}</dd>`;
    const r = run(`<div><p>${P1}</p><p>${P2}</p><p>${P3}</p><p>${P4}</p><h3>In the region</h3><dl>
${teaser("Bridge closed for repairs", "The old bridge over the river will be closed for three months while engineers replace its deck.")}
${teaser("Schools open later", "Primary schools in the district will open half an hour later from September, the board decided.")}
${teaser("Library wins award", "The central library was named the best in the region for its new reading rooms and longer hours.")}
</dl></div>`);
    expect(text(r)).toContain("appeal the decision");
    for (const s of ["old bridge", "Primary schools", "central library"]) expect(text(r)).not.toContain(s);
  });
});

describe("readers' comments", () => {
  // Longer than the article, so that the heading alone would not end the text.
  const comment = (who: string, i: number) => `<p>Reader ${who} thinks that the council should have asked the people who use the scooters every day, and that the vote came far too early in the year ${2000 + i}.</p><p>Posted by: ${who} at January 10, 2008 ${i}:31 AM</p>`;
  const comments = ["Ann", "Bob", "Cem", "Dan", "Eva", "Fay", "Gil", "Hal"].map(comment).join("\n");
  it("end the text at the heading that announces them when their signatures repeat", () => {
    const r = run(`<div><p>${P1}</p><p>${P2}</p><p>${P3}</p><p>${P4}</p><h3>Comments</h3>${comments}</div>`);
    expect(text(r)).toContain("national framework");
    for (const s of ["Reader Ann", "Reader Hal", "Posted by"]) expect(text(r)).not.toContain(s);
  });
  it("without a heading, end the text at the first signature", () => {
    const r = run(`<div><p>${P1}</p><p>${P2}</p><p>${P3}</p><p>${P4}</p>${comments}</div>`);
    expect(text(r)).toContain("national framework");
    for (const s of ["Reader Bob", "Reader Hal", "Posted by"]) expect(text(r)).not.toContain(s);
  });
});

describe("the lead before the body's container", () => {
  it("is kept when it is prose outside firm furniture, past the headline", () => {
    const r = run(`<main><h1>Council bans scooters</h1><div class="article-teaser"><p>Rental e-scooters must leave the town centre by June, after a year of complaints from residents and a rise in accidents.</p></div>
<div class="article-body"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div></main>`);
    expect(r.paragraphs[0]).toMatch(/^Rental e-scooters must leave/);
  });
});

describe("class names", () => {
  it("a modifier after has/with/no does not make an element furniture ('contentHeader--with-sharing')", () => {
    const r = run(`<header class="contentHeader has-sharing"><p>Rental e-scooters must leave the town centre by June, after a year of complaints from residents.</p></header><div class="story"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div>`);
    expect(text(r)).toContain("Rental e-scooters must leave");
  });
  it("a WordPress post wrapper with author and category classes is the article", () => {
    const r = run(`<div class="hentry post author-anna category-news"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div><div class="sidebar"><p>Some other text of the site that is not the article at all, here.</p></div>`);
    expect(text(r)).toContain("voted on Tuesday");
    expect(text(r)).toContain("appeal the decision");
  });
});

describe("galleries", () => {
  it("keep their captions when the captions tell the story", () => {
    const slide = (n: number, cap: string) => `<div class="slide"><h2>Slide ${n}</h2><figure><img src="${n}.jpg"><figcaption>${cap}</figcaption></figure></div>`;
    const r = run(`<section>${slide(1, P1)}${slide(2, P2)}${slide(3, P3)}${slide(4, P4)}</section>`);
    expect(text(r)).toContain("voted on Tuesday");
    expect(text(r)).toContain("national framework");
  });
});

describe("short furniture lines", () => {
  it("drops picture credits, cookie notices and agency sign-offs in several languages", () => {
    const r = run(`<article><p>${P1}</p><p>Die neue Brücke über den Fluss am Abend. © Stadtwerke</p><p>${P2}</p>
<p>Das Hermelin ist im Winter gut getarnt. (mlharing / iStock.com)</p><p>2020-02-19 20:29 来源：新华社</p><p>相关阅读：某地禁止电动滑板车</p><p>Informujemy, że korzystamy z cookies.</p><p>${P3}</p><p>(Alle Angaben ohne Gewähr)</p><p>aja/PAP</p></article>`);
    expect(text(r)).toContain("appeal the decision");
    for (const s of ["Stadtwerke", "iStock", "来源", "相关阅读", "cookies", "Gewähr", "aja/PAP"]) expect(text(r)).not.toContain(s);
  });
  it("drops the calls that close the text (subscribe, support us) but not the same words inside the story", () => {
    const r = run(`<article><p>${P1}</p><p>The operator said it had lost half of its subscribers in the town since the spring.</p><p>${P2}</p><p>${P3}</p>
<p>Lust auf mehr? Melde dich hier für unseren Newsletter an.</p><p>Wenn Ihnen unser Artikel gefallen hat: Unterstützen Sie diese Form des Journalismus.</p></article>`);
    expect(text(r)).toContain("subscribers in the town");
    expect(text(r)).toContain("appeal the decision");
    for (const s of ["Newsletter", "Unterstützen Sie"]) expect(text(r)).not.toContain(s);
  });
  it("drops an affiliate disclosure above the story", () => {
    const r = run(`<article><p>This post contains affiliate links. We may receive compensation when you click on links to those products.</p><p>${P1}</p><p>${P2}</p><p>${P3}</p><p>${P4}</p></article>`);
    expect(r.paragraphs[0]).toBe(P1);
  });
  it("keeps a sentence that only mentions cookies or an agency", () => {
    const r = run(`<article><p>${P1}</p><p>Bake the cookies for twelve minutes until golden.</p><p>${P2}</p><p>The AP said the vote was close.</p><p>${P3}</p></article>`);
    expect(text(r)).toContain("Bake the cookies");
    expect(text(r)).toContain("The AP said");
  });
});
