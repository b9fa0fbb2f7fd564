// Where the relay is, and the two HTTP calls made before a room is open. The game finds its relay, first
// match wins: `?relay=<http(s) address>` in the page's address, then the build's `VITE_ATTUNE_RELAY`, then
// the page's own origin when the relay served the page (it answers /api/health). No relay: the workshop
// runs between windows of one browser (BroadcastChannel), offline.
import { JOIN_CODE, normaliseJoinCode, ROOM_ID, FACILITATOR_KEY } from './codes.ts';

export interface NewRoom {
  room: string;
  /** The six letters phones type. */
  code: string;
  /** The facilitator key: only in the laptop windows' URL fragment. */
  key: string;
}

/** The relay's WebSocket address for its HTTP address: http→ws, https→wss. */
export function socketUrl(relay: string): string {
  const url = new URL(relay);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  url.pathname = '/';
  url.search = '';
  url.hash = '';
  return url.href.replace(/\/$/, '');
}

async function api(relay: string, path: string, init?: RequestInit): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(new URL(path, relay), init);
  } catch (error) {
    throw new Error(
      `The relay at ${relay} does not answer (${String(error)}); is \`npm run room\` running?`,
      {
        cause: error,
      },
    );
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const reason =
      typeof body === 'object' && body !== null && 'error' in body ? String(body.error) : response.statusText;
    throw new Error(`The relay at ${relay} refused: ${reason}`);
  }
  return body;
}

/** Asks the relay for a new room (its id, join code and facilitator key). */
export async function createRoom(relay: string): Promise<NewRoom> {
  const body = (await api(relay, '/api/rooms', { method: 'POST' })) as Partial<NewRoom> | null;
  if (
    !body ||
    !ROOM_ID.test(body.room ?? '') ||
    !JOIN_CODE.test(body.code ?? '') ||
    !FACILITATOR_KEY.test(body.key ?? '')
  ) {
    throw new Error(`The relay at ${relay} answered POST /api/rooms with something that is not a room`);
  }
  return { room: body.room ?? '', code: body.code ?? '', key: body.key ?? '' };
}

/** The room id for a join code a phone typed; a clear error for a code that is malformed or unknown. */
export async function resolveJoinCode(relay: string, typed: string): Promise<string> {
  const code = normaliseJoinCode(typed);
  if (!code) throw new Error('A room code is six letters and digits, as shown on the projector');
  const body = (await api(relay, `/api/rooms/${code}`)) as { room?: unknown } | null;
  if (typeof body?.room !== 'string' || !ROOM_ID.test(body.room)) {
    throw new Error(`The relay at ${relay} answered with something that is not a room`);
  }
  return body.room;
}

/** The relay to use, from the page's address and the build's setting; null when none is configured. */
export function configuredRelay(search: string, built: string | undefined): string | null {
  const fromPage = new URLSearchParams(search).get('relay');
  for (const candidate of [fromPage, built]) {
    if (!candidate) continue;
    try {
      const url = new URL(candidate);
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.origin;
    } catch {
      // Not an address: try the next source.
    }
  }
  return null;
}

/** The page's own origin when the relay served this page (it answers /api/health), else null. */
export async function sameOriginRelay(origin: string): Promise<string | null> {
  try {
    const response = await fetch(new URL('/api/health', origin), { cache: 'no-store' });
    if (!response.ok) return null;
    const body: unknown = await response.json();
    return typeof body === 'object' && body !== null && 'ok' in body && body.ok === true ? origin : null;
  } catch {
    return null;
  }
}

/** The address a phone opens (the QR code's): the phone page, with the room and never the key. */
export function phoneJoinUrl(gameOrigin: string, room?: string, relay?: string): string {
  const url = new URL('/', gameOrigin);
  url.searchParams.set('mode', 'phone');
  if (room) url.searchParams.set('room', room);
  if (relay && new URL(relay).origin !== url.origin) url.searchParams.set('relay', relay);
  return url.href;
}
