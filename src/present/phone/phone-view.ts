// From the workshop's state to what a phone shows, and from phones' ballots to a tally. Pure functions: the
// projector publishes `phoneViewOf(state)`; whoever holds the ballots counts them with `countBallots`.
import type { WorkshopState } from '../workshop-types.ts';
import type { PhoneBallot, PhoneView } from './phone-types.ts';

export function phoneViewOf(state: WorkshopState): PhoneView {
  const title = state.card.title;
  if (state.screen === 'debrief' || state.sessionState === 'ended') return { kind: 'ended', title };
  const d = state.decision;
  if (state.screen !== 'meeting' || state.blackout || !d) return { kind: 'waiting', title };
  const question = {
    key: d.key,
    number: d.number,
    setup: state.line ? { who: state.line.who, text: state.line.text } : null,
    options: d.options.map((option) => ({ letter: option.letter, text: option.text })),
  };
  return d.revealed ? { kind: 'closed', title, question } : { kind: 'open', title, question };
}

/**
 * The tally at decision `key` with `options` options: each voter's latest ballot counts once; ballots for
 * other decisions or for options not offered are left out.
 */
export function countBallots(
  ballots: Iterable<readonly [voter: string, ballot: PhoneBallot]>,
  key: string,
  options: number,
): number[] {
  const counts = Array.from({ length: options }, () => 0);
  for (const [, ballot] of ballots) {
    if (ballot.key !== key || !Number.isInteger(ballot.index)) continue;
    if (ballot.index < 0 || ballot.index >= options) continue;
    counts[ballot.index] = (counts[ballot.index] ?? 0) + 1;
  }
  return counts;
}

/** True when two views show the same thing (the projector publishes only changes). */
export function sameView(a: PhoneView | null, b: PhoneView): boolean {
  return a !== null && JSON.stringify(a) === JSON.stringify(b);
}
