// Best and Final: procurement in Phase III, where talking price and terms is the right move and the
// sponsor's advice ("hold firm on price whatever happens") is wrong. She signs only when every piece of her
// file is in place; `firm` follows the sponsor's advice and loses the contract.
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

const FILE = 'stories/best-and-final.ink';
// The exemplary path as option indices (among the options offered at each decision).
const EXEMPLARY = [1, 2, 1, 0, 0, 0, 1, 2, 1, 2];

describe('Best and Final', () => {
  // Compiling the story is heavy work: done once, before the transcript tests, with room to spare.
  beforeAll(() => {
    compileStory(FILE);
  }, 60_000);

  it('exemplary path: order, overall 80, with price talked three times on the way', () => {
    const run = playPath(FILE, 'exemplary');
    expect(run.result.steps.flatMap((s) => (s.type === 'choice' ? [s.index] : []))).toEqual(EXEMPLARY);
    expect(run.moves).toEqual([
      ['open-probe', 3, 0, 0],
      ['price', 3, 1, 0],
      ['need-payoff', 3, 1, 0],
      ['price', 3, 1, 0],
      ['hard-question', 3, 2, 1],
      ['credentials', 3, 2, 0],
      ['price', 3, 1, 0],
      ['address-risk', 3, 2, 2],
      ['reflect', 3, 1, 1],
      ['next-step', 3, 2, 0],
    ]);
    expect(run.outcome).toBe('order');
    expect(run.result.score).toMatchObject({
      alignment: 83,
      attunement: 60,
      courage: 100,
      outcome: 100,
      overall: 80,
    });
    const spoken = run.result.steps.flatMap((s) => (s.type === 'line' ? [`${s.speaker}: ${s.text}`] : []));
    expect(spoken).toContain("buyer: So like for like, you're six percent above them, not fourteen.");
    expect(spoken).toContain("sponsor: Four percent? I'd have held.");
    expect(run.lastLine).toBe(
      "The agreement is signed, subject only to the finance director's review on Thursday.",
    );
  });

  it("firm path: follows Tom's advice twice, harmless choices on the way, no-sale at 33", () => {
    const run = playPath(FILE, 'firm');
    expect(run.moves.map(([move]) => move)).toEqual([
      'follow-sponsor',
      'pitch',
      'defer-topic',
      'follow-sponsor',
      'listen',
      'defer-topic',
      'open-probe',
      'defer-topic',
      'pitch',
      'defer-topic',
    ]);
    expect(harmless(run.moves)).toBeGreaterThanOrEqual(2);
    expect(run.outcome).toBe('no-sale');
    expect(run.result.score.overall).toBe(33);
    // Tom got what he asked for: the sponsor meter is full, and the ending says so.
    expect(run.result.score.sponsor).toBe(5);
    const spoken = run.result.steps.flatMap((s) => (s.type === 'line' ? [`${s.speaker}: ${s.text}`] : []));
    expect(spoken).toContain(
      "sponsor: She's given it to the other lot. I told you to hold firm, and you did. I didn't think she'd actually walk.",
    );
    expect(run.lastLine).toBe('A week later the award letter goes to the other bidder.');
  });

  it('holding the price at the trade, as Tom advised, costs the order even if all else is right', () => {
    const run = playChoices(FILE, deviate(EXEMPLARY, 4, 1));
    expect(run.chosen[3]?.move).toBe('follow-sponsor');
    expect(run.result.ending.outcome).toBe('continuation');
    expect(run.spoken).toContain(
      "buyer: If that's your position, I'll need to go back to the other bidder. They've said they'll move.",
    );
    expect(run.spoken).toContain('sponsor: A second round. I thought holding firm would do it.');
  });

  it('talking price is what wins: without any price move there is no order', () => {
    const outcomes = outcomesWithout(FILE, ['price']);
    expect(outcomes.length).toBeGreaterThan(0);
    expect(outcomes).not.toContain('order');
  }, 60_000);

  it('giving the twelve percent away unasked is no shortcut: an advance, and the ending says why', () => {
    const run = playChoices(FILE, deviate(EXEMPLARY, 4, 2));
    expect(run.chosen[3]?.move).toBe('next-step');
    expect(run.result.ending.outcome).toBe('advance');
    expect(run.spoken).toContain(
      "buyer: I'm not signing today. Come to Graham's review on Thursday at ten and explain the price. All of it.",
    );
  });

  it('giving away the payment terms before asking what they are worth costs a second round', () => {
    const run = playChoices(FILE, deviate(EXEMPLARY, 3, 0));
    expect(run.chosen[2]?.move).toBe('price');
    expect(run.result.ending.outcome).toBe('continuation');
  });

  it('no spoken rebuke: a stonewall is answered with a closed laptop and a thought', () => {
    const run = playPath(FILE, 'firm');
    const buyerLines = run.result.steps.flatMap((s) =>
      s.type === 'line' && s.speaker === 'buyer' ? [s.text] : [],
    );
    for (const line of buyerLines) expect(line).not.toMatch(/not what I asked|that's wrong/i);
    const thoughts = run.result.steps.flatMap((s) => (s.type === 'line' && s.thought ? [s.thought] : []));
    expect(thoughts).toContain("Then I'll go back to them. I have to show the board I tried.");
  });

  it('Tom leaves mid-meeting: the room is drawn without him until the car park', () => {
    expect(roomsOn(FILE, EXEMPLARY)).toEqual(['sponsor', 'buyer sponsor', 'buyer', 'sponsor']);
  });
});
