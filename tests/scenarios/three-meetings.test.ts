// Three Meetings: one buyer moving from Phase I to II to III across three meetings. The same move is right
// in one meeting and wrong in another. `stuck-listening` keeps doing what worked in meeting one, then
// follows the sponsor's nervous advice in meeting three and pushes when her concern is risk. Exploring every
// state and playing several runs take seconds on a busy machine, so these tests get a longer timeout.
import { beforeAll, describe, expect, it } from 'vitest';
import { playStory } from '../../src/authoring/play-story.ts';
import { defaultRubric } from '../../src/sim/default-rubric.ts';
import { compileStory, outcomesWithout, playPath } from './scenario-harness.ts';

const FILE = 'stories/three-meetings.ink';

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

describe('Three Meetings', { timeout: 60_000 }, () => {
  // Compiling is the slow part of the first test; it gets its own time.
  beforeAll(() => void compileStory(FILE), 60_000);

  it('exemplary path: order, overall 84', () => {
    const run = playPath(FILE, 'exemplary');
    expect(run.moves).toEqual([
      ['listen', 1, 1, 2],
      ['reflect', 1, 1, 2],
      ['implication', 1, 2, 1],
      ['defer-topic', 1, 1, 1],
      ['next-step', 1, 1, 0],
      ['need-payoff', 2, 2, 1],
      ['hard-question', 2, 1, 0],
      ['follow-sponsor', 2, 1, 1],
      ['insight', 2, 2, 0],
      ['next-step', 2, 1, 0],
      ['override-sponsor', 3, 1, 1],
      ['hard-question', 3, 2, 1],
      ['address-risk', 3, 2, 2],
      ['credentials', 3, 2, 0],
      ['price', 3, 1, 0],
    ]);
    expect(run.outcome).toBe('order');
    expect(run.result.score).toEqual({
      alignment: 85,
      attunement: 70,
      courage: 100,
      outcome: 100,
      overall: 84,
      trust: 100,
      sponsor: 2,
      mood: 'engaged',
    });
    expect(run.lastLine).toBe(
      'The first clinic is ordered at the price you set out, with the rest to follow a clean go-live.',
    );
  });

  it('the order follows the price and terms, and Graham, overridden, is not smiling', () => {
    const text = lines(playPath(FILE, 'exemplary').result.steps);
    const terms = text.indexOf(
      'Four hundred a month per clinic, all in. The first clinic on a twelve-month contract, and a break clause if the go-live misses its date.',
    );
    const signed = text.indexOf('She signs the order for the first clinic.');
    expect(terms).toBeGreaterThan(-1);
    expect(signed).toBeGreaterThan(terms);
    expect(text).toContain("I told you to keep the go-live out of it. I'm glad you didn't listen to me.");
    expect(text.join('\n')).not.toMatch(/smiling again/);
  });

  it('stuck-listening path: no-sale, overall 42, with seven harmless choices in meeting one and three', () => {
    const run = playPath(FILE, 'stuck-listening');
    expect(run.moves).toEqual([
      ['listen', 1, 1, 2],
      ['reflect', 1, 1, 2],
      ['open-probe', 1, 2, 1],
      ['defer-topic', 1, 1, 1],
      ['listen', 1, 1, 2],
      ['listen', 2, -1, 1],
      ['reflect', 2, -1, 1],
      ['listen', 2, -1, 1],
      ['reflect', 2, -1, 1],
      ['listen', 2, -1, 1],
      ['follow-sponsor', 3, 1, 1],
      ['defer-topic', 3, -1, -1],
      ['pitch', 3, 1, 0],
      ['implication', 3, -1, -1],
      ['price', 3, 0, -1],
    ]);
    const harmless = run.moves.filter(
      ([, , alignment, attunement]) => (alignment ?? -1) >= 0 && (attunement ?? -1) >= 0,
    );
    expect(harmless).toHaveLength(7);
    expect(run.outcome).toBe('no-sale');
    expect(run.result.score).toEqual({
      alignment: 52,
      attunement: 68,
      courage: 0,
      outcome: 0,
      overall: 42,
      trust: 84,
      sponsor: 4,
      mood: 'engaged',
    });
    const text = lines(run.result.steps);
    expect(text).toContain(
      "The board asked me what fixing this was worth, and I couldn't give them a number. They went with the cheaper one.",
    );
    expect(text).toContain(
      "She raised the go-live herself, didn't she. I should have let you talk about it.",
    );
    expect(run.lastLine).toBe('The other supplier gets the contract.');
  });

  it('the same move is right in one meeting and wrong in another: price, deferring, listening', () => {
    // Meeting one: a rough price (option 0 of decision 4) instead of deferring it loses the order.
    const earlyPrice = exemplaryExcept(4, 0);
    expect(earlyPrice.steps.find((s) => s.type === 'choice' && s.decision === 4)).toMatchObject({
      move: 'price',
      alignment: -2,
    });
    expect(earlyPrice.ending.outcome).toBe('advance');
    // Meeting three: deferring the go-live (option 0 of decision 12) costs alignment and the order.
    const lateDefer = exemplaryExcept(12, 0);
    expect(lateDefer.steps.find((s) => s.type === 'choice' && s.decision === 12)).toMatchObject({
      move: 'defer-topic',
      alignment: -1,
    });
    expect(lateDefer.ending.outcome).not.toBe('order');
    // Meeting two: listening (option 0 of decision 6) is what she no longer needs.
    expect(exemplaryExcept(6, 0).ending.outcome).not.toBe('order');
  });

  it('following Graham in meeting three (keeping the go-live quiet) loses the order', () => {
    const run = exemplaryExcept(11, 2);
    expect(run.steps.find((s) => s.type === 'choice' && s.decision === 11)).toMatchObject({
      move: 'follow-sponsor',
    });
    expect(run.ending.outcome).toBe('advance');
    expect(lines(run.steps)).toContain('Graham studies the carpet.');
  });

  it('without the price and terms on the table there is no order', () => {
    const outcomes = outcomesWithout(FILE, ['price']);
    expect(outcomes).toContain('advance');
    expect(outcomes).not.toContain('order');
  });

  it('a seller who never helps her size the problem or its value ends with no sale', () => {
    expect(outcomesWithout(FILE, ['implication', 'need-payoff'])).toEqual(['no-sale']);
  });
});
