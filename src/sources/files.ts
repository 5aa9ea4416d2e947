// A folder or list of files -> RawDocuments. Folders are walked recursively in a
// stable order; only .txt and .html/.htm files are inputs.
import { sha256 } from "../util/hash.js";
import { readdirSync, statSync, openSync, readSync, closeSync, fstatSync } from "node:fs";
import { basename, extname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { RawDocument, Rejection } from "../types.js";
import { reject } from "../types.js";

export const INPUT_EXTENSIONS = new Set([".txt", ".html", ".htm", ".xhtml"]);

/** Every input file under the given paths, sorted; paths that do not exist are reported. */
export function listInputs(paths: string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = (p: string) => {
    let st;
    try {
      st = statSync(p);
    } catch {
      missing.push(p);
      return;
    }
    if (st.isDirectory()) {
      for (const name of readdirSync(p).sort()) if (!name.startsWith(".")) walk(join(p, name));
    } else if (INPUT_EXTENSIONS.has(extname(p).toLowerCase())) files.push(resolve(p));
  };
  for (const p of paths) walk(p);
  return { files: [...new Set(files)].sort(), missing };
}

export const idFromPath = (p: string) => basename(p).replace(/\.(txt|x?html?)$/i, "");

/** Reads a file without loading more than maxBytes + 1 bytes of a huge one. */
export function readInput(path: string, maxBytes: number): RawDocument | Rejection {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (e) {
    return reject("source", "unreadable", `cannot open ${path}: ${(e as Error).message}`);
  }
  try {
    const size = fstatSync(fd).size;
    if (size > maxBytes)
      return reject("content", "too_large", `${path} is ${size} bytes, over the limit of ${maxBytes}; raise --max-bytes to read it`);
    const buf = Buffer.alloc(size);
    let off = 0;
    while (off < size) {
      const n = readSync(fd, buf, off, size - off, off);
      if (n === 0) break;
      off += n;
    }
    const bytes = new Uint8Array(buf.buffer, buf.byteOffset, off);
    const ext = extname(path).toLowerCase();
    return {
      uri: pathToFileURL(path).href,
      id: idFromPath(path),
      fetchedAt: new Date().toISOString(),
      contentType: ext === ".txt" ? "text/plain" : "text/html",
      bytes,
      sha256: sha256(bytes),
    };
  } finally {
    closeSync(fd);
  }
}
