// `banwatch eval [GOLD_DIR...]`: extraction scored against hand-written gold.
import type { Command } from "commander";
import { existsSync, writeFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import {
  evaluate, existingDefaultGold, readGate, readSplit, checkGate, DEFAULT_GATE, DEFAULT_SPLIT, type EvaluateOptions,
} from "../eval/run.js";
import { formatScores, type Scores } from "../eval/score.js";
import { UsageError } from "./errors.js";
import { evaluateClusters, checkClusterGate, formatClusterScores, DEFAULT_CLUSTERS } from "../eval/clusters.js";

const HELP = `
Sets: with no GOLD_DIR, reads ../shared/gold/seeds, dev and dev2 (each when present) and
splits dev2 into the halves of eval/dev2-split.json ("dev2/tune", "dev2/holdout"). Each set
is printed ("== NAME"), then its parts, then the total over the whole sets ("== total").

--split FILE: a JSON object {"part": ["id", ...], ...} (keys starting with "_" are comments).
Every evaluated set holding ids of FILE is also scored part by part, as "SET/part". It
replaces the default dev2 split.

--gate [FILE] (default eval-gate.json): {"minimum": {SET: {FIGURE: n}}, "maximum": {...},
"measured": {...}, "note": "..."}, SET being "total", a set name or "SET/part"; FIGURE one of
main_f1 all_f1 scope level announced lang published announced_wrong published_wrong. Pins of
sets not evaluated are skipped (and "total" with them).

Exit status: 0 ok, 1 when --gate finds a figure below its minimum or above its maximum,
2 on usage errors.

--clusters [FILE] (default ../shared/gold/clusters.json): instead of the event figures, ingest
the sets together into a scratch store and score how reports merge into decisions (the figures
of ../shared/tools/score-clusters.mjs): all decisions ("clusters"), those with no article of
the split's "holdout" part ("clusters/tune") and the others ("clusters/holdout"); -v lists
every decision. With --gate, the pins of the gate file's "clusters" section are checked.`;

const strip = (s: Scores) => ({ ...s, notes: undefined });

export function registerEval(program: Command): void {
  program
    .command("eval")
    .description("Extract over gold sets and print precision, recall and F1 (the figures of shared/tools/score-events.mjs)")
    .argument("[dirs...]", "gold folders of <id>.json + <id>.txt (default: ../shared/gold/seeds, dev and dev2)")
    .option("-v, --verbose", "list every missed, spurious or mis-filled event")
    .option("--json", "print the figures as JSON: {sets: [{name, dir, part_of?, ...figures}], total, gate?}")
    .option("--out <file>", "also write the predictions as JSON lines (input for score-events.mjs)")
    .option("--split <file>", "also score the parts of each set listed in FILE (default: eval/dev2-split.json for the default sets)")
    .option("--gate [file]", "fail (exit 1) when a figure of a set or of the total is out of its pinned bounds (default eval-gate.json)")
    .option("--clusters [file]", "score how reports merge into decisions instead (default ../shared/gold/clusters.json)")
    .addHelpText("after", HELP)
    .action(async (dirs: string[], opts: { verbose?: boolean; json?: boolean; out?: string; split?: string; gate?: string | boolean; clusters?: string | boolean }) => {
      const sets = dirs.length ? dirs.map((d) => resolve(d)) : existingDefaultGold();
      if (!sets.length) throw new UsageError("no gold folders: give one, or check out ../shared next to this repository");
      for (const d of sets) if (!existsSync(d)) throw new UsageError(`${d} does not exist`);
      const splitFile = opts.split ? resolve(opts.split) : !dirs.length && existsSync(DEFAULT_SPLIT) ? DEFAULT_SPLIT : undefined;
      const evalOpts: EvaluateOptions = {};
      if (splitFile) {
        if (!existsSync(splitFile)) throw new UsageError(`${splitFile} does not exist`);
        try {
          evalOpts.split = { file: relative(process.cwd(), splitFile) || splitFile, parts: readSplit(splitFile) };
        } catch (e) {
          throw new UsageError(`--split: ${(e as Error).message}`);
        }
      }
      const gateFile = opts.gate ? (typeof opts.gate === "string" ? resolve(opts.gate) : DEFAULT_GATE) : undefined;
      let gate;
      if (gateFile) {
        if (!existsSync(gateFile)) throw new UsageError(`${gateFile} does not exist`);
        try {
          gate = readGate(gateFile);
        } catch (e) {
          throw new UsageError(`--gate: ${(e as Error).message}`);
        }
      }

      if (opts.clusters) return runClusters(sets, opts.clusters, evalOpts.split?.parts.holdout ?? [], gateFile, opts);
      const r = await evaluate(sets, evalOpts);
      for (const w of r.warnings) process.stderr.write(`banwatch eval: split: ${w}\n`);
      if (opts.out) writeFileSync(opts.out, r.predictions.map((p) => JSON.stringify({ ...p, text: undefined })).join("\n") + "\n");
      const check = gate ? checkGate(r, gate) : undefined;

      if (opts.json) {
        const out = {
          sets: r.sets.map((s) => ({ name: s.name, dir: s.dir, part_of: s.part_of, ...strip(s.scores) })),
          total: strip(r.total),
          gate: check && { file: gateFile, passed: check.failures.length === 0, ...check },
        };
        process.stdout.write(JSON.stringify(out, null, 2) + "\n");
      } else {
        for (const s of r.sets) {
          const where = s.part_of ? `${s.scores.articles} of the ${r.sets.find((x) => x.name === s.part_of)!.scores.articles} articles of ${s.part_of}, ${evalOpts.split!.file}` : s.dir;
          process.stdout.write(`== ${s.name} (${where})\n`);
          if (opts.verbose && !s.part_of) for (const n of s.scores.notes) process.stdout.write(`  ${n}\n`);
          process.stdout.write(formatScores(s.scores).slice(0, -1).map((l) => `  ${l}\n`).join(""));
        }
        const whole = r.sets.filter((s) => !s.part_of).map((s) => s.name);
        process.stdout.write(`== total (${whole.length} set(s): ${whole.join(", ")})\n` + formatScores(r.total).join("\n") + "\n");
      }
      if (check) {
        for (const s of check.skipped) process.stderr.write(`banwatch eval: gate: ${s}\n`);
        for (const f of check.failures) process.stderr.write(`banwatch eval: gate: ${f}\n`);
        if (check.failures.length) process.exitCode = 1;
        else process.stderr.write(`banwatch eval: gate passed (${gateFile})\n`);
      }
    });
}

async function runClusters(sets: string[], clusters: string | true, holdout: string[], gateFile: string | undefined, opts: { verbose?: boolean; json?: boolean }) {
  const file = typeof clusters === "string" ? resolve(clusters) : DEFAULT_CLUSTERS;
  if (!existsSync(file)) throw new UsageError(`${file} does not exist`);
  const scores = await evaluateClusters(sets, file, new Set(holdout));
  const failures = gateFile ? checkClusterGate(gateFile, scores) : [];
  if (opts.json) process.stdout.write(JSON.stringify({ clusters: scores.map((s) => ({ ...s, lines: undefined })), gate: gateFile && { file: gateFile, passed: !failures.length, failures } }, null, 2) + "\n");
  else
    for (const s of scores) {
      process.stdout.write(`== ${s.name}\n`);
      if (opts.verbose && s.name === "clusters") for (const l of s.lines) process.stdout.write(`  ${l}\n`);
      process.stdout.write(`  ${formatClusterScores(s)}\n`);
    }
  for (const f of failures) process.stderr.write(`banwatch eval: gate: ${f}\n`);
  if (failures.length) process.exitCode = 1;
  else if (gateFile) process.stderr.write(`banwatch eval: cluster gate passed (${gateFile})\n`);
}
