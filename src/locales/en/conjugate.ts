// English verb morphology from compromise: a trigger lists lemmas, and every inflected
// form (bans, banned, banning) is generated once at load time.
import nlp from "compromise";

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
