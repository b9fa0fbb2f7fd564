// One play-through: the story runner, the scoring engine and an append-only event log behind one API.
// Presentation talks only to this class (DESIGN §2).
import {
  choiceInput,
  createScoreContext,
  fitsPhase,
  initialScoreState,
  keyMoments,
  moodFor,
  scoreChoice,
  scoreReport,
  trustOf,
  type Mood,
  type OutcomeName,
  type Phase,
  type Rubric,
  type ScoreContext,
  type ScoreState,
} from '../sim/index.ts';
import { defaultRubric } from '../sim/default-rubric.ts';
import {
  isScoredStory,
  StoryRuntimeError,
  StoryRunner,
  type StoryCard,
  type StoryChoice,
} from '../story/index.ts';
import { failurePathAmong } from './failure-paths.ts';
import { addressee, meetingFrame, peopleOf, type FrameOptions, type MeetingFrame } from './meeting-frame.ts';
import { ReplayError, SessionStateError } from './session-errors.ts';
import type {
  DecisionRecord,
  LogEntry,
  OfferedChoice,
  SessionEvents,
  SessionLine,
  SessionOptions,
  SessionReport,
  SessionSnapshot,
  SessionState,
} from './session-types.ts';
import { readPhases, readStartMeters, writeMeters } from './story-meters.ts';
import { TypedEmitter } from './typed-emitter.ts';

interface DecisionPoint {
  inkState: string;
  score: ScoreState;
  phase: Phase;
  phases: Record<string, Phase>;
  choices: OfferedChoice[];
  transcriptLength: number;
  scene: string | null;
  clock: number | null;
}

function toOffered(choice: StoryChoice, phases: Readonly<Record<string, Phase>>): OfferedChoice {
  const to = choice.tags.to ?? 'buyer';
  const offered: OfferedChoice = {
    index: choice.index,
    id: choice.id,
    text: choice.text,
    to,
    phase: phases[to] ?? phases.buyer ?? 1,
    paths: choice.tags.paths,
    covers: choice.tags.covers,
    problems: choice.problems,
  };
  if (choice.tags.moves[0] !== undefined) offered.move = choice.tags.moves[0];
  if (choice.tags.why !== undefined) offered.why = choice.tags.why;
  if (choice.tags.seat !== undefined) offered.seat = choice.tags.seat;
  if (choice.tags.align !== undefined) offered.align = choice.tags.align;
  if (choice.tags.attune !== undefined) offered.attune = choice.tags.attune;
  return offered;
}

function failingChoice(offered: OfferedChoice[]) {
  const path = failurePathAmong(offered);
  const choice = path === null ? undefined : offered.find((c) => c.paths.includes(path));
  return path !== null && choice ? { path, text: choice.text, move: choice.move ?? '' } : undefined;
}

export class PlaySession extends TypedEmitter<SessionEvents> {
  readonly card: StoryCard;
  readonly scored: boolean;
  readonly seed: number;
  /** The rubric this run is scored with (the shipped one unless the options name another). */
  readonly rubric: Rubric;
  private readonly runner: StoryRunner;
  private readonly context: ScoreContext;
  private readonly clock: () => number;
  private readonly entries: LogEntry[] = [];
  private current: SessionState = 'not-started';
  private score: ScoreState;
  private line: SessionLine | null = null;
  private offered: OfferedChoice[] = [];
  private phase: Phase = 1;
  private phases: Record<string, Phase>;
  private scene: string | null = null;
  private meetingClock: number | null = null;
  private outcome: OutcomeName | null = null;
  private failure: string | null = null;
  private linesShown = 0;
  private replayingLog = false;
  /** The last decision can still take a `# thought:` as its reaction: no scene change since it was made. */
  private reactionOpen = false;
  private readonly transcript: SessionLine[] = [];
  private readonly decisions: DecisionRecord[] = [];
  private readonly points: DecisionPoint[] = [];

  constructor(options: SessionOptions) {
    super();
    this.seed = options.seed ?? 1;
    this.clock = options.clock ?? (() => Date.now());
    this.rubric = options.rubric ?? defaultRubric;
    this.runner = new StoryRunner(options.story, {
      seed: this.seed,
      externals: options.externals ?? {},
      ...(options.untitled ? { untitled: options.untitled } : {}),
    });
    this.card = this.runner.card;
    this.scored = isScoredStory(options.story);
    this.context = createScoreContext(
      this.rubric,
      this.scored ? this.card.persona : undefined,
      this.card.musts.map((must) => must.id),
    );
    // Each person's phase as the story declares it, until the first decision reads it again.
    this.phases = readPhases(this.runner);
    this.phase = this.phases.buyer ?? 1;
    this.score = initialScoreState(this.context, readStartMeters(this.runner));
  }

  /** The story's people by id, in declaration order: buyer first, sponsor second, then `# person:` ids. */
  get cast(): readonly string[] {
    return this.runner.cast;
  }

  get state(): SessionState {
    return this.current;
  }

  /** The append-only log of this run: enough to rebuild it with replayLog(). */
  get log(): readonly LogEntry[] {
    return this.entries;
  }

  get failureMessage(): string | null {
    return this.failure;
  }

  /** True while replay() rebuilds a recorded run; `replayed` is emitted when it has finished. */
  get replaying(): boolean {
    return this.replayingLog;
  }

  /**
   * Rebuilds a run from its recorded log on this fresh, unstarted session: the same lines are shown before
   * each choice and rewind, so the rebuilt session equals the recorded one. Choices are matched by identity,
   * so a log survives edits that leave those choices in place. Throws ReplayError naming the first choice
   * that no longer exists, with how many matched before it; the session then waits at that decision.
   * Listeners hear every event of the rebuilt run, then `replayed` (also after a ReplayError).
   */
  replay(log: readonly LogEntry[]): void {
    if (this.current !== 'not-started') {
      throw new ReplayError('replay() needs a new session that has not been started', 0);
    }
    this.replayingLog = true;
    let shown = 0;
    let matched = 0;
    let complete = false;
    const stop = this.on('line', () => shown++);
    const showUpTo = (recorded: number) => {
      while (shown < recorded && this.state === 'waiting-for-continue') this.continue();
    };
    const toDecision = () => {
      while (this.state === 'waiting-for-continue') this.continue();
    };
    try {
      this.start();
      let recorded = 0;
      for (const entry of log) {
        if (entry.type === 'line') recorded++;
        if (entry.type === 'choice') {
          showUpTo(recorded);
          toDecision();
          const found = this.snapshot().choices.find((choice) => choice.id === entry.id);
          if (this.state !== 'waiting-for-choice' || !found) {
            throw new ReplayError(
              `decision ${entry.decision}: the choice "${entry.text}" is no longer in the story; resume from decision ${entry.decision}, the last point that still matches`,
              matched,
            );
          }
          this.choose(found.index);
          matched++;
        }
        if (entry.type === 'rewind') {
          showUpTo(recorded);
          this.rewind(entry.count);
        }
        if (entry.type === 'end') toDecision();
      }
      showUpTo(recorded);
      complete = true;
    } finally {
      stop();
      this.replayingLog = false;
      this.emit('replayed', { matchedChoices: matched, complete });
    }
  }

  start(): void {
    if (this.current !== 'not-started') {
      throw new SessionStateError('start() was called twice; create a new PlaySession to play again');
    }
    this.record({ type: 'start', at: this.clock(), seed: this.seed, title: this.card.title });
    this.advance();
  }

  continue(): void {
    if (this.current !== 'waiting-for-continue') {
      throw new SessionStateError(this.misuse('continue()', 'waiting-for-continue'));
    }
    this.advance();
  }

  choose(index: number): void {
    if (this.current !== 'waiting-for-choice') {
      throw new SessionStateError(this.misuse('choose()', 'waiting-for-choice'));
    }
    const choice = this.offered[index];
    if (!choice) {
      throw new SessionStateError(
        `choice ${index} is not offered; choose an index from 0 to ${this.offered.length - 1}`,
      );
    }
    const decision = this.scoreDecision(choice);
    this.decisions.push(decision);
    this.reactionOpen = true;
    this.record({
      type: 'choice',
      at: this.clock(),
      decision: decision.number,
      index,
      id: choice.id,
      text: choice.text,
      ...(choice.move !== undefined ? { move: choice.move } : {}),
    });
    try {
      this.runner.choose(index);
      this.writeMetersIntoStory();
    } catch (error) {
      this.fail(error);
      return;
    }
    this.emit('chose', { decision });
    this.advance();
  }

  /** Takes back the last `count` choices and waits at the decision where the earliest of them was made. */
  rewind(count = 1): void {
    if (!Number.isInteger(count) || count < 1) {
      throw new SessionStateError(`rewind(${count}) needs a whole number of choices, 1 or more`);
    }
    if (count > this.decisions.length) {
      throw new SessionStateError(
        this.decisions.length === 0
          ? 'rewind() was called before any choice was made; make a choice first'
          : `cannot rewind ${count} choices: only ${this.decisions.length} made so far; rewind at most ${this.decisions.length}`,
      );
    }
    const target = this.decisions.length - count;
    const point = this.points[target];
    if (!point) throw new SessionStateError(`no saved point for decision ${target + 1}; restart the story`);
    this.runner.loadState(point.inkState);
    this.score = point.score;
    this.phase = point.phase;
    this.phases = point.phases;
    this.offered = point.choices;
    this.scene = point.scene;
    this.meetingClock = point.clock;
    this.outcome = null;
    this.failure = null;
    this.decisions.length = target;
    this.points.length = target + 1;
    this.transcript.length = point.transcriptLength;
    this.line = this.transcript.at(-1) ?? null;
    this.record({ type: 'rewind', at: this.clock(), count });
    this.setState('waiting-for-choice');
    this.emit('rewound', { decisions: target });
    this.emit('choices', { decision: target + 1, phase: this.phase, choices: this.offered });
  }

  /** Rewinds so that decision `number` (1-based) is offered again. */
  rewindTo(number: number): void {
    this.rewind(this.decisions.length - number + 1);
  }

  snapshot(): SessionSnapshot {
    return {
      card: this.card,
      scored: this.scored,
      state: this.current,
      line: this.line,
      choices: this.current === 'waiting-for-choice' ? this.offered : [],
      phase: this.phase,
      phases: { ...this.phases },
      trust: this.score.trust,
      mood: moodFor(this.context.rubric, this.score.trust),
      trusts: this.trusts(),
      sponsor: this.score.sponsor,
      scene: this.scene,
      clock: this.meetingClock,
      transcript: [...this.transcript],
      decisions: [...this.decisions],
    };
  }

  /** Everything a screen shows of the meeting now, for this viewer (see meeting-frame.ts). */
  frame(o: Omit<FrameOptions, 'rubric'>): MeetingFrame {
    return meetingFrame(this.snapshot(), { ...o, rubric: this.rubric });
  }

  /** The score so far; final once the state is `ended`. */
  report(): SessionReport {
    const base = scoreReport(this.context, this.score, this.outcome);
    const people = peopleOf(this.card);
    const moments = this.scored
      ? keyMoments(
          this.decisions.flatMap((d) =>
            d.effect && d.move
              ? [
                  {
                    decision: d.number,
                    text: d.text,
                    move: d.move,
                    phase: d.phase,
                    to: d.to,
                    person: addressee(people, d.to),
                    alignment: d.effect.alignment,
                    attunement: d.effect.attunement,
                    ...(d.thought !== undefined ? { thought: d.thought } : {}),
                    ...(d.why !== undefined ? { why: d.why } : {}),
                    ...(d.failing && d.failing.text !== d.text ? { failing: d.failing } : {}),
                  },
                ]
              : [],
          ),
        )
      : [];
    return {
      ...base,
      scored: this.scored,
      title: this.card.title,
      keyMoments: moments,
      decisions: [...this.decisions],
    };
  }

  /** Every person's trust now, by id, in the cast's order. */
  private trusts(): Record<string, number> {
    return Object.fromEntries(this.runner.cast.map((id) => [id, trustOf(this.context, this.score, id)]));
  }

  private misuse(method: string, needed: SessionState): string {
    const fix: Record<SessionState, string> = {
      'not-started': 'call start() first',
      'waiting-for-continue': 'call continue() to show the next line',
      'waiting-for-choice': 'call choose(index) with one of the offered choices',
      ended: 'the story has ended: read report(), rewind(), or start a new session',
      failed: 'the story stopped with an error: rewind() one choice or start a new session',
    };
    return `${method} was called while the session was ${this.current}, not ${needed}; ${fix[this.current]}`;
  }

  /**
   * Shows the next visible line, then waits for continue, offers choices, or ends. The state is set before
   * any event is emitted, so a listener of `line` already reads the state that follows the line.
   */
  private advance(): void {
    try {
      let line: SessionLine | null = null;
      while (this.runner.canContinue && line === null) line = this.readLine();
      const offers = !this.runner.canContinue && this.runner.choices().length > 0;
      if (offers) this.prepareChoices();
      const next: SessionState = this.runner.canContinue
        ? 'waiting-for-continue'
        : offers
          ? 'waiting-for-choice'
          : 'ended';
      this.setState(next);
      if (line) this.emit('line', { line });
      if (next === 'waiting-for-choice') {
        this.emit('choices', {
          decision: this.decisions.length + 1,
          phase: this.phase,
          choices: this.offered,
        });
      }
      if (next === 'ended') this.finish();
    } catch (error) {
      this.fail(error);
    }
  }

  /** Reads one line and applies its cues; returns it unless it is empty (a tag-only line). */
  private readLine(): SessionLine | null {
    const raw = this.runner.nextLine();
    const cues = raw.cues;
    if (cues.scene !== undefined) this.scene = cues.scene;
    if (cues.clock !== undefined) this.meetingClock = cues.clock;
    if (cues.outcome !== undefined) this.outcome = cues.outcome;
    const last = this.decisions.at(-1);
    if (last && this.reactionOpen && last.thought === undefined && cues.thought !== undefined)
      last.thought = cues.thought;
    // A new scene is the next part of the meeting: its thoughts react to what happens there, not here.
    if (cues.scene !== undefined) this.reactionOpen = false;
    if (raw.text === '') return null;
    const mood: Mood = cues.mood ?? moodFor(this.context.rubric, this.score.trust);
    const line: SessionLine = {
      number: ++this.linesShown,
      text: raw.text,
      speaker: cues.speaker,
      mood,
      problems: raw.problems,
    };
    if (cues.present !== undefined) line.present = [...cues.present];
    if (cues.mood !== undefined) line.moodTagged = true;
    for (const key of ['thought', 'note', 'scene', 'clock', 'outcome'] as const) {
      if (cues[key] !== undefined) Object.assign(line, { [key]: cues[key] });
    }
    this.line = line;
    this.transcript.push(line);
    this.record({
      type: 'line',
      at: this.clock(),
      number: line.number,
      speaker: line.speaker,
      text: line.text,
    });
    return line;
  }

  private prepareChoices(): void {
    this.phases = readPhases(this.runner);
    this.phase = this.phases.buyer ?? 1;
    const phases = this.phases;
    this.offered = this.runner.choices().map((choice) => toOffered(choice, phases));
    this.points[this.decisions.length] = {
      inkState: this.runner.saveState(),
      score: this.score,
      phase: this.phase,
      phases,
      choices: this.offered,
      transcriptLength: this.transcript.length,
      scene: this.scene,
      clock: this.meetingClock,
    };
  }

  private scoreDecision(choice: OfferedChoice): DecisionRecord {
    const base = {
      number: this.decisions.length + 1,
      phase: choice.phase,
      to: choice.to,
      offered: this.offered,
      chosen: choice.index,
      choiceId: choice.id,
      text: choice.text,
      ...(choice.why !== undefined ? { why: choice.why } : {}),
    };
    const failing = failingChoice(this.offered);
    if (!this.scored || choice.move === undefined) {
      return {
        ...base,
        fits: null,
        trust: this.score.trust,
        mood: moodFor(this.context.rubric, this.score.trust),
        trusts: this.trusts(),
        sponsor: this.score.sponsor,
        ...(failing ? { failing } : {}),
      };
    }
    const input = choiceInput(choice.move, choice.phase, choice);
    const { effect, state } = scoreChoice(this.context, this.score, input);
    this.score = state;
    return {
      ...base,
      move: choice.move,
      effect,
      fits: fitsPhase(this.context, choice.move, choice.phase),
      trust: state.trust,
      mood: moodFor(this.context.rubric, state.trust),
      trusts: this.trusts(),
      sponsor: state.sponsor,
      ...(failing ? { failing } : {}),
    };
  }

  private writeMetersIntoStory(): void {
    if (this.scored) writeMeters(this.runner, this.score);
  }

  /** Records and announces the ending (the state is already `ended`). */
  private finish(): void {
    const report = this.report();
    this.record({ type: 'end', at: this.clock(), outcome: this.outcome, overall: report.overall });
    this.emit('ended', { report });
  }

  private fail(error: unknown): void {
    if (!(error instanceof StoryRuntimeError)) throw error;
    this.failure = error.message;
    this.record({ type: 'error', at: this.clock(), message: error.message });
    this.setState('failed');
    this.emit('failed', { message: error.message });
  }

  private setState(state: SessionState): void {
    if (this.current === state) return;
    this.current = state;
    this.emit('state', { state });
  }

  private record(entry: LogEntry): void {
    this.entries.push(entry);
  }
}
