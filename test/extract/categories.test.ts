import { describe, expect, it } from "vitest";
import { CATEGORIES, CATEGORY_SET } from "../../src/gazetteer/categories.js";
import { buildCategoryFinder, compileCategoryFinder, declined } from "../../src/extract/categories.js";
import { formSource } from "../../src/extract/patterns.js";
import type { Locale } from "../../src/locales/types.js";
import en from "../../src/locales/en/index.js";
import nl from "../../src/locales/nl/index.js";
import fr from "../../src/locales/fr/index.js";
import de from "../../src/locales/de/index.js";
import es from "../../src/locales/es/index.js";
import itl from "../../src/locales/it/index.js";
import pt from "../../src/locales/pt/index.js";
import tr from "../../src/locales/tr/index.js";
import ar from "../../src/locales/ar/index.js";
import ru from "../../src/locales/ru/index.js";
import pl from "../../src/locales/pl/index.js";
import id from "../../src/locales/id/index.js";
import da from "../../src/locales/da/index.js";
import no from "../../src/locales/no/index.js";
import fi from "../../src/locales/fi/index.js";
import sv from "../../src/locales/sv/index.js";
import ca from "../../src/locales/ca/index.js";

// Every locale whose category lexicon names all canonical categories (cs and ro name part of them).
const LOCALES: Record<string, Locale> = { en, nl, fr, de, es, it: itl, pt, tr, ar, ru, pl, id, da, no, fi, sv, ca };
const norm = (f: string) => f.trim().toLowerCase().replace(/[’`]/g, "'").replace(/\s+/g, " ");

describe("canonical categories", () => {
  it("are at least 150 short lower-case English names, without duplicates", () => {
    expect(CATEGORIES.length).toBeGreaterThanOrEqual(150);
    expect(CATEGORY_SET.size).toBe(CATEGORIES.length);
    for (const c of CATEGORIES) {
      expect(c, c).toMatch(/^[\p{L}\p{N}][\p{L}\p{N} '+.-]*$/u);
      expect(c.split(" ").length, c).toBeLessThanOrEqual(4);
      // lower case except acronyms, proper adjectives and nouns, and a final letter designator (VPNs, AI chatbots, Nazi symbols, Sunday trading, bisphenol A)
      const ws = c.split(/[ -]/);
      for (const [i, w] of ws.entries()) if (w !== w.toLowerCase()) expect(w, c).toMatch(i > 0 && i === ws.length - 1 ? /^([A-Z0-9]{2,}s?|[A-Z]|Day)$/ : /^([A-Z0-9]{2,}s?|Nazi|Sunday|TV|LGBTQ|Halloween|Valentine's|Quran|Holocaust|Z)$/);
    }
  });
});

describe.each(Object.entries(LOCALES))("locale %s categories", (code, locale) => {
  const table = locale.categories!;
  it("is set on the locale", () => expect(table).toBeTruthy());
  it("keys are canonical names", () => {
    for (const k of Object.keys(table)) expect(CATEGORY_SET.has(k), `${code}: ${k}`).toBe(true);
  });
  it("has forms for every canonical name", () => {
    for (const c of CATEGORIES) expect(table[c]?.length ?? 0, `${code}: ${c}`).toBeGreaterThan(0);
  });
  it("forms compile and follow the conventions", () => {
    for (const [name, forms] of Object.entries(table))
      for (const f of forms) {
        expect(f.trim(), `${code}/${name}`).not.toBe("");
        expect(() => new RegExp(formSource(f), "iu"), `${code}/${name}: ${f}`).not.toThrow();
        expect(f.includes("..."), `${code}/${name}: ${f}`).toBe(false);
        if (f.startsWith("*")) {
          // a compound suffix: one word, no open end, long enough not to fire on unrelated words
          expect(/\s|\*$/.test(f.slice(1)), `${code}/${name}: ${f}`).toBe(false);
          expect(f.length - 1, `${code}/${name}: ${f}`).toBeGreaterThanOrEqual(5);
        }
      }
  });
  it("no form maps to two categories", () => {
    const seen = new Map<string, string>();
    for (const [name, forms] of Object.entries(table))
      for (const f of forms) {
        const k = norm(f);
        const other = seen.get(k);
        if (other !== undefined && other !== name) throw new Error(`${code}: "${f}" is both ${other} and ${name}`);
        seen.set(k, name);
      }
  });
  it("finds every form in a sentence by itself", () => {
    const finder = buildCategoryFinder(locale);
    for (const [name, forms] of Object.entries(table))
      for (const f of forms) {
        const word = f.replace(/^\*/, "").replace(/\*$/, "");
        const hits = finder.find(`x ${word} x`);
        expect(hits.map((h) => h.name), `${code}: ${f}`).toContain(name);
      }
  });
});

describe("English forms", () => {
  // "internet" alone is too common a word to name a target; "internet access", "internet shutdown" do.
  const tooGeneric = new Set(["internet"]);
  it("find each canonical name as itself", () => {
    const finder = buildCategoryFinder(en);
    for (const c of CATEGORIES) {
      if (tooGeneric.has(c)) continue;
      expect(finder.find(c).map((h) => [h.name, h.start, h.end]), c).toEqual([[c, 0, c.length]]);
    }
  });
});

const names = (code: string, text: string) => buildCategoryFinder(LOCALES[code]).find(text).map((h) => h.name);

describe("finding categories in sentences", () => {
  const cases: [string, string, string[]][] = [
    ["en", "Britain will ban disposable vapes from June 2025.", ["disposable vapes"]],
    ["en", "The EU banned menthol cigarettes in 2020, but other cigarettes are still sold.", ["menthol cigarettes", "cigarettes"]],
    ["en", "Schools in the Netherlands banned mobile phones in classrooms.", ["mobile phones"]],
    ["en", "Australia banned social media for children under 16.", ["social media"]],
    ["en", "The city outlawed single-use plastics and plastic bags.", ["single-use plastics", "plastic bags"]],
    ["en", "Kratom and energy drinks were banned along with foie gras.", ["kratom", "energy drinks", "foie gras"]],
    ["nl", "Het kabinet wil een verbod op wegwerpvapes.", ["disposable vapes"]],
    ["nl", "Vanaf januari geldt een mobieltjesverbod in de klas; mobiele telefoons moeten thuisblijven.", ["mobile phones", "mobile phones"]],
    ["nl", "Het vuurwerkverbod gaat in met oud en nieuw, ook voor knalvuurwerk.", ["fireworks", "fireworks"]],
    ["nl", "Mentholsigaretten zijn sinds 2020 verboden.", ["menthol cigarettes"]],
    ["nl", "Het gebruik van lachgas is verboden.", ["nitrous oxide"]],
    ["de", "Frankreich verbietet Einweg-E-Zigaretten.", ["disposable vapes"]],
    ["de", "Die Regierung plant ein Verbot von Einwegzigaretten.", ["disposable vapes"]],
    ["de", "Das Handyverbot an Schulen gilt ab Herbst; auch Diensthandys sind betroffen.", ["mobile phones", "mobile phones"]],
    ["de", "Das E-Zigaretten-Verbot trifft auch Mentholzigaretten.", ["e-cigarettes", "menthol cigarettes"]],
    ["de", "Die Stadt verbietet Silvesterfeuerwerk und Böller.", ["fireworks", "fireworks"]],
    ["de", "Österreich verbietet Handys in Schulen und schränkt soziale Medien ein.", ["mobile phones", "social media"]],
    ["fr", "Le gouvernement interdit les puffs à partir de février.", ["disposable vapes"]],
    ["fr", "Les téléphones portables sont interdits au collège.", ["mobile phones"]],
    ["fr", "Les réseaux sociaux seront interdits aux moins de 15 ans.", ["social media"]],
    ["fr", "L'interdiction des cigarettes électroniques jetables a été votée.", ["disposable vapes"]],
    ["fr", "La vente de protoxyde d'azote aux mineurs est interdite.", ["nitrous oxide"]],
    ["es", "El Gobierno prohíbe los teléfonos móviles en las aulas.", ["mobile phones"]],
    ["es", "Bélgica prohíbe los vapeadores desechables.", ["disposable vapes"]],
    ["es", "La ley prohíbe las bolsas de plástico y las pajitas.", ["plastic bags", "plastic straws"]],
    ["es", "Barcelona eliminará los pisos turísticos en 2028.", ["short-term rentals"]],
    ["it", "Dal 2020 sono vietate le sigarette al mentolo.", ["menthol cigarettes"]],
    ["it", "Il ministro vieta i cellulari in classe.", ["mobile phones"]],
    ["it", "Il governo ha vietato la carne coltivata.", ["lab-grown meat"]],
    ["it", "Stop alla plastica monouso e ai sacchetti di plastica.", ["single-use plastics", "plastic bags"]],
    ["pt", "O governo quer proibir as redes sociais para menores.", ["social media"]],
    ["pt", "A Anvisa proíbe cigarros eletrônicos desde 2009.", ["e-cigarettes"]],
    ["pt", "Escolas proíbem celulares em sala de aula; em Portugal, os telemóveis também.", ["mobile phones", "mobile phones"]],
  ];
  it.each(cases)("%s: %s", (code, text, expected) => expect(names(code, text)).toEqual(expected));

  const unrelated: [string, string][] = [
    ["en", "The minister met her counterpart in Brussels on Tuesday to discuss the budget."],
    ["en", "Durban hosted the summit; the diameter of the stadium was measured."],
    ["nl", "De minister sprak dinsdag met zijn collega over de begroting."],
    ["de", "Der Durchmesser des Rades wurde gestern im Bundestag diskutiert."],
    ["de", "Die Ministerin traf sich am Dienstag mit ihrem Amtskollegen in Berlin."],
    ["fr", "Le ministre a rencontré son homologue mardi pour parler du budget."],
    ["es", "El ministro se reunió el martes con su homólogo para hablar del presupuesto."],
    ["it", "Il ministro ha incontrato martedì il suo omologo per discutere del bilancio."],
    ["pt", "O ministro encontrou-se na terça-feira com o seu homólogo para discutir o orçamento."],
    // common words that look like forms
    ["de", "Die Opposition will das Gesetz kippen und fordert neue Versammlungen."],
    ["fr", "Le Rassemblement national défend les espèces menacées."],
    ["fr", "TikTok sera retiré des appareils mobiles des fonctionnaires."],
    ["es", "Es un control efectivo y puro."],
    ["nl", "De bonte schotels stonden op tafel."],
  ];
  it.each(unrelated)("%s finds nothing: %s", (code, text) => expect(names(code, text)).toEqual([]));
});

describe("the finder", () => {
  it("reports offsets, the matched form and text, longest first, without overlaps", () => {
    const hits = buildCategoryFinder(en).find("They banned Menthol  Cigarettes.", 100);
    expect(hits).toEqual([{ start: 112, end: 131, name: "menthol cigarettes", form: "menthol cigarettes", text: "Menthol  Cigarettes" }]);
  });
  it("is built once per locale", () => expect(buildCategoryFinder(de)).toBe(buildCategoryFinder(de)));
  it("finds nothing for a locale without categories", () =>
    expect(buildCategoryFinder({ ...en, categories: undefined }).find("menthol cigarettes")).toEqual([]));
  it("reads a compound suffix at the end of a word only", () => {
    const f = compileCategoryFinder({ cigarettes: ["*zigaretten"] });
    expect(f.find("Einwegzigaretten").map((h) => h.text)).toEqual(["Einwegzigaretten"]);
    expect(f.find("Zigarettenautomaten")).toEqual([]);
  });
  it("reads a long text as the sum of its parts (speed is measured by npm run bench, not here)", () => {
    const one = "Die Bundesregierung will den Verkauf von Einweg-E-Zigaretten, Lachgas und Böllern verbieten, sagte der Minister. ";
    const f = buildCategoryFinder(de);
    const names = f.find(one).map((h) => h.name);
    expect(names.length).toBeGreaterThan(0);
    expect(f.find(one.repeat(40)).map((h) => h.name)).toEqual(Array.from({ length: 40 }, () => names).flat());
  });
});

describe("declined adjectives", () => {
  it("gives a form's lowercase adjectives every ending of the locale", () => {
    const out = declined({ "social media": ["soziale Medien", "Social Media"] }, ["e", "en", "er"]);
    expect(new Set(out["social media"])).toEqual(new Set(["soziale Medien", "sozialen Medien", "sozialer Medien", "Social Media"]));
  });
  it("leaves forms alone where the locale declines nothing", () => {
    const cats = { "social media": ["sociale media"] };
    expect(declined(cats)).toBe(cats);
  });
});
