// The browser's (and Node's) side of a room on the relay. `connectRoom` opens one room in one role and
// keeps it: it reconnects by itself, moves to the next relay address when one stops answering, and
// re-sends a phone's vote after a reconnect (the relay keeps one ballot per phone per decision, so a
// re-sent vote never counts twice). Contract: nothing here writes the room's state from a phone; a phone's
// only message is its vote, and only the relay's reply makes it "counted".
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { phonesDocument } from './codes.ts';
import {
  parseMessage,
  voteReplySchema,
  type PhoneView,
  type VoteReply,
  MAX_FACILITATOR_MESSAGE,
} from './messages.ts';
import { ROOM_MAPS, tallyBallots } from './room-doc.ts';

export type RoomRole = 'facilitator' | 'phone';

export interface ConnectRoomOptions {
  /** The relay's WebSocket address, ws(s)://host:port; with several, a lost one is replaced by the next. */
  url: string | readonly string[];
  /** The room id (26 letters). */
  room: string;
  role: RoomRole;
  /** The facilitator key (the projector's and presenter's); never given to a phone. */
  key?: string;
  /**
   * A phone's own secret (16–64 letters, digits, - or _). Keep it (localStorage) so a phone that reloads or
   * reconnects is the same voter and its vote stands; `newPhoneSecret()` makes one.
   */
  phoneSecret?: string;
  /** A WebSocket class where there is no global one (Node 20: the `ws` package). */
  WebSocketPolyfill?: unknown;
}

export interface RoomSnapshot {
  /** The socket to the relay. */
  status: 'connecting' | 'connected' | 'disconnected';
  /** The room's contents have arrived (false again while reconnecting). */
  synced: boolean;
  /** Why the relay refused this connection (wrong key, unknown room); null otherwise. */
  error: string | null;
  /** Phones: what is on screen and the open decision. Null for a facilitator and before the first sync. */
  view: PhoneView | null;
  /** Facilitators: how many phones are connected now. */
  joined: number;
  /** Facilitators: the join code phones type (from the relay). */
  code: string | null;
  /** Phones: this phone's vote as the relay counted it, at the decision on screen. */
  myVote: { decision: string; option: number } | null;
  /** Phones: the relay's reason for refusing the last vote; null after a counted one. */
  refused: string | null;
}

export interface RoomClient {
  readonly role: RoomRole;
  readonly room: string;
  readonly snapshot: RoomSnapshot;
  /** Calls `listener` now and after every change; returns the unsubscribe function. */
  subscribe(listener: (snapshot: RoomSnapshot) => void): () => void;
  /** Resolves once the room's contents have arrived; rejects when the relay refuses the connection. */
  ready(): Promise<void>;
  /** Phones: casts or changes this phone's vote; resolves with the relay's answer. */
  vote(decision: string, option: number): Promise<VoteReply>;
  /** Facilitators: the split at `decision` over `options` options, from the phones' ballots. */
  tally(decision: string, options: number): number[];
  /** Facilitators: how many phones have voted at `decision`. */
  voted(decision: string): number;
  /** Facilitators: sends a message to every other facilitator window of the room. */
  sendToFacilitators(message: unknown): void;
  /** Facilitators: hears the other facilitator windows' messages; returns the unsubscribe function. */
  onFacilitatorMessage(handler: (message: unknown) => void): () => void;
  /** Facilitators: the room's Yjs document (its `saved` map backs the projector's workshop record). */
  readonly doc: Y.Doc;
  close(): void;
}

/** A random phone secret: 128 bits in base-36 letters. */
export function newPhoneSecret(): string {
  return Array.from(crypto.getRandomValues(new Uint32Array(4)), (n) => n.toString(36).padStart(7, '0')).join(
    '',
  );
}

export function connectRoom(o: ConnectRoomOptions): RoomClient {
  const urls = typeof o.url === 'string' ? [o.url] : [...o.url];
  if (urls.length === 0)
    throw new Error('connectRoom needs the relay address (url), e.g. ws://192.168.1.20:8080');
  if (o.role === 'facilitator' && !o.key)
    throw new Error('A facilitator joins with the room key (#key=… in the address)');
  if (o.role === 'phone' && !o.phoneSecret)
    throw new Error('A phone joins with its own phoneSecret (newPhoneSecret())');
  const doc = new Y.Doc();
  const listeners = new Set<(snapshot: RoomSnapshot) => void>();
  const facilitatorHandlers = new Set<(message: unknown) => void>();
  const pending = new Map<string, { option: number; resolve: (reply: VoteReply) => void }[]>();
  let urlIndex = 0;
  let snapshot: RoomSnapshot = {
    status: 'connecting',
    synced: false,
    error: null,
    view: null,
    joined: 0,
    code: null,
    myVote: null,
    refused: null,
  };
  /** The vote to re-send after a reconnect: the last one this phone asked for. */
  let wanted: { decision: string; option: number } | null = null;
  /** A facilitator's last `state` message, as sent. */
  let lastState: string | null = null;
  let readyResolve: () => void = () => undefined;
  let readyReject: (error: Error) => void = () => undefined;
  const readyPromise = new Promise<void>((resolve, reject) => {
    readyResolve = resolve;
    readyReject = reject;
  });
  readyPromise.catch(() => undefined);

  const update = (changes: Partial<RoomSnapshot>): void => {
    snapshot = { ...snapshot, ...changes };
    for (const listener of listeners) listener(snapshot);
  };

  const socket = new HocuspocusProviderWebsocket({
    url: urls[0] ?? '',
    ...(o.WebSocketPolyfill ? { WebSocketPolyfill: o.WebSocketPolyfill } : {}),
    minDelay: 200,
    maxDelay: 2000,
    onDisconnect: () => {
      // The next attempt goes to the next relay address (a node of the same relay).
      urlIndex = (urlIndex + 1) % urls.length;
      socket.configuration.url = urls[urlIndex] ?? socket.configuration.url;
    },
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: o.role === 'phone' ? phonesDocument(o.room) : o.room,
    document: doc,
    // A phone publishes no presence (the relay refuses it); facilitators may (e.g. a heartbeat).
    ...(o.role === 'phone' ? { awareness: null } : {}),
    token: o.role === 'phone' ? `phone:${o.phoneSecret ?? ''}` : `key:${o.key ?? ''}`,
    onStatus: ({ status }) => update({ status, ...(status === 'connected' ? {} : { synced: false }) }),
    onSynced: ({ state }) => {
      update({ synced: state, error: null });
      if (!state) return;
      readyResolve();
      if (o.role === 'phone' && wanted) sendVote(wanted.decision, wanted.option);
      // A relay that restarted (or a new node) hears this window's last state again, so phones see the
      // decision on screen without waiting for the facilitator's next key.
      if (o.role === 'facilitator' && lastState !== null) provider.sendStateless(lastState);
    },
    onAuthenticationFailed: ({ reason }) => {
      const why =
        reason !== 'permission-denied'
          ? reason
          : o.role === 'phone'
            ? 'there is no such room on this relay: check the room code on the projector'
            : 'the facilitator key does not open this room: use the laptop’s address with its #key=…';
      update({ error: why });
      readyReject(new Error(`The relay refused to open the room: ${why}`));
    },
    onStateless: ({ payload }) => (o.role === 'phone' ? onVoteReply(payload) : onFacilitatorPayload(payload)),
  });
  provider.attach();

  function onVoteReply(payload: string): void {
    const parsed = parseMessage(voteReplySchema, payload, 4096);
    if (!parsed.ok) return;
    const reply = parsed.value;
    if (reply.t === 'vote-counted') {
      update({ myVote: { decision: reply.decision, option: reply.option }, refused: null });
    } else {
      update({ refused: reply.reason });
    }
    // The relay answers one connection's votes in order: each reply answers the oldest vote waiting.
    const decision = reply.decision ?? [...pending.keys()][0];
    const list = decision === undefined ? undefined : pending.get(decision);
    list?.shift()?.resolve(reply);
    if (decision !== undefined && list?.length === 0) pending.delete(decision);
  }

  function onFacilitatorPayload(payload: string): void {
    if (payload.length > MAX_FACILITATOR_MESSAGE) return;
    let json: unknown;
    try {
      json = JSON.parse(payload);
    } catch {
      return;
    }
    if (typeof json !== 'object' || json === null || !('t' in json) || json.t !== 'present') return;
    const message = (json as { message?: unknown }).message;
    for (const handler of facilitatorHandlers) handler(message);
  }

  function sendVote(decision: string, option: number): void {
    provider.sendStateless(JSON.stringify({ t: 'vote', decision, option }));
  }

  const ballots = doc.getMap<number>(ROOM_MAPS.ballots);
  const phones = doc.getMap<number>(ROOM_MAPS.phones);
  const meta = doc.getMap<string>(ROOM_MAPS.meta);
  const view = doc.getMap<string>(ROOM_MAPS.view);
  doc.on('afterTransaction', () => {
    if (o.role === 'phone') {
      const json = view.get('json');
      const next = typeof json === 'string' ? (JSON.parse(json) as PhoneView) : null;
      const decision = next?.decision?.key ?? null;
      update({
        view: next,
        ...(snapshot.myVote && snapshot.myVote.decision !== decision ? { myVote: null } : {}),
      });
      if (wanted && wanted.decision !== decision) wanted = null;
    } else {
      update({ joined: phones.size, code: meta.get('code') ?? null });
    }
  });

  return {
    role: o.role,
    room: o.room,
    doc,
    get snapshot() {
      return snapshot;
    },
    subscribe(listener) {
      listeners.add(listener);
      listener(snapshot);
      return () => listeners.delete(listener);
    },
    ready: () => readyPromise,
    vote(decision, option) {
      if (o.role !== 'phone') return Promise.reject(new Error('Only a phone votes through the relay'));
      wanted = { decision, option };
      return new Promise<VoteReply>((resolve) => {
        const list = pending.get(decision) ?? [];
        list.push({ option, resolve });
        pending.set(decision, list);
        sendVote(decision, option);
      });
    },
    tally: (decision, options) => tallyBallots(ballots.entries(), decision, options),
    voted: (decision) => tallyBallots(ballots.entries(), decision, 26).reduce((a, b) => a + b, 0),
    sendToFacilitators(message) {
      if (o.role !== 'facilitator') throw new Error('Only a facilitator window talks to the other windows');
      const payload = JSON.stringify({ t: 'present', message });
      const kind = typeof message === 'object' && message !== null && 'kind' in message ? message.kind : null;
      if (kind === 'state') lastState = payload;
      provider.sendStateless(payload);
    },
    onFacilitatorMessage(handler) {
      facilitatorHandlers.add(handler);
      return () => facilitatorHandlers.delete(handler);
    },
    close() {
      listeners.clear();
      facilitatorHandlers.clear();
      provider.destroy();
      socket.destroy();
      doc.destroy();
    },
  };
}
