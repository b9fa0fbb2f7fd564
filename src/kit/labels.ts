// Words on screen, for the trainee and the room alike: move ids, phases, outcomes and seats as people say them.
import type { Phase } from '../session/index.ts';

const MOVES: Record<string, string> = {
  'open-probe': 'Open question',
  reflect: 'Reflect back',
  implication: 'Implication question',
  'need-payoff': 'Need-payoff question',
  listen: 'Listen',
  pitch: 'Pitch',
  credentials: 'Credentials',
  insight: 'New idea',
  'address-risk': 'Address the risk',
  price: 'Talk price',
  'defer-topic': 'Defer the topic',
  'follow-sponsor': 'Follow the sponsor',
  'override-sponsor': 'Override the sponsor',
  'status-play': 'Status play',
  'hard-question': 'Hard question',
  'next-step': 'Propose a next step',
};

export function moveLabel(move: string | undefined): string {
  if (!move) return 'Unscored';
  return MOVES[move] ?? move.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
}

export const PHASE_NAME: Record<Phase, string> = {
  1: 'Phase I · understanding the problem',
  2: 'Phase II · weighing solutions',
  3: 'Phase III · weighing the risk',
};

export const PHASE_SHORT: Record<Phase, string> = { 1: 'I', 2: 'II', 3: 'III' };

export const OUTCOME_LABEL: Record<string, string> = {
  order: 'Order',
  advance: 'Advance: an agreed next step',
  continuation: 'Continuation: “let’s stay in touch”',
  'no-sale': 'No sale',
};

const SEAT_LABELS: Record<string, string> = {
  head: 'Head chair',
  offered: 'Offered chair',
  desk: 'Desk chair',
  raised: 'Raised chair',
  side: 'Side chair',
  beside: 'Beside them',
  opposite: 'Opposite',
  window: 'By the window',
  stand: 'Stay standing',
};

export function seatLabel(seat: string): string {
  const known = SEAT_LABELS[seat];
  if (known) return known;
  const words = seat.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
