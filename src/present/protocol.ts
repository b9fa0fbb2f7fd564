// The wire between the windows of one workshop: a BroadcastChannel per room, same origin, no server.
// Contract: the audience window owns the session and answers every `hello` and `command` with a `state`;
// presenters only send `hello` and `command` and render the states they receive.
import type { WorkshopCommand, WorkshopState } from './workshop-types.ts';

export type PresentMessage =
  | { kind: 'hello'; from: 'presenter' | 'audience'; id: string }
  | { kind: 'command'; id: string; sentAt: number; command: WorkshopCommand }
  | { kind: 'state'; state: WorkshopState }
  | { kind: 'bye'; from: 'presenter' | 'audience'; id: string };

export interface Transport {
  send(message: PresentMessage): void;
  /** Subscribes; returns the unsubscribe function. */
  listen(handler: (message: PresentMessage) => void): () => void;
  close(): void;
}

const COMMANDS = new Set<WorkshopCommand['type']>([
  'start',
  'continue',
  'choose',
  'vote',
  'set-votes',
  'clear-votes',
  'reveal',
  'show-failing',
  'rewind',
  'blackout',
  'debrief',
  'restart',
]);

export function channelName(room: string): string {
  return `attune-workshop:${room}`;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** Accepts only well-formed messages: other tabs of the same origin may share the channel name. */
export function isPresentMessage(value: unknown): value is PresentMessage {
  if (!isRecord(value)) return false;
  switch (value.kind) {
    case 'hello':
    case 'bye':
      return (value.from === 'presenter' || value.from === 'audience') && typeof value.id === 'string';
    case 'command': {
      const command = value.command;
      return (
        typeof value.id === 'string' &&
        typeof value.sentAt === 'number' &&
        isRecord(command) &&
        COMMANDS.has(command.type as WorkshopCommand['type'])
      );
    }
    case 'state':
      return (
        isRecord(value.state) &&
        value.state.protocol === 1 &&
        typeof value.state.seq === 'number' &&
        typeof value.state.instance === 'string'
      );
    default:
      return false;
  }
}

/** A transport over BroadcastChannel: every other window (and channel object) of the room hears it. */
export function broadcastTransport(room: string): Transport {
  const channel = new BroadcastChannel(channelName(room));
  const handlers = new Set<(message: PresentMessage) => void>();
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (!isPresentMessage(event.data)) return;
    for (const handler of handlers) handler(event.data);
  };
  return {
    send: (message) => channel.postMessage(message),
    listen: (handler) => {
      handlers.add(handler);
      return () => handlers.delete(handler);
    },
    close: () => {
      handlers.clear();
      channel.close();
    },
  };
}

/** In-memory transports joined like one channel (tests): a message reaches every other end, async. */
export function memoryTransports(count: number): Transport[] {
  const ends: Set<(message: PresentMessage) => void>[] = Array.from({ length: count }, () => new Set());
  return ends.map((mine) => ({
    send: (message) => {
      const copy = structuredClone(message);
      queueMicrotask(() => {
        for (const other of ends) if (other !== mine) for (const handler of other) handler(copy);
      });
    },
    listen: (handler) => {
      mine.add(handler);
      return () => mine.delete(handler);
    },
    close: () => mine.clear(),
  }));
}

/** Milliseconds since the epoch with sub-millisecond precision, comparable between windows. */
export function wallClock(): number {
  return performance.timeOrigin + performance.now();
}
