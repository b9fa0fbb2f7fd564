// Canonical paths (`# path:` tags): which failure path to watch, and headless runs for the debrief.
import { defaultRubric } from '../../sim/default-rubric.ts';
import { followPath, PlaySession, type OfferedChoice, type SessionReport } from '../../session/index.ts';

const PREFERRED_FAILURE = ['bregman'];

export function failurePaths(choices: readonly OfferedChoice[]): string[] {
  const names = new Set(choices.flatMap((c) => c.paths).filter((p) => p !== 'exemplary'));
  return [...names].sort(
    (a, b) =>
      Number(!PREFERRED_FAILURE.includes(a)) - Number(!PREFERRED_FAILURE.includes(b)) || a.localeCompare(b),
  );
}

export function pickFailurePath(choices: readonly OfferedChoice[]): string | null {
  return failurePaths(choices)[0] ?? null;
}

/** Plays `path` from the start, headlessly; null when the path does not reach an ending. */
export function runPath(story: Record<string, unknown>, path: string): SessionReport | null {
  try {
    const session = new PlaySession({ story, rubric: defaultRubric, seed: 1 });
    followPath(session, path);
    return session.state === 'ended' ? session.report() : null;
  } catch {
    return null;
  }
}
