// Rooms match the story's scene names, and the clock hangs on free wall in every room.
import { describe, expect, it } from 'vitest';
import { BUST, BUST_BASE, POSTURES } from '../../src/game/placement.ts';
import { clockRect, overlaps, roomKind, ROOM_KINDS, wallFixtures } from '../../src/game/room-layout.ts';
import { seatSpots } from '../../src/game/seats.ts';

describe('the room a scene name asks for', () => {
  it('reads the names the stories use', () => {
    expect(roomKind('office-round-table')).toBe('round-table');
    expect(roomKind('office-sofa')).toBe('sofa');
    expect(roomKind('glass-room-whiteboard')).toBe('whiteboard');
    expect(roomKind('hospital-office')).toBe('hospital');
    expect(roomKind('boardroom')).toBe('boardroom');
    expect(roomKind('cafe')).toBe('cafe');
    expect(roomKind('lift-lobby')).toBe('lobby');
    expect(roomKind('corridor')).toBe('corridor');
    expect(roomKind('stairwell')).toBe('corridor');
    expect(roomKind('office')).toBe('office');
    expect(roomKind(null)).toBe('office');
  });

  it('makes any scene starting "video" a video call', () => {
    expect(roomKind('video-call')).toBe('video');
    expect(roomKind('video')).toBe('video');
    expect(roomKind('Video committee')).toBe('video');
  });
});

describe('the meeting clock', () => {
  // The highest a head reaches: an engaged lean-in at full size (the picture has 10% air above the hair).
  const headTop = BUST_BASE + POSTURES.engaged.dy - BUST * POSTURES.engaged.scale * 0.9;

  it('never covers a wall screen, a window, a lift or its indicator, in any room', () => {
    for (const kind of ROOM_KINDS)
      for (const fixture of wallFixtures(kind))
        expect(overlaps(clockRect(kind), fixture), `${kind}: clock over the ${fixture.what}`).toBe(false);
  });

  it('hangs above every head', () => {
    for (const kind of ROOM_KINDS) {
      const r = clockRect(kind);
      expect(r.y + r.h, kind).toBeLessThanOrEqual(headTop);
      expect(r.y, kind).toBeGreaterThanOrEqual(20);
    }
  });
});

describe('chairs that are choices', () => {
  it('puts the head chair at the head of the table, away from the front row', () => {
    const [head, offered, raised] = seatSpots(['head', 'offered', 'raised']);
    expect(head?.x ?? 0).toBeGreaterThan(1050);
    expect(head?.y ?? 0).toBeLessThan(offered?.y ?? 0);
    expect(offered?.y).toBe(920);
    expect(raised?.x).not.toBe(head?.x);
  });
});
