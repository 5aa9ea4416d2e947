// A sentence with no ban word of its own that names more targets of the decision just reported:
// "The FCC banned new equipment from Huawei and ZTE. The measure also affects Hytera, Hikvision and
// Dahua." / "Betroffen sind auch Hikvision und Dahua." / "Hikvision and Dahua are also covered."
// Each target it names is one more mention of that decision: its actor, action, scope and dates.
import type { Mention } from "../../types.js";
import type { CompiledLocale } from "../compile.js";
import type { Sentence } from "../sentences.js";
import type { SentenceTargets } from "./facts.js";
import { ruleId } from "../rules.js";
import { countWords } from "../words.js";
import { isCategory, type TargetHit } from "../targets.js";

/** How far back the decision may stand: the sentence before, or one more between. */
const EXTENSION_SENTENCES = 2;
/** Words besides the targets a subject before a closing cue may hold ("Also products of", "and"). */
const CLOSING_SUBJECT_WORDS = 4;

/** The stretch of the sentence that names the added targets, and the cue, or null. */
function extensionSpan(s: Sentence, c: CompiledLocale): { from: number; to: number; cue: string } | null {
  const head = c.extension.start?.exec(s.text);
  if (head) return { from: s.start + head[0].length, to: s.end, cue: head[0].trim() };
  const tail = c.extension.end?.exec(s.text);
  return tail ? { from: s.start, to: s.start + tail.index, cue: tail[0].trim() } : null;
}

/**
 * The targets the cue lists: a name anywhere ("also affects equipment made by Hytera"), a category only as
 * an item of the list itself, not inside one ("bolsas para periódicos" are no newspapers).
 */
function listed(hits: TargetHit[], s: Sentence, from: number, c: CompiledLocale): TargetHit[] {
  const out: TargetHit[] = [];
  let end = from;
  for (const h of hits) {
    if (isCategory(h) && !c.grammar.listGap.test(s.text.slice(end - s.start, h.start - s.start))) continue;
    out.push(h);
    end = h.end;
  }
  return out;
}

export function extensionMentions(s: Sentence, si: number, inTitle: boolean, targetsOf: () => SentenceTargets, last: Mention | null, c: CompiledLocale): Mention[] {
  if (!last || si - last.sentence > EXTENSION_SENTENCES || last.action === "advisory") return [];
  const span = extensionSpan(s, c);
  // "La medida no afecta a X", "betrifft X nicht": what a decision leaves out.
  if (!span || c.negation.test(s.text) || c.negationAfter?.cue.test(s.text)) return [];
  const targets = targetsOf();
  const rule = ruleId("cue.extension", c.locale.code);
  const hits = listed(targets.all.filter((h) => h.start >= span.from && h.end <= span.to && h.name !== last.target && !targets.aside.has(h.name)), s, span.from, c);
  // Before a closing cue the targets are the subject itself ("Hikvision and Dahua are also covered"), not
  // something of theirs ("users of the apps Hikvision sells are also affected").
  if (span.from === s.start && countWords(hits.reduceRight((t, h) => t.slice(0, h.start - s.start) + " " + t.slice(h.end - s.start), s.text.slice(0, span.to - s.start))) > CLOSING_SUBJECT_WORDS) return [];
  const out: Mention[] = [];
  for (const h of new Map(hits.map((x) => [x.name, x])).values()) {
    out.push({
      ...last, target: h.name, inTitle, paragraph: s.paragraph, sentence: si, evidence: { text: s.text, start: s.start, end: s.end },
      targetSource: "named", knownTarget: h.rule.endsWith("target.known"), openTarget: false,
      rules: [...new Set([...last.rules, rule, h.rule])],
      why: { ...last.why, target: { rule: h.rule, text: h.text }, action: { rule, text: span.cue } },
    });
  }
  return out;
}
