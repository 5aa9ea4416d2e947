// Inputs the ingest tests write themselves: HTML pages from the shipped corpus's texts,
// WARC files written with warcio (as CC-NEWS publishes them: gzip per record), JSON lines.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import iconv from "iconv-lite";
import { WARCRecord, WARCSerializer } from "warcio";

export const CORPUS = resolve(__dirname, "../../corpus");
export const corpusText = (id: string) => readFileSync(resolve(CORPUS, `${id}.txt`), "utf8");

/** The corpus text as paragraphs: its first line is the headline. */
export function corpusArticle(id: string): { title: string; paragraphs: string[] } {
  const lines = corpusText(id).split(/\n\s*\n/).map((l) => l.trim()).filter(Boolean);
  return { title: lines[0], paragraphs: lines.slice(1) };
}

export function page(a: { title: string; paragraphs: string[] }, o: { lang?: string; canonical?: string; meta?: string } = {}): string {
  return `<!doctype html><html lang="${o.lang ?? "en"}"><head>${o.meta ?? ""}<title>${a.title}</title>` +
    (o.canonical ? `<link rel="canonical" href="${o.canonical}">` : "") +
    `</head><body><article><h1>${a.title}</h1>${a.paragraphs.map((p) => `<p>${p}</p>`).join("")}</article></body></html>`;
}

export const RUSSIAN = {
  title: "Бельгия запретила TikTok на служебных телефонах",
  paragraphs: [
    "Правительство Бельгии в пятницу запретило использование приложения TikTok на служебных телефонах государственных служащих, сообщил премьер-министр Александр де Кроо.",
    "По словам премьер-министра, решение принято после анализа рисков, связанных с большим объёмом данных, которые собирает китайское приложение.",
  ],
};

export interface WarcEntry {
  type: "response" | "request" | "warcinfo" | "resource" | "metadata";
  url: string;
  status?: number;
  contentType?: string;
  body?: Uint8Array | string;
  date?: string;
}

const bytesOf = (b: Uint8Array | string | undefined) => (typeof b === "string" ? new TextEncoder().encode(b) : b ?? new Uint8Array());

/** A WARC file of the given records, each gzip-compressed on its own (CC-NEWS style) or plain. */
export async function warcFile(entries: WarcEntry[], gzip = true): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for (const e of entries) {
    const body = bytesOf(e.body);
    const date = e.date ?? "2023-03-10T12:00:00Z";
    const record = e.type === "warcinfo"
      ? WARCRecord.createWARCInfo({ filename: "CC-NEWS-test.warc.gz", date }, { software: "banwatch tests" })
      : WARCRecord.create({
          url: e.url, date, type: e.type,
          ...(e.type === "response" ? { statusline: `HTTP/1.1 ${e.status ?? 200} ${e.status === 301 ? "Moved Permanently" : "OK"}`,
            httpHeaders: { "Content-Type": e.contentType ?? "text/html; charset=utf-8", Date: "Fri, 10 Mar 2023 12:00:00 GMT",
              ...(e.status === 301 ? { Location: e.url + "/" } : {}) } } : {}),
          ...(e.type === "request" ? { statusline: `GET ${new URL(e.url).pathname} HTTP/1.1`, httpHeaders: { Host: new URL(e.url).host } } : {}),
        }, (async function* () { yield body; })());
    parts.push(await WARCSerializer.serialize(record, { gzip }));
  }
  return Buffer.concat(parts);
}

/** A CC-NEWS-like archive: three HTML pages in three charsets, a PDF, a redirect, a request, a warcinfo. */
export async function ccNewsWarc(): Promise<Buffer> {
  const en = corpusArticle("003_0768ee479c4dd0ae");
  const nl = corpusArticle("004_72ef12c861ec6d89");
  return warcFile([
    { type: "warcinfo", url: "" },
    { type: "request", url: "https://news.example.com/2023/03/10/belgium-tiktok" },
    { type: "response", url: "https://news.example.com/2023/03/10/belgium-tiktok", body: page(en) },
    { type: "response", url: "https://nieuws.example.nl/tiktok-commissie", contentType: "text/html; charset=iso-8859-1",
      body: iconv.encode(page({ title: "Europese Commissie verbiedt TikTok", paragraphs: nl.paragraphs }, { lang: "nl" }), "latin1") },
    { type: "response", url: "https://novosti.example.ru/tiktok", contentType: "text/html",
      body: iconv.encode(page(RUSSIAN, { lang: "ru" }), "windows-1251") },
    { type: "response", url: "https://news.example.com/report.pdf", contentType: "application/pdf", body: "%PDF-1.4 binary" },
    { type: "response", url: "https://news.example.com/old", status: 301, body: "" },
  ]);
}
