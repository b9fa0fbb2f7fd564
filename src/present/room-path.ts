// The room's path for the debrief: at each decision played, the majority vote and its split, beside the
// options the exemplary and failure paths take there. Plain data in, plain data out.
import { indexOnPath, optionLetter, type DecisionRecord, type OfferedChoice } from '../session/index.ts';
import { majority, totalVotes } from './votes.ts';
import type { RoomPathRow } from './workshop-types.ts';

/** Identifies a decision point: its number and the ids of the options offered there. */
export function decisionKey(number: number, offered: readonly Pick<OfferedChoice, 'id'>[]): string {
  return `${number}:${offered.map((choice) => choice.id).join('|')}`;
}

/**
 * One row per decision played. `votesFor(key)` returns the tally recorded at that decision point (or
 * undefined when the room did not vote there); `failurePath` names the failure path to set beside the room's; `effectsAt(i)` gives the effects the
 * options of decision i had when it was played.
 */
export function roomPath(
  decisions: readonly DecisionRecord[],
  votesFor: (key: string) => readonly number[] | undefined,
  failurePath: string | null,
  effectsAt: (decisionIndex: number) => RoomPathRow['effects'] = (i) =>
    (decisions[i]?.offered ?? []).map(() => null),
): RoomPathRow[] {
  return decisions.map((decision, decisionIndex) => {
    const votes = [...(votesFor(decisionKey(decision.number, decision.offered)) ?? [])];
    while (votes.length < decision.offered.length) votes.push(0);
    return {
      decision: decision.number,
      phase: decision.phase,
      options: decision.offered.map((choice, i) => ({
        letter: optionLetter(i),
        text: choice.text,
        move: choice.move ?? null,
      })),
      votes,
      total: totalVotes(votes),
      majority: majority(votes),
      played: decision.chosen,
      exemplary: indexOnPath(decision.offered, 'exemplary'),
      failure: indexOnPath(decision.offered, failurePath),
      effects: effectsAt(decisionIndex),
    };
  });
}
