// Following canonical paths (`# path:` tags) and replaying recorded logs, over the public session API.
import { PathError, ReplayError } from './session-errors.ts';
import type { PlaySession } from './play-session.ts';
import type { LogEntry, SessionState } from './session-types.ts';

/** Reads the state afresh (methods called in between change it). */
const stateOf = (session: PlaySession): SessionState => session.state;

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

/**
 * Rebuilds a run from its recorded log on a fresh, unstarted session: the same lines are shown before each
 * choice and rewind, so the rebuilt session equals the recorded one. Choices are matched by identity, so a
 * log survives edits that leave those choices in place. Throws ReplayError naming the first choice that no
 * longer exists, with how many matched before it; the session then waits at that decision.
 */
export function replayLog(session: PlaySession, log: readonly LogEntry[]): void {
  if (session.state !== 'not-started') {
    throw new ReplayError('replayLog() needs a new session that has not been started', 0);
  }
  let shown = 0;
  const stop = session.on('line', () => shown++);
  const showUpTo = (recorded: number) => {
    while (shown < recorded && stateOf(session) === 'waiting-for-continue') session.continue();
  };
  try {
    session.start();
    let matched = 0;
    let recorded = 0;
    for (const entry of log) {
      if (entry.type === 'line') recorded++;
      if (entry.type === 'choice') {
        showUpTo(recorded);
        while (stateOf(session) === 'waiting-for-continue') session.continue();
        const found = session.snapshot().choices.find((choice) => choice.id === entry.id);
        if (stateOf(session) !== 'waiting-for-choice' || !found) {
          throw new ReplayError(
            `decision ${entry.decision}: the choice "${entry.text}" is no longer in the story; resume from decision ${entry.decision}, the last point that still matches`,
            matched,
          );
        }
        session.choose(found.index);
        matched++;
      }
      if (entry.type === 'rewind') {
        showUpTo(recorded);
        session.rewind(entry.count);
      }
      if (entry.type === 'end') {
        while (stateOf(session) === 'waiting-for-continue') session.continue();
      }
    }
    showUpTo(recorded);
  } finally {
    stop();
  }
}
