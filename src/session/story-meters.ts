// The places where scoring and the story touch: each person's phase is read from the story's `phase_<id>`
// variable (else `phase`), the start of the meters from `trust`, `trust_<id>` and `sponsor`, and the engine's
// meters are written back into `trust`, `trust_<id>` and `sponsor` when the story declares them.
import type { Phase, ScoreState, StartMeters } from '../sim/index.ts';
import type { StoryRunner } from '../story/index.ts';

const asPhase = (value: unknown): Phase | null => (value === 1 || value === 2 || value === 3 ? value : null);

/**
 * A person's phase when choices are offered: their own `phase_<id>` if the story declares it, otherwise
 * `phase` (left out: the buyer). A missing or out-of-range value counts as Phase I.
 */
export function readPhase(runner: StoryRunner, id = 'buyer'): Phase {
  const own = runner.hasVariable(`phase_${id}`) ? asPhase(runner.getVariable(`phase_${id}`)) : null;
  return own ?? asPhase(runner.getVariable('phase')) ?? 1;
}

/** Every person's phase now, by id, in the cast's order. */
export function readPhases(runner: StoryRunner): Record<string, Phase> {
  return Object.fromEntries(runner.cast.map((id) => [id, readPhase(runner, id)]));
}

/** The meters' start: `trust` (the buyer), `trust_<id>` for each person who has one, and `sponsor`. */
export function readStartMeters(runner: StoryRunner): StartMeters {
  const number = (name: string): number | undefined => {
    const value = runner.getVariable(name);
    return typeof value === 'number' ? value : undefined;
  };
  const trusts: Record<string, number> = {};
  for (const id of runner.cast) {
    const value = number(`trust_${id}`);
    if (value !== undefined) trusts[id] = value;
  }
  const trust = number('trust_buyer') ?? number('trust');
  const sponsor = number('sponsor');
  return {
    ...(trust !== undefined ? { trust } : {}),
    ...(sponsor !== undefined ? { sponsor } : {}),
    ...(Object.keys(trusts).length > 0 ? { trusts } : {}),
  };
}

export function writeMeters(runner: StoryRunner, score: ScoreState): void {
  if (runner.hasVariable('trust')) runner.setVariable('trust', Math.round(score.trust));
  if (runner.hasVariable('sponsor')) runner.setVariable('sponsor', score.sponsor);
  for (const id of runner.cast) {
    const name = `trust_${id}`;
    const trust = id === 'buyer' ? score.trust : score.trusts[id];
    if (trust !== undefined && runner.hasVariable(name)) runner.setVariable(name, Math.round(trust));
  }
}
