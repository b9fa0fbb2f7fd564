import { describe, expect, it } from 'vitest';
import { cardOrder, readGlobalTags, readStoryCard } from '../../src/authoring/build/story-cards-plugin.ts';

describe('story cards from ink source', () => {
  it('reads the global tags before the first content line', () => {
    const source = [
      '// a comment',
      '# title: The Hot Referral',
      '# buyer: Daniel Marsh, managing director',
      '# must: price Ask about budget',
      '# must: timeline Ask when',
      'VAR phase = 1',
      '/* block',
      'comment */',
      '# summary: A friend opens the door.',
      'First line of the story. # speaker: narrator',
      '# title: not a global tag',
    ].join('\n');
    const tags = readGlobalTags(source);
    expect(tags.get('title')).toEqual(['The Hot Referral']);
    expect(tags.get('must')).toHaveLength(2);
    expect(readStoryCard('hot-referral', source)).toEqual({
      id: 'hot-referral',
      title: 'The Hot Referral',
      buyer: 'Daniel Marsh, managing director',
      sponsor: '',
      summary: 'A friend opens the door.',
      persona: '',
      musts: 2,
    });
  });

  it('falls back to the file name for an untitled story', () => {
    expect(readStoryCard('mine', 'Hello.').title).toBe('mine');
  });

  it('puts the flagship first and unknown stories last, by name', () => {
    expect(['zeta', 'first-meeting', 'alpha', 'hot-referral'].sort(cardOrder)).toEqual([
      'hot-referral',
      'first-meeting',
      'alpha',
      'zeta',
    ]);
  });
});
