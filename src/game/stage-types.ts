// The stage's contract with the DOM layer. Only pictures: the stage never decides anything about the game.
import type { FaceReaction, Mood } from '../session/index.ts';

export interface StageMember {
  /** The person's id in the story ('buyer', 'sponsor' or a `# person:` id). */
  id: string;
  /** Display name, e.g. "Dana Ortiz". */
  name: string;
  /** Short role shown on the name plate. */
  role: string;
  kind: 'buyer' | 'sponsor' | 'person';
  /** Hair and beard styles to draw from. */
  look?: 'masc' | 'fem' | 'any';
}

export interface SeatOption {
  /** The choice index the seat stands for. */
  index: number;
  /** The story's seat name (`# seat: head`). */
  seat: string;
  /** 1-based key that also chooses it. */
  key: number;
  /** What the chair is called on stage, e.g. "Offered chair". */
  label: string;
}

export interface StageOptions {
  reducedMotion: boolean;
  /** Force a renderer (tests, bench): otherwise WebGL where it is hardware accelerated, else Canvas. */
  renderer?: 'webgl' | 'canvas';
}

export interface StageView {
  readonly renderer: 'webgl' | 'canvas';
  /** Starts a meeting: the cast (at most five), nobody in the room, neutral moods. */
  reset(members: readonly StageMember[]): void;
  /** The room for a `# scene:` name; `video` draws a call's grid of faces instead of a room. */
  setScene(name: string | null, video: boolean): void;
  /**
   * Exactly these people are drawn (ids of reset's members; others are ignored). The buyer sits at the head
   * of the table, or beside it on the offered seat when the seller took the head.
   */
  setPresent(ids: readonly string[], buyerSeat?: 'head' | 'offered'): void;
  /** A person's face: the mood of their trust, and the immediate reaction to the last choice (shown once). */
  setFace(id: string, mood: Mood, reaction: FaceReaction | null): void;
  setSpeaker(id: string | null): void;
  setClock(minutes: number | null): void;
  showSeats(seats: SeatOption[], onPick: (index: number) => void): void;
  clearSeats(): void;
  setReducedMotion(reduced: boolean): void;
  /** Resolves once the first frame of the current scene has been drawn. */
  drawn(): Promise<void>;
  /** True while the render loop is asleep (nothing moving). */
  isIdle(): boolean;
  resize(): void;
}
