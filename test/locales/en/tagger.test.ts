// English phrases are tagged by compromise's tagger build ("compromise/two"), which loads a
// third faster than the full build: both must tag alike (the full build adds phrase APIs
// and a chunker that reads tags, never sets them). Checked on the corpus's sentences and
// on "to WORD" for each of their words, the two shapes src/locales/en/noun-phrase.ts reads.
import { describe, expect, it } from "vitest";
import { createRequire } from "node:module";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { nounPhrase, opensVerbPhrase } from "../../../src/locales/en/noun-phrase.js";

type Nlp = (text: string) => { json(): { terms: { text: string; pre: string; post: string; tags: string[] }[] }[] };
const require = createRequire(import.meta.url);
const two = require("compromise/two") as Nlp;
const three = require("compromise") as Nlp;
const tags = (nlp: Nlp, s: string) => nlp(s).json().map((x) => x.terms.map((t) => [t.text, t.pre, t.post, t.tags]));

const CORPUS = join(__dirname, "../../../corpus");
const sentences = readdirSync(CORPUS).filter((f) => f.endsWith(".txt"))
  .flatMap((f) => readFileSync(join(CORPUS, f), "utf8").split(/(?<=[.!?])\s+|\n+/))
  .filter((s) => s.trim() && /^[\x00-\u024f’“”–—]*$/.test(s));

describe("compromise's tagger build", () => {
  it("tags the corpus's English sentences and their words after 'to' as the full build does", () => {
    expect(sentences.length).toBeGreaterThan(50);
    const words = new Set(sentences.flatMap((s) => s.toLowerCase().match(/\p{Ll}[\p{L}'’-]*/gu) ?? []));
    for (const s of sentences) expect(tags(two, s), s).toEqual(tags(three, s));
    for (const w of words) expect(tags(two, `to ${w}`), w).toEqual(tags(three, `to ${w}`));
  });

  it("reads noun phrases and verb-phrase openings", () => {
    expect(nounPhrase("single-use plastics passed")).toBe("single-use plastics");
    expect(opensVerbPhrase("raise penalties for sellers")).toBe(true);
    expect(opensVerbPhrase("energy drinks")).toBe(false);
  });
});
