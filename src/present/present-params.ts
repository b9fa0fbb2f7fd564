// Facilitator mode's URL: `?mode=present&story=<id>` opens the audience view (the projector, which owns the
// session); `&view=presenter` opens the presenter view; `&room=<name>` names the workshop's room (a projector
// opened without one, from a card, makes a fresh room). The fragment `#key=<workshop key>` holds the secret
// the windows of one workshop sign their messages with; it never leaves the browser.
import { isWorkshopKey } from './channel-auth.ts';

export interface PresentParams {
  view: 'audience' | 'presenter';
  room: string;
  story: string | null;
  /** `stage=off` draws the projector without the Phaser stage; `renderer=canvas|webgl` forces one. */
  stage: boolean;
  renderer: 'webgl' | 'canvas' | null;
  /** The URL named a room (false: a projector makes a fresh one). */
  named: boolean;
  /** The workshop key from the fragment, or null. */
  key: string | null;
}

const ROOM = /^[a-z0-9][a-z0-9-]{0,39}$/i;

export function parsePresentParams(search: string, hash = ''): PresentParams {
  const p = new URLSearchParams(search);
  const room = p.get('room') ?? '';
  const key = new URLSearchParams(hash.replace(/^#/, '')).get('key');
  const renderer = p.get('renderer');
  return {
    view: p.get('view') === 'presenter' ? 'presenter' : 'audience',
    room: ROOM.test(room) ? room : 'workshop',
    story: p.get('story'),
    stage: p.get('stage') !== 'off',
    renderer: renderer === 'webgl' || renderer === 'canvas' ? renderer : null,
    named: ROOM.test(room),
    key: key && isWorkshopKey(key) ? key : null,
  };
}

/** The query string of the other view of the same workshop. */
export function presentSearch(params: PresentParams, view: PresentParams['view']): string {
  const p = new URLSearchParams({ mode: 'present' });
  if (params.story) p.set('story', params.story);
  if (params.room !== 'workshop') p.set('room', params.room);
  if (view === 'presenter') p.set('view', 'presenter');
  return `?${p.toString()}`;
}

/** The address of `view` for this workshop: its query and, when there is one, the key in the fragment. */
export function presentHref(params: PresentParams, view: PresentParams['view']): string {
  return `${presentSearch(params, view)}${params.key ? `#key=${params.key}` : ''}`;
}
