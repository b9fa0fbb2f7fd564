// An ordered, persistent outbox for xAPI statements. Statements are stored before they are sent, sent
// oldest first in batches, one request at a time, and removed only once the LRS has taken them; so a
// learner who plays offline (or whose LRS is down) loses nothing, and the LRS receives them in order on
// the next success, in this launch or a later one. Nothing here ever throws to the game or waits on it.
import type { Statement } from '@xapi/xapi';

/** What one attempt to send a batch came to. */
export type SendOutcome =
  /** The LRS stored the batch (or already had it: 409 Conflict on the same ids). */
  | 'sent'
  /** Offline, timeout, 5xx, 401/403/429: keep the batch and try again later. */
  | 'retry'
  /** The LRS rejected the batch as invalid (400 and similar): drop it, or it would block the queue forever. */
  | 'drop';

export type SendBatch = (statements: Statement[]) => Promise<SendOutcome>;

export interface QueueStore {
  load(): Statement[];
  save(statements: readonly Statement[]): void;
}

export interface QueueOptions {
  store: QueueStore;
  send: SendBatch;
  batchSize?: number;
  /** Waits before retrying after a failure: the n-th retry waits retryDelays[min(n, last)] ms. */
  retryDelays?: readonly number[];
  setTimer?: (fn: () => void, ms: number) => () => void;
  /** Called once per dropped batch, with the reason, for the console. */
  onDrop?: (statements: Statement[]) => void;
}

/** localStorage-backed store; falls back to memory when storage is unavailable or full. */
export function storageQueueStore(storage: Storage | null, key = 'attune:xapi-outbox:v1'): QueueStore {
  let memory: Statement[] = [];
  return {
    load() {
      if (!storage) return [...memory];
      try {
        const raw = storage.getItem(key);
        const parsed: unknown = raw ? JSON.parse(raw) : [];
        return Array.isArray(parsed) ? (parsed as Statement[]) : [];
      } catch {
        return [...memory];
      }
    },
    save(statements) {
      memory = [...statements];
      if (!storage) return;
      try {
        if (statements.length === 0) storage.removeItem(key);
        else storage.setItem(key, JSON.stringify(statements));
      } catch {
        // Storage full or blocked: the memory copy still sends them while this page is open.
      }
    },
  };
}

export class StatementQueue {
  private readonly batchSize: number;
  private readonly retryDelays: readonly number[];
  private readonly setTimer: (fn: () => void, ms: number) => () => void;
  private running: Promise<void> | null = null;
  private failures = 0;
  private cancelRetry: (() => void) | null = null;

  constructor(private readonly o: QueueOptions) {
    this.batchSize = o.batchSize ?? 25;
    this.retryDelays = o.retryDelays ?? [1000, 2000, 5000, 15000, 30000, 60000];
    this.setTimer =
      o.setTimer ??
      ((fn, ms) => {
        const id = setTimeout(fn, ms);
        return () => clearTimeout(id);
      });
  }

  get pending(): number {
    return this.o.store.load().length;
  }

  /** Stores the statements and starts sending in the background. */
  enqueue(statements: Statement | readonly Statement[]): void {
    const list = Array.isArray(statements) ? statements : [statements as Statement];
    this.o.store.save([...this.o.store.load(), ...list]);
    void this.flush();
  }

  /** Sends everything stored, oldest first; resolves when the outbox is empty or a send has failed. */
  flush(): Promise<void> {
    if (this.running) return this.running;
    this.cancelRetry?.();
    this.cancelRetry = null;
    this.running = this.drain().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async drain(): Promise<void> {
    for (;;) {
      const stored = this.o.store.load();
      if (stored.length === 0) {
        this.failures = 0;
        return;
      }
      const batch = stored.slice(0, this.batchSize);
      let outcome: SendOutcome;
      try {
        outcome = await this.o.send(batch);
      } catch {
        outcome = 'retry';
      }
      if (outcome === 'retry') {
        const delay = this.retryDelays[Math.min(this.failures, this.retryDelays.length - 1)] ?? 60000;
        this.failures++;
        this.cancelRetry = this.setTimer(() => void this.flush(), delay);
        return;
      }
      if (outcome === 'drop') this.o.onDrop?.(batch);
      this.failures = 0;
      // Remove exactly the batch sent; statements enqueued meanwhile stay behind it, in order.
      const ids = new Set(batch.map((s) => s.id));
      this.o.store.save(this.o.store.load().filter((s) => !ids.has(s.id)));
    }
  }
}
