// The article's frame (its own jurisdiction and year) is read only when a trigger needs it
// (src/extract/index.ts, articleFrame): sentences without a trigger are skipped before any
// article-wide scan. Behaviour first, then equality with the frame read up front over every
// article the repository holds (corpus/ and the locale cases).
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { article } from "../locales/helpers.js";
import { articleFrame } from "../../src/extract/index.js";
import { findMentions } from "../../src/extract/engine.js";
import { splitSentences, type Sentence } from "../../src/extract/sentences.js";
import { compileLocale } from "../../src/extract/compile.js";
import { articlePlace } from "../../src/extract/steps/article-place.js";
import { articleYear } from "../../src/extract/date-context.js";
import { loadLocales } from "../../src/locales/index.js";
import { buildArticle } from "../../src/content/article.js";
import { isRejection, type Article } from "../../src/types.js";
import { levelOf } from "../../src/gazetteer/jurisdictions.js";
import { TEASER_CHARS } from "../../src/extract/constants.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");

/** The inputs of extractEvents' preamble, as it builds them. */
async function prepared(a: Article) {
  const locale = (await loadLocales()).get(a.lang)!;
  const c = compileLocale(locale);
  const sentences = splitSentences(a.paragraphs, a.lang, c.abbreviationEnd);
  const title: Sentence | undefined = a.title ? { text: a.title, start: 0, end: 0, paragraph: -1 } : undefined;
  const lead = a.paragraphs.length > 1 && a.paragraphs[0].text.length < TEASER_CHARS ? 2 : 1;
  return { locale, c, sentences, title, lead };
}

describe("the article frame is read only for triggers", () => {
  it("a sentence without a trigger is skipped: neither the place nor the year is read", async () => {
    const a = article("en", null, ["The weather in France was mild in 2023, and TikTok stayed popular."], null);
    const { c, sentences } = await prepared(a);
    const reads = { place: 0, year: 0 };
    const frame = articleFrame(null, () => (reads.place++, null), () => (reads.year++, null));
    expect(findMentions(sentences, c, frame)).toEqual([]);
    expect(reads).toEqual({ place: 0, year: 0 });
  });

  it("a sentence with a trigger is read, and its decider comes from the frame when it names none", async () => {
    const a = article("en", null, ["The government banned TikTok on official phones."], "2023-03-10");
    const { c, sentences } = await prepared(a);
    const reads = { place: 0 };
    const be = { start: -1, end: -1, text: "", code: "BE", level: levelOf("BE"), name: null, kind: "country" as const };
    const frame = articleFrame("2023-03-10", () => (reads.place++, be), () => null);
    const mentions = findMentions(sentences, c, frame);
    expect(mentions.map((m) => `${m.actor.jurisdiction}|${m.target}|${m.action}`)).toEqual(["BE|TikTok|ban"]);
    expect(reads.place).toBe(1);
  });

  it("a published article never reads its year", () => {
    let n = 0;
    const frame = articleFrame("2023-03-10", () => null, () => (n++, 2020));
    expect(frame.year).toBeNull();
    expect(n).toBe(0);
  });
});

/** Every article the repository holds: corpus/ text exports and the locale cases. */
function articles(): Article[] {
  const out: Article[] = [];
  for (const f of readdirSync(join(root, "corpus")).filter((x) => x.endsWith(".txt")).sort()) {
    const bytes = readFileSync(join(root, "corpus", f));
    const a = buildArticle({ uri: `file:///corpus/${f}`, id: f, fetchedAt: new Date(0).toISOString(), contentType: "text/plain", bytes, sha256: "x" });
    if (!isRejection(a)) out.push(a);
  }
  const locales = join(root, "test/locales");
  for (const lang of readdirSync(locales).sort()) {
    const file = join(locales, lang, "cases.jsonl");
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, "utf8").split("\n").filter((l) => l.trim())) {
      const c = JSON.parse(line) as { title: string | null; paragraphs: string[]; published: string | null };
      out.push(article(lang, c.title, c.paragraphs, c.published));
      // The same article undated: its year is then read from its own dates.
      out.push(article(lang, c.title, c.paragraphs, null));
    }
  }
  return out;
}

describe("the lazy frame never changes a mention", () => {
  it("over corpus/ and every locale case, dated and undated: mentions identical to the frame read up front", async () => {
    const all = articles();
    expect(all.length).toBeGreaterThan(100);
    let skipped = 0;
    for (const a of all) {
      const { locale, c, sentences, title, lead } = await prepared(a);
      const eager = { published: a.published, year: a.published ? null : articleYear(title ? [title, ...sentences] : sentences, locale), defaultPlace: articlePlace(c, title, sentences, lead) };
      let read = false;
      const lazy = articleFrame(a.published, () => ((read = true), articlePlace(c, title, sentences, lead)), () => ((read = true), articleYear(title ? [title, ...sentences] : sentences, locale)));
      const got = findMentions(sentences, c, lazy, title);
      expect(JSON.stringify(got), a.paragraphs[0]?.text.slice(0, 80)).toBe(JSON.stringify(findMentions(sentences, c, eager, title)));
      if (!read) skipped++;
    }
    // Some articles do get by without their frame (a case without any trigger, or triggers all dropped early).
    expect(skipped).toBeGreaterThan(0);
  });
});
