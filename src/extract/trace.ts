// The engine's account of itself (chrono-node's context.debug and compromise's verbose
// mode are the models): per sentence, each trigger found and, when it was dropped, the
// rule that dropped it; per event, each field with the rule and text that set it.
// `banwatch extract FILE --explain` prints it; locale tests print it when a case fails.
import type { BanEvent, Fired } from "../types.js";

export interface TriggerTrace {
  form: string;
  start: number;
  rule: string;
  /** The rule that dropped the trigger, or null when it made mentions. */
  dropped: Fired | null;
  /** "JUR|target|action" of each mention it made. */
  made: string[];
}

export interface SentenceTrace {
  sentence: number;
  start: number;
  text: string;
  triggers: TriggerTrace[];
}

export class Trace {
  readonly sentences: SentenceTrace[] = [];
  events: BanEvent[] = [];

  sentence(sentence: number, start: number, text: string): SentenceTrace {
    const s = { sentence, start, text, triggers: [] };
    this.sentences.push(s);
    return s;
  }

  /** A readable account: sentences with triggers, then events with each field's origin. */
  format(): string {
    const lines: string[] = [];
    for (const s of this.sentences) {
      if (!s.triggers.length) continue;
      lines.push(`[s${s.sentence} @${s.start}] ${s.text}`);
      for (const t of s.triggers) {
        const verdict = t.dropped ? `dropped by ${t.dropped.rule} ("${t.dropped.text}")` : `-> ${t.made.join(", ") || "(no mention)"}`;
        lines.push(`  trigger "${t.form}" (${t.rule}) ${verdict}`);
      }
    }
    lines.push("");
    for (const e of this.events) {
      lines.push(`event ${e.actor.jurisdiction ?? "?"}|${e.target}|${e.action}${e.main ? " (main)" : ""}`);
      for (const [field, why] of Object.entries(e.why ?? {})) {
        const value = field === "actor" ? JSON.stringify(e.actor) : field === "background" ? String(!e.main) : JSON.stringify((e as unknown as Record<string, unknown>)[field]);
        lines.push(`  ${field.padEnd(10)} ${value}  <- ${why.rule} ("${why.text}")`);
      }
    }
    return lines.join("\n");
  }
}
