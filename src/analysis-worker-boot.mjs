// Worker entry: a worker thread does not inherit the parent's TypeScript loader, so it
// registers tsx itself before loading the worker module named in workerData.
import { register } from "tsx/esm/api";
import { workerData } from "node:worker_threads";

register();
await import(workerData.module);
