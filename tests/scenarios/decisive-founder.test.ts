// The Decisive Founder (persona decisive-founder): a buyer who wants a point of view. `endless-questions`
// overcorrects into asking and reflecting; `know-it-all` overcorrects into taking charge.
import { describe, expect, it } from 'vitest';
import { outcomesWithout, playPath } from './scenario-harness.ts';

const FILE = 'stories/decisive-founder.ink';

describe('The Decisive Founder', () => {
  it('exemplary path: order, overall 86', () => {
    const run = playPath(FILE, 'exemplary');
    expect(run.moves).toEqual([
      ['follow-sponsor', 1, 1, 2],
      ['insight', 1, 2, 1],
      ['implication', 1, 2, 1],
      ['follow-sponsor', 1, 1, 2],
      ['pitch', 2, 2, 0],
      ['insight', 2, 2, 1],
      ['need-payoff', 2, 2, 1],
      ['hard-question', 2, 1, 0],
      ['next-step', 2, 1, 0],
    ]);
    expect(run.outcome).toBe('order');
    expect(run.result.score).toEqual({
      alignment: 89,
      attunement: 72,
      courage: 100,
      outcome: 100,
      overall: 86,
      trust: 100,
      sponsor: 5,
      mood: 'engaged',
    });
    expect(run.lastLine).toBe('The audit starts Monday.');
  });

  it('endless-questions path: no-sale, overall 36', () => {
    const run = playPath(FILE, 'endless-questions');
    expect(run.moves).toEqual([
      ['follow-sponsor', 1, 1, 2],
      ['open-probe', 1, 0, 0],
      ['reflect', 1, 0, 1],
      ['open-probe', 1, 0, 0],
      ['open-probe', 2, 0, 0],
      ['reflect', 2, 0, 0],
      ['listen', 2, -1, 0],
      ['reflect', 2, -1, 0],
      ['listen', 2, -1, 0],
    ]);
    expect(run.outcome).toBe('no-sale');
    expect(run.result.score).toEqual({
      alignment: 44,
      attunement: 58,
      courage: 0,
      outcome: 0,
      overall: 36,
      trust: 54,
      sponsor: 4,
      mood: 'open',
    });
    expect(run.lastLine).toBe('A week later Kofi mentions that they have hired someone else.');
  });

  it('know-it-all path: no-sale, overall 28', () => {
    const run = playPath(FILE, 'know-it-all');
    expect(run.moves).toEqual([
      ['status-play', 1, 0, -2],
      ['credentials', 1, -1, -1],
      ['status-play', 1, 0, -2],
      ['override-sponsor', 1, -1, -2],
      ['status-play', 2, 0, -1],
      ['pitch', 2, 2, 0],
      ['price', 2, 0, 0],
      ['next-step', 2, 1, 0],
      ['price', 2, 0, 0],
    ]);
    expect(run.outcome).toBe('no-sale');
    expect(run.result.score).toEqual({
      alignment: 53,
      attunement: 28,
      courage: 0,
      outcome: 0,
      overall: 28,
      trust: 22,
      sponsor: 1,
      mood: 'frustrated',
    });
    expect(run.lastLine).toBe('A week later Kofi mentions that they have hired someone else.');
  });

  it('order and advance need a point of view: without insight, a plan or a next step, no order or advance', () => {
    const outcomes = outcomesWithout(FILE, ['insight', 'pitch', 'next-step']);
    expect(outcomes.length).toBeGreaterThan(0);
    expect(outcomes).not.toContain('advance');
    expect(outcomes).not.toContain('order');
  });
});
