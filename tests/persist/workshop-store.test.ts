// The workshop's record in Web Storage: checked on the way back, bad data kept aside with a message.
import { describe, expect, it } from 'vitest';
import { workshopKey, workshopStore } from '../../src/persist/workshop-store.ts';

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

const workshop = {
  storyId: 'hot-referral',
  log: [{ type: 'start' as const, at: 0, seed: 1, title: 'The Hot Referral' }],
  votes: [['1:a|b', [2, 0]]] as [string, number[]][],
  screen: 'meeting' as const,
};

describe('the workshop store', () => {
  it('gives back what it saved, for the same story only', () => {
    const storage = memoryStorage();
    const store = workshopStore(storage, 'room-1');
    store.save(workshop);
    expect(store.load('hot-referral')).toEqual({
      saved: { format: 'attune-workshop', version: 1, ...workshop },
      problem: null,
    });
    expect(store.load('cold-feet')).toEqual({ saved: null, problem: null });
    expect(workshopStore(storage, 'room-2').load('hot-referral').saved).toBeNull();
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
