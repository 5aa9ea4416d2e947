// Runs bin/banwatch.js in a child process (as a user or cron would), capturing its output;
// `killWhen` sends SIGKILL once stderr shows a given state (a crash mid-run).
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export const BIN = fileURLToPath(new URL("../bin/banwatch.js", import.meta.url));

export interface Exit { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }

export function spawnCli(args: string[], opts: { env?: Record<string, string>; killWhen?: (stderr: string) => boolean } = {}): Promise<Exit> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...opts.env } });
    let stdout = "", stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => {
      stderr += d;
      if (opts.killWhen?.(stderr)) child.kill("SIGKILL");
    });
    child.on("close", (code, signal) => done({ code, signal, stdout, stderr }));
  });
}
