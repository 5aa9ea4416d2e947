// One run at a time per database: a lock file created exclusively next to it. A lock
// whose process is gone (killed run) is taken over; a live one is refused at once.
import { openSync, writeSync, closeSync, readFileSync, unlinkSync, renameSync } from "node:fs";
import { hostname } from "node:os";
import { processAlive } from "../util/process.js";

export interface LockInfo {
  pid: number;
  host: string;
  startedAt: string;
}

export class LockHeldError extends Error {
  constructor(readonly path: string, readonly holder: LockInfo) {
    super(`another banwatch run (pid ${holder.pid} on ${holder.host}, started ${holder.startedAt}) holds ${path}; this run stops without doing anything`);
  }
}

export interface Lock {
  path: string;
  takenOver: LockInfo | null;
  release(): void;
}


function readLock(path: string): LockInfo | null {
  try {
    return JSON.parse(readFileSync(path, "utf8")) as LockInfo;
  } catch {
    return null; // unreadable or half-written: treated as stale
  }
}

/** Takes the lock or throws LockHeldError. */
export function acquireLock(path: string, opts: { staleMinutes: number; now?: () => number } = { staleMinutes: 360 }): Lock {
  const now = opts.now ?? Date.now;
  const me: LockInfo = { pid: process.pid, host: hostname(), startedAt: new Date(now()).toISOString() };
  let takenOver: LockInfo | null = null;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, "wx");
      writeSync(fd, JSON.stringify(me));
      closeSync(fd);
      return {
        path,
        takenOver,
        release() {
          // Only remove the lock if it is still ours.
          if (readLock(path)?.pid === me.pid) unlinkSync(path);
        },
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
    const holder = readLock(path);
    const sameHost = holder?.host === me.host;
    const old = holder ? now() - Date.parse(holder.startedAt) > opts.staleMinutes * 60_000 : true;
    // Stale: the holder's process is gone (same host), or it is older than the limit (other host).
    const stale = !holder || (sameHost ? !processAlive(holder.pid) : old);
    if (!stale) throw new LockHeldError(path, holder!);
    // Move the stale lock aside atomically so two takers cannot both delete and create.
    const aside = `${path}.stale-${process.pid}`;
    try {
      renameSync(path, aside);
      unlinkSync(aside);
      takenOver = holder;
    } catch {
      // Someone else took it over first; try again.
    }
  }
  throw new LockHeldError(path, readLock(path) ?? me);
}
