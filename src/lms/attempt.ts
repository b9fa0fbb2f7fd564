// One attempt at a scenario: from a run's start to its end, across any number of launches (a resume
// continues the attempt). Its registration groups every statement of the attempt, and its time is the sum
// of the time spent in each launch, so a completed statement's duration covers the whole attempt.

export interface Attempt {
  readonly registration: string;
  /** Milliseconds spent on this attempt so far, earlier launches included. */
  elapsedMs(): number;
}

export function startAttempt(o: {
  registration: string;
  elapsedBeforeMs?: number;
  clock: () => number;
}): Attempt {
  const since = o.clock();
  const before = Math.max(0, o.elapsedBeforeMs ?? 0);
  return { registration: o.registration, elapsedMs: () => before + Math.max(0, o.clock() - since) };
}
