import { describe, expect, it } from "vitest";
import { datelineCity, datelineEnd, datelineRegion } from "../../src/extract/steps/follow.js";
import type { Sentence } from "../../src/extract/sentences.js";

const s = (text: string): Sentence => ({ text, start: 0, end: text.length, paragraph: 0 });

describe("datelines in a lead sentence", () => {
  it("reads an all-capitals place, with a region after a comma and an agency in brackets", () => {
    expect(datelineCity(s("MANILA — The regulator banned the app."))).toBe("MANILA");
    expect(datelineRegion(s("KINGSTON, Ont. — Gas-powered leaf blowers will be banned."))).toBe("Ont.");
    expect(datelineRegion(s("AUSTIN, Texas (AP) — The governor banned the app."))).toBe("Texas");
  });
  it("reads a title-case place before '.-' (Spanish agency style), and no ordinary opening", () => {
    const t = "Ciudad de México.- La Cofepris emitió una alerta sanitaria.";
    expect(datelineCity(s(t))).toBe("Ciudad de México");
    expect(datelineEnd(s(t))).toBe(t.indexOf("La "));
    expect(datelineEnd(s("Ciudad de México prohibió ayer las corridas de toros."))).toBe(0);
    expect(datelineEnd(s("El Gobierno - según fuentes - prohibió la app."))).toBe(0);
  });
});
