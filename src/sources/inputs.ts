// Paths on the command line (and `-` for stdin) -> InputItems, one reader per format:
// text and HTML files whole, WARC and JSON lines streamed record by record.
import { open } from "node:fs/promises";
import { constants } from "node:fs";
import { createGunzip } from "node:zlib";
import { pathToFileURL } from "node:url";
import { reject } from "../types.js";
import type { InputItem, ReadOptions } from "./input.js";
import { walkInputs, type FoundFile } from "./walk.js";
import { readFoundFile } from "./files.js";
import { readWarc } from "./warc.js";
import { readJsonl } from "./jsonl.js";
import { readStdin } from "./stdin.js";

export async function* readInputs(paths: string[], opts: ReadOptions, stdin: AsyncIterable<Uint8Array> = process.stdin): AsyncGenerator<InputItem> {
  if (paths.includes("-")) yield* readStdin(stdin, opts.maxBytes, opts.format);
  for await (const w of walkInputs(paths.filter((p) => p !== "-"), opts)) {
    if (w.kind !== "file") yield w;
    else if (w.format === "text" || w.format === "html") yield await readFoundFile(w, opts.maxBytes);
    else yield* readArchive(w);
  }
  async function* readArchive(f: FoundFile): AsyncGenerator<InputItem> {
    const origin = { uri: pathToFileURL(f.path).href, id: f.id };
    let fh;
    try {
      fh = await open(f.path, constants.O_RDONLY | constants.O_NONBLOCK);
    } catch (e) {
      yield { kind: "rejected", ...origin, rejection: reject("source", "unreadable", `cannot open ${f.path}: ${(e as Error).message}`) };
      return;
    }
    try {
      const stream = fh.createReadStream({ autoClose: false });
      if (f.format === "warc") yield* readWarc(stream, origin, opts.maxBytes); // warcio ungzips itself
      else yield* readJsonl(/\.gz$/i.test(f.path) ? stream.pipe(createGunzip()) : stream, origin, opts.maxBytes);
    } catch (e) {
      yield { kind: "rejected", ...origin, rejection: reject("source", "unreadable", `reading ${f.path} failed: ${(e as Error).message}`) };
    } finally {
      await fh.close();
    }
  }
}
