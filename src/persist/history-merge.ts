// Merging finished runs into the history. Pure: the caller reads and writes storage. Nothing present is
// dropped silently: entries over the cap are returned as `leftOut` (the oldest go first), so the caller
// can set aside the trainee's own and name them all.
import type { HistoryEntry } from './save-schema.ts';

export interface HistoryMerge {
  /** The new history, oldest first, at most `cap` entries. */
  history: HistoryEntry[];
  /** Incoming entries now in the history. */
  added: HistoryEntry[];
  /** Incoming entries whose id was already there (or came twice), so they were not added again. */
  duplicates: number;
  /** Entries over the cap: the oldest, from the history that was there and from the incoming ones. */
  leftOut: { existing: HistoryEntry[]; incoming: HistoryEntry[] };
}

const byAge = (a: HistoryEntry, b: HistoryEntry) => a.finishedAt - b.finishedAt || a.id.localeCompare(b.id);

export function mergeHistory(
  existing: readonly HistoryEntry[],
  incoming: readonly HistoryEntry[],
  cap: number,
): HistoryMerge {
  const ids = new Set<string>();
  const mine: HistoryEntry[] = [];
  for (const entry of existing) {
    ids.add(entry.id);
    mine.push(entry);
  }
  const theirs: HistoryEntry[] = [];
  let duplicates = 0;
  for (const entry of incoming) {
    if (ids.has(entry.id)) duplicates++;
    else {
      ids.add(entry.id);
      theirs.push(entry);
    }
  }
  const origin = new Set(theirs);
  const all = [...mine, ...theirs].sort(byAge);
  const cut = Math.max(0, all.length - cap);
  const dropped = all.slice(0, cut);
  const history = all.slice(cut);
  return {
    history,
    added: history.filter((e) => origin.has(e)),
    duplicates,
    leftOut: {
      existing: dropped.filter((e) => !origin.has(e)),
      incoming: dropped.filter((e) => origin.has(e)),
    },
  };
}

export interface SplitIncoming {
  /** The newest `cap` incoming entries, one per id. */
  newest: HistoryEntry[];
  /** The rest, one per id: none of them can be among the newest `cap` of any merge. */
  older: HistoryEntry[];
  /** Incoming entries whose id came earlier in the same import. */
  repeated: number;
}

/** Done before the storage transaction, so the work inside it is bounded by the cap, not by the file. */
export function splitIncoming(incoming: readonly HistoryEntry[], cap: number): SplitIncoming {
  const ids = new Set<string>();
  const unique: HistoryEntry[] = [];
  for (const entry of incoming) {
    if (ids.has(entry.id)) continue;
    ids.add(entry.id);
    unique.push(entry);
  }
  if (unique.length <= cap) return { newest: unique, older: [], repeated: incoming.length - unique.length };
  const sorted = unique.sort(byAge);
  return {
    newest: sorted.slice(sorted.length - cap),
    older: sorted.slice(0, sorted.length - cap),
    repeated: incoming.length - sorted.length,
  };
}

/** mergeHistory over a split import: the same result, with only `cap` incoming entries to sort. */
export function mergeSplit(
  existing: readonly HistoryEntry[],
  split: SplitIncoming,
  cap: number,
): HistoryMerge {
  const merged = mergeHistory(existing, split.newest, cap);
  const ids = new Set(existing.map((e) => e.id));
  const olderNew = split.older.filter((e) => !ids.has(e.id));
  return {
    ...merged,
    duplicates: merged.duplicates + split.repeated + (split.older.length - olderNew.length),
    leftOut: { existing: merged.leftOut.existing, incoming: [...olderNew, ...merged.leftOut.incoming] },
  };
}
