// The worker side of src/analysis.ts: loads the locales once, then analyses one document
// per message. Runs off the main thread, so a pathological input can be stopped (the
// thread is terminated) and the main thread keeps answering signals meanwhile. The raw
// bytes are packed for the store here too: gzip is the main thread's largest cost otherwise.
import { parentPort, workerData } from "node:worker_threads";
import { loadLocales } from "./locales/index.js";
import { analyzeDocument } from "./document.js";
import { packBody } from "./store/body.js";
import type { RawDocument } from "./types.js";

const port = parentPort!;
const locales = await loadLocales();
const maxBytes = (workerData as { maxBytes: number }).maxBytes;
port.on("message", (m: { seq: number; raw: RawDocument }) => {
  const analysis = analyzeDocument(m.raw, locales, maxBytes);
  port.postMessage({ seq: m.seq, analysis: { ...analysis, body: packBody(m.raw.bytes) } });
});
port.postMessage({ ready: true });
