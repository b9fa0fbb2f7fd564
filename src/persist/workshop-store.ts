// Where a workshop survives its projector window: one record per room in Web Storage (localStorage in the
// app, so a closed or crashed projector reopened in a new window finds it), checked against a schema
// whenever it is read back. Unreadable data is kept aside under its own key, the workshop starts afresh,
// and the problem is said in words. Version 1 records (log, votes, screen) are read as version 2.
import * as v from 'valibot';
import type { LogEntry } from '../session/index.ts';
import { LIMITS } from './limits.ts';
import { parseJsonSafely } from './safe-json.ts';
import { describeIssues, logEntrySchema } from './save-schema.ts';

const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000));
const key = v.pipe(v.string(), v.maxLength(LIMITS.maxText));
const time = v.pipe(v.number(), v.finite(), v.minValue(0));

const common = {
  format: v.literal('attune-workshop'),
  storyId: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  log: v.pipe(v.array(logEntrySchema), v.minLength(1), v.maxLength(LIMITS.maxLogEntries)),
  /** Vote tallies by decision key. */
  votes: v.pipe(v.array(v.tuple([key, v.pipe(v.array(count), v.maxLength(26))])), v.maxLength(10_000)),
  screen: v.picklist(['intro', 'meeting', 'debrief']),
};

const version2 = v.object({
  ...common,
  version: v.literal(2),
  blackout: v.boolean(),
  /** The decision key whose votes and effects are revealed, the one whose failing choice is shown. */
  revealed: v.nullable(key),
  failingShown: v.nullable(key),
  /** The line number whose buyer thought is revealed. */
  thoughtLine: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0))),
  startedAt: v.nullable(time),
  timer: v.nullable(v.object({ seconds: count, endsAt: time })),
  debriefPage: count,
  notes: v.pipe(v.string(), v.maxLength(4000)),
  headCount: v.nullable(count),
  savedAt: time,
});

export const savedWorkshopSchema = v.variant('version', [
  v.object({ ...common, version: v.literal(1) }),
  version2,
]);

type Version2 = v.InferOutput<typeof version2>;
export type SavedWorkshop = Omit<Version2, 'log'> & { log: LogEntry[] };

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

const PREFIX = 'attune.workshop.';

export function workshopKey(room: string): string {
  return `${PREFIX}${room}`;
}

/** A version 1 record as version 2: nothing revealed, nothing blacked out. */
function upgrade(saved: v.InferOutput<typeof savedWorkshopSchema>): SavedWorkshop {
  if (saved.version === 2) return saved as SavedWorkshop;
  return {
    ...(saved as Omit<typeof saved, 'log'> & { log: LogEntry[] }),
    version: 2,
    blackout: false,
    revealed: null,
    failingShown: null,
    thoughtLine: null,
    startedAt: null,
    timer: null,
    debriefPage: 0,
    notes: '',
    headCount: null,
    savedAt: 0,
  };
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
      return { saved: upgrade(checked.output), problem: null };
    },
    save(workshop) {
      if (!storage) return;
      try {
        storage.setItem(key, JSON.stringify({ format: 'attune-workshop', version: 2, ...workshop }));
      } catch {
        // Storage full or blocked: the workshop goes on in memory.
      }
    },
  };
}

/**
 * Removes workshop records saved more than `maxAgeMs` before `now` (every workshop is its own room, so old
 * rooms would pile up). Best effort: unreadable records are left for their room to set aside.
 */
export function pruneWorkshops(storage: Storage | null, now: number, maxAgeMs: number): void {
  if (!storage) return;
  try {
    const stale: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const name = storage.key(i);
      if (!name?.startsWith(PREFIX) || name.endsWith('.unreadable')) continue;
      const parsed = parseJsonSafely(storage.getItem(name) ?? '');
      const savedAt =
        parsed.ok && typeof parsed.value === 'object' && parsed.value !== null
          ? (parsed.value as { savedAt?: unknown }).savedAt
          : undefined;
      if (typeof savedAt === 'number' && now - savedAt > maxAgeMs) stale.push(name);
    }
    for (const name of stale) storage.removeItem(name);
  } catch {
    // Storage blocked: nothing to prune.
  }
}
