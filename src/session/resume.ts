// Resuming a recorded run on a story that may have been edited since: replay the log by choice identity,
// and where a recorded choice no longer exists, stop at the last decision that still matches.
import { PlaySession } from './play-session.ts';
import { ReplayError } from './session-errors.ts';
import { replayLog } from './session-paths.ts';
import type { LogEntry, SessionOptions } from './session-types.ts';

export interface Resumed {
  session: PlaySession;
  /** Set when the story changed and the run could only be resumed part of the way. */
  notice?: string;
}

/** The log up to (not including) its n-th choice, with the rewinds before it. */
function logBeforeChoice(log: readonly LogEntry[], n: number): LogEntry[] {
  const kept: LogEntry[] = [];
  let choices = 0;
  for (const entry of log) {
    if (entry.type === 'choice' && ++choices > n) break;
    if (entry.type !== 'end' && entry.type !== 'error') kept.push(entry);
  }
  return kept;
}

/**
 * Replays a saved log into a fresh session whose listeners are already attached, so presentation catches
 * up through the usual events. Returns a notice when the story changed and the run stopped short: the
 * session then waits at the first decision whose recorded choice no longer exists.
 */
export function resumeInto(session: PlaySession, log: readonly LogEntry[]): string | undefined {
  try {
    replayLog(session, log);
    return undefined;
  } catch (error) {
    if (!(error instanceof ReplayError)) throw error;
    return changedNotice(error);
  }
}

function changedNotice(error: ReplayError): string {
  return `This story has changed since your progress was saved. ${error.message.replace(/; resume from.*$/, '')}. You are back at that decision, with your earlier choices kept.`;
}

export function resumeFromLog(options: SessionOptions, log: readonly LogEntry[]): Resumed {
  const session = new PlaySession(options);
  try {
    replayLog(session, log);
    return { session };
  } catch (error) {
    if (!(error instanceof ReplayError)) throw error;
    const partial = new PlaySession(options);
    replayLog(partial, logBeforeChoice(log, error.matchedChoices));
    return {
      session: partial,
      notice: changedNotice(error),
    };
  }
}
