// Caps the nesting depth of markup before it is parsed. htmlparser2 keeps its open elements
// in an array it shifts and searches, so a million nested <b> cost it time quadratic in the
// depth (minutes). One linear scan over the tags keeps a model of the open elements; tags
// that would open an element deeper than MAX_NESTING are dropped with their matching end tags
// (the text stays, one level up). Pages within the cap are returned unchanged, not copied.
import { MAX_NESTING } from "./constants.js";

/** Elements without content: they never open a level. */
const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen", "frame", "basefont", "isindex"]);
/** Elements whose content is raw text up to their end tag: skipped whole. */
const RAW = new Set(["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"]);
/** An element of these groups implicitly closes an open one of the same group (<li>a<li>b, <td>a<td>b). */
const SIBLING_GROUP: Record<string, string> = { p: "p", li: "li", dt: "d", dd: "d", td: "cell", th: "cell", tr: "tr", option: "option", thead: "tsec", tbody: "tsec", tfoot: "tsec" };
/** How far down the open elements an implicit close or an end tag is looked for. */
const SEARCH = 16;

// Attributes are read up to the next "<" or ">", never further: a "<" without its ">" costs
// one step, not a scan to the end of the page (which would make the pass quadratic).
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)[^<>]*>|<!--/g;

const rawEnds = new Map<string, RegExp>();
/** The end tag of a raw-text element, as a global regex searched from a position. */
function rawEnd(name: string): RegExp {
  let re = rawEnds.get(name);
  if (!re) { re = new RegExp(`</${name}\\s*>`, "gi"); rawEnds.set(name, re); }
  return re;
}

/** Pops down to (and including) the nearest open element named `name` among the last SEARCH, if any. */
function closeNearest(stack: string[], matches: (n: string) => boolean): boolean {
  for (let k = stack.length - 1; k >= 0 && k >= stack.length - SEARCH; k--) {
    if (matches(stack[k])) { stack.length = k; return true; }
  }
  return false;
}

export function capNesting(html: string, maxDepth = MAX_NESTING): string {
  const stack: string[] = [];
  const dropped = new Map<string, number>(); // start tags dropped, per name, awaiting their end tags
  const cuts: Array<[number, number]> = [];
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const name = m[2]?.toLowerCase();
    if (!name) {
      // A comment: skip to its end; an unclosed one runs to the end of the page.
      const end = html.indexOf("-->", TAG.lastIndex);
      if (end < 0) break;
      TAG.lastIndex = end + 3;
      continue;
    }
    if (m[1]) {
      const d = dropped.get(name) ?? 0;
      if (d > 0) { dropped.set(name, d - 1); cuts.push([m.index, TAG.lastIndex]); continue; }
      closeNearest(stack, (n) => n === name);
      continue;
    }
    if (RAW.has(name)) {
      // Jump past the raw text: a "<b>" inside a script is not markup.
      const close = rawEnd(name);
      close.lastIndex = TAG.lastIndex;
      const end = close.exec(html);
      if (end) TAG.lastIndex = end.index;
      continue;
    }
    if (VOID.has(name) || m[0].endsWith("/>")) continue;
    const group = SIBLING_GROUP[name];
    if (group) closeNearest(stack, (n) => SIBLING_GROUP[n] === group);
    if (stack.length >= maxDepth) {
      dropped.set(name, (dropped.get(name) ?? 0) + 1);
      cuts.push([m.index, TAG.lastIndex]);
      continue;
    }
    stack.push(name);
  }
  return cuts.length ? cut(html, cuts) : html;
}

/** The text without the given ranges (in order, not overlapping). */
function cut(html: string, ranges: Array<[number, number]>): string {
  const parts: string[] = [];
  let at = 0;
  for (const [a, b] of ranges) { parts.push(html.slice(at, a)); at = b; }
  parts.push(html.slice(at));
  return parts.join("");
}
