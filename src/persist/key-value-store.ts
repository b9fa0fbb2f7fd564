// Where Attune keeps its data: IndexedDB through idb-keyval, with a localStorage fallback and, where
// neither works (some private windows, storage denied, a browser whose storage throws or never answers),
// memory only, so the game still plays and says that progress is not being saved.
import { createStore, del, get, keys, promisifyRequest, set, type UseStore } from 'idb-keyval';

/** What an update writes: the key's new value (undefined deletes it), other keys to put, keys to delete. */
export interface Change {
  value: unknown;
  put?: ReadonlyArray<readonly [string, unknown]>;
  remove?: readonly string[];
}

export interface KeyValueStore {
  /** False when nothing written survives a reload. */
  readonly persistent: boolean;
  readonly kind: 'indexeddb' | 'localstorage' | 'memory';
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
  keys(): Promise<string[]>;
  /**
   * Reads `key` and writes what `change` makes of it in one step no other tab can interleave with (one
   * IndexedDB readwrite transaction). `change` runs synchronously and must not throw for data it cannot
   * read: it decides what to keep.
   */
  update(key: string, change: (current: unknown) => Change): Promise<void>;
}

export function memoryStore(): KeyValueStore {
  const data = new Map<string, unknown>();
  const put = (key: string, value: unknown) =>
    value === undefined ? data.delete(key) : data.set(key, structuredClone(value));
  return {
    persistent: false,
    kind: 'memory',
    get: async (key) => structuredClone(data.get(key)),
    set: async (key, value) => void put(key, value),
    delete: async (key) => void data.delete(key),
    keys: async () => [...data.keys()],
    update: async (key, change) => {
      const next = change(structuredClone(data.get(key)));
      put(key, next.value);
      for (const [other, value] of next.put ?? []) put(other, value);
      for (const other of next.remove ?? []) data.delete(other);
    },
  };
}

/**
 * Values are stored as JSON text under a prefix, so foreign keys in the same origin are left alone. An
 * update is synchronous from read to write, so no other tab's script runs in between.
 */
export function webStorageStore(storage: Storage, prefix = 'attune:'): KeyValueStore {
  const read = (key: string): unknown => {
    const text = storage.getItem(prefix + key);
    if (text === null) return undefined;
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  };
  const write = (key: string, value: unknown) =>
    value === undefined
      ? storage.removeItem(prefix + key)
      : storage.setItem(prefix + key, JSON.stringify(value));
  return {
    persistent: true,
    kind: 'localstorage',
    get: async (key) => read(key),
    set: async (key, value) => write(key, value),
    delete: async (key) => storage.removeItem(prefix + key),
    keys: async () => {
      const found: string[] = [];
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (key?.startsWith(prefix)) found.push(key.slice(prefix.length));
      }
      return found;
    },
    update: async (key, change) => {
      const next = change(read(key));
      write(key, next.value);
      for (const [other, value] of next.put ?? []) write(other, value);
      for (const other of next.remove ?? []) storage.removeItem(prefix + other);
    },
  };
}

/** One readwrite transaction: read, change, write, like idb-keyval's own `update`, with more keys. */
function updateInTransaction(db: UseStore, key: string, change: (current: unknown) => Change): Promise<void> {
  let failure: unknown = null;
  return db('readwrite', (store) => {
    const transaction = store.transaction;
    const reading = store.get(key);
    reading.onsuccess = () => {
      try {
        const next = change(reading.result);
        if (next.value === undefined) store.delete(key);
        else store.put(next.value, key);
        for (const [other, value] of next.put ?? []) store.put(value, other);
        for (const other of next.remove ?? []) store.delete(other);
      } catch (error) {
        failure = error;
        transaction.abort();
      }
    };
    return promisifyRequest(transaction).catch((error: unknown) => {
      throw failure ?? error ?? new Error(`IndexedDB gave up the update of "${key}"`);
    });
  });
}

export function indexedDbStore(database = 'attune'): KeyValueStore {
  const store = createStore(database, 'data');
  return {
    persistent: true,
    kind: 'indexeddb',
    get: async (key) => get<unknown>(key, store),
    set: async (key, value) => set(key, value, store),
    delete: async (key) => del(key, store),
    keys: async () => (await keys(store)).map(String),
    update: async (key, change) => updateInTransaction(store, key, change),
  };
}

async function works(store: KeyValueStore, timeoutMs: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const probe = (async () => {
    await store.set('probe', 1);
    const ok = (await store.get('probe')) === 1;
    await store.delete('probe');
    return ok;
  })();
  const gaveUp = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([probe, gaveUp]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
    probe.catch(() => undefined);
  }
}

export interface OpenedStore {
  store: KeyValueStore;
  /** Why the preferred storage could not be used, for the "progress is not being saved" notice. */
  degraded?: string;
}

export interface StorageEnvironment {
  /** Reads the page's `indexedDB` (a getter that may throw). */
  indexedDB?: () => unknown;
  localStorage?: () => Storage | null;
  /** How long storage may take to answer before Attune plays on without it. */
  timeoutMs?: number;
}

function attempt<T>(read: (() => T) | undefined): T | null {
  try {
    return read?.() ?? null;
  } catch {
    return null;
  }
}

/** The best storage this browser allows: IndexedDB, else localStorage, else memory. Never rejects. */
export async function openStore(env: StorageEnvironment): Promise<OpenedStore> {
  const timeoutMs = env.timeoutMs ?? 4000;
  if (attempt(env.indexedDB)) {
    const idb = indexedDbStore();
    if (await works(idb, timeoutMs)) return { store: idb };
  }
  const storage = attempt(env.localStorage);
  if (storage) {
    const web = webStorageStore(storage);
    if (await works(web, timeoutMs))
      return { store: web, degraded: 'IndexedDB is not available; progress is kept in local storage' };
  }
  return {
    store: memoryStore(),
    degraded: 'this browser does not allow saving here, so progress is not being saved',
  };
}
