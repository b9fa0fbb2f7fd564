// The facilitator's rules for playing a decision, as pure functions the presenter view follows: Enter plays
// the room's majority (or the failing seller's choice the projector shows), and asks before playing a
// minority, a tie or a decision nobody voted on; a clicker's "next" reveals first, then plays the same way.
import { optionLetter } from '../session/index.ts';
import { majority, totalVotes } from './votes.ts';
import type { DecisionView } from './workshop-types.ts';

export type PlayPlan =
  /** Play it now. */
  | { kind: 'play'; index: number }
  /** Ask first, saying why (a minority, a tie, no votes); a second Enter or "next" plays it. */
  | { kind: 'ask'; index: number; why: string }
  /** Nothing to play yet; say why. */
  | { kind: 'none'; why: string };

const votesText = (n: number): string => `${n} ${n === 1 ? 'vote' : 'votes'}`;

/**
 * What playing `index` at `d` means: the sole majority plays at once, anything else asks first. With
 * `index` null (Enter, or a clicker): the failing seller's choice when the projector shows it, else the
 * majority; with no majority, the option selected for vote entry is asked about.
 */
export function playPlan(d: DecisionView, index: number | null, selected: number | null = null): PlayPlan {
  const top = majority(d.votes);
  const total = totalVotes(d.votes);
  if (index === null) {
    if (d.failingShown && d.failing) return { kind: 'play', index: d.failing.index };
    if (top.length === 1) return { kind: 'play', index: top[0] ?? 0 };
    if (selected === null) {
      return {
        kind: 'none',
        why:
          total === 0
            ? 'Nobody has voted yet: enter the votes, or select an option (1, 2, 3…) and press Enter to play it anyway.'
            : `The room is tied (${top.map(optionLetter).join('/')}): select the option to play (1, 2, 3…), then Enter.`,
      };
    }
    index = selected;
  }
  const letter = optionLetter(index);
  if (top.length === 1 && top[0] === index) return { kind: 'play', index };
  if (d.failingShown && d.failing?.index === index) return { kind: 'play', index };
  const votes = d.votes[index] ?? 0;
  const why =
    total === 0
      ? `Nobody voted at this decision. Play ${letter} anyway?`
      : top.length > 1 && top.includes(index)
        ? `${letter} is tied with ${top
            .filter((i) => i !== index)
            .map(optionLetter)
            .join('/')} (${votesText(votes)} each). Play ${letter}?`
        : `${letter} has ${votesText(votes)} of ${total}; the room's majority is ${top.map(optionLetter).join('/')}. Play ${letter} anyway?`;
  return { kind: 'ask', index, why };
}

export type ClickerStep =
  { kind: 'command'; command: 'continue' | 'reveal' } | { kind: 'plan'; plan: PlayPlan };

/**
 * What a clicker's "next" (→, PageDown, Space) does: on a line it goes on; at a decision it first reveals
 * the votes and effects, then plays as Enter would. A pending question is answered yes by the caller.
 */
export function clickerNext(d: DecisionView | null, selected: number | null): ClickerStep {
  if (!d) return { kind: 'command', command: 'continue' };
  if (!d.revealed) return { kind: 'command', command: 'reveal' };
  return { kind: 'plan', plan: playPlan(d, null, selected) };
}
