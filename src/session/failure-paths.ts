// Which failure path: the one rule every screen uses (the session's key moments, watch-the-failure, the
// debrief's path comparison, the workshop). Every canonical path but `exemplary` is a failure path; they are
// taken in name order, and the first is the one watched and set beside the room's choices.
import type { OfferedChoice } from './session-types.ts';

export const EXEMPLARY = 'exemplary';

/** The failure paths tagged on these choices, the one to watch first. */
export function failurePaths(offered: readonly Pick<OfferedChoice, 'paths'>[]): string[] {
  const names = new Set(offered.flatMap((choice) => choice.paths).filter((path) => path !== EXEMPLARY));
  return [...names].sort((a, b) => a.localeCompare(b));
}

/** The failure path to watch among these choices, or null when none is tagged. */
export function failurePathAmong(offered: readonly Pick<OfferedChoice, 'paths'>[]): string | null {
  return failurePaths(offered)[0] ?? null;
}

/** The index of the one offered choice on `path`; null when none or several carry it. */
export function indexOnPath(offered: readonly Pick<OfferedChoice, 'paths' | 'index'>[], path: string | null) {
  if (path === null) return null;
  const tagged = offered.filter((choice) => choice.paths.includes(path));
  return tagged.length === 1 ? (tagged[0]?.index ?? null) : null;
}
