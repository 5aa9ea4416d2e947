#!/usr/bin/env node
// Entry point: runs the JavaScript that `npm install` (prepare) or `npm run build` compiled
// into dist/. BANWATCH_FROM_SOURCE=1 runs the TypeScript sources through tsx instead
// (development and the test suite, so tests never depend on a stale build).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";

// A regular expression runs in V8's regexp interpreter for its first executions and is then
// compiled to machine code; by default after one execution. The extractors build hundreds of
// Unicode-aware patterns (and chrono-node some very large ones) of which a one-file extract
// runs most only a few times: compiling each to machine code took about a fifth of its
// start-up. After 100 executions instead, hot patterns still get machine code, and V8 compiles
// at once any pattern run over a long text (1000 characters or more) whatever this count.
// Matches are the same either way; only the CLI sets it (the library leaves V8's defaults).
setFlagsFromString("--regexp-tier-up-ticks=100");
// After a full collection V8 lets a heap grow up to about four times what survived before the
// next; an ingest's analysis workers each hold about 200 MB live, so two of them peaked at
// 1.0-1.6 GB of RSS. Growing by half instead kept a 2-worker ingest near 0.75 GB at no
// measurable CPU cost (issue 17: peak RSS under 1 GB). No limit is set: a large input still
// gets the memory it needs.
setFlagsFromString("--heap-growing-percent=50");

const fromSource = !!process.env.BANWATCH_FROM_SOURCE;
const built = new URL("../dist/cli/main.js", import.meta.url);
if (fromSource) {
  const { register } = await import("tsx/esm/api");
  register();
} else if (!existsSync(built)) {
  process.stderr.write("banwatch: dist/ is missing: run `npm run build` (npm install does it), or set BANWATCH_FROM_SOURCE=1 to run the sources through tsx\n");
  process.exit(1);
}
const load = (name) => import(fromSource ? `../src/cli/${name}.ts` : new URL(`../dist/cli/${name}.js`, import.meta.url).href);

if (process.argv[2] === "query" && !process.env.BANWATCH_QUERY_CHILD) {
  // `banwatch query`: the process that parses it and runs the statement starts at once, while
  // this one only waits to stop it at its timeout (src/cli/query-parent.ts).
  const { runQueryCommand } = await load("query-parent");
  process.exitCode = await runQueryCommand(fileURLToPath(import.meta.url), process.argv.slice(2));
} else {
  const { main } = await load("main");
  process.exitCode = await main(process.argv);
}
