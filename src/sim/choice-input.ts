// The one way a choice's tags become what the scoring engine scores: its move, the addressed person's phase
// when it was offered, whom it addresses, the must items it covers and the author's overrides. Used by the
// session, the facilitator's option effects and the explorer.
import type { Phase } from './rubric.ts';
import type { ChoiceInput } from './scoring-engine.ts';

/** The scoring-relevant tags of a choice (a story choice's tags or a session's offered choice). */
export interface ScorableTags {
  covers: readonly string[];
  /** Whom the move addresses (`# to:`); left out, the buyer. */
  to?: string | undefined;
  align?: number | undefined;
  attune?: number | undefined;
}

export function choiceInput(move: string, phase: Phase, tags: ScorableTags): ChoiceInput {
  return {
    move,
    phase,
    covers: tags.covers,
    ...(tags.to !== undefined && tags.to !== 'buyer' ? { to: tags.to } : {}),
    ...(tags.align !== undefined ? { align: tags.align } : {}),
    ...(tags.attune !== undefined ? { attune: tags.attune } : {}),
  };
}
