// The English triggers' verb forms come from a table written from compromise
// (src/locales/en/verb-forms.ts, by scripts/verb-forms.ts), so that loading the locale does
// not load compromise: the table must hold compromise's own forms, and every lemma the
// locales ask for.
import { describe, expect, it } from "vitest";
import { VERB_FORMS } from "../../../src/locales/en/verb-forms.js";
import { conjugate, lemmasNotInTable, verbForms } from "../../../src/locales/en/conjugate.js";
import { loadLocales } from "../../../src/locales/index.js";

describe("English verb forms", () => {
  it("the table holds compromise's forms of each lemma", () => {
    for (const [lemma, forms] of Object.entries(VERB_FORMS)) expect(forms, lemma).toEqual(conjugate(lemma));
  });

  it("holds every lemma the locales ask for (else run scripts/verb-forms.ts)", async () => {
    await loadLocales();
    expect([...lemmasNotInTable]).toEqual([]);
  });

  it("a lemma outside the table is still conjugated, by compromise", () => {
    expect(Object.hasOwn(VERB_FORMS, "prohibit")).toBe(true);
    expect(Object.hasOwn(VERB_FORMS, "uninstall")).toBe(false);
    expect(verbForms(["uninstall"])).toEqual(["uninstall", "uninstalled", "uninstalls", "uninstalling"]);
    expect(lemmasNotInTable.has("uninstall")).toBe(true);
  });
});
