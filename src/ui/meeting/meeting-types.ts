import type { StageView } from '../../game/stage-types.ts';
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
}
