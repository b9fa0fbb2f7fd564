import type { StageView } from '../../game/stage-types.ts';
import type { CastLooks, LogEntry, MeetingFrame, PlaySession, SessionLine } from '../../session/index.ts';
import type { SettingsStore } from '../settings.ts';
import type { MeetingView } from './meeting-view.ts';

export type MeetingMode = { kind: 'play' } | { kind: 'watch'; path: string | null };

/** Fired on `document` (and marked for benchmarks) once a meeting's first line and room are on screen. */
export const MEETING_DRAWN = 'attune:meeting-drawn';

/** The seed of every fresh run; the build computes each story's opening with it too. */
export const OPENING_SEED = 1;

/** The first screen of a fresh run of a story, computed at build time (see build/story-opening.ts). */
export interface StoryOpening {
  title: string;
  buyer?: string;
  sponsor?: string;
  /** The first line a fresh run shows. */
  line: SessionLine;
  scored: boolean;
  /** The sponsor meter before any choice. */
  sponsor0: number;
  /** How to draw the buyer and the sponsor. */
  looks: CastLooks;
  /** The trainee's frame of the first line: what the preview draws, in the panel and on the stage. */
  frame: MeetingFrame;
}

/** Everything a meeting needs before its story is known. */
export interface MeetingBase {
  root: HTMLElement;
  stage: StageView;
  storyId: string;
  mode: MeetingMode;
  settings: SettingsStore;
  storage: Storage | null;
  navigate: (hash: string) => void;
  /** Sees the session before it starts: autosave, LMS reporting and workshops hook in here. */
  observeSession?: (session: PlaySession, storyId: string, mode: MeetingMode) => void;
}

export interface MeetingOptions extends MeetingBase {
  story: Record<string, unknown>;
  /** The title of a story without `# title:` (a story opened from a file: its file name). */
  untitled?: string;
  /** A saved run to resume: replayed into the session instead of starting afresh. */
  resume?: readonly LogEntry[];
}

/** What the opening preview hands to the live meeting: its view and the frame it shows. */
export interface OpeningHandOver {
  view: MeetingView;
  frame: MeetingFrame;
}

/** Starts the live meeting on the view the opening preview shows. */
export type StartMeeting = (o: MeetingBase, handOver: OpeningHandOver) => LiveMeeting;

export interface LiveMeeting {
  dispose: () => void;
  /** The meeting's key handler, for a key pressed before it was listening. */
  onKey: (event: KeyboardEvent) => void;
}
