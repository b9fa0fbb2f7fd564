// The stage's contract with the DOM layer. Only pictures: the stage never decides anything about the game.
import type { Mood } from '../session/index.ts';

export type Actor = 'buyer' | 'sponsor';

export interface CastMember {
  /** Display name, e.g. "Dana Ortiz". */
  name: string;
  /** Short role shown on the name plate. */
  role: string;
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
  /** Starts a meeting: cast, no seats, neutral moods. */
  reset(cast: { buyer: CastMember; sponsor?: CastMember }): void;
  setScene(name: string | null): void;
  setPresent(actor: Actor, present: boolean): void;
  setMood(actor: Actor, mood: Mood): void;
  setSpeaker(actor: Actor | null): void;
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
