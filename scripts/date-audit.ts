// Lists the announced dates the extractor gives that gold calls wrong (neither equal nor a
// prefix either way), with the rule and text that set each: where announced_wrong comes from.
// Usage: node --import tsx scripts/date-audit.ts GOLD_DIR...
import { readdirSync, readFileSync } from "node:fs";
import { join, basename } from "node:path";
import { extractDocument } from "../src/pipeline.js";
import { readInput } from "../src/sources/files.js";
import { loadLocales } from "../src/locales/index.js";
import { isRejection } from "../src/types.js";

const norm = (t: string) => t.toLowerCase().replace(/[-_‐-―]+/g, " ").replace(/\s+/g, " ").trim();
const key = (e: { actor: { jurisdiction: string | null }; target: string; action: string }) => `${e.actor.jurisdiction ?? ""}|${norm(e.target)}|${e.action}`;
const compatible = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);

const locales = await loadLocales();
for (const dir of process.argv.slice(2)) {
  for (const f of readdirSync(dir).filter((x) => x.endsWith(".txt")).sort()) {
    const gold = JSON.parse(readFileSync(join(dir, f.replace(/\.txt$/, ".json")), "utf8"));
    const raw = readInput(join(dir, f), 20 * 1024 * 1024);
    if (isRejection(raw)) continue;
    const out = await extractDocument(raw, { locales });
    if (isRejection(out)) continue;
    const g = new Map<string, { announced: string | null }>(gold.events.map((e: never) => [key(e), e]));
    for (const e of out.events) {
      const ge = g.get(key(e));
      if (!ge || !e.announced) continue;
      if (ge.announced && compatible(e.announced, ge.announced)) continue;
      console.log(`${basename(f, ".txt")}\t${key(e)}${e.main ? " (main)" : ""}\t${e.announced} vs ${ge.announced}\t${e.why?.announced?.rule} "${e.why?.announced?.text}"\tpub ${out.published} vs ${gold.published}`);
    }
  }
}
