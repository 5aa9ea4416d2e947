// Issue 14 item 1: WARC archives streamed with warcio, one page per HTML response record.
import { describe, expect, it } from "vitest";
import { Readable } from "node:stream";
import { readWarc } from "../../src/sources/warc.js";
import type { InputItem } from "../../src/sources/input.js";
import { ccNewsWarc } from "./fixtures.js";

async function collect(gen: AsyncIterable<InputItem>): Promise<InputItem[]> {
  const out: InputItem[] = [];
  for await (const i of gen) out.push(i);
  return out;
}

describe("readWarc", () => {
  for (const gzip of [true, false]) {
    it(`reads every HTML response of a ${gzip ? ".warc.gz" : ".warc"} and counts the rest by kind`, async () => {
      const { warcFile } = await import("./fixtures.js");
      const bytes = gzip ? await ccNewsWarc() : await warcFile([{ type: "response", url: "https://a.example/x", body: "<p>hello</p>" }, { type: "request", url: "https://a.example/x" }], false);
      const items = await collect(readWarc(Readable.from([bytes]), { uri: "file:///t/a.warc.gz", id: "a" }, 1e6));
      const docs = items.flatMap((i) => (i.kind === "document" ? [i.raw] : []));
      const skipped = items.flatMap((i) => (i.kind === "skipped" ? [i.what] : [])).sort();
      if (!gzip) {
        expect(docs.map((d) => d.uri)).toEqual(["https://a.example/x"]);
        expect(skipped).toEqual(["warc:request"]);
        return;
      }
      expect(docs.map((d) => d.uri)).toEqual([
        "https://news.example.com/2023/03/10/belgium-tiktok", "https://nieuws.example.nl/tiktok-commissie", "https://novosti.example.ru/tiktok"]);
      expect(skipped).toEqual(["warc:application/pdf", "warc:redirect", "warc:request", "warc:warcinfo"]);
      expect(docs[1].contentType).toBe("text/html; charset=iso-8859-1");
      expect(docs[0].fetchedAt).toBe("2023-03-10T12:00:00.000Z");
      expect(docs[0].headers?.date).toBe("Fri, 10 Mar 2023 12:00:00 GMT");
      expect(new TextDecoder().decode(docs[0].bytes)).toContain("<h1>Belgium bans TikTok");
      expect(docs[0].id).toMatch(/^u[0-9a-f]{20}$/);
    });
  }

  it("a record over the size limit is a rejection; a truncated or bogus archive is read as far as it goes", async () => {
    const bytes = await ccNewsWarc();
    const small = await collect(readWarc(Readable.from([bytes]), { uri: "file:///t/a.warc.gz", id: "a" }, 100));
    expect(small.filter((i) => i.kind === "rejected").map((i) => i.kind === "rejected" && i.rejection.reason)).toEqual(["too_large", "too_large", "too_large"]);
    const cut = await collect(readWarc(Readable.from([bytes.subarray(0, Math.floor(bytes.length * 0.6))]), { uri: "file:///t/cut.warc.gz", id: "cut" }, 1e6));
    // Read as far as it goes, never a crash: the pages before the cut are there.
    expect(cut.filter((i) => i.kind === "document").map((i) => i.kind === "document" && i.raw.uri).slice(0, 1))
      .toEqual(["https://news.example.com/2023/03/10/belgium-tiktok"]);
    const garbage = await collect(readWarc(Readable.from([Buffer.from("this is not an archive at all\r\n\r\n")]), { uri: "file:///t/x.warc", id: "x" }, 1e6));
    expect(garbage.every((i) => i.kind !== "document")).toBe(true);
  });
});
