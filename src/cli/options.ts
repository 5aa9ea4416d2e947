// Parsers for option values shared by commands.
import { InvalidArgumentError } from "commander";

/** "20MB", "512k", "1000" -> bytes. */
export function parseBytes(v: string): number {
  const m = v.trim().match(/^(\d+(?:\.\d+)?)\s*(b|k|kb|m|mb|g|gb)?$/i);
  if (!m) throw new InvalidArgumentError(`"${v}" is not a size; write e.g. 5MB, 512KB or 1000000`);
  const mult = { b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 }[(m[2] ?? "b").toLowerCase()]!;
  return Math.round(Number(m[1]) * mult);
}

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** "500ms", "2s", "48h", "7d" -> milliseconds; a bare number is in `unit`. */
export const duration = (unit: keyof typeof UNITS) => (v: string): number => {
  const m = v.trim().match(/^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?$/i);
  if (!m) throw new InvalidArgumentError(`"${v}" is not a duration; write e.g. 500ms, 2s, 48h or 7d`);
  return Math.round(Number(m[1]) * UNITS[(m[2] ?? unit).toLowerCase()]);
};

/** A whole number >= 0. */
export const int = (v: string): number => {
  if (!/^\d+$/.test(v.trim())) throw new InvalidArgumentError(`"${v}" is not a whole number`);
  return Number(v);
};
