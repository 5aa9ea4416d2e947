// `-` as an input: whatever is piped in, read as the --format flag says or as its first
// bytes suggest (WARC, JSON lines, HTML, else a text export). Read asynchronously, so
// Ctrl-C works while waiting for a slow pipe.
import { sha256 } from "../util/hash.js";
import { reject, type RawDocument } from "../types.js";
import type { InputFormat, InputItem } from "./input.js";
import { sniffFormat } from "./formats.js";
import { readWarc } from "./warc.js";
import { readJsonl } from "./jsonl.js";

export const STDIN_URI = "stdin:";

/** The first chunk, then the rest of the stream, as one iterable. */
async function* chained(first: Uint8Array, rest: AsyncIterator<Uint8Array>): AsyncGenerator<Uint8Array> {
  yield first;
  for (let r = await rest.next(); !r.done; r = await rest.next()) yield r.value;
}

export async function* readStdin(stream: AsyncIterable<Uint8Array>, maxBytes: number, format?: InputFormat): AsyncGenerator<InputItem> {
  const it = stream[Symbol.asyncIterator]();
  const head = await it.next();
  if (head.done) {
    yield { kind: "rejected", uri: STDIN_URI, id: "stdin", rejection: reject("content", "empty", "nothing came in on standard input") };
    return;
  }
  const all = chained(head.value, it);
  const fmt = format ?? sniffFormat(head.value);
  const origin = { uri: STDIN_URI, id: "stdin" };
  if (fmt === "warc") return yield* readWarc(all, origin, maxBytes);
  if (fmt === "jsonl") return yield* readJsonl(all, origin, maxBytes);
  yield await wholeDocument(all, fmt, maxBytes);
}

async function wholeDocument(chunks: AsyncIterable<Uint8Array>, fmt: InputFormat, maxBytes: number): Promise<InputItem> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const c of chunks) {
    size += c.byteLength;
    if (size > maxBytes) {
      return { kind: "rejected", uri: STDIN_URI, id: "stdin", size,
        rejection: reject("content", "too_large", `standard input is over the limit of ${maxBytes} bytes; raise --max-bytes to read it`) };
    }
    parts.push(c);
  }
  const bytes = new Uint8Array(Buffer.concat(parts));
  const hash = sha256(bytes);
  // No path names piped bytes: their content does (the same text piped twice is one article).
  const raw: RawDocument = { uri: STDIN_URI, id: `stdin/${hash.slice(0, 16)}`, fetchedAt: new Date().toISOString(),
    contentType: fmt === "html" ? "text/html" : "text/plain", bytes, sha256: hash, urlNamesArticle: true, via: "stdin" };
  return { kind: "document", raw };
}
