// The SCORM 2004 4th edition data model (cmi.*, separate completion and success, scaled score).
import type { InteractionRecord } from './decision-result.ts';
import type { Scorm2004Api } from './scorm-api.ts';
import {
  LmsError,
  parseScore,
  percentOf,
  scaledText,
  scoreText,
  type FinalResult,
  type PriorResult,
  type ScormConnection,
} from './scorm-connection.ts';
import { isoDuration, isoTimestamp } from './scorm-time.ts';

const RESULT_2004 = { correct: 'correct', wrong: 'incorrect', neutral: 'neutral' } as const;

/** long_identifier_type: a URN keeps it a valid URI whatever the story's name. */
function interactionId(r: InteractionRecord): string {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9_.-]+/g, '-');
  return `urn:attune:${safe(r.storyId)}:decision-${r.decision}:${safe(r.knot)}`;
}

export class Scorm2004Connection implements ScormConnection {
  readonly version = '2004' as const;
  readonly suspendLimit = 64000;
  readonly problems: string[] = [];
  private finished = false;
  private passing: { value: number | null } | undefined;

  constructor(private readonly api: Scorm2004Api) {}

  initialize(): void {
    if (this.api.Initialize('') !== 'true') {
      throw new LmsError(
        `the SCORM 2004 LMS refused Initialize (${this.lastError()}); relaunch the course from the LMS`,
      );
    }
  }

  isResume(): boolean {
    return this.get('cmi.entry') === 'resume';
  }

  suspendData(): string {
    return this.get('cmi.suspend_data');
  }

  /** cmi.scaled_passing_score, read once: the package's manifest always defines it (minNormalizedMeasure). */
  private scaledPassing(): number | null {
    this.passing ??= { value: parseScore(this.get('cmi.scaled_passing_score')) };
    return this.passing.value;
  }

  masteryScore(): number | null {
    const scaled = this.scaledPassing();
    return scaled === null ? null : percentOf(scaled);
  }

  passes(score: number, fallback: number): boolean {
    // The LMS compares the decimal it stores in score.scaled with scaled_passing_score.
    return Number(scaledText(score)) >= (this.scaledPassing() ?? fallback / 100);
  }

  prior(): PriorResult {
    const success = this.get('cmi.success_status');
    // A score exists only once success was judged (this connection writes both together); reading
    // score.raw before then is an error (403, not initialized).
    const judged = success === 'passed' || success === 'failed';
    return {
      passed: success === 'passed',
      completed: this.get('cmi.completion_status') === 'completed',
      score: judged ? parseScore(this.get('cmi.score.raw')) : null,
    };
  }

  learner(): { id: string; name: string } {
    return { id: this.get('cmi.learner_id'), name: this.get('cmi.learner_name') };
  }

  markIncomplete(): void {
    const status = this.get('cmi.completion_status');
    if (status !== 'completed' && status !== 'incomplete') this.set('cmi.completion_status', 'incomplete');
  }

  setResult(result: FinalResult): void {
    if (result.score !== null) {
      this.set('cmi.score.scaled', scaledText(result.score));
      this.set('cmi.score.raw', scoreText(result.score));
      this.set('cmi.score.min', '0');
      this.set('cmi.score.max', '100');
    }
    this.set('cmi.completion_status', 'completed');
    this.set('cmi.success_status', result.passed === null ? 'unknown' : result.passed ? 'passed' : 'failed');
  }

  setSuspendData(data: string): void {
    this.set('cmi.suspend_data', data);
  }

  setLocation(location: string): void {
    this.set('cmi.location', location.slice(0, 1000));
  }

  setExit(exit: 'suspend' | 'normal'): void {
    this.set('cmi.exit', exit);
  }

  setSessionTime(ms: number): void {
    this.set('cmi.session_time', isoDuration(ms));
  }

  recordInteraction(r: InteractionRecord): void {
    const n = Number.parseInt(this.get('cmi.interactions._count'), 10) || 0;
    const at = `cmi.interactions.${n}`;
    this.set(`${at}.id`, interactionId(r));
    this.set(`${at}.type`, 'choice');
    this.set(`${at}.description`, r.description.slice(0, 250));
    this.set(`${at}.timestamp`, isoTimestamp(r.at));
    this.set(`${at}.weighting`, '1');
    r.correct.slice(0, 10).forEach((id, i) => this.set(`${at}.correct_responses.${i}.pattern`, id));
    this.set(`${at}.learner_response`, r.response);
    this.set(`${at}.result`, RESULT_2004[r.result]);
    this.set(`${at}.latency`, isoDuration(r.latencyMs));
  }

  commit(): void {
    if (this.api.Commit('') !== 'true') this.problem('Commit');
  }

  terminate(): void {
    if (this.finished) return;
    this.finished = true;
    if (this.api.Terminate('') !== 'true') this.problem('Terminate');
  }

  private get(element: string): string {
    const value = this.api.GetValue(element);
    return typeof value === 'string' ? value : String(value ?? '');
  }

  private set(element: string, value: string): void {
    if (this.api.SetValue(element, value) !== 'true') this.problem(`SetValue("${element}")`);
  }

  private lastError(): string {
    const code = this.api.GetLastError();
    return `error ${code}: ${this.api.GetErrorString(code)}`;
  }

  private problem(call: string): void {
    const message = `SCORM 2004 ${call} failed with ${this.lastError()}`;
    this.problems.push(message);
    console.warn(`Attune LMS: ${message}`);
  }
}
