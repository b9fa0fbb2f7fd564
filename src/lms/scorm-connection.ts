// One interface over the SCORM 1.2 and 2004 data models, so the reporter speaks of scores, statuses and
// interactions instead of CMI element names. Calls never throw once initialised: an element the LMS refuses
// is noted in `problems` (with the LMS's own error text) and play goes on.
import type { InteractionRecord } from './decision-result.ts';
import type { ScormVersion } from './scorm-api.ts';

export interface PriorResult {
  /** The LMS already holds a pass (1.2 `passed`; 2004 success_status `passed`). */
  passed: boolean;
  /** The LMS already holds a completion (1.2 `passed`/`completed`/`failed`; 2004 `completed`). */
  completed: boolean;
  /** The raw score the LMS holds, 0–100, or null. */
  score: number | null;
}

export interface FinalResult {
  /** Overall score 0–100, or null for an unscored story (no score is written). */
  score: number | null;
  /** Pass or fail against the passing score, or null when there is no score to judge. */
  passed: boolean | null;
}

export interface ScormConnection {
  readonly version: ScormVersion;
  /** The suspend_data length every conforming LMS must keep: 4096 (1.2) or 64000 (2004 4th edition). */
  readonly suspendLimit: number;
  /** Everything the LMS refused, one message each, naming the element and the LMS's error. */
  readonly problems: string[];
  /** Throws LmsError when the LMS refuses to start the session. */
  initialize(): void;
  /** True when the LMS says this launch resumes a suspended attempt. */
  isResume(): boolean;
  suspendData(): string;
  /** The passing score the LMS was given in the manifest, 0–100, or null when it has none. */
  masteryScore(): number | null;
  /**
   * Pass or fail for an overall score, decided exactly as the LMS decides it from the values this
   * connection writes (1.2: score.raw against mastery_score; 2004: score.scaled against
   * scaled_passing_score), with `fallback` (0–100) when the LMS holds no passing score.
   */
  passes(score: number, fallback: number): boolean;
  prior(): PriorResult;
  learner(): { id: string; name: string };
  /** Marks the attempt as started but not finished, unless the LMS already holds a completion. */
  markIncomplete(): void;
  setResult(result: FinalResult): void;
  setSuspendData(data: string): void;
  setLocation(location: string): void;
  /** `suspend` keeps the attempt open for a resume; `normal` closes it. */
  setExit(exit: 'suspend' | 'normal'): void;
  setSessionTime(ms: number): void;
  recordInteraction(record: InteractionRecord): void;
  commit(): void;
  terminate(): void;
}

export class LmsError extends Error {
  override readonly name = 'LmsError';
}

/** Clamps a score to 0–100 and keeps at most two decimals (CMIDecimal). */
export function scoreText(score: number): string {
  return String(Math.round(Math.min(100, Math.max(0, score)) * 100) / 100);
}

/** SCORM 2004 score.scaled for an overall score: the rounded score over 100, as the text written. */
export function scaledText(score: number): string {
  return String(Math.round(Math.min(100, Math.max(0, score))) / 100);
}

/** A scaled value (0–1) as a 0–100 score without binary noise: 0.14 gives 14, not 14.000000000000002. */
export function percentOf(scaled: number): number {
  return Number((scaled * 100).toPrecision(12));
}

export function parseScore(value: string): number | null {
  if (value.trim() === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}
