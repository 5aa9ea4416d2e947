// Parsers for option values shared by commands.
import { InvalidArgumentError } from "commander";
import { parseDuration, type DurationUnit } from "./durations.js";

/** "20MB", "512k", "1000" -> bytes. */
export function parseBytes(v: string): number {
  const m = v.trim().match(/^(\d+(?:\.\d+)?)\s*(b|k|kb|m|mb|g|gb)?$/i);
  if (!m) throw new InvalidArgumentError(`"${v}" is not a size; write e.g. 5MB, 512KB or 1000000`);
  const mult = { b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 }[(m[2] ?? "b").toLowerCase()]!;
  return Math.round(Number(m[1]) * mult);
}

/** "500ms", "2s", "48h", "7d" -> milliseconds; a bare number is in `unit`. */
export const duration = (unit: DurationUnit) => (v: string): number => {
  const ms = parseDuration(v, unit);
  if (ms === null) throw new InvalidArgumentError(`"${v}" is not a duration; write e.g. 500ms, 2s, 48h or 7d`);
  return ms;
};

/** A whole number >= 0. */
export const int = (v: string): number => {
  if (!/^\d+$/.test(v.trim())) throw new InvalidArgumentError(`"${v}" is not a whole number`);
  return Number(v);
};
