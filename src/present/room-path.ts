// The room's path for the debrief: at each decision played, the majority vote and its split, beside the
// options the exemplary and failure paths take there. Plain data in, plain data out.
import type { DecisionRecord, OfferedChoice } from '../session/index.ts';
import { majority, optionLetter, totalVotes } from './votes.ts';
import type { RoomPathRow } from './workshop-types.ts';

/** Identifies a decision point: its number and the ids of the options offered there. */
export function decisionKey(number: number, offered: readonly Pick<OfferedChoice, 'id'>[]): string {
  return `${number}:${offered.map((choice) => choice.id).join('|')}`;
}

function onPath(offered: readonly OfferedChoice[], path: string | null): number | null {
  if (path === null) return null;
  const tagged = offered.filter((choice) => choice.paths.includes(path));
  return tagged.length === 1 ? (tagged[0]?.index ?? null) : null;
}

/**
 * One row per decision played. `votesFor(key)` returns the tally recorded at that decision point (or
 * undefined when the room did not vote there); `failurePath` names the failure path to set beside the room's.
 */
export function roomPath(
  decisions: readonly DecisionRecord[],
  votesFor: (key: string) => readonly number[] | undefined,
  failurePath: string | null,
): RoomPathRow[] {
  return decisions.map((decision) => {
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
      exemplary: onPath(decision.offered, 'exemplary'),
      failure: onPath(decision.offered, failurePath),
    };
  });
}

/** Failure paths offered at a decision, the classic one (`bregman`) first, then by name. */
export function failurePathsAmong(offered: readonly OfferedChoice[]): string[] {
  const names = new Set(offered.flatMap((choice) => choice.paths).filter((path) => path !== 'exemplary'));
  return [...names].sort((a, b) => Number(a !== 'bregman') - Number(b !== 'bregman') || a.localeCompare(b));
}
