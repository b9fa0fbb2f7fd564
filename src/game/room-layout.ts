// Where things stand in each room, as plain data (no Phaser): the room a `# scene:` name asks for, the wall
// fixtures each room draws, and the free spot on the wall where the meeting clock hangs. rooms.ts draws
// from these rectangles, so a test can prove the clock never covers a screen, a window or a lift.
export const DESIGN_W = 1200;
export const DESIGN_H = 1000;
/** The far edge of the table (the wall meets the floor just above it). */
export const TABLE_TOP = 640;
/** The near edge of the table: nothing of a seated person may show below it. */
export const TABLE_FRONT = 722;

export type RoomKind =
  | 'office'
  | 'corridor'
  | 'lobby'
  | 'cafe'
  | 'boardroom'
  | 'round-table'
  | 'sofa'
  | 'whiteboard'
  | 'hospital'
  | 'video';

export const ROOM_KINDS: readonly RoomKind[] = [
  'office',
  'corridor',
  'lobby',
  'cafe',
  'boardroom',
  'round-table',
  'sofa',
  'whiteboard',
  'hospital',
  'video',
];

/**
 * The room for a scene name. A name starting `video` is a video call (the cast contract); the others are
 * read by the words authors use: `round-table`, `sofa`, `whiteboard`, `hospital-office`, `boardroom`,
 * `cafe`, `lift-lobby`, `corridor`; anything else is an office.
 */
export function roomKind(scene: string | null): RoomKind {
  const name = (scene ?? '').toLowerCase();
  if (/^video|zoom|teams-call|video-call/.test(name)) return 'video';
  if (/round/.test(name)) return 'round-table';
  if (/sofa|couch|lounge|armchair/.test(name)) return 'sofa';
  if (/whiteboard|glass|war-room|huddle/.test(name)) return 'whiteboard';
  if (/hospital|clinic|ward|surgery|medical/.test(name)) return 'hospital';
  if (/board|conference|meeting-room|committee/.test(name)) return 'boardroom';
  if (/caf|coffee|bar|restaurant|lunch|bistro|canteen/.test(name)) return 'cafe';
  if (/lobby|reception|lift|elevator|foyer|atrium/.test(name)) return 'lobby';
  if (/corridor|hall|stair|landing|outside|street|door/.test(name)) return 'corridor';
  return 'office';
}

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface WallFixture extends Rect {
  what:
    | 'window'
    | 'screen'
    | 'shelf'
    | 'art'
    | 'lift'
    | 'lift-indicator'
    | 'whiteboard'
    | 'menu'
    | 'lamp'
    | 'door'
    | 'lightbox'
    | 'sign';
}

/** The fixtures each room hangs on its wall (design coordinates). */
export function wallFixtures(kind: RoomKind): WallFixture[] {
  switch (kind) {
    case 'office':
      return [
        { what: 'window', x: 56, y: 76, w: 408, h: 372 },
        { what: 'shelf', x: 930, y: 250, w: 200, h: 200 },
      ];
    case 'round-table':
      return [
        { what: 'window', x: 356, y: 76, w: 488, h: 372 },
        { what: 'art', x: 62, y: 122, w: 196, h: 156 },
      ];
    case 'sofa':
      return [
        { what: 'art', x: 392, y: 92, w: 416, h: 196 },
        { what: 'lamp', x: 1000, y: 120, w: 120, h: 520 },
      ];
    case 'whiteboard':
      return [
        { what: 'whiteboard', x: 300, y: 70, w: 600, h: 330 },
        { what: 'window', x: -40, y: 40, w: 250, h: 420 },
      ];
    case 'hospital':
      return [
        { what: 'lightbox', x: 70, y: 100, w: 300, h: 220 },
        { what: 'sign', x: 460, y: 90, w: 280, h: 70 },
        { what: 'shelf', x: 930, y: 250, w: 200, h: 200 },
      ];
    case 'boardroom':
      return [
        { what: 'screen', x: 400, y: 70, w: 400, h: 250 },
        { what: 'window', x: -43, y: 37, w: 246, h: 426 },
        { what: 'window', x: 997, y: 37, w: 246, h: 426 },
      ];
    case 'cafe':
      return [
        { what: 'window', x: 46, y: 66, w: 328, h: 328 },
        { what: 'menu', x: 880, y: 80, w: 240, h: 150 },
        { what: 'lamp', x: 430, y: -400, w: 100, h: 712 },
        { what: 'lamp', x: 750, y: -400, w: 100, h: 712 },
      ];
    case 'lobby':
      return [
        { what: 'art', x: 70, y: 240, w: 236, h: 170 },
        { what: 'lift', x: 420, y: 120, w: 260, h: 520 },
        { what: 'lift', x: 750, y: 120, w: 260, h: 520 },
        { what: 'lift-indicator', x: 515, y: 84, w: 50, h: 26 },
        { what: 'lift-indicator', x: 845, y: 84, w: 50, h: 26 },
      ];
    case 'corridor':
      return [
        { what: 'door', x: 108, y: 210, w: 224, h: 430 },
        { what: 'door', x: 868, y: 210, w: 224, h: 430 },
        { what: 'art', x: 470, y: 230, w: 260, h: 150 },
      ];
    case 'video':
      return [];
  }
}

/** The clock's face: a circle of this radius (with its rim), its "30 min left" label centred below it. */
export const CLOCK_R = 60;
export const CLOCK_LABEL_W = 180;
export const CLOCK_LABEL_H = 44;

/**
 * Where the clock hangs: its centre, on free wall high enough to clear every head (a video call: the top
 * left corner, above the grid).
 */
export function clockSpot(kind: RoomKind): { x: number; y: number } {
  switch (kind) {
    case 'office':
      return { x: 600, y: 100 };
    case 'round-table':
      return { x: 1000, y: 100 };
    case 'sofa':
      return { x: 200, y: 100 };
    case 'whiteboard':
      return { x: 1010, y: 100 };
    case 'hospital':
      return { x: 835, y: 100 };
    case 'boardroom':
      return { x: 301, y: 100 };
    case 'cafe':
      return { x: 640, y: 100 };
    case 'lobby':
      return { x: 190, y: 100 };
    case 'corridor':
      return { x: 600, y: 100 };
    case 'video':
      return { x: 100, y: 90 };
  }
}

/** The rectangle the clock and its label cover. */
export function clockRect(kind: RoomKind): Rect {
  const { x, y } = clockSpot(kind);
  return { x: x - CLOCK_LABEL_W / 2, y: y - CLOCK_R, w: CLOCK_LABEL_W, h: CLOCK_R * 2 + 4 + CLOCK_LABEL_H };
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}
