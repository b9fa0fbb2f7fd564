// The audience window's half of a workshop: it owns the one PlaySession, the votes and what the projector
// shows, applies the presenter's commands and answers each with the full state. Contract: every accepted
// message ends in exactly one `state` broadcast; `onState` sees the state first, so the projector draws
// before any presenter hears of it. Rules stay in src/session and src/sim; ids, clocks and storage are
// passed in, so the model runs the same in Node tests as in the projector window. Every command is checked
// against its schema (message-schema.ts) before it is applied, wherever it came from; a command id is
// applied once (a replayed message does nothing), and hellos are answered at most every HELLO_ANSWER_MS.
import { moveLabel } from '../kit/labels.ts';
import type { WorkshopStore } from '../persist/workshop-store.ts';
import {
  choiceOnPath,
  addressee,
  failurePathAmong,
  followPath,
  optionEffects,
  optionLetter,
  PlaySession,
  replayLog,
  runPath,
  type DecisionRecord,
  type EffectsInput,
  type MeetingFrame,
  type OfferedChoice,
  type Rubric,
  type StoryJson,
} from '../session/index.ts';
import type { PhoneTallies } from './phone/phone-types.ts';
import { commandProblem } from './message-schema.ts';
import type { PresentMessage, Transport } from './protocol.ts';
import { coalescer, tokenBucket } from './rate-limit.ts';
import { decisionKey, roomPath } from './room-path.ts';
import { addVotes, emptyTally, setVotes } from './votes.ts';
import {
  DEBRIEF_PAGE_ROWS,
  type DecisionView,
  type NextUp,
  type PathSummary,
  type RoomPathRow,
  type WorkshopCommand,
  type WorkshopScreen,
  type WorkshopState,
} from './workshop-types.ts';

/** How often a presenter's hello can make the projector broadcast its whole state. */
export const HELLO_ANSWER_MS = 100;
/** A command older than this is a replay, not a click. */
export const COMMAND_MAX_AGE_MS = 60_000;

export interface WorkshopHostOptions {
  storyId: string;
  story: StoryJson;
  /** The rubric to score with; the shipped one when left out. */
  rubric?: Rubric;
  room: string;
  transport: Transport;
  /** Identifies this audience window's run of the workshop (a reloaded projector gets a new one). */
  instance: string;
  /** Milliseconds since the epoch, comparable between windows (stamps when a command was received). */
  now: () => number;
  /** Called with every new state, before it is broadcast (the projector renders here). */
  onState: (state: WorkshopState) => void;
  /** Where the workshop survives a reload of the projector window; null keeps it in memory only. */
  store?: WorkshopStore | null;
  /** The session log's clock. */
  clock?: () => number;
  /** Timers for coalescing hello answers (setTimeout unless a test passes its own). */
  schedule?: (fn: () => void, ms: number) => unknown;
}

export class WorkshopHost {
  private session!: PlaySession;
  /** Votes entered by hand, per decision key. */
  private readonly votes = new Map<string, number[]>();
  /** The phones' votes per decision key, as the room's relay last counted them (it keeps them, not we). */
  private phoneVotes = new Map<string, number[]>();
  private phonesJoined: number | null = null;
  private screen: WorkshopScreen = 'intro';
  private blackout = false;
  private revealedKey: string | null = null;
  private failingKey: string | null = null;
  private thoughtLine: number | null = null;
  private note: string | null = null;
  private notesAtDecision: (string | null)[] = [];
  private lastChoice: WorkshopState['lastChoice'] = null;
  private seq = 0;
  private notice: string | null = null;
  private startedAt: number | null = null;
  private timer: WorkshopState['timer'] = null;
  private debriefPage = 0;
  private notes = '';
  private headCount: number | null = null;
  private readonly seen = new Set<string>();
  private readonly helloAnswer: { ask(): void };
  private readonly audienceHellos = tokenBucket(5, 10);
  private nextCache: { key: string; next: NextUp } | null = null;
  private readonly effectsCache = new Map<string, RoomPathRow['effects']>();
  private current: WorkshopState | null = null;
  private readonly effectsInput: EffectsInput;
  private readonly failurePath: string | null;
  private readonly paths: WorkshopState['paths'];
  private readonly stopListening: () => void;
  private offs: (() => void)[] = [];

  constructor(private readonly o: WorkshopHostOptions) {
    const probe = this.newSession();
    this.effectsInput = {
      rubric: probe.rubric,
      persona: probe.scored ? probe.card.persona : undefined,
      mustIds: probe.card.musts.map((must) => must.id),
      scored: probe.scored,
    };
    this.failurePath = firstFailurePath(probe);
    this.paths = {
      exemplary: this.runPath('exemplary'),
      failure: this.failurePath ? this.runPath(this.failurePath) : null,
    };
    this.attach(this.newSession());
    this.helloAnswer = coalescer(
      HELLO_ANSWER_MS,
      () => this.o.transport.send({ kind: 'state', state: this.state }),
      o.now,
      o.schedule,
    );
    this.restore();
    this.stopListening = o.transport.listen((message) => this.receive(message));
  }

  /** The latest state (also what a new presenter receives). */
  get state(): WorkshopState {
    return (this.current ??= this.build(null));
  }

  /** Announces the state to presenters already listening (call once the projector is drawn). */
  announce(): void {
    this.o.transport.send({ kind: 'state', state: this.state });
  }

  /** The projector's heartbeat (the app calls it every HEARTBEAT_MS). */
  beat(): void {
    this.o.transport.send({ kind: 'beat', from: 'audience', instance: this.o.instance, at: this.o.now() });
  }

  /**
   * Applies a command from this window (single-screen keys) exactly as one from a presenter. A malformed
   * command (a vote of 1e308, an index of 1.5) changes nothing and is answered with the reason.
   */
  apply(command: WorkshopCommand, id = `local-${++this.seq}`, sentAt = this.o.now()): WorkshopState {
    const receivedAt = this.o.now();
    let error: string | null = commandProblem(command);
    if (error === null) {
      try {
        this.run(command);
      } catch (e) {
        error = e instanceof Error ? e.message : String(e);
      }
    }
    this.save();
    return this.publish({ id, sentAt, receivedAt, error });
  }

  /** Takes the phones' latest tallies and head count from the room, and shows them to every view. */
  setPhones(update: PhoneTallies): WorkshopState {
    this.phoneVotes = new Map(update.tallies.map(({ key, counts }) => [key, counts.map(wholeCount)]));
    this.phonesJoined = wholeCount(update.joined);
    return this.publish(null);
  }

  /** Hand votes plus phone votes at a decision, padded to `options`. */
  private roomVotes(key: string, options: number): number[] {
    const hand = this.votes.get(key) ?? [];
    const phones = this.phoneVotes.get(key) ?? [];
    return emptyTally(Math.max(options, hand.length, phones.length)).map(
      (_, i) => (hand[i] ?? 0) + (phones[i] ?? 0),
    );
  }

  dispose(): void {
    this.o.transport.send({ kind: 'bye', from: 'audience', id: this.o.room });
    this.stopListening();
    for (const off of this.offs) off();
  }

  // ---- messages -----------------------------------------------------------------------------------------
  private receive(message: PresentMessage): void {
    if (message.kind === 'hello') {
      // A new projector window trusts only an answer to its own hello; presenters take any fresh state.
      if (message.from === 'audience') {
        if (this.audienceHellos.take(this.o.now())) {
          this.o.transport.send({ kind: 'state', state: this.state, re: message.id });
        }
      } else this.helloAnswer.ask();
    } else if (message.kind === 'command') {
      if (this.seen.has(message.id) || this.o.now() - message.sentAt > COMMAND_MAX_AGE_MS) return;
      this.seen.add(message.id);
      if (this.seen.size > 2000) this.seen.delete(this.seen.values().next().value ?? '');
      this.apply(message.command, message.id, message.sentAt);
    }
  }

  private publish(answered: WorkshopState['answered']): WorkshopState {
    const state = this.build(answered);
    this.current = state;
    this.o.onState(state);
    this.o.transport.send({ kind: 'state', state });
    return state;
  }

  // ---- commands -----------------------------------------------------------------------------------------
  private run(command: WorkshopCommand): void {
    const s = this.session;
    switch (command.type) {
      case 'start':
      case 'continue':
        if (this.screen === 'debrief') {
          const pages = debriefPages(s.snapshot().decisions.length);
          if (this.debriefPage + 1 >= pages) {
            throw new Error('This is the last page of the debrief; D goes back to the meeting');
          }
          this.debriefPage++;
          return;
        }
        if (this.screen !== 'meeting') {
          this.screen = 'meeting';
          if (s.state === 'not-started') this.startMeeting();
          return;
        }
        if (s.state === 'waiting-for-continue') s.continue();
        else if (s.state === 'waiting-for-choice')
          throw new Error('The room is at a decision: choose an option (select it, then Enter) to go on');
        else if (s.state === 'ended') this.screen = 'debrief';
        return;
      case 'choose':
        this.choose(command.index);
        return;
      case 'vote':
      case 'set-votes': {
        const decision = this.openDecision('Votes are taken at a decision');
        const tally = this.votes.get(decision.key) ?? emptyTally(decision.choices.length);
        if (command.index < 0 || command.index >= tally.length) {
          throw new Error(`There is no option ${optionLetter(command.index)} at this decision`);
        }
        // A count typed in is the room's total for the option: the phones' part of it stays theirs.
        const fromPhones = this.phoneVotes.get(decision.key)?.[command.index] ?? 0;
        this.votes.set(
          decision.key,
          command.type === 'vote'
            ? addVotes(tally, command.index, Math.trunc(command.delta))
            : setVotes(tally, command.index, Math.max(0, Math.trunc(command.count) - fromPhones)),
        );
        return;
      }
      case 'clear-votes': {
        const decision = this.openDecision('Votes are taken at a decision');
        this.votes.delete(decision.key);
        return;
      }
      case 'reveal':
        this.reveal();
        return;
      case 'show-failing': {
        const decision = this.openDecision('The failing seller’s choice is shown at a decision');
        if (!this.failurePath) throw new Error('This story has no failure path (no `# path:` but exemplary)');
        if (this.frame().failing === null) {
          throw new Error(`The failing seller (${this.failurePath}) never reached this decision`);
        }
        this.failingKey = this.failingKey === decision.key ? null : decision.key;
        return;
      }
      case 'rewind':
        if (this.screen === 'debrief') {
          if (this.debriefPage === 0) throw new Error('This is the first page of the debrief');
          this.debriefPage--;
          return;
        }
        if (s.snapshot().decisions.length === 0) throw new Error('There is no decision to take back yet');
        s.rewind(1);
        this.screen = 'meeting';
        this.timer = null;
        // Back at the decision: votes stay, the reveal and the failing choice are taken off again.
        this.revealedKey = null;
        this.failingKey = null;
        return;
      case 'blackout':
        this.blackout = !this.blackout;
        return;
      case 'debrief':
        this.screen = this.screen === 'debrief' ? 'meeting' : 'debrief';
        this.debriefPage = 0;
        if (this.screen === 'meeting' && s.state === 'not-started') this.startMeeting();
        return;
      case 'restart':
        this.votes.clear();
        this.screen = 'intro';
        this.blackout = false;
        this.startedAt = null;
        this.timer = null;
        this.debriefPage = 0;
        this.attach(this.newSession());
        return;
      case 'timer':
        this.openDecision('The discussion timer runs at a decision');
        this.timer =
          command.seconds === 0
            ? null
            : { seconds: command.seconds, endsAt: this.o.now() + command.seconds * 1000 };
        return;
      case 'notes':
        this.notes = command.text;
        return;
      case 'head-count':
        this.headCount = command.count;
        return;
    }
  }

  private choose(index: number): void {
    const decision = this.openDecision('Nothing to choose: the room is not at a decision');
    const choice = decision.choices[index];
    if (!choice) {
      throw new Error(
        `Option ${optionLetter(index)} is not offered here; pick A to ${optionLetter(decision.choices.length - 1)}`,
      );
    }
    const failing = this.frame().failing?.index ?? null;
    this.lastChoice = {
      number: decision.number,
      letter: optionLetter(index),
      text: choice.text,
      moveLabel: moveLabel(choice.move),
      failing: failing === index,
    };
    this.session.choose(index);
    this.timer = null;
  }

  private startMeeting(): void {
    this.session.start();
    this.startedAt ??= this.o.now();
  }

  private reveal(): void {
    const s = this.session;
    if (s.state === 'waiting-for-choice') {
      const key = this.openDecision('').key;
      this.revealedKey = this.revealedKey === key ? null : key;
      return;
    }
    const line = s.snapshot().line;
    if (!line?.thought) throw new Error('Nothing to reveal here: this line carries no buyer thought');
    this.thoughtLine = this.thoughtLine === line.number ? null : line.number;
  }

  private openDecision(why: string): { number: number; key: string; choices: OfferedChoice[] } {
    const snap = this.session.snapshot();
    if (this.screen !== 'meeting' || snap.state !== 'waiting-for-choice') {
      throw new Error(`${why}; go on (→) until the room reaches one`);
    }
    const number = snap.decisions.length + 1;
    return { number, key: decisionKey(number, snap.choices), choices: snap.choices };
  }

  /** The room's frame of the meeting: the seller is "the seller", the failing seller follows the workshop's path. */
  private frame(): MeetingFrame {
    return this.session.frame({ viewer: 'room', failurePath: this.failurePath });
  }

  // ---- session ------------------------------------------------------------------------------------------
  private newSession(): PlaySession {
    return new PlaySession(this.sessionOptions());
  }

  private sessionOptions() {
    return {
      story: this.o.story,
      seed: 1,
      ...(this.o.rubric ? { rubric: this.o.rubric } : {}),
      ...(this.o.clock ? { clock: this.o.clock } : {}),
    };
  }

  private attach(session: PlaySession): void {
    for (const off of this.offs) off();
    this.session = session;
    this.note = null;
    this.notesAtDecision = [];
    this.lastChoice = null;
    this.revealedKey = null;
    this.failingKey = null;
    this.thoughtLine = null;
    this.offs = [
      session.on('line', ({ line }) => {
        if (line.note !== undefined) this.note = line.note;
      }),
      session.on('choices', ({ decision }) => {
        this.notesAtDecision[decision] = this.note;
      }),
      session.on('chose', () => {
        this.note = null;
      }),
      session.on('rewound', ({ decisions }) => {
        this.note = this.notesAtDecision[decisions + 1] ?? null;
        this.lastChoice = null;
      }),
    ];
  }

  /** A canonical path's summary; a path that stops early is still worth showing as far as it goes. */
  private runPath(name: string): PathSummary | null {
    const { report, ended } = runPath(this.sessionOptions(), name);
    if (report.decisions.length === 0) return null;
    return {
      name,
      outcome: ended ? report.outcome : null,
      overall: ended && report.scored ? report.overall : null,
      choices: report.decisions.map((d) => ({ text: d.text, move: d.move ?? null })),
    };
  }

  // ---- persistence --------------------------------------------------------------------------------------
  private save(): void {
    this.o.store?.save({
      storyId: this.o.storyId,
      log: [...this.session.log],
      votes: [...this.votes],
      screen: this.screen,
      blackout: this.blackout,
      revealed: this.revealedKey,
      failingShown: this.failingKey,
      thoughtLine: this.thoughtLine,
      startedAt: this.startedAt,
      timer: this.timer,
      debriefPage: this.debriefPage,
      notes: this.notes,
      headCount: this.headCount,
      savedAt: this.o.now(),
    });
  }

  private restore(): void {
    const { saved, problem } = this.o.store?.load(this.o.storyId) ?? { saved: null, problem: null };
    this.notice = problem;
    if (!saved) return;
    try {
      replayLog(this.session, saved.log);
      for (const [key, counts] of saved.votes) this.votes.set(key, counts);
      this.screen = saved.screen === 'intro' ? 'meeting' : saved.screen;
      // What the room saw: a reload or a reopened projector shows the same reveal and blackout.
      this.blackout = saved.blackout;
      this.revealedKey = saved.revealed;
      this.failingKey = saved.failingShown;
      this.thoughtLine = saved.thoughtLine;
      this.startedAt = saved.startedAt;
      this.timer = saved.timer;
      this.debriefPage = saved.debriefPage;
      this.notes = saved.notes;
      this.headCount = saved.headCount;
    } catch {
      // The story changed since: start afresh rather than show a half-rebuilt meeting.
      this.attach(this.newSession());
      this.votes.clear();
      this.screen = 'intro';
      this.blackout = false;
      this.notice =
        'The saved workshop no longer fits this story (it was edited since); the workshop starts afresh.';
    }
  }

  // ---- state --------------------------------------------------------------------------------------------
  private build(answered: WorkshopState['answered']): WorkshopState {
    const s = this.session;
    const snap = s.snapshot();
    const frame = this.frame();
    const line = frame.line;
    if (line?.number !== this.thoughtLine) this.thoughtLine = null;
    const decision = snap.state === 'waiting-for-choice' ? this.decisionView(frame) : null;
    if (decision) this.lastChoice = null;
    const report = s.report();
    const onDebrief = this.screen === 'debrief';
    this.debriefPage = Math.min(this.debriefPage, debriefPages(snap.decisions.length) - 1);
    return {
      protocol: 1,
      room: this.o.room,
      storyId: this.o.storyId,
      instance: this.o.instance,
      seq: ++this.seq,
      answered,
      card: {
        title: snap.card.title,
        buyer: snap.card.buyer ?? '',
        sponsor: snap.card.sponsor ?? '',
        summary: snap.card.summary ?? '',
      },
      scored: snap.scored,
      screen: this.screen,
      sessionState: snap.state,
      line,
      recent: frame.recent,
      cast: frame.cast,
      note: this.note,
      // At a decision, revealing the votes also reveals how the buyer took the last line.
      thoughtShown:
        line?.thought !== undefined && (this.thoughtLine === line.number || decision?.revealed === true),
      phase: snap.phase,
      trust: snap.trust,
      mood: snap.mood,
      sponsor: snap.sponsor,
      decisionsMade: snap.decisions.length,
      decision,
      lastChoice: this.lastChoice,
      blackout: this.blackout,
      phones: this.phonesJoined === null ? null : { joined: this.phonesJoined },
      failurePath: this.failurePath,
      roomPath: roomPath(
        snap.decisions,
        (key) => (this.votes.has(key) || this.phoneVotes.has(key) ? this.roomVotes(key, 0) : undefined),
        this.failurePath,
        (i) => this.effectsAt(snap.decisions, i),
      ),
      paths: this.paths,
      report: {
        outcome: report.outcome,
        overall: report.overall,
        alignment: report.alignment,
        attunement: report.attunement,
        courage: report.courage,
        trust: report.trust,
      },
      log: onDebrief ? [...s.log] : null,
      decisions: onDebrief ? snap.decisions : null,
      error: s.failureMessage,
      startedAt: this.startedAt,
      timer: decision ? this.timer : null,
      next: this.peekNext(),
      debriefPage: this.debriefPage,
      notes: this.notes,
      headCount: this.headCount,
      notice: this.notice,
    };
  }

  /** The effects decision i's options had when it was played (memoized: the past does not change). */
  private effectsAt(decisions: readonly DecisionRecord[], i: number): RoomPathRow['effects'] {
    const d = decisions[i];
    if (!d) return [];
    const key = `${decisions
      .slice(0, i + 1)
      .map((r) => r.choiceId)
      .join(',')}|${d.offered.map((c) => c.id).join(',')}`;
    let effects = this.effectsCache.get(key);
    if (!effects) {
      effects = optionEffects(this.effectsInput, decisions.slice(0, i), d.offered);
      if (this.effectsCache.size > 500) this.effectsCache.clear();
      this.effectsCache.set(key, effects);
    }
    return effects;
  }

  /** What → shows next: played ahead on a scratch session rebuilt from the log (cached per log). */
  private peekNext(): NextUp {
    const snap = this.session.snapshot();
    if (this.screen === 'debrief' || snap.state === 'waiting-for-choice') return null;
    if (snap.state === 'ended') return { kind: 'end' };
    const log = this.session.log;
    const key = `${snap.state}:${log.length}:${JSON.stringify(log[log.length - 1] ?? null)}`;
    if (this.nextCache?.key === key) return this.nextCache.next;
    let next: NextUp = null;
    try {
      const scratch = this.newSession();
      if (snap.state === 'not-started') scratch.start();
      else {
        scratch.replay(log);
        if (scratch.state === 'waiting-for-continue') scratch.continue();
      }
      const ahead = scratch.frame({ viewer: 'room', failurePath: this.failurePath }).line;
      const before = snap.state === 'not-started' ? null : (snap.line?.number ?? null);
      if (ahead && ahead.number !== before)
        next = { kind: 'line', who: ahead.who || 'Narration', text: ahead.text };
      else if (scratch.state === 'waiting-for-choice')
        next = { kind: 'decision', number: snap.decisions.length + 1 };
      else if (scratch.state === 'ended') next = { kind: 'end' };
    } catch {
      next = null;
    }
    this.nextCache = { key, next };
    return next;
  }

  private decisionView(frame: MeetingFrame): DecisionView {
    const snap = this.session.snapshot();
    const number = snap.decisions.length + 1;
    const key = decisionKey(number, snap.choices);
    const effects = optionEffects(this.effectsInput, snap.decisions, snap.choices);
    if (this.revealedKey !== null && this.revealedKey !== key) this.revealedKey = null;
    if (this.failingKey !== null && this.failingKey !== key) this.failingKey = null;
    return {
      number,
      key,
      phase: snap.phase,
      options: frame.options.map((option, i) => ({
        index: option.index,
        letter: option.letter,
        text: option.text,
        move: option.move,
        moveLabel: moveLabel(option.move ?? undefined),
        paths: option.paths,
        to: option.to,
        toName: addressee(frame.people, option.to).first,
        phase: option.phase,
        effect: effects[i] ?? null,
        why: snap.choices[i]?.why ?? null,
      })),
      votes: this.roomVotes(key, snap.choices.length),
      phoneVotes: emptyTally(snap.choices.length).map((_, i) => this.phoneVotes.get(key)?.[i] ?? 0),
      revealed: this.revealedKey === key,
      failing: frame.failing,
      failingShown: this.failingKey === key,
    };
  }
}

/** A count from outside (the relay): a whole number, 0 or more. */
function wholeCount(value: number): number {
  return Number.isSafeInteger(value) && value > 0 ? value : 0;
}

/** The failure path the workshop watches: the first failure path offered at the story's first decision. */
function firstFailurePath(session: PlaySession): string | null {
  try {
    followPath(session, 'exemplary', { stopAtDecision: true });
  } catch {
    return null;
  }
  const first = failurePathAmong(session.snapshot().choices);
  if (first === null) return null;
  try {
    choiceOnPath(session, first);
  } catch {
    return null;
  }
  return first;
}

/** How many pages the projector's debrief has for `rows` decisions (at least one). */
export function debriefPages(rows: number): number {
  return Math.max(1, Math.ceil(rows / DEBRIEF_PAGE_ROWS));
}
