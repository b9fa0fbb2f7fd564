// The facilitator's rules for playing a decision: Enter plays the majority, asks before a minority, a tie or
// no votes; a clicker's "next" reveals first, then plays the same way.
import { describe, expect, it } from 'vitest';
import { clickerNext, playPlan } from '../../src/present/decide.ts';
import type { DecisionView } from '../../src/present/workshop-types.ts';

function decision(votes: number[], extra: Partial<DecisionView> = {}): DecisionView {
  return {
    number: 1,
    key: '1:a|b|c',
    phase: 1,
    options: [],
    votes,
    phoneVotes: votes.map(() => 0),
    revealed: false,
    failing: { path: 'failure', index: 1 },
    failingShown: false,
    ...extra,
  };
}

describe('playing a decision', () => {
  it('Enter plays the majority, whatever was last selected for vote entry (12/5/3 plays A)', () => {
    expect(playPlan(decision([12, 5, 3]), null, 2)).toEqual({ kind: 'play', index: 0 });
  });

  it('asks before playing a minority option, naming the majority', () => {
    const plan = playPlan(decision([12, 5, 3]), 2);
    expect(plan).toMatchObject({ kind: 'ask', index: 2 });
    expect(plan.kind === 'ask' && plan.why).toBe(
      "C has 3 votes of 20; the room's majority is A. Play C anyway?",
    );
    expect(playPlan(decision([12, 5, 3]), 0)).toEqual({ kind: 'play', index: 0 });
  });

  it('with nobody voting: says so, or asks about the selected option', () => {
    expect(playPlan(decision([0, 0, 0]), null).kind).toBe('none');
    expect(playPlan(decision([0, 0, 0]), null, 1)).toEqual({
      kind: 'ask',
      index: 1,
      why: 'Nobody voted at this decision. Play B anyway?',
    });
  });

  it('on a tie asks which one, and asks again before playing one of the tied options', () => {
    expect(playPlan(decision([4, 4, 1]), null)).toMatchObject({
      kind: 'none',
      why: expect.stringMatching(/tied \(A\/B\)/),
    });
    expect(playPlan(decision([4, 4, 1]), null, 1)).toMatchObject({
      kind: 'ask',
      index: 1,
      why: expect.stringMatching(/tied with A/),
    });
  });

  it('plays the failing seller’s choice the projector shows, without asking', () => {
    expect(playPlan(decision([12, 0, 3], { failingShown: true }), null)).toEqual({ kind: 'play', index: 1 });
  });

  it('a clicker runs a whole decision: next reveals, next again plays the majority', () => {
    expect(clickerNext(null, null)).toEqual({ kind: 'command', command: 'continue' });
    expect(clickerNext(decision([2, 7, 1]), null)).toEqual({ kind: 'command', command: 'reveal' });
    expect(clickerNext(decision([2, 7, 1], { revealed: true }), 0)).toEqual({
      kind: 'plan',
      plan: { kind: 'play', index: 1 },
    });
  });
});
