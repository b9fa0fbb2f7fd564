// A face's immediate reaction to the last choice, from that choice's effects (the scoring engine's
// alignment and attunement, as src/session/option-effects.ts reports them). The stage shows it at once on
// the person the choice addressed, then eases back to the mood of their trust. A `# mood:` on the line
// overrides it. Contract: a choice with any negative effect never produces a smiling reaction.

/** What the face does. Only `pleased` smiles. */
export type Expression = 'pleased' | 'interested' | 'puzzled' | 'wary' | 'affronted';

export interface FaceReaction {
  expression: Expression;
  /** The decision (1-based) the reaction answers: the stage shows each reaction once. */
  decision: number;
}

/** The two effects a reaction reads (an Effect or an OptionEffectView). */
export interface EffectLike {
  alignment: number;
  attunement: number;
}

const SMILING: ReadonlySet<Expression> = new Set<Expression>(['pleased']);

export function isSmiling(expression: Expression): boolean {
  return SMILING.has(expression);
}

/**
 * The expression a choice's effects produce; null when the choice had no effect to react to (unscored,
 * unknown move, or both effects zero): the face then simply keeps the mood of trust.
 * - both effects negative: affronted; only attunement negative (not their side): wary;
 *   only alignment negative (out of step with where they are): puzzled;
 * - nothing negative: pleased when the sum is at least 2, interested when it is 1.
 */
export function expressionFor(effect: EffectLike | null | undefined): Expression | null {
  if (!effect) return null;
  const { alignment, attunement } = effect;
  if (!Number.isFinite(alignment) || !Number.isFinite(attunement)) return null;
  if (alignment < 0 && attunement < 0) return 'affronted';
  if (attunement < 0) return 'wary';
  if (alignment < 0) return 'puzzled';
  const sum = alignment + attunement;
  if (sum >= 2) return 'pleased';
  if (sum > 0) return 'interested';
  return null;
}

export function reactionTo(effect: EffectLike | null | undefined, decision: number): FaceReaction | null {
  const expression = expressionFor(effect);
  return expression ? { expression, decision } : null;
}
