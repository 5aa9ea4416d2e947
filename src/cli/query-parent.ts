// `banwatch query` as the command line starts it: the process that parses the command and runs
// the statement is started at once, before this one loads the command line's modules, so that
// the two start-ups do not add up (about a tenth of a second). This process only reads
// --timeout, passes the output on and stops the statement at its timeout.
import { superviseQuery } from "./query-supervise.js";
import { DEFAULT_QUERY_TIMEOUT_MS, parseDuration } from "./durations.js";

/** Set in the statement's process: `banwatch query` runs the statement there, in process. */
export const QUERY_CHILD_ENV = "BANWATCH_QUERY_CHILD";

/** The --timeout of a query's arguments (bare number = s); an unreadable one is the child's usage error. */
export function timeoutOf(args: string[]): number {
  let value: string | undefined;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--timeout") value = args[i + 1];
    else if (args[i].startsWith("--timeout=")) value = args[i].slice("--timeout=".length);
  }
  return (value !== undefined ? parseDuration(value, "s") : null) ?? DEFAULT_QUERY_TIMEOUT_MS;
}

/** Runs `banwatch ARGS` (a query) in its own process: `bin` is the command line's entry file. */
export function runQueryCommand(bin: string, args: string[]): Promise<number> {
  return superviseQuery([bin, ...args], { ...process.env, [QUERY_CHILD_ENV]: "1" }, timeoutOf(args));
}
