// The lead of an article often sits outside the element that wraps the body: a standfirst
// under the headline (<div class="article-teaser">), before <div class="article-body">.
// Prose right before the chosen container, past at most a few short lines (headline,
// byline, date), is taken back into the text.
import { inFirmFurniture, type Block, type Tree } from "./blocks.js";
import { T } from "./constants.js";
import { readsAsSentences } from "./main-text.js";

/** Is element `a` an ancestor of (or equal to) element `d`? */
const contains = (tree: Tree, a: number, d: number) => d >= a && d < tree.end[a];

/** Lead blocks right before the container `c`, in page order (empty when there is none). */
export function leadBefore(tree: Tree, c: number): Block[] {
  const blocks = tree.blocks;
  let first = blocks.findIndex((b) => b.owner >= c && b.owner < tree.end[c]);
  if (first < 0) first = blocks.length;
  // The lead shares a near ancestor with the body: a few levels up at most.
  let scope = c;
  for (let k = 0; k < T.leadScopeLevels && tree.parent[scope] >= 0; k++) scope = tree.parent[scope];
  const lead: Block[] = [];
  let skipped = 0;
  for (let i = first - 1; i >= 0; i--) {
    const b = blocks[i];
    if (b.owner < 0 || !contains(tree, scope, b.owner)) break;
    if (b.kind === "caption") continue; // the picture between the lead and the body
    const prose = b.words >= T.goodMinWords && b.linkWords <= T.leadMaxLinkDensity * b.words && readsAsSentences(b.text);
    if (prose && !inFirmFurniture(tree, b.owner)) { lead.push(b); continue; }
    // Headline, byline, date between the lead and the body: passed over, never kept.
    if (b.words < T.leadSkipMaxWords && b.linkWords === 0 && ++skipped <= T.leadSkipMaxBlocks) continue;
    break;
  }
  return lead.reverse();
}
