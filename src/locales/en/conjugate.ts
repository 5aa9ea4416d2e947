// English verb morphology from compromise: a trigger lists lemmas, and every inflected
// form (bans, banned, banning) is generated once at load time.
import { createRequire } from "node:module";
import type compromise from "compromise";

// The package's one-file CommonJS build: its ESM entry is 500 modules and loads about
// twice as slowly, which every English `banwatch extract` paid at start-up.
const nlp = createRequire(import.meta.url)("compromise") as typeof compromise;

export function verbForms(lemmas: string[]): string[] {
  const out = new Set<string>();
  for (const lemma of lemmas) {
    out.add(lemma);
    const forms = nlp(lemma).verbs().conjugate()[0] as Record<string, string> | undefined;
    if (!forms) continue;
    for (const [tense, form] of Object.entries(forms)) if (tense !== "FutureTense") out.add(form);
  }
  return [...out];
}
