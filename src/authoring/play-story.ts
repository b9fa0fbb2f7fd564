// `attune play`: one run of a story along a path, a list of choices, or seeded random choices, as data.
import { followPath, playChoices, PlaySession, type SessionReport } from '../session/index.ts';
import type { KeyMoment, Mood, OutcomeName, Phase, Rubric } from '../sim/index.ts';
import type { ExternalFunction, Speaker } from '../story/index.ts';

export type PlayMode = { path: string } | { choices: number[] } | { random: number };

export type PlayStep =
  | { type: 'line'; speaker: Speaker; text: string; mood: Mood; thought?: string; outcome?: OutcomeName }
  | {
      type: 'choice';
      decision: number;
      index: number;
      text: string;
      move: string | null;
      phase: Phase;
      alignment: number | null;
      attunement: number | null;
      trust: number;
      mood: Mood;
      sponsor: number;
    };

export interface PlayResult {
  story: string;
  title: string;
  scored: boolean;
  mode: PlayMode;
  steps: PlayStep[];
  ending: { outcome: OutcomeName | null; reached: boolean; error?: string };
  /** Each dimension 0–100 (outcome is the ending's score: order 100 … no-sale 0), plus trust and sponsor. */
  score: Pick<
    SessionReport,
    'alignment' | 'attunement' | 'courage' | 'overall' | 'trust' | 'sponsor' | 'mood'
  > & {
    outcome: number;
  };
  keyMoments: KeyMoment[];
}

/** A small seeded generator (mulberry32), so `--random SEED` runs are repeatable. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface PlayOptions {
  /** Functions for EXTERNAL declarations (validate and play pass stubs returning 0). */
  externals?: Record<string, ExternalFunction>;
  /** Most choices a --random run makes before it stops and says so (default 5 000). */
  maxChoices?: number;
}

export const DEFAULT_MAX_RANDOM_CHOICES = 5000;

export function playStory(
  story: string,
  json: string,
  rubric: Rubric,
  mode: PlayMode,
  options: PlayOptions = {},
): PlayResult {
  const session = new PlaySession({
    story: json,
    rubric,
    clock: () => 0,
    ...(options.externals ? { externals: options.externals } : {}),
  });
  const steps: PlayStep[] = [];
  session.on('line', ({ line }) =>
    steps.push({
      type: 'line',
      speaker: line.speaker,
      text: line.text,
      mood: line.mood,
      ...(line.thought !== undefined ? { thought: line.thought } : {}),
      ...(line.outcome !== undefined ? { outcome: line.outcome } : {}),
    }),
  );
  session.on('chose', ({ decision }) =>
    steps.push({
      type: 'choice',
      decision: decision.number,
      index: decision.chosen,
      text: decision.text,
      move: decision.move ?? null,
      phase: decision.phase,
      alignment: decision.effect?.alignment ?? null,
      attunement: decision.effect?.attunement ?? null,
      trust: decision.trust,
      mood: decision.mood,
      sponsor: decision.sponsor,
    }),
  );
  let error: string | undefined;
  try {
    if ('path' in mode) followPath(session, mode.path);
    else if ('choices' in mode) {
      playChoices(session, mode.choices);
      if (session.state === 'waiting-for-choice') {
        error = `the choices ran out at decision ${session.snapshot().decisions.length + 1}; give more indices`;
      }
    } else {
      const random = seededRandom(mode.random);
      const maxChoices = options.maxChoices ?? DEFAULT_MAX_RANDOM_CHOICES;
      const maxLines = maxChoices * 100;
      session.start();
      let choices = 0;
      let lines = 0;
      for (;;) {
        if (session.state === 'waiting-for-continue') {
          if (++lines > maxLines) {
            error = `stopped after ${maxLines} lines without a choice or an ending (--random ${mode.random}): the story loops; give the loop a choice or an exit`;
            break;
          }
          session.continue();
        } else if (session.state === 'waiting-for-choice') {
          if (choices >= maxChoices) {
            error = `stopped after ${maxChoices} choices without reaching an ending (--random ${mode.random}): the story may loop, or be longer; pass --max-steps N to allow more choices`;
            break;
          }
          choices++;
          session.choose(Math.floor(random() * session.snapshot().choices.length));
        } else break;
      }
    }
  } catch (caught) {
    error = (caught as Error).message;
  }
  if (session.state === 'failed') error = session.failureMessage ?? 'ink stopped';
  const report = session.report();
  return {
    story,
    title: report.title,
    scored: report.scored,
    mode,
    steps,
    ending: { outcome: report.outcome, reached: session.state === 'ended', ...(error ? { error } : {}) },
    score: {
      alignment: report.alignment,
      attunement: report.attunement,
      courage: report.courage,
      outcome: report.outcomeScore,
      overall: report.overall,
      trust: report.trust,
      sponsor: report.sponsor,
      mood: report.mood,
    },
    keyMoments: report.keyMoments,
  };
}
