// The clitics Arabic news joins to a word's first letters: "و" (and), "ف" (so), "ب" (with),
// "ل" (for), before the article "ال" or fused with it ("للصين").

/**
 * Which clitics to add: all that news writes, or the two commonest ("و", "ب") for the category
 * table, where each further one adds about 2 MB of trie to every worker that reads Arabic.
 */
export type CliticSet = "all" | "common";

/** A word or phrase with the clitic prefixes news attaches to its first word; forms in Latin script ("CBD", "VPN") take none. */
export function clitics(forms: string[], set: CliticSet = "all"): string[] {
  const out: string[] = [];
  for (const f of forms) {
    out.push(f);
    if (!/^[\u0600-\u06FF]/.test(f)) continue;
    if (set === "common") out.push(`و${f}`, `ب${f}`);
    else if (f.startsWith("ال")) {
      const rest = f.slice(2);
      out.push(`و${f}`, `ف${f}`, `ب${f}`, `وب${f}`, `لل${rest}`, `ولل${rest}`);
    } else {
      out.push(`و${f}`, `ف${f}`, `ب${f}`, `ل${f}`, `وب${f}`, `ول${f}`);
    }
  }
  return [...new Set(out)];
}
