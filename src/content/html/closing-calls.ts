// The last lines of a page's text are often the publisher's, not the author's: "Sign up for
// our newsletter", "Unterstützen Sie diese Form des Journalismus", "Pour citer cet article".
// Short blocks at the very end that carry such a call (per-language words in ../words/) are
// cut, with the short scraps between them; the same words in the middle of a story stay.
import type { Block } from "./blocks.js";
import { T } from "./constants.js";
import { CLOSING_CALL } from "../words/index.js";

export function trimClosingCalls(blocks: Block[]): Block[] {
  let end = blocks.length;
  let cut = end;
  // Walk back over the last few blocks: calls and scraps go, the first real paragraph stops.
  for (let i = end - 1; i >= 0 && end - i <= T.closingCallBlocks; i--) {
    const b = blocks[i];
    if (b.words > T.closingCallMaxWords) break;
    if (CLOSING_CALL.test(b.text)) cut = i;
    else if (b.words >= T.tailScrapMaxWords * 2) break;
  }
  return cut === end ? blocks : blocks.slice(0, cut);
}
