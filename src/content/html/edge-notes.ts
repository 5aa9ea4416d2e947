// The first and last lines of a page's text are often the publisher's, not the author's:
// an affiliate disclosure above the story ("This post contains affiliate links"), calls
// below it ("Sign up for our newsletter", "Unterstützen Sie diese Form des Journalismus",
// "Pour citer cet article"). Short blocks at those edges that carry such words (per
// language in ../words/) are cut; the same words in the middle of a story stay.
import type { Block } from "./blocks.js";
import { T } from "./constants.js";
import { CLOSING_CALL, mentionsDisclosure } from "../words/index.js";

/** The blocks without publisher's notes at the head and the tail of the text. */
export function trimEdgeNotes(blocks: Block[]): Block[] {
  const n = blocks.length;
  const edge = (i: number) => i < T.edgeNoteBlocks || i >= n - T.edgeNoteBlocks;
  const kept = blocks.filter((b, i) => !(edge(i) && b.words <= T.edgeNoteMaxWords && mentionsDisclosure(b.text)));
  return trimClosingCalls(kept);
}

/** Calls at the very end, with the short scraps between them; the first real paragraph stops the walk. */
function trimClosingCalls(blocks: Block[]): Block[] {
  const end = blocks.length;
  let cut = end;
  for (let i = end - 1; i >= 0 && end - i <= T.edgeNoteBlocks; i--) {
    const b = blocks[i];
    if (b.words > T.edgeNoteMaxWords) break;
    if (CLOSING_CALL.test(b.text)) cut = i;
    else if (b.words >= T.tailScrapMaxWords * 2) break;
  }
  return cut === end ? blocks : blocks.slice(0, cut);
}
