// The SCORM 1.2 data model (cmi.core.*, CMIString4096 suspend_data, write-only interactions).
import type { InteractionRecord } from './decision-result.ts';
import type { Scorm12Api } from './scorm-api.ts';
import {
  LmsError,
  parseScore,
  scoreText,
  type FinalResult,
  type PriorResult,
  type ScormConnection,
} from './scorm-connection.ts';
import { cmiTime12, cmiTimespan12 } from './scorm-time.ts';

/**
 * A 1.2 choice response: one character per option, a–z then 0–9, by the option's position (the 1.2 data
 * model allows nothing longer). Null past the 36th option.
 */
export function optionLetter(position: number): string | null {
  const letters = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return letters[position] ?? null;
}

/** CMIIdentifier: letters, digits, `-` and `_` only (some 1.2 LMSs reject anything else), at most 255. */
function identifier(text: string): string {
  return text.replace(/[^A-Za-z0-9_-]+/g, '_').slice(0, 255);
}

export class Scorm12Connection implements ScormConnection {
  readonly version = '1.2' as const;
  readonly suspendLimit = 4096;
  readonly problems: string[] = [];
  private finished = false;

  constructor(private readonly api: Scorm12Api) {}

  initialize(): void {
    if (this.api.LMSInitialize('') !== 'true') {
      throw new LmsError(
        `the SCORM 1.2 LMS refused LMSInitialize (${this.lastError()}); relaunch the course from the LMS`,
      );
    }
  }

  isResume(): boolean {
    return this.get('cmi.core.entry') === 'resume';
  }

  suspendData(): string {
    return this.get('cmi.suspend_data');
  }

  masteryScore(): number | null {
    return parseScore(this.get('cmi.student_data.mastery_score'));
  }

  passes(score: number, fallback: number): boolean {
    // The LMS compares score.raw, as written, with mastery_score.
    return Number(scoreText(score)) >= (this.masteryScore() ?? fallback);
  }

  prior(): PriorResult {
    const status = this.get('cmi.core.lesson_status');
    // A score exists only once pass or fail was written with it: no read of an unset score before then.
    const judged = status === 'passed' || status === 'failed';
    return {
      passed: status === 'passed',
      completed: judged || status === 'completed',
      score: judged ? parseScore(this.get('cmi.core.score.raw')) : null,
    };
  }

  learner(): { id: string; name: string } {
    return { id: this.get('cmi.core.student_id'), name: this.get('cmi.core.student_name') };
  }

  markIncomplete(): void {
    const status = this.get('cmi.core.lesson_status');
    if (status === '' || status === 'not attempted' || status === 'browsed') {
      this.set('cmi.core.lesson_status', 'incomplete');
    }
  }

  setResult(result: FinalResult): void {
    if (result.score !== null) {
      this.set('cmi.core.score.raw', scoreText(result.score));
      this.set('cmi.core.score.min', '0');
      this.set('cmi.core.score.max', '100');
    }
    const status = result.passed === null ? 'completed' : result.passed ? 'passed' : 'failed';
    this.set('cmi.core.lesson_status', status);
  }

  setSuspendData(data: string): void {
    this.set('cmi.suspend_data', data);
  }

  setLocation(location: string): void {
    this.set('cmi.core.lesson_location', location.slice(0, 255));
  }

  setExit(exit: 'suspend' | 'normal'): void {
    this.set('cmi.core.exit', exit === 'suspend' ? 'suspend' : '');
  }

  setSessionTime(ms: number): void {
    this.set('cmi.core.session_time', cmiTimespan12(ms));
  }

  recordInteraction(r: InteractionRecord): void {
    const n = Number.parseInt(this.get('cmi.interactions._count'), 10) || 0;
    const at = `cmi.interactions.${n}`;
    this.set(`${at}.id`, identifier(`${r.storyId}_d${String(r.decision).padStart(2, '0')}_${r.knot}`));
    this.set(`${at}.type`, 'choice');
    this.set(`${at}.time`, cmiTime12(r.at));
    this.set(`${at}.weighting`, '1');
    const response = optionLetter(r.responseIndex);
    if (response !== null) this.set(`${at}.student_response`, response);
    // Each exemplary option is a correct response on its own: one pattern each.
    r.correctIndexes
      .map(optionLetter)
      .filter((letter) => letter !== null)
      .forEach((letter, i) => this.set(`${at}.correct_responses.${i}.pattern`, letter));
    this.set(`${at}.result`, r.result);
    this.set(`${at}.latency`, cmiTimespan12(r.latencyMs));
  }

  commit(): void {
    if (this.api.LMSCommit('') !== 'true') this.problem('LMSCommit');
  }

  terminate(): void {
    if (this.finished) return;
    this.finished = true;
    if (this.api.LMSFinish('') !== 'true') this.problem('LMSFinish');
  }

  private get(element: string): string {
    const value = this.api.LMSGetValue(element);
    return typeof value === 'string' ? value : String(value ?? '');
  }

  private set(element: string, value: string): void {
    if (this.api.LMSSetValue(element, value) !== 'true') this.problem(`LMSSetValue("${element}")`);
  }

  private lastError(): string {
    const code = this.api.LMSGetLastError();
    return `error ${code}: ${this.api.LMSGetErrorString(code)}`;
  }

  private problem(call: string): void {
    const message = `SCORM 1.2 ${call} failed with ${this.lastError()}`;
    this.problems.push(message);
    console.warn(`Attune LMS: ${message}`);
  }
}
