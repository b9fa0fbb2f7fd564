// The workshop's record in Web Storage: checked on the way back, bad data kept aside with a message.
import { describe, expect, it } from 'vitest';
import { pruneWorkshops, workshopKey, workshopStore } from '../../src/persist/workshop-store.ts';

function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (key) => data.get(key) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (key) => void data.delete(key),
    setItem: (key, value) => void data.set(key, value),
  };
}

const version1 = {
  storyId: 'hot-referral',
  log: [{ type: 'start' as const, at: 0, seed: 1, title: 'The Hot Referral' }],
  votes: [['1:a|b', [2, 0]]] as [string, number[]][],
  screen: 'meeting' as const,
};

const workshop = {
  ...version1,
  blackout: true,
  revealed: '1:a|b',
  failingShown: null,
  thoughtLine: 3,
  startedAt: 5000,
  timer: { seconds: 120, endsAt: 125_000 },
  debriefPage: 0,
  notes: 'Room argued about B.',
  headCount: 18,
  savedAt: 10_000,
};

describe('the workshop store', () => {
  it('gives back what it saved, for the same story only', () => {
    const storage = memoryStorage();
    const store = workshopStore(storage, 'room-1');
    store.save(workshop);
    expect(store.load('hot-referral')).toEqual({
      saved: { format: 'attune-workshop', version: 2, ...workshop },
      problem: null,
    });
    expect(store.load('cold-feet')).toEqual({ saved: null, problem: null });
    expect(workshopStore(storage, 'room-2').load('hot-referral').saved).toBeNull();
  });

  it('reads a version 1 record (log, votes, screen) as version 2 with nothing revealed or blacked out', () => {
    const storage = memoryStorage();
    storage.setItem(workshopKey('r'), JSON.stringify({ format: 'attune-workshop', version: 1, ...version1 }));
    const saved = workshopStore(storage, 'r').load('hot-referral').saved;
    expect(saved).toMatchObject({ version: 2, votes: version1.votes, blackout: false, revealed: null });
  });

  it('refuses a saved vote count that is not a whole number in range', () => {
    for (const votes of [[['k', [1e308]]], [['k', [1.5]]]]) {
      const storage = memoryStorage();
      storage.setItem(
        workshopKey('r'),
        JSON.stringify({ format: 'attune-workshop', version: 2, ...workshop, votes }),
      );
      expect(workshopStore(storage, 'r').load('hot-referral').saved).toBeNull();
    }
  });

  it('prunes rooms saved longer ago than the age limit, and keeps the rest', () => {
    const storage = memoryStorage();
    workshopStore(storage, 'old').save({ ...workshop, savedAt: 0 });
    workshopStore(storage, 'new').save({ ...workshop, savedAt: 90 });
    storage.setItem('attune.other', 'kept');
    pruneWorkshops(storage, 100, 50);
    expect(storage.getItem(workshopKey('old'))).toBeNull();
    expect(storage.getItem(workshopKey('new'))).not.toBeNull();
    expect(storage.getItem('attune.other')).toBe('kept');
  });

  it('keeps broken JSON and records of the wrong shape aside, and says where', () => {
    for (const bad of [
      '{not json',
      JSON.stringify({ ...workshop, format: 'attune-workshop', version: 1, votes: [['k', [-1]]] }),
    ]) {
      const storage = memoryStorage();
      storage.setItem(workshopKey('r'), bad);
      const loaded = workshopStore(storage, 'r').load('hot-referral');
      expect(loaded.saved).toBeNull();
      expect(loaded.problem).toMatch(
        /could not be read \(.+\); it was kept aside as attune\.workshop\.r\.unreadable/,
      );
      expect(storage.getItem('attune.workshop.r.unreadable')).toBe(bad);
      expect(storage.getItem(workshopKey('r'))).toBeNull();
    }
  });

  it('goes on in memory when storage refuses', () => {
    const storage = memoryStorage();
    storage.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    const store = workshopStore(storage, 'r');
    expect(() => store.save(workshop)).not.toThrow();
    expect(workshopStore(null, 'r').load('hot-referral')).toEqual({ saved: null, problem: null });
  });
});
