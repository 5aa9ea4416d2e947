// Bytes -> string for text inputs: UTF-8 (BOM stripped) when the bytes are valid UTF-8,
// otherwise windows-1252 through iconv-lite (the usual encoding of old exports).
import iconv from "iconv-lite";

export function decodeText(bytes: Uint8Array): { text: string; charset: string } {
  let b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) b = b.subarray(3);
  if (b[0] === 0xff && b[1] === 0xfe) return { text: iconv.decode(b.subarray(2), "utf-16le"), charset: "utf-16le" };
  if (b[0] === 0xfe && b[1] === 0xff) return { text: iconv.decode(b.subarray(2), "utf-16be"), charset: "utf-16be" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(b), charset: "utf-8" };
  } catch {
    return { text: iconv.decode(b, "windows-1252"), charset: "windows-1252" };
  }
}

/** Binary content: NUL bytes or a known magic number (PDF, images, archives). */
export function looksBinary(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 8));
  const magics: [string, number[]][] = [
    ["PDF", [0x25, 0x50, 0x44, 0x46]], ["PNG", [0x89, 0x50, 0x4e, 0x47]], ["JPEG", [0xff, 0xd8, 0xff]],
    ["GIF", [0x47, 0x49, 0x46, 0x38]], ["gzip", [0x1f, 0x8b]], ["ZIP", [0x50, 0x4b, 0x03, 0x04]],
    ["WebP/RIFF", [0x52, 0x49, 0x46, 0x46]],
  ];
  for (const [name, sig] of magics) if (sig.every((v, i) => head[i] === v)) return name;
  const sample = bytes.subarray(0, 4096);
  let nul = 0;
  for (const x of sample) if (x === 0) nul++;
  return nul > 0 && !(bytes[0] === 0xff && bytes[1] === 0xfe) && !(bytes[0] === 0xfe && bytes[1] === 0xff) ? "binary" : null;
}
