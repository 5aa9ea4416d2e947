// Element-level behaviour of the main-text step on small pages written for these tests:
// what stays article text and what is furniture or metadata, in several languages.
import { describe, expect, it } from "vitest";
import { extractHtml, type HtmlExtraction } from "../../../src/content/html/index.js";
import { isRejection, type Rejection } from "../../../src/types.js";

const enc = (s: string) => new TextEncoder().encode(s);
const ok = (r: HtmlExtraction | Rejection): HtmlExtraction => {
  if (isRejection(r)) throw new Error(`unexpected rejection ${r.reason}: ${r.detail}`);
  return r;
};
const LONG = "The mayor said that residents had waited long enough, and that the streets of the old town were too narrow for scooters parked on every corner; the council would review the decision after one year.";
const page = (article: string, head = "") => `<!doctype html><html><head><title>Council bans scooters</title>${head}</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article>${article}</article>
<footer><p>© 2024 Example News. All rights reserved.</p></footer></body></html>`;
const run = (article: string, head = "") => ok(extractHtml(enc(page(article, head))));

describe("in-article boxes", () => {
  it("keeps the paragraph after an <aside> (even a short one) and drops the aside", () => {
    const r = run(`<h1>Council bans scooters</h1><p>The city council voted on Tuesday to ban rental e-scooters from the town centre, citing a rise in accidents.</p>
<aside class="inline-box"><h3>Read also</h3><ul><li><a href="/a">Paris voted to ban rental scooters in 2023</a></li></ul></aside>
<p>The ban takes effect in June.</p><p>${LONG}</p><p>Operators said they would appeal the decision before the regional court.</p>`);
    expect(r.method).toBe("main");
    expect(r.paragraphs).toContain("The ban takes effect in June.");
    expect(r.paragraphs.join("\n")).not.toContain("Paris voted to ban");
  });
  it("drops read-also inserts, captions, credits, author bios, newsletter and share boxes in several languages", () => {
    const r = run(`<p>Le conseil municipal a interdit mardi les trottinettes électriques en libre-service dans le centre-ville, après une hausse des accidents.</p>
<p><strong>Lire aussi :</strong> <a href="/x">Paris interdit les trottinettes</a></p>
<figure><img src="a.jpg"><figcaption>Des trottinettes sur un trottoir. Photo : AFP</figcaption></figure>
<p>${LONG}</p><p>Mehr zum Thema: <a href="/y">Berlin und die Roller</a></p>
<p>Les opérateurs ont annoncé qu'ils feraient appel devant le tribunal administratif dans les prochains jours.</p>
<p>Foto: dpa</p>
<div class="share-bar"><a href="#">Partager sur Facebook</a> <a href="#">Twitter</a></div>
<div class="newsletter-signup"><p>Abonnez-vous à notre newsletter pour recevoir chaque matin les nouvelles de la ville et de la région.</p></div>
<section class="author-bio"><p>Marie Dupont est journaliste au service Ville depuis 2015 et couvre les transports et l'urbanisme.</p></section>`);
    const text = r.paragraphs.join("\n");
    expect(text).toContain("Le conseil municipal a interdit");
    expect(text).toContain("feraient appel");
    for (const junk of ["Lire aussi", "Des trottinettes sur un trottoir", "Mehr zum Thema", "Foto: dpa", "Partager", "Abonnez-vous", "Marie Dupont est journaliste"]) {
      expect(text).not.toContain(junk);
    }
  });
  it("trims short scraps before the first and after the last paragraph of prose", () => {
    const r = run(`<p>Politik</p><p>The city council voted on Tuesday to ban rental e-scooters from the town centre, citing a rise in accidents.</p><p>Operators said they would appeal the decision before the regional court, arguing that the council had not consulted them.</p><p>Two other cities in the region are considering similar rules, and the transport minister has asked for a national framework.</p><p>${LONG}</p><p>Bild anzeigen</p><p>Weiter</p>`);
    expect(r.method).toBe("main");
    expect(r.paragraphs[0]).toMatch(/^The city council voted/);
    expect(r.paragraphs[r.paragraphs.length - 1]).toBe(LONG);
  });
  it("a class name that wraps most of the article's prose is not furniture ('post-meta' around the story)", () => {
    const r = run(`<div class="post-meta"><p>The city council voted on Tuesday to ban rental e-scooters from the town centre, citing a rise in accidents.</p><p>${LONG}</p></div>`);
    expect(r.paragraphs.join(" ")).toContain("voted on Tuesday");
  });
});

describe("bylines, datelines and published/updated notes", () => {
  it("leave the body and give the metadata its authors and dates", () => {
    const r = run(`<h1>Council bans scooters</h1><p>Par Jeanne Martin et Paul Durand</p><p>Publié le 24 mars 2023 à 18h05, mis à jour le 25 mars 2023 à 09h10</p>
<p>Le conseil municipal a interdit mardi les trottinettes électriques en libre-service dans le centre-ville, après une hausse des accidents.</p><p>${LONG}</p><p>5 min read</p>`);
    const text = r.paragraphs.join("\n");
    expect(text).not.toMatch(/Jeanne Martin|Publié le|min read/);
    expect(r.authors).toEqual(["Jeanne Martin", "Paul Durand"]);
    expect(r.published).toBe("2023-03-24");
    expect(r.publishedSource).toBe("dateline");
    expect(r.modified).toBe("2023-03-25");
  });
  it("keep a sentence that merely starts like a byline or mentions a date", () => {
    const r = run(`<p>By the end of March 2023, the council had banned rental scooters from the town centre after a rise in accidents.</p><p>${LONG}</p>`);
    expect(r.paragraphs[0]).toMatch(/^By the end of March 2023/);
  });
});

describe("a declared JSON-LD articleBody", () => {
  const EXTRA = "Two other cities in the region are considering similar rules, and the transport minister has asked for a national framework before the summer holidays.";
  const body = `The city council voted on Tuesday to ban rental e-scooters from the town centre, citing a rise in accidents. ${LONG} Operators said they would appeal the decision before the regional court, arguing that they had not been consulted. ${EXTRA}`;
  const ld = (articleBody: string) => `<script type="application/ld+json">${JSON.stringify({ "@type": "NewsArticle", headline: "Council bans scooters", articleBody })}</script>`;
  const html = `<p class="lead">In short: scooters are out of the old town from June, and the operators are going to court over it.</p><p>The city council voted on Tuesday to ban rental e-scooters from the town centre, citing a rise in accidents.</p><p>Tip: subscribe</p><p>${LONG}</p><p>Operators said they would appeal the decision before the regional court, arguing that they had not been consulted.</p><p>${EXTRA}</p><p>Other stories you may have missed this week in the city</p>`;
  it("is used when the visible blocks agree with it: the lead stays, undeclared scraps go", () => {
    const r = run(html, ld(body));
    expect(r.method).toBe("declared");
    expect(r.paragraphs[0]).toMatch(/^In short/);
    expect(r.paragraphs).not.toContain("Tip: subscribe");
    expect(r.paragraphs.join(" ")).not.toContain("Other stories");
  });
  it("is ignored when the page does not show it", () => {
    const r = run(html, ld("A different story entirely: the regional parliament debated the budget for hours and adjourned without a vote, which the opposition called a failure of the coalition. ".repeat(4)));
    expect(r.method).toBe("main");
    expect(r.paragraphs.join(" ")).toContain("Operators said they would appeal");
  });
});

describe("scripts written without spaces", () => {
  it("a Chinese article is found among link lists, its words counted by Intl.Segmenter", () => {
    const zh = "中国政府周二宣布禁止在政府设备上使用抖音，理由是数据安全问题。官员表示，该禁令立即生效，所有公务员必须在一周内删除该应用程序。";
    const nav = Array.from({ length: 12 }, (_, i) => `<li><a href="/n${i}">新闻标题第${i}条关于经济和体育的报道</a></li>`).join("");
    const r = ok(extractHtml(enc(`<html><body><ul class="list">${nav}</ul><div class="story"><p>${zh}</p><p>${zh}</p><p>${zh}</p></div></body></html>`)));
    expect(r.method).toBe("main");
    expect(r.paragraphs).toEqual([zh, zh, zh]);
  });
});
