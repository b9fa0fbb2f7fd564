// The Committee: a video call with three people in three phases. Lena (the buyer) is in Phase II,
// Olusegun (finance) in Phase III, Carys (operations) in Phase I until the seller has heard and costed her
// nights. Every move is scored against the person it addresses (`# to:`). `tour` gives everyone the demo.
import { beforeAll, describe, expect, it } from 'vitest';
import { PlaySession } from '../../src/session/index.ts';
import { defaultRubric } from '../../src/sim/default-rubric.ts';
import {
  compileStory,
  deviate,
  harmless,
  outcomesWithout,
  playChoices,
  playPath,
} from './scenario-harness.ts';

const FILE = 'stories/the-committee.ink';
// The exemplary path as option indices (among the options offered at each decision).
const EXEMPLARY = [0, 1, 2, 2, 0, 2, 0, 2, 1, 0];

describe('The Committee', () => {
  // Compiling the story is heavy work: done once, before the transcript tests, with room to spare.
  beforeAll(() => {
    compileStory(FILE);
  }, 60_000);

  it("exemplary path: advance, overall 84, each move scored in the addressed person's phase", () => {
    const run = playPath(FILE, 'exemplary');
    expect(run.result.steps.flatMap((s) => (s.type === 'choice' ? [s.index] : []))).toEqual(EXEMPLARY);
    expect(run.moves).toEqual([
      ['hard-question', 3, 2, 1], // Olusegun
      ['open-probe', 1, 2, 1], // Carys, still in Phase I
      ['implication', 1, 2, 1], // Carys
      ['pitch', 2, 2, 0], // Lena
      ['price', 3, 1, 0], // Olusegun
      ['address-risk', 3, 2, 2], // Olusegun
      ['need-payoff', 2, 2, 1], // Carys, now in Phase II
      ['hard-question', 2, 1, 0], // Lena
      ['insight', 2, 2, 0], // Carys
      ['next-step', 3, 2, 0], // Lena, in Phase III at the close
    ]);
    expect(run.outcome).toBe('advance');
    expect(run.result.score).toMatchObject({
      alignment: 95,
      attunement: 65,
      courage: 100,
      outcome: 85,
      overall: 84,
    });
    const spoken = run.result.steps.flatMap((s) => (s.type === 'line' ? [`${s.speaker}: ${s.text}`] : []));
    expect(spoken).toContain(
      "finance: Lena, Carys: if you two want the pilot, send me the terms and I'll sign them.",
    );
    expect(spoken).toContain("ops: The fourteenth's fine. I'll bring Dai.");
    expect(run.lastLine).toBe(
      'You leave the call with the pilot kick-off in the diary and the finance director waiting for the terms.',
    );
  });

  it('the same pitch is right for Lena and wrong for Carys', () => {
    const toLena = playChoices(FILE, deviate(EXEMPLARY, 2, 0)).chosen[1];
    const toCarys = playChoices(FILE, deviate(EXEMPLARY, 2, 2)).chosen[1];
    expect([toLena?.move, toLena?.phase, toLena?.alignment, toLena?.attunement]).toEqual(['pitch', 2, 2, 0]);
    expect([toCarys?.move, toCarys?.phase, toCarys?.alignment, toCarys?.attunement]).toEqual([
      'pitch',
      1,
      -2,
      -2,
    ]);
  });

  it('talking price is right for the finance director: without price there is no advance', () => {
    const outcomes = outcomesWithout(FILE, ['price']);
    expect(outcomes.length).toBeGreaterThan(0);
    expect(outcomes).not.toContain('advance');
  }, 60_000);

  it('Carys moves to Phase II only when she has told and costed her nights', () => {
    // Saying her complaint back instead of letting her cost it: she stays in Phase I, and her later
    // answers show it.
    const run = playChoices(FILE, deviate(EXEMPLARY, 3, 1));
    expect(run.chosen[2]?.move).toBe('reflect');
    expect(run.chosen[6]).toMatchObject({ move: 'need-payoff', phase: 1 });
    expect(run.spoken).toContain('ops: Fewer nights out, I suppose.');
    expect(run.result.ending.outcome).toBe('continuation');
  });

  it('answering Lena when Carys asked leaves Carys unanswered, and costs the pilot', () => {
    const run = playChoices(FILE, deviate(EXEMPLARY, 7, 1));
    expect(run.chosen[6]?.move).toBe('address-risk');
    expect(run.result.ending.outcome).toBe('continuation');
  });

  it('tour path: the same demo for everyone, harmless choices on the way, no-sale at 37', () => {
    const run = playPath(FILE, 'tour');
    expect(run.moves.map(([move, phase]) => `${move} ${phase}`)).toEqual([
      'pitch 2',
      'pitch 1',
      'insight 2',
      'pitch 2',
      'price 3',
      'pitch 3',
      'pitch 1',
      'next-step 2',
      'credentials 1',
      'defer-topic 3',
    ]);
    expect(harmless(run.moves)).toBeGreaterThanOrEqual(2);
    expect(run.outcome).toBe('no-sale');
    expect(run.result.score.overall).toBe(37);
    const spoken = run.result.steps.flatMap((s) => (s.type === 'line' ? [`${s.speaker}: ${s.text}`] : []));
    expect(spoken).toContain('narrator: Carys has already left the call.');
    expect(run.lastLine).toBe('A fortnight later Lena writes: the committee has chosen another vendor.');
  });

  it('the finance director leaves the call before the end, and his last word follows the meeting so far', () => {
    const best = playChoices(FILE, EXEMPLARY).spoken;
    const slipped = playChoices(FILE, deviate(EXEMPLARY, 1, 1)).spoken;
    expect(best).toContain('narrator: His tile goes dark.');
    expect(slipped).toContain('finance: Send me something in writing.');
    expect(best.indexOf('narrator: His tile goes dark.')).toBeLessThan(
      best.indexOf("buyer: Olusegun's the big one. But it isn't only him."),
    );
  });

  it('on the video call the room follows the story: Carys joins late, Olusegun leaves early', () => {
    const session = new PlaySession({ story: compileStory(FILE), rubric: defaultRubric, seed: 1 });
    session.start();
    const cast = () => session.frame({ viewer: 'room' }).cast;
    expect(cast()).toMatchObject({ video: true, present: ['buyer', 'finance'] });
    expect(cast().members.map((m) => [m.id, m.name, m.phase])).toEqual([
      ['buyer', 'Lena Fischer', 2],
      ['finance', 'Olusegun Bello', 3],
      ['ops', 'Carys Rhys', 1],
    ]);
    const rooms: string[] = [];
    const addressed: (string | null)[] = [];
    for (const index of EXEMPLARY) {
      while (session.state === 'waiting-for-continue') {
        const room = cast().present.join(' ');
        if (rooms.at(-1) !== room) rooms.push(room);
        session.continue();
      }
      session.choose(index);
      addressed.push(cast().addressed);
    }
    expect(rooms).toEqual(['buyer finance', 'buyer finance ops', 'buyer ops']);
    expect(addressed).toEqual([
      'finance',
      'ops',
      'ops',
      'buyer',
      'finance',
      'finance',
      'ops',
      'buyer',
      'ops',
      'buyer',
    ]);
  });
});
