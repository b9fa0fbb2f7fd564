// Limits on what Attune reads back from storage or accepts as an import. Anything larger is refused with
// a message that states the limit.

export const LIMITS = {
  /** Largest import file, and largest single stored value. */
  maxBytes: 2 * 1024 * 1024,
  /** Deepest nesting of arrays and objects in imported or stored JSON. */
  maxDepth: 24,
  /** Most entries in one run's log. */
  maxLogEntries: 20_000,
  /** Most runs kept in the history. */
  maxHistory: 2_000,
  /** Longest single text in saved data. */
  maxText: 20_000,
} as const;
