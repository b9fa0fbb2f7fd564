import { describe, expect, it } from 'vitest';
import { coalescer, tokenBucket } from '../../src/present/rate-limit.ts';

describe('rate limits', () => {
  it('a token bucket lets a burst through, drops the rest, and refills with time', () => {
    const bucket = tokenBucket(10, 3);
    expect([0, 0, 0, 0, 0].map(() => bucket.take(1000))).toEqual([true, true, true, false, false]);
    expect(bucket.take(1050)).toBe(false); // half a token
    expect(bucket.take(1100)).toBe(true);
    expect(bucket.take(10_000)).toBe(true);
  });

  it('folds 5000 asks within one interval into two runs: at once, and once at its end', () => {
    let now = 0;
    const later: (() => void)[] = [];
    let runs = 0;
    const answer = coalescer(
      100,
      () => runs++,
      () => now,
      (fn) => later.push(fn),
    );
    for (let i = 0; i < 5000; i++) answer.ask();
    expect(runs).toBe(1);
    expect(later).toHaveLength(1);
    now = 100;
    later.shift()?.();
    expect(runs).toBe(2);
    now = 300;
    answer.ask();
    expect(runs).toBe(3);
  });
});
