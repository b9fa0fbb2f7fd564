// The Decisive Founder (persona decisive-founder): a buyer who wants a point of view, and who moves through
// all three phases in twelve minutes. `endless-questions` overcorrects into asking and reflecting;
// `know-it-all` overcorrects into taking charge. Exploring every state and playing
// several runs take seconds on a busy machine, so these tests get a longer timeout.
import { beforeAll, describe, expect, it } from 'vitest';
import { playStory } from '../../src/authoring/play-story.ts';
import { defaultRubric } from '../../src/sim/default-rubric.ts';
import { compileStory, outcomesWithout, playPath, type PathRun } from './scenario-harness.ts';

const FILE = 'stories/decisive-founder.ink';

/** The exemplary choices with the one at `decision` (1-based) replaced by option `index`. */
function exemplaryExcept(decision: number, index: number) {
  const choices = playPath(FILE, 'exemplary')
    .result.steps.filter((step) => step.type === 'choice')
    .map((step) => step.index);
  choices[decision - 1] = index;
  return playStory(FILE, compileStory(FILE), defaultRubric, { choices });
}

const lines = (steps: ReturnType<typeof playStory>['steps']) =>
  steps.flatMap((step) => (step.type === 'line' ? [step.text] : []));

const harmless = (run: PathRun) =>
  run.moves.filter(([, , alignment, attunement]) => (alignment ?? -1) >= 0 && (attunement ?? -1) >= 0);

describe('The Decisive Founder', { timeout: 60_000 }, () => {
  // Compiling is the slow part of the first test; it gets its own time.
  beforeAll(() => void compileStory(FILE), 60_000);

  it('exemplary path: order, overall 89', () => {
    const run = playPath(FILE, 'exemplary');
    expect(run.moves).toEqual([
      ['follow-sponsor', 1, 1, 2],
      ['insight', 1, 2, 1],
      ['implication', 1, 2, 1],
      ['follow-sponsor', 1, 1, 2],
      ['pitch', 2, 2, 0],
      ['insight', 2, 2, 1],
      ['address-risk', 3, 2, 2],
      ['price', 3, 1, 0],
      ['hard-question', 3, 2, 1],
      ['next-step', 3, 2, 0],
    ]);
    expect(run.outcome).toBe('order');
    expect(run.result.score).toEqual({
      alignment: 93,
      attunement: 75,
      courage: 100,
      outcome: 100,
      overall: 89,
      trust: 100,
      sponsor: 5,
      mood: 'engaged',
    });
    expect(run.lastLine).toBe('The audit is signed off and starts Monday.');
  });

  it('the order comes after she has heard the price, against Kofi’s advice to hold it back', () => {
    const text = lines(playPath(FILE, 'exemplary').result.steps);
    const price = text.indexOf(
      'Eight thousand for the two-week audit. If you go on, sixty thousand for the ninety days, and the audit counts towards it.',
    );
    const yes = text.indexOf(
      'Yes. Eight thousand for the two weeks, and if the score works we go to the ninety days. Kofi, sign it off today.',
    );
    expect(price).toBeGreaterThan(-1);
    expect(yes).toBeGreaterThan(price);
    expect(text).toContain("I'd have held the price back. She'd have hated that.");
  });

  it('following Kofi and holding the price back ends in an advance that says the price is still unknown', () => {
    const run = exemplaryExcept(8, 0);
    expect(run.steps.find((s) => s.type === 'choice' && s.decision === 8)).toMatchObject({
      move: 'follow-sponsor',
    });
    expect(run.ending.outcome).toBe('advance');
    expect(lines(run.steps)).toContain(
      "I'm not signing anything today, and I still don't know what it costs. Kofi, put an hour with them in my diary for Thursday. Bring it on one page.",
    );
  });

  it('an advance is her commitment: a meeting she puts in her diary, not a promise from the seller', () => {
    const run = exemplaryExcept(10, 2);
    expect(run.ending.outcome).toBe('advance');
    const text = lines(run.steps);
    expect(text).toContain('Kofi books Thursday at nine before you reach the lift.');
    expect(text.at(-1)).toBe('You leave with Thursday at nine in her diary, to take her through the plan.');
  });

  it('endless-questions path: no-sale, overall 36, mostly harmless choices', () => {
    const run = playPath(FILE, 'endless-questions');
    expect(run.moves).toEqual([
      ['follow-sponsor', 1, 1, 2],
      ['open-probe', 1, 0, 0],
      ['reflect', 1, 0, 0],
      ['open-probe', 1, 0, 0],
      ['open-probe', 2, 0, 0],
      ['reflect', 2, 0, 0],
      ['implication', 3, -1, -1],
      ['need-payoff', 3, 1, 0],
      ['reflect', 3, 0, 0],
      ['listen', 3, -1, 0],
    ]);
    expect(harmless(run)).toHaveLength(8);
    expect(run.outcome).toBe('no-sale');
    expect(run.result.score).toEqual({
      alignment: 50,
      attunement: 53,
      courage: 0,
      outcome: 0,
      overall: 36,
      trust: 54,
      sponsor: 4,
      mood: 'open',
    });
    expect(lines(run.result.steps)).toContain('I did tell you she wants a view.');
    expect(run.lastLine).toBe('A week later Kofi mentions that they have hired someone else.');
  });

  it('know-it-all path: no-sale, overall 33, with the blunt price and plan among its harmless choices', () => {
    const run = playPath(FILE, 'know-it-all');
    expect(run.moves).toEqual([
      ['status-play', 1, 0, -2],
      ['credentials', 1, -1, -1],
      ['status-play', 1, 0, -2],
      ['override-sponsor', 1, -1, -2],
      ['status-play', 2, 0, -1],
      ['pitch', 2, 2, 0],
      ['credentials', 3, 2, 0],
      ['price', 3, 1, 0],
      ['next-step', 3, 2, 0],
      ['price', 3, 1, 0],
    ]);
    expect(harmless(run)).toHaveLength(5);
    expect(run.outcome).toBe('no-sale');
    expect(run.result.score).toEqual({
      alignment: 65,
      attunement: 30,
      courage: 0,
      outcome: 0,
      overall: 33,
      trust: 42,
      sponsor: 1,
      mood: 'guarded',
    });
    expect(lines(run.result.steps)).toContain(
      "You didn't need to take over the room. She'd have listened to a view.",
    );
    expect(run.lastLine).toBe('A week later Kofi mentions that they have hired someone else.');
  });

  it('without the price on the table there is no order', () => {
    const outcomes = outcomesWithout(FILE, ['price']);
    expect(outcomes).toContain('advance');
    expect(outcomes).not.toContain('order');
  });

  it('without the one question that lets her numbers prove the view, she goes with her investors', () => {
    expect(outcomesWithout(FILE, ['implication'])).toEqual(['no-sale']);
    const run = exemplaryExcept(3, 0);
    expect(run.ending.outcome).toBe('no-sale');
    expect(lines(run.steps)).toContain(
      'A week later Kofi mentions that they have hired two more customer success managers.',
    );
  });
});
