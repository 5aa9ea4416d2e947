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

/** A file named on the command line is relative to the working folder when inside it, else to its own folder. */
function rootOf(path: string, isDir: boolean): string {
  if (isDir) return path;
  const cwd = process.cwd();
  return path.startsWith(cwd + sep) ? cwd : dirname(path);
}

export async function* walkInputs(paths: string[], opts: ReadOptions): AsyncGenerator<WalkItem> {
  const st0: WalkState = { roots: [], seen: new Set(), follow: !!opts.followSymlinks, chosen: matcher(opts.include, opts.exclude),
    format: opts.format };
  for (const p of paths) {
    try { st0.roots.push(await realpath(p)); } catch { /* reported below */ }
  }
  for (const p of paths) {
    const path = resolve(p);
    let st: Stats;
    try {
      st = await stat(path); // a root the user named is followed even when it is a symlink
    } catch (e) {
      yield refused(path, errReason(e), `${p}: ${(e as Error).message}`);
      continue;
    }
    yield* visit(path, st, rootOf(path, st.isDirectory()), st0, true);
  }
}

async function* visit(path: string, st: Stats, root: string, w: WalkState, named = false): AsyncGenerator<WalkItem> {
  if (st.isDirectory()) return yield* visitDir(path, st, root, w);
  if (!st.isFile()) {
    return yield refused(path, "not_regular", `${path} is a ${kindOf(st)}, not a regular file; it is never opened`);
  }
  const rel = relative(root, path).split(sep).join("/") || path.split(sep).pop()!;
  const format = formatOfName(path) ?? (named ? w.format : undefined);
  if (!format) return yield { kind: "skipped", uri: uriOf(path), what: extensionOf(path) };
  if (!named && !w.chosen(rel)) return yield { kind: "skipped", uri: uriOf(path), what: "excluded" };
  if (w.seen.has(key(st))) return; // the same file reached twice (a link): read once
  w.seen.add(key(st));
  yield { kind: "file", path, rel, format };
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
