// Cheap checks on raw bytes before any parsing, for every input (text export or HTML):
// empty, too large, binary. UTF-16/32 text (with or without a BOM) is text, not binary;
// a few stray NUL bytes in text are not binary either (the decoder removes them).
import { reject, type Rejection } from "../types.js";
import { BINARY_CONTROL_RATIO, BINARY_MAGIC } from "./html/constants.js";
import { sniffWideUnicode } from "./html/decode.js";

/** How many leading bytes the control-character ratio is measured on. */
const CONTROL_SAMPLE = 64 * 1024;
/** Text holds at most this share of NUL bytes over the whole input; more is binary. */
const MAX_NUL_SHARE = 0.01;

export function checkBytes(bytes: Uint8Array, maxBytes: number): Rejection | null {
  if (bytes.length > maxBytes) {
    return reject("content", "too_large",
      `input is ${bytes.length} bytes, above the limit of ${maxBytes}; raise maxBytes if this page is wanted`);
  }
  let i = 0;
  while (i < bytes.length && i < 65536 && isSpace(bytes[i])) i++;
  if (bytes.length === 0 || i === bytes.length) {
    return reject("content", "empty", "the input has no bytes (or only whitespace); nothing to extract");
  }
  for (const m of BINARY_MAGIC) {
    if (m.bytes.every((b, k) => bytes[k] === b)) {
      return reject("content", "binary", `the bytes are a ${m.name} file, not text or HTML; route it to a matching reader`);
    }
  }
  return isWideText(bytes) ? null : controlCheck(bytes);
}

function isWideText(b: Uint8Array): boolean {
  const bom = (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff) || (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff);
  return bom || sniffWideUnicode(b) !== null;
}

function controlCheck(bytes: Uint8Array): Rejection | null {
  const n = Math.min(bytes.length, CONTROL_SAMPLE);
  let ctrl = 0;
  for (let k = 0; k < n; k++) {
    const b = bytes[k];
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) ctrl++;
  }
  if (ctrl / n > BINARY_CONTROL_RATIO) {
    return reject("content", "binary", "the bytes are mostly control characters: a binary file, not text or HTML");
  }
  let nul = 0;
  for (let k = 0; k < bytes.length; k++) if (bytes[k] === 0) nul++;
  if (nul / bytes.length > MAX_NUL_SHARE) {
    return reject("content", "binary", `${nul} of the ${bytes.length} bytes are NUL: a binary file, not text or HTML`);
  }
  return null;
}

function isSpace(b: number): boolean {
  return b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d || b === 0x0c;
}
