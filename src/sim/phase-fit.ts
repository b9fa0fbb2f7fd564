// What "fits a phase" means, defined once for every screen (timeline, coach, watch-the-failure) and the
// audit. A move fits a phase when the rubric's table (with the persona's adjustments) gives it a positive
// alignment there. A choice is in step when the alignment it actually scored (after the sequence rules and
// author overrides) is positive; out of step when negative; neutral at zero.
import type { Phase } from './rubric.ts';
import { tableEffect, type ScoreContext } from './scoring-engine.ts';

export type Timing = 'in-step' | 'out-of-step' | 'neutral';

const PHASES = [1, 2, 3] as const;

/** Every phase this move fits (positive table alignment), in phase order. */
export function phasesFitted(context: ScoreContext, move: string): Phase[] {
  return PHASES.filter((phase) => tableEffect(context, move, phase).alignment > 0);
}

/**
 * The phase a move fits, seen from the buyer's phase: that phase itself when the move fits it, otherwise
 * the phase it fits best (highest alignment, the earlier on ties); null when it fits none.
 */
export function fitsPhase(context: ScoreContext, move: string, buyerPhase?: Phase): Phase | null {
  const fitted = phasesFitted(context, move);
  if (buyerPhase !== undefined && fitted.includes(buyerPhase)) return buyerPhase;
  let best: Phase | null = null;
  let bestValue = 0;
  for (const phase of fitted) {
    const value = tableEffect(context, move, phase).alignment;
    if (value > bestValue) {
      best = phase;
      bestValue = value;
    }
  }
  return best;
}

/** In step, out of step or neutral, from the alignment the choice scored. */
export function timingOf(alignment: number): Timing {
  return alignment > 0 ? 'in-step' : alignment < 0 ? 'out-of-step' : 'neutral';
}

/**
 * Where a choice sits on the timeline: an in-step move on the buyer's phase; any other move at the phase
 * it fits (null: the "no fit" row).
 */
export function timelinePhase(c: { phase: Phase; fits: Phase | null; alignment: number }): Phase | null {
  return timingOf(c.alignment) === 'in-step' ? c.phase : c.fits;
}
