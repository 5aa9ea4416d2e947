import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig, ConfigError, DEFAULTS } from "../../src/config.js";

const tmp = () => mkdtempSync(join(tmpdir(), "banwatch-config-"));

describe("configuration", () => {
  it("uses defaults when nothing is given", () => {
    expect(loadConfig({ env: {} })).toEqual(DEFAULTS);
  });

  it("layers file, environment and flags, in that order", () => {
    const f = join(tmp(), "c.json");
    writeFileSync(f, JSON.stringify({ db: "file.db", delayMs: 2000, retentionDays: 30 }));
    const c = loadConfig({ file: f, env: { BANWATCH_DB: "env.db", BANWATCH_CONCURRENCY: "2" }, flags: { db: "flag.db", delayMs: undefined } });
    expect(c).toMatchObject({ db: "flag.db", delayMs: 2000, concurrency: 2, retentionDays: 30 });
  });

  it("reads the config file named by BANWATCH_CONFIG", () => {
    const f = join(tmp(), "c.json");
    writeFileSync(f, JSON.stringify({ failureThreshold: 0.25 }));
    expect(loadConfig({ env: { BANWATCH_CONFIG: f } }).failureThreshold).toBe(0.25);
  });

  it("names the field and the reason of a bad value", () => {
    const f = join(tmp(), "c.json");
    writeFileSync(f, JSON.stringify({ delayMs: -5 }));
    expect(() => loadConfig({ file: f, env: {} })).toThrow(/delayMs: must be an integer from 0/);
    writeFileSync(f, JSON.stringify({ dealyMs: 5 }));
    expect(() => loadConfig({ file: f, env: {} })).toThrow(/unknown field "dealyMs"/);
    writeFileSync(f, "{ not json");
    expect(() => loadConfig({ file: f, env: {} })).toThrow(ConfigError);
    expect(() => loadConfig({ env: { BANWATCH_FAILURE_THRESHOLD: "lots" } })).toThrow(/environment: failureThreshold/);
    expect(() => loadConfig({ env: { BANWATCH_USER_AGENT: "curl/8" } })).toThrow(/must name banwatch/);
    expect(() => loadConfig({ file: join(tmp(), "missing.json"), env: {} })).toThrow(/does not exist/);
  });

  it("accepts none for an optional retention", () => {
    expect(loadConfig({ env: { BANWATCH_RETENTION_DAYS: "none" } }).retentionDays).toBeNull();
  });
});
