// What the LMS learns about one decision: the interaction record shared by the SCORM and xAPI reporters.
//
// The result of a decision, from the two effects the scoring engine gave the chosen move:
//   correct  alignment > 0 AND attunement > 0  (the move fit the buyer's phase and the buyer's view)
//   wrong    alignment < 0 OR  attunement < 0  (it hurt either; a move that helps one and hurts the
//                                                other is still wrong: the buyer felt the cost)
//   neutral  everything else: a zero effect on either side with no negative (e.g. listening in Phase II,
//            0/+1, or a Phase II pitch, +2/0), and any decision without a scored move (unscored story).
// The effects are the engine's final ones (sequence rules and author overrides applied); no rule is
// re-derived here.
import type { DecisionRecord, OfferedChoice } from '../session/index.ts';
import type { Effect } from '../sim/index.ts';
import { choiceHash } from './suspend-codec.ts';

export type DecisionResult = 'correct' | 'wrong' | 'neutral';

export function decisionResult(effect: Effect | undefined): DecisionResult {
  if (!effect) return 'neutral';
  if (effect.alignment < 0 || effect.attunement < 0) return 'wrong';
  if (effect.alignment > 0 && effect.attunement > 0) return 'correct';
  return 'neutral';
}

export interface InteractionChoice {
  /** Short identifier of the choice inside its decision: a slug of its text, unique among those offered. */
  id: string;
  text: string;
}

export interface InteractionRecord {
  storyId: string;
  /** 1-based decision number in the run. */
  decision: number;
  /** The ink knot the decision sits in ('top' for the story's top level). */
  knot: string;
  /**
   * The decision point, the same for every learner who meets it: the knot and a hash of the offered
   * choices' identities (a knot can hold several decisions, and ink conditions can change what is offered).
   */
  point: string;
  choices: InteractionChoice[];
  /** `id` of the chosen choice. */
  response: string;
  /** Position (0-based) of the chosen choice among those offered. */
  responseIndex: number;
  /** `id`s of the offered choices on the `exemplary` path (empty when the story marks none). */
  correct: string[];
  /** Positions (0-based) of those choices. */
  correctIndexes: number[];
  result: DecisionResult;
  /** One line for a report: decision, move, phase, effects and the words chosen. */
  description: string;
  latencyMs: number;
  at: Date;
  move?: string;
  phase: number;
  alignment?: number;
  attunement?: number;
}

const PHASES = ['', 'I', 'II', 'III'];

function slug(text: string): string {
  const s = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  return s === '' ? 'choice' : s;
}

/** Slugs for the offered choices, made unique with a `-2`, `-3`… suffix. */
export function choiceIds(offered: readonly OfferedChoice[]): InteractionChoice[] {
  const seen = new Map<string, number>();
  return offered.map((choice) => {
    const base = slug(choice.text);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { id: n === 1 ? base : `${base}-${n}`, text: choice.text };
  });
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

export function interactionFor(options: {
  storyId: string;
  decision: DecisionRecord;
  offeredAt: number;
  at: number;
}): InteractionRecord {
  const { decision: d } = options;
  const choices = choiceIds(d.offered);
  const chosenAt = d.offered.findIndex((c) => c.index === d.chosen);
  const response = choices[chosenAt]?.id ?? 'choice';
  const correctIndexes = d.offered.flatMap((c, i) => (c.paths.includes('exemplary') ? [i] : []));
  const correct = correctIndexes.map((i) => choices[i]?.id ?? 'choice');
  const knot = d.choiceId.includes('/') ? d.choiceId.slice(0, d.choiceId.indexOf('/')) || 'top' : 'top';
  const point = `${knot}-${choiceHash(d.offered.map((c) => c.id).join('\n'))}`;
  const effects = d.effect
    ? ` (alignment ${signed(d.effect.alignment)}, attunement ${signed(d.effect.attunement)})`
    : '';
  const description = `Decision ${d.number}, Phase ${PHASES[d.phase] ?? d.phase}: ${d.move ?? 'unscored'}${effects}: ${d.text}`;
  return {
    storyId: options.storyId,
    decision: d.number,
    knot,
    point,
    choices,
    response,
    responseIndex: Math.max(0, chosenAt),
    correct,
    correctIndexes,
    result: decisionResult(d.effect),
    description,
    latencyMs: Math.max(0, options.at - options.offeredAt),
    at: new Date(options.at),
    phase: d.phase,
    ...(d.move !== undefined ? { move: d.move } : {}),
    ...(d.effect ? { alignment: d.effect.alignment, attunement: d.effect.attunement } : {}),
  };
}
