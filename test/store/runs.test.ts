import { describe, expect, it } from "vitest";
import { spawn, spawnSync } from "node:child_process";
import { hostname } from "node:os";
import { openDb } from "../../src/store/db.js";
import { startRun } from "../../src/store/runs.js";

describe("runs table", () => {
  it("closes runs whose process is gone, and leaves live ones and other hosts' alone", async () => {
    const db = openDb(":memory:");
    const dead = Number(spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" }).stdout);
    const live = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"]);
    try {
      const add = db.prepare("INSERT INTO runs (command, started_at, pid, host) VALUES ('ingest', '2024-01-01T00:00:00Z', ?, ?)");
      add.run(dead, hostname());
      add.run(live.pid, hostname());
      add.run(dead, "another-host");
      const id = startRun(db, "ingest");
      const rows = db.prepare("SELECT id, status, pid FROM runs ORDER BY id").all() as { id: number; status: string; pid: number }[];
      expect(rows.map((r) => r.status)).toEqual(["interrupted", "running", "running", "running"]);
      expect(rows[3]).toMatchObject({ id, pid: process.pid });
    } finally {
      live.kill();
      db.close();
    }
  });
});
