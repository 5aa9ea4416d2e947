// Glued sentences ("lunes.Precisamente") split; a lift only planned ("probablemente
// concedería una prórroga") is no event; "para evitar su prohibición" is no ban.
import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/extract/sentences.js";
import { layout } from "../../src/content/article.js";
import { events, keys } from "../locales/helpers.js";

const split = (text: string) => splitSentences(layout([text]).paragraphs, "es").map((s) => s.text);

describe("glued sentences", () => {
  it("splits a period glued to the next sentence", () => {
    expect(split("Asumirá el cargo el próximo lunes.Precisamente este sábado habló.")).toEqual([
      "Asumirá el cargo el próximo lunes.", "Precisamente este sábado habló."]);
  });
  it("keeps abbreviations and numbers whole", () => {
    expect(split("TikTok se retiró de la tienda en EE.UU. por la ley 3.5 del Congreso.")).toHaveLength(1);
  });
});

describe("planned lifts and avoided bans", () => {
  it("es: 'probablemente concedería una prórroga para evitar su prohibición' is neither lift nor ban", async () => {
    const evs = await events("es", null, ["En una entrevista con la cadena NBC, Trump afirmó que «probablemente» concedería a TikTok una prórroga de 90 días para evitar su prohibición en Estados Unidos."]);
    expect(keys(evs)).toEqual([]);
  });
  it("es: a granted extension is a lift", async () => {
    const evs = await events("es", null, ["El presidente de Estados Unidos concedió a TikTok una prórroga de 90 días."]);
    expect(keys(evs)).toEqual(["US|TikTok|lift"]);
  });
});
