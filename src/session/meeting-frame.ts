// The meeting frame: a pure function from a session's snapshot to everything a screen shows of the meeting
// (the line and who says it, the cast on stage, seats, the decision's options and their letters, the
// failing seller's choice, the coach's verdict). Every presenter renders frames: the trainee panel, the
// stage, the projector, the presenter view and the opening preview, so each rule here is written once.
import { sponsorMoodFor, type Mood, type Phase, type Rubric } from '../sim/index.ts';
import type { Speaker, StoryCard } from '../story/index.ts';
import { failurePathAmong, indexOnPath } from './failure-paths.ts';
import type { SessionLine, SessionSnapshot, SessionState } from './session-types.ts';

/**
 * Who looks at the frame: the trainee plays the seller ("You"); a room watches a seller ("The seller").
 * The one place that decides how the seller is named.
 */
export type FrameViewer = 'trainee' | 'room';

/** The people the stage draws. */
export type StageActor = 'buyer' | 'sponsor';

export interface FramePerson {
  name: string;
  role: string;
  /** The first name, as the screens say it in running text ("Dana thinks"). */
  first: string;
}

export interface FramePeople {
  buyer: FramePerson;
  sponsor: FramePerson | null;
}

/** A line with the speaker's display name ('' for the narrator). */
export type FrameLine = SessionLine & { who: string };

/** What the stage shows: the room, the clock, who is in it, their moods, and who is speaking. */
export interface CastFrame {
  scene: string | null;
  clock: number | null;
  present: Record<StageActor, boolean>;
  moods: Record<StageActor, Mood>;
  speaker: StageActor | null;
}

export interface FrameOption {
  index: number;
  /** A, B, C… as a room says it. */
  letter: string;
  /** The digit key that chooses it (1-based). */
  key: number;
  text: string;
  move: string | null;
  seat: string | null;
  paths: string[];
}

/** A chair on stage that is also a choice (`# seat:`). */
export interface SeatFrame {
  index: number;
  seat: string;
  key: number;
}

export type Verdict = 'good' | 'bad' | 'neutral';

/** The coach's verdict on the last choice made. */
export interface CoachFrame {
  decision: number;
  move: string | null;
  /** The buyer's phase when the choice was offered, and the phase its move fits (null: none). */
  phase: Phase;
  fits: Phase | null;
  /** null when the choice was not scored. */
  timing: Verdict | null;
  view: Verdict | null;
  /** The author's `# why:`, else the rubric's reason for the move ('' when neither says). */
  why: string;
}

export interface MeetingFrame {
  viewer: FrameViewer;
  title: string;
  scored: boolean;
  state: SessionState;
  people: FramePeople;
  line: FrameLine | null;
  /** The last lines shown, oldest first, the current one last. */
  recent: FrameLine[];
  cast: CastFrame;
  /** The decision being offered (1-based), or null when the session is not waiting for a choice. */
  decision: number | null;
  phase: Phase;
  options: FrameOption[];
  seats: SeatFrame[];
  /** The failure path this frame follows, and the option its seller chose at this decision. */
  failurePath: string | null;
  failing: { path: string; index: number } | null;
  coach: CoachFrame | null;
}

export interface FrameOptions {
  viewer: FrameViewer;
  /** The rubric the session scores with (moods, the coach's reasons). */
  rubric: Rubric;
  /** The failure path to follow; left out, the first failure path offered at this decision. */
  failurePath?: string | null;
}

const RECENT = 6;

/** "Dana Ortiz, Head of Operations" → name, role and first name; the fallback when the card is silent. */
export function personOf(text: string | undefined, fallback: string): FramePerson {
  const trimmed = text?.trim() ?? '';
  if (trimmed === '') return { name: fallback, role: '', first: firstWord(fallback) };
  const comma = trimmed.indexOf(',');
  const name = comma < 0 ? trimmed : trimmed.slice(0, comma).trim();
  const role = comma < 0 ? '' : trimmed.slice(comma + 1).trim();
  return { name, role, first: firstWord(name) };
}

function firstWord(name: string): string {
  return name.split(/\s+/)[0] ?? name;
}

export function peopleOf(card: Pick<StoryCard, 'buyer' | 'sponsor'>): FramePeople {
  return {
    buyer: personOf(card.buyer, 'The buyer'),
    sponsor: card.sponsor ? personOf(card.sponsor, 'The sponsor') : null,
  };
}

/** The display name of a line's speaker for this viewer ('' for the narrator). */
export function speakerName(people: FramePeople, speaker: Speaker, viewer: FrameViewer): string {
  switch (speaker) {
    case 'buyer':
      return people.buyer.name;
    case 'sponsor':
      return people.sponsor?.name ?? 'The sponsor';
    case 'seller':
      return viewer === 'trainee' ? 'You' : 'The seller';
    default:
      return '';
  }
}

export function namedLine(people: FramePeople, line: SessionLine, viewer: FrameViewer): FrameLine {
  return { ...line, who: speakerName(people, line.speaker, viewer) };
}

/** A, B, C… for option index 0, 1, 2… (AA after Z, which no story reaches). */
export function optionLetter(index: number): string {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  return index < 26
    ? (letters[index] ?? '?')
    : `${optionLetter(Math.floor(index / 26) - 1)}${letters[index % 26]}`;
}

/** Who is in the room after these lines: a new scene empties it; people enter when they speak. */
export function presenceAfter(lines: readonly SessionLine[]): Omit<CastFrame, 'moods' | 'speaker'> {
  let scene: string | null = null;
  let clock: number | null = null;
  const present = { buyer: false, sponsor: false };
  for (const line of lines) {
    if (line.scene !== undefined && line.scene !== scene) {
      scene = line.scene;
      present.buyer = false;
      present.sponsor = false;
    }
    if (line.clock !== undefined) clock = line.clock;
    if (line.speaker === 'buyer') present.buyer = true;
    if (line.speaker === 'sponsor') present.sponsor = true;
  }
  return { scene, clock, present };
}

/**
 * The stage after these lines: only the people who have spoken since the scene began are in the room (a
 * decision in the corridor does not bring the buyer out of his office). The buyer's face is the current
 * line's mood (the story's `# mood:` or the engine's, from trust); the sponsor's follows the sponsor meter
 * by the rubric's thresholds.
 */
export function castOf(
  lines: readonly SessionLine[],
  o: { rubric: Rubric; buyerMood: Mood; sponsorMeter: number },
): CastFrame {
  const { scene, clock, present } = presenceAfter(lines);
  const speaker = lines.at(-1)?.speaker;
  return {
    scene,
    clock,
    present,
    moods: { buyer: lines.at(-1)?.mood ?? o.buyerMood, sponsor: sponsorMoodFor(o.rubric, o.sponsorMeter) },
    speaker: speaker === 'buyer' || speaker === 'sponsor' ? speaker : null,
  };
}

function sign(value: number): Verdict {
  return value > 0 ? 'good' : value < 0 ? 'bad' : 'neutral';
}

export function meetingFrame(snapshot: SessionSnapshot, o: FrameOptions): MeetingFrame {
  const people = peopleOf(snapshot.card);
  const named = (line: SessionLine): FrameLine => namedLine(people, line, o.viewer);
  const deciding = snapshot.state === 'waiting-for-choice';
  const options: FrameOption[] = deciding
    ? snapshot.choices.map((choice, i) => ({
        index: choice.index,
        letter: optionLetter(i),
        key: i + 1,
        text: choice.text,
        move: choice.move ?? null,
        seat: choice.seat ?? null,
        paths: [...choice.paths],
      }))
    : [];
  const failurePath = o.failurePath === undefined ? failurePathAmong(snapshot.choices) : o.failurePath;
  const failingIndex = deciding ? indexOnPath(snapshot.choices, failurePath) : null;
  const last = snapshot.decisions.at(-1);
  return {
    viewer: o.viewer,
    title: snapshot.card.title,
    scored: snapshot.scored,
    state: snapshot.state,
    people,
    line: snapshot.line ? named(snapshot.line) : null,
    recent: snapshot.transcript.slice(-RECENT).map(named),
    cast: castOf(snapshot.transcript, {
      rubric: o.rubric,
      buyerMood: snapshot.mood,
      sponsorMeter: snapshot.sponsor,
    }),
    decision: deciding ? snapshot.decisions.length + 1 : null,
    phase: snapshot.phase,
    options,
    seats: options.flatMap((option) =>
      option.seat ? [{ index: option.index, seat: option.seat, key: option.key }] : [],
    ),
    failurePath,
    failing:
      failingIndex !== null && failurePath !== null ? { path: failurePath, index: failingIndex } : null,
    coach: last
      ? {
          decision: last.number,
          move: last.move ?? null,
          phase: last.phase,
          fits: last.fits,
          timing: last.effect ? sign(last.effect.alignment) : null,
          view: last.effect ? sign(last.effect.attunement) : null,
          why: last.why ?? (last.move ? o.rubric.moves[last.move]?.why : undefined) ?? '',
        }
      : null,
  };
}
