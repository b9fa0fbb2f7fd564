// Connects the progress store to the app: card badges from the history, autosave at every choice of a
// played meeting, the finished run into the history, and one-shot resume requests from the title screen.
import { openStore, ProgressStore, type Best, type SavedRun } from '../../persist/index.ts';
import type { LogEntry, PlaySession } from '../../session/index.ts';
import type { MeetingMode } from '../meeting/meeting-types.ts';
import type { StoryProgress } from '../progress.ts';
import { hintRun } from './run-hints.ts';

export async function openProgress(): Promise<ProgressStore> {
  const { store, degraded } = await openStore({
    indexedDB: globalThis.indexedDB,
    localStorage: () => window.localStorage,
  });
  return new ProgressStore(store, () => Date.now(), degraded);
}

export interface ProgressWiring {
  readProgress(): Record<string, StoryProgress>;
  loadBests(): Promise<void>;
  observeSession(session: PlaySession, storyId: string, mode: MeetingMode): void;
  requestResume(run: SavedRun): void;
  /** The run to resume: one the trainee asked for, or, when `reloaded` (the first meeting after a page
   * load), the run saved for that story, so a reload lands exactly where the trainee was. */
  takeResume(storyId: string, reloaded: boolean): Promise<readonly LogEntry[] | undefined>;
}

/** Stories that are only in memory (opened from a file) are not autosaved: they cannot be reopened. */
export const isSavable = (storyId: string) => !storyId.startsWith('own-');

export function wireProgress(
  progress: ProgressStore,
  onBestsChanged: () => void,
  hints: Storage | null = null,
): ProgressWiring {
  let bests = new Map<string, Best>();
  const resumes = new Map<string, readonly LogEntry[]>();
  const loadBests = async () => {
    bests = await progress.bests();
    onBestsChanged();
  };
  return {
    readProgress: () =>
      Object.fromEntries(
        [...bests.values()].map((b) => [b.storyId, { best: b.best, completed: b.completed }]),
      ),
    loadBests,
    observeSession(session, storyId, mode) {
      if (mode.kind !== 'play' || !isSavable(storyId)) return;
      const save = () => {
        hintRun(hints, storyId, true);
        void progress.saveRun(storyId, session.card.title, session.seed, session.log);
      };
      session.on('chose', save);
      session.on('rewound', save);
      // Storage may open after the meeting has started: a choice already made is saved now.
      if (session.state !== 'ended' && session.snapshot().decisions.length > 0) save();
      session.on('ended', ({ report }) => {
        hintRun(hints, storyId, false);
        void progress.recordFinished(storyId, report).then(loadBests);
      });
    },
    requestResume(run) {
      resumes.set(run.storyId, run.log);
    },
    async takeResume(storyId, reloaded) {
      const log = resumes.get(storyId);
      resumes.delete(storyId);
      if (log || !reloaded) return log;
      return (await progress.runsInProgress()).find((run) => run.storyId === storyId)?.log;
    },
  };
}
