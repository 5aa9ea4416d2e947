// One-word questions of English frames are answered from a table of compromise's own answers
// (src/locales/en/tagged-words.ts, written by scripts/tagged-words.ts) so that most English
// articles are read without loading compromise: the table must give the tagger's answers.
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { COMPROMISE_VERSION, TAGGED_WORDS } from "../../../src/locales/en/tagged-words.js";
import { listHolds, tableNounPhrase, tableVerbAfterTo } from "../../../src/locales/en/word-answers.js";
import { tagNounPhrase, tagVerbAfterTo } from "../../../src/locales/en/tagger.js";

const CORPUS = join(__dirname, "../../../corpus");
const corpusWords = [...new Set(readdirSync(CORPUS).filter((f) => f.endsWith(".txt"))
  .flatMap((f) => readFileSync(join(CORPUS, f), "utf8").toLowerCase().match(/[a-z]+/g) ?? []))];

describe("the table of tagged words", () => {
  it("was written from the compromise installed (else run scripts/tagged-words.ts)", () => {
    expect(COMPROMISE_VERSION).toBe((createRequire(import.meta.url)("compromise/two") as { version: string }).version);
  });

  it("gives the tagger's answers: every 25th word of each list and every corpus word it holds", () => {
    const sample = TAGGED_WORDS.flatMap((list) => list.split(" ").filter((_, i) => i % 25 === 0));
    const held = corpusWords.filter((w) => tableVerbAfterTo(w) !== undefined);
    // Names, numbers' letters and the Dutch article's words aside, the table holds the corpus's words.
    expect(held.length).toBeGreaterThan(corpusWords.length * 0.7);
    for (const w of [...sample, ...held]) {
      expect(tableVerbAfterTo(w), w).toBe(tagVerbAfterTo(w));
      expect(tableNounPhrase(w), w).toBe(tagNounPhrase(w));
    }
  });

  it("answers nothing for what it does not hold (the tagger does)", () => {
    for (const w of ["you'll", "government-issued", "Government", "mobile phones", "zzqx"]) {
      expect(tableVerbAfterTo(w), w).toBeUndefined();
      expect(tableNounPhrase(w), w).toBeUndefined();
    }
    expect(tableVerbAfterTo("raise")).toBe(true);
    expect(tableVerbAfterTo("government")).toBe(false);
  });

  it("lists are sorted, with no word in two of them, and found by the binary search", () => {
    const seen = new Set<string>();
    for (const list of TAGGED_WORDS) {
      const words = list.split(" ");
      expect(words).toEqual([...words].sort());
      for (const w of words) {
        expect(seen.has(w), w).toBe(false);
        seen.add(w);
      }
      const probe = words.filter((_, i) => i % 97 === 0);
      for (const w of probe) expect(listHolds(list, w), w).toBe(true);
      for (const w of probe) expect(listHolds(list, `${w}zz`), `${w}zz`).toBe(words.includes(`${w}zz`));
    }
    expect(listHolds("", "a")).toBe(false);
    expect(listHolds("a c", "b")).toBe(false);
  });
});
