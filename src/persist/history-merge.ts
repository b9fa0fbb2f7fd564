// Merging finished runs into the history. Pure: the caller reads and writes storage. Nothing present is
// dropped silently: entries over the cap are returned as `leftOut` (the oldest go first), so the caller
// can set aside the trainee's own and name them all.
import type { HistoryEntry } from './save-schema.ts';

/** A run left out of the history: named (by its finish time) in the import's message, not kept. */
export type LeftOutRun = Pick<HistoryEntry, 'id' | 'finishedAt'>;

export interface HistoryMerge {
  /** The new history, oldest first, at most `cap` entries. */
  history: HistoryEntry[];
  /** Incoming entries now in the history. */
  added: HistoryEntry[];
  /** Incoming entries whose id was already there (or came twice), so they were not added again. */
  duplicates: number;
  /** Entries over the cap: the oldest, from the history that was there and from the incoming ones. */
  leftOut: { existing: HistoryEntry[]; incoming: LeftOutRun[] };
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
  older: LeftOutRun[];
  /** Incoming entries whose id came earlier in the same import. */
  repeated: number;
}

/**
 * Splits an import as its entries arrive, so no list of the whole file is kept or sorted: the newest `cap`
 * stay in a min-heap ordered by age (each arrival costs O(log cap)); of each one pushed out only its id
 * and finish time are kept, so a large file leaves little for the garbage collector to copy. The first entry with an id wins; later ones with the same id are counted as repeated.
 */
export class IncomingSplitter {
  private readonly ids = new Set<string>();
  /** Min-heap by age: heap[0] is the oldest of the newest `cap`. */
  private readonly heap: HistoryEntry[] = [];
  private readonly olderIds: string[] = [];
  private readonly olderFinished: number[] = [];
  private repeated = 0;
  constructor(private readonly cap: number) {}

  add(entry: HistoryEntry): void {
    if (this.ids.has(entry.id)) {
      this.repeated++;
      return;
    }
    this.ids.add(entry.id);
    const heap = this.heap;
    if (heap.length < this.cap) {
      heap.push(entry);
      this.siftUp(heap.length - 1);
      return;
    }
    const oldest = heap[0];
    if (oldest === undefined || byAge(entry, oldest) < 0) {
      this.leaveOut(entry);
      return;
    }
    heap[0] = entry;
    this.leaveOut(oldest);
    this.siftDown(0);
  }

  /** The split so far: `newest` oldest first. */
  result(): SplitIncoming {
    const older = this.olderIds.map((id, i) => ({ id, finishedAt: this.olderFinished[i] as number }));
    return { newest: [...this.heap].sort(byAge), older, repeated: this.repeated };
  }

  private leaveOut(entry: HistoryEntry): void {
    this.olderIds.push(entry.id);
    this.olderFinished.push(entry.finishedAt);
  }

  private siftUp(from: number): void {
    const heap = this.heap;
    let i = from;
    const item = heap[i] as HistoryEntry;
    while (i > 0) {
      const up = (i - 1) >> 1;
      const parent = heap[up] as HistoryEntry;
      if (byAge(parent, item) <= 0) break;
      heap[i] = parent;
      i = up;
    }
    heap[i] = item;
  }

  private siftDown(from: number): void {
    const heap = this.heap;
    const n = heap.length;
    let i = from;
    const item = heap[i] as HistoryEntry;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= n) break;
      const right = left + 1;
      let child = left;
      if (right < n && byAge(heap[right] as HistoryEntry, heap[left] as HistoryEntry) < 0) child = right;
      const next = heap[child] as HistoryEntry;
      if (byAge(item, next) <= 0) break;
      heap[i] = next;
      i = child;
    }
    heap[i] = item;
  }
}

/** Done before the storage transaction, so the work inside it is bounded by the cap, not by the file. */
export function splitIncoming(incoming: readonly HistoryEntry[], cap: number): SplitIncoming {
  const splitter = new IncomingSplitter(cap);
  for (const entry of incoming) splitter.add(entry);
  return splitter.result();
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
