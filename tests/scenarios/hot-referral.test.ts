// The Hot Referral: Bregman's meeting. Phase I throughout; `bregman` takes every temptation, `silent` only
// listens and ends with courage 0.
import { describe, expect, it } from 'vitest';
import { outcomesWith, outcomesWithout, playPath } from './scenario-harness.ts';

const FILE = 'stories/hot-referral.ink';

describe('The Hot Referral', () => {
  it('exemplary path: advance, overall 86', () => {
    const run = playPath(FILE, 'exemplary');
    expect(run.moves).toEqual([
      ['follow-sponsor', 1, 1, 2],
      ['listen', 1, 1, 2],
      ['open-probe', 1, 2, 1],
      ['open-probe', 1, 2, 1],
      ['open-probe', 1, 2, 1],
      ['follow-sponsor', 1, 1, 2],
      ['reflect', 1, 1, 2],
      ['implication', 1, 2, 1],
      ['hard-question', 1, 1, 0],
      ['next-step', 1, 1, 0],
    ]);
    expect(run.outcome).toBe('advance');
    expect(run.result.score).toEqual({
      alignment: 85,
      attunement: 80,
      courage: 100,
      outcome: 85,
      overall: 86,
      trust: 100,
      sponsor: 5,
      mood: 'engaged',
    });
    expect(run.lastLine).toBe(
      'You leave with a working session in the diary and the question that will frame it.',
    );
  });

  it('bregman path: no-sale, overall 14', () => {
    const run = playPath(FILE, 'bregman');
    expect(run.moves).toEqual([
      ['credentials', 1, -1, -1],
      ['status-play', 1, 0, -2],
      ['status-play', 1, 0, -2],
      ['credentials', 1, -1, -1],
      ['pitch', 1, -2, -2],
      ['override-sponsor', 1, -1, -2],
      ['credentials', 1, -1, -1],
      ['insight', 1, 0, -1],
      ['insight', 1, 0, -1],
      ['pitch', 1, -2, -2],
      ['price', 1, -2, -1],
    ]);
    expect(run.outcome).toBe('no-sale');
    expect(run.result.score).toEqual({
      alignment: 27,
      attunement: 14,
      courage: 0,
      outcome: 0,
      overall: 14,
      trust: 0,
      sponsor: 1,
      mood: 'frustrated',
    });
    expect(run.lastLine).toBe(
      'Nothing was agreed. Two weeks later Nadia mentions that Daniel has started talking to another firm.',
    );
  });

  it('silent path: continuation, overall 67', () => {
    const run = playPath(FILE, 'silent');
    expect(run.moves).toEqual([
      ['listen', 1, 1, 2],
      ['listen', 1, 1, 2],
      ['listen', 1, 1, 2],
      ['listen', 1, 1, 2],
      ['listen', 1, 1, 2],
      ['reflect', 1, 1, 2],
      ['reflect', 1, 1, 2],
      ['listen', 1, 1, 2],
      ['listen', 1, 1, 2],
      ['listen', 1, 1, 2],
    ]);
    expect(run.outcome).toBe('continuation');
    expect(run.result.score).toEqual({
      alignment: 75,
      attunement: 100,
      courage: 0,
      outcome: 40,
      overall: 67,
      trust: 100,
      sponsor: 3,
      mood: 'engaged',
    });
    expect(run.lastLine).toBe('You leave with goodwill and no next step in the diary.');
  });

  it('a trainee who only listens or reflects finishes with a continuation at best', () => {
    expect(outcomesWith(FILE, ['listen', 'reflect'])).toEqual(['continuation']);
  });

  it('the advance needs a proposed next step: without one, no advance', () => {
    const outcomes = outcomesWithout(FILE, ['next-step']);
    expect(outcomes.length).toBeGreaterThan(0);
    expect(outcomes).not.toContain('advance');
    expect(outcomes).not.toContain('order');
  });
});
