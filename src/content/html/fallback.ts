// Steps 2 and 3 of the fallback chain: Mozilla Readability on linkedom when the main
// heuristics under-deliver, and a baseline of every readable block when both do.
import { cheerioLoad as load, parseHTML, readabilityClass } from "./libraries.js";
import { buildTree, type Block, type Tree } from "./blocks.js";
import { keepBlock } from "./main-text.js";
import { T } from "./constants.js";

/** Readability's article HTML cut into blocks with our block rules (no class-name rules: it is clean). */
export function readabilityBlocks(html: string): Block[] {
  try {
    const { document } = parseHTML(html);
    const Readability = readabilityClass();
    const art = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
    if (!art?.content) return [];
    const $ = load(art.content, { xml: { xmlMode: false, decodeEntities: true } });
    const tree = buildTree($.root().toArray(), false);
    return tree.blocks.filter((b) => keepBlock(b, -1));
  } catch {
    return []; // a fallback that fails just does not deliver; the chain goes on
  }
}

/** Every block outside furniture that is not link-dense: better than nothing, worse than the rest. */
export function baselineBlocks(tree: Tree): Block[] {
  return tree.blocks.filter((b) => b.furniture < 0 && b.words > 0 && b.linkWords / b.words <= T.pruneLinkDensity && keepBlock(b, -1));
}
