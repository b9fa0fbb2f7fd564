// Following canonical paths (`# path:` tags) and replaying recorded logs, over the public session API.
import { PlaySession } from './play-session.ts';
import { PathError } from './session-errors.ts';
import type { LogEntry, SessionOptions, SessionReport } from './session-types.ts';

export interface FollowOptions {
  /** Stop when a decision is offered instead of taking it (for watch-the-failure pauses). */
  stopAtDecision?: boolean;
  /** Most lines and choices before the path counts as looping (default 100 000). */
  maxSteps?: number;
}

/** The index of the one offered choice on `path`; throws PathError if none or several carry it. */
export function choiceOnPath(session: PlaySession, path: string): number {
  const snapshot = session.snapshot();
  const tagged = snapshot.choices.filter((choice) => choice.paths.includes(path));
  const decision = snapshot.decisions.length + 1;
  const where = snapshot.line ? ` (after "${snapshot.line.text.slice(0, 60)}")` : '';
  if (tagged.length === 0) {
    throw new PathError(
      `path "${path}" stops at decision ${decision}${where}: no choice there carries "# path: ${path}"; tag exactly one of its choices`,
    );
  }
  if (tagged.length > 1) {
    throw new PathError(
      `path "${path}" forks at decision ${decision}${where}: ${tagged.length} choices carry "# path: ${path}" (${tagged.map((c) => `"${c.text}"`).join(', ')}); keep the tag on exactly one`,
    );
  }
  return tagged[0]?.index ?? 0;
}

/** Plays along `path` until the story ends (or until the next decision, with stopAtDecision). */
export function followPath(session: PlaySession, path: string, options: FollowOptions = {}): void {
  if (session.state === 'not-started') session.start();
  const maxSteps = options.maxSteps ?? 100_000;
  for (let steps = 0; ; steps++) {
    if (steps >= maxSteps) {
      throw new PathError(
        `path "${path}" took more than ${maxSteps} lines and choices without reaching an ending: the story loops along it; give the loop an exit or move the "# path: ${path}" tag`,
      );
    }
    const state = session.state;
    if (state === 'waiting-for-continue') session.continue();
    else if (state === 'waiting-for-choice') {
      if (options.stopAtDecision) return;
      session.choose(choiceOnPath(session, path));
    } else return;
  }
}

/** Plays the given choice indices in order, then on to the end or the next unanswered decision. */
export function playChoices(session: PlaySession, indices: readonly number[]): void {
  if (session.state === 'not-started') session.start();
  let next = 0;
  for (;;) {
    const state = session.state;
    if (state === 'waiting-for-continue') session.continue();
    else if (state === 'waiting-for-choice' && next < indices.length) session.choose(indices[next++] ?? 0);
    else return;
  }
}

/** Rebuilds a run from its recorded log on a fresh, unstarted session (see PlaySession.replay). */
export function replayLog(session: PlaySession, log: readonly LogEntry[]): void {
  session.replay(log);
}

/** A canonical path played headlessly from the start. */
export interface PathRun {
  path: string;
  /** The score as far as the path went (complete when `ended`). */
  report: SessionReport;
  ended: boolean;
  /** Why the path stopped before an ending (the path's or the rubric's error, or ink's); null when it ended. */
  error: string | null;
}

/** Plays `path` from the start on a new session, headlessly, as far as it goes. */
export function runPath(options: SessionOptions, path: string): PathRun {
  const session = new PlaySession({ seed: 1, clock: () => 0, ...options });
  let error: string | null = null;
  try {
    followPath(session, path);
  } catch (e) {
    if (!(e instanceof Error)) throw e;
    error = e.message;
  }
  if (error === null && session.state === 'failed')
    error = session.failureMessage ?? 'the story stopped with an error';
  return { path, report: session.report(), ended: session.state === 'ended', error };
}
