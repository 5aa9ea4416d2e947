// Lengths of the functions of a TypeScript file, read from its layout: a function opens on
// a line of its own (`function f(...) {`, `const f = (...) => {`, a method `f(...) {`) and
// closes with a brace at the same indentation. The code base is formatted that way; the
// engine test keeps every function of src/extract short with it.
const OPENERS = [
  /^(\s*)(?:export\s+)?(?:async\s+)?function\*?\s+([\w$]+)/,
  /^(\s*)(?:export\s+)?(?:const|let)\s+([\w$]+)\s*=\s*(?:async\s+)?(?:<[^>]*>)?\(.*=>\s*\{\s*$/,
  /^(\s+)(?:(?:public|private|protected|static|readonly|async)\s+)*([\w$]+)\s*(?:<[^>]*>)?\(.*\)\s*(?::\s*[^{]+)?\{\s*$/,
];
const SIGNATURE_LINES = 4;
const KEYWORDS = new Set(["if", "for", "while", "switch", "catch", "function", "return", "else"]);

export interface FunctionLength {
  name: string;
  line: number;
  lines: number;
}

export function functionLengths(source: string): FunctionLength[] {
  const lines = source.split("\n");
  const out: FunctionLength[] = [];
  lines.forEach((text, i) => {
    for (const re of OPENERS) {
      const m = re.exec(text);
      if (!m || KEYWORDS.has(m[2])) continue;
      // A signature may run over a few lines before the body's brace.
      const open = lines.findIndex((l, j) => j >= i && j <= i + SIGNATURE_LINES && l.trimEnd().endsWith("{"));
      if (open < 0) continue;
      const close = new RegExp(`^${m[1]}\\}[;,)]*\\s*$`);
      const end = lines.findIndex((l, j) => j > open && close.test(l));
      if (end > i) out.push({ name: m[2], line: i + 1, lines: end - i + 1 });
      break;
    }
  });
  return out;
}
