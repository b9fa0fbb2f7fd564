// Cold Feet: a Phase III finance buyer burned by a previous rollout (persona burned-buyer). She signs only
// with her story told early and said back, and every piece of her risk picture: a pilot, a peer to call, a
// named lead, a plain price, exit terms and the board's test. `repitch` sells again and defers; `discount`
// reads risk as cost. The meeting holds three discount offers, and one price question where a plain answer
// is right.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  compileStory,
  deviate,
  harmless,
  outcomesWithout,
  playChoices,
  playPath,
} from './scenario-harness.ts';

const FILE = 'stories/cold-feet.ink';
// Exploring every state of the story is heavy work: those tests get a minute, not the 5 s default.
// The exemplary path as option indices (among the options offered at each decision).
const EXEMPLARY = [0, 2, 1, 0, 2, 0, 0, 1, 1, 2];

describe('Cold Feet', () => {
  // Compiling the story is heavy work too: done once, before the transcript tests, with room to spare.
  beforeAll(() => {
    compileStory(FILE);
  }, 60_000);

  it('exemplary path: order, overall 88, and the price she asked for is given plainly', () => {
    const run = playPath(FILE, 'exemplary');
    expect(run.result.steps.flatMap((s) => (s.type === 'choice' ? [s.index] : []))).toEqual(EXEMPLARY);
    expect(run.moves).toEqual([
      ['follow-sponsor', 3, 1, 1],
      ['open-probe', 3, 0, 0],
      ['reflect', 3, 1, 1],
      ['address-risk', 3, 2, 2],
      ['address-risk', 3, 2, 2],
      ['credentials', 3, 2, 0],
      ['price', 3, 2, 1],
      ['address-risk', 3, 2, 2],
      ['hard-question', 3, 2, 1],
      ['next-step', 3, 2, 0],
    ]);
    expect(run.outcome).toBe('order');
    expect(run.result.score).toEqual({
      alignment: 90,
      attunement: 75,
      courage: 100,
      outcome: 100,
      overall: 88,
      trust: 100,
      sponsor: 4,
      mood: 'engaged',
    });
    const spoken = run.result.steps.flatMap((s) => (s.type === 'line' ? [`${s.speaker}: ${s.text}`] : []));
    expect(spoken).toContain(
      "buyer: Stage one. One warehouse, April, exit terms as you said them, at the price you gave me. I'll sign that.",
    );
    expect(spoken.join('\n')).not.toMatch(/discount/i);
    expect(run.lastLine).toBe("Stage one is signed, with the reference call and Anna's visit in the diary.");
  });

  it('repitch path: sells again and defers, with harmless choices along the way, no-sale at 25', () => {
    const run = playPath(FILE, 'repitch');
    expect(run.moves).toEqual([
      ['override-sponsor', 3, -1, -1],
      ['pitch', 3, -1, -1],
      ['pitch', 3, -1, -1],
      ['defer-topic', 3, -1, -1],
      ['credentials', 3, 2, 0],
      ['open-probe', 3, 0, 0],
      ['need-payoff', 3, 1, 0],
      ['pitch', 3, -1, -1],
      ['pitch', 3, -1, -1],
      ['defer-topic', 3, -1, -1],
    ]);
    expect(harmless(run.moves)).toBeGreaterThanOrEqual(2);
    expect(run.outcome).toBe('no-sale');
    expect(run.result.score).toEqual({
      alignment: 40,
      attunement: 33,
      courage: 0,
      outcome: 0,
      overall: 25,
      trust: 6,
      sponsor: 1,
      mood: 'frustrated',
    });
    const spoken = run.result.steps.flatMap((s) => (s.type === 'line' ? [`${s.speaker}: ${s.text}`] : []));
    // Marco was overridden on the stairs: he sits by the door and says so at the end.
    expect(spoken).toContain('narrator: Marco takes the chair by the door and says nothing.');
    expect(spoken).toContain('sponsor: I told you what she needed.');
    expect(run.lastLine).toBe('Two weeks later Marco writes to say the project is on hold.');
  });

  it('discount path: three discounts, the rest reasonable, no-sale at 42', () => {
    const run = playPath(FILE, 'discount');
    expect(run.moves).toEqual([
      ['price', 3, 0, -1],
      ['reflect', 3, 1, 1],
      ['open-probe', 3, 0, 0],
      ['defer-topic', 3, -1, -1],
      ['credentials', 3, 2, 0],
      ['defer-topic', 3, -1, -1],
      ['price', 3, 2, 1],
      ['price', 3, 0, -1],
      ['reflect', 3, 1, 1],
      ['price', 3, 0, -1],
    ]);
    expect(harmless(run.moves)).toBeGreaterThanOrEqual(2);
    expect(run.outcome).toBe('no-sale');
    expect(run.result.score.overall).toBe(42);
    const spoken = run.result.steps.flatMap((s) => (s.type === 'line' ? [`${s.speaker}: ${s.text}`] : []));
    expect(spoken).toContain("sponsor: Every time she raised a risk, you cut the price. She's shelving it.");
    expect(run.lastLine).toBe('Two weeks later Marco writes to say the project is on hold.');
  });

  it('offers a discount at most three times in the whole story, and a plain price once', () => {
    const source = readFileSync(FILE, 'utf8');
    const priceOptions = [...source.matchAll(/\[([^\]#]*)#move: price\b[^\]]*\]/g)];
    const plain = priceOptions.filter((m) => m[0].includes('#path: exemplary'));
    expect(plain.map((m) => m[1]?.trim())).toEqual(['Tell her the full first-year cost, line by line']);
    expect(priceOptions.length - plain.length).toBeLessThanOrEqual(3);
  });

  it('no ending mentions a discount unless one was offered to Ruth', () => {
    const mentions = (choices: number[]) => {
      const run = playChoices(FILE, choices);
      const afterClose = run.spoken.slice(run.spoken.indexOf('buyer: So where does that leave us?'));
      return afterClose.some((line) => /discount|price moved|cut the price/i.test(line));
    };
    // Only the discount to Marco on the stairs: Ruth never heard it.
    expect(mentions(deviate(EXEMPLARY, 1, 1))).toBe(false);
    // The halved pilot fee instead of exit terms: Marco heard her ask why the price moved.
    const halved = playChoices(FILE, deviate(EXEMPLARY, 8, 0));
    expect(halved.result.ending.outcome).toBe('continuation');
    expect(halved.spoken).toContain(
      'sponsor: She asked me afterwards why your price moved the moment she mentioned a risk.',
    );
    expect(mentions(deviate(EXEMPLARY, 10, 0))).toBe(true);
    expect(mentions(EXEMPLARY)).toBe(false);
  });

  it('asking about last time only when she hints at it is a late recovery: an advance, not an order', () => {
    const run = playChoices(FILE, deviate(EXEMPLARY, 2, 0, [1, ...EXEMPLARY.slice(3)]));
    expect(run.chosen[1]?.move).toBe('reflect');
    expect(run.chosen[2]?.move).toBe('open-probe');
    expect(run.result.ending.outcome).toBe('advance');
    expect(run.spoken).toContain(
      "buyer: And bring Anna on Tuesday. I'll have the warehouse managers in the room.",
    );
    expect(run.spoken.at(-1)).toBe(
      "narrator: You leave with a reference call and a second meeting in Ruth's diary.",
    );
  });

  it("backing Marco's whole-contract push is the wrong kind of following: no order", () => {
    const run = playChoices(FILE, deviate(EXEMPLARY, 10, 1));
    expect(run.chosen[9]?.move).toBe('follow-sponsor');
    expect(run.result.ending.outcome).toBe('continuation');
  });

  it('the order needs the plain price: without any price talk there is no order', () => {
    const outcomes = outcomesWithout(FILE, ['price']);
    expect(outcomes).toContain('advance');
    expect(outcomes).not.toContain('order');
  }, 60_000);

  it('order and advance need answers to her risk: without address-risk, no order or advance', () => {
    const outcomes = outcomesWithout(FILE, ['address-risk']);
    expect(outcomes.length).toBeGreaterThan(0);
    expect(outcomes).not.toContain('advance');
    expect(outcomes).not.toContain('order');
  }, 60_000);

  it('no spoken rebuke: she answers a discount with silence and a thought', () => {
    const run = playPath(FILE, 'discount');
    const buyerLines = run.result.steps.flatMap((s) =>
      s.type === 'line' && s.speaker === 'buyer' ? [s.text] : [],
    );
    for (const line of buyerLines) expect(line).not.toMatch(/not what I asked|haven't asked for/i);
    const thoughts = run.result.steps.flatMap((s) => (s.type === 'line' && s.thought ? [s.thought] : []));
    expect(thoughts).toContain('They keep pricing the risk instead of removing it.');
  });
});
