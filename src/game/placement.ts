// Where each person present is drawn: a pure function over the cast (no Phaser), so a Node test can prove
// that everyone present is placed, nobody else is, nothing of a seated person shows below the table, and no
// name plate or prop overlaps another. Around a table the buyer takes the head (the middle of the far side,
// facing the seller) or, when the seller took the head chair, the offered place beside it; the sponsor sits
// next to the buyer and the others fill the places outwards. A video call is a grid of tiles instead.
import { DESIGN_W, TABLE_FRONT, TABLE_TOP, type Rect } from './room-layout.ts';

export interface Placeable {
  id: string;
  kind: 'buyer' | 'sponsor' | 'person';
}

/** The bust: the avatar's square image at scale 1 in design pixels, its bottom edge on `base`. */
export const BUST = 470;
export const BUST_BASE = 684;
/** Name plates: design pixels at scale 1 (the scene scales them up where the screen is small). */
export const PLATE_H = 70;
export const PLATE_Y = 646;

export interface Spot {
  id: string;
  /** Centre of the bust's bottom edge. */
  x: number;
  base: number;
  /** The bust's size relative to BUST. */
  scale: number;
  /** Which way the centre of the room lies: lean and turn that way (0: already at the centre). */
  toward: -1 | 0 | 1;
  /** Drawing order among the cast: higher is in front. */
  depth: number;
  /** The widest the name plate may be, so plates never touch. */
  plateW: number;
}

export interface Tile extends Rect {
  /** A person's id, or null for the seller's own small tile. */
  id: string | null;
}

export type BuyerSeat = 'head' | 'offered';

/** The places along the far side of the table, left to right, for n people. */
const ROWS: Record<number, { xs: number[]; scale: number }> = {
  1: { xs: [600], scale: 1 },
  2: { xs: [340, 820], scale: 0.96 },
  3: { xs: [270, 600, 930], scale: 0.86 },
  4: { xs: [225, 475, 725, 975], scale: 0.74 },
  5: { xs: [170, 385, 600, 815, 1030], scale: 0.62 },
};

export const MAX_CAST = 5;

/** The present members in declaration order, unknown ids dropped, at most MAX_CAST. */
export function presentMembers<T extends Placeable>(members: readonly T[], present: readonly string[]): T[] {
  const here = new Set(present);
  return members.filter((m) => here.has(m.id)).slice(0, MAX_CAST);
}

/**
 * The order of places from the head outwards: the middle first, then alternately left and right. With the
 * buyer on the offered place the head stays empty for the seller and the buyer sits just beside it.
 */
function seatingOrder<T extends Placeable>(people: T[]): T[] {
  const rank = (m: T): number => (m.kind === 'buyer' ? 0 : m.kind === 'sponsor' ? 1 : 2);
  return [...people].sort((a, b) => rank(a) - rank(b));
}

export function placeAtTable(
  members: readonly Placeable[],
  present: readonly string[],
  buyerSeat: BuyerSeat = 'head',
): Spot[] {
  const people = seatingOrder(presentMembers(members, present));
  const n = people.length;
  if (n === 0) return [];
  const row = ROWS[n] ?? ROWS[MAX_CAST];
  if (!row) return [];
  const xs = row.xs;
  // Place indices from the middle outwards: for 5 → 2, 1, 3, 0, 4; for 2 → 1, 0 (the buyer on the right,
  // the sponsor on the left, as the two-person room always stood).
  const mid = Math.floor(n / 2);
  const order: number[] = [mid];
  for (let step = 1; order.length < n; step++) {
    if (mid - step >= 0) order.push(mid - step);
    if (mid + step < n && order.length < n) order.push(mid + step);
  }
  if (buyerSeat === 'offered' && n >= 2) [order[0], order[1]] = [order[1] ?? 0, order[0] ?? 0];
  const spacing = n > 1 ? (xs[1] ?? 0) - (xs[0] ?? 0) : 520;
  return people.map((m, i) => {
    const place = order[i] ?? 0;
    const x = xs[place] ?? DESIGN_W / 2;
    const toward = Math.abs(x - DESIGN_W / 2) < 1 ? 0 : x < DESIGN_W / 2 ? 1 : -1;
    return {
      id: m.id,
      x,
      base: BUST_BASE,
      scale: row.scale * (m.kind === 'buyer' ? 1 : 0.96),
      toward,
      depth: n - i,
      plateW: Math.min(520, spacing - 16),
    };
  });
}

/** Posture per mood: lean in when engaged, sit back and turn away as trust drops. */
export interface Posture {
  scale: number;
  angle: number;
  dy: number;
  dx: number;
}

export const POSTURES = {
  engaged: { scale: 1.04, angle: 2, dy: -8, dx: 0 },
  open: { scale: 1, angle: 0, dy: 0, dx: 0 },
  guarded: { scale: 0.97, angle: -3, dy: 4, dx: 12 },
  frustrated: { scale: 0.95, angle: -5, dy: 6, dx: 22 },
} as const satisfies Record<string, Posture>;

/**
 * The lowest point of a bust drawn at `spot` in `posture` (origin at the bottom centre, turned by the
 * posture's angle): a turned bust lowers one bottom corner by half its width times sin(angle).
 */
export function lowestPoint(spot: Pick<Spot, 'base' | 'scale'>, posture: Posture): number {
  const half = (BUST * spot.scale * posture.scale) / 2;
  return spot.base + posture.dy + half * Math.sin((Math.abs(posture.angle) * Math.PI) / 180);
}

/** The table's near edge hides everything below it; a bust must end above the table's front face. */
export const HIDDEN_BELOW = TABLE_FRONT;

/**
 * The name plate's rectangle for a spot: `width` is the plate's own width before the scene scales it up by
 * `plateScale`; the plate never grows past the spot's plateW (its texts are shortened instead).
 */
export function plateRect(spot: Spot, width: number, plateScale = 1): Rect {
  const w = Math.min(width * plateScale, spot.plateW);
  return { x: spot.x - w / 2, y: PLATE_Y, w, h: PLATE_H * plateScale };
}

/** The props on the table (a notebook, a mug): candidates tried in order; one that touches a plate waits. */
const PROP_SPOTS: readonly Rect[] = [
  { x: 1050, y: TABLE_TOP + 2, w: 44, h: 44 },
  { x: 110, y: TABLE_TOP + 2, w: 44, h: 44 },
];

export function mugSpot(plates: readonly Rect[]): Rect | null {
  const clear = (r: Rect): boolean =>
    plates.every((p) => !(r.x < p.x + p.w && p.x < r.x + r.w && r.y < p.y + p.h && p.y < r.y + r.h));
  return PROP_SPOTS.find(clear) ?? null;
}

/** The video call's grid: one tile per person present and a small one for the seller, in the design area. */
export function videoTiles(members: readonly Placeable[], present: readonly string[]): Tile[] {
  const people = presentMembers(members, present);
  const n = people.length;
  const area = { x: 40, y: 215, w: DESIGN_W - 80, h: 760 };
  if (n === 0) return [{ id: null, x: area.x + area.w / 2 - 200, y: area.y + 200, w: 400, h: 300 }];
  const cols = n <= 1 ? 1 : n <= 4 ? 2 : 3;
  const rows = Math.ceil(n / cols);
  const gap = 20;
  const tw = Math.min((area.w - gap * (cols - 1)) / cols, ((area.h - gap * (rows - 1)) / rows) * (4 / 3));
  const th = tw * 0.75;
  const gridW = cols * tw + (cols - 1) * gap;
  const gridH = rows * th + (rows - 1) * gap;
  const x0 = area.x + (area.w - gridW) / 2;
  const y0 = area.y + (area.h - gridH) / 2;
  const tiles: Tile[] = people.map((m, i) => {
    const row = Math.floor(i / cols);
    const inRow = Math.min(cols, n - row * cols);
    const rowX = x0 + ((cols - inRow) * (tw + gap)) / 2;
    return { id: m.id, x: rowX + (i % cols) * (tw + gap), y: y0 + row * (th + gap), w: tw, h: th };
  });
  // The seller's own picture: small, in the top right corner above the grid, over nobody's face.
  const self = { w: 200, h: 150 };
  tiles.push({ id: null, x: DESIGN_W - 20 - self.w, y: 20, w: self.w, h: self.h });
  return tiles;
}
