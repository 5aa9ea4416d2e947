// WARC files (.warc, .warc.gz, CC-NEWS as published) -> one RawDocument per HTML response,
// streamed record by record with warcio (webrecorder), so an archive of any size is
// never held in memory. Requests, metadata, redirects and non-HTML payloads are skipped
// and counted by kind ("warc:request", "warc:redirect", "warc:application/pdf").
import type { WARCParser, WARCRecord } from "warcio";
import { sha256 } from "../util/hash.js";
import { reject } from "../types.js";
import { normalizeUrl, urlId } from "./crawl/url.js";
import type { InputItem } from "./input.js";
import { skipped } from "./input.js";

type Source = ConstructorParameters<typeof WARCParser>[0];
type HeaderBag = { get(name: string): string | null | undefined } & Iterable<[string, string]>;

/** Where the archive came from: its uri names rejections of the whole file. */
export interface WarcOrigin {
  uri: string;
  id: string;
}

const HTML_TYPE = /^(text\/html|application\/xhtml\+xml)\b/i;

export async function* readWarc(source: Source, origin: WarcOrigin, maxBytes: number): AsyncGenerator<InputItem> {
  let n = 0;
  try {
    // warcio (with pako and hash-wasm) is loaded only when an archive is read.
    const { WARCParser: Parser } = await import("warcio");
    for await (const record of new Parser(source)) {
      n++;
      yield await fromRecord(record, origin, n, maxBytes);
    }
  } catch (e) {
    // A truncated or corrupt archive: what was read stays read, the rest is one rejection.
    yield { kind: "rejected", uri: origin.uri, id: origin.id,
      rejection: reject("source", "bad_warc", `${origin.uri}: the archive breaks after record ${n}: ${(e as Error).message}`) };
  }
}

async function fromRecord(record: WARCRecord, origin: WarcOrigin, n: number, maxBytes: number): Promise<InputItem> {
  const type = record.warcType;
  const target = record.warcTargetURI ?? `${origin.uri}#record=${n}`;
  if (type !== "response" && type !== "resource") return skipped(target, `warc:${type ?? "unknown"}`);
  const info = type === "response" ? record.getResponseInfo() : null;
  const status = Number(info?.status ?? 200);
  if (status >= 300 && status < 400) return skipped(target, "warc:redirect");
  if (status !== 200) return skipped(target, `warc:status-${status}`);
  const headers = info ? headerObject(info.headers as unknown as HeaderBag) : {};
  const contentType = (info ? headers["content-type"] : record.warcContentType) ?? "";
  if (!HTML_TYPE.test(contentType)) return skipped(target, `warc:${contentType.split(";")[0].trim().toLowerCase() || "no-type"}`);
  const url = normalizeUrl(target);
  const id = url ? urlId(url) : `${origin.id}#${n}`;
  if (record.warcContentLength > maxBytes) {
    return { kind: "rejected", uri: target, id, size: record.warcContentLength,
      rejection: reject("content", "too_large", `${target}: the record holds ${record.warcContentLength} bytes, over the limit of ${maxBytes}`) };
  }
  const bytes = await record.readFully(true);
  return { kind: "document", raw: {
    uri: target, id, fetchedAt: isoOrNow(record.warcDate), contentType, headers, bytes, sha256: sha256(bytes),
    urlNamesArticle: true, via: "warc",
  } };
}

function headerObject(h: HeaderBag): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of h) out[k.toLowerCase()] = v;
  return out;
}

function isoOrNow(d: string | null | undefined): string {
  const t = d ? Date.parse(d) : NaN;
  return Number.isNaN(t) ? new Date().toISOString() : new Date(t).toISOString();
}
