// Links the app must read the same way everywhere (head starter script, first module, app shell), with
// the verdict each must give. The hostile ones come from attacks on the built app: prototype names,
// broken percent-encoding, unknown modes, and paths that name nothing.
import type { Route } from '../../src/boot/route.ts';

export const KNOWN = ['hot-referral', 'first-meeting', 'cold-feet'];

export interface RouteCase {
  hash: string;
  search?: string;
  verdict: Route['screen'];
  story?: string | null;
  path?: string | null;
  code?: string | null;
  room?: string | null;
}

export const ROUTES: RouteCase[] = [
  { hash: '', verdict: 'title' },
  { hash: '#', verdict: 'title' },
  { hash: '#/', verdict: 'title' },
  { hash: '#/play/hot-referral', verdict: 'play', story: 'hot-referral' },
  { hash: '#/play/hot-referral/', verdict: 'play', story: 'hot-referral' },
  { hash: '#/play/first%2Dmeeting', verdict: 'play', story: 'first-meeting' },
  { hash: '#/watch/cold-feet', verdict: 'watch', story: 'cold-feet', path: null },
  { hash: '#/watch/hot-referral/bregman', verdict: 'watch', story: 'hot-referral', path: 'bregman' },
  { hash: '#/watch/hot-referral/a%20path', verdict: 'watch', story: 'hot-referral', path: 'a path' },
  { hash: '', search: '?mode=present', verdict: 'present', story: null },
  { hash: '', search: '?mode=present&story=cold-feet', verdict: 'present', story: 'cold-feet' },
  { hash: '#/play/hot-referral', search: '?renderer=canvas', verdict: 'play', story: 'hot-referral' },
  { hash: '', search: '?mode=phone&code=K7QX2M', verdict: 'join', code: 'K7QX2M' },
  {
    hash: '',
    search: '?mode=phone&room=abcdefghijkmnpqrstuvwxyz23',
    verdict: 'join',
    room: 'abcdefghijkmnpqrstuvwxyz23',
  },
  { hash: '', search: '?mode=phone', verdict: 'join', room: null },
  // Hostile or naming nothing.
  { hash: '#/join/K7QX2M', verdict: 'not-found' },
  { hash: '#/play/__proto__', verdict: 'not-found' },
  { hash: '#/play/constructor', verdict: 'not-found' },
  { hash: '#/play/toString', verdict: 'not-found' },
  { hash: '#/play/hasOwnProperty', verdict: 'not-found' },
  { hash: '#/watch/__proto__/bregman', verdict: 'not-found' },
  { hash: '#/watch/prototype', verdict: 'not-found' },
  { hash: '#/play/%E0%A4%A', verdict: 'not-found' },
  { hash: '#/play/%', verdict: 'not-found' },
  { hash: '#/watch/hot-referral/%E0%A4%A', verdict: 'not-found' },
  { hash: '#/play/', verdict: 'not-found' },
  { hash: '#/play', verdict: 'not-found' },
  { hash: '#/play/nothing-here', verdict: 'not-found' },
  { hash: '#/play/hot-referral/extra', verdict: 'not-found' },
  { hash: '#/watch/hot-referral/a/b', verdict: 'not-found' },
  { hash: '#/PLAY/hot-referral', verdict: 'not-found' },
  { hash: '#/debrief', verdict: 'not-found' },
  { hash: '#<img src=x onerror=alert(1)>', verdict: 'not-found' },
  { hash: '#/play/%3Cscript%3E', verdict: 'not-found' },
  { hash: '#//play/hot-referral', verdict: 'not-found' },
  { hash: '', search: '?mode=present&story=__proto__', verdict: 'not-found' },
  { hash: '', search: '?mode=present&story=constructor', verdict: 'not-found' },
  { hash: '', search: '?mode=present&story=', verdict: 'not-found' },
  { hash: '', search: '?mode=present&story=nope', verdict: 'not-found' },
  { hash: '', search: '?mode=__proto__', verdict: 'not-found' },
  { hash: '', search: '?mode=', verdict: 'not-found' },
];
