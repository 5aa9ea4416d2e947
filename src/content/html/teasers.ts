// Lists of teasers: other stories shown as a linked headline and a short unlinked summary,
// over and over ("B.C. Headlines", cards of related stories). The summaries read like prose,
// so block scoring alone keeps them; their rhythm (link, summary, link, summary...) gives
// them away.
import type { Block } from "./blocks.js";
import { T } from "./constants.js";

/** A linked headline: every word a link. */
const isLinkedHeadline = (b: Block) => b.words >= T.teaserHeadlineMinWords && b.linkWords === b.words;
/** A teaser's summary: short, (nearly) unlinked. */
const isSummary = (b: Block) => b.words > 0 && b.words <= T.teaserSummaryMaxWords && b.linkWords <= 0.2 * b.words;

/** The summaries of teaser runs among `blocks` (in page order): T.teaserMinRun pairs in a row or more. */
export function teaserSummaries(blocks: Block[]): Set<Block> {
  const out = new Set<Block>();
  let i = 0;
  while (i + 1 < blocks.length) {
    let j = i;
    const run: Block[] = [];
    while (j + 1 < blocks.length && isLinkedHeadline(blocks[j]) && isSummary(blocks[j + 1])) { run.push(blocks[j + 1]); j += 2; }
    if (run.length >= T.teaserMinRun) for (const b of run) out.add(b);
    i = run.length ? j : i + 1;
  }
  return out;
}
