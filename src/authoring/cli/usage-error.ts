/** The command line was wrong; the message says how to call it instead. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
