// Which reader a file name calls for. Names decide for files; stdin is sniffed.
import type { InputFormat } from "./input.js";

const BY_SUFFIX: [RegExp, InputFormat][] = [
  [/\.(txt|text|md)$/i, "text"],
  // A wget mirror saves pages under their server-side names.
  [/\.(x?html?|shtml|php|aspx?|jsp)$/i, "html"],
  [/\.(warc|arc)(\.gz)?$/i, "warc"],
  [/\.(jsonl|ndjson)(\.gz)?$/i, "jsonl"],
];

export function formatOfName(name: string): InputFormat | null {
  for (const [re, f] of BY_SUFFIX) if (re.test(name)) return f;
  return null;
}

/** The kind a skipped file is counted under: its extension, or "(none)". */
export function extensionOf(name: string): string {
  const m = /(\.[a-z0-9]{1,10})(\.gz)?$/i.exec(name);
  return m ? (m[1] + (m[2] ?? "")).toLowerCase() : "(none)";
}

/** The format of bytes whose name says nothing (stdin). */
export function sniffFormat(head: Uint8Array): InputFormat {
  if (head[0] === 0x1f && head[1] === 0x8b) return "warc"; // gzip on stdin: a .warc.gz is the common case
  const s = Buffer.from(head.subarray(0, 1024)).toString("latin1").replace(/^\ufeff|^\xef\xbb\xbf/, "").trimStart();
  if (s.startsWith("WARC/")) return "warc";
  if (s.startsWith("{")) return "jsonl";
  if (/^<(!doctype html|html|\?xml|head|body|meta|!--)/i.test(s)) return "html";
  return "text";
}
