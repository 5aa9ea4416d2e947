// Writes src/locales/en/tagged-words.ts: compromise's answers (src/locales/en/tagger.ts) for
// every lower-case ASCII word of the system's English word lists (Debian's wamerican and
// wbritish: /usr/share/dict/american-english, british-english) and of compromise's own
// lexicon, so that most English articles are read without loading compromise. Words whose
// one-word phrase reads as anything but itself or nothing are left out (the tagger answers).
// Run after upgrading compromise (test/locales/en/tagged-words.test.ts says when).
// Usage: node --import tsx scripts/tagged-words.ts
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { tagNounPhrase, tagVerbAfterTo } from "../src/locales/en/tagger.js";

const LISTS = ["/usr/share/dict/american-english", "/usr/share/dict/british-english"];
const missing = LISTS.filter((f) => !existsSync(f));
if (missing.length) throw new Error(`missing ${missing.join(", ")}: apt-get install wamerican wbritish`);

const nlp = createRequire(import.meta.url)("compromise/two") as { version: string; world(): { model: { one: { lexicon: object }; two: { switches: object } } } };
const world = nlp.world();
const words = new Set<string>();
for (const f of LISTS) for (const w of readFileSync(f, "utf8").split("\n")) words.add(w);
for (const w of [...Object.keys(world.model.one.lexicon), ...Object.keys(world.model.two.switches)]) words.add(w);

const classes: string[][] = [[], [], [], []];
let left = 0;
for (const w of [...words].filter((x) => /^[a-z]+$/.test(x)).sort()) {
  const np = tagNounPhrase(w);
  if (np !== null && np !== w) { left++; continue; }
  classes[(tagVerbAfterTo(w) ? 1 : 0) | (np === w ? 2 : 0)].push(w);
}
const file = fileURLToPath(new URL("../src/locales/en/tagged-words.ts", import.meta.url));
writeFileSync(file, `// Written by scripts/tagged-words.ts from compromise ${nlp.version} (do not edit): lower-case words in
// four space-separated lists by class, bit 1: tagged a verb after "to"; bit 2: the word alone
// reads as a noun phrase of itself (see word-answers.ts).
export const COMPROMISE_VERSION = ${JSON.stringify(nlp.version)};
export const TAGGED_WORDS: readonly string[] = [
${classes.map((c) => `  ${JSON.stringify(c.join(" "))},`).join("\n")}
];
`);
console.log(`${classes.reduce((n, c) => n + c.length, 0)} words (${classes.map((c) => c.length).join(" / ")}; ${left} left to the tagger) -> ${file}`);
