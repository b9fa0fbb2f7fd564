// The debrief's data, computed here so every screen states the same facts: the canonical paths played
// headlessly beside the trainee's run (the exemplary first, then every failure path in the failure-path
// order), the must items covered or missed, the decisions that cost most against the exemplary, each path's
// display name, the one summary of how the run relates to the exemplary path, and whom each move
// addressed, with that person's phase, so the screens name the person.
import type { Phase, Rubric } from '../sim/index.ts';
import type { StoryCard, StoryJson } from '../story/index.ts';
import { EXEMPLARY, failurePaths } from './failure-paths.ts';
import { addressee, type Addressee, type FramePeople } from './meeting-frame.ts';
import { PlaySession } from './play-session.ts';
import { playChoices, runPath } from './session-paths.ts';
import type { DecisionRecord, OfferedChoice, SessionReport } from './session-types.ts';

// The one definition of "fits a phase" (src/sim), for screens that talk to the session only.
export { timelinePhase, timingOf, type Timing } from '../sim/index.ts';

export interface ComparedPath {
  name: string;
  decisions: DecisionRecord[];
  /** The path's overall score at its ending. */
  overall: number;
}

export interface ComparedPathsInput {
  story: StoryJson;
  rubric?: Rubric;
  /** The trainee's decisions (their offered choices name the paths that pass there). */
  decisions: readonly DecisionRecord[];
  /** The path this debrief closes, when the run was a watched one: it is the trainee's column already. */
  watchedPath: string | null;
}

/** The paths to compare with the run: each one that reaches an ending, the watched one left out. */
export function comparedPaths(o: ComparedPathsInput): ComparedPath[] {
  const play = (name: string): ComparedPath | null => {
    const run = runPath({ story: o.story, ...(o.rubric ? { rubric: o.rubric } : {}) }, name);
    return run.ended ? { name, decisions: run.report.decisions, overall: run.report.overall } : null;
  };
  const exemplary = o.watchedPath === EXEMPLARY ? null : play(EXEMPLARY);
  const seen = [...o.decisions, ...(exemplary?.decisions ?? [])].flatMap((d) => d.offered);
  const failures = failurePaths(seen)
    .filter((name) => name !== o.watchedPath)
    .map(play);
  return [exemplary, ...failures].filter((path): path is ComparedPath => path !== null);
}

/** Whether any decision addressed someone other than the buyer: the debrief then names the person of each. */
export function addressesCast(decisions: readonly Pick<DecisionRecord, 'to'>[]): boolean {
  return decisions.some((d) => d.to !== 'buyer');
}

/** One decision as the timeline shows it: whom the move addressed and that person's phase then. */
export interface AddressedDecision {
  number: number;
  to: Addressee;
  phase: Phase;
}

export function addressedDecisions(
  people: FramePeople,
  decisions: readonly DecisionRecord[],
): AddressedDecision[] {
  return decisions.map((d) => ({ number: d.number, to: addressee(people, d.to), phase: d.phase }));
}

/** How the debrief names a path: the story's `# path-name:`, else a readable form of its tag. */
export function pathDisplayName(card: Pick<StoryCard, 'pathNames'>, path: string): string {
  const named = card.pathNames?.[path];
  if (named) return named;
  if (path === EXEMPLARY) return 'The exemplary seller';
  const words = path.replace(/[-_]+/g, ' ');
  return `The ${words} path (a failing seller)`;
}

export interface MustStatus {
  id: string;
  text: string;
  /** The decision whose choice covered it; null when the run never did. */
  coveredAt: number | null;
}

function chosenOf(d: DecisionRecord): OfferedChoice | undefined {
  return d.offered.find((choice) => choice.index === d.chosen) ?? d.offered[d.chosen];
}

/** Each `# must:` item of the story, in the story's order, with the decision that covered it. */
export function mustStatus(
  card: Pick<StoryCard, 'musts'>,
  decisions: readonly DecisionRecord[],
): MustStatus[] {
  return card.musts.map((must) => {
    const at = decisions.find((d) => chosenOf(d)?.covers.includes(must.id));
    return { id: must.id, text: must.text, coveredAt: at?.number ?? null };
  });
}

export interface CostlyChoice {
  text: string;
  move: string | null;
  why: string | null;
}

export interface CostlyDecision {
  decision: number;
  phase: Phase;
  yours: CostlyChoice;
  exemplary: CostlyChoice;
  /** The buyer's thought after your choice, else after the exemplary one; null when neither had one. */
  thought: string | null;
  /** Points lost against the exemplary choice here: the net effect gap, plus 2 per must item missed by it. */
  cost: number;
}

export interface CostlyInput {
  story: StoryJson;
  rubric?: Rubric;
  decisions: readonly DecisionRecord[];
  card: Pick<StoryCard, 'musts'>;
}

const MUST_WEIGHT = 2;
const net = (d: DecisionRecord | undefined): number =>
  (d?.effect?.alignment ?? 0) + (d?.effect?.attunement ?? 0);

/**
 * The `count` decisions where the run lost most against the exemplary choice offered there (costliest
 * first). Each is scored by playing the run up to it and taking the exemplary choice instead, so the
 * sequence rules count as they would have. Decisions where the run chose the exemplary, or where no
 * single exemplary choice was offered, are left out; so are those where the exemplary did no better.
 */
export function costliestDecisions(o: CostlyInput, count = 3): CostlyDecision[] {
  const covered = new Set(o.decisions.flatMap((d) => chosenOf(d)?.covers ?? []));
  const found: CostlyDecision[] = [];
  o.decisions.forEach((d, i) => {
    const mine = chosenOf(d);
    const exemplary = d.offered.filter((choice) => choice.paths.includes(EXEMPLARY));
    const best = exemplary.length === 1 ? exemplary[0] : undefined;
    if (!mine || !best || mine.paths.includes(EXEMPLARY) || best.index === mine.index) return;
    const session = new PlaySession({
      story: o.story,
      seed: 1,
      clock: () => 0,
      ...(o.rubric ? { rubric: o.rubric } : {}),
    });
    playChoices(session, [...o.decisions.slice(0, i).map((earlier) => earlier.chosen), best.index]);
    const instead = session.snapshot().decisions[i];
    if (!instead || instead.choiceId !== best.id) return;
    const mustsMissed = best.covers.filter((id) => !covered.has(id) && !mine.covers.includes(id)).length;
    const cost = net(instead) - net(d) + MUST_WEIGHT * mustsMissed;
    if (cost <= 0) return;
    found.push({
      decision: d.number,
      phase: d.phase,
      yours: { text: d.text, move: d.move ?? null, why: d.why ?? null },
      exemplary: { text: best.text, move: best.move ?? null, why: best.why ?? null },
      thought: d.thought ?? instead.thought ?? null,
      cost,
    });
  });
  return found.sort((a, b) => b.cost - a.cost || a.decision - b.decision).slice(0, count);
}

/** What the debrief may truthfully say about the run and the exemplary path. */
export type ExemplarySummary =
  | { kind: 'unscored' }
  | { kind: 'no-exemplary' }
  | { kind: 'followed'; exemplaryOverall: number; missed: MustStatus[] }
  | { kind: 'parted'; at: number };

export function exemplarySummary(o: {
  report: Pick<SessionReport, 'scored' | 'decisions'>;
  paths: readonly ComparedPath[];
  musts: readonly MustStatus[];
  /** The decision where the run first parts from the exemplary path (null: never). */
  parting: number | null;
}): ExemplarySummary {
  if (!o.report.scored) return { kind: 'unscored' };
  const exemplary = o.paths.find((path) => path.name === EXEMPLARY);
  if (!exemplary) return { kind: 'no-exemplary' };
  if (o.parting !== null) return { kind: 'parted', at: o.parting };
  return {
    kind: 'followed',
    exemplaryOverall: exemplary.overall,
    missed: o.musts.filter((must) => must.coveredAt === null),
  };
}

/** How many of the failing seller's choices the learner predicted at watch-the-failure's pauses. */
export interface WatchTally {
  predicted: number;
  decisions: number;
}
