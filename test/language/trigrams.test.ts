// The fast trigram scorer must give franc's scores exactly (the same languages, the same
// order, the same numbers), or language detection — and every extraction — would move.
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { francAll } from "franc";
import { trigramScorer } from "../../src/language/trigrams.js";
import { ISO3_TO_1 } from "../../src/language/codes.js";
import { CORPUS } from "../sources/fixtures.js";

const ONLY = Object.keys(ISO3_TO_1);
const fast = trigramScorer(ONLY);
const same = (text: string, minLength = 10) => expect(fast(text, minLength)).toEqual(francAll(text, { only: ONLY, minLength }));

describe("trigramScorer", () => {
  it("scores every paragraph of the corpus as franc does", () => {
    const paragraphs = readdirSync(CORPUS).flatMap((f) => readFileSync(join(CORPUS, f), "utf8").split(/\n+/));
    expect(paragraphs.length).toBeGreaterThan(20);
    for (const p of paragraphs) same(p);
  });

  it("agrees with franc on scripts, lengths and edge cases", () => {
    for (const t of ["", "short", "1234567890123", "!!!???...,,,;;;", "Президент заборонив TikTok у державних установах",
      "الحكومة تحظر تطبيق تيك توك في البلاد", "政府宣布禁止使用抖音应用程序", "日本政府はアプリを禁止しました", "정부는 앱 사용을 금지했다",
      "Η κυβέρνηση απαγόρευσε την εφαρμογή", "รัฐบาลสั่งห้ามแอปพลิเคชัน", "x".repeat(3000), "the ban ".repeat(400),
      "Het kabinet verbiedt wegwerpvapes vanaf 2025", "   \n\t  spaced   out\ttext here  "]) {
      same(t);
      same(t, 40);
    }
  });

  it("agrees with franc on arbitrary text", () => {
    const words = fc.constantFrom("the", "ban", "verbod", "interdiction", "prohibición", "запрет", "حظر", "禁止", "ÉTAT", "ölçü", "ß", "42", "—", "!?", " ", "\n");
    fc.assert(fc.property(fc.array(words, { maxLength: 80 }).map((w) => w.join(" ")), (t) => { same(t); }), { numRuns: 300 });
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (t) => { same(t); }), { numRuns: 300 });
    // Any code units of the Basic Multilingual Plane outside the surrogates, each script's letters likely.
    const unit = fc.oneof(fc.integer({ min: 0, max: 0xd7ff }), fc.integer({ min: 0xe000, max: 0xffff }), fc.integer({ min: 0x20, max: 0x5ff }), fc.integer({ min: 0x600, max: 0x1fff }));
    fc.assert(fc.property(fc.array(unit, { minLength: 5, maxLength: 120 }), (us) => { same(String.fromCharCode(...us)); }), { numRuns: 2000 });
  });
});
