// The Hot Referral: Bregman's meeting. Daniel is in Phase I throughout. `bregman` makes exactly the five
// missteps of the article and otherwise plays like a decent seller; the advance needs what is broken, its
// size, an idea built on Daniel's own words and a follow-on that Nadia warned against chasing.
import { beforeAll, describe, expect, it } from 'vitest';
import { playListening } from './listening-seller.ts';
import { compileStory, deviate, outcomesWithout, playChoices, playPath } from './scenario-harness.ts';

const FILE = 'stories/hot-referral.ink';
// The exemplary path as option indices (among the options offered at each decision).
const EXEMPLARY = [1, 2, 0, 1, 3, 0, 2, 1, 0, 2, 1];

describe('The Hot Referral', () => {
  // Exploring every state is the slow part: done once, before the tests, with a generous timeout.
  let withoutDiscovery: ReturnType<typeof outcomesWithout> = [];
  let withoutNextStep: ReturnType<typeof outcomesWithout> = [];
  beforeAll(() => {
    compileStory(FILE);
    withoutDiscovery = outcomesWithout(FILE, ['open-probe', 'implication', 'need-payoff']);
    withoutNextStep = outcomesWithout(FILE, ['next-step']);
  }, 120_000);

  it('exemplary path: advance, overall 88', () => {
    const run = playPath(FILE, 'exemplary');
    expect(run.result.steps.flatMap((s) => (s.type === 'choice' ? [s.index] : []))).toEqual(EXEMPLARY);
    expect(run.moves).toEqual([
      ['follow-sponsor', 1, 1, 2],
      ['listen', 1, 1, 2],
      ['open-probe', 1, 2, 2],
      ['open-probe', 1, 2, 2],
      ['open-probe', 1, 2, 2],
      ['follow-sponsor', 1, 1, 2],
      ['reflect', 1, 1, 2],
      ['implication', 1, 2, 1],
      ['insight', 1, 2, 1],
      ['hard-question', 1, 1, 0],
      ['next-step', 1, 1, 0],
    ]);
    expect(run.outcome).toBe('advance');
    expect(run.result.score).toEqual({
      alignment: 86,
      attunement: 86,
      courage: 100,
      outcome: 85,
      overall: 88,
      trust: 100,
      sponsor: 5,
      mood: 'engaged',
    });
    const spoken = run.result.steps.flatMap((s) => (s.type === 'line' ? [`${s.speaker}: ${s.text}`] : []));
    expect(spoken).toContain(
      "buyer: Tuesday morning, then. I'll bring the drawings log, you bring your map.",
    );
    // The follow-on went against Nadia's warning, and she says how it was done well.
    expect(spoken).toContain(
      "sponsor: I told you not to chase him. You didn't. You gave him something to come back for.",
    );
    expect(run.lastLine).toBe(
      'You leave with a working session in the diary and the question that will frame it.',
    );
  });

  it("bregman path: exactly Bregman's five missteps, harmless choices elsewhere, no-sale at 41", () => {
    const run = playPath(FILE, 'bregman');
    expect(run.moves).toEqual([
      ['follow-sponsor', 1, 1, 2],
      ['status-play', 1, -1, -1],
      ['status-play', 1, -1, -2],
      ['credentials', 1, -1, -2],
      ['pitch', 1, -2, -2],
      ['override-sponsor', 1, -1, -2],
      ['reflect', 1, 1, 2],
      ['reflect', 1, 1, 2],
      ['implication', 1, 2, 1],
      ['next-step', 1, 1, 0],
    ]);
    const choices = run.result.steps.flatMap((s) => (s.type === 'choice' ? [s] : []));
    const missteps = choices.filter((c) => (c.alignment ?? 0) < 0 || (c.attunement ?? 0) < 0);
    expect(missteps.map((c) => c.text)).toEqual([
      'Raise the armchair to your usual height',
      "Offer to cut to the chase and say where you'd focus",
      'Thank him, then mention the firms you have done this for',
      'Walk him through the one plan that fixed this elsewhere',
      'Ask whether he has thought about restructuring that layer',
    ]);
    expect(choices.length - missteps.length).toBe(5);
    expect(run.outcome).toBe('no-sale');
    expect(run.result.score).toEqual({
      alignment: 50,
      attunement: 45,
      courage: 50,
      outcome: 0,
      overall: 41,
      trust: 42,
      sponsor: 2,
      mood: 'guarded',
    });
    const spoken = run.result.steps.flatMap((s) => (s.type === 'line' ? [`${s.speaker}: ${s.text}`] : []));
    // Daniel cuts the meeting short: the year question is never offered.
    expect(spoken).toContain("buyer: I'm sorry. The board chair wants me now, not at the top of the hour.");
    // The lesson comes in Nadia's words, and she remembers being overridden (sponsor meter 2).
    expect(spoken).toContain(
      "sponsor: And I did ask you to leave the divisions alone. He wanted to find out what you'd be like to work with. He read you, and you read his problem.",
    );
    expect(run.lastLine).toBe(
      'Nothing was agreed. Two weeks later Nadia mentions that Daniel has started talking to another firm.',
    );
  });

  it('raising the chair costs less than taking the head of the table', () => {
    const raised = playChoices(FILE, deviate(EXEMPLARY, 2, 0)).chosen[1];
    const head = playChoices(FILE, deviate(EXEMPLARY, 2, 1)).chosen[1];
    expect(raised).toMatchObject({
      text: 'Raise the armchair to your usual height',
      alignment: -1,
      attunement: -1,
    });
    expect(head).toMatchObject({ move: 'status-play', alignment: -1, attunement: -2 });
    expect(raised?.trust).toBeGreaterThan(head?.trust ?? 100);
  });

  it('the follow-on is agreed only when the seller found out what is broken', () => {
    // Nodding along at the problem: Leeds never comes up, so there is no idea to test together.
    const nodded = playChoices(FILE, deviate(EXEMPLARY, 5, 2, [0, 2, 1, 1, 2, 1]));
    expect(nodded.chosen[4]?.text).toBe('Nod, and let him keep going with his story');
    expect(nodded.result.ending.outcome).toBe('continuation');
    expect(nodded.thoughts).toContain("A second meeting. I'm not sure what it would be about.");
    // Without the cost put into his words, the idea alone does not earn an hour in his diary.
    const vague = playChoices(FILE, deviate(EXEMPLARY, 8, 2));
    expect(vague.chosen[7]?.move).toBe('reflect');
    expect(vague.result.ending.outcome).toBe('continuation');
    expect(withoutDiscovery.length).toBeGreaterThan(0);
    expect(withoutDiscovery).not.toContain('advance');
  });

  it('a tentative idea built on his own words is rewarded; turning his question back is not', () => {
    const run = playPath(FILE, 'exemplary');
    const idea = run.result.steps.find((s) => s.type === 'choice' && s.move === 'insight');
    expect(idea).toMatchObject({ alignment: 2, attunement: 1 });
    expect(run.result.steps).toContainEqual(
      expect.objectContaining({
        type: 'line',
        thought: "That's my own story, handed back with a shape to it.",
      }),
    );
    // A confident bet before the story is heard is an insight too, and it costs.
    const bet = playChoices(FILE, deviate(EXEMPLARY, 8, 0)).chosen[7];
    expect(bet).toMatchObject({ move: 'insight', alignment: 0, attunement: -1 });
    // Answering "what do you make of it?" with another question loses the working session.
    const asked = playChoices(FILE, deviate(EXEMPLARY, 9, 1));
    expect(asked.chosen[8]?.move).toBe('open-probe');
    expect(asked.result.ending.outcome).toBe('continuation');
    expect(asked.thoughts).toContain("They listened well. I still don't know how they think.");
  });

  it("following Nadia's advice not to chase a second meeting lets the meeting fade", () => {
    const waited = playChoices(FILE, deviate(EXEMPLARY, 11, 0));
    expect(waited.chosen[10]).toMatchObject({ move: 'follow-sponsor' });
    expect(waited.result.ending.outcome).toBe('continuation');
    expect(waited.thoughts).toContain("I'd have given them another hour. They didn't ask for it.");
    expect(waited.result.score.courage).toBe(50);
  });

  it('scores a newly appointed buyer with the new-in-role persona', () => {
    const run = playPath(FILE, 'bregman');
    expect(run.moves[3]).toEqual(['credentials', 1, -1, -2]);
    expect(playPath(FILE, 'exemplary').moves[2]).toEqual(['open-probe', 1, 2, 2]);
  });

  it('a trainee who listens or reflects wherever possible ends in a continuation, far below', () => {
    const run = playListening(FILE);
    expect(run.moves.filter((m) => m === 'listen' || m === 'reflect').length).toBeGreaterThanOrEqual(5);
    expect(run.outcome).toBe('continuation');
    expect(run.overall).toBeLessThanOrEqual(playPath(FILE, 'exemplary').result.score.overall - 15);
  });

  it('the advance needs a proposed next step: without one, no advance', () => {
    const outcomes = withoutNextStep;
    expect(outcomes.length).toBeGreaterThan(0);
    expect(outcomes).not.toContain('advance');
    expect(outcomes).not.toContain('order');
  });
});
