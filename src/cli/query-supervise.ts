// The parent's side of `banwatch query`: the statement runs in a process of its own, killed
// when it outlives the timeout (SQLite cannot be interrupted through better-sqlite3, and a
// thread stuck inside one sqlite3_step cannot be stopped); its output is passed on as it comes.
import { spawn } from "node:child_process";

/** Runs `node ...args` with env, its output passed on with back-pressure. Returns the exit status. */
export function superviseQuery(args: string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<number> {
  return new Promise((done) => {
    // Stopped ourselves (Ctrl-C, kill): the statement must not run on without us. The handlers are in
    // place before the statement's process exists, so no signal can reach us between the two.
    const signals = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
    const onSignal = (sig: keyof typeof signals) => {
      child.kill("SIGKILL");
      process.exit(signals[sig]);
    };
    for (const sig of Object.keys(signals) as (keyof typeof signals)[]) process.once(sig, onSignal);
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"], env });
    let timedOut = false;
    let readerGone = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeoutMs);
    child.stdout.on("data", (d: Buffer) => {
      if (!process.stdout.write(d)) {
        child.stdout.pause();
        process.stdout.once("drain", () => child.stdout.resume());
      }
    });
    child.stderr.on("data", (d: Buffer) => process.stderr.write(d));
    // The reader went away (| head): stop the statement; not a failure.
    const onPipeError = () => {
      readerGone = true;
      child.kill("SIGKILL");
    };
    process.stdout.once("error", onPipeError);
    child.on("close", (code) => {
      clearTimeout(timer);
      process.stdout.off("error", onPipeError);
      for (const sig of Object.keys(signals) as (keyof typeof signals)[]) process.off(sig, onSignal);
      if (timedOut) {
        process.stderr.write(`banwatch: the statement ran longer than ${timeoutMs / 1000} s and was stopped; narrow it or raise --timeout\n`);
        return done(1);
      }
      done(readerGone ? 0 : (code ?? 1));
    });
  });
}
