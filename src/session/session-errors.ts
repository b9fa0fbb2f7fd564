// Errors from the session API. Each names the fix.

/** A method was called in a state that does not allow it. */
export class SessionStateError extends Error {
  override readonly name = 'SessionStateError';
}

/** A canonical path is missing, forks or dead-ends. */
export class PathError extends Error {
  override readonly name = 'PathError';
}

/** A recorded log no longer fits the story (it was edited since the log was written). */
export class ReplayError extends Error {
  override readonly name = 'ReplayError';
  constructor(
    message: string,
    /** How many recorded choices still matched before the mismatch. */
    readonly matchedChoices: number,
  ) {
    super(message);
  }
}
