// Best and Final: procurement in Phase III, where talking price and terms is the right move and the
// sponsor's advice ("hold firm on price whatever happens") is wrong. She signs only when every piece of her
// file is in place; `firm` follows the sponsor's advice and loses the contract.
import { beforeAll, describe, expect, it } from 'vitest';
import { playStory } from '../../src/authoring/play-story.ts';
import { PlaySession } from '../../src/session/index.ts';
import { defaultRubric } from '../../src/sim/default-rubric.ts';
import { compileStory, outcomesWithout, playPath } from './scenario-harness.ts';

const FILE = 'stories/best-and-final.ink';
// The exemplary path as option indices (among the options offered at each decision).
const EXEMPLARY = [1, 2, 1, 0, 0, 0, 1, 2, 1, 2];

function playChoices(choices: number[]) {
  const result = playStory(FILE, compileStory(FILE), defaultRubric, { choices });
  if (result.ending.error) throw new Error(`${FILE} --choices ${choices.join(',')}: ${result.ending.error}`);
  const lines = result.steps.flatMap((s) => (s.type === 'line' ? [s] : []));
  const chosen = result.steps.flatMap((s) => (s.type === 'choice' ? [s] : []));
  return { result, chosen, spoken: lines.map((l) => `${l.speaker}: ${l.text}`) };
}

/** The exemplary path with one decision (1-based) changed to another option. */
const deviate = (decision: number, option: number) => [
  ...EXEMPLARY.slice(0, decision - 1),
  option,
  ...EXEMPLARY.slice(decision),
];

/** Who is drawn in the room, each time it changes, along a path of option indices. */
function roomsOn(choices: number[]): string[] {
  const session = new PlaySession({ story: compileStory(FILE), rubric: defaultRubric, seed: 1 });
  session.start();
  const rooms: string[] = [];
  const look = () => {
    const room = session.frame({ viewer: 'room' }).cast.present.join(' ');
    if (rooms.at(-1) !== room) rooms.push(room);
  };
  for (const index of [...choices, -1]) {
    while (session.state === 'waiting-for-continue') {
      look();
      session.continue();
    }
    look();
    if (index >= 0) session.choose(index);
  }
  return rooms;
}

const harmless = (moves: [string | null, number, number | null, number | null][]) =>
  moves.filter(([, , a, t]) => (a ?? 0) >= 0 && (t ?? 0) >= 0).length;

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
    const run = playChoices(deviate(4, 1));
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
    const run = playChoices(deviate(4, 2));
    expect(run.chosen[3]?.move).toBe('next-step');
    expect(run.result.ending.outcome).toBe('advance');
    expect(run.spoken).toContain(
      "buyer: I'm not signing today. Come to Graham's review on Thursday at ten and explain the price. All of it.",
    );
  });

  it('giving away the payment terms before asking what they are worth costs a second round', () => {
    const run = playChoices(deviate(3, 0));
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
    expect(roomsOn(EXEMPLARY)).toEqual(['sponsor', 'buyer sponsor', 'buyer', 'sponsor']);
  });
});
