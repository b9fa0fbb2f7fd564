// Best score and completion per scenario, kept in localStorage (tolerant of missing or foreign data).
import { safeRead } from './settings.ts';

export interface StoryProgress {
  best: number | null;
  completed: boolean;
}

const KEY = 'attune.progress.v1';

export function readProgress(storage: Storage | null): Record<string, StoryProgress> {
  const raw = safeRead(storage, KEY);
  if (!raw) return {};
  try {
    const data = JSON.parse(raw) as unknown;
    if (typeof data !== 'object' || data === null) return {};
    const out: Record<string, StoryProgress> = {};
    for (const [id, value] of Object.entries(data as Record<string, unknown>)) {
      if (typeof value !== 'object' || value === null) continue;
      const rec = value as Record<string, unknown>;
      out[id] = {
        best: typeof rec.best === 'number' ? rec.best : null,
        completed: rec.completed === true,
      };
    }
    return out;
  } catch {
    return {};
  }
}

export function recordResult(storage: Storage | null, id: string, overall: number | null): void {
  const all = readProgress(storage);
  const prev = all[id] ?? { best: null, completed: false };
  const best = overall === null ? prev.best : Math.max(prev.best ?? 0, overall);
  all[id] = { best, completed: true };
  try {
    storage?.setItem(KEY, JSON.stringify(all));
  } catch {
    // Storage blocked: progress is not kept, the game still plays.
  }
}
