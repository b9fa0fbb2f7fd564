// Facilitator mode's URL: `?mode=present&story=<id>` opens the audience view (the projector, which owns the
// session); `&view=presenter` opens the presenter view; `&room=<name>` keeps two workshops apart.
export interface PresentParams {
  view: 'audience' | 'presenter';
  room: string;
  story: string | null;
  /** `stage=off` draws the projector without the Phaser stage; `renderer=canvas|webgl` forces one. */
  stage: boolean;
  renderer: 'webgl' | 'canvas' | null;
}

const ROOM = /^[a-z0-9][a-z0-9-]{0,39}$/i;

export function parsePresentParams(search: string): PresentParams {
  const p = new URLSearchParams(search);
  const room = p.get('room') ?? '';
  const renderer = p.get('renderer');
  return {
    view: p.get('view') === 'presenter' ? 'presenter' : 'audience',
    room: ROOM.test(room) ? room : 'workshop',
    story: p.get('story'),
    stage: p.get('stage') !== 'off',
    renderer: renderer === 'webgl' || renderer === 'canvas' ? renderer : null,
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
