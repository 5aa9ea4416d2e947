// Category names are English whatever the article's language, and English writes a noun that
// modifies another in the singular: "soybean exports", "cigarette exports", "rare earth exports".

/** Plurals that stay as they are before another noun ("arms exports", "goods imports"). */
const INVARIANT = new Set(["arms", "goods", "electronics", "clothes", "news", "series", "species", "means", "cosmetics", "ceramics", "textiles", "pharmaceuticals", "chemicals", "plastics", "fireworks", "explosives", "narcotics", "semiconductors", "oils", "metals", "minerals", "fertilisers", "fertilizers", "pesticides", "hydrocarbons", "firearms", "munitions", "weapons", "drugs", "opioids", "cannabis", "gas", "glass", "grass", "bus", "virus", "asbestos", "mercury", "lens"]);

/** The singular of an English plural noun, by its ending; a word that is no plural stays. */
export function singularNoun(word: string): string {
  const w = word.toLowerCase();
  if (INVARIANT.has(w) || !/s$/.test(w) || /(?:ss|us|is|as|os|ics)$/.test(w)) return word;
  if (/[^aeiou]ies$/.test(w) && w.length > 4) return word.slice(0, -3) + "y";
  if (/(?:ch|sh|x|z|ss|o)es$/.test(w)) return word.slice(0, -2);
  return word.slice(0, -1);
}

/** A category named as its exports: "soybeans" -> "soybean exports". */
export function exportsName(name: string): string {
  return `${name.replace(/(\S+)$/u, (last) => singularNoun(last))} exports`;
}
