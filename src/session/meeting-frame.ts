// The meeting frame: a pure function from a session's snapshot to everything a screen shows of the meeting
// (the line and who says it, the cast on stage, seats, the decision's options and their letters, the
// failing seller's choice, the coach's verdict). Every presenter renders frames: the trainee panel, the
// stage, the projector, the presenter view and the opening preview, so each rule here is written once.
import { moodFor, sponsorMoodFor, type Mood, type Phase, type Rubric } from '../sim/index.ts';
import type { Speaker, StoryCard } from '../story/index.ts';
import { reactionTo, type FaceReaction } from './face-reaction.ts';
import { isHeadSeat } from './seat-kinds.ts';
import { failurePathAmong, indexOnPath } from './failure-paths.ts';
import type { SessionLine, SessionSnapshot, SessionState } from './session-types.ts';

/**
 * Who looks at the frame: the trainee plays the seller ("You"); a room watches a seller ("The seller").
 * The one place that decides how the seller is named.
 */
export type FrameViewer = 'trainee' | 'room';

/** The two people every story of the old shape has: the stage's first two places. */
export type StageActor = 'buyer' | 'sponsor';

export interface FramePerson {
  name: string;
  role: string;
  /** The first name, as the screens say it in running text ("Dana thinks"). */
  first: string;
}

/** A person of the cast: `buyer`, `sponsor` or a `# person:` id. */
export interface CastPerson extends FramePerson {
  id: string;
  kind: 'buyer' | 'sponsor' | 'person';
}

export interface FramePeople {
  buyer: FramePerson;
  sponsor: FramePerson | null;
  /** Everyone declared, in declaration order: the buyer first, the sponsor second, then `# person:` people. */
  cast: CastPerson[];
}

/** A line with the speaker's display name ('' for the narrator). */
export type FrameLine = SessionLine & { who: string };

/** One person of the meeting as the stage and the screens show them now. */
export interface CastMember extends CastPerson {
  /** Their own phase now (`phase_<id>`, else `phase`). */
  phase: Phase;
  /** 0..100. */
  trust: number;
  /**
   * From their trust by the rubric's thresholds; the buyer's follows the line's `# mood:` when it has one,
   * and the sponsor's follows the sponsor meter by the rubric's sponsor thresholds.
   */
  mood: Mood;
  /**
   * The face's immediate reaction to the last choice (face-reaction.ts): only on the person it addressed,
   * and not on a buyer line whose `# mood:` says otherwise. Null: the face shows the mood.
   */
  reaction: FaceReaction | null;
}

/** What the stage shows: the room, the clock, who is in it, their moods, and who is speaking. */
export interface CastFrame {
  scene: string | null;
  clock: number | null;
  /** A video call (a scene whose name starts with `video`): a grid of faces. */
  video: boolean;
  /** Everyone declared, in declaration order (buyer first, sponsor second). */
  members: CastMember[];
  /** The ids in the room now, in members' order. */
  present: string[];
  /** The id of the person speaking the current line (null: the seller or the narrator). */
  speaker: string | null;
  /** Whom the last choice addressed (null before any choice). */
  addressed: string | null;
  /** Where the buyer sits: the head, unless the seller took it (a chosen `# seat:` like head or desk). */
  buyerSeat: 'head' | 'offered';
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
  /** Whom the option addresses (`# to:`, default `buyer`) and that person's phase now. */
  to: string;
  phase: Phase;
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
  /** Whom the choice addressed (`# to:`, default `buyer`). */
  to: string;
  /** That person's phase when the choice was offered, and the phase its move fits (null: none). */
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

export function peopleOf(
  card: Pick<StoryCard, 'buyer' | 'sponsor'> & Partial<Pick<StoryCard, 'people'>>,
): FramePeople {
  const buyer = personOf(card.buyer, 'The buyer');
  const sponsor = card.sponsor ? personOf(card.sponsor, 'The sponsor') : null;
  const cast: CastPerson[] = [
    { id: 'buyer', kind: 'buyer', ...buyer },
    ...(sponsor ? [{ id: 'sponsor', kind: 'sponsor' as const, ...sponsor }] : []),
    ...(card.people ?? []).map((p) => ({
      id: p.id,
      kind: 'person' as const,
      ...personOf(p.text, p.id),
    })),
  ];
  return { buyer, sponsor, cast };
}

/** A person of the cast by id (undefined: nobody of that id). */
export function castPerson(people: FramePeople, id: string): CastPerson | undefined {
  return people.cast.find((person) => person.id === id);
}

/** Whom a move addressed, as the screens name them (their first name in running text). */
export interface Addressee {
  id: string;
  name: string;
  first: string;
  role: string;
}

/** The person of `id` (a choice's `# to:`), or the buyer when the id names nobody in the cast. */
export function addressee(people: FramePeople, id: string): Addressee {
  const person = castPerson(people, id) ?? { id: 'buyer', ...people.buyer };
  return { id: person.id, name: person.name, first: person.first, role: person.role };
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
    case 'narrator':
      return '';
    default:
      return castPerson(people, speaker)?.name ?? '';
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

/** Whether a scene is a video call: its name starts with `video` (`# scene: video-call`). */
export function isVideoScene(scene: string | null): boolean {
  return scene !== null && scene.startsWith('video');
}

/**
 * Who is in the room after these lines, as ids in `order` (the cast's order). A line's `# present:` sets the
 * room exactly, from that line on. A new scene empties the room; until the scene's own `# present:`, people
 * enter it when they speak (the rule of stories written before `# present:`).
 */
export function presenceAfter(
  lines: readonly SessionLine[],
  order: readonly string[] = ['buyer', 'sponsor'],
): Pick<CastFrame, 'scene' | 'clock' | 'present'> {
  let scene: string | null = null;
  let clock: number | null = null;
  let room = new Set<string>();
  let explicit = false;
  for (const line of lines) {
    if (line.scene !== undefined && line.scene !== scene) {
      scene = line.scene;
      room = new Set();
      explicit = false;
    }
    if (line.clock !== undefined) clock = line.clock;
    if (line.present !== undefined) {
      room = new Set(line.present);
      explicit = true;
    } else if (!explicit) room.add(line.speaker);
  }
  return { scene, clock, present: order.filter((id) => room.has(id)) };
}

export interface CastInput {
  rubric: Rubric;
  people: FramePeople;
  /** The buyer's mood from trust (a line's `# mood:` overrides it). */
  buyerMood: Mood;
  sponsorMeter: number;
  phases: Readonly<Record<string, Phase>>;
  trusts: Readonly<Record<string, number>>;
  /** Whom the last choice addressed (null before any choice). */
  addressed: string | null;
  /** The reaction to the last choice (null before any, or when it had no effect). */
  reaction?: FaceReaction | null;
  /** The `# seat:` of the last seat the seller chose (null: none chosen). */
  sellerSeat?: string | null;
}

/**
 * The stage after these lines: who is in the room (presenceAfter), and each person's phase, trust and mood.
 * The buyer's face is the current line's mood (the story's `# mood:` or the engine's, from trust); the
 * sponsor's follows the sponsor meter by the rubric's thresholds; everyone else's follows their own trust.
 */
export function castOf(lines: readonly SessionLine[], o: CastInput): CastFrame {
  const ids = o.people.cast.map((person) => person.id);
  const { scene, clock, present } = presenceAfter(lines, ids);
  const speaker = lines.at(-1)?.speaker;
  const trustOf = (id: string) => o.trusts[id] ?? o.rubric.trust.start;
  const moodOf = (person: CastPerson): Mood =>
    person.kind === 'buyer'
      ? (lines.at(-1)?.mood ?? o.buyerMood)
      : person.kind === 'sponsor'
        ? sponsorMoodFor(o.rubric, o.sponsorMeter)
        : moodFor(o.rubric, trustOf(person.id));
  return {
    scene,
    clock,
    video: isVideoScene(scene),
    members: o.people.cast.map((person) => ({
      ...person,
      phase: o.phases[person.id] ?? o.phases.buyer ?? 1,
      trust: trustOf(person.id),
      mood: moodOf(person),
      reaction:
        o.reaction && person.id === o.addressed && !(person.kind === 'buyer' && lines.at(-1)?.moodTagged)
          ? o.reaction
          : null,
    })),
    present,
    speaker: speaker !== undefined && ids.includes(speaker) ? speaker : null,
    addressed: o.addressed,
    buyerSeat: o.sellerSeat && isHeadSeat(o.sellerSeat) ? 'offered' : 'head',
  };
}

/** A member of the cast frame by id (undefined: nobody of that id in the meeting). */
export function castMember(cast: CastFrame, id: string): CastMember | undefined {
  return cast.members.find((member) => member.id === id);
}

/** The seat the seller last chose (a choice with `# seat:`), or null. */
function lastSeat(decisions: SessionSnapshot['decisions']): string | null {
  for (let i = decisions.length - 1; i >= 0; i--) {
    const d = decisions[i];
    const seat = d?.offered[d.chosen]?.seat;
    if (seat) return seat;
  }
  return null;
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
        to: choice.to,
        phase: choice.phase,
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
      people,
      buyerMood: snapshot.mood,
      sponsorMeter: snapshot.sponsor,
      phases: snapshot.phases,
      trusts: snapshot.trusts,
      addressed: last?.to ?? null,
      reaction: last ? reactionTo(last.effect, last.number) : null,
      sellerSeat: lastSeat(snapshot.decisions),
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
          to: last.to,
          phase: last.phase,
          fits: last.fits,
          timing: last.effect ? sign(last.effect.alignment) : null,
          view: last.effect ? sign(last.effect.attunement) : null,
          why: last.why ?? (last.move ? o.rubric.moves[last.move]?.why : undefined) ?? '',
        }
      : null,
  };
}
