// Connects the progress store to the app: card badges from the history, autosave at every line and choice
// of a played meeting, and the finished run into the history.
import { memoryStore, openStore } from '../../persist/key-value-store.ts';
import { ProgressStore, type Best } from '../../persist/progress-store.ts';
import type { LogEntry, PlaySession } from '../../session/index.ts';
import type { MeetingMode } from '../meeting/meeting-types.ts';
import type { StoryProgress } from '../progress.ts';
import { hintRun } from './run-hints.ts';

export interface OpenProgressOptions {
  /** The built-in stories: only their runs are saved and read back. */
  stories: readonly string[];
  /** Reads the page's IndexedDB; a getter that throws counts as no IndexedDB. */
  indexedDB?: () => unknown;
  localStorage?: () => Storage | null;
}

/**
 * The trainee's progress on the best storage the browser allows. Never rejects: storage that throws in any
 * way (even on being looked at) gives a memory store that says progress is not being saved.
 */
export async function openProgress(o: OpenProgressOptions): Promise<ProgressStore> {
  try {
    const { store, degraded } = await openStore({
      indexedDB: o.indexedDB ?? (() => globalThis.indexedDB),
      localStorage: o.localStorage ?? (() => window.localStorage),
    });
    return new ProgressStore(store, { stories: o.stories, ...(degraded ? { degraded } : {}) });
  } catch {
    return new ProgressStore(memoryStore(), {
      stories: o.stories,
      degraded: 'this browser does not allow saving here, so progress is not being saved',
    });
  }
}

export interface ProgressWiring {
  readProgress(): Record<string, StoryProgress>;
  loadBests(): Promise<void>;
  observeSession(session: PlaySession, storyId: string, mode: MeetingMode): void;
  /** The log of the run saved for this story, if there is one that can be used. */
  savedRun(storyId: string): Promise<readonly LogEntry[] | undefined>;
}

/** Stories that are only in memory (opened from a file) are not autosaved: they cannot be reopened. */
export const isSavable = (storyId: string) => !storyId.startsWith('own-');

export function wireProgress(
  progress: ProgressStore,
  onBestsChanged: () => void,
  hints: Storage | null = null,
): ProgressWiring {
  let bests = new Map<string, Best>();
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
      if (mode.kind !== 'play' || !isSavable(storyId) || !progress.isKnownStory(storyId)) return;
      const save = () => {
        hintRun(hints, storyId, true);
        void progress.saveRun(storyId, session.card.title, session.seed, session.log);
      };
      // Every Continue as well as every choice: a reload lands on the line being read. While a saved run
      // is being replayed nothing new happens, so nothing is written until it has caught up.
      // A run counts once the trainee has gone past its first line: merely opening a story saves nothing.
      const begun = () => {
        const s = session.snapshot();
        return s.decisions.length > 0 || s.transcript.length > 1;
      };
      const saveLive = () => {
        if (!session.replaying && begun()) save();
      };
      session.on('line', saveLive);
      session.on('chose', saveLive);
      session.on('rewound', saveLive);
      // Storage may open after the meeting has started: a choice already made is saved now.
      if (session.state !== 'ended' && begun()) save();
      session.on('ended', ({ report }) => {
        hintRun(hints, storyId, false);
        void progress.recordFinished(storyId, report).then(loadBests);
      });
    },
    async savedRun(storyId) {
      return (await progress.runInProgress(storyId))?.log;
    },
  };
}
