// The workshop's shared vocabulary: the state the audience window owns and broadcasts, and the commands a
// presenter sends. Everything here is plain, structured-clonable data (it crosses a BroadcastChannel).
import type {
  CastFrame,
  DecisionRecord,
  FrameLine,
  LogEntry,
  Mood,
  OptionEffectView,
  OutcomeName,
  Phase,
  SessionState,
} from '../session/index.ts';

/** What the projector shows: the title slide, the meeting, or the room's debrief. */
export type WorkshopScreen = 'intro' | 'meeting' | 'debrief';

export type { OptionEffectView };

export interface OptionView {
  index: number;
  /** A, B, C… as the room sees it. */
  letter: string;
  text: string;
  move: string | null;
  moveLabel: string;
  /** Canonical paths (`# path:`) that take this option. */
  paths: string[];
  /** Whom it addresses (`# to:`, default `buyer`), their first name, and their phase now. */
  to: string;
  toName: string;
  phase: Phase;
  /** Its effect if chosen now, in the addressed person's current phase; null when unscored. */
  effect: OptionEffectView | null;
  why: string | null;
}

export interface DecisionView {
  /** 1-based decision number in this run. */
  number: number;
  /** Identifies this decision point across rewinds (votes are kept per key). */
  key: string;
  phase: Phase;
  options: OptionView[];
  /** The room's votes: those entered by hand plus the phones' (`phoneVotes`). */
  votes: number[];
  /** The phones' part of `votes`, one per phone. */
  phoneVotes: number[];
  /** Votes and effects are on the projector. */
  revealed: boolean;
  /** The option the failing seller chose here (null when the failure path never reaches it). */
  failing: { path: string; index: number } | null;
  /** The failing seller's choice is on the projector. */
  failingShown: boolean;
}

export interface PathSummary {
  name: string;
  outcome: OutcomeName | null;
  overall: number | null;
  choices: { text: string; move: string | null }[];
}

export interface RoomPathRow {
  decision: number;
  phase: Phase;
  options: { letter: string; text: string; move: string | null }[];
  votes: number[];
  total: number;
  /** Indices with the most votes (several on a tie; none when nobody voted). */
  majority: number[];
  /** The option the facilitator played. */
  played: number;
  /** The option the exemplary path takes at this decision, if it passes here. */
  exemplary: number | null;
  /** The option the failure path takes at this decision, if it passes here. */
  failure: number | null;
  /** Each option's effect as it stood at that decision (null when unscored). */
  effects: (OptionEffectView | null)[];
}

/** What → shows next, for the presenter: a line, a decision, or the end of the meeting. */
export type NextUp =
  { kind: 'line'; who: string; text: string } | { kind: 'decision'; number: number } | { kind: 'end' } | null;

/** Rows of the room's path per page of the projector's debrief (paged, never shrunk). */
export const DEBRIEF_PAGE_ROWS = 4;

export interface WorkshopReport {
  outcome: OutcomeName | null;
  overall: number;
  alignment: number;
  attunement: number;
  courage: number;
  trust: number;
}

export interface WorkshopState {
  protocol: 1;
  room: string;
  storyId: string;
  /** Which audience window sent it: a reloaded projector is a new instance and starts counting again. */
  instance: string;
  /** Increases with every change within one instance; a presenter ignores older states. */
  seq: number;
  /** The command this state answers (for latency measurement and presenter feedback). */
  answered: { id: string; sentAt: number; receivedAt: number; error: string | null } | null;
  card: { title: string; buyer: string; sponsor: string; summary: string };
  scored: boolean;
  screen: WorkshopScreen;
  sessionState: SessionState;
  /** The current line, with its speaker's name as the room hears it. */
  line: FrameLine | null;
  /** The last few lines, oldest first, for the presenter's context. */
  recent: FrameLine[];
  /** The meeting frame's cast: the room, the clock, who is present and their moods (the projector's stage). */
  cast: CastFrame;
  /** The latest facilitator note since the last decision. */
  note: string | null;
  /** The buyer's thought on the current line is on the projector. */
  thoughtShown: boolean;
  phase: Phase;
  trust: number;
  mood: Mood;
  sponsor: number;
  decisionsMade: number;
  decision: DecisionView | null;
  /** The choice just played, while its consequences are on screen. */
  lastChoice: { number: number; letter: string; text: string; moveLabel: string; failing: boolean } | null;
  blackout: boolean;
  /** Phones in the room (null when the workshop has no relay room). */
  phones: { joined: number } | null;
  failurePath: string | null;
  roomPath: RoomPathRow[];
  paths: { exemplary: PathSummary | null; failure: PathSummary | null };
  report: WorkshopReport;
  /** Present on the debrief screen only: the full session log for the workshop record. */
  log: LogEntry[] | null;
  decisions: DecisionRecord[] | null;
  error: string | null;
  /** When the meeting started (wall clock, ms), for the presenter's elapsed time; null before it starts. */
  startedAt: number | null;
  /** The discussion timer on the projector: it ends at `endsAt` (wall clock, ms); null when off. */
  timer: { seconds: number; endsAt: number } | null;
  /** What → shows next (the presenter's preview). */
  next: NextUp;
  /** The page of the room's path the projector's debrief shows (0-based). */
  debriefPage: number;
  /** The facilitator's notes and head count for the workshop record. */
  notes: string;
  headCount: number | null;
  /** A saved workshop could not be used (it was kept aside) or no longer fits the story; null otherwise. */
  notice: string | null;
}

export type WorkshopCommand =
  | { type: 'start' }
  | { type: 'continue' }
  | { type: 'choose'; index: number }
  | { type: 'vote'; index: number; delta: number }
  | { type: 'set-votes'; index: number; count: number }
  | { type: 'clear-votes' }
  | { type: 'reveal' }
  | { type: 'show-failing' }
  | { type: 'rewind' }
  | { type: 'blackout' }
  | { type: 'debrief' }
  | { type: 'restart' }
  /** Starts the discussion timer for `seconds` (0 stops it). */
  | { type: 'timer'; seconds: number }
  | { type: 'notes'; text: string }
  | { type: 'head-count'; count: number | null };
