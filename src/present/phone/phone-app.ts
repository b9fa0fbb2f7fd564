// The phone page's entry (`?mode=phone[&room=<id>|&code=<code>]`): finds the relay the
// same way the projector does, then shows the PhonePage. Without a relay there is no room to join: it says
// so and how to start one.
import { clear, h } from '../../kit/dom.ts';
import { configuredRelay, sameOriginRelay } from '../../room/relay-config.ts';
import { PhonePage } from './phone-page.ts';
import { relayPhoneLink } from './relay-phone-link.ts';

export interface PhoneAppOptions {
  root: HTMLElement;
  code: string | null;
  room: string | null;
  search: string;
  /** The build's relay address (VITE_ATTUNE_RELAY), if any. */
  builtRelay: string | undefined;
  /** Keeps the phone's secret and last vote across reloads; null keeps them in memory. */
  storage: Storage | null;
}

export async function startPhone(o: PhoneAppOptions): Promise<PhonePage | null> {
  document.body.dataset.screen = 'phone';
  document.documentElement.dataset.phone = '';
  document.title = 'Vote — Attune workshop';
  const relay = configuredRelay(o.search, o.builtRelay) ?? (await sameOriginRelay(location.origin));
  clear(o.root);
  if (!relay) {
    o.root.append(
      h(
        'main',
        { class: 'phone', 'data-view': 'phone', 'data-phone-state': 'no-relay' },
        h('h1', { class: 'phone-title', text: 'No workshop room here' }),
        h('p', {
          class: 'phone-help',
          text: 'This address serves the game without its room relay. Scan the QR code on the projector, or ask the facilitator for the address the relay printed (npm run room).',
        }),
      ),
    );
    return null;
  }
  const page = new PhonePage({
    code: o.code,
    room: o.room,
    storage: o.storage,
    connect: (target) => relayPhoneLink(relay, target, o.storage),
    onJoin: (code) => {
      // A reload of the page stays in the room it joined.
      const search = new URLSearchParams(location.search);
      search.set('code', code);
      history.replaceState(null, '', `${location.pathname}?${search.toString()}`);
    },
  });
  o.root.append(page.el);
  window.addEventListener('pagehide', () => page.dispose());
  return page;
}
