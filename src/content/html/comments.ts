// Readers' comments that no class name marks: the same signature line ("Posted by: Ann at
// 6:31 AM") repeated under or over each comment. Two or more signatures with one label
// after the article's first paragraph start the comments; the heading that announces them
// ("Comments", "12 Kommentare"), when there is one before them, starts them earlier.
import type { Block } from "./blocks.js";
import { T } from "./constants.js";
import { COMMENT_SIGNATURE } from "../words/index.js";

/** Index in `blocks` where the comments start, or blocks.length when none are found. */
export function commentStart(blocks: Block[], isMarker: (b: Block) => boolean = () => false): number {
  const firstByLabel = new Map<string, number>();
  let start = blocks.length;
  let prose = -1; // the article's first paragraph
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (prose < 0) { if (b.words >= T.goodMinWords && b.linkWords < b.words / 2) prose = i; continue; }
    if (b.words > T.commentSignatureMaxWords) continue;
    const m = COMMENT_SIGNATURE.exec(b.text);
    if (!m) continue;
    const label = m[1].toLowerCase();
    const first = firstByLabel.get(label);
    if (first === undefined) firstByLabel.set(label, i);
    else { start = Math.min(start, first); }
  }
  if (start === blocks.length) return start;
  // The last marker heading before the first signature, past the first paragraph.
  for (let i = start - 1; i > prose; i--) if (isMarker(blocks[i])) return i;
  return start;
}
