// Writes src/locales/en/verb-forms.ts: compromise's forms of every lemma the locales ask
// verbForms() for, so that loading the English locale does not load compromise.
// Run after adding a lemma to a trigger (test/locales/verb-forms.test.ts says when).
// Usage: node --import tsx scripts/verb-forms.ts
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadLocales } from "../src/locales/index.js";
import { VERB_FORMS } from "../src/locales/en/verb-forms.js";
import { conjugate, lemmasNotInTable } from "../src/locales/en/conjugate.js";

await loadLocales();
const lemmas = [...new Set([...Object.keys(VERB_FORMS), ...lemmasNotInTable])].sort();
const lines = lemmas.map((l) => `  ${JSON.stringify(l)}: ${JSON.stringify(conjugate(l))},`);
const file = fileURLToPath(new URL("../src/locales/en/verb-forms.ts", import.meta.url));
writeFileSync(file, `// Written by scripts/verb-forms.ts from compromise (do not edit): every lemma's forms but the
// future tense, in compromise's order (see conjugate.ts).
export const VERB_FORMS: Record<string, readonly string[]> = {
${lines.join("\n")}
};
`);
console.log(`${lemmas.length} lemmas -> ${file}`);
