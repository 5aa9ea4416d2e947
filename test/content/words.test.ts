// The per-language furniture and dateline words, compiled: each pattern reads several languages.
import { describe, expect, it } from "vitest";
import { CREDIT_LINE, CREDIT_TAIL, END_MARKER, READ_ALSO, READING_TIME, FURNITURE_LINE, LANGUAGES } from "../../src/content/words/index.js";
import { labelledDateNote } from "../../src/content/dateline.js";
import { bylineNames } from "../../src/content/html/page-notes.js";
import { countWords } from "../../src/content/html/word-count.js";

describe("furniture words", () => {
  it("every language file fills every list", () => {
    for (const [lang, w] of Object.entries(LANGUAGES)) {
      for (const [k, v] of Object.entries(w)) if (Array.isArray(v)) expect(v.length, `${lang}.${k}`).toBeGreaterThan(0);
    }
  });
  it("end markers in several languages, not sentences that start with their words", () => {
    for (const t of ["Related stories", "Mehr zum Thema", "Lire aussi :", "Lees ook", "Noticias relacionadas", "Leggi anche", "Zobacz także", "More from Reuters"]) expect(END_MARKER.test(t), t).toBe(true);
    expect(END_MARKER.test("Related to the ban, the minister said more would follow.")).toBe(false);
  });
  it("read-also inserts, credits, ad labels and reading times", () => {
    expect(READ_ALSO.test("Lire aussi : Paris interdit les trottinettes")).toBe(true);
    expect(READ_ALSO.test("READ MORE: Council bans scooters")).toBe(true);
    expect(READ_ALSO.test("Read more about the ban in our explainer")).toBe(false);
    expect(CREDIT_LINE.test("Foto: dpa")).toBe(true);
    expect(CREDIT_TAIL.test("GdP-Vize René Klemmer. Foto: GdP/Hagen Immel")).toBe(true);
    expect(CREDIT_TAIL.test("The photo was taken in 2019 by a tourist.")).toBe(false);
    expect(FURNITURE_LINE.test("Anzeige")).toBe(true);
    expect(READING_TIME.test("11 minut czytania")).toBe(true);
    expect(READING_TIME.test("5 min read")).toBe(true);
  });
});

describe("notes", () => {
  it("labelled dates: published and updated apart", () => {
    expect(labelledDateNote("Publié le 24 mars 2023 à 18h05")).toEqual({ published: "2023-03-24", modified: null });
    expect(labelledDateNote("Aktualisiert am 25. März 2023, 09:10 Uhr")).toEqual({ published: null, modified: "2023-03-25" });
    expect(labelledDateNote("The council met on 24 March 2023.")).toBeNull();
  });
  it("bylines give names, sentences do not", () => {
    expect(bylineNames("By Jane Doe and John Roe | Reuters")).toEqual(["Jane Doe", "John Roe"]);
    expect(bylineNames("Von Max Mustermann, 10. März 2023")).toEqual(["Max Mustermann"]);
    expect(bylineNames("By the end of the year the ban will be reviewed.")).toBeNull();
  });
});

describe("word counts", () => {
  it("scripts without spaces are cut by Intl.Segmenter, others by spaces", () => {
    expect(countWords("中国政府禁止抖音")).toBeGreaterThanOrEqual(3);
    expect(countWords("รัฐบาลสั่งห้ามแอปพลิเคชัน")).toBeGreaterThanOrEqual(3);
    expect(countWords("The council banned   scooters.")).toBe(4);
  });
});
