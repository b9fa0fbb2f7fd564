// The Shortlist: a Phase II buyer with a written brief; she moves to Phase III only when shown the platform
// against her criteria. `rediscovery` starts discovery over again.
import { describe, expect, it } from 'vitest';
import { outcomesWithout, playPath } from './scenario-harness.ts';

const FILE = 'stories/shortlist.ink';

describe('The Shortlist', () => {
  it('exemplary path: advance, overall 83', () => {
    const run = playPath(FILE, 'exemplary');
    expect(run.moves).toEqual([
      ['reflect', 2, 1, 1],
      ['hard-question', 2, 1, 0],
      ['need-payoff', 2, 2, 1],
      ['follow-sponsor', 2, 1, 1],
      ['pitch', 2, 2, 0],
      ['insight', 2, 2, 0],
      ['address-risk', 3, 2, 2],
      ['hard-question', 3, 2, 1],
      ['next-step', 3, 2, 0],
    ]);
    expect(run.outcome).toBe('advance');
    expect(run.result.score).toEqual({
      alignment: 92,
      attunement: 67,
      courage: 100,
      outcome: 85,
      overall: 83,
      trust: 100,
      sponsor: 4,
      mood: 'engaged',
    });
    expect(run.lastLine).toBe(
      'You leave with an evaluation plan that she has already started to write herself.',
    );
  });

  it('rediscovery path: no-sale, overall 39', () => {
    const run = playPath(FILE, 'rediscovery');
    expect(run.moves).toEqual([
      ['open-probe', 2, 1, 1],
      ['open-probe', 2, -1, -1],
      ['implication', 2, 1, 0],
      ['defer-topic', 2, 1, 1],
      ['open-probe', 2, -1, -1],
      ['listen', 2, 0, 1],
      ['reflect', 2, 1, 1],
      ['defer-topic', 2, -1, 1],
      ['listen', 2, -1, 1],
    ]);
    expect(run.outcome).toBe('no-sale');
    expect(run.result.score).toEqual({
      alignment: 50,
      attunement: 61,
      courage: 0,
      outcome: 0,
      overall: 39,
      trust: 66,
      sponsor: 3,
      mood: 'open',
    });
    expect(run.lastLine).toBe(
      'A week later an email arrives: Larkfield has chosen to go ahead with two other vendors.',
    );
  });

  it('the advance needs the evaluation plan (a next step): without one, no advance', () => {
    const outcomes = outcomesWithout(FILE, ['next-step']);
    expect(outcomes.length).toBeGreaterThan(0);
    expect(outcomes).not.toContain('advance');
    expect(outcomes).not.toContain('order');
  });
});
