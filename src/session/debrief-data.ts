// The debrief's data beside the trainee's own run: the canonical paths played headlessly, the exemplary
// first, then every failure path (in the failure-path order), so the screen only draws them side by side;
// and whom each move addressed, with that person's phase, so the screens name the person.
import type { Phase, Rubric } from '../sim/index.ts';
import type { StoryJson } from '../story/index.ts';
import { EXEMPLARY, failurePaths } from './failure-paths.ts';
import { addressee, type Addressee, type FramePeople } from './meeting-frame.ts';
import { runPath } from './session-paths.ts';
import type { DecisionRecord } from './session-types.ts';

export interface ComparedPath {
  name: string;
  decisions: DecisionRecord[];
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
    return run.ended ? { name, decisions: run.report.decisions } : null;
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
