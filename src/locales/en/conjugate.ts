// English verb morphology from compromise: a trigger lists lemmas, and every inflected
// form (bans, banned, banning) is generated once at load time.
//
// compromise takes a quarter of a second to load and as long again to conjugate the
// triggers' lemmas, which every English `banwatch extract` paid at start-up: the forms of
// the lemmas the triggers use are kept in verb-forms.ts (written by
// `node --import tsx scripts/verb-forms.ts`; a test checks it against compromise), and
// compromise is loaded only for a lemma that table does not hold.
import { createRequire } from "node:module";
import type compromise from "compromise";
import { VERB_FORMS } from "./verb-forms.js";

let nlp: typeof compromise | null = null;

/** Lemmas asked for that the table does not hold (conjugated by compromise). */
export const lemmasNotInTable = new Set<string>();

/** compromise's forms of a lemma but the future tense, in its order; none when it knows no verb there. */
export function conjugate(lemma: string): string[] {
  // The package's one-file CommonJS build: its ESM entry is 500 modules and loads about
  // twice as slowly.
  nlp ??= createRequire(import.meta.url)("compromise") as typeof compromise;
  const forms = nlp(lemma).verbs().conjugate()[0] as Record<string, string> | undefined;
  if (!forms) return [];
  return Object.entries(forms).filter(([tense]) => tense !== "FutureTense").map(([, form]) => form);
}

export function verbForms(lemmas: string[]): string[] {
  const out = new Set<string>();
  for (const lemma of lemmas) {
    out.add(lemma);
    let forms = Object.hasOwn(VERB_FORMS, lemma) ? VERB_FORMS[lemma] : undefined;
    if (!forms) {
      lemmasNotInTable.add(lemma);
      forms = conjugate(lemma);
    }
    for (const form of forms) out.add(form);
  }
  return [...out];
}
