// Which wire a workshop's windows talk over: the room relay when one is configured or served this page
// (src/room/relay-config.ts says how it is found), else a BroadcastChannel between this browser's windows,
// offline. Contract: the projector opening without a room on the relay asks the relay for one and puts the
// room in the address and the facilitator key in the fragment (never sent to a server, never in the phone
// link); a presenter opened from it inherits both. A relay that cannot be reached falls back to the
// offline wire and says why in `problem`.
import { connectRoom, type RoomClient } from '../room/client.ts';
import { FACILITATOR_KEY, ROOM_ID } from '../room/codes.ts';
import {
  configuredRelay,
  createRoom,
  phoneJoinUrl,
  sameOriginRelay,
  socketUrl,
} from '../room/relay-config.ts';
import { roomStorage } from '../room/room-storage.ts';
import { broadcastTransport, type Transport } from './protocol.ts';
import { relayTransport } from './relay-transport.ts';

export interface WorkshopWire {
  /** The room's name: the relay's room id, or the BroadcastChannel room of `&room=`. */
  room: string;
  /** A new end of the wire (each view takes its own). */
  transport(): Transport;
  /** Where the projector keeps the workshop: the room on the relay, or null for the window's own storage. */
  storage: Storage | null;
  /** The relay's side, when there is one: the room client, the phones' join address. */
  relay: { client: RoomClient; url: string; joinUrl: string } | null;
  /** Why a configured relay is not in use (the workshop runs offline instead); null otherwise. */
  problem: string | null;
  close(): void;
}

export interface WireOptions {
  view: 'audience' | 'presenter';
  room: string;
  location: Pick<Location, 'search' | 'hash' | 'origin' | 'pathname'>;
  /** The build's VITE_ATTUNE_RELAY. */
  builtRelay: string | undefined;
  /** Rewrites this window's address (history.replaceState). */
  replaceUrl: (url: string) => void;
  /** How long to wait for the relay before running offline. */
  timeoutMs?: number;
}

function offline(room: string, problem: string | null): WorkshopWire {
  const ends: Transport[] = [];
  return {
    room,
    transport: () => {
      const end = broadcastTransport(room);
      ends.push(end);
      return end;
    },
    storage: null,
    relay: null,
    problem,
    close: () => ends.forEach((end) => end.close()),
  };
}

export async function openWorkshopWire(o: WireOptions): Promise<WorkshopWire> {
  const relay =
    configuredRelay(o.location.search, o.builtRelay) ?? (await sameOriginRelay(o.location.origin));
  if (!relay) return offline(o.room, null);
  let room = o.room;
  let key = new URLSearchParams(o.location.hash.replace(/^#/, '')).get('key') ?? '';
  try {
    if (!ROOM_ID.test(room) || !FACILITATOR_KEY.test(key)) {
      if (o.view === 'presenter') {
        throw new Error(
          'this presenter window has no room key: open it from the projector (P), which passes it on',
        );
      }
      ({ room, key } = await createRoom(relay));
      const search = new URLSearchParams(o.location.search);
      search.set('room', room);
      o.replaceUrl(`${o.location.pathname}?${search.toString()}#key=${key}`);
    }
    const client = connectRoom({ url: socketUrl(relay), room, role: 'facilitator', key });
    const timeout = o.timeoutMs ?? 8000;
    await Promise.race([
      client.ready(),
      new Promise((_, reject) =>
        setTimeout(() => reject(new Error(`no answer from ${relay} in ${timeout / 1000} s`)), timeout),
      ),
    ]).catch((error: unknown) => {
      client.close();
      throw error;
    });
    const ends: Transport[] = [];
    return {
      room,
      transport: () => {
        const end = relayTransport(client);
        ends.push(end);
        return end;
      },
      storage: roomStorage(client.doc),
      relay: { client, url: relay, joinUrl: phoneJoinUrl(o.location.origin, room, relay) },
      problem: null,
      close: () => {
        ends.forEach((end) => end.close());
        client.close();
      },
    };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    const problem = `The room relay at ${relay} is not in use (${why}); the workshop runs in this browser's windows only.`;
    console.warn(problem);
    return offline(o.room, problem);
  }
}
