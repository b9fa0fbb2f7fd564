// A face's reaction to the last choice: what the trainee sees the moment a choice lands.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expressionFor, isSmiling, reactionTo } from '../../src/session/face-reaction.ts';
import { FACE_FOR_EXPRESSION, FACE_FOR_MOOD, SMILING_FACES } from '../../src/game/characters.ts';

const effect = fc.record({
  alignment: fc.integer({ min: -4, max: 4 }),
  attunement: fc.integer({ min: -4, max: 4 }),
});

describe('the face reacting to a choice', () => {
  it('never smiles at a choice with a negative effect, on the drawn face either', () => {
    fc.assert(
      fc.property(
        effect.filter((e) => e.alignment < 0 || e.attunement < 0),
        fc.integer({ min: 1, max: 40 }),
        (e, decision) => {
          const reaction = reactionTo(e, decision);
          expect(reaction).not.toBeNull();
          if (!reaction) return;
          expect(isSmiling(reaction.expression)).toBe(false);
          expect(SMILING_FACES.has(FACE_FOR_EXPRESSION[reaction.expression])).toBe(false);
          expect(reaction.decision).toBe(decision);
        },
      ),
    );
  });

  it('smiles at a choice that helps on both counts, and only looks interested at a small gain', () => {
    expect(expressionFor({ alignment: 2, attunement: 1 })).toBe('pleased');
    expect(expressionFor({ alignment: 1, attunement: 1 })).toBe('pleased');
    expect(expressionFor({ alignment: 1, attunement: 0 })).toBe('interested');
    expect(isSmiling('interested')).toBe(false);
  });

  it('tells apart a move out of step, a move that misses their side, and both', () => {
    expect(expressionFor({ alignment: -1, attunement: 2 })).toBe('puzzled');
    expect(expressionFor({ alignment: 2, attunement: -1 })).toBe('wary');
    expect(expressionFor({ alignment: -2, attunement: -1 })).toBe('affronted');
  });

  it('has no reaction when the choice had no effect (unscored, or zero on both counts)', () => {
    expect(reactionTo(null, 1)).toBeNull();
    expect(reactionTo(undefined, 1)).toBeNull();
    expect(reactionTo({ alignment: 0, attunement: 0 }, 3)).toBeNull();
    expect(reactionTo({ alignment: Number.NaN, attunement: 1 }, 3)).toBeNull();
  });

  it('draws engaged as an attentive smile, not the wide grin', () => {
    expect(FACE_FOR_MOOD.engaged).toBe('smile');
    expect(Object.values(FACE_FOR_MOOD)).not.toContain('smileBig');
    expect(SMILING_FACES.has(FACE_FOR_MOOD.guarded)).toBe(false);
    expect(SMILING_FACES.has(FACE_FOR_MOOD.frustrated)).toBe(false);
  });
});
