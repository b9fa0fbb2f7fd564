// Three Meetings: one buyer moving from Phase I to II to III across three meetings. `stuck-listening` keeps
// listening in meeting two, then pitches in meeting three when her concern is risk.
import { describe, expect, it } from 'vitest';
import { outcomesWithout, playPath } from './scenario-harness.ts';

const FILE = 'stories/three-meetings.ink';

describe('Three Meetings', () => {
  it('exemplary path: order, overall 86', () => {
    const run = playPath(FILE, 'exemplary');
    expect(run.moves).toEqual([
      ['open-probe', 1, 2, 1],
      ['reflect', 1, 1, 2],
      ['implication', 1, 2, 1],
      ['next-step', 1, 1, 0],
      ['need-payoff', 2, 2, 1],
      ['hard-question', 2, 1, 0],
      ['pitch', 2, 2, 0],
      ['insight', 2, 2, 0],
      ['next-step', 2, 1, 0],
      ['follow-sponsor', 3, 1, 1],
      ['hard-question', 3, 2, 1],
      ['address-risk', 3, 2, 2],
      ['address-risk', 3, 2, 2],
      ['next-step', 3, 2, 0],
    ]);
    expect(run.outcome).toBe('order');
    expect(run.result.score).toEqual({
      alignment: 91,
      attunement: 70,
      courage: 100,
      outcome: 100,
      overall: 86,
      trust: 100,
      sponsor: 4,
      mood: 'engaged',
    });
    expect(run.lastLine).toBe('The first clinic is ordered, with the rest to follow a clean go-live.');
  });

  it('stuck-listening path: no-sale, overall 42', () => {
    const run = playPath(FILE, 'stuck-listening');
    expect(run.moves).toEqual([
      ['listen', 1, 1, 2],
      ['reflect', 1, 1, 2],
      ['listen', 1, 1, 2],
      ['listen', 1, 1, 2],
      ['listen', 2, -1, 1],
      ['reflect', 2, -1, 1],
      ['listen', 2, -1, 1],
      ['reflect', 2, -1, 1],
      ['listen', 2, -1, 1],
      ['override-sponsor', 3, -1, -1],
      ['pitch', 3, 1, 0],
      ['pitch', 3, 1, 0],
      ['implication', 3, -1, -1],
      ['price', 3, 1, 0],
    ]);
    expect(run.outcome).toBe('no-sale');
    expect(run.result.score).toEqual({
      alignment: 50,
      attunement: 70,
      courage: 0,
      outcome: 0,
      overall: 42,
      trust: 94,
      sponsor: 1,
      mood: 'engaged',
    });
    expect(run.lastLine).toBe('The other supplier gets the contract.');
  });

  it('order and advance need contributions: without next steps, value, solutions, ideas or risk answers, no order or advance', () => {
    const outcomes = outcomesWithout(FILE, ['next-step', 'need-payoff', 'pitch', 'insight', 'address-risk']);
    expect(outcomes.length).toBeGreaterThan(0);
    expect(outcomes).not.toContain('advance');
    expect(outcomes).not.toContain('order');
  });
});
