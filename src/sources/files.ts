// One file -> one RawDocument (text exports and HTML pages). Files are opened without
// blocking (O_NONBLOCK: a FIFO that slipped past the walk cannot hang the run) and
// checked again once open: only regular files are read, and never more than maxBytes.
import { constants, openSync, readSync, closeSync, fstatSync } from "node:fs";
import { open } from "node:fs/promises";
import { basename, extname } from "node:path";
import { pathToFileURL } from "node:url";
import { sha256 } from "../util/hash.js";
import type { RawDocument, Rejection } from "../types.js";
import { reject } from "../types.js";
import type { InputItem } from "./input.js";
import type { FoundFile } from "./walk.js";
import { sidecarUrl } from "./sidecar.js";

const contentTypeOf = (f: FoundFile) => (f.format === "text" ? "text/plain" : "text/html");

function tooLarge(path: string, size: number, maxBytes: number): Rejection {
  return reject("content", "too_large", `${path} is ${size} bytes, over the limit of ${maxBytes}; raise --max-bytes to read it`);
}

/** Reads a found text or HTML file; a rejection names what went wrong. */
export async function readFoundFile(f: FoundFile, maxBytes: number): Promise<InputItem> {
  const uri = pathToFileURL(f.path).href;
  const id = f.id;
  const refused = (r: Rejection, size?: number): InputItem => ({ kind: "rejected", uri, id, rejection: r, size });
  // The walk already chose which links to follow (a root the user named is followed); O_NONBLOCK keeps a FIFO from hanging.
  const flags = constants.O_RDONLY | constants.O_NONBLOCK;
  let fh;
  try {
    fh = await open(f.path, flags);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return refused(reject("source", code === "ENOENT" ? "not_found" : "unreadable", `cannot open ${f.path}: ${(e as Error).message}`));
  }
  try {
    const st = await fh.stat();
    if (!st.isFile()) return refused(reject("source", "not_regular", `${f.path} is not a regular file; it is never read`));
    if (st.size > maxBytes) return refused(tooLarge(f.path, st.size, maxBytes), st.size);
    const buf = Buffer.alloc(st.size);
    let off = 0;
    while (off < st.size) {
      const { bytesRead } = await fh.read(buf, off, st.size - off, off);
      if (bytesRead === 0) break;
      off += bytesRead;
    }
    const bytes = new Uint8Array(buf.buffer, buf.byteOffset, off);
    const raw: RawDocument = { uri, id, fetchedAt: new Date().toISOString(), contentType: contentTypeOf(f), bytes, sha256: sha256(bytes), urlNamesArticle: true, via: "file" };
    const url = sidecarUrl(f.path);
    return { kind: "document", raw: url ? { ...raw, hints: { url } } : raw };
  } catch (e) {
    return refused(reject("source", "unreadable", `reading ${f.path} failed: ${(e as Error).message}`));
  } finally {
    await fh.close();
  }
}

export const idFromPath = (p: string) => basename(p).replace(/\.(txt|x?html?)$/i, "");

/**
 * Reads one file synchronously, for callers that name a single file in a known folder
 * (`banwatch eval` reads gold files by their ids). Regular files only, never more than
 * maxBytes + 0 bytes.
 */
export function readInput(path: string, maxBytes: number): RawDocument | Rejection {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    return reject("source", "unreadable", `cannot open ${path}: ${(e as Error).message}`);
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return reject("source", "not_regular", `${path} is not a regular file; it is never read`);
    if (st.size > maxBytes) return tooLarge(path, st.size, maxBytes);
    const buf = Buffer.alloc(st.size);
    let off = 0;
    while (off < st.size) {
      const n = readSync(fd, buf, off, st.size - off, off);
      if (n === 0) break;
      off += n;
    }
    const bytes = new Uint8Array(buf.buffer, buf.byteOffset, off);
    const ext = extname(path).toLowerCase();
    const url = sidecarUrl(path);
    return { uri: pathToFileURL(path).href, id: idFromPath(path), fetchedAt: new Date().toISOString(),
      contentType: ext === ".txt" ? "text/plain" : "text/html", bytes, sha256: sha256(bytes), ...(url ? { hints: { url } } : {}) };
  } finally {
    closeSync(fd);
  }
}
