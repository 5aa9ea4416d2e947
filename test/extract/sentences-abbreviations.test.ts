// Node's ICU cuts sentences after every "Nov." and "Mr.": the locale's abbreviations and
// capital initials keep them whole, so a date ("On Nov. 29, ...") stays with its verb.
import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/extract/sentences.js";
import { compileLocale } from "../../src/extract/compile.js";
import { layout } from "../../src/content/article.js";
import { loadLocales } from "../../src/locales/index.js";

const locales = await loadLocales();
const split = (lang: string, text: string) => {
  const c = compileLocale(locales.get(lang)!);
  return splitSentences(layout([text]).paragraphs, lang, c.abbreviationEnd, c.articleStart, c.ordinalPeriods).map((s) => s.text);
};

describe("abbreviations do not end sentences", () => {
  it("en: months and titles", () => {
    expect(split("en", "On Nov. 29, Gov. Kristi Noem announced the ban. Mr. Smith agreed.")).toEqual([
      "On Nov. 29, Gov. Kristi Noem announced the ban.", "Mr. Smith agreed."]);
  });
  it("de: z. B. and Nr.", () => {
    expect(split("de", "Die Regierung hat z. B. TikTok verboten. Das Gesetz Nr. 5 gilt ab Montag.")).toEqual([
      "Die Regierung hat z. B. TikTok verboten.", "Das Gesetz Nr. 5 gilt ab Montag."]);
  });
  it("capital initials continue a name in any language", () => {
    expect(split("fr", "M. Macron a annoncé l'interdiction. Elle entre en vigueur lundi.")).toHaveLength(2);
  });
  it("a sentence ending in an ordinary word still ends", () => {
    expect(split("en", "The answer was no. The ban stays.")).toHaveLength(2);
  });
  it("a lone capital after a lowercase word, before a capitalised article, ends its sentence (a name such as X)", () => {
    expect(split("es", "Lo escribió en la red social X. El portavoz no precisó más.")).toEqual([
      "Lo escribió en la red social X.", "El portavoz no precisó más."]);
    expect(split("en", "Senator John F. Kennedy spoke. The ban stays.")).toEqual(["Senator John F. Kennedy spoke.", "The ban stays."]);
  });
  it("a day number with a period goes on in German only where the language writes ordinals so", () => {
    expect(split("de", "Das Verbot gilt ab dem 15. März. Es betrifft alle Schulen.")).toHaveLength(2);
    expect(split("it", "In Australia il divieto riguarda gli under 16. L'esame inizierà dopo l'estate.")).toHaveLength(2);
  });
});
