// Where a workshop survives a reload of the projector window: one record per room in Web Storage
// (sessionStorage in the app), checked against a schema whenever it is read back. Unreadable data is kept
// aside under its own key, the workshop starts afresh, and the problem is said in words.
import * as v from 'valibot';
import type { LogEntry } from '../session/index.ts';
import { LIMITS } from './limits.ts';
import { parseJsonSafely } from './safe-json.ts';
import { describeIssues, logEntrySchema } from './save-schema.ts';

const count = v.pipe(v.number(), v.integer(), v.minValue(0));

export const savedWorkshopSchema = v.object({
  format: v.literal('attune-workshop'),
  version: v.literal(1),
  storyId: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  log: v.pipe(v.array(logEntrySchema), v.minLength(1), v.maxLength(LIMITS.maxLogEntries)),
  /** Vote tallies by decision key. */
  votes: v.pipe(
    v.array(v.tuple([v.pipe(v.string(), v.maxLength(LIMITS.maxText)), v.array(count)])),
    v.maxLength(10_000),
  ),
  screen: v.picklist(['intro', 'meeting', 'debrief']),
});

export type SavedWorkshop = Omit<v.InferOutput<typeof savedWorkshopSchema>, 'log'> & { log: LogEntry[] };

export interface LoadedWorkshop {
  /** The workshop to rebuild, or null to start afresh. */
  saved: SavedWorkshop | null;
  /** Why saved data could not be used (it is kept aside); null when there was none or it was fine. */
  problem: string | null;
}

export interface WorkshopStore {
  /** Reads the room's workshop for `storyId`; another story's workshop in the same room is left alone. */
  load(storyId: string): LoadedWorkshop;
  /** Best effort: a full or blocked storage keeps the workshop in memory only. */
  save(workshop: Omit<SavedWorkshop, 'format' | 'version'>): void;
}

export function workshopKey(room: string): string {
  return `attune.workshop.${room}`;
}

/** The room's workshop record in `storage`; with null storage nothing is kept. */
export function workshopStore(storage: Storage | null, room: string): WorkshopStore {
  const key = workshopKey(room);
  const setAside = (raw: string, why: string): string => {
    try {
      storage?.setItem(`${key}.unreadable`, raw);
      storage?.removeItem(key);
    } catch {
      // Storage refused: the bad record stays where it is, and is read (and refused) again next time.
    }
    return `The saved workshop for room “${room}” could not be read (${why}); it was kept aside as ${key}.unreadable and the workshop starts afresh.`;
  };
  return {
    load(storyId) {
      let raw: string | null = null;
      try {
        raw = storage?.getItem(key) ?? null;
      } catch {
        return { saved: null, problem: null };
      }
      if (raw === null) return { saved: null, problem: null };
      const parsed = parseJsonSafely(raw);
      if (!parsed.ok) return { saved: null, problem: setAside(raw, parsed.reason) };
      const checked = v.safeParse(savedWorkshopSchema, parsed.value);
      if (!checked.success) return { saved: null, problem: setAside(raw, describeIssues(checked.issues)) };
      if (checked.output.storyId !== storyId) return { saved: null, problem: null };
      return { saved: checked.output as SavedWorkshop, problem: null };
    },
    save(workshop) {
      if (!storage) return;
      try {
        storage.setItem(key, JSON.stringify({ format: 'attune-workshop', version: 1, ...workshop }));
      } catch {
        // Storage full or blocked: the workshop goes on in memory.
      }
    },
  };
}
