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

/**
 * The decisions that moved the score most, the worst as well as the best: up to half of `count` (rounded
 * up) of the costliest moves (negative net effect), the rest the best ones; when one side has fewer, the
 * other fills the places. Shown in the order they happened.
 */
export function keyMoments(decisions: readonly MomentInput[], count = 4): KeyMoment[] {
  const net = (d: MomentInput): number => d.alignment + d.attunement;
  const scored = decisions.map((decision) => ({
    ...decision,
    impact: Math.abs(decision.alignment) + Math.abs(decision.attunement),
  }));
  const worst = scored
    .filter((m) => net(m) < 0)
    .sort((a, b) => net(a) - net(b) || b.impact - a.impact || a.decision - b.decision);
  const best = scored
    .filter((m) => net(m) > 0)
    .sort((a, b) => net(b) - net(a) || b.impact - a.impact || a.decision - b.decision);
  const worstShare = Math.min(worst.length, Math.max(Math.ceil(count / 2), count - best.length));
  const picked = [...worst.slice(0, worstShare), ...best.slice(0, count - worstShare)];
  return picked.sort((a, b) => a.decision - b.decision);
}
