// Dictionary lookup of many phrases in a text, in one pass over its word starts: a
// character trie of the normalised phrases. Thousands of names (every country in two
// languages, institutions, demonyms) cost a few steps per word, where one regular
// expression with thousands of alternatives costs hundreds of milliseconds a sentence.
// Forms follow the locale conventions: "*" at the end matches the rest of the word.

import { isUnspaced, wordBoundaries } from "./words.js";

interface Item<T> {
  form: string; // as written, for case-sensitive checks
  value: T;
  caseSensitive: boolean;
}
/** A trie edge: one folded code unit as its number (no string made per character read), or a longer folding ("İ" -> "i̇") as it is. */
type Key = number | string;
/**
 * A trie node. Most nodes of a trie of names lie on a chain (one child) and hold no phrase:
 * the one child is kept in two fields and a Map made only for a second, and the phrase lists
 * only where a phrase ends, so a node costs about a fifth of a Map and two arrays (the tries
 * of the locales held about half of a worker's 220 MB heap).
 */
interface Node<T> {
  key: Key | undefined; // the one child's key while there is one
  child: Node<T> | undefined;
  next: Map<Key, Node<T>> | undefined; // every child, once there are two or more
  items: Item<T>[] | undefined; // phrases ending here
  prefixItems: Item<T>[] | undefined; // phrases "xyz*" ending here
  /**
   * Once the trie is in use: the keys of a chain of nodes with one child and no phrase, one code
   * unit each, that lead from here to `child` (a node per character of every long form cost
   * more than all else a worker holds; a string costs one or two bytes a character).
   */
  tail: string | undefined;
}
const newNode = <T>(): Node<T> => ({ key: undefined, child: undefined, next: undefined, items: undefined, prefixItems: undefined, tail: undefined });
/** The child of a node by a key, if any. */
function childOf<T>(n: Node<T>, k: Key): Node<T> | undefined {
  return n.key === k ? n.child : n.next?.get(k);
}
/** Adds a child under a key that has none yet. */
function addChild<T>(n: Node<T>, k: Key, c: Node<T>): void {
  if (n.child === undefined) {
    n.key = k;
    n.child = c;
    return;
  }
  if (!n.next) n.next = new Map([[n.key!, n.child]]);
  n.next.set(k, c);
}

export interface PhraseHit<T> {
  start: number;
  end: number;
  text: string;
  value: T;
}

const isSpace = (c: string) => c === " " || c === "\n" || c === "\t" || c === "\r" || c === "\u00a0" || (c > "\u007f" && /\s/.test(c));
/** One lower-case character, normalised: typographic apostrophes straightened, any space a space. */
const foldLower = (c: string) => (c === "’" || c === "`" ? "'" : isSpace(c) ? " " : c);
/** One character of text or form, normalised: case folded, apostrophes straightened, any space a space. */
const fold = (c: string) => foldLower(c.toLowerCase());
const keyOf = (folded: string): Key => (folded.length === 1 ? folded.charCodeAt(0) : folded);
/** keyOf(fold(c)) of one character, remembered: every locale's trie of places adds the same thousands of names. */
const FOLDED_KEYS = new Map<string, Key>();
function foldedKey(c: string): Key {
  let k = FOLDED_KEYS.get(c);
  if (k === undefined) FOLDED_KEYS.set(c, (k = keyOf(fold(c))));
  return k;
}
/** isSpace of one code unit: 0 unknown, 1 space, 2 not (the few spaces beyond ASCII found once by the regexp). */
const SPACE = new Uint8Array(0x10000);
function isSpaceCode(c: number): boolean {
  if (c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0) return true;
  if (c <= 0x7f) return false;
  if (SPACE[c] === 0) SPACE[c] = /\s/.test(String.fromCharCode(c)) ? 1 : 2;
  return SPACE[c] === 1;
}
/** foldLower of one lower-case code unit, as a key. */
const foldLowerCode = (c: number): number => (c === 0x2019 || c === 0x60 ? 0x27 : isSpaceCode(c) ? 0x20 : c);
/**
 * Which characters of a text are letters or digits, read in one pass (one regexp test per
 * character costs more), and the text case-folded; the last text's are kept, since every
 * trie of a locale scans the same sentence in turn.
 */
/** Whether a code unit is a letter or digit, as `[\p{L}\p{N}]` says (u flag): 0 unknown, 1 yes, 2 no (each found once by the regexp). */
const WORD_CODE = new Uint8Array(0x10000);
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/**
 * 1 at each code unit of a letter or digit (both halves of an astral one), as `[\p{L}\p{N}]+`
 * matched over the text, code point by code point, marks them; a table per code unit, not a
 * match object per word.
 */
export function wordChars(text: string): Uint8Array {
  const n = text.length;
  const w = new Uint8Array(n + 1);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      const l = c | 0x20;
      if ((c >= 0x30 && c <= 0x39) || (l >= 0x61 && l <= 0x7a)) w[i] = 1;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        if (WORD_CHAR.test(text.slice(i, i + 2))) w[i] = w[i + 1] = 1;
        i++;
        continue;
      }
    }
    let k = WORD_CODE[c];
    if (k === 0) WORD_CODE[c] = k = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
    if (k === 1) w[i] = 1;
  }
  return w;
}
let lastText: string | null = null;
let lastRead: { w: Uint8Array; folded: string | null; bounds: Set<number> | null } = { w: new Uint8Array(1), folded: null, bounds: null };
function readText(text: string): { w: Uint8Array; folded: string | null; bounds: Set<number> | null } {
  if (text === lastText) return lastRead;
  const w = wordChars(text);
  const lower = text.toLowerCase();
  lastText = text;
  lastRead = { w, folded: lower.length === text.length ? lower : null, bounds: isUnspaced(text) ? wordBoundaries(text) : null };
  return lastRead;
}
const sameCase = (a: string, b: string) => a.replace(/[’`]/g, "'").replace(/\s+/g, " ") === b.replace(/\s+/g, " ");

/** A node with one child reached by one code unit, and no phrase of its own: a link of a chain. */
const chainLink = <T>(n: Node<T>): boolean => n.child !== undefined && n.next === undefined && n.tail === undefined && typeof n.key === "number" && !n.items && !n.prefixItems;

/**
 * Folds the chains below the root into tails: from a node, the keys of the links that follow
 * (at least two) become its tail, and its child the node after them. The root keeps its
 * children as they are (a search starts by looking up the first character there).
 */
function compress<T>(root: Node<T>): void {
  const stack: Node<T>[] = [...children(root)];
  for (let n = stack.pop(); n; n = stack.pop()) {
    if (chainLink(n) && chainLink(n.child!)) {
      let tail = "";
      let end: Node<T> = n;
      while (chainLink(end)) {
        tail += String.fromCharCode(end.key as number);
        end = end.child!;
      }
      n.key = undefined;
      n.child = end;
      n.tail = tail;
    }
    stack.push(...children(n));
  }
}
const children = <T>(n: Node<T>): Node<T>[] => (n.next ? [...n.next.values()] : n.child ? [n.child] : []);

export class PhraseTrie<T> {
  private root: Node<T> = newNode();
  private compressed = false;

  /** `chains: false` keeps a node per character (the reference the folded chains are tested against). */
  constructor(private readonly options: { chains?: boolean } = {}) {}

  add(form: string, value: T, caseSensitive: boolean): void {
    if (this.compressed) throw new Error("PhraseTrie: a phrase added after the trie was first searched");
    const prefix = form.endsWith("*");
    const body = (prefix ? form.slice(0, -1) : form).trim().replace(/\s+/g, " ");
    if (!body) return;
    let n = this.root;
    for (const ch of body) {
      const k = foldedKey(ch);
      let nx = childOf(n, k);
      if (!nx) addChild(n, k, (nx = newNode()));
      n = nx;
    }
    const item = { form: body, value, caseSensitive };
    if (prefix) (n.prefixItems ??= []).push(item);
    else (n.items ??= []).push(item);
  }

  /**
   * Longest phrase at each word start, left to right, without overlaps. Words are where
   * letters start and stop; in scripts written without spaces (中国政府禁止抖音) they are
   * the segmenter's words, so a phrase starts and ends at a segmenter boundary.
   */
  find(text: string, offset = 0): PhraseHit<T>[] {
    return findInTries([this], text, offset);
  }

  /** Every phrase at every word start, overlapping ones included: the start and the values found there. */
  findAllAt(text: string): { start: number; values: T[] }[] {
    const out: { start: number; values: T[] }[] = [];
    scan([this.rootNode], text, (i, hits) => {
      if (hits.length) out.push({ start: i, values: hits.map((h) => h.value) });
      return i + 1;
    });
    return out;
  }

  /** The trie's root, for a search over several tries at once; its chains folded on first use. */
  get rootNode(): Node<T> {
    if (!this.compressed) {
      if (this.options.chains !== false) compress(this.root);
      this.compressed = true;
    }
    return this.root;
  }
}

/**
 * PhraseTrie.find over several tries at once, as if their phrases were in one trie added in
 * the tries' order: the longest phrase at each word start wins, and of two ending at the same
 * place the earlier trie's. Lets locales share one trie of the names they all hold.
 */
export function findInTries<T>(tries: PhraseTrie<T>[], text: string, offset = 0): PhraseHit<T>[] {
  const out: PhraseHit<T>[] = [];
  scan(tries.map((t) => t.rootNode), text, (i, hits) => {
    // An exact phrase beats a prefix form ("rijks*") ending at the same place; a prefix form wins only when longer.
    const best = hits.reduce<(PhraseHit<T> & { prefix?: boolean }) | null>((a, h) => (!a || h.end > a.end || (!h.prefix && h.end === a.end && a.prefix) ? h : a), null);
    if (!best) return i + 1;
    out.push({ start: best.start + offset, end: best.end + offset, text: best.text, value: best.value });
    return best.end;
  });
  return out;
}

/** Walks the word starts of a text; at each, `visit` gets the phrases found there from each root in turn and says where to go on. */
function scan<T>(roots: Node<T>[], text: string, visit: (i: number, hits: (PhraseHit<T> & { prefix?: boolean })[]) => number): void {
  // Case folded once for the whole text where folding keeps its length (nearly always; "İ" does not).
  const { w, folded, bounds } = readText(text);
  const startsWord = bounds ? (i: number) => bounds.has(i) && w[i] === 1 : (i: number) => w[i] === 1 && (i === 0 || w[i - 1] === 0);
  const endsWord = bounds ? (j: number) => bounds.has(j) : (j: number) => w[j] !== 1 || j === 0 || w[j - 1] !== 1;
  let i = 0;
  while (i < text.length) {
    if (!startsWord(i)) {
      // Skip to the next letter that starts a word without testing each character twice.
      i++;
      while (i < text.length && w[i] === w[i - 1] && !bounds) i++;
      continue;
    }
    // No phrase starts with this character: nothing found here (the root holds no phrase of its own).
    const first = folded ? foldLowerCode(folded.charCodeAt(i)) : keyOf(fold(text[i]));
    const hits: (PhraseHit<T> & { prefix?: boolean })[] = [];
    for (const root of roots) {
      const n = childOf(root, first);
      if (n) walk(n, i, text, w, bounds, folded, endsWord, hits);
    }
    i = visit(i, hits);
  }
}

/** The phrases of a trie starting at i, from the node after its first character. */
function walk<T>(from: Node<T>, i: number, text: string, w: Uint8Array, bounds: Set<number> | null, folded: string | null, endsWord: (j: number) => boolean, hits: (PhraseHit<T> & { prefix?: boolean })[]): void {
  let n: Node<T> | undefined = from;
  let j = i + 1;
  let lastSpace = false;
  while (n && j <= text.length) {
    // A complete phrase ends here if the next character does not continue a word
    // (or the phrase itself ends in a non-word character such as "EU-").
    if (n.items && endsWord(j)) {
      const span = text.slice(i, j);
      const it = n.items.find((x) => !x.caseSensitive || sameCase(span, x.form));
      if (it) hits.push({ start: i, end: j, text: span, value: it.value });
    }
    if (n.prefixItems) {
      let k = j;
      while (k < text.length && !(bounds && bounds.has(k) && k > j) && (w[k] === 1 || ((text[k] === "-" || text[k] === "'" || text[k] === "’") && w[k + 1] === 1))) k++;
      const span = text.slice(i, k);
      const it = n.prefixItems.find((x) => !x.caseSensitive || sameCase(span.slice(0, x.form.length), x.form));
      if (it) hits.push({ start: i, end: k, text: span, value: it.value, prefix: true });
    }
    if (j === text.length) break;
    if (n.tail !== undefined) {
      // Along a chain no phrase ends: its characters must follow, runs of whitespace read as one space.
      for (let t = 0; t < n.tail.length; j++) {
        if (j === text.length) return;
        if (isSpaceCode(text.charCodeAt(j))) {
          if (lastSpace) continue;
          lastSpace = true;
        } else lastSpace = false;
        if ((folded ? foldLowerCode(folded.charCodeAt(j)) : keyOf(fold(text[j]))) !== n.tail.charCodeAt(t)) return;
        t++;
      }
      n = n.child;
      continue;
    }
    // Runs of whitespace in the text match one space in the phrase.
    if (isSpaceCode(text.charCodeAt(j))) {
      if (lastSpace) {
        j++;
        continue;
      }
      lastSpace = true;
    } else lastSpace = false;
    n = childOf(n, folded ? foldLowerCode(folded.charCodeAt(j)) : keyOf(fold(text[j])));
    j++;
  }
}
