// Throughput and memory of the HTML extractor against Readability on linkedom, side by
// side in one run over ../shared/extraction-dev (each extractor in its own child process so
// that peak memory is its own); then time against input size on synthetic pages from 10 KB
// to 19 MB, a million nested <b> and a 19 MB one-line page (issue 16: linear, bounded).
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

/** A plausible article page of about `bytes` bytes: navigation, prose paragraphs with a few links, a footer. */
function syntheticPage(bytes: number): string {
  const head = `<html><head><title>Council bans scooters</title></head><body><nav>${"<a href='/s'>Section</a> ".repeat(20)}</nav><article><h1>Council bans scooters</h1>`;
  const tail = "</article><footer><p>© 2024 Example News</p></footer></body></html>";
  const paras: string[] = [];
  let size = head.length + tail.length;
  for (let i = 0; size < bytes; i++) {
    const p = `<p>The council of district ${i} voted on Tuesday to ban rental scooters from the old town, citing <a href="/r/${i}">a rise in accidents</a> and complaints from residents; operators said they would appeal.</p>`;
    paras.push(p);
    size += p.length;
  }
  return head + paras.join("\n") + tail;
}

/** Seconds per call, repeating small inputs until a second has passed. */
async function secondsPer(run: () => void): Promise<number> {
  let n = 0;
  const t0 = performance.now();
  do { run(); n++; } while (performance.now() - t0 < 1000 && n < 1000);
  return (performance.now() - t0) / 1000 / n;
}

/** Issue 16: extraction time linear in input size (10 KB to 19 MB), and deep nesting capped. */
async function scaling(): Promise<void> {
  const { extractHtml } = await import("../src/content/html/index.js");
  const enc = new TextEncoder();
  const rows: Array<[string, number, number]> = [];
  // Warm-up: module loading and JIT are not page time (the dev-page bench does the same).
  const warm = enc.encode(syntheticPage(50_000));
  await secondsPer(() => extractHtml(warm));
  for (const kb of [10, 100, 1000, 5000, 19000]) {
    const page = enc.encode(syntheticPage(kb * 1000));
    rows.push([`article page ${kb} KB`, page.length, await secondsPer(() => extractHtml(page, { maxBytes: 25e6 }))]);
  }
  for (const depth of [100_000, 1_000_000]) {
    const page = enc.encode(`<html><body>${"<b>".repeat(depth)}${syntheticPage(5000)}</body></html>`);
    rows.push([`${depth} nested <b>`, page.length, await secondsPer(() => extractHtml(page))]);
  }
  const oneLine = enc.encode(`<html><body>${"<p>TikTok was banned by the Belgian government today.</p>".repeat(340_000)}</body></html>`);
  rows.push(["19 MB one-line page", oneLine.length, await secondsPer(() => extractHtml(oneLine, { maxBytes: 25e6 }))]);
  console.log("input\tMB\tseconds\ts/MB");
  for (const [name, b, sec] of rows) console.log([name, (b / 1e6).toFixed(2), sec.toFixed(3), (sec / (b / 1e6)).toFixed(3)].join("\t"));
  const perMb = rows.slice(0, 5).map(([, b, sec]) => sec / (b / 1e6));
  console.log(`article pages 10 KB-19 MB: seconds per MB from ${Math.min(...perMb).toFixed(3)} to ${Math.max(...perMb).toFixed(3)}, ratio ${(Math.max(...perMb) / Math.min(...perMb)).toFixed(2)} (bar: <= 2)`);
}

if (role) await child(role);
else if (!existsSync(devDir)) {
  console.log(`bench skipped: ${devDir} is absent (the dev pages live in ../shared/extraction-dev)`);
  await scaling();
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
  await scaling();
}
