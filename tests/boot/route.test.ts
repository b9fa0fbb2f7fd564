// The one route parser: its verdicts, and the same verdicts from its source text run alone, as the page's
// head starter script runs it.
import fc from 'fast-check';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { parseRoute, type Route } from '../../src/boot/route.ts';
import { KNOWN, ROUTES } from './route-table.ts';

/** The parser as the head script has it: its own source, evaluated with no module around it. */
const standalone = runInNewContext(`(${parseRoute.toString()})`, { URLSearchParams }) as typeof parseRoute;

describe('route parser', () => {
  it.each(ROUTES)('reads $hash $search as $verdict', (c) => {
    const route = parseRoute({ hash: c.hash, search: c.search ?? '' }, KNOWN);
    expect(route.screen).toBe(c.verdict);
    if (route.screen === 'play' || route.screen === 'watch' || route.screen === 'present')
      expect(route.story).toBe(c.story);
    if (route.screen === 'watch') expect(route.path).toBe(c.path);
    if (route.screen === 'join') expect([route.code, route.room]).toEqual([c.code ?? null, c.room ?? null]);
    if (route.screen === 'not-found') expect(route.reason).toMatch(/\.$/);
  });

  it('gives the same verdict, word for word, when its source runs alone (as the head script runs it)', () => {
    for (const c of ROUTES) {
      const at = { hash: c.hash, search: c.search ?? '' };
      expect(standalone(at, KNOWN)).toEqual(parseRoute(at, KNOWN));
    }
  });

  it('names the missing scenario, and says when a link is not readable', () => {
    expect(parseRoute({ hash: '#/play/__proto__', search: '' }, KNOWN)).toEqual({
      screen: 'not-found',
      reason: 'There is no scenario called “__proto__”.',
    });
    expect(parseRoute({ hash: '#/play/%E0%A4%A', search: '' }, KNOWN)).toEqual({
      screen: 'not-found',
      reason: 'The link is not readable: “%E0%A4%A” is not valid URL text.',
    });
  });

  it('never throws, and only ever names a known story, for any hash and query', () => {
    const piece = fc.oneof(
      fc.constantFrom('play', 'watch', '__proto__', 'constructor', '%', '%E0%A4%A', '', ...KNOWN),
      fc.string({ maxLength: 12 }),
    );
    const hash = fc.array(piece, { maxLength: 4 }).map((parts) => `#/${parts.join('/')}`);
    const search = fc.oneof(
      fc.constant(''),
      piece.map((story) => `?mode=present&story=${story}`),
      fc.string({ maxLength: 20 }).map((s) => `?${s}`),
    );
    fc.assert(
      fc.property(hash, search, (h, s) => {
        const route: Route = parseRoute({ hash: h, search: s }, KNOWN);
        if ('story' in route && route.story !== null) expect(KNOWN).toContain(route.story);
        expect(standalone({ hash: h, search: s }, KNOWN)).toEqual(route);
      }),
      { numRuns: 2000 },
    );
  });
});
