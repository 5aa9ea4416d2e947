// The worker side of src/analysis.ts: loads the locales once, then analyses one document
// per message. Runs off the main thread, so a pathological input can be stopped (the
// thread is terminated) and the main thread keeps answering signals meanwhile.
import { parentPort, workerData } from "node:worker_threads";
import { loadLocales } from "./locales/index.js";
import { analyzeDocument } from "./document.js";
import type { RawDocument } from "./types.js";

const port = parentPort!;
const locales = await loadLocales();
port.on("message", (m: { seq: number; raw: RawDocument }) => {
  port.postMessage({ seq: m.seq, analysis: analyzeDocument(m.raw, locales, (workerData as { maxBytes: number }).maxBytes) });
});
port.postMessage({ ready: true });
