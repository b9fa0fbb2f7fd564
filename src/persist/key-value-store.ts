// Where Attune keeps its data: IndexedDB through idb-keyval, with a localStorage fallback and, where
// neither works (some private windows, storage denied), memory only, so the game still plays.
import { createStore, del, get, keys, set } from 'idb-keyval';

export interface KeyValueStore {
  /** False when nothing written survives a reload. */
  readonly persistent: boolean;
  readonly kind: 'indexeddb' | 'localstorage' | 'memory';
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
  keys(): Promise<string[]>;
}

export function memoryStore(): KeyValueStore {
  const data = new Map<string, unknown>();
  return {
    persistent: false,
    kind: 'memory',
    get: async (key) => structuredClone(data.get(key)),
    set: async (key, value) => void data.set(key, structuredClone(value)),
    delete: async (key) => void data.delete(key),
    keys: async () => [...data.keys()],
  };
}

/** Values are stored as JSON text under a prefix, so foreign keys in the same origin are left alone. */
export function webStorageStore(storage: Storage, prefix = 'attune:'): KeyValueStore {
  return {
    persistent: true,
    kind: 'localstorage',
    get: async (key) => {
      const text = storage.getItem(prefix + key);
      if (text === null) return undefined;
      try {
        return JSON.parse(text) as unknown;
      } catch {
        return text;
      }
    },
    set: async (key, value) => storage.setItem(prefix + key, JSON.stringify(value)),
    delete: async (key) => storage.removeItem(prefix + key),
    keys: async () => {
      const found: string[] = [];
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (key?.startsWith(prefix)) found.push(key.slice(prefix.length));
      }
      return found;
    },
  };
}

export function indexedDbStore(): KeyValueStore {
  const store = createStore('attune', 'data');
  return {
    persistent: true,
    kind: 'indexeddb',
    get: (key) => get<unknown>(key, store),
    set: (key, value) => set(key, value, store),
    delete: (key) => del(key, store),
    keys: async () => (await keys(store)).map(String),
  };
}

async function works(store: KeyValueStore): Promise<boolean> {
  try {
    await store.set('probe', 1);
    const ok = (await store.get('probe')) === 1;
    await store.delete('probe');
    return ok;
  } catch {
    return false;
  }
}

export interface OpenedStore {
  store: KeyValueStore;
  /** Why the preferred storage could not be used, for the "progress is not being saved" notice. */
  degraded?: string;
}

/** The best storage this browser allows: IndexedDB, else localStorage, else memory. */
export async function openStore(env: {
  indexedDB?: unknown;
  localStorage?: () => Storage | null;
}): Promise<OpenedStore> {
  if (env.indexedDB) {
    const idb = indexedDbStore();
    if (await works(idb)) return { store: idb };
  }
  let storage: Storage | null = null;
  try {
    storage = env.localStorage?.() ?? null;
  } catch {
    storage = null;
  }
  if (storage) {
    const web = webStorageStore(storage);
    if (await works(web))
      return { store: web, degraded: 'IndexedDB is not available; progress is kept in local storage' };
  }
  return {
    store: memoryStore(),
    degraded: 'this browser does not allow saving here, so progress is not being saved',
  };
}
