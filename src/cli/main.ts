// The banwatch command line: parses flags and hands over to one command module each.
// Only the module of the command being run is imported, so `banwatch query` never
// loads the extractors, the locales, chrono-node or compromise (start-up in ms, not s).
import { Command, CommanderError } from "commander";
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, UsageError } from "./errors.js";
import { readFileSync } from "node:fs";

export const DEFAULT_DB = "data/banwatch.db";

/** The package's version, read where both src/cli and dist/cli find it: two folders up. */
const VERSION = (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version;

type Register = (program: Command) => void;

/** Every command: the line `banwatch --help` shows, and how to load the module that defines it. */
export const COMMANDS: Record<string, { summary: string; load: () => Promise<Register> }> = {
  ingest: { summary: "Read .txt and .html files (folders recursively) into the SQLite event store", load: async () => (await import("./ingest.js")).registerIngest },
  extract: { summary: "Extract ban events from files and print them (no database is touched)", load: async () => (await import("./extract.js")).registerExtract },
  eval: { summary: "Extract over gold sets and print precision, recall and F1", load: async () => (await import("./eval.js")).registerEval },
  reextract: { summary: "Re-run the current extractors over every stored article and rebuild canonical events", load: async () => (await import("./reextract.js")).registerReextract },
  query: { summary: "Run one read-only SQL statement against the store and print its rows", load: async () => (await import("./query.js")).registerQuery },
  export: { summary: "Write canonical events, event mentions or articles as CSV or JSON lines", load: async () => (await import("./export.js")).registerExport },
  stats: { summary: "Summarise the store: articles by language and outlet, events by action and jurisdiction", load: async () => (await import("./stats.js")).registerStats },
  crawl: { summary: "Fetch news pages (seeds, feeds, sitemaps, URL lists) politely into the SQLite event store", load: async () => (await import("./crawl.js")).registerCrawl },
  run: { summary: "The nightly job: crawl every source for what is new, ingest, merge events, prune (cron-safe)", load: async () => (await import("./run.js")).registerRun },
  runs: { summary: "List recent ingest, crawl and nightly runs with their status and counts", load: async () => (await import("./runs.js")).registerRuns },
};

const AFTER_ERROR = "(run with --help for usage)";

function baseProgram(): Command {
  return new Command()
    .name("banwatch")
    .description("Reads news in many languages and turns reports of bans into a queryable SQLite record.")
    .version(VERSION)
    .showHelpAfterError(AFTER_ERROR)
    .exitOverride();
}

/** The command named on the command line (`help NAME` included), if it is one of COMMANDS. */
export function commandOf(args: string[]): string | undefined {
  const first = args.find((a) => !a.startsWith("-"));
  const name = first === "help" ? args[args.indexOf(first) + 1] : first;
  return name && Object.hasOwn(COMMANDS, name) ? name : undefined;
}

/** A program holding the named command only, or (for help and mistakes) every command's summary. */
export async function buildProgram(args: string[] = []): Promise<Command> {
  const program = baseProgram();
  const name = commandOf(args);
  if (name) (await COMMANDS[name].load())(program);
  else for (const [n, c] of Object.entries(COMMANDS)) program.command(n).description(c.summary);
  for (const c of program.commands) c.exitOverride().showHelpAfterError(AFTER_ERROR);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const args = argv.slice(2);
  try {
    const program = await buildProgram(args);
    if (!args.length) {
      // No command: a usage error, with the help that says what to type.
      process.stderr.write(program.helpInformation());
      return EXIT_USAGE;
    }
    await program.parseAsync(argv);
    return typeof process.exitCode === "number" ? process.exitCode : EXIT_OK;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help") return EXIT_OK;
      return EXIT_USAGE; // commander has already printed what was wrong
    }
    if (e instanceof UsageError) {
      process.stderr.write(`banwatch: ${e.message}\n`);
      return EXIT_USAGE;
    }
    process.stderr.write(`banwatch: ${(e as Error).stack ?? e}\n`);
    return EXIT_FAILURE;
  }
}
