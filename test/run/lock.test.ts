import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync, existsSync, readFileSync } from "node:fs";
import { tmpdir, hostname } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { acquireLock, LockHeldError } from "../../src/run/lock.js";

const lockPath = () => join(mkdtempSync(join(tmpdir(), "banwatch-lock-")), "db.lock");

describe("run lock", () => {
  it("is exclusive while held and free after release", () => {
    const p = lockPath();
    const a = acquireLock(p, { staleMinutes: 60 });
    expect(JSON.parse(readFileSync(p, "utf8")).pid).toBe(process.pid);
    expect(() => acquireLock(p, { staleMinutes: 60 })).toThrow(LockHeldError);
    a.release();
    expect(existsSync(p)).toBe(false);
    acquireLock(p, { staleMinutes: 60 }).release();
  });

  it("takes over a lock whose process is gone", () => {
    const p = lockPath();
    // A pid that certainly ended: a child that has exited.
    const dead = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
    writeFileSync(p, JSON.stringify({ pid: Number(dead.stdout), host: hostname(), startedAt: new Date().toISOString() }));
    const l = acquireLock(p, { staleMinutes: 60 });
    expect(l.takenOver?.pid).toBe(Number(dead.stdout));
    l.release();
  });

  it("takes over an unreadable lock, and a lock from another host only when old", () => {
    const p = lockPath();
    writeFileSync(p, "{half");
    acquireLock(p, { staleMinutes: 60 }).release();
    writeFileSync(p, JSON.stringify({ pid: 1, host: "elsewhere", startedAt: new Date().toISOString() }));
    expect(() => acquireLock(p, { staleMinutes: 60 })).toThrow(/pid 1 on elsewhere/);
    writeFileSync(p, JSON.stringify({ pid: 1, host: "elsewhere", startedAt: new Date(Date.now() - 2 * 3600_000).toISOString() }));
    acquireLock(p, { staleMinutes: 60 }).release();
  });
});
