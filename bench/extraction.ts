// Throughput and memory of the HTML extractor against Readability on linkedom, side by
// side in one run over ../shared/extraction-dev. Each extractor runs in its own child
// process so that peak memory (maxRSS) is its own.
//   node --import tsx bench/extraction.ts [DEV_DIR] [--rounds N]
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const args = process.argv.slice(2);
const roundsAt = args.indexOf("--rounds");
const rounds = roundsAt >= 0 ? Number(args.splice(roundsAt, 2)[1]) : 1;
const role = process.env.BENCH_ROLE;
const devDir = resolve(args[0] ?? "../shared/extraction-dev");

function pages(): Buffer[] {
  const out: Buffer[] = [];
  for (const ds of readdirSync(devDir).sort()) {
    const dir = join(devDir, ds);
    if (!statSync(dir).isDirectory()) continue;
    for (const f of readdirSync(dir).filter((x) => x.endsWith(".html")).sort()) out.push(readFileSync(join(dir, f)));
  }
  return out;
}

async function child(which: string): Promise<void> {
  const docs = pages();
  let run: (b: Buffer) => number;
  if (which === "banwatch") {
    const { extractHtml } = await import("../src/content/html/index.js");
    run = (b) => { const r = extractHtml(b); return "paragraphs" in r ? r.paragraphs.length : 0; };
  } else {
    const { Readability } = await import("@mozilla/readability");
    const { parseHTML } = await import("linkedom");
    const { decodeHtml } = await import("../src/content/html/decode.js");
    run = (b) => {
      try {
        const { document } = parseHTML(decodeHtml(b).text);
        const a = new Readability(document as unknown as Document).parse();
        return a?.textContent?.length ?? 0;
      } catch { return 0; }
    };
  }
  run(docs[0]); // warm-up: module loading and JIT are not page time
  const t0 = performance.now();
  let n = 0;
  for (let r = 0; r < rounds; r++) for (const d of docs) { run(d); n++; }
  const s = (performance.now() - t0) / 1000;
  const bytes = docs.reduce((a, d) => a + d.length, 0) * rounds;
  console.log(JSON.stringify({ which, pages: n, seconds: s, pagesPerSec: n / s, mbPerSec: bytes / 1e6 / s,
    maxRssMB: process.resourceUsage().maxRSS / 1024, heapUsedMB: process.memoryUsage().heapUsed / 1e6 }));
}

if (role) await child(role);
else if (!existsSync(devDir)) {
  console.log(`bench skipped: ${devDir} is absent (the dev pages live in ../shared/extraction-dev)`);
} else {
  const self = fileURLToPath(import.meta.url);
  const results: Array<Record<string, number | string>> = [];
  for (const which of ["banwatch", "readability"]) {
    const out = execFileSync(process.execPath, ["--import", "tsx", self, devDir, "--rounds", String(rounds)],
      { env: { ...process.env, BENCH_ROLE: which }, encoding: "utf8", maxBuffer: 1 << 24 });
    results.push(JSON.parse(out.trim().split("\n").pop()!));
  }
  console.log("extractor\tpages\tseconds\tpages/s\tMB/s\tpeak RSS MB");
  for (const r of results) {
    console.log([r.which, r.pages, (r.seconds as number).toFixed(1), (r.pagesPerSec as number).toFixed(1),
      (r.mbPerSec as number).toFixed(2), (r.maxRssMB as number).toFixed(0)].join("\t"));
  }
  const ratio = (results[0].pagesPerSec as number) / (results[1].pagesPerSec as number);
  console.log(`banwatch/readability throughput: ${ratio.toFixed(2)}x (bar: >= 2x)`);
}
