#!/usr/bin/env node
// Entry point: runs the JavaScript that `npm install` (prepare) or `npm run build` compiled
// into dist/. BANWATCH_FROM_SOURCE=1 runs the TypeScript sources through tsx instead
// (development and the test suite, so tests never depend on a stale build).
import { existsSync } from "node:fs";

const fromSource = !!process.env.BANWATCH_FROM_SOURCE;
const built = new URL("../dist/cli/main.js", import.meta.url);
let main;
if (fromSource) {
  const { register } = await import("tsx/esm/api");
  register();
  ({ main } = await import("../src/cli/main.ts"));
} else if (existsSync(built)) {
  ({ main } = await import(built.href));
} else {
  process.stderr.write("banwatch: dist/ is missing: run `npm run build` (npm install does it), or set BANWATCH_FROM_SOURCE=1 to run the sources through tsx\n");
  process.exit(1);
}
process.exitCode = await main(process.argv);
