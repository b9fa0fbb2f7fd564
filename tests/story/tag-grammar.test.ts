import { describe, expect, it } from 'vitest';
import { parseChoiceTags, parseGlobalTags, parseLineTags } from '../../src/story/index.ts';

describe('global tags', () => {
  it('reads the scenario card and must items', () => {
    const { value, problems } = parseGlobalTags([
      'title: The Hot Referral',
      'buyer: Ana, new VP',
      'sponsor: Raj',
      'summary: A short meeting.',
      'persona: decisive-founder',
      'must: budget Ask who owns the budget',
      'must: ideas Say one new idea',
    ]);
    expect(problems).toEqual([]);
    expect(value).toEqual({
      title: 'The Hot Referral',
      buyer: 'Ana, new VP',
      sponsor: 'Raj',
      summary: 'A short meeting.',
      persona: 'decisive-founder',
      people: [],
      musts: [
        { id: 'budget', text: 'Ask who owns the budget' },
        { id: 'ideas', text: 'Say one new idea' },
      ],
    });
  });

  it('names the fix for a must without text and for an unknown key', () => {
    const { problems } = parseGlobalTags(['must: budget', 'tittle: X']);
    expect(problems.map((p) => p.message)).toEqual([
      '"# must: budget" needs an id and a text, for example "# must: budget Ask who owns the budget"',
      'unknown global tag "# tittle:"; global tags are title, buyer, sponsor, person, summary, persona, must, accept, path-name',
    ]);
  });

  it('reads a display name per canonical path and names the fix for a bad or repeated one', () => {
    const { value, problems } = parseGlobalTags([
      'path-name: bregman The seller who cut to the chase',
      'path-name: exemplary',
      'path-name: bregman Someone else',
    ]);
    expect(value.pathNames).toEqual({ bregman: 'The seller who cut to the chase' });
    expect(problems.map((p) => p.message)).toEqual([
      `"# path-name: exemplary" needs a path and its display name, for example "# path-name: bregman The seller in Bregman's story"`,
      '"# path-name: bregman" is given twice; keep one display name per path',
    ]);
  });
});

describe('line tags', () => {
  it('reads speaker and cues, defaulting to the narrator', () => {
    expect(parseLineTags(null).value).toEqual({ speaker: 'narrator' });
    const { value, problems } = parseLineTags([
      'speaker: buyer',
      'mood: guarded',
      'thought: Not again.',
      'note: Pause here.',
      'scene: boardroom',
      'clock: 12',
      'outcome: no-sale',
    ]);
    expect(problems).toEqual([]);
    expect(value).toEqual({
      speaker: 'buyer',
      mood: 'guarded',
      thought: 'Not again.',
      note: 'Pause here.',
      scene: 'boardroom',
      clock: 12,
      outcome: 'no-sale',
    });
  });

  it('ignores global tags that ink repeats on the first line', () => {
    expect(parseLineTags(['title: X', 'speaker: buyer']).problems).toEqual([]);
  });

  it('reports malformed tags with the fix', () => {
    const { value, problems } = parseLineTags([
      'speaker buyer',
      'speaker: boss',
      'outcome: win',
      'clock: soon',
      'mood: happy',
      'thought:',
      'move: pitch',
    ]);
    expect(value.speaker).toBe('narrator');
    expect(problems.map((p) => p.message)).toEqual([
      'tag "#speaker buyer" is not in "key: value" form; write it as "# key: value" (for example "# speaker: buyer")',
      '"# speaker: boss" names "boss", who is not in this story\'s cast; use one of buyer, sponsor, seller, narrator, or declare the person at the top with "# person: boss <Name>, <role>"',
      '"# outcome: win" is not a known outcome; use one of order, advance, continuation, no-sale',
      '"# clock: soon" needs a number from 0 to 1440',
      '"# mood: happy" is not a known mood; use one of engaged, open, guarded, frustrated',
      '"# thought:" is empty; write the thought after the colon',
      '"# move:" belongs on a choice, inside its square brackets: * [Text #move: ...]',
    ]);
  });
});

describe('choice tags', () => {
  it('reads move, paths, covers, why, seat and overrides', () => {
    const { value, problems } = parseChoiceTags([
      'move: follow-sponsor',
      'path: exemplary',
      'path: silent',
      'covers: budget',
      'why: The sponsor knows.',
      'seat: offered',
      'align: 1',
      'attune: -2',
    ]);
    expect(problems).toEqual([]);
    expect(value).toEqual({
      moves: ['follow-sponsor'],
      paths: ['exemplary', 'silent'],
      covers: ['budget'],
      why: 'The sponsor knows.',
      seat: 'offered',
      align: 1,
      attune: -2,
    });
  });

  it('keeps two moves so the validator can reject them, and rejects bad overrides', () => {
    const { value, problems } = parseChoiceTags([
      'move: pitch',
      'move: price',
      'align: 3',
      'move: Big Pitch',
    ]);
    expect(value.moves).toEqual(['pitch', 'price']);
    expect(problems.map((p) => p.message)).toEqual([
      '"# align: 3" needs a number from -2 to 2',
      '"# move: Big Pitch" needs a kebab-case id (lower-case letters, digits and dashes)',
    ]);
  });

  it('treats tagless choices after a load (tags === null) as empty', () => {
    expect(parseChoiceTags(null).value).toEqual({ moves: [], paths: [], covers: [] });
  });
});
