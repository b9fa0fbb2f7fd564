// The scoring model of DESIGN §4 as pure functions over plain data. Nothing here keeps state between calls:
// a ScoreState goes in, a new ScoreState comes out.
import type { Phase, Rubric } from './rubric.ts';

export type Mood = 'engaged' | 'open' | 'guarded' | 'frustrated';
export type OutcomeName = 'order' | 'advance' | 'continuation' | 'no-sale';
export type EffectRule = 'persona' | 'mimicry' | 'passivity' | 'author-align' | 'author-attune';

export class ScoringError extends Error {
  override readonly name = 'ScoringError';
}

export interface ScoreContext {
  rubric: Rubric;
  persona?: string;
  /** Ids of the story's `# must:` items. */
  mustIds: readonly string[];
}

export interface ChoiceInput {
  move: string;
  /** The addressed person's phase when the choice was offered. */
  phase: Phase;
  /** The id of the person the move addresses (`# to:`); left out, the buyer. */
  to?: string;
  covers?: readonly string[];
  /** Author overrides (`# align:` / `# attune:`), applied after the sequence rules. */
  align?: number;
  attune?: number;
}

export interface Effect {
  alignment: number;
  attunement: number;
  /** The table's cell before sequence rules and overrides (after persona adjustments). */
  table: { alignment: number; attunement: number };
  rules: EffectRule[];
}

export interface ScoreState {
  choices: number;
  alignmentSum: number;
  attunementSum: number;
  /** Consecutive `reflect`-like moves so far, capped where the rule stops changing. */
  mimicryRun: number;
  passiveRun: number;
  /** The buyer's trust (the same as trusts.buyer). */
  trust: number;
  /** Each person's trust by id, the buyer's included; a person not listed is at the rubric's start. */
  trusts: Readonly<Record<string, number>>;
  sponsor: number;
  covered: string[];
}

export interface ScoreReport {
  scored: boolean;
  alignment: number;
  attunement: number;
  courage: number;
  outcome: OutcomeName | null;
  outcomeScore: number;
  overall: number;
  trust: number;
  mood: Mood;
  /** Each person's trust and mood by id (the buyer's included), for the people addressed or given a start. */
  trusts: Record<string, number>;
  moods: Record<string, Mood>;
  sponsor: number;
  choices: number;
}

export function createScoreContext(rubric: Rubric, persona: string | undefined, mustIds: readonly string[]) {
  if (persona !== undefined && !(persona in rubric.personas)) {
    const known = Object.keys(rubric.personas).join(', ') || 'none';
    throw new ScoringError(
      `persona "${persona}" is not in the rubric; use one of ${known}, or add it under "personas" in rubric.json`,
    );
  }
  const context: ScoreContext = { rubric, mustIds };
  if (persona !== undefined) context.persona = persona;
  return context;
}

/** Where a play-through starts: the buyer's trust, the sponsor meter, and other people's trust by id. */
export interface StartMeters {
  trust?: number;
  sponsor?: number;
  trusts?: Readonly<Record<string, number>>;
}

export function initialScoreState(context: ScoreContext, start: StartMeters = {}): ScoreState {
  const { rubric } = context;
  const trust = clamp(start.trust ?? rubric.trust.start, 0, 100);
  const trusts: Record<string, number> = {};
  for (const [id, value] of Object.entries(start.trusts ?? {})) trusts[id] = clamp(value, 0, 100);
  trusts.buyer = trust;
  return {
    choices: 0,
    alignmentSum: 0,
    attunementSum: 0,
    mimicryRun: 0,
    passiveRun: 0,
    trust,
    trusts,
    sponsor: clamp(start.sponsor ?? rubric.sponsor.start, rubric.sponsor.min, rubric.sponsor.max),
    covered: [],
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

export function isKnownMove(context: ScoreContext, move: string): boolean {
  return move in context.rubric.moves;
}

/** A person's trust in this state (the rubric's start for someone not yet addressed). */
export function trustOf(context: ScoreContext, state: ScoreState, id: string): number {
  return id === 'buyer' ? state.trust : (state.trusts[id] ?? context.rubric.trust.start);
}

/** The table cell for a move in a phase, with the persona's adjustments. */
export function tableEffect(context: ScoreContext, move: string, phase: Phase) {
  const rule = context.rubric.moves[move];
  if (!rule) {
    throw new ScoringError(
      `unknown move "${move}"; use one of ${Object.keys(context.rubric.moves).join(', ')}, or add it to rubric.json`,
    );
  }
  const persona = context.persona ? context.rubric.personas[context.persona]?.moves[move] : undefined;
  const index = phase - 1;
  return {
    alignment: (persona?.align ?? rule.align)[index] ?? 0,
    attunement: (persona?.attune ?? rule.attune)[index] ?? 0,
    adjusted: persona !== undefined,
  };
}

export function scoreChoice(
  context: ScoreContext,
  state: ScoreState,
  choice: ChoiceInput,
): { effect: Effect; state: ScoreState } {
  const { rubric } = context;
  const cell = tableEffect(context, choice.move, choice.phase);
  const rules: EffectRule[] = cell.adjusted ? ['persona'] : [];
  let alignment = cell.alignment;
  let attunement = cell.attunement;

  const { mimicry, passivity } = rubric.sequence;
  const mimicryRun = choice.move === mimicry.move ? state.mimicryRun + 1 : 0;
  if (mimicryRun >= mimicry.from) {
    attunement = mimicry.attune;
    rules.push('mimicry');
  }
  const passive = rubric.moves[choice.move]?.passive === true;
  const passiveRun = passive ? state.passiveRun + 1 : 0;
  if (passiveRun >= passivity.from && (passivity.phases as number[]).includes(choice.phase)) {
    alignment = passivity.align;
    rules.push('passivity');
  }
  if (choice.align !== undefined) {
    alignment = choice.align;
    rules.push('author-align');
  }
  if (choice.attune !== undefined) {
    attunement = choice.attune;
    rules.push('author-attune');
  }

  const covered = new Set(state.covered);
  for (const id of choice.covers ?? []) covered.add(id);
  const sponsorDelta = rubric.sponsor.moves[choice.move] ?? 0;
  const to = choice.to ?? 'buyer';
  const moved = clamp(trustOf(context, state, to) + rubric.trust.perPoint * (alignment + attunement), 0, 100);
  const next: ScoreState = {
    choices: state.choices + 1,
    alignmentSum: state.alignmentSum + alignment,
    attunementSum: state.attunementSum + attunement,
    // Runs are capped one below the threshold: longer runs behave the same from then on.
    mimicryRun: Math.min(mimicryRun, mimicry.from - 1),
    passiveRun: Math.min(passiveRun, passivity.from - 1),
    trust: to === 'buyer' ? moved : state.trust,
    trusts: { ...state.trusts, [to]: moved },
    sponsor: clamp(state.sponsor + sponsorDelta, rubric.sponsor.min, rubric.sponsor.max),
    covered: [...covered].sort(),
  };
  return {
    effect: {
      alignment,
      attunement,
      table: { alignment: cell.alignment, attunement: cell.attunement },
      rules,
    },
    state: next,
  };
}

export function moodFor(rubric: Rubric, trust: number): Mood {
  const { engaged, open, guarded } = rubric.trust.moods;
  if (trust >= engaged) return 'engaged';
  if (trust >= open) return 'open';
  if (trust >= guarded) return 'guarded';
  return 'frustrated';
}

/** The sponsor's mood for a sponsor meter value, by the rubric's sponsor.moods thresholds. */
export function sponsorMoodFor(rubric: Rubric, meter: number): Mood {
  const { engaged, open, guarded } = rubric.sponsor.moods;
  if (meter >= engaged) return 'engaged';
  if (meter >= open) return 'open';
  if (meter >= guarded) return 'guarded';
  return 'frustrated';
}

/** Maps a mean effect in [-2, +2] to [0, 100]; with no choices the mean counts as neutral. */
export function effectPercent(sum: number, count: number): number {
  const mean = count === 0 ? 0 : sum / count;
  return ((mean + 2) / 4) * 100;
}

export function couragePercent(context: ScoreContext, covered: readonly string[]): number {
  if (context.mustIds.length === 0) return 100;
  const hit = context.mustIds.filter((id) => covered.includes(id)).length;
  return (hit / context.mustIds.length) * 100;
}

export function outcomePercent(rubric: Rubric, outcome: OutcomeName | null): number {
  return outcome === null ? 0 : rubric.outcomes[outcome];
}

export function scoreReport(
  context: ScoreContext,
  state: ScoreState,
  outcome: OutcomeName | null,
): ScoreReport {
  const { rubric } = context;
  const alignment = effectPercent(state.alignmentSum, state.choices);
  const attunement = effectPercent(state.attunementSum, state.choices);
  const courage = couragePercent(context, state.covered);
  const outcomeScore = outcomePercent(rubric, outcome);
  const w = rubric.weights;
  const overall = Math.round(
    w.alignment * alignment + w.attunement * attunement + w.courage * courage + w.outcome * outcomeScore,
  );
  return {
    scored: true,
    alignment: Math.round(alignment),
    attunement: Math.round(attunement),
    courage: Math.round(courage),
    outcome,
    outcomeScore,
    overall,
    trust: state.trust,
    mood: moodFor(rubric, state.trust),
    trusts: { ...state.trusts },
    moods: Object.fromEntries(Object.entries(state.trusts).map(([id, t]) => [id, moodFor(rubric, t)])),
    sponsor: state.sponsor,
    choices: state.choices,
  };
}
