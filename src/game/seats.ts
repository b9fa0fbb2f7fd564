// Chairs for `# seat:` choices: the desk / head chair is tall and imposing, the others plain. Labels come
// from the DOM layer with each seat.
import type * as Phaser from 'phaser';
import { isHeadSeat } from '../session/seat-kinds.ts';

export const isImposing = isHeadSeat;

export function drawChair(
  g: Phaser.GameObjects.Graphics,
  seat: string,
  hover: boolean,
  accent: number,
): void {
  g.clear();
  const tall = isImposing(seat);
  const body = tall ? 0x2c3a40 : 0xb07d55;
  const edge = tall ? 0x1b2428 : 0x8a5f3e;
  g.fillStyle(0x000000, 0.18).fillEllipse(0, 52, 190, 26);
  if (hover) g.fillStyle(accent, 0.28).fillEllipse(0, 10, 250, 230);
  const backTop = tall ? -190 : -120;
  g.fillStyle(edge).fillRect(-52, 10, 12, 46).fillRect(40, 10, 12, 46);
  g.fillStyle(body).fillRoundedRect(-70, backTop, 140, -backTop - 10, tall ? 26 : 14);
  g.fillStyle(0xffffff, 0.1).fillRoundedRect(-56, backTop + 14, 112, 20, 8);
  g.fillStyle(edge).fillRoundedRect(-86, -14, 172, 32, 10);
  g.fillStyle(body).fillRoundedRect(-80, -22, 160, 28, 10);
  if (hover) g.lineStyle(6, accent).strokeRoundedRect(-78, backTop - 8, 156, -backTop + 70, 18);
}

/** Where a chair stands: its centre on the floor, and its size (the head chair is further away). */
export interface SeatSpot {
  x: number;
  y: number;
  scale: number;
}

/**
 * The chairs that are choices: an imposing chair (head, desk, raised) stands at the head of the table, its
 * right-hand end; the others stand in the front row, where the seller would sit, spread across the middle.
 */
export function seatSpots(seats: readonly string[]): SeatSpot[] {
  const front = seats.filter((s) => !isImposing(s)).length;
  let f = 0;
  let h = 0;
  return seats.map((seat) => {
    if (isImposing(seat)) {
      const spot = { x: 1160 - h * 40, y: 760 + h * 30, scale: 0.8 };
      h++;
      return spot;
    }
    const spacing = Math.min(330, 760 / Math.max(front - 1, 1));
    const x = 540 + (f - (front - 1) / 2) * spacing;
    f++;
    return { x, y: 920, scale: 1 };
  });
}
