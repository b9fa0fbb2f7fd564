// The phone page's link to a room on the relay: the relay's browser client (src/room) in the phone role,
// adapted to PhoneLink. Contract: a typed code is resolved to its room by the relay first; an unknown room
// or code is `not-found`; a dropped socket is `lost` until the client has reconnected and synced again
// (the client re-sends this phone's vote itself; the relay keeps one ballot per phone per decision).
import { connectRoom, newPhoneSecret, type RoomSnapshot } from '../../room/client.ts';
import type { PhoneView as RelayPhoneView } from '../../room/messages.ts';
import { resolveJoinCode, socketUrl } from '../../room/relay-config.ts';
import type { JoinTarget } from './phone-page.ts';
import type { PhoneLink, PhoneStatus, PhoneView } from './phone-types.ts';

/** What the relay writes for phones, as the phone page shows it. */
export function phoneViewFromRelay(view: RelayPhoneView): PhoneView {
  const title = view.title;
  if (view.screen === 'debrief' || view.ended) return { kind: 'ended', title };
  const d = view.decision;
  if (view.screen !== 'meeting' || view.blackout || !d) return { kind: 'waiting', title };
  const question = {
    key: d.key,
    number: d.number,
    setup: view.line,
    options: d.options.map((option) => ({ letter: option.letter, text: option.text })),
  };
  return d.revealed ? { kind: 'closed', title, question } : { kind: 'open', title, question };
}

/** This phone's secret, kept so a reload or reconnect is the same (anonymous) voter. */
function phoneSecret(storage: Storage | null): string {
  const KEY = 'attune-phone-secret';
  try {
    const kept = storage?.getItem(KEY);
    if (kept && /^[A-Za-z0-9_-]{16,64}$/.test(kept)) return kept;
    const made = newPhoneSecret();
    storage?.setItem(KEY, made);
    return made;
  } catch {
    return newPhoneSecret();
  }
}

/** The link's status: `connecting` until the room first synced, `lost` whenever it is not synced after. */
function statusOf(s: RoomSnapshot, everLive: boolean): PhoneStatus {
  if (s.error !== null) return 'not-found';
  if (s.status === 'connected' && s.synced) return 'live';
  return everLive ? 'lost' : 'connecting';
}

export function relayPhoneLink(relay: string, target: JoinTarget, storage: Storage | null): PhoneLink {
  const statusListeners = new Set<(status: PhoneStatus) => void>();
  const viewListeners = new Set<(view: PhoneView) => void>();
  let status: PhoneStatus = 'connecting';
  let view: PhoneView | null = null;
  let client: ReturnType<typeof connectRoom> | null = null;
  let closed = false;
  let everLive = false;
  const setStatus = (next: PhoneStatus): void => {
    if (next === status) return;
    status = next;
    for (const listener of statusListeners) listener(next);
  };
  const open = (room: string): void => {
    client = connectRoom({ url: socketUrl(relay), room, role: 'phone', phoneSecret: phoneSecret(storage) });
    client.subscribe((snapshot) => {
      const next = statusOf(snapshot, everLive);
      everLive ||= next === 'live';
      setStatus(next);
      if (!snapshot.view) return;
      const shown = phoneViewFromRelay(snapshot.view);
      if (view !== null && JSON.stringify(view) === JSON.stringify(shown)) return;
      view = shown;
      for (const listener of viewListeners) listener(shown);
    });
  };
  if ('room' in target) open(target.room);
  else {
    // A code the relay does not know is not-found; a relay that does not answer is a lost connection.
    const attempt = (): void => {
      resolveJoinCode(relay, target.code).then(
        (room) => {
          if (!closed) open(room);
        },
        (error: unknown) => {
          if (closed) return;
          const refused = error instanceof Error && /refused|six letters/.test(error.message);
          setStatus(refused ? 'not-found' : 'lost');
          if (!refused) setTimeout(attempt, 2000);
        },
      );
    };
    attempt();
  }
  return {
    onStatus(listener) {
      statusListeners.add(listener);
      listener(status);
      return () => statusListeners.delete(listener);
    },
    onView(listener) {
      viewListeners.add(listener);
      if (view) listener(view);
      return () => viewListeners.delete(listener);
    },
    async vote({ key, index }) {
      if (!client) throw new Error('not connected to the room yet');
      const reply = await client.vote(key, index);
      if (reply.t === 'vote-refused') throw new Error(reply.reason);
    },
    close() {
      closed = true;
      statusListeners.clear();
      viewListeners.clear();
      client?.close();
    },
  };
}
