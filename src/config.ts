// Configuration of unattended runs: a JSON file, then environment variables on top,
// then command-line flags on top of both. Every field is checked before anything runs,
// and a bad one is reported with its name and the reason.
import { readFileSync, existsSync } from "node:fs";

export interface Config {
  db: string;
  sources: string | null;
  userAgent: string;
  delayMs: number;
  concurrency: number;
  maxBytes: number;
  /** Raw document bodies older than this many days may be pruned (null: keep for ever). */
  retentionDays: number | null;
  /** A run fails (exit 1) when more than this share of a source's requests failed, or a source got nothing at all. */
  failureThreshold: number;
  /** A lock older than this many minutes whose process is gone is taken over. */
  staleLockMinutes: number;
}

export const DEFAULTS: Config = {
  db: "data/banwatch.db",
  sources: null,
  userAgent: "banwatch/0.1 (+https://github.com/banwatch/banwatch; news research crawler)",
  delayMs: 1000,
  concurrency: 4,
  maxBytes: 5 * 1024 * 1024,
  retentionDays: null,
  failureThreshold: 0.5,
  staleLockMinutes: 360,
};

/** Environment variables and the config field each sets. */
export const ENV: Record<string, keyof Config> = {
  BANWATCH_DB: "db",
  BANWATCH_SOURCES: "sources",
  BANWATCH_USER_AGENT: "userAgent",
  BANWATCH_DELAY_MS: "delayMs",
  BANWATCH_CONCURRENCY: "concurrency",
  BANWATCH_MAX_BYTES: "maxBytes",
  BANWATCH_RETENTION_DAYS: "retentionDays",
  BANWATCH_FAILURE_THRESHOLD: "failureThreshold",
  BANWATCH_STALE_LOCK_MINUTES: "staleLockMinutes",
};

export class ConfigError extends Error {}

type Check = (v: unknown, where: string) => unknown;
const str: Check = (v, w) => {
  if (typeof v !== "string" || !v.trim()) throw new ConfigError(`${w}: must be a non-empty string`);
  return v.trim();
};
const num = (min: number, max: number, int = false): Check => (v, w) => {
  const n = typeof v === "string" && v.trim() !== "" ? Number(v) : v;
  if (typeof n !== "number" || !Number.isFinite(n) || n < min || n > max || (int && !Number.isInteger(n)))
    throw new ConfigError(`${w}: must be ${int ? "an integer" : "a number"} from ${min} to ${max}, not ${JSON.stringify(v)}`);
  return n;
};
const nullable = (c: Check): Check => (v, w) => (v === null || v === "" || v === "none" ? null : c(v, w));

const CHECKS: Record<keyof Config, Check> = {
  db: str,
  sources: nullable(str),
  userAgent: (v, w) => {
    const s = str(v, w) as string;
    if (!/banwatch/i.test(s)) throw new ConfigError(`${w}: must name banwatch so site owners know who is crawling`);
    return s;
  },
  delayMs: num(0, 600_000, true),
  concurrency: num(1, 64, true),
  maxBytes: num(1024, 1024 ** 3, true),
  retentionDays: nullable(num(1, 36_500, true)),
  failureThreshold: num(0, 1),
  staleLockMinutes: num(1, 10_080, true),
};

/** Checks a partial configuration; unknown fields are errors (a typo must not pass silently). */
export function validate(partial: Record<string, unknown>, where: string): Partial<Config> {
  const out: Partial<Config> = {};
  for (const [k, v] of Object.entries(partial)) {
    if (!(k in CHECKS)) throw new ConfigError(`${where}: unknown field "${k}"; known fields: ${Object.keys(CHECKS).join(", ")}`);
    (out as Record<string, unknown>)[k] = CHECKS[k as keyof Config](v, `${where}: ${k}`);
  }
  return out;
}

export function loadConfig(opts: { file?: string | null; env?: NodeJS.ProcessEnv; flags?: Record<string, unknown> } = {}): Config {
  const env = opts.env ?? process.env;
  const file = opts.file ?? env.BANWATCH_CONFIG ?? null;
  let fromFile: Partial<Config> = {};
  if (file) {
    if (!existsSync(file)) throw new ConfigError(`config file ${file} does not exist`);
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(file, "utf8"));
    } catch (e) {
      throw new ConfigError(`config file ${file}: not valid JSON (${(e as Error).message})`);
    }
    if (typeof data !== "object" || data === null || Array.isArray(data)) throw new ConfigError(`config file ${file}: must be a JSON object`);
    fromFile = validate(data as Record<string, unknown>, `config file ${file}`);
  }
  const fromEnv: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(ENV)) if (env[name] !== undefined) fromEnv[field] = env[name];
  const flags = Object.fromEntries(Object.entries(opts.flags ?? {}).filter(([, v]) => v !== undefined));
  return { ...DEFAULTS, ...fromFile, ...validate(fromEnv, "environment"), ...validate(flags, "command line") };
}
