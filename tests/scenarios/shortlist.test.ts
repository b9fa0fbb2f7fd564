// The Shortlist: a Phase II buyer with a written brief. She moves to Phase III ("between you and one other")
// only when every line of her scoring sheet was earned; minutes spent on the seller's agenda squeeze out the
// question of who signs. `rediscovery` starts discovery over again.
import { beforeAll, describe, expect, it } from 'vitest';
import { compileStory, deviate, outcomesWithout, playChoices, playPath } from './scenario-harness.ts';

const FILE = 'stories/shortlist.ink';
// Exploring every state of the story is heavy work: those tests get a minute, not the 5 s default.
// The exemplary path as option indices (among the options offered at each decision).
const EXEMPLARY = [1, 2, 0, 2, 1, 0, 0, 1, 1, 0, 2];

describe('The Shortlist', () => {
  // Compiling the story is heavy work too: done once, before the transcript tests, with room to spare.
  beforeAll(() => {
    compileStory(FILE);
  }, 60_000);

  it('exemplary path: advance, overall 83', () => {
    const run = playPath(FILE, 'exemplary');
    expect(run.result.steps.flatMap((s) => (s.type === 'choice' ? [s.index] : []))).toEqual(EXEMPLARY);
    expect(run.moves).toEqual([
      ['reflect', 2, 1, 1],
      ['open-probe', 2, 1, 1],
      ['open-probe', 2, 1, 1],
      ['need-payoff', 2, 2, 1],
      ['follow-sponsor', 2, 1, 1],
      ['pitch', 2, 2, 0],
      ['defer-topic', 2, 1, 1],
      ['insight', 2, 2, 0],
      ['address-risk', 3, 2, 2],
      ['hard-question', 3, 2, 1],
      ['next-step', 3, 2, 0],
    ]);
    expect(run.outcome).toBe('advance');
    expect(run.result.score).toEqual({
      alignment: 89,
      attunement: 70,
      courage: 100,
      outcome: 85,
      overall: 83,
      trust: 100,
      sponsor: 4,
      mood: 'engaged',
    });
    const spoken = run.result.steps.flatMap((s) => (s.type === 'line' ? [`${s.speaker}: ${s.text}`] : []));
    // The advance is her commitment: a trial she edits, measures by Friday, adjusters booked.
    expect(spoken).toContain(
      "buyer: Twenty, not ten, or it won't tell me anything. I'll fill in the measures and send it back by Friday, and I'll book the adjusters for week two.",
    );
    expect(spoken).toContain("buyer: And I'll put the finance director on the week-two review.");
    expect(run.lastLine).toBe(
      "You leave with a trial booked: Priya's measures by Friday, her adjusters on live claims in week two.",
    );
  });

  it('rediscovery path: asks again what the brief says, makes harmless choices too, no-sale at 36', () => {
    const run = playPath(FILE, 'rediscovery');
    expect(run.moves).toEqual([
      ['open-probe', 2, -1, -1],
      ['open-probe', 2, 1, 1],
      ['listen', 2, 0, 1],
      ['implication', 2, -1, -1],
      ['defer-topic', 2, -1, -1],
      ['open-probe', 2, -1, -1],
      ['open-probe', 2, 1, 1],
      ['reflect', 2, 1, 1],
      ['reflect', 2, 1, 1],
      ['defer-topic', 2, -1, 1],
    ]);
    const harmless = run.moves.filter(([, , a, t]) => (a ?? 0) >= 0 && (t ?? 0) >= 0);
    expect(harmless.length).toBeGreaterThanOrEqual(2);
    expect(run.outcome).toBe('no-sale');
    expect(run.result.score).toEqual({
      alignment: 48,
      attunement: 55,
      courage: 0,
      outcome: 0,
      overall: 36,
      trust: 54,
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
  }, 60_000);

  it('a seller who never asks a discovery question ends in a continuation at best', () => {
    const outcomes = outcomesWithout(FILE, ['open-probe', 'implication', 'need-payoff']);
    expect(outcomes).toContain('continuation');
    expect(outcomes).not.toContain('advance');
  }, 60_000);

  it('pitching the connector instead of asking what sank the last project keeps her comparing', () => {
    const run = playChoices(FILE, deviate(EXEMPLARY, 2, 1));
    expect(run.chosen[1]?.move).toBe('pitch');
    expect(run.spoken).toContain(
      "buyer: I still can't see why your connector would do better than the last one did.",
    );
    expect(run.chosen.every((c) => c.phase === 2)).toBe(true);
    expect(run.result.ending.outcome).toBe('continuation');
  });

  it('a company overview at the start costs the minutes in which she would have said who signs', () => {
    const run = playChoices(FILE, [0, ...EXEMPLARY.slice(1, 9), 2]);
    expect(run.chosen.map((c) => c.move)).not.toContain('hard-question');
    expect(run.spoken).toContain("buyer: I'm sorry, I have the board at four.");
    expect(run.result.ending.outcome).toBe('advance');
    expect(run.result.score.courage).toBe(67);
    // Owen says what the trainee never found out.
    expect(run.spoken).toContain(
      "sponsor: You'll need the finance director before anything's signed, by the way. Nobody asked her about that.",
    );
  });

  it("following Owen to his favourite feature spends Priya's minutes the same way", () => {
    const run = playChoices(FILE, [...EXEMPLARY.slice(0, 6), 2, ...EXEMPLARY.slice(7, 9), 2]);
    expect(run.chosen[6]?.move).toBe('follow-sponsor');
    expect(run.chosen).toHaveLength(10);
    expect(run.result.score.courage).toBe(67);
  });

  it('an unasked discount puts a doubt in her mind: the trial plan is read and put away', () => {
    const run = playChoices(FILE, deviate(EXEMPLARY, 10, 1));
    expect(run.chosen[9]?.move).toBe('price');
    expect(run.result.ending.outcome).toBe('continuation');
    expect(run.spoken).toContain("buyer: Send me the plan, and a price that won't move. We'll be in touch.");
  });

  it('the ending agrees with the sponsor meter: only an overridden Owen mentions Keystone at the lift', () => {
    const overridden = playChoices(FILE, deviate(EXEMPLARY, 5, 0));
    expect(overridden.chosen[4]?.move).toBe('override-sponsor');
    expect(overridden.result.score.sponsor).toBeLessThanOrEqual(1);
    expect(overridden.spoken).toContain("sponsor: It's still open. Though I'd have started with Keystone.");
    const followed = playChoices(FILE, deviate(EXEMPLARY, 11, 0));
    expect(followed.result.score.sponsor).toBe(4);
    expect(followed.spoken).toContain(
      "sponsor: It's still open. I just can't tell you which way it's leaning.",
    );
  });

  it('no spoken rebuke: a wrong turn shows in her face, her hands and her thoughts', () => {
    const run = playPath(FILE, 'rediscovery');
    const buyerLines = run.result.steps.flatMap((s) =>
      s.type === 'line' && s.speaker === 'buyer' ? [s.text] : [],
    );
    for (const line of buyerLines) {
      expect(line).not.toMatch(/not what I asked|already told you|it's (all )?in the brief|page \w+\./i);
    }
    const thoughts = run.result.steps.flatMap((s) => (s.type === 'line' && s.thought ? [s.thought] : []));
    expect(thoughts).toContain('Did they read it at all?');
  });
});
