// A token bucket: at most `burst` events at once, refilled at `perSecond`. Time is passed in (tests use a
// fake clock). Used to keep a flood on the room's channel from starving a workshop window.
export interface RateLimit {
  /** True when the event may go ahead (and spends a token), false when it must be dropped. */
  take(now: number): boolean;
}

export function tokenBucket(perSecond: number, burst: number): RateLimit {
  let tokens = burst;
  let last: number | null = null;
  return {
    take(now) {
      // A clock that steps back (a suspended laptop, a test's clock) refills nothing and takes nothing.
      if (last !== null) tokens = Math.min(burst, tokens + (Math.max(0, now - last) * perSecond) / 1000);
      last = now;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}

/**
 * Runs `work` at most once per `intervalMs`, however often it is asked for: the first ask runs at once,
 * asks within the interval fold into one run at its end. `schedule` is setTimeout (injected for tests).
 */
export function coalescer(
  intervalMs: number,
  work: () => void,
  now: () => number,
  schedule: (fn: () => void, ms: number) => unknown = setTimeout,
): { ask(): void } {
  let lastRun = -Infinity;
  let pending = false;
  const run = (): void => {
    pending = false;
    lastRun = now();
    work();
  };
  return {
    ask() {
      if (pending) return;
      const wait = lastRun + intervalMs - now();
      if (wait <= 0) run();
      else {
        pending = true;
        schedule(run, wait);
      }
    },
  };
}
