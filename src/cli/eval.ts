// `banwatch eval [GOLD_DIR...]`: extraction scored against hand-written gold.
import type { Command } from "commander";
import { existsSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { evaluate, existingDefaultGold, readGate, checkGate, REPO_ROOT } from "../eval/run.js";
import { formatScores } from "../eval/score.js";
import { UsageError } from "./errors.js";

export function registerEval(program: Command): void {
  program
    .command("eval")
    .description("Extract over gold sets and print precision, recall and F1 (the figures of shared/tools/score-events.mjs)")
    .argument("[dirs...]", "gold folders of <id>.json + <id>.txt (default: ../shared/gold/seeds and ../shared/gold/dev)")
    .option("-v, --verbose", "list every missed, spurious or mis-filled event")
    .option("--json", "print the figures as JSON")
    .option("--out <file>", "also write the predictions as JSON lines (input for score-events.mjs)")
    .option("--gate [file]", "fail (exit 1) when the figures over all sets drop below the pinned minimums", false)
    .addHelpText("after", "\nExit status: 0 ok, 1 when --gate finds a figure below its minimum, 2 on usage errors.")
    .action(async (dirs: string[], opts: { verbose?: boolean; json?: boolean; out?: string; gate: string | boolean }) => {
      const sets = dirs.length ? dirs.map((d) => resolve(d)) : existingDefaultGold();
      if (!sets.length) throw new UsageError("no gold folders: give one, or check out ../shared next to this repository");
      for (const d of sets) if (!existsSync(d)) throw new UsageError(`${d} does not exist`);
      const r = await evaluate(sets);
      if (opts.out) writeFileSync(opts.out, r.predictions.map((p) => JSON.stringify({ ...p, text: undefined })).join("\n") + "\n");
      if (opts.json) {
        process.stdout.write(JSON.stringify({ perSet: r.perSet.map((s) => ({ dir: s.dir, ...s.scores, notes: undefined })), overall: { ...r.overall, notes: undefined } }, null, 2) + "\n");
      } else {
        for (const s of r.perSet) {
          process.stdout.write(`== ${s.dir}\n`);
          if (opts.verbose) for (const n of s.scores.notes) process.stdout.write(`  ${n}\n`);
          process.stdout.write(formatScores(s.scores).slice(0, -1).map((l) => `  ${l}\n`).join(""));
        }
        process.stdout.write(`== all ${r.perSet.length} set(s)\n` + formatScores(r.overall).join("\n") + "\n");
      }
      if (opts.gate) {
        const file = typeof opts.gate === "string" ? opts.gate : resolve(REPO_ROOT, "eval-gate.json");
        const failures = checkGate(r.overall, readGate(file));
        for (const f of failures) process.stderr.write(`banwatch eval: gate: ${f}\n`);
        if (failures.length) process.exitCode = 1;
        else process.stderr.write(`banwatch eval: gate passed (${file})\n`);
      }
    });
}
