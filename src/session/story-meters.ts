// The two places where scoring and the story touch: the buyer's phase is read from the story's `phase`
// variable, and the engine's trust and sponsor meters are written back into `trust` and `sponsor`.
import type { Phase, ScoreState } from '../sim/index.ts';
import type { StoryRunner } from '../story/index.ts';

/** The phase when choices are offered; a missing or out-of-range `phase` counts as Phase I. */
export function readPhase(runner: StoryRunner): Phase {
  const phase = runner.getVariable('phase');
  return phase === 2 || phase === 3 ? phase : 1;
}

export function writeMeters(runner: StoryRunner, score: ScoreState): void {
  if (runner.hasVariable('trust')) runner.setVariable('trust', Math.round(score.trust));
  if (runner.hasVariable('sponsor')) runner.setVariable('sponsor', score.sponsor);
}
