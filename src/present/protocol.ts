// The wire between the windows of one workshop: a BroadcastChannel per room, same origin, no server.
// Contract: the audience window owns the session and answers every `hello` and `command` with a `state`
// (hellos coalesced), and beats while it lives; presenters only send `hello` and `command` and render the
// states they receive. Windows of one workshop hold its key and sign every message (signedTransport).
import * as v from 'valibot';
import { hmacSigner, type Signer } from './channel-auth.ts';
import { MAX_SMALL_MESSAGE, MAX_STATE_MESSAGE, messageSchema } from './message-schema.ts';
import { tokenBucket, type RateLimit } from './rate-limit.ts';
import type { WorkshopCommand, WorkshopState } from './workshop-types.ts';

export type PresentMessage =
  | { kind: 'hello'; from: 'presenter' | 'audience'; id: string }
  | { kind: 'command'; id: string; sentAt: number; command: WorkshopCommand }
  /** `re` names the hello this state answers (a new projector trusts only an answer to its own hello). */
  | { kind: 'state'; state: WorkshopState; re?: string }
  | { kind: 'bye'; from: 'presenter' | 'audience'; id: string }
  /** The projector's heartbeat, once a second: presenters call it lost after HEARTBEAT_LOST_MS of silence. */
  | { kind: 'beat'; from: 'audience'; instance: string; at: number };

export interface Transport {
  send(message: PresentMessage): void;
  /** Subscribes; returns the unsubscribe function. */
  listen(handler: (message: PresentMessage) => void): () => void;
  close(): void;
}

/** How often the projector says it is alive, and how long a presenter waits before calling it lost. */
export const HEARTBEAT_MS = 1000;
export const HEARTBEAT_LOST_MS = 2500;

export function channelName(room: string): string {
  return `attune-workshop:${room}`;
}

/** Accepts only well-formed messages: other tabs of the same origin may share the channel name. */
export function isPresentMessage(value: unknown): value is PresentMessage {
  return v.safeParse(messageSchema, value).success;
}

/** A serialized message within its size limit, parsed and checked; null for anything else. */
export function readMessage(body: string): PresentMessage | null {
  if (body.length > MAX_STATE_MESSAGE) return null;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return null;
  }
  const checked = v.safeParse(messageSchema, value);
  if (!checked.success) return null;
  const message = checked.output as PresentMessage;
  if (message.kind !== 'state' && body.length > MAX_SMALL_MESSAGE) return null;
  return message;
}

/** The envelope a signed message travels in. */
interface Envelope {
  attune: 'workshop';
  body: string;
  mac: string;
}

const isEnvelope = (value: unknown): value is Envelope =>
  typeof value === 'object' &&
  value !== null &&
  (value as Envelope).attune === 'workshop' &&
  typeof (value as Envelope).body === 'string' &&
  typeof (value as Envelope).mac === 'string';

export interface Port {
  post(data: unknown): void;
  /** Subscribes to raw data from the other ends. */
  onData(handler: (data: unknown) => void): void;
  close(): void;
}

export interface SignedOptions {
  /** Drops inbound data beyond this rate before any work is spent on it (a flood must not starve us). */
  inbound?: RateLimit;
  now?: () => number;
}

/**
 * A transport over `port` where every message is signed with the workshop key: unsigned, wrongly signed,
 * oversized or malformed data is dropped unread. Messages are delivered in the order they arrived.
 */
export function signedTransport(port: Port, signer: Signer, o: SignedOptions = {}): Transport {
  const handlers = new Set<(message: PresentMessage) => void>();
  const inbound = o.inbound ?? tokenBucket(1000, 2000);
  const now = o.now ?? (() => performance.now());
  let sending: Promise<void> = Promise.resolve();
  let receiving: Promise<void> = Promise.resolve();
  let closed = false;
  port.onData((data) => {
    if (closed || !inbound.take(now()) || !isEnvelope(data) || data.body.length > MAX_STATE_MESSAGE) return;
    receiving = receiving.then(async () => {
      if (!(await signer.verify(data.body, data.mac).catch(() => false))) return;
      const message = readMessage(data.body);
      if (!message || closed) return;
      for (const handler of handlers) handler(message);
    });
  });
  return {
    send(message) {
      const body = JSON.stringify(message);
      sending = sending.then(async () => {
        const mac = await signer.sign(body);
        if (!closed) port.post({ attune: 'workshop', body, mac } satisfies Envelope);
      });
    },
    listen(handler) {
      handlers.add(handler);
      return () => handlers.delete(handler);
    },
    close() {
      // Messages already being signed still go out (a goodbye on pagehide), then the port closes.
      void sending.then(() => {
        closed = true;
        handlers.clear();
        port.close();
      });
    },
  };
}

/** The room's BroadcastChannel as a raw port. */
export function broadcastPort(room: string): Port {
  const channel = new BroadcastChannel(channelName(room));
  return {
    post: (data) => channel.postMessage(data),
    onData: (handler) => {
      channel.onmessage = (event: MessageEvent<unknown>) => handler(event.data);
    },
    close: () => channel.close(),
  };
}

/**
 * A transport over BroadcastChannel: every other window (and channel object) of the room hears it. With a
 * workshop key every message is signed and checked (see signedTransport); without one, messages go plain
 * and are only checked against the schema.
 */
export function broadcastTransport(room: string, options: { key?: string } = {}): Transport {
  if (options.key !== undefined) return signedTransport(broadcastPort(room), hmacSigner(options.key));
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
