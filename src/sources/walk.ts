// Folders and files named on the command line -> the input files under them, in a stable
// order. The walk always ends: symlinks are not followed unless asked, and then never out
// of the ingest roots and never twice into the same folder (device + inode); FIFOs,
// sockets and devices are never opened; an unreadable folder is a rejection, not a crash.
// Everything is asynchronous, so signals are handled while a slow disk is read.
import { lstat, readdir, realpath, stat } from "node:fs/promises";
import type { Stats } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import picomatch from "picomatch";
import { reject } from "../types.js";
import type { InputFormat, InputItem, ReadOptions } from "./input.js";
import { extensionOf, formatOfName } from "./formats.js";

/** A file to read, with the root its id is relative to. */
export interface FoundFile {
  kind: "file";
  path: string; // absolute
  rel: string; // relative to the ingest root, "/"-separated
  /** The id its article takes when nothing better names it: rel without its extension, unique in the run. */
  id: string;
  format: InputFormat;
}
export type WalkItem = FoundFile | Exclude<InputItem, { kind: "document" }>;

type Matcher = (rel: string) => boolean;

interface WalkState {
  roots: string[]; // real paths of the roots, for the follow-symlinks fence
  seen: Set<string>; // device:inode of folders and files already visited
  follow: boolean;
  chosen: Matcher;
  format?: InputFormat; // for a file named on the command line whose name says nothing
  /** The deepest folder holding every path given, and the root each relative path came from this run. */
  base: string;
  relRoots: Map<string, string>;
  /** The file each id was given to this run: an id is never given twice ("100.html" and "100.txt"). */
  ids: Map<string, string>;
}

const uriOf = (p: string) => pathToFileURL(p).href;
const key = (st: Stats) => `${st.dev}:${st.ino}`;
/** The id of a file's article: its path under the ingest root, without the extension. */
export const idFromRel = (rel: string) => rel.replace(/\.(warc|arc|jsonl|ndjson)\.gz$/i, "").replace(/\.[a-z0-9]{1,10}$/i, "");

function refused(path: string, reason: string, detail: string, stage: "source" = "source"): WalkItem {
  return { kind: "rejected", uri: uriOf(path), id: path, rejection: reject(stage, reason, detail) };
}

function errReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return code === "ENOENT" || code === "ENOTDIR" ? "not_found" : code === "ELOOP" ? "symlink_loop" : "unreadable";
}

function matcher(include: string[] = [], exclude: string[] = []): Matcher {
  const opts = { dot: true, basename: true };
  const inc = include.length ? picomatch(include, opts) : () => true;
  const exc = exclude.length ? picomatch(exclude, opts) : () => false;
  return (rel) => inc(rel) && !exc(rel);
}

/**
 * The deepest folder holding every path given (a folder counts as itself, a file as its
 * folder): `ingest x/index.html y/index.txt` names them "x/index" and "y/index", never both
 * "index".
 */
export function commonBase(paths: { path: string; isDir: boolean }[]): string {
  const dirs = paths.map((p) => (p.isDir ? p.path : dirname(p.path)).split(sep));
  if (!dirs.length) return process.cwd();
  let n = dirs[0].length;
  for (const d of dirs) {
    let k = 0;
    while (k < n && k < d.length && d[k] === dirs[0][k]) k++;
    n = k;
  }
  return dirs[0].slice(0, n).join(sep) || sep;
}

export async function* walkInputs(paths: string[], opts: ReadOptions): AsyncGenerator<WalkItem> {
  const w: WalkState = { roots: [], seen: new Set(), follow: !!opts.followSymlinks, chosen: matcher(opts.include, opts.exclude),
    format: opts.format, base: "", relRoots: new Map(), ids: new Map() };
  const found: { path: string; st: Stats }[] = [];
  for (const p of paths) {
    const path = resolve(p);
    try {
      found.push({ path, st: await stat(path) }); // a root the user named is followed even when it is a symlink
      w.roots.push(await realpath(path));
    } catch (e) {
      yield refused(path, errReason(e), `cannot open ${p}: ${(e as Error).message}`);
    }
  }
  // A folder given is the root of its own files' ids (`ingest gold/dev gold/dev2` names
  // gold/dev/x.txt "x", as the folder's own listing does); files given by name are named
  // from the deepest folder holding them all.
  const files = found.filter((f) => !f.st.isDirectory());
  const fileBase = commonBase(files.map((f) => ({ path: f.path, isDir: false })));
  w.base = commonBase(found.map((f) => ({ path: f.path, isDir: f.st.isDirectory() })));
  for (const f of found) yield* visit(f.path, f.st, f.st.isDirectory() ? f.path : fileBase, w, true);
}

async function* visit(path: string, st: Stats, root: string, w: WalkState, named = false): AsyncGenerator<WalkItem> {
  if (st.isDirectory()) return yield* visitDir(path, st, root, w);
  if (!st.isFile()) {
    return yield refused(path, "not_regular", `${path} is a ${kindOf(st)}, not a regular file; it is never opened`);
  }
  let rel = relative(root, path).split(sep).join("/") || path.split(sep).pop()!;
  // Two folders given holding the same names (`ingest a b`, both with index.html): the second
  // is named from the folder holding both ("b/index"), never as the first.
  const first = w.relRoots.get(idFromRel(rel));
  if (first !== undefined && first !== root) rel = relative(w.base, path).split(sep).join("/");
  else w.relRoots.set(idFromRel(rel), root);
  const format = formatOfName(path) ?? (named ? w.format : undefined);
  if (!format) return yield { kind: "skipped", uri: uriOf(path), what: extensionOf(path) };
  if (!named && !w.chosen(rel)) return yield { kind: "skipped", uri: uriOf(path), what: "excluded" };
  if (w.seen.has(key(st))) return; // the same file reached twice (a link): read once
  w.seen.add(key(st));
  // "100.html" and "100.txt" side by side: the second keeps its extension in its id.
  let id = idFromRel(rel);
  if (w.ids.has(id) && w.ids.get(id) !== path) id = rel;
  w.ids.set(id, path);
  yield { kind: "file", path, rel, id, format };
}

async function* visitDir(path: string, st: Stats, root: string, w: WalkState): AsyncGenerator<WalkItem> {
  if (w.seen.has(key(st))) return yield { kind: "skipped", uri: uriOf(path), what: "symlink_loop" };
  w.seen.add(key(st));
  let names: string[];
  try {
    names = (await readdir(path)).sort();
  } catch (e) {
    return yield refused(path, errReason(e), `cannot list ${path}: ${(e as Error).message}`);
  }
  for (const name of names) {
    const child = join(path, name);
    if (name.startsWith(".")) { yield { kind: "skipped", uri: uriOf(child), what: "hidden" }; continue; }
    let cst: Stats;
    try {
      cst = await lstat(child);
    } catch (e) {
      yield refused(child, errReason(e), `cannot read ${child}: ${(e as Error).message}`);
      continue;
    }
    if (cst.isSymbolicLink()) yield* viaLink(child, root, w);
    else yield* visit(child, cst, root, w);
  }
}

/** A symlink: skipped by default; followed on request, only to a target inside an ingest root. */
async function* viaLink(link: string, root: string, w: WalkState): AsyncGenerator<WalkItem> {
  if (!w.follow) return yield { kind: "skipped", uri: uriOf(link), what: "symlink" };
  let target: string;
  let st: Stats;
  try {
    target = await realpath(link);
    st = await stat(target);
  } catch (e) {
    return yield refused(link, errReason(e), `the symlink ${link} leads nowhere readable: ${(e as Error).message}`);
  }
  if (!w.roots.some((r) => target === r || target.startsWith(r + sep))) {
    return yield refused(link, "outside_root", `the symlink ${link} points to ${target}, outside the ingest roots; it is not followed`);
  }
  // The link's own place names the article, so ids stay stable when the target moves.
  if (st.isDirectory()) return yield* visitDir(link, st, root, w);
  yield* visit(link, st, root, w);
}

function kindOf(st: Stats): string {
  if (st.isFIFO()) return "FIFO";
  if (st.isSocket()) return "socket";
  if (st.isCharacterDevice() || st.isBlockDevice()) return "device";
  return "special file";
}
