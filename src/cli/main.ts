// The banwatch command line: parses flags and hands over to one command module each.
import { Command, CommanderError } from "commander";
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, UsageError } from "./errors.js";
import { registerIngest } from "./ingest.js";
import { registerExtract } from "./extract.js";
import { registerEval } from "./eval.js";
import { registerReextract } from "./reextract.js";
import { registerQuery } from "./query.js";
import { registerExport } from "./export.js";
import { registerStats } from "./stats.js";
import { registerCrawl } from "./crawl.js";
import { registerRun } from "./run.js";
import { registerRuns } from "./runs.js";

export const DEFAULT_DB = "data/banwatch.db";

export function buildProgram(): Command {
  const program = new Command()
    .name("banwatch")
    .description("Reads news in many languages and turns reports of bans into a queryable SQLite record.")
    .version("0.1.0")
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride();
  registerIngest(program);
  registerExtract(program);
  registerEval(program);
  registerReextract(program);
  registerQuery(program);
  registerExport(program);
  registerStats(program);
  registerCrawl(program);
  registerRun(program);
  registerRuns(program);
  for (const c of program.commands) c.exitOverride().showHelpAfterError("(run with --help for usage)");
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
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
