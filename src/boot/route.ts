// The one route parser. The app, the first module (early-load) and the page's head starter script (built
// from this function's own source by src/authoring/build/start-early-plugin.ts) all call it, so they agree
// on every link. Routes:
//   (no hash), #, #/                 the title screen
//   #/play/<story>                   play a scenario
//   #/watch/<story>[/<path>]         watch a failure path (the story's first failure path by default)
//   ?mode=present[&story=<story>]    facilitator mode (projector or presenter window)
//   ?mode=phone[&room=<room>|&code=<code>]   a phone in a workshop's room: the room its QR code names, a
//                                    typed room code, or neither (it asks for the code)
// A story id counts only when it is one of `known` (compared by value, so `__proto__` or `constructor`
// never match an object's own prototype). Anything that names nothing is a 'not-found' route with a
// reason the error panel shows.
//
// Contract for the head script: the function body refers to nothing outside itself and uses only syntax
// every supported browser runs as a classic script (tests/boot/route.test.ts runs its source text alone).

export type Route =
  | { screen: 'title' }
  | { screen: 'play'; story: string }
  | { screen: 'watch'; story: string; path: string | null }
  | { screen: 'present'; story: string | null }
  | { screen: 'join'; code: string | null; room: string | null }
  | { screen: 'not-found'; reason: string };

export interface RouteLocation {
  hash: string;
  search: string;
}

export function parseRoute(at: RouteLocation, known: readonly string[]): Route {
  function decode(part: string): string | null {
    try {
      return decodeURIComponent(part);
    } catch {
      return null;
    }
  }
  function quoted(text: string): string {
    return '“' + (text.length > 60 ? text.slice(0, 60) + '…' : text) + '”';
  }
  function story(id: string | null, raw: string): { ok: true; id: string } | { ok: false; reason: string } {
    if (id === null)
      return { ok: false, reason: 'The link is not readable: ' + quoted(raw) + ' is not valid URL text.' };
    if (id === '') return { ok: false, reason: 'The link names no scenario.' };
    for (let i = 0; i < known.length; i++) if (known[i] === id) return { ok: true, id: id };
    return { ok: false, reason: 'There is no scenario called ' + quoted(id) + '.' };
  }

  const query = new URLSearchParams(at.search);
  const mode = query.get('mode');
  if (mode !== null) {
    if (mode === 'phone')
      return { screen: 'join', code: query.get('code') || null, room: query.get('room') || null };
    if (mode !== 'present')
      return { screen: 'not-found', reason: 'There is no mode called ' + quoted(mode) + '.' };
    const named = query.get('story');
    if (named === null) return { screen: 'present', story: null };
    const found = story(named, named);
    return found.ok ? { screen: 'present', story: found.id } : { screen: 'not-found', reason: found.reason };
  }

  const hash = at.hash.replace(/^#/, '');
  if (hash === '' || hash === '/') return { screen: 'title' };
  const parts = hash.replace(/^\//, '').split('/');
  if (parts[parts.length - 1] === '' && parts.length > 1) parts.pop();
  const name = parts[0];
  if (
    (name === 'play' && parts.length === 2) ||
    (name === 'watch' && (parts.length === 2 || parts.length === 3))
  ) {
    const raw = parts[1] ?? '';
    const found = story(decode(raw), raw);
    if (!found.ok) return { screen: 'not-found', reason: found.reason };
    if (name === 'play') return { screen: 'play', story: found.id };
    const rawPath = parts[2];
    if (rawPath === undefined) return { screen: 'watch', story: found.id, path: null };
    const path = decode(rawPath);
    if (path === null || path === '')
      return {
        screen: 'not-found',
        reason: 'The link is not readable: ' + quoted(rawPath) + ' is not valid URL text.',
      };
    return { screen: 'watch', story: found.id, path: path };
  }
  return { screen: 'not-found', reason: 'There is no page at ' + quoted('#' + hash) + '.' };
}

/** True for the routes that open a meeting (and so want the stage at once). */
export function isMeetingRoute(route: Route): route is Extract<Route, { screen: 'play' | 'watch' }> {
  return route.screen === 'play' || route.screen === 'watch';
}

/** The hash of a meeting route, as links and buttons write it. */
export function meetingHash(screen: 'play' | 'watch', story: string, path?: string): string {
  return `#/${screen}/${encodeURIComponent(story)}${path ? `/${encodeURIComponent(path)}` : ''}`;
}
