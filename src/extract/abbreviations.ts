// An article that spells a thing out once and abbreviates it after ("bisphenol A (BPA) ... a law
// banning BPA") reports one target: mentions of the abbreviation take the spelled-out name.
// Only common nouns are spelled out this way; a name's bracketed acronym is the name people
// know ("PlayerUnknown's Battlegrounds (PUBG)") and is read as the target where it stands.
import type { Mention } from "../types.js";
import { escapeRegExp } from "./words.js";

/** An acronym in brackets: two to eight capitals or digits, a capital first. */
const BRACKETED = /\(\s*(\p{Lu}[\p{Lu}\p{N}]{1,7})\s*\)/gu;

/** Mentions whose target an article defines as an abbreviation of another mention's lower-case target, renamed to that target. */
export function foldAbbreviations(mentions: Mention[], text: string): Mention[] {
  const spelled = [...new Set(mentions.map((m) => m.target).filter((t) => /^\p{Ll}/u.test(t)))];
  if (!spelled.length) return mentions;
  const longForm = new Map<string, string>();
  for (const m of text.matchAll(BRACKETED)) {
    const before = text.slice(Math.max(0, m.index! - 80), m.index!);
    const long = spelled.find((t) => new RegExp(`(?<![\\p{L}])${escapeRegExp(t)}\\s*$`, "iu").test(before));
    if (long && long.toLowerCase() !== m[1].toLowerCase()) longForm.set(m[1], long);
  }
  if (!longForm.size) return mentions;
  // The abbreviation was read as a name, and a name is never a passing aside (assemble.ts): the renamed mention stays one.
  return mentions.map((m) => (longForm.has(m.target) ? { ...m, target: longForm.get(m.target)!, openTarget: false } : m));
}
