// Issue 16 item 8 for the ingest path: hostile inputs of every class the readers and the
// decoder meet, generated with fast-check. Each run writes a folder of them, ingests it,
// and asserts: every input stored, unchanged, rejected (with a documents row) or skipped;
// the run ends in bounded time (a per-input budget, the test's timeout); the database is
// intact (integrity and foreign keys); no stored text holds a NUL; a re-run is a no-op.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { openDb } from "../../src/store/db.js";
import { ingestPaths } from "../../src/pipeline.js";
import { warcFile } from "../sources/fixtures.js";

const BAN = "The Belgian government banned TikTok on the work phones of federal civil servants on Friday.";
const words = fc.array(fc.constantFrom("ban", "TikTok", "Регулятор", "запретил", "政府", "禁止", "é", "ß", "Ω", "the", "—", "\t", "<p>", "</div>", "&amp;"), { maxLength: 60 })
  .map((w) => w.join(" "));

/** One hostile input: its file name (the extension picks the reader) and its bytes. */
type Input = { ext: string; bytes: Uint8Array | Promise<Uint8Array> };
const enc = (s: string) => new TextEncoder().encode(s);
const spliceIn = (b: Uint8Array, at: number[], v: number) => { const out = [...b]; for (const i of at) out.splice(i % (out.length + 1), 0, v); return new Uint8Array(out); };

const hostile: fc.Arbitrary<Input>[] = [
  fc.uint8Array({ maxLength: 4096 }).map((bytes) => ({ ext: ".html", bytes })), // random bytes
  fc.tuple(words, fc.constantFrom("utf-16le", "utf-16be", "utf-32le", "utf-32be")) // wide Unicode without a BOM
    .map(([w, cs]) => ({ ext: ".html", bytes: iconv.encode(`<html><body><p>${BAN} ${w}</p></body></html>`, cs) })),
  fc.tuple(words, fc.array(fc.nat(), { maxLength: 40 })).map(([w, at]) => ({ ext: ".txt", bytes: spliceIn(enc(`${BAN}\n\n${w} ${BAN}`), at, 0) })), // NULs
  fc.tuple(words, fc.array(fc.nat(), { maxLength: 10 }), fc.integer({ min: 0x80, max: 0xff })) // broken UTF-8
    .map(([w, at, b]) => ({ ext: ".txt", bytes: spliceIn(enc(`${BAN} ${w} ${BAN}`), at, b) })),
  fc.tuple(words, fc.constantFrom("windows-1251", "koi8-r", "iso-8859-2", "shift_jis", "gb18030", "euc-kr", "iso-8859-7"))
    .map(([w, cs]) => ({ ext: ".html", bytes: iconv.encode(`<p>${w} ${BAN}</p>`, cs) })), // legacy charsets, undeclared
  fc.integer({ min: 1, max: 3000 }).map((n) => ({ ext: ".html", bytes: enc("<div>".repeat(n) + `<p>${BAN}</p>`) })), // nesting
  fc.array(fc.oneof(fc.json(), fc.string(), words.map((w) => JSON.stringify({ maintext: `${BAN} ${w}`, title: w }))), { maxLength: 8 })
    .map((lines) => ({ ext: ".jsonl", bytes: enc(lines.join("\n")) })), // JSON lines, broken and not
  fc.uint8Array({ maxLength: 2048 }).map((tail) => ({ ext: ".warc", bytes: new Uint8Array([...enc("WARC/1.0\r\nWARC-Type: response\r\n"), ...tail]) })),
  words.map((w) => ({ ext: ".warc.gz", bytes: warcFile([{ type: "response", url: "https://example.org/x", body: `<p>${BAN} ${w}</p>` }]) })),
  fc.constantFrom(".pdf", ".gz", ".md", ".php", "").map((ext) => ({ ext, bytes: enc(`${BAN}`) })),
];

describe("fuzz: hostile inputs are stored or rejected, in bounded time, database intact", () => {
  it("holds for generated folders of every hostile class", async () => {
    await fc.assert(fc.asyncProperty(fc.array(fc.oneof(...hostile), { minLength: 1, maxLength: 12 }), async (inputs) => {
      const dir = mkdtempSync(join(tmpdir(), "banwatch-fuzz-"));
      const db = openDb(join(dir, "f.db"));
      try {
        const d = join(dir, "in");
        mkdirSync(d);
        for (const [i, x] of inputs.entries()) writeFileSync(join(d, `f${i}${x.ext}`), await x.bytes);
        const s = await ingestPaths(db, [d], { timeoutMs: 30_000, maxBytes: 1_000_000 });
        expect(s.status).toBe("ok");
        expect(s.read).toBe(s.stored + s.unchanged + s.rejected);
        const docs = (db.prepare("SELECT count(*) n FROM documents").get() as { n: number }).n;
        expect(docs).toBeGreaterThanOrEqual(s.stored + s.rejected - s.duplicates);
        expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
        expect(db.pragma("foreign_key_check")).toEqual([]);
        expect(db.prepare("SELECT count(*) n FROM articles WHERE instr(text, char(0)) > 0 OR instr(coalesce(title, ''), char(0)) > 0").get()).toEqual({ n: 0 });
        const again = await ingestPaths(db, [d], { timeoutMs: 30_000, maxBytes: 1_000_000 });
        expect(again.stored).toBe(0);
        expect((db.prepare("SELECT count(*) n FROM documents").get() as { n: number }).n).toBe(docs);
      } finally {
        db.close();
        rmSync(dir, { recursive: true, force: true });
      }
    }), { numRuns: 25 });
  }, 600_000);
});
