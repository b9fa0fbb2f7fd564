// Vote tallies entered by the facilitator: plain counts per option, never negative. No scoring here.

/** Most votes one option can hold (a room, not a stadium): larger counts are refused or clamped. */
export const MAX_VOTES = 10_000;

/** A fresh tally: zero votes for each of `options` options. */
export function emptyTally(options: number): number[] {
  return Array.from({ length: options }, () => 0);
}

/** Adds `delta` votes (negative removes) to option `index`; the count never drops below zero. */
export function addVotes(tally: readonly number[], index: number, delta: number): number[] {
  if (!Number.isInteger(delta)) throw new RangeError(`addVotes needs a whole number of votes, got ${delta}`);
  return tally.map((count, i) => (i === index ? Math.min(MAX_VOTES, Math.max(0, count + delta)) : count));
}

/** Sets option `index` to `count` votes (a whole number, 0 or more). */
export function setVotes(tally: readonly number[], index: number, count: number): number[] {
  if (!Number.isInteger(count) || count < 0 || count > MAX_VOTES) {
    throw new RangeError(`a vote count must be a whole number from 0 to ${MAX_VOTES}; got ${count}`);
  }
  return tally.map((value, i) => (i === index ? count : value));
}

export function totalVotes(tally: readonly number[]): number {
  return tally.reduce((sum, count) => sum + count, 0);
}

/** The options with the most votes: one index, several on a tie, none when nobody has voted. */
export function majority(tally: readonly number[]): number[] {
  const top = Math.max(0, ...tally);
  if (top === 0) return [];
  return tally.flatMap((count, i) => (count === top ? [i] : []));
}

/**
 * Whole percentages that add up to exactly 100 (largest remainder), so the split on the projector never
 * reads 33 + 33 + 33. All zeros when nobody voted.
 */
export function percentages(tally: readonly number[]): number[] {
  const total = totalVotes(tally);
  if (total === 0) return tally.map(() => 0);
  const exact = tally.map((count) => (count * 100) / total);
  const floors = exact.map(Math.floor);
  let left = 100 - floors.reduce((a, b) => a + b, 0);
  const order = exact
    .map((value, i) => ({ i, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
    left--;
  }
  return floors;
}
