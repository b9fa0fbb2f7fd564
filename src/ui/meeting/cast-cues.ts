// Presentation mappings from session data to stage cues (no scoring here: the session derives the buyer's
// mood; the sponsor's face simply reads the sponsor meter the session reports).
import type { Mood } from '../../sim/index.ts';
import type { SessionLine } from '../../session/index.ts';

export function sponsorMood(meter: number): Mood {
  if (meter >= 4) return 'engaged';
  if (meter >= 3) return 'open';
  if (meter >= 2) return 'guarded';
  return 'frustrated';
}

export interface CastState {
  scene: string | null;
  clock: number | null;
  buyer: boolean;
  sponsor: boolean;
}

/** Who is in the room: a new scene empties it; people appear when they speak (the buyer also at a decision). */
export function nextCastState(state: CastState, line: SessionLine): CastState {
  const next = { ...state };
  if (line.scene !== undefined && line.scene !== state.scene) {
    next.scene = line.scene;
    next.buyer = false;
    next.sponsor = false;
  }
  if (line.clock !== undefined) next.clock = line.clock;
  if (line.speaker === 'buyer') next.buyer = true;
  if (line.speaker === 'sponsor') next.sponsor = true;
  return next;
}

export function castStateOf(lines: readonly SessionLine[]): CastState {
  return lines.reduce(nextCastState, { scene: null, clock: null, buyer: false, sponsor: false });
}
