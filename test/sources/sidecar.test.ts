// A text export's page address from a sidecar <name>.json: the article's url and, when the
// text gives no day, the date in the address. Only "url" is read from the sidecar.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readInputs } from "../../src/sources/inputs.js";
import { readInput } from "../../src/sources/files.js";
import { sidecarUrl } from "../../src/sources/sidecar.js";
import { buildArticle } from "../../src/content/article.js";
import { dateFromUrl } from "../../src/content/html/dates.js";
import { articleIdentity } from "../../src/pipeline.js";
import { isRejection, type Article, type RawDocument } from "../../src/types.js";

const BODY = "The council banned the app on work phones, officials said on Friday.\n\nThe decision follows similar moves by other governments in the region.\n";
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "banwatch-sidecar-"));
  writeFileSync(join(dir, "a.txt"), BODY);
  writeFileSync(join(dir, "a.json"), JSON.stringify({ url: "https://news.example/2023/03/10/council-bans-app", published: "1999-01-01" }));
  writeFileSync(join(dir, "b.txt"), " date 2023-03 " + BODY);
  writeFileSync(join(dir, "b.json"), JSON.stringify({ url: "https://news.example/politics/2023-03-24/app-ban" }));
  writeFileSync(join(dir, "c.txt"), BODY);
  writeFileSync(join(dir, "c.json"), "{ not json");
  writeFileSync(join(dir, "d.txt"), BODY);
  writeFileSync(join(dir, "d.json"), JSON.stringify({ url: "file:///etc/passwd" }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function docs(): Promise<Map<string, RawDocument>> {
  const out = new Map<string, RawDocument>();
  for await (const item of readInputs([dir], { maxBytes: 1 << 20 })) if (item.kind === "document") out.set(item.raw.id, item.raw);
  return out;
}
const article = (raw: RawDocument) => {
  const a = buildArticle(raw);
  if (isRejection(a)) throw new Error(a.detail);
  return a as Article;
};

describe("sidecar address", () => {
  it("gives the article its url and the address's date; nothing else of the sidecar is read", async () => {
    const raw = (await docs()).get("a")!;
    expect(raw.hints?.url).toBe("https://news.example/2023/03/10/council-bans-app");
    const a = article(raw);
    expect(a.url).toBe("https://news.example/2023/03/10/council-bans-app");
    expect(a.published).toBe("2023-03-10");
    expect(a.publishedSource).toBe("url");
  });
  it("refines a month the export gives into the day of the address; never contradicts it", async () => {
    expect(article((await docs()).get("b")!).published).toBe("2023-03-24");
    const raw = readInput(join(dir, "b.txt"), 1 << 20) as RawDocument;
    const other = { ...raw, hints: { url: "https://news.example/2022/11/05/x" } };
    expect(article(other).published).toBe("2023-03");
  });
  it("a broken sidecar or one without a web address is ignored", async () => {
    const all = await docs();
    expect(all.get("c")!.hints).toBeUndefined();
    expect(all.get("d")!.hints).toBeUndefined();
    expect(sidecarUrl(join(dir, "missing.txt"))).toBeUndefined();
  });
  it("eval's reader sees the same sidecar, and the file keeps its name as the article id", () => {
    const raw = readInput(join(dir, "a.txt"), 1 << 20) as RawDocument;
    expect(raw.hints?.url).toContain("/2023/03/10/");
    expect(articleIdentity({ ...raw, urlNamesArticle: true }, article(raw))).toBe("a");
  });
});

describe("dates in addresses", () => {
  it("reads the shapes news sites use", () => {
    expect(dateFromUrl("https://x.example/2023/03/10/story")).toBe("2023-03-10");
    expect(dateFromUrl("https://x.example/news/2023/sep/01/judge-blocks")).toBe("2023-09-01");
    expect(dateFromUrl("https://x.example/politik/2024-08/compact-verbot")).toBe("2024-08");
    expect(dateFromUrl("https://x.example/algemeen/20230503/politie")).toBe("2023-05-03");
    expect(dateFromUrl("https://x.example/article/1196229")).toBeNull();
    expect(dateFromUrl("https://x.example/2023/13/40/nonsense")).toBeNull();
  });
});
