// Transcript test for the sample story: choices in; lines, score and outcome out.
import { describe, expect, it } from 'vitest';
import { compiledStory } from './helpers/compiled-stories.ts';
import { playStory } from '../src/authoring/play-story.ts';
import { defaultRubric } from '../src/sim/default-rubric.ts';

const json = compiledStory('first-meeting');
const play = (mode: Parameters<typeof playStory>[3]) =>
  playStory('stories/first-meeting.ink', json, defaultRubric, mode);

describe('First Meeting', () => {
  it('exemplary path: advance, overall 83', () => {
    const result = play({ path: 'exemplary' });
    expect(result.steps.filter((s) => s.type === 'line').map((s) => `${s.speaker}: ${s.text}`)).toEqual([
      "narrator: Dana's office. A round table by the window, a desk with a tall chair behind it.",
      'buyer: Sam said you two should talk. Grab a seat, wherever suits you.',
      'sponsor: Sam catches your eye and nods toward the round table.',
      'seller: You sit at the round table, next to Dana.',
      'buyer: Good. This is where I do my thinking.',
      "buyer: So: deliveries. We're late more often than we should be, and I'm not sure why yet.",
      'narrator: Dana waits for you.',
      'seller: What have you noticed so far, when it goes wrong?',
      'buyer: Mostly Mondays. And mostly the northern routes. Nobody has put those two together before.',
      'narrator: Dana glances at the clock.',
      "buyer: So if it's Mondays up north, I want to see what the options are.",
      'narrator: The meeting is nearly over.',
      'seller: When do you need to have this settled?',
      'buyer: Before the winter peak. Six weeks.',
      'buyer: Come back next week with the Monday numbers. Bring someone who knows the northern depots.',
      'narrator: You leave with a second meeting in the diary.',
    ]);
    expect(result.ending.outcome).toBe('advance');
    expect(result.score).toEqual({
      alignment: 83,
      attunement: 75,
      courage: 100,
      outcome: 85,
      overall: 83,
      trust: 78,
      sponsor: 4,
      mood: 'engaged',
    });
  });

  it('pitch-early path: no-sale, overall 26', () => {
    const result = play({ path: 'pitch-early' });
    expect(
      result.steps
        .filter((s) => s.type === 'choice')
        .map((s) => s.type === 'choice' && [s.move, s.phase, s.alignment, s.attunement]),
    ).toEqual([
      ['status-play', 1, 0, -2],
      ['pitch', 1, -2, -2],
      ['listen', 1, 1, 2],
    ]);
    expect(result.ending.outcome).toBe('no-sale');
    expect(result.score).toMatchObject({ overall: 26, courage: 0, trust: 38 });
  });

  it('credentials from a newly appointed buyer land badly (persona new-in-role)', () => {
    const result = play({ choices: [0, 2, 0] });
    const credentials = result.steps.find((s) => s.type === 'choice' && s.move === 'credentials');
    expect(credentials).toMatchObject({ alignment: -1, attunement: -2 });
    expect(result.ending.outcome).toBe('continuation');
  });
});
