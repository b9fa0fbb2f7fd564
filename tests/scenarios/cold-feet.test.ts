// Cold Feet: a Phase III finance buyer burned by a previous rollout (persona burned-buyer). `repitch` sells
// features and defers implementation; `discount` reaches for price at every turn.
import { describe, expect, it } from 'vitest';
import { outcomesWithout, playPath } from './scenario-harness.ts';

const FILE = 'stories/cold-feet.ink';

describe('Cold Feet', () => {
  it('exemplary path: order, overall 90', () => {
    const run = playPath(FILE, 'exemplary');
    expect(run.moves).toEqual([
      ['follow-sponsor', 3, 1, 1],
      ['hard-question', 3, 2, 1],
      ['reflect', 3, 1, 1],
      ['address-risk', 3, 2, 2],
      ['address-risk', 3, 2, 2],
      ['credentials', 3, 2, 0],
      ['address-risk', 3, 2, 2],
      ['hard-question', 3, 2, 1],
      ['next-step', 3, 2, 0],
    ]);
    expect(run.outcome).toBe('order');
    expect(run.result.score).toEqual({
      alignment: 94,
      attunement: 78,
      courage: 100,
      outcome: 100,
      overall: 90,
      trust: 100,
      sponsor: 4,
      mood: 'engaged',
    });
    expect(run.lastLine).toBe("Stage one is signed, with the reference call and Anna's visit in the diary.");
  });

  it('repitch path: no-sale, overall 18', () => {
    const run = playPath(FILE, 'repitch');
    expect(run.moves).toEqual([
      ['override-sponsor', 3, -1, -1],
      ['pitch', 3, -1, -1],
      ['pitch', 3, -1, -1],
      ['defer-topic', 3, -1, -1],
      ['pitch', 3, -1, -1],
      ['defer-topic', 3, -1, -1],
      ['pitch', 3, -1, -1],
      ['pitch', 3, -1, -1],
      ['defer-topic', 3, -1, -1],
    ]);
    expect(run.outcome).toBe('no-sale');
    expect(run.result.score).toEqual({
      alignment: 25,
      attunement: 25,
      courage: 0,
      outcome: 0,
      overall: 18,
      trust: 0,
      sponsor: 1,
      mood: 'frustrated',
    });
    expect(run.lastLine).toBe('Two weeks later Marco writes to say the project is on hold.');
  });

  it('discount path: no-sale, overall 27', () => {
    const run = playPath(FILE, 'discount');
    expect(run.moves).toEqual([
      ['price', 3, 0, -1],
      ['price', 3, 0, -1],
      ['price', 3, 0, -1],
      ['price', 3, 0, -1],
      ['price', 3, 0, -1],
      ['open-probe', 3, 0, 0],
      ['price', 3, 0, -1],
      ['price', 3, 0, -1],
      ['price', 3, 0, -1],
    ]);
    expect(run.outcome).toBe('no-sale');
    expect(run.result.score).toEqual({
      alignment: 50,
      attunement: 28,
      courage: 0,
      outcome: 0,
      overall: 27,
      trust: 18,
      sponsor: 3,
      mood: 'frustrated',
    });
    expect(run.lastLine).toBe('Two weeks later Marco writes to say the project is on hold.');
  });

  it('order and advance need answers to her risk: without address-risk, no order or advance', () => {
    const outcomes = outcomesWithout(FILE, ['address-risk']);
    expect(outcomes.length).toBeGreaterThan(0);
    expect(outcomes).not.toContain('advance');
    expect(outcomes).not.toContain('order');
  });
});
