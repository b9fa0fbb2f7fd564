import type { StageView } from '../../game/stage-types.ts';
import type { LogEntry, PlaySession } from '../../session/index.ts';
import type { SettingsStore } from '../settings.ts';

export type MeetingMode = { kind: 'play' } | { kind: 'watch'; path: string | null };

export interface MeetingOptions {
  root: HTMLElement;
  stage: StageView;
  storyId: string;
  story: Record<string, unknown>;
  mode: MeetingMode;
  settings: SettingsStore;
  storage: Storage | null;
  navigate: (hash: string) => void;
  /** A saved run to resume: replayed into the session instead of starting afresh. */
  resume?: readonly LogEntry[];
  /** Sees the session before it starts: autosave, LMS reporting and workshops hook in here. */
  observeSession?: (session: PlaySession, storyId: string, mode: MeetingMode) => void;
}
