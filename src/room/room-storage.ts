// A Web Storage over the room's `saved` map, so the projector's workshop record (persist/workshop-store)
// lives in the room on the relay instead of one tab's sessionStorage: a closed or crashed projector
// reopens to the same line, votes and screen. Contract: reads see the room as last synced; writes reach the
// relay (and every other facilitator window) as one Yjs change each.
import type * as Y from 'yjs';
import { ROOM_MAPS } from './room-doc.ts';

export function roomStorage(doc: Y.Doc): Storage {
  const saved = doc.getMap<string>(ROOM_MAPS.saved);
  return {
    get length() {
      return saved.size;
    },
    clear: () => doc.transact(() => saved.clear()),
    getItem: (key) => saved.get(key) ?? null,
    key: (index) => [...saved.keys()][index] ?? null,
    removeItem: (key) => saved.delete(key),
    setItem: (key, value) => {
      if (saved.get(key) !== value) saved.set(key, String(value));
    },
  };
}
