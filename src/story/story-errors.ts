// Errors raised by the story layer. Each message says what went wrong and how to fix it.

/** The compiled story or a saved state could not be loaded. */
export class StoryLoadError extends Error {
  override readonly name = 'StoryLoadError';
}

/** Ink reported an error while the story was running, or the runner was used out of order. */
export class StoryRuntimeError extends Error {
  override readonly name = 'StoryRuntimeError';
}

/** Which bound stopped a story: time without a line, call-stack depth, or the length of one line. */
export type StoryLimit = 'time' | 'depth' | 'output';

/** The story ran past a bound (a loop without output, a runaway recursion); the message names the knot. */
export class StoryLimitError extends StoryRuntimeError {
  constructor(
    message: string,
    readonly limit: StoryLimit,
    readonly knot: string,
  ) {
    super(message);
  }
}
