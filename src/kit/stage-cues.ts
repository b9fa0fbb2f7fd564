// The one function that drives the stage from one meeting frame to the next, for the trainee's meeting, the
// opening preview and the projector alike: it changes only what differs between the two frames.
import type { StageMember, StageView } from '../game/stage-types.ts';
import type { CastFrame, CastLooks, FaceReaction, FramePeople, Mood, SeatFrame } from '../session/index.ts';
import { seatLabel } from './labels.ts';

/** What a presenter draws on the stage: the cast, and the chairs that are choices (none on the projector). */
export interface StageFrame {
  cast: CastFrame;
  seats: readonly SeatFrame[];
}

/** The stage's view of a cast frame: the room, who is in it, and each person's face. */
interface StageCast {
  scene: string | null;
  clock: number | null;
  video: boolean;
  faces: { id: string; mood: Mood; reaction: FaceReaction | null }[];
  present: readonly string[];
  speaker: string | null;
}

function stageCast(cast: CastFrame): StageCast {
  const ids = ['buyer', 'sponsor'] as const;
  return {
    scene: cast.scene,
    clock: cast.clock,
    video: /^video/i.test(cast.scene ?? ''),
    faces: ids.map((id) => ({ id, mood: cast.moods[id], reaction: null })),
    present: ids.filter((id) => cast.present[id]),
    speaker: cast.speaker,
  };
}

/** A new meeting on the stage: the cast drawn as their looks say, nobody in the room yet. */
export function resetStage(stage: StageView, people: FramePeople, looks: CastLooks): void {
  const members: StageMember[] = [
    { id: 'buyer', name: people.buyer.name, role: 'Buyer', kind: 'buyer', look: looks.buyer ?? 'any' },
  ];
  if (people.sponsor)
    members.push({
      id: 'sponsor',
      name: people.sponsor.name,
      role: 'Sponsor',
      kind: 'sponsor',
      look: looks.sponsor ?? 'any',
    });
  stage.reset(members);
  stage.setScene(null, false);
}

const sameSeats = (a: readonly SeatFrame[], b: readonly SeatFrame[]): boolean =>
  a.length === b.length && a.every((seat, i) => seat.index === b[i]?.index && seat.seat === b[i]?.seat);

const sameList = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((id, i) => id === b[i]);

/**
 * Moves the stage from `from` (what it shows now; null when nothing has been cued since a reset) to `to`.
 * `onSeat` is called with the choice index when a chair on stage is clicked.
 */
export function driveStage(
  stage: StageView,
  from: StageFrame | null,
  to: StageFrame,
  onSeat: (index: number) => void = () => undefined,
): void {
  const was = from ? stageCast(from.cast) : null;
  const now = stageCast(to.cast);
  if (!was || was.scene !== now.scene || was.video !== now.video) stage.setScene(now.scene, now.video);
  if (!was || was.clock !== now.clock) stage.setClock(now.clock);
  if (!was || !sameList(was.present, now.present)) stage.setPresent(now.present);
  for (const face of now.faces) {
    const before = was?.faces.find((f) => f.id === face.id);
    if (!before || before.mood !== face.mood || before.reaction?.decision !== face.reaction?.decision)
      stage.setFace(face.id, face.mood, face.reaction);
  }
  if (!was || was.speaker !== now.speaker) stage.setSpeaker(now.speaker);
  if (from && sameSeats(from.seats, to.seats)) return;
  if (to.seats.length === 0) stage.clearSeats();
  else
    stage.showSeats(
      to.seats.map((seat) => ({
        index: seat.index,
        seat: seat.seat,
        key: seat.key,
        label: seatLabel(seat.seat),
      })),
      onSeat,
    );
}
