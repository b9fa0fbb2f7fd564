import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultRubric } from '../../src/sim/default-rubric.ts';
import { createScoreContext, parseRubric, RubricError, tableEffect } from '../../src/sim/index.ts';

// DESIGN §4, written out cell by cell: move → [Phase I, II, III] as [alignment, attunement].
const TABLE: Record<string, [number, number][]> = {
  'open-probe': [
    [2, 1],
    [1, 1],
    [0, 0],
  ],
  reflect: [
    [1, 2],
    [1, 1],
    [1, 1],
  ],
  implication: [
    [2, 1],
    [1, 0],
    [-1, -1],
  ],
  'need-payoff': [
    [1, 1],
    [2, 1],
    [1, 0],
  ],
  listen: [
    [1, 2],
    [0, 1],
    [0, 0],
  ],
  pitch: [
    [-2, -2],
    [2, 0],
    [1, 0],
  ],
  credentials: [
    [-1, -1],
    [1, 0],
    [2, 0],
  ],
  insight: [
    [0, -1],
    [2, 0],
    [0, 0],
  ],
  'address-risk': [
    [-1, 0],
    [1, 1],
    [2, 2],
  ],
  price: [
    [-2, -1],
    [0, 0],
    [1, 0],
  ],
  'defer-topic': [
    [1, 1],
    [1, 1],
    [-1, -1],
  ],
  'follow-sponsor': [
    [1, 2],
    [1, 1],
    [1, 1],
  ],
  'override-sponsor': [
    [-1, -2],
    [-1, -1],
    [-1, -1],
  ],
  'status-play': [
    [0, -2],
    [0, -1],
    [0, -1],
  ],
  'hard-question': [
    [1, 0],
    [1, 0],
    [2, 1],
  ],
  'next-step': [
    [1, 0],
    [1, 0],
    [2, 0],
  ],
};

const rawRubric = () => JSON.parse(readFileSync('stories/rubric.json', 'utf8')) as Record<string, unknown>;

describe('the shipped rubric', () => {
  const context = createScoreContext(defaultRubric, undefined, []);
  const cells = Object.entries(TABLE).flatMap(([move, row]) =>
    row.map(([alignment, attunement], i) => ({ move, phase: (i + 1) as 1 | 2 | 3, alignment, attunement })),
  );

  it('has exactly the sixteen moves of the design', () => {
    expect(Object.keys(defaultRubric.moves).sort()).toEqual(Object.keys(TABLE).sort());
  });

  it.each(cells)(
    '$move in phase $phase scores $alignment/$attunement',
    ({ move, phase, alignment, attunement }) => {
      const cell = tableEffect(context, move, phase);
      expect([cell.alignment, cell.attunement]).toEqual([alignment, attunement]);
    },
  );

  it('marks listen, reflect and defer-topic as passive, and nothing else', () => {
    const passive = Object.entries(defaultRubric.moves)
      .filter(([, m]) => m.passive)
      .map(([id]) => id);
    expect(passive.sort()).toEqual(['defer-topic', 'listen', 'reflect']);
  });
});

describe('rubric validation', () => {
  it('names the key and the fix for a typo in a key', () => {
    const data = rawRubric();
    const moves = data.moves as Record<string, Record<string, unknown>>;
    moves['pitch'] = { ...moves['pitch'], alling: [1, 1, 1] };
    expect(() => parseRubric(data, 'my-rubric.json')).toThrow(RubricError);
    expect(() => parseRubric(data, 'my-rubric.json')).toThrow(
      'my-rubric.json: the rubric is not valid:\n  - moves.pitch.alling: unknown key; remove it or fix its spelling',
    );
  });

  it('names the key and what is wrong with a value', () => {
    const data = rawRubric();
    const moves = data.moves as Record<string, Record<string, unknown>>;
    moves['listen'] = { ...moves['listen'], align: [1, 'x', 0] };
    (data.weights as Record<string, unknown>).courage = 3;
    expect(() => parseRubric(data)).toThrow(/moves\.listen\.align\.1: must be a number \(got "x"\)/);
    expect(() => parseRubric(data)).toThrow(/weights\.courage: must be at most 1/);
  });

  it('suggests the move a persona probably meant', () => {
    const data = rawRubric();
    const founder = (data.personas as Record<string, { moves: Record<string, unknown> }>)['decisive-founder'];
    if (founder) founder.moves['insigth'] = { align: [1, 1, 1] };
    expect(() => parseRubric(data)).toThrow(
      'personas.decisive-founder.moves.insigth: unknown move "insigth"; did you mean "insight"?',
    );
  });

  it('checks that weights add up and mood thresholds fall', () => {
    const data = rawRubric();
    (data.weights as Record<string, number>).outcome = 0.5;
    (data.trust as { moods: Record<string, number> }).moods.open = 80;
    expect(() => parseRubric(data)).toThrow(/weights: must add up to 1/);
    expect(() => parseRubric(data)).toThrow(
      /trust\.moods: thresholds must fall from engaged to open to guarded/,
    );
  });

  it('rejects a rubric of another format version', () => {
    expect(() => parseRubric({ ...rawRubric(), version: 2 })).toThrow(/version: must be 1/);
  });
});
