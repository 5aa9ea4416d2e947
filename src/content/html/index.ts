// HTML bytes -> article: metadata plus main text as paragraphs. Never throws on bad input;
// returns a Rejection instead (see guards.ts and the wall checks below).
import { cheerioLoad as load } from "./libraries.js";
import { reject, type Rejection } from "../../types.js";
import { buildTree, type Block } from "./blocks.js";
import { capNesting } from "./flatten.js";
import { DEFAULT_MAX_BYTES, READABILITY_MAX_CHARS, T, WALL_MAX_WORDS, WALL_PATTERNS } from "./constants.js";
import { parseTextDate } from "./dates.js";
import { decodeHtml } from "./decode.js";
import { baselineBlocks, readabilityBlocks } from "./fallback.js";
import { checkBytes } from "../guards.js";
import { repairTitle } from "./repair.js";
import { isTailMarker, mainText } from "./main-text.js";
import { commentStart } from "./comments.js";
import { trimEdgeNotes } from "./edge-notes.js";
import { collectIndex } from "./collect.js";
import { extractMetadata } from "./metadata.js";
import { mergeWithDeclaredBody } from "./structured-body.js";
import { countWords } from "./word-count.js";
import { takePageNotes } from "./page-notes.js";

export { decodeHtml } from "./decode.js";

export interface HtmlExtraction {
  title: string | null;
  published: string | null; // partial ISO date, as precise as known
  publishedSource: string | null; // "json-ld" | "meta" | "time" | "url" | "dateline"
  modified: string | null;
  authors: string[];
  siteName: string | null;
  url: string | null; // canonical URL when known, else the given url
  langHints: string[]; // ISO 639-1 codes declared by the page
  paragraphs: string[]; // main text blocks in order, headline not included
  method: string; // "declared" | "main" | "readability" | "baseline": the step that produced the text
}

export interface HtmlOptions {
  url?: string | null;
  contentType?: string | null;
  maxBytes?: number; // default 20 MB
}

/** Readability's DOM is recursive; beyond this depth it is not tried. */
const FALLBACK_MAX_DEPTH = 400;

const wordsOf = (bs: Block[]) => bs.reduce((s, b) => s + b.words, 0);
const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

export function extractHtml(bytes: Uint8Array, opts: HtmlOptions = {}): HtmlExtraction | Rejection {
  const bad = checkBytes(bytes, opts.maxBytes ?? DEFAULT_MAX_BYTES);
  if (bad) return bad;
  return extractCheckedHtml(bytes, opts);
}

/** extractHtml of bytes that already passed checkBytes with the same limit (buildArticle checks every input first). */
export function extractCheckedHtml(bytes: Uint8Array, opts: HtmlOptions = {}): HtmlExtraction | Rejection {
  try {
    return extract(bytes, opts);
  } catch (e) {
    // A bug or a pathological page must not stop a run: record it as a rejection.
    return reject("content", "extract_failed", `HTML extraction failed: ${(e as Error).message}`);
  }
}

function extract(bytes: Uint8Array, opts: HtmlOptions): HtmlExtraction | Rejection {
  const html = capNesting(repairTitle(decodeHtml(bytes, opts.contentType).text));
  if (!/<[a-z!?/]/i.test(html.slice(0, 65536))) {
    // Not markup at all: plain text served as HTML still has a body worth keeping.
    const paras = html.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, " ").trim()).filter(Boolean);
    if (!paras.length) return reject("content", "no_text", "the page has no readable text");
  }
  const $ = load(html, { xml: { xmlMode: false, decodeEntities: true } });
  const index = collectIndex($.root().toArray());
  const meta = extractMetadata(index, opts.url ?? null);
  const tree = buildTree(index.body ? [index.body] : $.root().toArray());

  // The fallback chain: each step runs only when the one before under-delivered.
  let method = "main";
  let blocks = mainText(tree).blocks;
  const declared = mergeWithDeclaredBody(tree, blocks, meta.declaredBody);
  if (declared) { blocks = declared; method = "declared"; }
  if (wordsOf(blocks) < T.minArticleWords && tree.maxDepth <= FALLBACK_MAX_DEPTH && html.length <= READABILITY_MAX_CHARS) {
    const all = readabilityBlocks(html);
    const rb = all.slice(0, commentStart(all, isTailMarker));
    if (wordsOf(rb) > wordsOf(blocks)) {
      blocks = rb;
      method = "readability";
    }
  }
  if (wordsOf(blocks) === 0) {
    blocks = baselineBlocks(tree);
    method = "baseline";
  }

  // Bylines and date notes are metadata, and so is the headline: neither is body text.
  const notes = takePageNotes(trimEdgeNotes(blocks));
  const titleKey = meta.title ? norm(meta.title) : "";
  let paragraphs = notes.blocks.map((b) => b.text);
  if (titleKey) paragraphs = paragraphs.filter((p, i) => !(i < 5 && norm(p) === titleKey));

  if (!paragraphs.length) {
    // Nothing article-like: say why when the page is a wall, else that it has no text.
    const wallOnly = tree.blocks.length ? detectWall(tree.blocks.map((b) => b.text), tree.passwordInputs) : null;
    if (wallOnly) return wallOnly;
    if (tree.scripts > 0 && tree.blocks.length === 0) {
      return reject("content", "script_only", "the page has scripts but no text: it is rendered by JavaScript; fetch a rendered copy");
    }
    return reject("content", "no_text", "no readable text found in the page");
  }
  const wall = detectWall(paragraphs, tree.passwordInputs);
  if (wall) return wall;

  let { published, publishedSource } = meta;
  if (!published && notes.published) { published = notes.published; publishedSource = "dateline"; }
  if (!published) {
    // A visible dateline near the top of the text, as a last resort.
    for (const b of tree.blocks.slice(0, 400)) {
      if (b.words > T.datelineMaxWords) continue;
      const d = parseTextDate(b.text);
      if (d) { published = d; publishedSource = "dateline"; break; }
    }
  }
  const { declaredBody: _declared, ...shown } = meta;
  const authors = meta.authors.length ? meta.authors : notes.authors;
  return { ...shown, authors, published, publishedSource, modified: meta.modified ?? notes.modified, paragraphs, method };
}

/** A page that is only a cookie wall or a login form has no article to give. */
function detectWall(paragraphs: string[], passwordInputs: number): Rejection | null {
  let total = 0;
  for (const p of paragraphs) if ((total += countWords(p)) >= WALL_MAX_WORDS) return null;
  const hits = { cookie: 0, login: 0 };
  for (const p of paragraphs) {
    const w = countWords(p);
    if (WALL_PATTERNS.cookie.test(p)) hits.cookie += w;
    if (WALL_PATTERNS.login.test(p)) hits.login += w;
  }
  if (hits.cookie * 2 >= total) {
    return reject("content", "cookie_wall", "the page is only a cookie/consent notice; fetch it with consent given or from another source");
  }
  // A login form has a password box; words alone ("voters must register") are not enough.
  if (passwordInputs > 0 && (hits.login * 2 >= total || total < 40)) {
    return reject("content", "login_wall", "the page is only a login form; the article is behind a login");
  }
  return null;
}
