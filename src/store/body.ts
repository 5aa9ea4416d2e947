// A document's raw bytes as the documents table keeps them: gzip above a small size.
// Its own module so that an analysis worker can pack the bytes off the main thread,
// which then only writes them (the same zlib, so the same bytes whichever thread packs).
import { gzipSync } from "node:zlib";

/** Raw bodies above this size are gzip-compressed in the documents table. */
export const COMPRESS_ABOVE = 1024;

export interface PackedBody {
  bytes: Uint8Array;
  compressed: boolean;
}

export function packBody(raw: Uint8Array): PackedBody {
  return raw.byteLength > COMPRESS_ABOVE ? { bytes: gzipSync(raw), compressed: true } : { bytes: raw, compressed: false };
}
