// A synchronous hint, kept in localStorage, of which stories have a run in progress. It lets a meeting
// opened straight from a link start at once when there is nothing to resume, instead of waiting for
// IndexedDB. The hint may only err towards "maybe": then the app waits for the real answer.
const KEY = 'attune.runs-in-progress';

function read(storage: Storage | null): Set<string> | null {
  try {
    const raw = storage?.getItem(KEY);
    if (raw === undefined) return null;
    const list = raw === null ? [] : (JSON.parse(raw) as unknown);
    return Array.isArray(list) ? new Set(list.filter((x): x is string => typeof x === 'string')) : null;
  } catch {
    return null;
  }
}

/** False only when the hint is readable and says this story has no run in progress. */
export function mayHaveRun(storage: Storage | null, storyId: string): boolean {
  const runs = read(storage);
  return runs === null || runs.has(storyId);
}

export function hintRun(storage: Storage | null, storyId: string, inProgress: boolean): void {
  const runs = read(storage) ?? new Set<string>();
  if (inProgress) runs.add(storyId);
  else runs.delete(storyId);
  try {
    storage?.setItem(KEY, JSON.stringify([...runs]));
  } catch {
    // Without the hint the app simply waits for storage before opening a meeting.
  }
}
