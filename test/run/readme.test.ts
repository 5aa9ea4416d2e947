// The README's configuration and sources examples must work as written.
import { describe, expect, it } from "vitest";
import { readFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { loadConfig } from "../../src/config.js";
import { parseSources } from "../../src/sources/crawl/sources-file.js";

const README = readFileSync(resolve(__dirname, "../../README.md"), "utf8");
const section = (title: string) => README.slice(README.indexOf(title), README.indexOf("\n## ", README.indexOf(title) + 1));
const jsonBlocks = (text: string) => [...text.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]));

describe("README examples", () => {
  it("the nightly run's config file is valid", () => {
    const [config] = jsonBlocks(section("## The nightly run"));
    const f = join(mkdtempSync(join(tmpdir(), "banwatch-readme-")), "config.json");
    writeFileSync(f, JSON.stringify(config));
    expect(loadConfig({ file: f, env: {} })).toMatchObject({ retentionDays: 90, delayMs: 2000 });
  });
  it("the crawling section's sources file is valid", () => {
    const [sources] = jsonBlocks(section("## Crawling the web"));
    expect(parseSources(sources).map((o) => o.name)).toEqual(["Le Soir", "De Standaard", "The Brussels Times"]);
  });
  it("the crontab line and the systemd unit call the run command", () => {
    expect(README).toMatch(/\n30 2 \* \* \* cd \/opt\/banwatch && node bin\/banwatch\.js run --config \S+ --quiet/);
    expect(README).toMatch(/ExecStart=\/usr\/bin\/node \/opt\/banwatch\/bin\/banwatch\.js run --quiet/);
  });
});
