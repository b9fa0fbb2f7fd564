// The layout of a room's two Yjs documents. The room's document (facilitators only): `ballots` (one per
// phone per decision, written by the relay), `phones` (who is connected now, by the relay), `saved` (the
// workshop record the projector restores from, written by the projector), `meta` (the join code, by the
// relay). The phones' document: `view` (what a phone may see, by the relay from the projector's state).
export const ROOM_MAPS = {
  ballots: 'ballots',
  phones: 'phones',
  saved: 'saved',
  meta: 'meta',
  view: 'view',
} as const;

const SEPARATOR = '\n';

/** A ballot's key: one per phone per decision, so a second vote replaces the first. */
export const ballotKey = (decision: string, voter: string): string => `${decision}${SEPARATOR}${voter}`;

/** The split at `decision` from the room's ballots: `options` counts, ballots for other decisions ignored. */
export function tallyBallots(
  ballots: Iterable<[string, unknown]>,
  decision: string,
  options: number,
): number[] {
  const counts = Array.from({ length: options }, () => 0);
  const prefix = `${decision}${SEPARATOR}`;
  for (const [key, option] of ballots) {
    if (!key.startsWith(prefix) || typeof option !== 'number') continue;
    if (Number.isInteger(option) && option >= 0 && option < options)
      counts[option] = (counts[option] ?? 0) + 1;
  }
  return counts;
}
