// The day of publication as the text states it, in the forms exports carry.
import { describe, expect, it } from "vitest";
import { parseTextExport } from "../../src/content/text-export.js";
import { parseDateline, numericLead, agencyLead, publicationNote, todayDate } from "../../src/content/dateline.js";

describe("datelines in many forms", () => {
  it("reads a dateline that opens the line, followed by a time and a byline", () => {
    expect(parseDateline("21 jan, 2025 - 02:09 • Ricardo Vieira, com Reuters")).toBe("2025-01-21");
    expect(parseDateline("February 28, 2023, 3:17 pm")).toBe("2023-02-28");
    expect(parseDateline("Veröffentlicht am 10. Mai 2023, 14:05")).toBe("2023-05-10");
    expect(parseDateline("Publié le 24 mars 2023 à 18h30")).toBe("2023-03-24");
    expect(parseDateline("Gepubliceerd op 21 maart 2023 om 12:20")).toBe("2023-03-21");
    expect(parseDateline("19 de enero de 2025 | 10:32")).toBe("2025-01-19");
    // all-numeric: dots and a day-first language's label put the day first; an English label alone may be either
    expect(parseDateline("11.07.2024, 14:35 Uhr")).toBe("2024-07-11");
    expect(parseDateline("Publié le 12/04/2025")).toBe("2025-04-12");
    expect(parseDateline("Publicado em 03/05/2024")).toBe("2024-05-03");
    expect(parseDateline("Published 04/12/2025")).toBeNull();
    expect(parseDateline("Published 04/13/2025")).toBe("2025-04-13");
    // a sentence that merely mentions a date is not one
    expect(parseDateline("March 10, 2023 was the day the council banned the app on phones")).toBeNull();
  });
  it("reads a numeric date opening the first paragraph only when one reading remains", () => {
    expect(numericLead("19-01-25.-La red social TikTok dejó de funcionar", "2025-01")).toEqual({ date: "2025-01-19", rest: "La red social TikTok dejó de funcionar" });
    expect(numericLead("19.01.2025 - Texto", null)?.date).toBe("2025-01-19");
    expect(numericLead("03/04/2023 - ambiguous", null)).toBeNull();
    expect(numericLead("03/04/2023 - known month", "2023-04")?.date).toBe("2023-04-03");
    expect(numericLead("2,5 millones de agentes", null)).toBeNull();
  });
  it("reads agency datelines, broadcast notes and 'today, March 16'", () => {
    expect(agencyLead("PARIS (AFP) - 21 mars 2023 - Le gouvernement a interdit TikTok.")).toBe("2023-03-21");
    expect(agencyLead("Le gouvernement a interdit TikTok (AFP).")).toBeNull();
    expect(agencyLead("MOSKAU, 18. Juni 2020 (dpa) - Nach mehr als zwei Jahren hat die Medienaufsicht die Sperre aufgehoben.")).toBe("2020-06-18");
    expect(publicationNote("Diese Nachricht wurde am 30.08.2021 im Programm Deutschlandfunk gesendet.")).toBe("2021-08-30");
    expect(publicationNote("The council met on 30 August 2021.")).toBeNull();
    expect(todayDate("Oliver Dowden confirmed a ban in a statement to Parliament today, March 16.", "2023-03")).toBe("2023-03-16");
    expect(todayDate("Le ministre a annoncé aujourd'hui 24 mars l'interdiction.", "2023-03")).toBe("2023-03-24");
    expect(todayDate("today, March 16", null)).toBeNull(); // no year known: not a guess
    expect(todayDate("today, April 2", "2023-03")).toBeNull(); // contradicts the known month
  });
});

describe("text exports: the day of publication", () => {
  it("a first-line dateline is not the headline", () => {
    const t = parseTextExport("21 jan, 2025 - 02:09 • Ricardo Vieira, com Reuters\nO Presidente assinou esta segunda-feira uma ordem executiva.\nSegundo parágrafo.");
    expect(t.published).toBe("2025-01-21");
    expect(t.title).toBeNull();
    expect(t.paragraphs[0]).toMatch(/^O Presidente/);
  });
  it("a month-only first line takes the day the text states in that month", () => {
    expect(parseTextExport(" date 2025-01 19-01-25.-La red social TikTok dejó de funcionar.\n\nMás texto.").published).toBe("2025-01-19");
    expect(parseTextExport(" date 2021-08 In China haben die Behörden ...\n\nMehr.\n\nDiese Nachricht wurde am 30.08.2021 im Programm Deutschlandfunk gesendet.").published).toBe("2021-08-30");
    expect(parseTextExport(" date 2023-03 The minister confirmed the ban today, March 16.\n\nMore.").published).toBe("2023-03-16");
  });
  it("never a day from elsewhere in the text", () => {
    // a weekday or a date of another month says nothing about the day of publication
    expect(parseTextExport(" date 2023-03 Het kabinet besloot dinsdag tot een verbod.\n\nDe EU deed dat op 23 februari 2023.").published).toBe("2023-03");
    expect(parseTextExport(" date 2023-03 Le gouvernement a annoncé l'interdiction.\n\nDiese Nachricht wurde am 30.08.2021 gesendet.").published).toBe("2023-03");
  });
});
