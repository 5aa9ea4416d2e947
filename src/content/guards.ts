// Cheap checks on raw bytes before any parsing, for every input (text export or HTML):
// empty, too large, binary.
import { reject, type Rejection } from "../types.js";
import { BINARY_CONTROL_RATIO, BINARY_MAGIC } from "./html/constants.js";

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
  // UTF-16 text has NULs too, but then it starts with a BOM or every other byte is NUL near '<'.
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) ||
    (bytes[0] === 0x3c && bytes[1] === 0) || (bytes[0] === 0 && bytes[1] === 0x3c);
  if (!utf16) {
    const n = Math.min(bytes.length, 1024);
    let ctrl = 0;
    for (let k = 0; k < n; k++) {
      const b = bytes[k];
      if (b === 0) return reject("content", "binary", "the bytes contain NUL characters: a binary file, not text or HTML");
      if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) ctrl++;
    }
    if (ctrl / n > BINARY_CONTROL_RATIO) {
      return reject("content", "binary", "the bytes are mostly control characters: a binary file, not text or HTML");
    }
  }
  return null;
}

function isSpace(b: number): boolean {
  return b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d || b === 0x0c;
}
