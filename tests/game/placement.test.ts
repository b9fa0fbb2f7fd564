// Where the stage draws people: everyone present, nobody else, placed by role, nothing below the table.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BUST,
  HIDDEN_BELOW,
  lowestPoint,
  MAX_CAST,
  mugSpot,
  placeAtTable,
  plateRect,
  POSTURES,
  videoTiles,
  type Placeable,
} from '../../src/game/placement.ts';
import { DESIGN_W, overlaps } from '../../src/game/room-layout.ts';

const CAST: Placeable[] = [
  { id: 'buyer', kind: 'buyer' },
  { id: 'sponsor', kind: 'sponsor' },
  { id: 'finance', kind: 'person' },
  { id: 'ops', kind: 'person' },
  { id: 'champion', kind: 'person' },
];

const presentSets = fc.subarray(CAST.map((m) => m.id));

describe('placing the cast around the table', () => {
  it('places exactly the people present, each once, and ignores ids nobody declared', () => {
    fc.assert(
      fc.property(presentSets, fc.boolean(), (present, offered) => {
        const spots = placeAtTable(CAST, [...present, 'stranger'], offered ? 'offered' : 'head');
        expect(spots.map((s) => s.id).sort()).toEqual([...present].sort());
        expect(new Set(spots.map((s) => s.x)).size).toBe(spots.length);
      }),
    );
  });

  it('puts the buyer at the head (the middle of the far side) and in front of the others', () => {
    for (let n = 1; n <= MAX_CAST; n++) {
      const present = CAST.slice(0, n).map((m) => m.id);
      const spots = placeAtTable(CAST, present);
      const buyer = spots.find((s) => s.id === 'buyer');
      const xs = spots.map((s) => s.x).sort((a, b) => a - b);
      expect(buyer?.x).toBe(xs[Math.floor(n / 2)]);
      expect(Math.max(...spots.map((s) => s.depth))).toBe(buyer?.depth);
    }
  });

  it('keeps the two-person room: sponsor on the left, buyer on the right', () => {
    const [buyer, sponsor] = placeAtTable(CAST, ['buyer', 'sponsor']);
    expect(buyer?.id).toBe('buyer');
    expect(sponsor?.x ?? 0).toBeLessThan(buyer?.x ?? 0);
  });

  it('seats the buyer beside the head, not at it, when the buyer sits on the offered seat', () => {
    const head = placeAtTable(CAST, ['buyer', 'sponsor', 'finance']);
    const offered = placeAtTable(CAST, ['buyer', 'sponsor', 'finance'], 'offered');
    expect(head.find((s) => s.id === 'buyer')?.x).toBe(DESIGN_W / 2);
    expect(offered.find((s) => s.id === 'buyer')?.x).not.toBe(DESIGN_W / 2);
  });

  it('never lets a shoulder show below the table edge, in any mood, with any number of people', () => {
    for (let n = 1; n <= MAX_CAST; n++) {
      for (const spot of placeAtTable(
        CAST,
        CAST.slice(0, n).map((m) => m.id),
      ))
        for (const posture of Object.values(POSTURES))
          expect(lowestPoint(spot, posture)).toBeLessThanOrEqual(HIDDEN_BELOW);
    }
  });

  it('gives neighbours plates that never touch, and keeps the mug off every plate', () => {
    fc.assert(
      fc.property(
        presentSets,
        fc.integer({ min: 60, max: 600 }),
        fc.double({ min: 1, max: 3 }),
        (present, width, scale) => {
          const spots = placeAtTable(CAST, present);
          const plates = spots.map((s) => plateRect(s, width, scale));
          for (let i = 0; i < plates.length; i++)
            for (let j = i + 1; j < plates.length; j++) {
              const a = plates[i];
              const b = plates[j];
              if (a && b) expect(overlaps(a, b)).toBe(false);
            }
          const mug = mugSpot(plates);
          if (mug) for (const plate of plates) expect(overlaps(mug, plate)).toBe(false);
        },
      ),
    );
  });

  it('keeps every bust inside the room and close enough to be seen', () => {
    for (let n = 1; n <= MAX_CAST; n++)
      for (const spot of placeAtTable(
        CAST,
        CAST.slice(0, n).map((m) => m.id),
      )) {
        expect(spot.x).toBeGreaterThan(0);
        expect(spot.x).toBeLessThan(DESIGN_W);
        expect(BUST * spot.scale).toBeGreaterThan(250);
      }
  });
});

describe('the video call grid', () => {
  it('gives each person present one tile, plus the seller’s own, and no two tiles overlap', () => {
    fc.assert(
      fc.property(presentSets, (present) => {
        const tiles = videoTiles(CAST, present);
        expect(
          tiles
            .filter((t) => t.id !== null)
            .map((t) => t.id)
            .sort(),
        ).toEqual([...present].sort());
        expect(tiles.filter((t) => t.id === null)).toHaveLength(1);
        for (let i = 0; i < tiles.length; i++)
          for (let j = i + 1; j < tiles.length; j++) {
            const a = tiles[i];
            const b = tiles[j];
            if (a && b) expect(overlaps(a, b)).toBe(false);
          }
      }),
    );
  });

  it('keeps each face tile big enough to read a face and a name bar', () => {
    const tiles = videoTiles(
      CAST,
      CAST.map((m) => m.id),
    ).filter((t) => t.id !== null);
    for (const t of tiles) {
      expect(t.w).toBeGreaterThanOrEqual(300);
      expect(t.h).toBeGreaterThanOrEqual(220);
    }
  });
});
