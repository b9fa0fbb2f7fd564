// The typed content and events of a play session: what presentation layers receive.
import type { Effect, KeyMoment, Mood, OutcomeName, Phase, Rubric, ScoreReport } from '../sim/index.ts';
import type { ExternalFunction, Speaker, StoryCard, StoryJson, TagProblem } from '../story/index.ts';

/** Explicit session states. `failed` means ink raised an error; rewind or restart to go on. */
export type SessionState = 'not-started' | 'waiting-for-continue' | 'waiting-for-choice' | 'ended' | 'failed';

export interface SessionOptions {
  story: StoryJson;
  /** The rubric to score with; the one shipped in stories/rubric.json when left out. */
  rubric?: Rubric;
  /** Seed for ink randomness; the same seed and choices give the same run. */
  seed?: number;
  /** Milliseconds since the epoch; injected so logs are deterministic in tests. */
  clock?: () => number;
  externals?: Record<string, ExternalFunction>;
  /** The card's title when the story has no `# title:` (a story opened from a file: its file name). */
  untitled?: string;
}

export interface SessionLine {
  /** 1-based count of lines shown in this run (rewinds keep counting). */
  number: number;
  text: string;
  speaker: Speaker;
  /** The buyer's mood: the line's `# mood:` if present, otherwise derived from trust. */
  mood: Mood;
  /** Set when the mood is the line's own `# mood:` (it then overrides a face's reaction to the last choice). */
  moodTagged?: true;
  /** `# present:` on this line: who is in the room from this line on (empty: nobody but the seller). */
  present?: string[];
  thought?: string;
  note?: string;
  scene?: string;
  clock?: number;
  outcome?: OutcomeName;
  problems: TagProblem[];
}

export interface OfferedChoice {
  index: number;
  id: string;
  text: string;
  move?: string;
  /** Whom the move addresses (`# to:`, default `buyer`) and that person's phase when it was offered. */
  to: string;
  phase: Phase;
  paths: string[];
  covers: string[];
  why?: string;
  seat?: string;
  align?: number;
  attune?: number;
  problems: TagProblem[];
}

export interface FailingChoice {
  path: string;
  text: string;
  move: string;
}

export interface DecisionRecord {
  /** 1-based position of this decision in the run. */
  number: number;
  /** The phase the move was scored against: that of the person it addressed, when it was offered. */
  phase: Phase;
  /** Whom the move addressed (`# to:`, default `buyer`). */
  to: string;
  offered: OfferedChoice[];
  chosen: number;
  choiceId: string;
  text: string;
  move?: string;
  effect?: Effect;
  /** Phase the move fits best, or null when it fits none (or the story is unscored). */
  fits: Phase | null;
  /** The buyer's trust and mood after this choice. */
  trust: number;
  mood: Mood;
  /** Every person's trust after this choice, by id (the buyer's included). */
  trusts: Record<string, number>;
  sponsor: number;
  /** The buyer's first `# thought:` after this choice. */
  thought?: string;
  why?: string;
  failing?: FailingChoice;
}

export interface SessionReport extends ScoreReport {
  title: string;
  keyMoments: KeyMoment[];
  decisions: DecisionRecord[];
}

export type LogEntry =
  | { type: 'start'; at: number; seed: number; title: string }
  | { type: 'line'; at: number; number: number; speaker: Speaker; text: string }
  | { type: 'choice'; at: number; decision: number; index: number; id: string; text: string; move?: string }
  | { type: 'rewind'; at: number; count: number }
  | { type: 'end'; at: number; outcome: OutcomeName | null; overall: number }
  | { type: 'error'; at: number; message: string };

export interface SessionEvents {
  state: { state: SessionState };
  line: { line: SessionLine };
  choices: { decision: number; phase: Phase; choices: OfferedChoice[] };
  chose: { decision: DecisionRecord };
  rewound: { decisions: number };
  ended: { report: SessionReport };
  failed: { message: string };
  /** replay() has finished rebuilding a recorded run (`complete` is false when it stopped at a changed choice). */
  replayed: { matchedChoices: number; complete: boolean };
}

export interface SessionSnapshot {
  card: StoryCard;
  scored: boolean;
  state: SessionState;
  line: SessionLine | null;
  choices: OfferedChoice[];
  /** The buyer's phase (the meeting's `phase`, or `phase_buyer`). */
  phase: Phase;
  /** Every person's phase by id, in the cast's order, as of the last decision offered. */
  phases: Record<string, Phase>;
  /** The buyer's trust and mood. */
  trust: number;
  mood: Mood;
  /** Every person's trust by id, the buyer's included. */
  trusts: Record<string, number>;
  sponsor: number;
  scene: string | null;
  clock: number | null;
  transcript: SessionLine[];
  decisions: DecisionRecord[];
}
