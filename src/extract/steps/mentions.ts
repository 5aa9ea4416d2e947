// Step 7 — mentions: one per decider and target, each field with the rule that set it.
import type { Action, Actor, Fired, Mention } from "../../types.js";
import type { Candidate } from "./candidates.js";
import type { SentenceFacts } from "./facts.js";
import type { ChosenTarget } from "./objects.js";
import type { Deciders } from "./deciders.js";
import type { Fields } from "./fields.js";

export interface Reading {
  x: Candidate;
  si: number;
  inTitle: boolean;
  action: Action;
  actionWhy: Fired;
  cues: Fired[];
  targets: ChosenTarget[];
  previous: boolean;
  deciders: Deciders;
  background: Fired | null;
  fields: Fields;
  lang: string;
}

function actorOf(r: Reading, place: Deciders["places"][number] | null): Actor {
  const body = r.deciders.body?.body;
  return { jurisdiction: place?.code ?? null, level: body?.level ?? place?.level ?? null, name: place?.name ?? body?.name ?? null };
}

export function makeMentions(r: Reading, f: SentenceFacts): Mention[] {
  const { x, fields, deciders } = r;
  const out: Mention[] = [];
  const besides = { rule: `${r.lang}.cue.besides`, text: "" };
  const rules = [x.rule.id, ...r.cues.map((c) => c.rule), ...(r.action === "lift" && r.actionWhy.rule !== x.rule.id ? [r.actionWhy.rule] : []),
    ...new Set(r.targets.map((t) => t.why.rule)), ...(r.background ? [r.background.rule] : []), ...(deciders.source === "article" && deciders.why ? [deciders.why.rule] : []),
    ...Object.values(fields.why).map((w) => w.rule)];
  const { announced: _dated, ...undated } = fields.why;
  const actorWhy = deciders.why ?? (deciders.body ? { rule: `${r.lang}.actor.body`, text: deciders.body.text } : undefined);
  for (const place of deciders.places.length ? deciders.places : [null]) {
    for (const t of r.targets) {
      const background = r.background ?? (t.aside ? { ...besides, text: t.name } : null);
      out.push({
        action: r.action, target: t.name, actor: actorOf(r, place), actorSource: place ? deciders.source : "none",
        scope: fields.scope, audience: fields.audience, announced: t.aside ? null : fields.announced, effective: fields.effective,
        deadline: fields.deadline, expires: fields.expires, duration: fields.duration,
        background: !!background, inTitle: r.inTitle, paragraph: f.s.paragraph, sentence: r.si,
        evidence: { text: f.s.text, start: f.s.start, end: f.s.end },
        triggerKind: x.kind, refersBack: x.refersBack, targetSource: r.previous ? "previous" : "named", knownTarget: t.known, openTarget: t.open,
        rules: [...new Set(t.aside ? [...rules, besides.rule] : rules)],
        why: { action: r.actionWhy, target: t.why, ...(actorWhy ? { actor: actorWhy } : {}), ...(background ? { background } : {}),
          ...(t.aside ? undated : fields.why) },
      });
    }
  }
  return out;
}
