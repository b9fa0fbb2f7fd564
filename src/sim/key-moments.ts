// Key moments (DESIGN §4): the choices that moved the score most, with what the buyer thought, why it
// mattered, and what a failing seller chose at the same decision.
import type { Phase } from './rubric.ts';

export interface MomentInput {
  decision: number;
  text: string;
  move: string;
  /** The phase of the person the move addressed, when it was offered. */
  phase: Phase;
  /** Whom the move addressed (`# to:`, default `buyer`) and how the screens name them. */
  to?: string;
  person?: { name: string; first: string };
  alignment: number;
  attunement: number;
  thought?: string;
  why?: string;
  /** What a failure path chose at this decision, when one passed it. */
  failing?: { path: string; text: string; move: string };
}

export interface KeyMoment extends MomentInput {
  impact: number;
}

/** The `count` decisions with the largest absolute effect, in the order they happened. */
export function keyMoments(decisions: readonly MomentInput[], count = 3): KeyMoment[] {
  const ranked = decisions
    .map((decision) => ({
      ...decision,
      impact: Math.abs(decision.alignment) + Math.abs(decision.attunement),
    }))
    .filter((moment) => moment.impact > 0)
    .sort((a, b) => b.impact - a.impact || a.decision - b.decision)
    .slice(0, count);
  return ranked.sort((a, b) => a.decision - b.decision);
}
