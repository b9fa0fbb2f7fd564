// The one function that drives the stage from one meeting frame to the next, for the trainee's meeting, the
// opening preview and the projector alike: it changes only what differs between the two frames.
import type { CastMember, StageView } from '../game/stage-types.ts';
import {
  castMember,
  type CastFrame,
  type CastLooks,
  type FramePeople,
  type SeatFrame,
} from '../session/index.ts';
import { seatLabel } from './labels.ts';

/** What a presenter draws on the stage: the cast, and the chairs that are choices (none on the projector). */
export interface StageFrame {
  cast: CastFrame;
  seats: readonly SeatFrame[];
}

/** A new meeting on the stage: the cast drawn as their looks say, nobody in the room yet. */
export function resetStage(stage: StageView, people: FramePeople, looks: CastLooks): void {
  const member = (name: string, role: string, look: CastLooks['buyer']): CastMember => ({ name, role, look });
  stage.reset({
    buyer: member(people.buyer.name, 'Buyer', looks.buyer),
    ...(people.sponsor ? { sponsor: member(people.sponsor.name, 'Sponsor', looks.sponsor) } : {}),
  });
  stage.setScene(null);
}

/** The speaker the stage can show: the buyer or the sponsor, else nobody. */
const stageSpeaker = (cast: CastFrame): 'buyer' | 'sponsor' | null =>
  cast.speaker === 'buyer' || cast.speaker === 'sponsor' ? cast.speaker : null;

const sameSeats = (a: readonly SeatFrame[], b: readonly SeatFrame[]): boolean =>
  a.length === b.length && a.every((seat, i) => seat.index === b[i]?.index && seat.seat === b[i]?.seat);

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
  if (!was || was.scene !== now.scene) stage.setScene(now.scene);
  if (!was || was.clock !== now.clock) stage.setClock(now.clock);
  for (const actor of ['buyer', 'sponsor'] as const) {
    const here = now.present.includes(actor);
    if (!was || was.present.includes(actor) !== here) stage.setPresent(actor, here);
    const mood = castMember(now, actor)?.mood;
    if (mood && (!was || castMember(was, actor)?.mood !== mood)) stage.setMood(actor, mood);
  }
  const speaker = stageSpeaker(now);
  if (!was || stageSpeaker(was) !== speaker) stage.setSpeaker(speaker);
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
