import { describe, expect, it } from 'vitest';
import { guessLooks } from '../../src/session/index.ts';
import { storyJson } from '../helpers/compiled-stories.ts';

const firstMeeting = storyJson('first-meeting');
const hotReferral = storyJson('hot-referral');

describe('guessLooks', () => {
  it('reads pronouns that follow a name in the same sentence', () => {
    const story = { root: ['^Sam waved his hand. He left.', '^Dana frowned, because she was late.'] };
    expect(guessLooks(story, ['Sam', 'Dana'])).toEqual({ Sam: 'masc', Dana: 'fem' });
  });
  it('stays neutral without evidence', () => {
    expect(guessLooks({ root: ['^Alex arrives.'] }, ['Alex'])).toEqual({ Alex: 'any' });
  });
  it('reads the shipped stories', () => {
    expect(guessLooks(hotReferral, ['Daniel', 'Nadia'])).toEqual({ Daniel: 'masc', Nadia: 'fem' });
    expect(guessLooks(firstMeeting, ['Dana', 'Sam'])).toEqual({ Dana: 'fem', Sam: 'masc' });
  });
});
