// The projector's invitation to vote by phone: a QR code of the join address, the short room code for those
// who type it, and, at a decision, how many phones have voted. Contract: it never shows how the votes
// split (the audience view shows the split on reveal), and it hides during a blackout.
import './join-panel.css';
import QRCode from 'qrcode';
import { h } from '../../kit/dom.ts';
import { totalVotes } from '../votes.ts';
import type { WorkshopState } from '../workshop-types.ts';

export interface JoinPanel {
  el: HTMLElement;
  /** Draws the count for `state`, and the room code once the relay has given it. */
  update(state: WorkshopState, code: string | null): void;
}

/** Draws `text` as a QR code (an SVG element; the quiet zone is part of the picture). */
export async function qrSvg(text: string): Promise<SVGSVGElement> {
  const markup = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  const parsed = new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement;
  if (!(parsed instanceof SVGSVGElement)) throw new Error('qrcode did not return an SVG picture');
  return document.importNode(parsed, true);
}

/** The room code in groups of three or four, so it reads aloud and types easily. */
export function spacedCode(code: string): string {
  const size = code.length % 4 === 0 ? 4 : 3;
  return (code.match(new RegExp(`.{1,${size}}`, 'g')) ?? [code]).join(' ');
}

export function joinPanel(joinUrl: string): JoinPanel {
  const picture = h('div', { class: 'join-qr', role: 'img', 'aria-label': 'QR code: scan to join the room' });
  const code = h('p', { class: 'join-code', 'data-join-code': '' });
  const count = h('p', { class: 'join-count', 'aria-live': 'polite', 'data-join-count': '' });
  const address = new URL(joinUrl);
  const el = h(
    'aside',
    { class: 'join-panel', 'aria-label': 'Vote from your phone', 'data-join-panel': '' },
    picture,
    h(
      'div',
      { class: 'join-text' },
      h('p', { class: 'join-lead', text: 'Vote from your phone' }),
      h('p', { class: 'join-where', text: `${address.host}/?mode=phone` }),
      code,
      count,
    ),
  );
  void qrSvg(joinUrl).then(
    (drawn) => {
      drawn.setAttribute('aria-hidden', 'true');
      picture.append(drawn);
      el.dataset.qrReady = 'true';
    },
    (error: unknown) => {
      // The code still works by hand: say why the picture is missing where the facilitator will look.
      console.warn('The join QR code could not be drawn; the room code is still shown.', error);
    },
  );
  return {
    el,
    update(state, roomCode) {
      el.hidden = state.blackout || state.screen === 'debrief';
      el.dataset.screen = state.screen;
      if (roomCode !== null && code.dataset.joinCode !== roomCode) {
        code.dataset.joinCode = roomCode;
        code.textContent = spacedCode(roomCode);
        code.setAttribute('aria-label', `Room code ${roomCode.split('').join(' ')}`);
      }
      const d = state.decision;
      const joined = state.phones?.joined ?? 0;
      const people = `${joined} ${joined === 1 ? 'phone' : 'phones'} joined`;
      let text = people;
      if (d && state.screen === 'meeting') {
        const voted = totalVotes(d.phoneVotes);
        text = d.revealed ? `Votes are closed · ${people}` : `${voted} of ${joined} voted`;
      }
      if (count.textContent !== text) count.textContent = text;
    },
  };
}
