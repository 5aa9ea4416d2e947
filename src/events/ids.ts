// Stable event ids: a decision keeps its id while its reports come and go. A re-merged
// subject's new events take, in key order, the id of the old event with the same key, then
// of the old event they share most articles with; only what is left gets a new id. A full
// rebuild over the same reports gives every event its key again, hence its id.
// Article sets are asked for only when keys do not match (most events keep their key).
export interface OldEvent {
  id: number;
  key: string;
  articles: () => Set<string>;
}

export interface NewEvent {
  key: string;
  articles: () => Set<string>;
}

export function assignIds(events: NewEvent[], old: OldEvent[], allocate: () => number): Map<string, number> {
  const ids = new Map<string, number>();
  const free = new Map(old.map((o) => [o.key, o]));
  const sorted = [...events].sort((a, b) => (a.key < b.key ? -1 : 1));
  const rest: NewEvent[] = [];
  for (const e of sorted) {
    const o = free.get(e.key);
    if (o) {
      ids.set(e.key, o.id);
      free.delete(e.key);
    } else rest.push(e);
  }
  for (const e of rest) {
    let best: OldEvent | null = null;
    let bestShared = 0;
    for (const o of free.values()) {
      let shared = 0;
      const theirs = o.articles();
      for (const a of e.articles()) if (theirs.has(a)) shared++;
      if (shared > bestShared || (shared === bestShared && shared > 0 && best && o.id < best.id)) [best, bestShared] = [o, shared];
    }
    if (best) {
      ids.set(e.key, best.id);
      free.delete(best.key);
    } else ids.set(e.key, allocate());
  }
  return ids;
}
