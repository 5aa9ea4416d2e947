// Written by scripts/verb-forms.ts from compromise (do not edit): every lemma's forms but the
// future tense, in compromise's order (see conjugate.ts).
export const VERB_FORMS: Record<string, readonly string[]> = {
  "annul": ["annul","annulled","annuls","annul"],
  "ban": ["ban","banned","bans","banning"],
  "bar": ["bar","barred","bars","barring"],
  "block": ["block","blocked","blocks","blocking"],
  "discourage": ["discourage","discouraged","discourages","discouraging"],
  "forbid": ["forbid","forbade","forbids","forbidding","forbidden"],
  "lift": ["lift","lifted","lifts","lifting"],
  "outlaw": [],
  "overturn": ["overturn","overturned","overturns","overturning"],
  "prohibit": ["prohibit","prohibited","prohibits","prohibiting"],
  "quash": ["quash","quashed","quashes","quashing"],
  "repeal": ["repeal","repealed","repeals","repealing"],
  "rescind": [],
  "restrict": ["restrict","restricted","restricts","restricting"],
  "reverse": ["reverse","reversed","reverses","reversing"],
  "revoke": ["revoke","revoked","revokes","revoking"],
  "suspend": ["suspend","suspended","suspends","suspending"],
  "unban": [],
  "unblock": ["unblock","unblocked","unblocks","unblocking"],
};
