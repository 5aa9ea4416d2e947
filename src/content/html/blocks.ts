// One iterative pass over the DOM that cuts the page into text blocks (what a reader sees
// as one paragraph, heading, list item, caption...) and records the element tree as flat
// arrays. No recursion anywhere: 10,000 nested elements cost a loop, not a stack.
import type { AnyNode, Element } from "domhandler";
import { BLOCK_TAGS, FURNITURE_TAGS, SKIP_TAGS, T } from "./constants.js";
import { countWords } from "./word-count.js";
import { AMBIGUOUS_TAGS, AMBIGUOUS_TOKENS, FURNITURE_ROLES, MODIFIER_TOKENS, NEVER_FURNITURE_TAGS, NEGATIVE_SUBSTRINGS, NEGATIVE_TOKENS, POSITIVE_TOKENS, STRONG_NEGATIVE_TOKENS } from "./class-vocabulary.js";

export interface Block {
  text: string;
  words: number;
  linkWords: number;
  /** Tag of the innermost block element holding the text (p, h2, li, td, div...). */
  tag: string;
  /** Index of that element in Tree.tags. */
  owner: number;
  /** Nearest furniture element above the block (index), or -1. */
  furniture: number;
  /** Inside a <li>, <blockquote>, heading or <figcaption>: kept as its own paragraph kind. */
  kind: "p" | "h" | "li" | "quote" | "caption" | "pre";
}

export interface Tree {
  tags: string[]; // element tag per pre-order index
  parent: Int32Array; // parent element index (-1 for roots)
  end: Int32Array; // one past the last descendant's index
  furnitureSelf: Uint8Array; // 1: furniture by its tag (nav, aside, footer), AMBIGUOUS/SURE: by its class/id, 0: not
  blocks: Block[];
  maxDepth: number;
  scripts: number; // script elements seen (for "script-only" rejections)
  passwordInputs: number;
  elements: number;
}

const SPLIT_TOKENS = /[\s_-]+/;

/**
 * How sure a class/id is of furniture: 0 not, AMBIGUOUS ("meta": rescued when it wraps most
 * of the prose), LIKELY ("sidebar": rescued when it wraps nearly all of it), SURE.
 */
export const AMBIGUOUS = 2;
export const LIKELY = 3;
export const SURE = 4;

/**
 * The answers of nameFurniture already given: a page repeats its class names many times, and
 * the answer depends on the name alone. Emptied when it grows large (a page of unique names).
 */
const byName = new Map<string, number>();
const BY_NAME_MAX = 50_000;

/** Does this class/id mark furniture? Whole-token match first, then known composite names. */
export function furnitureByName(el: Element): number {
  const a = el.attribs;
  const s = `${a.class ?? ""} ${a.id ?? ""}`.toLowerCase();
  if (s.length < 2) return 0;
  let v = byName.get(s);
  if (v === undefined) {
    if (byName.size >= BY_NAME_MAX) byName.clear();
    byName.set(s, (v = nameFurniture(s)));
  }
  return v;
}

/** furnitureByName of a lower-cased "class id". */
function nameFurniture(s: string): number {
  let neg = false;
  let ambiguous = false;
  let pos = false;
  let joined = "";
  let strong = false;
  let positiveName = false;
  for (const name of s.split(/\s+/)) {
    let allPositive = name.length > 0;
    for (const t of name.split(SPLIT_TOKENS)) {
      if (!t) continue;
      // "has-sharing", "with-sidebar", "no-comments": the rest of the name is a modifier
      // of this element (it has a share bar), not what the element is.
      if (MODIFIER_TOKENS.has(t)) { allPositive = false; break; }
      joined += t;
      if (STRONG_NEGATIVE_TOKENS.has(t)) strong = true;
      else if (NEGATIVE_TOKENS.has(t)) neg = true;
      else if (AMBIGUOUS_TOKENS.has(t)) ambiguous = true;
      else if (POSITIVE_TOKENS.has(t)) { pos = true; continue; }
      allPositive = false;
    }
    if (allPositive) positiveName = true;
    joined += " ";
  }
  // A name that is all article ("hentry", "post", "entry-content") beside one that is not
  // ("author-matt", "category-news": WordPress adds the post's author and categories)
  // makes the element a likely article wrapper, rescued when it holds most of the prose.
  if (strong) return positiveName ? LIKELY : SURE;
  if (!neg) {
    for (const sub of NEGATIVE_SUBSTRINGS) if (joined.includes(sub)) { neg = true; break; }
  }
  // "comment" beats any positive token: "comment-content", "article-comments" are comments.
  if (neg && joined.includes("comment")) return SURE;
  if (pos) return 0;
  return neg ? LIKELY : ambiguous ? AMBIGUOUS : 0;
}

/** Furniture kind of an element by its tag, its ARIA role, then its class/id. */
function furnitureOf(el: Element, name: string): number {
  if (FURNITURE_TAGS.has(name)) return 1;
  if (NEVER_FURNITURE_TAGS.has(name)) return 0;
  const role = el.attribs.role;
  if (role && FURNITURE_ROLES.has(role.toLowerCase())) return SURE;
  return Math.max(furnitureByName(el), AMBIGUOUS_TAGS.has(name) ? AMBIGUOUS : 0);
}

export const looksLikeFurniture = (el: Element): boolean => furnitureByName(el) > 0;

/** Characters of text under `el`, counted up to `limit` + 1 (iteratively; stops early). */
function textLength(el: Element, limit: number): number {
  let n = 0;
  const stack: AnyNode[] = [...el.children];
  while (stack.length && n <= limit) {
    const c = stack.pop()!;
    if (c.type === "text") n += (c as unknown as { data: string }).data.trim().length;
    else if (c.type === "tag") stack.push(...(c as Element).children);
  }
  return n;
}

function isHidden(el: Element): boolean {
  const a = el.attribs;
  if (a.hidden !== undefined) return true;
  if (a["aria-hidden"] === "true" && el.name !== "span" && el.name !== "i") return true;
  const st = a.style;
  return st !== undefined && /(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(st);
}

const KIND: Record<string, Block["kind"]> = {
  h1: "h", h2: "h", h3: "h", h4: "h", h5: "h", h6: "h", li: "li", dt: "li", dd: "li",
  blockquote: "quote", figcaption: "caption", caption: "caption", pre: "pre",
};

const WS = /\s+/g;

/**
 * Walk the tree under `roots` once. `furnitureRules` off is used for already-cleaned
 * fragments (Readability output) where class names no longer mean anything.
 */
export function buildTree(roots: AnyNode[], furnitureRules = true): Tree {
  const tags: string[] = [];
  const parentArr: number[] = [];
  const endArr: number[] = [];
  const furnSelf: number[] = [];
  const blocks: Block[] = [];
  let maxDepth = 0;
  let scripts = 0;
  let passwordInputs = 0;

  // Open element stack (indices) and the block-level subset of it.
  const open: number[] = [];
  const blockOpen: number[] = [];
  const furnOpen: number[] = []; // furniture element indices currently open
  const kindOpen: Array<Block["kind"]> = [];
  let linkDepth = 0;
  let buf = "";
  let linkBuf = "";

  const flush = () => {
    if (buf.length === 0) return;
    const text = buf.replace(WS, " ").trim();
    if (text.length > 0) {
      const owner = blockOpen.length ? blockOpen[blockOpen.length - 1] : -1;
      const words = countWords(text);
      const linkWords = linkBuf ? Math.min(words, countWords(linkBuf)) : 0;
      blocks.push({
        text, words, linkWords, owner,
        tag: owner >= 0 ? tags[owner] : "#root",
        furniture: furnOpen.length ? furnOpen[furnOpen.length - 1] : -1,
        kind: kindOpen.length ? kindOpen[kindOpen.length - 1] : "p",
      });
    }
    buf = "";
    linkBuf = "";
  };

  // Stack entries: a node to enter, or a marker (number) to leave element index n.
  type Entry = { node: AnyNode } | { leave: number; el: Element; block: boolean; furn: boolean; kind: boolean; link: boolean };
  const stack: Entry[] = [];
  for (let i = roots.length - 1; i >= 0; i--) stack.push({ node: roots[i] });

  while (stack.length) {
    const e = stack.pop()!;
    if ("leave" in e) {
      if (e.block) { flush(); blockOpen.pop(); }
      if (e.furn) furnOpen.pop();
      if (e.kind) kindOpen.pop();
      if (e.link) { linkDepth--; linkBuf += " "; } // adjacent links are separate words
      open.pop();
      endArr[e.leave] = tags.length;
      continue;
    }
    const node = e.node;
    if (node.type === "text") {
      const d = (node as unknown as { data: string }).data;
      buf += d;
      if (linkDepth > 0) linkBuf += d;
      continue;
    }
    if (node.type === "script" || node.type === "style") {
      if ((node as Element).name === "script") scripts++;
      continue;
    }
    if (node.type !== "tag" && node.type !== "root") continue;
    if (node.type === "root") {
      const kids = (node as unknown as { children: AnyNode[] }).children;
      for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i] });
      continue;
    }
    const el = node as Element;
    const name = el.name.toLowerCase();
    if (name === "input" && (el.attribs.type ?? "").toLowerCase() === "password") passwordInputs++;
    if (SKIP_TAGS.has(name)) {
      if (name === "script") scripts++;
      if (name === "br" || BLOCK_TAGS.has(name)) flush();
      continue;
    }
    if (isHidden(el)) continue;
    if (name === "br" || name === "hr") { flush(); continue; }

    let furnKind = furnitureRules ? furnitureOf(el, name) : 0;
    if (furnKind > 1 && !BLOCK_TAGS.has(name)) {
      // An inline credit or byline (<span class="credit">) is cut out of its paragraph; a long
      // one is an unclosed tag that swallowed the article, so its name means nothing.
      if (textLength(el, T.inlineFurnitureMaxChars) <= T.inlineFurnitureMaxChars) continue;
      furnKind = 0;
    }
    const idx = tags.length;
    tags.push(name);
    parentArr.push(open.length ? open[open.length - 1] : -1);
    endArr.push(idx + 1);
    const furn = furnKind > 0;
    furnSelf.push(furnKind);
    open.push(idx);
    if (open.length > maxDepth) maxDepth = open.length;

    const block = BLOCK_TAGS.has(name);
    if (block) { flush(); blockOpen.push(idx); }
    if (furn) furnOpen.push(idx);
    const k = KIND[name];
    if (k) kindOpen.push(k);
    const link = name === "a";
    if (link) { linkDepth++; linkBuf += " "; }
    stack.push({ leave: idx, el, block, furn, kind: k !== undefined, link });
    const kids = el.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i] });
  }
  flush();

  const tree: Tree = {
    tags,
    parent: Int32Array.from(parentArr),
    end: Int32Array.from(endArr),
    furnitureSelf: Uint8Array.from(furnSelf),
    blocks,
    maxDepth,
    scripts,
    passwordInputs,
    elements: tags.length,
  };
  rescueWrappers(tree);
  return tree;
}

/** Is the element `i` or one of its ancestors furniture for sure (a tag, a role, a clear name)? */
export function inFirmFurniture(tree: Tree, i: number): boolean {
  for (let e = i; e >= 0; e = tree.parent[e]) {
    const f = tree.furnitureSelf[e];
    if (f && f !== AMBIGUOUS) return true;
  }
  return false;
}

/** Prose words of a block: what a reader would call article text (for the wrapper rescue). */
const proseWords = (b: Block) => (b.words >= T.goodMinWords && b.linkWords <= T.goodMaxLinkDensity * b.words ? b.words : 0);

/**
 * A class name is a guess: an element named "post-meta" or "author-content" that holds most
 * of the page's prose is the article's wrapper, not furniture. Such elements are unmarked
 * and every block's nearest furniture ancestor is found again.
 */
function rescueWrappers(tree: Tree): void {
  const n = tree.tags.length;
  const prose = new Float64Array(n);
  let total = 0;
  for (const b of tree.blocks) if (b.owner >= 0) { const w = proseWords(b); prose[b.owner] += w; total += w; }
  for (let i = n - 1; i > 0; i--) if (tree.parent[i] >= 0) prose[tree.parent[i]] += prose[i];
  let changed = false;
  for (let i = 0; i < n; i++) {
    const kind = tree.furnitureSelf[i];
    // An <aside> that holds nearly all of the prose is a page built inside one, not a sidebar.
    const likely = kind === LIKELY || (kind === 1 && tree.tags[i] === "aside");
    const share = kind === AMBIGUOUS ? T.rescueAmbiguousShare : likely ? T.rescueLikelyShare : 2;
    if (total > 0 && prose[i] >= share * total) { tree.furnitureSelf[i] = 0; changed = true; }
  }
  if (!changed) return;
  // Parents come before children in pre-order: one forward pass finds each nearest furniture.
  const nearest = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const p = tree.parent[i];
    nearest[i] = tree.furnitureSelf[i] ? i : p >= 0 ? nearest[p] : -1;
  }
  for (const b of tree.blocks) b.furniture = b.owner >= 0 ? nearest[b.owner] : -1;
}
