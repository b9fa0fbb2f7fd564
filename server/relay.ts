// The room relay: Hocuspocus (Yjs) rooms on one HTTP server that can also serve the built game. Roles are
// decided by the token a connection presents: the facilitator key opens the room's document (the
// projector and presenter); any phone may open the room's `.phones` document, read-only. A phone's only
// write is its own vote, a stateless message that the relay checks against the open decision, stores,
// and writes into the room as a ballot. Contract: every message is size- and rate-limited and parsed
// against its schema (src/room/messages.ts); anything else is refused and changes nothing.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Database } from '@hocuspocus/extension-database';
import { Redis } from '@hocuspocus/extension-redis';
import {
  Hocuspocus,
  type Connection,
  type DirectConnection,
  type Document,
  type Extension,
} from '@hocuspocus/server';
import sirv from 'sirv';
import { WebSocketServer } from 'ws';
import * as Y from 'yjs';
import { FACILITATOR_KEY, normaliseJoinCode, phonesDocument, ROOM_ID } from '../src/room/codes.ts';
import {
  facilitatorMessageSchema,
  MAX_FACILITATOR_MESSAGE,
  MAX_PHONE_MESSAGE,
  parseMessage,
  phoneVoteSchema,
  type PhoneView,
  type VoteReply,
} from '../src/room/messages.ts';
import { ballotKey, ROOM_MAPS } from '../src/room/room-doc.ts';
import { RateLimit } from './rate-limit.ts';
import { RelayStore, sha256 } from './store.ts';

export interface RelayOptions {
  /** 0 picks a free port. */
  port?: number;
  /** '0.0.0.0' serves the venue network; '127.0.0.1' this machine only. */
  host?: string;
  /** The SQLite file every relay process of this relay shares (':memory:' keeps nothing). */
  dataFile: string;
  /** Spreads rooms over several relay processes; null runs one process alone. */
  redis?: { host: string; port: number } | null;
  /** Serves the built game (dist/) beside the relay; null serves only the relay. */
  staticDir?: string | null;
  /** Names this process in logs and in Redis. */
  name?: string;
  /** Milliseconds a stored document may lag behind its last change (ballots are stored at once anyway). */
  storeDebounceMs?: number;
}

export interface Relay {
  port: number;
  /** http://host:port of this process. */
  url: string;
  hocuspocus: Hocuspocus<RoomContext>;
  /** Stops serving; `abrupt` drops every socket without a goodbye or a final store (a crash, for tests). */
  close(options?: { abrupt?: boolean }): Promise<void>;
}

export type RoomContext =
  { role: 'facilitator'; room: string } | { role: 'phone'; room: string; voter: string };

const PHONE_SECRET = /^[A-Za-z0-9_-]{16,64}$/;
/** Every message a connection sends (sync, awareness, stateless) draws from its bucket. */
const LIMITS = {
  phone: { rate: 20, burst: 60, maxBytes: 4096 },
  facilitator: { rate: 200, burst: 600, maxBytes: MAX_FACILITATOR_MESSAGE + 1024 },
  votesPerVoter: { rate: 4, burst: 8 },
  httpPerAddress: { rate: 1, burst: 30 },
} as const;

export async function startRelay(options: RelayOptions): Promise<Relay> {
  const store = new RelayStore(options.dataFile);
  const name = options.name ?? `relay-${process.pid}`;
  const messageLimits = new RateLimit(LIMITS.phone.rate, LIMITS.phone.burst);
  const facilitatorLimits = new RateLimit(LIMITS.facilitator.rate, LIMITS.facilitator.burst);
  const voteLimits = new RateLimit(LIMITS.votesPerVoter.rate, LIMITS.votesPerVoter.burst);
  const httpLimits = new RateLimit(LIMITS.httpPerAddress.rate, LIMITS.httpPerAddress.burst);
  const handles = new Map<string, Promise<{ room: DirectConnection; phones: DirectConnection }>>();

  const extensions: Extension[] = [
    new Database({
      fetch: async ({ documentName }) => store.fetchDocument(documentName),
      store: async ({ documentName, state }) => store.storeDocument(documentName, state),
    }),
  ];
  if (options.redis) {
    extensions.push(
      new Redis({ host: options.redis.host, port: options.redis.port, identifier: name, prefix: 'attune' }),
    );
  }

  const hocuspocus: Hocuspocus<RoomContext> = new Hocuspocus<RoomContext>({
    name,
    quiet: true,
    debounce: options.storeDebounceMs ?? 1000,
    maxDebounce: 5000,
    extensions,

    async onAuthenticate({ documentName, token, connectionConfig }) {
      if (ROOM_ID.test(documentName)) {
        const record = store.room(documentName);
        const key = token.startsWith('key:') ? token.slice(4) : '';
        if (!record || !FACILITATOR_KEY.test(key) || sha256(key) !== record.keyHash) {
          throw new Error('This room needs its facilitator key (the #key=… part of the laptop’s address)');
        }
        return { role: 'facilitator', room: documentName } satisfies RoomContext;
      }
      const room = documentName.endsWith('.phones') ? documentName.slice(0, -'.phones'.length) : '';
      const secret = token.startsWith('phone:') ? token.slice(6) : '';
      if (!ROOM_ID.test(room) || !store.room(room)) throw new Error('There is no such room on this relay');
      if (!PHONE_SECRET.test(secret)) throw new Error('A phone joins with a token `phone:<16–64 letters>`');
      connectionConfig.readOnly = true;
      return { role: 'phone', room, voter: sha256(`${room}:${secret}`).slice(0, 32) } satisfies RoomContext;
    },

    async beforeHandleMessage({ context, update, socketId }) {
      const limit = context.role === 'phone' ? LIMITS.phone : LIMITS.facilitator;
      const bucket = context.role === 'phone' ? messageLimits : facilitatorLimits;
      if (update.length > limit.maxBytes) {
        throw new Error(
          `Message of ${update.length} bytes refused: a ${context.role} may send ${limit.maxBytes}`,
        );
      }
      if (!bucket.take(socketId)) throw new Error(`Too many messages from this ${context.role}: slow down`);
    },

    async beforeHandleAwareness({ context }) {
      if (context?.role === 'phone') throw new Error('A phone cannot publish presence on the room');
    },

    async connected({ context, documentName }) {
      if (context.role !== 'phone' || documentName !== phonesDocument(context.room)) return;
      const { room } = await roomHandles(context.room);
      await room.transact((doc) => doc.getMap(ROOM_MAPS.phones).set(context.voter, Date.now()));
    },

    async onDisconnect({ context, documentName, socketId }) {
      messageLimits.forget(socketId);
      facilitatorLimits.forget(socketId);
      if (context.role === 'phone' && documentName === phonesDocument(context.room)) {
        const phones = hocuspocus.documents.get(documentName);
        const stillHere = [...(phones?.connections.keys() ?? [])].some(
          (connection) =>
            (connection.context as RoomContext).role === 'phone' &&
            connection.context.voter === context.voter,
        );
        if (!stillHere) {
          const { room } = await roomHandles(context.room);
          await room.transact((doc) => doc.getMap(ROOM_MAPS.phones).delete(context.voter));
        }
      }
      releaseIfIdle(context.room);
    },

    async afterLoadDocument({ document, documentName }) {
      if (!ROOM_ID.test(documentName)) return;
      // Ballots are stored the moment they are cast; a document stored a little earlier catches up here.
      const ballots = document.getMap<number>(ROOM_MAPS.ballots);
      const meta = document.getMap<string>(ROOM_MAPS.meta);
      const code = store.room(documentName)?.code;
      document.transact(() => {
        if (code && meta.get('code') !== code) meta.set('code', code);
        for (const ballot of store.ballots(documentName)) {
          const key = ballotKey(ballot.decision, ballot.voter);
          if (ballots.get(key) !== ballot.option) ballots.set(key, ballot.option);
        }
      });
    },

    async onStateless({ connection, document, payload }) {
      const context = connection.context as RoomContext;
      if (context.role === 'phone') await onPhoneMessage(context, connection, payload);
      else onFacilitatorMessage(context, connection, document, payload);
    },
  });

  async function onPhoneMessage(
    context: Extract<RoomContext, { role: 'phone' }>,
    connection: Connection,
    payload: string,
  ): Promise<void> {
    const reply = (message: VoteReply): void => connection.sendStateless(JSON.stringify(message));
    const parsed = parseMessage(phoneVoteSchema, payload, MAX_PHONE_MESSAGE);
    if (!parsed.ok) return reply({ t: 'vote-refused', decision: null, reason: parsed.reason });
    const vote = parsed.value;
    const refuse = (reason: string): void => reply({ t: 'vote-refused', decision: vote.decision, reason });
    if (!voteLimits.take(context.voter)) return refuse('Too many votes from this phone: wait a moment');
    const { room } = await roomHandles(context.room);
    const view = readPhoneView(hocuspocus.documents.get(phonesDocument(context.room)) ?? null);
    if (!view?.decision || view.screen !== 'meeting') return refuse('The room is not at a decision now');
    if (view.decision.key !== vote.decision)
      return refuse('That decision is over: vote on the one on screen');
    if (view.decision.revealed) return refuse('The votes are revealed: this decision no longer takes votes');
    if (vote.option >= view.decision.options.length) {
      return refuse(`There is no option ${String.fromCharCode(65 + vote.option)} at this decision`);
    }
    store.saveBallot(
      context.room,
      { decision: vote.decision, voter: context.voter, option: vote.option },
      Date.now(),
    );
    await writeBallot(context.room, room, ballotKey(vote.decision, context.voter), vote.option);
    reply({ t: 'vote-counted', decision: vote.decision, option: vote.option });
  }

  /**
   * Ballots stored in SQLite are written into their room in batches: those that arrive before the event
   * loop next turns go in one Yjs transaction (one update to the facilitators), not one each. Resolves once
   * the ballot is in the room.
   */
  const pendingBallots = new Map<
    string,
    {
      room: Awaited<ReturnType<typeof roomHandles>>['room'];
      ballots: Map<string, number>;
      done: Promise<void>;
    }
  >();
  function writeBallot(
    roomName: string,
    room: Awaited<ReturnType<typeof roomHandles>>['room'],
    key: string,
    option: number,
  ): Promise<void> {
    const pending = pendingBallots.get(roomName);
    if (pending) {
      pending.ballots.set(key, option);
      return pending.done;
    }
    const ballots = new Map([[key, option]]);
    const done = new Promise<void>((resolve, reject) => {
      setImmediate(() => {
        pendingBallots.delete(roomName);
        room
          .transact((doc) => {
            const map = doc.getMap<number>(ROOM_MAPS.ballots);
            for (const [k, o] of ballots) map.set(k, o);
          })
          .then(resolve, reject);
      });
    });
    pendingBallots.set(roomName, { room, ballots, done });
    return done;
  }

  function onFacilitatorMessage(
    context: Extract<RoomContext, { role: 'facilitator' }>,
    connection: Connection,
    document: Document,
    payload: string,
  ): void {
    const parsed = parseMessage(facilitatorMessageSchema, payload, MAX_FACILITATOR_MESSAGE);
    if (!parsed.ok) {
      connection.sendStateless(JSON.stringify({ t: 'refused', reason: parsed.reason }));
      return;
    }
    document.broadcastStateless(payload, (other) => other !== connection);
    const message = parsed.value.message;
    if (message.kind !== 'state') return;
    const state = message.state;
    const view: PhoneView = {
      title: state.card.title,
      screen: state.screen,
      blackout: state.blackout,
      decision: state.decision
        ? {
            key: state.decision.key,
            number: state.decision.number,
            options: state.decision.options.map((option) => ({ letter: option.letter, text: option.text })),
            revealed: state.decision.revealed,
            votes: state.decision.revealed ? state.decision.votes : null,
          }
        : null,
      line: state.decision && state.line ? { who: state.line.who, text: state.line.text } : null,
      ended: state.sessionState === 'ended',
    };
    void roomHandles(context.room).then(({ phones }) => {
      const map = hocuspocus.documents.get(phonesDocument(context.room))?.getMap(ROOM_MAPS.view);
      const json = JSON.stringify(view);
      if (map && map.get('json') !== json) void phones.transact(() => map.set('json', json));
    });
  }

  /** Direct connections that keep both documents of a room loaded on this process while it is in use. */
  function roomHandles(room: string): Promise<{ room: DirectConnection; phones: DirectConnection }> {
    let handle = handles.get(room);
    if (!handle) {
      handle = Promise.all([
        hocuspocus.openDirectConnection(room),
        hocuspocus.openDirectConnection(phonesDocument(room)),
      ]).then(([roomDoc, phones]) => ({ room: roomDoc, phones }));
      handles.set(room, handle);
    }
    return handle;
  }

  function releaseIfIdle(room: string): void {
    const inUse = [room, phonesDocument(room)].some(
      (n) => (hocuspocus.documents.get(n)?.connections.size ?? 0) > 0,
    );
    const handle = handles.get(room);
    if (inUse || !handle) return;
    handles.delete(room);
    void handle.then(letGo);
  }

  /** Lets a room's documents unload (stored first). A relay going down may have unloaded them already. */
  async function letGo(handle: { room: DirectConnection; phones: DirectConnection }): Promise<void> {
    await Promise.allSettled([handle.room.disconnect(), handle.phones.disconnect()]);
  }

  // ---- HTTP: rooms, and the built game ------------------------------------------------------------------
  const serveGame = options.staticDir ? sirv(options.staticDir, { etag: true }) : null;
  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    if (path.startsWith('/api/')) {
      handleApi(request, response, path);
      return;
    }
    if (serveGame) {
      serveGame(request, response, () => sendJson(response, 404, { error: `Nothing at ${path}` }));
      return;
    }
    sendJson(response, 404, { error: 'This relay serves no game; start it with --static dist' });
  });

  function handleApi(request: IncomingMessage, response: ServerResponse, path: string): void {
    response.setHeader('Access-Control-Allow-Origin', '*');
    response.setHeader('Cache-Control', 'no-store');
    if (request.method === 'OPTIONS') {
      response.setHeader('Access-Control-Allow-Methods', 'GET, POST');
      response.writeHead(204).end();
      return;
    }
    if (path === '/api/health') return sendJson(response, 200, { ok: true, name });
    const address = request.socket.remoteAddress ?? 'unknown';
    if (!httpLimits.take(address)) {
      return sendJson(response, 429, { error: 'Too many requests from this address: wait a minute' });
    }
    if (path === '/api/rooms' && request.method === 'POST') {
      return sendJson(response, 201, store.createRoom(Date.now()));
    }
    const byCode = /^\/api\/rooms\/([^/]+)$/.exec(path);
    if (byCode && request.method === 'GET') {
      const code = normaliseJoinCode(decodeURIComponent(byCode[1] ?? ''));
      const record = code ? store.roomByCode(code) : null;
      if (!record)
        return sendJson(response, 404, { error: 'No room has that code: check the code on the projector' });
      return sendJson(response, 200, { room: record.room, code: record.code });
    }
    sendJson(response, 404, { error: `No API at ${request.method ?? ''} ${path}` });
  }

  const sockets = new WebSocketServer({ noServer: true, maxPayload: LIMITS.facilitator.maxBytes });
  server.on('upgrade', (request, socket, head) => {
    sockets.handleUpgrade(request, socket, head, (ws) => {
      const fetchRequest = new Request(`http://${request.headers.host ?? 'localhost'}${request.url ?? '/'}`, {
        headers: Object.entries(request.headers).flatMap(([k, value]) =>
          typeof value === 'string' ? [[k, value] as [string, string]] : [],
        ),
      });
      const client = hocuspocus.handleConnection(ws, fetchRequest);
      ws.on('message', (data: Buffer) => client.handleMessage(new Uint8Array(data)));
      ws.on('close', (code, reason) => client.handleClose({ code, reason: reason.toString() }));
      ws.on('error', () => ws.terminate());
    });
  });

  await new Promise<void>((resolve) =>
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve),
  );
  const port = (server.address() as AddressInfo).port;
  const shownHost = options.host === '0.0.0.0' || !options.host ? '127.0.0.1' : options.host;

  return {
    port,
    url: `http://${shownHost}:${port}`,
    hocuspocus,
    async close({ abrupt = false } = {}) {
      if (abrupt) {
        for (const ws of sockets.clients) ws.terminate();
      } else {
        for (const handle of handles.values()) await handle.then(letGo);
        hocuspocus.closeConnections();
        await hocuspocus.hooks('onDestroy', { instance: hocuspocus });
        // Say goodbye to every socket; those that do not answer within a second are dropped.
        await Promise.all(
          [...sockets.clients].map(
            (ws) =>
              new Promise<void>((resolve) => {
                const timer = setTimeout(() => (ws.terminate(), resolve()), 1000);
                ws.once('close', () => (clearTimeout(timer), resolve()));
                ws.close(1001, 'relay restarting');
              }),
          ),
        );
      }
      handles.clear();
      sockets.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (abrupt) {
        for (const extension of extensions) if (extension instanceof Redis) await extension.onDestroy();
      }
      store.close();
    },
  };
}

const parsedViews = new WeakMap<Y.Doc, { json: string; view: PhoneView }>();

/** The phones' view as the relay last wrote it into the phones' document (parsed once per change). */
export function readPhoneView(doc: Y.Doc | null): PhoneView | null {
  const json = doc?.getMap(ROOM_MAPS.view).get('json');
  if (!doc || typeof json !== 'string') return null;
  const cached = parsedViews.get(doc);
  if (cached?.json === json) return cached.view;
  const view = JSON.parse(json) as PhoneView;
  parsedViews.set(doc, { json, view });
  return view;
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}
