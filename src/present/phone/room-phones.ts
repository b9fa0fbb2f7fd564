// The projector's and presenter's side of the phones: the tallies the relay keeps in the room's document
// (one ballot per phone per decision), and the head count, as the WorkshopHost takes them; and a line for
// the presenter with how many phones joined and voted. The split itself is in the presenter's tally.
import type { RoomClient } from '../../room/client.ts';
import { MAX_OPTIONS } from '../../room/messages.ts';
import { ROOM_MAPS } from '../../room/room-doc.ts';
import { h } from '../../kit/dom.ts';
import type { Transport } from '../protocol.ts';
import { totalVotes } from '../votes.ts';
import type { WorkshopHost } from '../workshop-host.ts';
import type { WorkshopState } from '../workshop-types.ts';
import { joinPanel } from './join-panel.ts';
import type { PhoneTallies } from './phone-types.ts';

/** Every decision phones voted on, with its counts (trailing options nobody chose left off). */
export function phoneTallies(client: RoomClient): PhoneTallies {
  const decisions = new Set<string>();
  for (const key of client.doc.getMap(ROOM_MAPS.ballots).keys()) {
    const cut = key.lastIndexOf('\n');
    if (cut > 0) decisions.add(key.slice(0, cut));
  }
  const tallies = [...decisions].sort().map((key) => {
    const counts = client.tally(key, MAX_OPTIONS);
    while (counts.length > 0 && counts[counts.length - 1] === 0) counts.pop();
    return { key, counts };
  });
  return { tallies, joined: client.snapshot.joined };
}

/** Calls `listener` with the phones' tallies now and whenever they change. Returns the unsubscribe. */
export function watchPhoneTallies(client: RoomClient, listener: (tallies: PhoneTallies) => void): () => void {
  let last = '';
  return client.subscribe(() => {
    const tallies = phoneTallies(client);
    const key = JSON.stringify(tallies);
    if (key === last) return;
    last = key;
    listener(tallies);
  });
}

/** The presenter's phone line: "Phones: 12 joined · 9 voted", from the states it hears. */
export function phonesLine(transport: Transport): HTMLElement {
  const el = h('p', { class: 'phones-line', role: 'status', hidden: true, 'data-phones-line': '' });
  transport.listen((message) => {
    if (message.kind !== 'state') return;
    const { phones, decision } = message.state;
    el.hidden = phones === null;
    if (!phones) return;
    const joined = `${phones.joined} joined`;
    const text = decision
      ? `Phones: ${joined} · ${totalVotes(decision.phoneVotes)} voted`
      : `Phones: ${joined}`;
    if (el.textContent !== text) el.textContent = text;
  });
  return el;
}

/**
 * The projector's phones: the join card on `root`, and, in the window that owns the session (`host`), the
 * phones' tallies fed to the host. `update` draws the card for each new state.
 */
export function projectorPhones(
  relay: { client: RoomClient; joinUrl: string },
  root: HTMLElement,
  host: WorkshopHost | null,
): { update(state: WorkshopState): void; close(): void } {
  const panel = joinPanel(relay.joinUrl);
  root.append(panel.el);
  let latest: WorkshopState | null = null;
  const redraw = (): void => {
    if (latest) panel.update(latest, relay.client.snapshot.code);
  };
  const stopCode = relay.client.subscribe(redraw);
  const stopTallies = host
    ? watchPhoneTallies(relay.client, (tallies) => host.setPhones(tallies))
    : () => undefined;
  return {
    update(state) {
      latest = state;
      redraw();
    },
    close() {
      stopCode();
      stopTallies();
    },
  };
}
