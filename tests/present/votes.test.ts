import { describe, expect, it } from 'vitest';
import {
  addVotes,
  emptyTally,
  majority,
  percentages,
  setVotes,
  totalVotes,
} from '../../src/present/votes.ts';
import { optionLetter } from '../../src/session/index.ts';

describe('vote tallies', () => {
  it('adds and removes votes per option, never below zero', () => {
    let tally = emptyTally(3);
    tally = addVotes(tally, 0, 1);
    tally = addVotes(tally, 0, 1);
    tally = addVotes(tally, 2, 1);
    tally = addVotes(tally, 1, -1);
    expect(tally).toEqual([2, 0, 1]);
    expect(totalVotes(tally)).toBe(3);
  });

  it('sets a count directly and refuses a negative or fractional one', () => {
    expect(setVotes([1, 2, 3], 1, 12)).toEqual([1, 12, 3]);
    expect(() => setVotes([0, 0], 0, -1)).toThrow(/whole number from 0 to 10000/);
    expect(() => setVotes([0, 0], 0, 1.5)).toThrow(/whole number/);
    expect(() => addVotes([0], 0, 0.5)).toThrow(/whole number/);
  });

  it('finds the majority, every option on a tie, and none before anyone votes', () => {
    expect(majority([5, 9, 2])).toEqual([1]);
    expect(majority([4, 1, 4])).toEqual([0, 2]);
    expect(majority([0, 0, 0])).toEqual([]);
  });

  it('splits into whole percentages that always add up to 100', () => {
    expect(percentages([1, 1, 1])).toEqual([34, 33, 33]);
    expect(percentages([2, 1, 0])).toEqual([67, 33, 0]);
    expect(percentages([0, 0])).toEqual([0, 0]);
    for (const tally of [
      [7, 3, 11],
      [1, 2, 3, 4, 5, 6],
      [13, 13, 13],
    ]) {
      expect(percentages(tally).reduce((a, b) => a + b, 0)).toBe(100);
    }
  });

  it('letters options A, B, C as the room sees them', () => {
    expect([0, 1, 2, 25].map(optionLetter)).toEqual(['A', 'B', 'C', 'Z']);
    expect(optionLetter(26)).toBe('AA');
  });
});
