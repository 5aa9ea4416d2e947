// Step 1 of the fallback chain: pick the element whose subtree holds the most article-like
// text net of link-heavy and furniture text, then keep its blocks minus pruned furniture.
import type { Block, Tree } from "./blocks.js";
import { BOILERPLATE_TEXT, CREDIT_TAIL_WINDOW, T, TAIL_MARKERS } from "./constants.js";
import { CREDIT_TAIL, mentionsCookieNotice, mentionsRightsReserved, PICTURE_CREDIT_TAIL } from "../words/index.js";
import { NO_SPACE_SCRIPT } from "./word-count.js";
import { leadBefore } from "./lead.js";
import { teaserSummaries } from "./teasers.js";
import { commentStart } from "./comments.js";

const SENTENCE_MARK = /[.,!?;:。、！？،।؟]/;

/** Prose has sentence punctuation; Thai and Lao separate sentences with a space instead. */
export const readsAsSentences = (t: string) => SENTENCE_MARK.test(t) || (NO_SPACE_SCRIPT.test(t) && t.includes(" "));

/** Net contribution of one block to every element above it. */
export function blockScore(b: Block): number {
  // Furniture is pruned from the output anyway; it only mildly pushes the container away,
  // so that comments under the article do not outweigh the article they sit next to.
  if (b.furniture >= 0) return -T.furnitureWeight * b.words;
  // A consent notice reads like prose; it must not draw the container to the page's top.
  if (b.words <= T.cookieNoticeMaxWords && mentionsCookieNotice(b.text)) return 0;
  const ld = b.words ? b.linkWords / b.words : 0;
  let s = -T.badWeight * b.linkWords;
  // Article text is made of sentences: no punctuation at all marks lists of names, dates, menus.
  if (b.words >= T.goodMinWords && ld <= T.goodMaxLinkDensity && readsAsSentences(b.text)) s += b.words - b.linkWords;
  return s;
}

/** Index of the best container element, or -1 when no element has positive score. */
export function bestContainer(tree: Tree): number {
  const n = tree.tags.length;
  const score = new Float64Array(n);
  for (const b of tree.blocks) if (b.owner >= 0) score[b.owner] += blockScore(b);
  // Children have larger pre-order indices than parents: one backward sweep sums subtrees.
  for (let i = n - 1; i > 0; i--) {
    const p = tree.parent[i];
    if (p >= 0) score[p] += score[i];
  }
  let best = -1;
  let bestScore = 0;
  for (let i = 0; i < n; i++) {
    // >= prefers the deeper of equal scores: the tightest wrapper around the same text.
    if (score[i] > 0 && score[i] >= bestScore) { best = i; bestScore = score[i]; }
  }
  // Article text is often split over sibling wrappers (lead, body, a quote box): climb to
  // the parent while it keeps nearly all of the best score, i.e. adds little furniture.
  while (best > 0) {
    const p = tree.parent[best];
    if (p < 0 || score[p] < T.climbRatio * bestScore) break;
    best = p;
  }
  return best;
}

export function isBoilerplateText(text: string, words: number): boolean {
  if (words > 30) return words <= T.cookieNoticeMaxWords && mentionsCookieNotice(text);
  for (const re of BOILERPLATE_TEXT) if (re.test(text)) return true;
  const tail = text.slice(-CREDIT_TAIL_WINDOW);
  if (CREDIT_TAIL.test(tail) || (words <= T.captionMaxWords && PICTURE_CREDIT_TAIL.test(tail))) return true;
  return mentionsRightsReserved(text) || mentionsCookieNotice(text);
}

/** Does the block start the furniture tail (related stories, comments)? */
export function isTailMarker(b: Block): boolean {
  // A heading-like label, not a link: "Read more »" links sit inside articles too.
  if (b.words > 8 || b.linkWords > 0) return false;
  const t = b.text.replace(/[:»›>\s]+$/, "");
  for (const re of TAIL_MARKERS) if (re.test(t)) return true;
  return false;
}

/** Pruning of single blocks inside a chosen container. */
export function keepBlock(b: Block, container: number, captionsAreText = false): boolean {
  if (b.furniture > container) return false; // furniture below the container
  // Captions and credits describe a picture, not the story (unless the page is a gallery).
  if (b.kind === "caption" && !captionsAreText) return false;
  const ld = b.words ? b.linkWords / b.words : 0;
  if (ld > T.pruneLinkDensity) return false;
  if (b.linkWords > 0 && b.words < T.pruneShortLinkedWords) return false;
  if (isBoilerplateText(b.text, b.words)) return false;
  return true;
}

/** Good (article-like) words of a block, for deciding whether a tail marker ends the text. */
const goodWords = (b: Block) => (b.furniture < 0 && b.words >= T.goodMinWords && b.linkWords / b.words <= T.goodMaxLinkDensity ? b.words : 0);

/** A gallery or slideshow tells its story in the captions: they hold more prose than the rest. */
function isGallery(inside: Block[]): boolean {
  let captions = 0;
  let other = 0;
  for (const b of inside) if (b.kind === "caption") captions += goodWords(b); else other += goodWords(b);
  return captions > other;
}

/**
 * Does a list of links right after a marker ("Related stories" and five headlines) give
 * way to long prose again? Then the marker labelled a box inside the story, not its end.
 */
function proseAfterLinks(inside: Block[], from: number): boolean {
  let j = from;
  while (j < inside.length && j - from < T.inlineBoxMaxBlocks && inside[j].linkWords > T.pruneLinkDensity * inside[j].words) j++;
  const b = inside[j];
  return j > from && b !== undefined && b.furniture < 0 && b.words >= T.siblingMinWords && goodWords(b) > 0;
}

/**
 * Blocks inside the element `c`, in order, pruned. A tail marker ("Related", "Comments")
 * ends the text when little article text follows it; otherwise it opens an inline box
 * (a related-links box inside the story) that is skipped up to the next long paragraph.
 */
export function blocksIn(tree: Tree, c: number): Block[] {
  const end = tree.end[c];
  const inside = tree.blocks.filter((b) => b.owner >= c && b.owner < end);
  const teasers = teaserSummaries(inside);
  const comments = commentStart(inside, isTailMarker);
  const after = new Float64Array(inside.length + 1);
  for (let i = inside.length - 1; i >= 0; i--) after[i] = after[i + 1] + (teasers.has(inside[i]) ? 0 : goodWords(inside[i]));
  const captionsAreText = isGallery(inside);
  const out: Block[] = [];
  let before = 0;
  let skipping = false;
  for (let i = 0; i < comments; i++) {
    const b = inside[i];
    if (out.length >= T.tailMinParagraphs && isTailMarker(b)) {
      if (after[i + 1] < T.tailRestRatio * before && !proseAfterLinks(inside, i + 1)) break;
      // A marker heading its own furniture box (an <aside> "Read also") is pruned with the
      // box; the text after the box is the article again, short paragraphs too.
      skipping = b.furniture <= c;
      continue;
    }
    if (skipping) {
      if (b.words < T.siblingMinWords || b.linkWords / b.words > 0.2) continue;
      skipping = false;
    }
    if (!teasers.has(b) && keepBlock(b, c, captionsAreText)) { out.push(b); before += goodWords(b); }
  }
  return trimScraps(out);
}

/**
 * Short scraps after the last paragraph of prose ("Bild anzeigen", a lone heading, a
 * prompt) are the page's, not the article's; list items and quotes there stay (steps,
 * sources).
 */
function trimScraps(out: Block[]): Block[] {
  let end = out.length;
  while (end > 0) {
    const b = out[end - 1];
    if (goodWords(b) > 0 || b.kind === "li" || b.kind === "quote" || b.kind === "pre" || b.words >= T.tailScrapMaxWords) break;
    end--;
  }
  let start = 0;
  while (start < end) {
    const b = out[start];
    if (goodWords(b) > 0 || b.kind === "li" || b.kind === "quote" || b.kind === "pre" || b.words >= T.headScrapMaxWords) break;
    start++;
  }
  return end === out.length && start === 0 ? out : out.slice(start, end);
}

export interface MainResult {
  blocks: Block[];
  container: number;
  words: number;
}

export function mainText(tree: Tree): MainResult {
  const c = bestContainer(tree);
  if (c < 0) return { blocks: [], container: -1, words: 0 };
  const body = blocksIn(tree, c);
  const blocks = body.length ? [...leadBefore(tree, c), ...body] : body;
  return { blocks, container: c, words: blocks.reduce((s, b) => s + b.words, 0) };
}
