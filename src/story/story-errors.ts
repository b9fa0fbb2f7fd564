// Errors raised by the story layer. Each message says what went wrong and how to fix it.

/** The compiled story or a saved state could not be loaded. */
export class StoryLoadError extends Error {
  override readonly name = 'StoryLoadError';
}

/** Ink reported an error while the story was running, or the runner was used out of order. */
export class StoryRuntimeError extends Error {
  override readonly name = 'StoryRuntimeError';
}
