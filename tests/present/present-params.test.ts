import { describe, expect, it } from 'vitest';
import { parsePresentParams, presentSearch } from '../../src/present/present-params.ts';

describe('facilitator-mode URL', () => {
  it('defaults to the audience view of the "workshop" room', () => {
    expect(parsePresentParams('?mode=present&story=hot-referral')).toEqual({
      view: 'audience',
      room: 'workshop',
      story: 'hot-referral',
      stage: true,
      renderer: null,
      named: false,
      key: null,
    });
  });

  it('reads the workshop key from the fragment, and refuses one that is not a key', () => {
    const key = 'abcdefghijklmnopqrstuv';
    expect(parsePresentParams('?mode=present&room=r', `#key=${key}`)).toMatchObject({ named: true, key });
    expect(parsePresentParams('?mode=present', '#key=short').key).toBeNull();
  });

  it('reads the presenter view, a room, stage=off and a forced renderer; refuses odd room names', () => {
    const p = parsePresentParams('?mode=present&view=presenter&room=team-a&stage=off&renderer=canvas');
    expect(p).toMatchObject({
      view: 'presenter',
      room: 'team-a',
      story: null,
      stage: false,
      renderer: 'canvas',
    });
    expect(parsePresentParams('?mode=present&room=../../x').room).toBe('workshop');
  });

  it('builds the other view’s query for the same room and story', () => {
    const audience = parsePresentParams('?mode=present&story=cold-feet&room=r1');
    expect(presentSearch(audience, 'presenter')).toBe('?mode=present&story=cold-feet&room=r1&view=presenter');
    expect(presentSearch(parsePresentParams('?mode=present&story=x&view=presenter'), 'audience')).toBe(
      '?mode=present&story=x',
    );
  });
});
