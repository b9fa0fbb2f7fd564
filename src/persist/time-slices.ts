// Long work in short slices: the caller asks `due()` between small steps and, when the slice has run for
// its budget, awaits `pause()`, which gives the page a turn (input, painting) before the next slice.
export interface TimeSlices {
  /** True once the current slice has used its budget. */
  due(): boolean;
  /** Gives the page a turn and starts a new slice. */
  pause(): Promise<void>;
}

export function timeSlices(
  yieldToPage: () => Promise<void>,
  budgetMs = 16,
  now: () => number = () => performance.now(),
): TimeSlices {
  let started = now();
  return {
    due: () => now() - started >= budgetMs,
    async pause() {
      await yieldToPage();
      started = now();
    },
  };
}
