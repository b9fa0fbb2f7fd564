// Everything the entry point (main.ts) remembers between events, in one explicit record instead of loose
// module variables: whether saved progress is open yet, the title screen's progress panel, runs the
// trainee asked to resume, how many meetings have opened since the page loaded, the LMS connection, and
// the stories opened from files.
import type { LmsHooks } from '../lms/connect-lms.ts';
import type { ProgressStore } from '../persist/progress-store.ts';
import type { LogEntry } from '../session/index.ts';
import type { ProgressPanel } from '../ui/saves/progress-panel.ts';
import type { ProgressWiring } from '../ui/saves/progress-wiring.ts';

export type SavesState =
  | { phase: 'closed' }
  | { phase: 'opening' }
  | { phase: 'open'; progress: ProgressStore; wiring: ProgressWiring; panel: ProgressPanel | null };

/** A story opened from the trainee's own files. */
export interface OwnStory {
  story: Record<string, unknown>;
  /** Its `# title:`, or its file name as a reader would write it. */
  title: string;
}

export interface BootState {
  saves: SavesState;
  /** Meetings opened since the page loaded: the first one after a reload resumes its saved run. */
  meetingsOpened: number;
  /** Runs the trainee pressed Resume for, by story, taken once. */
  readonly resumeRequests: Map<string, readonly LogEntry[]>;
  lms: LmsHooks | null;
  /** Stories opened from the trainee's own files, by id (`own-1`, …): in memory for this visit only. */
  readonly ownStories: Map<string, OwnStory>;
  /** Resolves once saved progress is open (on whatever storage the browser allows). */
  readonly savesOpen: Promise<ProgressWiring>;
  /** Records that saved progress is open. */
  opened(progress: ProgressStore, wiring: ProgressWiring): void;
}

export function createBootState(): BootState {
  let resolve: (wiring: ProgressWiring) => void = () => undefined;
  const savesOpen = new Promise<ProgressWiring>((done) => (resolve = done));
  const state: BootState = {
    saves: { phase: 'closed' },
    meetingsOpened: 0,
    resumeRequests: new Map(),
    lms: null,
    ownStories: new Map(),
    savesOpen,
    opened(progress, wiring) {
      state.saves = { phase: 'open', progress, wiring, panel: null };
      resolve(wiring);
    },
  };
  return state;
}
