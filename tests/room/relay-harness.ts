// Starts relays and room clients for Node tests: a relay on a free port over a temp SQLite file, phones and
// facilitators that speak to it over real WebSockets, and the state a projector would send.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { startRelay, type Relay, type RelayOptions } from '../../server/relay.ts';
import { connectRoom, newPhoneSecret, type RoomClient } from '../../src/room/client.ts';
import { phonesDocument } from '../../src/room/codes.ts';
import { createRoom, socketUrl, type NewRoom } from '../../src/room/relay-config.ts';

export interface Harness {
  dir: string;
  dataFile: string;
  relays: Relay[];
  clients: RoomClient[];
  start(options?: Partial<RelayOptions>): Promise<Relay>;
  room(relay: Relay): Promise<NewRoom>;
  facilitator(relays: Relay | Relay[], room: NewRoom): RoomClient;
  phone(relays: Relay | Relay[], room: NewRoom, secret?: string): RoomClient;
  /** A hand-made client that can send anything (forged messages): the raw Hocuspocus provider. */
  raw(relay: Relay, document: string, token: string): RawClient;
  cleanup(): Promise<void>;
}

export interface RawClient {
  provider: HocuspocusProvider;
  doc: Y.Doc;
  /** Stateless replies received, parsed. */
  replies: unknown[];
  /** Set when the relay refused the connection. */
  refused: string | null;
  closed: boolean;
}

export function harness(): Harness {
  const dir = mkdtempSync(join(tmpdir(), 'attune-relay-'));
  const raws: RawClient[] = [];
  const h: Harness = {
    dir,
    dataFile: join(dir, 'relay.sqlite'),
    relays: [],
    clients: [],
    async start(options = {}) {
      const relay = await startRelay({
        dataFile: h.dataFile,
        host: '127.0.0.1',
        storeDebounceMs: 50,
        ...options,
      });
      h.relays.push(relay);
      return relay;
    },
    room: (relay) => createRoom(relay.url),
    facilitator(relays, room) {
      const list = Array.isArray(relays) ? relays : [relays];
      const client = connectRoom({
        url: list.map((r) => socketUrl(r.url)),
        room: room.room,
        role: 'facilitator',
        key: room.key,
        WebSocketPolyfill: WebSocket,
      });
      h.clients.push(client);
      return client;
    },
    phone(relays, room, secret = newPhoneSecret()) {
      const list = Array.isArray(relays) ? relays : [relays];
      const client = connectRoom({
        url: list.map((r) => socketUrl(r.url)),
        room: room.room,
        role: 'phone',
        phoneSecret: secret,
        WebSocketPolyfill: WebSocket,
      });
      h.clients.push(client);
      return client;
    },
    raw(relay, document, token) {
      const doc = new Y.Doc();
      const socket = new HocuspocusProviderWebsocket({
        url: socketUrl(relay.url),
        WebSocketPolyfill: WebSocket,
        maxAttempts: 1,
      });
      const client: RawClient = {
        provider: undefined as never,
        doc,
        replies: [],
        refused: null,
        closed: false,
      };
      client.provider = new HocuspocusProvider({
        websocketProvider: socket,
        name: document,
        document: doc,
        token,
        awareness: null,
        onStateless: ({ payload }) => client.replies.push(JSON.parse(payload)),
        onAuthenticationFailed: ({ reason }) => (client.refused = reason),
        onClose: () => (client.closed = true),
      });
      client.provider.attach();
      raws.push(client);
      return client;
    },
    async cleanup() {
      for (const raw of raws) {
        raw.provider.destroy();
        raw.provider.configuration.websocketProvider.destroy();
      }
      for (const client of h.clients) client.close();
      for (const relay of h.relays) await relay.close().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return h;
}

/** A projector's state at decision `number` with `options` options (only the fields the relay reads matter). */
export function stateAt(
  number: number,
  options = 3,
  extra: { revealed?: boolean; screen?: 'intro' | 'meeting' | 'debrief'; seq?: number } = {},
) {
  return {
    kind: 'state',
    state: {
      protocol: 1,
      seq: extra.seq ?? number,
      instance: 'projector-1',
      room: 'test',
      screen: extra.screen ?? 'meeting',
      blackout: false,
      card: { title: 'The renewal' },
      decision: {
        key: `${number}:a|b|c`,
        number,
        revealed: extra.revealed ?? false,
        votes: Array.from({ length: options }, () => 0),
        options: Array.from({ length: options }, (_, i) => ({
          letter: String.fromCharCode(65 + i),
          text: `Option ${i + 1}`,
        })),
      },
    },
  };
}

/** The phones' document name of a test room. */
export const phonesDoc = (room: NewRoom): string => phonesDocument(room.room);
