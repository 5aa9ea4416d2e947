// Structured data first, where it is sound: the JSON-LD `articleBody` a publisher declares is
// used to pick the visible blocks of the article, but only when the page's visible blocks
// agree with it (most of the declared body is on the page). It is never printed blindly:
// declared bodies are sometimes truncated teasers, stale copies or a different article.
import type { Block, Tree } from "./blocks.js";
import { T } from "./constants.js";
import { isBoilerplateText } from "./main-text.js";

/** Letters and digits only, lower case: the form in which a block is looked up in the body. */
export const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/** The declared body as text: JSON-LD bodies sometimes carry markup and entities. */
export function declaredBodyText(body: unknown): string | null {
  if (typeof body !== "string") return null;
  const text = body.replace(/<[^>]{0,2000}>/g, " ").replace(/&nbsp;/g, " ").replace(/&[a-z]+;|&#\d+;/gi, " ");
  return text.trim() ? text : null;
}

/** Is this block, as printed on the page, part of the declared body? Long blocks may differ inside (a link, a note). */
function inBody(b: Block, body: string): boolean {
  const k = squash(b.text);
  if (k.length < T.declaredMinBlockChars) return false;
  if (body.includes(k)) return true;
  const edge = T.declaredEdgeChars;
  return k.length >= 4 * edge && body.includes(k.slice(0, edge)) && body.includes(k.slice(-edge));
}

/**
 * The article's blocks when the page agrees with its declared body (the visible blocks found
 * in it cover most of it), else null and the block scoring alone decides. Agreeing, the text
 * is the declared blocks plus the scored blocks that are long prose before or among them
 * (declared bodies often leave out the lead); everything short that the publisher did not
 * declare, and everything after the declared body ends, is left out.
 */
export function mergeWithDeclaredBody(tree: Tree, scored: Block[], declared: string | null): Block[] | null {
  if (!declared) return null;
  const body = squash(declared);
  // Every block is looked up in the body: both are bounded so that the work stays linear.
  if (body.length < T.declaredMinChars || body.length > T.declaredMaxChars || tree.blocks.length > T.declaredMaxBlocks) return null;
  const found = new Set<Block>();
  let covered = 0;
  for (const b of tree.blocks) {
    if (!inBody(b, body) || isBoilerplateText(b.text, b.words) || b.kind === "caption") continue;
    found.add(b);
    covered += squash(b.text).length;
  }
  // Repeated blocks (a pull quote that repeats a sentence) may count twice; the bar is well below 1.
  if (covered < T.declaredMinCoverage * body.length) return null;
  const scoredSet = new Set(scored);
  let last = -1;
  tree.blocks.forEach((b, i) => { if (found.has(b)) last = i; });
  return tree.blocks.filter((b, i) => found.has(b) || (i < last && scoredSet.has(b) && b.words >= T.declaredOtherMinWords));
}
