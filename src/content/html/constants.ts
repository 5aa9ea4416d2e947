// The heuristics of the HTML extractor as named data, so they can be read, tuned and
// tested without reading the algorithm. Every rule here is general: none is keyed on a site.
import {
  AGENCY_SIGNOFF, CREDIT_LINE, END_MARKER, END_MARKER_START, FURNITURE_LINE, FURNITURE_PREFIX, READ_ALSO,
} from "../words/index.js";

/** Upper bound on input size; bigger pages are rejected, not parsed (configurable per call). */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** How many leading bytes are scanned for <meta charset> (the HTML standard says 1024; pages are sloppier). */
export const CHARSET_PRESCAN_BYTES = 4096;

/** Magic numbers of binary formats that are sometimes served as text/html. */
export const BINARY_MAGIC: Array<{ name: string; bytes: number[] }> = [
  { name: "PDF", bytes: [0x25, 0x50, 0x44, 0x46] }, // %PDF
  { name: "PNG", bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: "JPEG", bytes: [0xff, 0xd8, 0xff] },
  { name: "GIF", bytes: [0x47, 0x49, 0x46, 0x38] }, // GIF8
  { name: "gzip", bytes: [0x1f, 0x8b] },
  { name: "zip", bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: "RIFF (WebP/AVI/WAV)", bytes: [0x52, 0x49, 0x46, 0x46] },
  { name: "bzip2", bytes: [0x42, 0x5a, 0x68] },
  { name: "7z", bytes: [0x37, 0x7a, 0xbc, 0xaf] },
  { name: "ELF", bytes: [0x7f, 0x45, 0x4c, 0x46] },
];

/** Share of control bytes (other than tab/CR/LF/FF) in the first KB above which input is binary. */
export const BINARY_CONTROL_RATIO = 0.1;

/**
 * Deepest element nesting that is parsed; deeper start tags are dropped before parsing (their
 * text stays). Real pages stay far below it; hostile ones (a million nested <b>) would cost
 * the parser time quadratic in the depth.
 */
export const MAX_NESTING = 512;

/** Pages above this size skip the Readability fallback: its DOM and its walks grow faster than the page. */
export const READABILITY_MAX_CHARS = 3_000_000;

/** Elements never holding article text: not descended into. */
export const SKIP_TAGS = new Set([
  "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
  "select", "option", "button", "input", "textarea", "map", "audio", "video", "title",
  "link", "meta", "base", "dialog", "menu",
]);

/** Elements that are page furniture by their tag alone. */
export const FURNITURE_TAGS = new Set(["nav", "aside", "footer"]);

/** Tags that start a new text block. Inline tags (a, span, b, em, font...) do not. */
export const BLOCK_TAGS = new Set([
  "address", "article", "blockquote", "body", "br", "center", "dd", "details", "dir", "div", "dl", "dt",
  "fieldset", "figcaption", "figure", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
  "hr", "html", "legend", "li", "main", "ol", "p", "pre", "section", "summary", "table", "tbody", "td",
  "tfoot", "th", "thead", "tr", "ul", "caption", "nav", "aside", "footer",
]);

/** Block tags whose text is kept as its own paragraph kind (headings, list items, quotes). */
export const HEADING_TAGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);

/**
 * Text of a whole short block that is furniture whatever its markup, in every language of
 * src/content/words/: ad labels, share and rating prompts, "read also" inserts, credits.
 */
export const BOILERPLATE_TEXT = [FURNITURE_LINE, FURNITURE_PREFIX, READ_ALSO, CREDIT_LINE, END_MARKER, AGENCY_SIGNOFF];
/** A caption's closing credit ("... Foto: dpa") is looked for in this many last characters only. */
export const CREDIT_TAIL_WINDOW = 90;

/** Headings after which the rest of the container is furniture (related stories, comments). */
export const TAIL_MARKERS = [END_MARKER_START];

/** Block scoring and pruning thresholds. */
export const T = {
  /** A block is "good" text when at least this many words and below this link density. */
  goodMinWords: 10,
  goodMaxLinkDensity: 0.33,
  /** Weight of link-dense words counted against a candidate container. */
  badWeight: 1.0,
  /** Words below which a non-sentence block counts as a little furniture. */
  shortBlockWords: 6,
  /** Climb from the best element to its parent while the parent keeps this share of its score. */
  climbRatio: 1.01, // measured: climbing trades precision for recall one for one on the dev set, so off (>1)
  /** Share of its words a furniture block (comments, share bars) counts against its ancestors. */
  furnitureWeight: 0, // measured: 1 -> 0.917, 0.2 -> 0.920, 0 -> 0.922 mean F1
  /** A tail marker ends the text when the good words after it are below this share of those before. */
  tailRestRatio: 2, // measured: 0.5 -> 0.922, 1 -> 0.924, 2 -> 0.924 mean F1
  /** Inside the container: drop blocks whose link density is above this... */
  pruneLinkDensity: 0.5,
  /** ...and short blocks (fewer words than this) with any link at all. */
  pruneShortLinkedWords: 8,
  /** The main step under-delivers below this many words; the fallback then runs. */
  minArticleWords: 80, // measured on the tune half of trafilatura-eval: 60 -> F1 0.926, 80 -> 0.930; dev unchanged
  /** Neither step may be worse than this share of the best candidate text on the page. */
  minShareOfGoodText: 0.5,
  /** A sibling block outside the container joins when it is at least this long and not link-dense. */
  siblingMinWords: 25,
  /** A marker followed by at most this many linked blocks, then long prose, labels a box inside the story. */
  inlineBoxMaxBlocks: 10,
  /** Paragraphs after which a tail marker heading ends the article. */
  tailMinParagraphs: 1,
  /** An element with an ambiguous furniture name ("meta") holding this share of the page's prose wraps the article... */
  rescueAmbiguousShare: 0.5,
  /** ...and one with a likely furniture name ("sidebar") this share. */
  rescueLikelyShare: 0.75,
  /** An inline element named like furniture (a credit, a byline) is cut when its text is this short. */
  inlineFurnitureMaxChars: 200,
  /** A declared JSON-LD articleBody is only used when it has this many letters and digits... */
  declaredMinChars: 400,
  /** ...and at most this many (longer declared bodies are not cross-checked: lookups would grow with size squared)... */
  declaredMaxChars: 200_000,
  /** ...on a page of at most this many blocks... */
  declaredMaxBlocks: 4000,
  /** ...and the visible blocks found in it cover this share of it. */
  declaredMinCoverage: 0.7,
  /** Blocks shorter than this (letters and digits) are not looked up in a declared body: too easy to find by chance. */
  declaredMinBlockChars: 12,
  /** A long block whose first and last this many letters are in the declared body is in it. */
  declaredEdgeChars: 30,
  /** With a declared body, an undeclared scored block stays when it has this many words (a lead). */
  declaredOtherMinWords: 15,
  /** Bylines and date notes are looked for in this many blocks at the top of the text... */
  notesHeadBlocks: 8,
  /** ...and this many at the bottom... */
  notesTailBlocks: 3,
  /** ...in blocks of at most this many words. */
  noteMaxWords: 25,
  /** An unlabelled dateline is a line of at most this many words ("Tuesday, June 09, 2009 10:38 AM"). */
  bareDatelineMaxWords: 8,
  /** After the last prose paragraph, non-list blocks under this many words are scraps, not text. */
  tailScrapMaxWords: 4, // measured on the tune half: 10 -> F1 0.9297, 5 -> 0.9315, 4 -> 0.9312 (dev 0.9206, 0.9213, 0.9215)
  /** Before the first prose paragraph, non-list blocks under this many words are scraps (kickers, labels). */
  headScrapMaxWords: 3, // measured on the tune half: 0 -> F1 0.9312, 2 -> 0.9315, 3 -> 0.9324, 5 -> 0.9323
  /** A lead before the container shares an ancestor this many levels above the container... */
  leadScopeLevels: 3,
  /** ...has at most this link density... */
  leadMaxLinkDensity: 0.1,
  /** ...and may be separated from the body by this many short lines (headline, byline, date)... */
  leadSkipMaxBlocks: 3,
  /** ...of fewer than this many words each. */
  leadSkipMaxWords: 12,
  /** A teaser list is this many linked headlines in a row, each followed by one summary... */
  teaserMinRun: 3,
  /** ...of at most this many words; a linked headline has at least this many. */
  teaserSummaryMaxWords: 50,
  teaserHeadlineMinWords: 3,
  /** A comment's signature line ("Posted by: Ann at 6:31 AM") has at most this many words. */
  commentSignatureMaxWords: 20,
  /** Publisher's notes (disclosures, calls to subscribe) are looked for in this many first and last blocks of the text... */
  edgeNoteBlocks: 4,
  /** ...of at most this many words. */
  edgeNoteMaxWords: 60,
  /** A cookie or consent notice is recognised in blocks of up to this many words. */
  cookieNoticeMaxWords: 60,
  /** A block closed by a picture credit ("© CAE") is a caption up to this many words. */
  captionMaxWords: 25,
  /** Max words in a block considered for a visible dateline. */
  datelineMaxWords: 20,
} as const;

/** A page that is only one of these (and has little else) is rejected, not extracted. */
export const WALL_PATTERNS = {
  // phrases of consent banners, not the bare word: an article may be about consent or cookies
  cookie: /\b((we|this (site|website)) uses? cookies|(accept|allow|reject) (all|all cookies|cookies)|cookie (settings|preferences|policy)|manage (options|preferences|cookies)|privacy (settings|preferences)|consent (to|preferences))\b/i,
  login: /\b(log ?in|sign ?in|password|username|forgot (your )?password|create (an )?account)\b/i,
} as const;

/** Below this many words of text a page dominated by a wall pattern is rejected as a wall. */
export const WALL_MAX_WORDS = 150;
