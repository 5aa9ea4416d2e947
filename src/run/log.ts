// Logs of unattended runs: JSON lines on stderr (pino) when stderr is not a terminal,
// short human lines on a terminal; --quiet keeps only warnings and errors.
import pino, { type Logger } from "pino";

export function createLogger(opts: { quiet?: boolean; json?: boolean; tty?: boolean } = {}): Logger {
  const level = opts.quiet ? "warn" : "info";
  const tty = opts.tty ?? process.stderr.isTTY;
  if (!tty || opts.json) return pino({ level, base: { app: "banwatch" } }, pino.destination({ fd: 2, sync: true }));
  // On a terminal: "info  message key=value" lines, no JSON.
  const human = {
    write(line: string) {
      const { level: lv, msg, time, pid, hostname, app, ...rest } = JSON.parse(line);
      void time, pid, hostname, app;
      const name = pino.levels.labels[lv] ?? String(lv);
      const kv = Object.entries(rest).map(([k, v]) => `${k}=${typeof v === "object" ? JSON.stringify(v) : v}`).join(" ");
      process.stderr.write(`${name.padEnd(5)} ${msg ?? ""}${kv ? " " + kv : ""}\n`);
    },
  };
  return pino({ level }, human);
}
