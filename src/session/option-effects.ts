// Each offered option's effect if the room chose it now: the scoring engine's own scoreChoice, applied to
// the score state the run has reached (the past decisions replayed through src/sim). No rule lives here.
import {
  choiceInput,
  createScoreContext,
  initialScoreState,
  scoreChoice,
  ScoringError,
  type ChoiceInput,
  type Rubric,
  type ScoreContext,
  type ScoreState,
} from '../sim/index.ts';
import type { DecisionRecord, OfferedChoice } from './session-types.ts';

/** An option's effect if chosen now: the two effects and the rules that replaced the table value. */
export interface OptionEffectView {
  alignment: number;
  attunement: number;
  /** Sequence rules or overrides that replaced the table value (e.g. "mimicry"). */
  rules: string[];
}

export interface EffectsInput {
  rubric: Rubric;
  /** The story card's persona and must ids (as the session scores them). */
  persona: string | undefined;
  mustIds: readonly string[];
  scored: boolean;
}

/** A choice as the engine scores it: against the phase of the person it addresses, when it was offered. */
function inputOf(choice: OfferedChoice): ChoiceInput | null {
  return choice.move === undefined ? null : choiceInput(choice.move, choice.phase, choice);
}

/** The score state after `decisions`, rebuilt with the engine (sequence rules need the runs so far). */
export function scoreStateAfter(context: ScoreContext, decisions: readonly DecisionRecord[]): ScoreState {
  let state = initialScoreState(context);
  for (const decision of decisions) {
    const choice = decision.offered[decision.chosen];
    const input = choice ? inputOf(choice) : null;
    if (!input) continue;
    try {
      state = scoreChoice(context, state, input).state;
    } catch (error) {
      if (!(error instanceof ScoringError)) throw error;
    }
  }
  return state;
}

/**
 * The alignment and attunement effect of every offered option, after `decisions`, each in the phase of the
 * person it addresses; null for an option without a move (or with a move the rubric does not know) and for
 * every option of an unscored story.
 */
export function optionEffects(
  input: EffectsInput,
  decisions: readonly DecisionRecord[],
  offered: readonly OfferedChoice[],
): (OptionEffectView | null)[] {
  if (!input.scored) return offered.map(() => null);
  const context = createScoreContext(input.rubric, input.persona, input.mustIds);
  const state = scoreStateAfter(context, decisions);
  return offered.map((choice) => {
    const choiceInput = inputOf(choice);
    if (!choiceInput) return null;
    try {
      const { effect } = scoreChoice(context, state, choiceInput);
      return { alignment: effect.alignment, attunement: effect.attunement, rules: [...effect.rules] };
    } catch (error) {
      if (error instanceof ScoringError) return null;
      throw error;
    }
  });
}
