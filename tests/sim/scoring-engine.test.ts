import { describe, expect, it } from 'vitest';
import { defaultRubric } from '../../src/sim/default-rubric.ts';
import {
  createScoreContext,
  fitsPhase,
  initialScoreState,
  keyMoments,
  moodFor,
  scoreChoice,
  scoreReport,
  ScoringError,
  type ChoiceInput,
  type ScoreContext,
  type ScoreState,
} from '../../src/sim/index.ts';

const plain = createScoreContext(defaultRubric, undefined, ['budget', 'idea']);

function run(context: ScoreContext, choices: ChoiceInput[], state: ScoreState = initialScoreState(context)) {
  const effects = [];
  for (const choice of choices) {
    const result = scoreChoice(context, state, choice);
    effects.push([result.effect.alignment, result.effect.attunement]);
    state = result.state;
  }
  return { effects, state };
}

describe('sequence rules', () => {
  it('scores the third and later consecutive reflect at attunement −1 (noticed mimicry)', () => {
    const { effects } = run(
      plain,
      Array.from({ length: 4 }, () => ({ move: 'reflect', phase: 1 as const })),
    );
    expect(effects).toEqual([
      [1, 2],
      [1, 2],
      [1, -1],
      [1, -1],
    ]);
  });

  it('any other move ends the reflect run', () => {
    const moves = ['reflect', 'reflect', 'open-probe', 'reflect', 'reflect'];
    const { effects } = run(
      plain,
      moves.map((move) => ({ move, phase: 1 as const })),
    );
    expect(effects.map(([, t]) => t)).toEqual([2, 2, 1, 2, 2]);
  });

  it('scores the third passive move of a run at alignment −1 in Phase II and III, not in Phase I', () => {
    const moves = ['listen', 'defer-topic', 'listen', 'reflect'];
    expect(
      run(
        plain,
        moves.map((move) => ({ move, phase: 1 as const })),
      ).effects.map(([a]) => a),
    ).toEqual([1, 1, 1, 1]);
    expect(
      run(
        plain,
        moves.map((move) => ({ move, phase: 2 as const })),
      ).effects.map(([a]) => a),
    ).toEqual([0, 1, -1, -1]);
    expect(
      run(
        plain,
        moves.map((move) => ({ move, phase: 3 as const })),
      ).effects.map(([a]) => a),
    ).toEqual([0, -1, -1, -1]);
  });

  it('counts the passive run across phases and applies both rules at once', () => {
    const { effects } = run(plain, [
      { move: 'reflect', phase: 1 },
      { move: 'reflect', phase: 1 },
      { move: 'reflect', phase: 2 },
    ]);
    expect(effects[2]).toEqual([-1, -1]);
  });

  it('author overrides replace the value after the rules', () => {
    const { effects } = run(plain, [
      { move: 'reflect', phase: 2 },
      { move: 'reflect', phase: 2 },
      { move: 'reflect', phase: 2, align: 2, attune: 1 },
    ]);
    expect(effects[2]).toEqual([2, 1]);
    const pitch = scoreChoice(plain, initialScoreState(plain), { move: 'pitch', phase: 1, attune: 0 });
    expect(pitch.effect).toEqual({
      alignment: -2,
      attunement: 0,
      table: { alignment: -2, attunement: -2 },
      rules: ['author-attune'],
    });
  });
});

describe('personas', () => {
  it('adjust cells: the decisive founder rewards insight early', () => {
    const founder = createScoreContext(defaultRubric, 'decisive-founder', []);
    expect(
      scoreChoice(founder, initialScoreState(founder), { move: 'insight', phase: 1 }).effect,
    ).toMatchObject({
      alignment: 2,
      attunement: 1,
      rules: ['persona'],
    });
    expect(scoreChoice(plain, initialScoreState(plain), { move: 'insight', phase: 1 }).effect).toMatchObject({
      alignment: 0,
      attunement: -1,
    });
  });

  it('an unknown persona is an error that names the fix', () => {
    expect(() => createScoreContext(defaultRubric, 'bossy', [])).toThrow(ScoringError);
    expect(() => createScoreContext(defaultRubric, 'bossy', [])).toThrow(
      /persona "bossy" is not in the rubric; use one of/,
    );
  });

  it('an unknown move is an error that names the fix', () => {
    expect(() => scoreChoice(plain, initialScoreState(plain), { move: 'charm', phase: 1 })).toThrow(
      /unknown move "charm"; use one of open-probe/,
    );
  });
});

describe('score dimensions', () => {
  it('maps mean alignment and attunement from [−2, +2] to [0, 100]', () => {
    const { state } = run(plain, [
      { move: 'open-probe', phase: 1 }, // 2 / 1
      { move: 'pitch', phase: 1 }, // −2 / −2
      { move: 'reflect', phase: 1 }, // 1 / 2
      { move: 'listen', phase: 1 }, // 1 / 2
    ]);
    const report = scoreReport(plain, state, 'advance');
    expect(report.alignment).toBe(Math.round(((0.5 + 2) / 4) * 100)); // 63
    expect(report.attunement).toBe(Math.round(((0.75 + 2) / 4) * 100)); // 69
  });

  it('courage is the share of must items covered, and 100 when there are none', () => {
    const half = run(plain, [{ move: 'hard-question', phase: 1, covers: ['budget'] }]).state;
    expect(scoreReport(plain, half, null).courage).toBe(50);
    const both = run(plain, [
      { move: 'hard-question', phase: 1, covers: ['budget'] },
      { move: 'insight', phase: 2, covers: ['idea', 'budget'] },
    ]).state;
    expect(scoreReport(plain, both, null).courage).toBe(100);
    const none = createScoreContext(defaultRubric, undefined, []);
    expect(scoreReport(none, initialScoreState(none), null).courage).toBe(100);
  });

  it('scores outcomes order 100, advance 85, continuation 40, no-sale 0, none 0', () => {
    const state = initialScoreState(plain);
    expect(
      (['order', 'advance', 'continuation', 'no-sale', null] as const).map(
        (o) => scoreReport(plain, state, o).outcomeScore,
      ),
    ).toEqual([100, 85, 40, 0, 0]);
  });

  it('overall is 0.35·alignment + 0.35·attunement + 0.15·courage + 0.15·outcome, rounded', () => {
    const { state } = run(plain, [
      { move: 'open-probe', phase: 1 },
      { move: 'hard-question', phase: 1, covers: ['budget'] },
    ]);
    const report = scoreReport(plain, state, 'continuation');
    const alignment = ((1.5 + 2) / 4) * 100;
    const attunement = ((0.5 + 2) / 4) * 100;
    expect(report.overall).toBe(Math.round(0.35 * alignment + 0.35 * attunement + 0.15 * 50 + 0.15 * 40));
  });
});

describe('trust, mood and sponsor', () => {
  it('trust starts at 50 (or the story value) and moves with each choice, within 0–100', () => {
    expect(initialScoreState(plain).trust).toBe(50);
    expect(initialScoreState(plain, { trust: 65 }).trust).toBe(65);
    const up = run(plain, [{ move: 'open-probe', phase: 1 }]).state.trust;
    expect(up).toBe(50 + 4 * 3);
    const floor = run(
      plain,
      Array.from({ length: 6 }, () => ({ move: 'pitch', phase: 1 as const })),
    ).state.trust;
    expect(floor).toBe(0);
  });

  it('bands mood: engaged ≥ 70, open ≥ 50, guarded ≥ 30, frustrated below', () => {
    expect([100, 70, 69, 50, 49, 30, 29, 0].map((t) => moodFor(defaultRubric, t))).toEqual([
      'engaged',
      'engaged',
      'open',
      'open',
      'guarded',
      'guarded',
      'frustrated',
      'frustrated',
    ]);
  });

  it('the sponsor meter starts at 3: follow +1, override −2, within 0–5', () => {
    const moves = ['follow-sponsor', 'follow-sponsor', 'follow-sponsor', 'override-sponsor'];
    const states = moves.reduce<ScoreState[]>(
      (acc, move) => [
        ...acc,
        scoreChoice(plain, acc.at(-1) ?? initialScoreState(plain), { move, phase: 1 }).state,
      ],
      [],
    );
    expect(states.map((s) => s.sponsor)).toEqual([4, 5, 5, 3]);
    const low = run(
      plain,
      Array.from({ length: 3 }, () => ({ move: 'override-sponsor', phase: 1 as const })),
    ).state;
    expect(low.sponsor).toBe(0);
  });
});

describe('fits and key moments', () => {
  it('gives the phase each move fits best', () => {
    expect(['open-probe', 'pitch', 'address-risk', 'status-play'].map((m) => fitsPhase(plain, m))).toEqual([
      1,
      2,
      3,
      null,
    ]);
  });

  it('picks the choices that moved the score most, in order of play', () => {
    const moments = keyMoments(
      [
        { decision: 1, text: 'a', move: 'listen', phase: 1, alignment: 1, attunement: 2 },
        {
          decision: 2,
          text: 'b',
          move: 'pitch',
          phase: 1,
          alignment: -2,
          attunement: -2,
          thought: 'Too soon.',
        },
        { decision: 3, text: 'c', move: 'insight', phase: 2, alignment: 0, attunement: 0 },
        { decision: 4, text: 'd', move: 'reflect', phase: 2, alignment: 1, attunement: 1 },
        { decision: 5, text: 'e', move: 'address-risk', phase: 3, alignment: 2, attunement: 2 },
      ],
      3,
    );
    expect(moments.map((m) => [m.decision, m.impact])).toEqual([
      [1, 3],
      [2, 4],
      [5, 4],
    ]);
    expect(moments[1]?.thought).toBe('Too soon.');
  });
});
