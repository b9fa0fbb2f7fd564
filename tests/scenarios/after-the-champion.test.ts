// After the Champion: a renewal at risk after the champion left. No sponsor; Amira inherited the contract
// in Phase I and does not know why the firm bought it; Kwame, the last team's lead user, is in Phase II.
// The expansion the seller's own firm wants sold is worth walking away from. `upsell` keeps selling.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  compileStory,
  deviate,
  harmless,
  outcomesWithout,
  playChoices,
  playPath,
  roomsOn,
} from './scenario-harness.ts';

const FILE = 'stories/after-the-champion.ink';
// The exemplary path as option indices (among the options offered at each decision).
const EXEMPLARY = [1, 1, 0, 2, 1, 1, 2, 0, 0, 2];

describe('After the Champion', () => {
  // Compiling the story is heavy work: done once, before the transcript tests, with room to spare.
  beforeAll(() => {
    compileStory(FILE);
  }, 60_000);

  it('exemplary path: order for sixty seats, the expansion turned down, overall 86', () => {
    const run = playPath(FILE, 'exemplary');
    expect(run.result.steps.flatMap((s) => (s.type === 'choice' ? [s.index] : []))).toEqual(EXEMPLARY);
    expect(run.moves).toEqual([
      ['open-probe', 1, 2, 1],
      ['implication', 1, 2, 1],
      ['open-probe', 1, 2, 1],
      ['need-payoff', 2, 2, 1],
      ['insight', 2, 2, 0],
      ['hard-question', 2, 1, 0],
      ['defer-topic', 2, 1, 1],
      ['price', 3, 1, 0],
      ['address-risk', 3, 2, 2],
      ['next-step', 3, 2, 0],
    ]);
    expect(run.outcome).toBe('order');
    expect(run.result.score).toMatchObject({
      alignment: 93,
      attunement: 68,
      courage: 100,
      outcome: 100,
      overall: 86,
    });
    const spoken = run.result.steps.flatMap((s) => (s.type === 'line' ? [`${s.speaker}: ${s.text}`] : []));
    expect(spoken).toContain("buyer: Dev won't thank you for that.");
    expect(spoken).toContain('kwame: She told me you talked her out of the litigation thing.');
    expect(run.lastLine).toBe(
      'The renewal is signed: sixty seats for a year, with retraining and a usage check at ninety days.',
    );
  });

  it('upsell path: keeps selling, with harmless choices on the way, no-sale at 33 or less', () => {
    const run = playPath(FILE, 'upsell');
    expect(run.moves.map(([move]) => move)).toEqual([
      'credentials',
      'insight',
      'listen',
      'pitch',
      'pitch',
      'next-step',
      'pitch',
      'pitch',
      'defer-topic',
      'defer-topic',
    ]);
    expect(harmless(run.moves)).toBeGreaterThanOrEqual(2);
    expect(run.outcome).toBe('no-sale');
    expect(run.result.score.overall).toBeLessThanOrEqual(33);
    const spoken = run.result.steps.flatMap((s) => (s.type === 'line' ? [`${s.speaker}: ${s.text}`] : []));
    expect(spoken).toContain("buyer: Thank you for coming in. I think we'll let it lapse.");
    const thoughts = run.result.steps.flatMap((s) => (s.type === 'line' && s.thought ? [s.thought] : []));
    expect(thoughts).toContain('I asked for a reason to keep it, and got an offer to buy more.');
  });

  it('walking away from the expansion is right: selling it costs the renewal even if all else is right', () => {
    for (const option of [0, 1]) {
      const run = playChoices(FILE, deviate(EXEMPLARY, 7, option));
      expect(run.chosen[6]?.move).toBe(option === 0 ? 'pitch' : 'price');
      expect(run.result.ending.outcome).toBe('continuation');
      expect(run.spoken).toContain("buyer: Leave it with me. I'll let you know before the renewal date.");
    }
  });

  it('without the walk-away (defer-topic) there is no order', () => {
    const outcomes = outcomesWithout(FILE, ['defer-topic']);
    expect(outcomes.length).toBeGreaterThan(0);
    expect(outcomes).not.toContain('order');
  }, 60_000);

  it('arguing to keep every seat is a mild slip: an advance to the practice heads, not an order', () => {
    const run = playChoices(FILE, deviate(EXEMPLARY, 8, 2));
    expect(run.result.ending.outcome).toBe('advance');
    expect(run.spoken).toContain(
      "buyer: I'm not signing today. Come to the operations meeting on Tuesday and put it to the practice heads. I'll keep it off finance's list until then.",
    );
  });

  it('the story has no sponsor: no choice follows or overrides one', () => {
    const run = playPath(FILE, 'exemplary');
    expect(run.result.steps.some((s) => s.type === 'line' && s.speaker === 'sponsor')).toBe(false);
    const moves = new Set([...playPath(FILE, 'upsell').moves, ...run.moves].map(([move]) => move));
    expect(moves.has('follow-sponsor')).toBe(false);
    expect(moves.has('override-sponsor')).toBe(false);
  });

  it('Kwame is drawn only while he is in the room, and again at his desk on the way out', () => {
    expect(roomsOn(FILE, EXEMPLARY)).toEqual(['buyer', 'buyer kwame', 'buyer', 'kwame']);
  });
});
