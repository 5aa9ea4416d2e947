// The query process's entry point (see query-child.ts): started by `banwatch query`, killed at its timeout.
import { runAsProcess } from "./query-child.js";

runAsProcess();
