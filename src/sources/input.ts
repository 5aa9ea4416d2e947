// What every reader (files, WARC, JSON lines, stdin) hands to the pipeline: a document,
// a rejection (recorded as a documents row) or a skip (counted by kind in the summary).
import type { RawDocument, Rejection } from "../types.js";

export type InputFormat = "text" | "html" | "warc" | "jsonl";
export const INPUT_FORMATS: InputFormat[] = ["text", "html", "warc", "jsonl"];

export type InputItem =
  | { kind: "document"; raw: RawDocument }
  /** uri/id name what was refused; raw when bytes were read (kept for a later retry). */
  | { kind: "rejected"; uri: string; id: string; rejection: Rejection; raw?: RawDocument; size?: number }
  /** Not an input banwatch reads: what says which kind (".pdf", "symlink", "warc:request"). */
  | { kind: "skipped"; uri: string; what: string };

export interface ReadOptions {
  /** Largest single document (file, WARC record, JSON line) read. */
  maxBytes: number;
  followSymlinks?: boolean;
  /** Globs on the path relative to the ingest root (a pattern without "/" matches the file name). */
  include?: string[];
  exclude?: string[];
  /** Forces the reader of stdin (and of files whose name says nothing). */
  format?: InputFormat;
}

export const skipped = (uri: string, what: string): InputItem => ({ kind: "skipped", uri, what });
