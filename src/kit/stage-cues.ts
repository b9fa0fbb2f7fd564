// The one function that drives the stage from one meeting frame to the next, for the trainee's meeting, the
// opening preview and the projector alike: it changes only what differs between the two frames.
import type { StageMember, StageView } from '../game/stage-types.ts';
import type { CastFrame, CastLooks, FramePeople, SeatFrame } from '../session/index.ts';
import { seatLabel } from './labels.ts';

/** What a presenter draws on the stage: the cast, and the chairs that are choices (none on the projector). */
export interface StageFrame {
  cast: CastFrame;
  seats: readonly SeatFrame[];
}

/** The name plate's role: "Buyer" and "Sponsor" for those two, else the person's own role from the story. */
function plateRole(kind: StageMember['kind'], role: string): string {
  if (kind === 'buyer') return 'Buyer';
  if (kind === 'sponsor') return 'Sponsor';
  return role;
}

/** A new meeting on the stage: the whole cast drawn as their looks say, nobody in the room yet. */
export function resetStage(stage: StageView, people: FramePeople, looks: CastLooks): void {
  stage.reset(
    people.cast.map((person) => ({
      id: person.id,
      name: person.name,
      role: plateRole(person.kind, person.role),
      kind: person.kind,
      look: looks[person.id] ?? 'any',
    })),
  );
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
  const was = from?.cast;
  const now = to.cast;
  if (!was || was.scene !== now.scene || was.video !== now.video) stage.setScene(now.scene, now.video);
  if (!was || was.clock !== now.clock) stage.setClock(now.clock);
  if (!was || !sameList(was.present, now.present) || was.buyerSeat !== now.buyerSeat)
    stage.setPresent(now.present, now.buyerSeat);
  for (const member of now.members) {
    const before = was?.members.find((m) => m.id === member.id);
    if (
      !before ||
      before.mood !== member.mood ||
      before.reaction?.decision !== member.reaction?.decision ||
      before.reaction?.expression !== member.reaction?.expression
    )
      stage.setFace(member.id, member.mood, member.reaction);
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
