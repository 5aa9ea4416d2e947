// Merges an article's mentions into the spec's events: one event per
// (jurisdiction, target, action), fields voted by the mentions, main vs background.
import type { BanEvent, Mention, PartialDate } from "../types.js";
import { eventScope, fillEvents } from "./fill.js";
import { levelOf } from "../gazetteer/jurisdictions.js";

export const eventKey = (m: { actor: { jurisdiction: string | null }; target: string; action: string }) =>
  `${m.actor.jurisdiction ?? ""}|${m.target.toLowerCase()}|${m.action}`;

/** Mentions that speak most directly come first: named actor, not background, earliest. */
function rank(m: Mention): number {
  return (m.actorSource === "sentence" ? 0 : 2) + (m.background ? 1 : 0);
}

export interface AssembleContext {
  /** Publication date as known. */
  published: PartialDate | null;
}

export function assembleEvents(mentions: Mention[], leadParagraphs: number, ctx: AssembleContext = { published: null }): BanEvent[] {
  // A court in a state stopping the country's ban ("a judge in Pennsylvania suspended the
  // Commerce Department's order"): the lift applies where the ban did.
  for (const m of mentions) {
    const jur = m.actor.jurisdiction;
    if (m.action !== "lift" || !jur?.includes("-")) continue;
    const country = jur.split("-")[0];
    const t = m.target.toLowerCase();
    const banned = (j: string) => mentions.some((o) => o.action === "ban" && o.actor.jurisdiction === j && o.target.toLowerCase() === t);
    if (banned(country) && !banned(jur)) {
      m.actor = { ...m.actor, jurisdiction: country, level: levelOf(country) };
      m.rules.push("actor.lifted-ban");
    }
  }
  const groups = new Map<string, Mention[]>();
  for (const m of mentions) {
    const k = eventKey(m);
    const g = groups.get(k);
    if (g) g.push(m);
    else groups.set(k, [m]);
  }
  // The article is about what its headline and lead report (not as background).
  const mainKeys = new Set(
    mentions.filter((m) => (m.inTitle || m.paragraph < leadParagraphs) && !m.background).map(eventKey),
  );
  if (!mainKeys.size && mentions.length) {
    const first = mentions.find((m) => !m.background) ?? mentions[0];
    mainKeys.add(eventKey(first));
  }
  // One decision covering several targets ("TikTok, Netflix and Candy Crush"): a sentence
  // that reports a main event makes its coordinated siblings main too.
  const mainSentences = new Set(mentions.filter((m) => mainKeys.has(eventKey(m)) && !m.background).map((m) => m.sentence));
  for (const m of mentions)
    if (mainSentences.has(m.sentence) && !m.background && mentions.some((o) => o.sentence === m.sentence && o.action === m.action && o.actor.jurisdiction === m.actor.jurisdiction && mainKeys.has(eventKey(o))))
      mainKeys.add(eventKey(m));

  // The same decision's other targets listed in a later sentence of the story ("Parmi les
  // applications désormais bannies figure ... Candy Crush"): same jurisdiction and action as
  // a main event, stated as news (no background cue) by a verb naming its targets itself: a
  // ban noun ("the ban on TikTok") or "these apps" refers back to a decision, maybe an older one,
  // and a target the article also reports as banned before ("was al verboden") is not today's.
  const mainDecisions = new Set(
    mentions.filter((m) => mainKeys.has(eventKey(m)) && !m.background && m.actor.jurisdiction).map((m) => `${m.actor.jurisdiction}|${m.action}`),
  );
  for (const m of mentions)
    if (!m.background && !m.rules[0]?.endsWith(".noun") && m.rules.includes("target.known") && mainDecisions.has(`${m.actor.jurisdiction}|${m.action}`)
      && !groups.get(eventKey(m))!.some((o) => o.background && !o.rules.includes("target.previous-sentence"))) mainKeys.add(eventKey(m));

  // A story about lifting a ban reports the ban itself as what came before.
  for (const k of [...mainKeys]) {
    const [jur, target, action] = k.split("|");
    if (action === "lift") mainKeys.delete(`${jur}|${target}|ban`);
    // The plan of a ban the story reports as taken is its prehistory ("the law that could lead to a ban").
    if (action === "ban") mainKeys.delete(`${jur}|${target}|proposal`);
  }

  const events: BanEvent[] = [];
  for (const [k, group] of groups) {
    const ordered = [...group].sort((a, b) => rank(a) - rank(b) || a.sentence - b.sentence);
    const first = <K extends keyof Mention>(f: K): Mention[K] | null => {
      for (const m of ordered) if (m[f] != null) return m[f];
      return null;
    };
    const lead = ordered[0];
    const evidence = [...new Map(group.filter((m) => !m.inTitle).map((m) => [m.evidence.start, m.evidence])).values()]
      .sort((a, b) => a.start - b.start);
    events.push({
      action: lead.action,
      target: lead.target,
      actor: {
        jurisdiction: lead.actor.jurisdiction,
        level: lead.actor.level,
        name: ordered.find((m) => m.actor.name)?.actor.name ?? null,
      },
      scope: eventScope(ordered).scope,
      audience: first("audience"),
      announced: first("announced"),
      effective: first("effective"),
      deadline: first("deadline"),
      expires: first("expires"),
      duration: first("duration"),
      main: mainKeys.has(k),
      evidence,
      rules: [...new Set(group.flatMap((m) => m.rules))],
    });
  }
  // Fields an event's own sentences leave empty, where the article settles them (fill.ts).
  fillEvents(events, ctx);
  // Main events first, then in reading order.
  return events.sort((a, b) => Number(b.main) - Number(a.main) || (a.evidence[0]?.start ?? -1) - (b.evidence[0]?.start ?? -1));
}
