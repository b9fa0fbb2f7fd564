// The meeting's flow as plain data: play mode (the trainee chooses) and watch mode (a failure path plays
// itself and pauses at each decision: predict, then reveal). The screen keeps a MeetingFlow, asks these
// functions what a key or a session event means, and renders the answer; timers stay in the screen.
import type { FramePeople } from './meeting-frame.ts';
import type { DecisionRecord, OfferedChoice, SessionLine, SessionState } from './session-types.ts';
import type { Phase } from '../sim/index.ts';

/** auto: lines play on their own; predict: a decision waits for the learner's guess; reveal: the choice is shown. */
export type WatchStep = 'auto' | 'predict' | 'reveal';

export interface MeetingFlow {
  mode: 'play' | 'watch';
  /** The failure path being watched (chosen at the first decision when the route names none). */
  watchPath: string | null;
  step: WatchStep;
  /** The option the learner predicted, at the decision being revealed. */
  prediction: number | null;
  debrief: boolean;
}

export function startFlow(mode: { kind: 'play' } | { kind: 'watch'; path: string | null }): MeetingFlow {
  return {
    mode: mode.kind,
    watchPath: mode.kind === 'watch' ? mode.path : null,
    step: 'auto',
    prediction: null,
    debrief: false,
  };
}

/** How long a watched line stays before the next one: long enough to read it. */
export function dwellMs(line: Pick<SessionLine, 'text'>): number {
  return 1400 + Math.min(4000, line.text.length * 38);
}

/** The label of the continue button after a line (or at the end). */
export function continueLabel(flow: MeetingFlow, state: SessionState): string {
  if (state === 'ended') return 'See the debrief';
  return flow.mode === 'watch' && flow.step === 'reveal' ? 'Continue watching' : 'Continue';
}

/** Whether a watched line should move on by itself after its dwell time. */
export function autoAdvances(flow: MeetingFlow, state: SessionState): boolean {
  return flow.mode === 'watch' && flow.step === 'auto' && !flow.debrief && state === 'waiting-for-continue';
}

export type ContinueAction = 'debrief' | 'reveal' | 'continue' | 'nothing';

/** What Enter, Space or the continue button does now, and the flow after it. */
export function onContinue(
  flow: MeetingFlow,
  state: SessionState,
): { action: ContinueAction; flow: MeetingFlow } {
  if (flow.debrief) return { action: 'nothing', flow };
  if (state === 'ended') return { action: 'debrief', flow: { ...flow, debrief: true } };
  if (flow.mode === 'watch' && flow.step === 'predict') return { action: 'reveal', flow };
  const next = flow.mode === 'watch' && flow.step === 'reveal' ? { ...flow, step: 'auto' as const } : flow;
  return { action: state === 'waiting-for-continue' ? 'continue' : 'nothing', flow: next };
}

/** A decision reached in watch mode: pause for a prediction on `path` (null: the story has none to watch). */
export function atWatchedDecision(flow: MeetingFlow, path: string | null): MeetingFlow {
  const watchPath = flow.watchPath ?? path;
  return watchPath === null
    ? { ...flow, watchPath }
    : { ...flow, watchPath, step: 'predict', prediction: null };
}

/** The learner predicted `index` (null: "just show me"); the failing seller's choice is revealed next. */
export function predicted(flow: MeetingFlow, index: number | null): MeetingFlow {
  return { ...flow, step: 'reveal', prediction: index };
}

/** "Try again from this decision" on the debrief: back to playing, whatever was watched. */
export function tryFrom(flow: MeetingFlow): MeetingFlow {
  return { ...flow, mode: 'play', step: 'auto', prediction: null, debrief: false };
}

/** What the reveal card says about the failing seller's choice. */
export interface RevealCard {
  text: string;
  move: string | null;
  /** 'same' when the learner predicted this move, 'other' with their option's text, null without a guess. */
  prediction: { kind: 'same' } | { kind: 'other'; text: string } | null;
  thinker: string;
  thought: string | null;
  /** The move misaligns (its alignment effect is negative). */
  misaligned: boolean;
  phase: Phase;
  fits: Phase | null;
  why: string | null;
}

export function revealCard(
  decision: DecisionRecord,
  offered: readonly OfferedChoice[],
  prediction: number | null,
  people: FramePeople,
): RevealCard {
  const mine = prediction === null ? undefined : offered[prediction];
  return {
    text: decision.text,
    move: decision.move ?? null,
    prediction: mine
      ? mine.index === decision.chosen
        ? { kind: 'same' }
        : { kind: 'other', text: mine.text }
      : null,
    thinker: people.buyer.first,
    thought: decision.thought ?? null,
    misaligned: (decision.effect?.alignment ?? 0) < 0,
    phase: decision.phase,
    fits: decision.fits,
    why: decision.why ?? null,
  };
}
