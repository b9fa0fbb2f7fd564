// Rooms per `# scene:` name, drawn as flat vector shapes (crisp at any resolution). The design space is
// 1200×1000; walls and floors extend far beyond it so other aspect ratios never show an edge. Wall fixtures
// stand where room-layout.ts says; the furniture in front of the cast (desk, round table, coffee table,
// counter, banister) is drawn by drawFurniture on a layer above the people.
import type * as Phaser from 'phaser';
import { TABLE_FRONT, TABLE_TOP, wallFixtures, type RoomKind, type WallFixture } from './room-layout.ts';

export { DESIGN_H, DESIGN_W, TABLE_TOP, roomKind, type RoomKind } from './room-layout.ts';

interface Palette {
  wall: number;
  wallLow: number;
  trim: number;
  floor: number;
  floorLine: number;
  table: number;
  tableEdge: number;
  accent: number;
}

const PALETTES: Record<RoomKind, Palette> = {
  office: {
    wall: 0xe9e3d8,
    wallLow: 0xdcd3c4,
    trim: 0xf6f2ea,
    floor: 0xb49c7f,
    floorLine: 0xa38b6f,
    table: 0x8c6b4f,
    tableEdge: 0x6c523d,
    accent: 0x2f6f68,
  },
  'round-table': {
    wall: 0xe7e4dc,
    wallLow: 0xd6d0c3,
    trim: 0xf6f3ec,
    floor: 0xa98f72,
    floorLine: 0x99805f,
    table: 0xc9a77e,
    tableEdge: 0x9c7c58,
    accent: 0x2f6f68,
  },
  sofa: {
    wall: 0xe8dfd2,
    wallLow: 0xd9ccb9,
    trim: 0xf5efe6,
    floor: 0x9b8068,
    floorLine: 0x8c725b,
    table: 0x7a5a43,
    tableEdge: 0x5c4332,
    accent: 0x8a4f5a,
  },
  whiteboard: {
    wall: 0xe4eaee,
    wallLow: 0xd5dde3,
    trim: 0xf4f7f9,
    floor: 0x8c959c,
    floorLine: 0x7f8890,
    table: 0xdfe7ea,
    tableEdge: 0xaab8bf,
    accent: 0x2a6478,
  },
  hospital: {
    wall: 0xe3eeec,
    wallLow: 0xcfe1de,
    trim: 0xf3f8f7,
    floor: 0xbfc9c4,
    floorLine: 0xafbab4,
    table: 0xb8c4c0,
    tableEdge: 0x8e9c97,
    accent: 0x2d6f8a,
  },
  cafe: {
    wall: 0xf1dcc3,
    wallLow: 0xb86f4b,
    trim: 0xf8ebdc,
    floor: 0x6d5446,
    floorLine: 0x5e473b,
    table: 0xd8c3a5,
    tableEdge: 0xa88e6d,
    accent: 0xa85a26,
  },
  boardroom: {
    wall: 0xdfe5ea,
    wallLow: 0xcfd7de,
    trim: 0xf3f6f8,
    floor: 0x7e8790,
    floorLine: 0x727a83,
    table: 0x3f4a52,
    tableEdge: 0x2c353b,
    accent: 0x1d6f66,
  },
  lobby: {
    wall: 0xe6ece8,
    wallLow: 0xc9d6cf,
    trim: 0xf4f7f5,
    floor: 0xcfc7bb,
    floorLine: 0xbfb6a9,
    table: 0xa7b4ad,
    tableEdge: 0x86938c,
    accent: 0x2f6d61,
  },
  corridor: {
    wall: 0xebe6dc,
    wallLow: 0xd8cfbf,
    trim: 0xf7f3eb,
    floor: 0xa8977f,
    floorLine: 0x98866e,
    table: 0x8a6d52,
    tableEdge: 0x6c523d,
    accent: 0x2f6f68,
  },
  video: {
    wall: 0x1f262b,
    wallLow: 0x1f262b,
    trim: 0x1f262b,
    floor: 0x1f262b,
    floorLine: 0x1f262b,
    table: 0x2c353b,
    tableEdge: 0x2c353b,
    accent: 0x2f7f74,
  },
};

export function roomPalette(kind: RoomKind): Palette {
  return PALETTES[kind];
}

type G = Phaser.GameObjects.Graphics;

function windowWithCity(g: G, f: WallFixture): void {
  const x = f.x + 14;
  const y = f.y + 14;
  const w = f.w - 28;
  const hgt = f.h - 42;
  g.fillStyle(0xf7f5f0).fillRoundedRect(f.x, f.y, f.w, f.h - 14, 6);
  g.fillStyle(0xcfe2e8).fillRect(x, y, w, hgt);
  g.fillStyle(0xe2eef1).fillRect(x, y + hgt * 0.45, w, hgt * 0.55);
  const blocks = [
    [0.02, 0.55, 0.12],
    [0.15, 0.38, 0.1],
    [0.27, 0.62, 0.14],
    [0.43, 0.3, 0.09],
    [0.54, 0.5, 0.13],
    [0.69, 0.42, 0.1],
    [0.81, 0.58, 0.17],
  ] as const;
  g.fillStyle(0xa9c4cc);
  for (const [bx, by, bw] of blocks) g.fillRect(x + bx * w, y + by * hgt, bw * w, hgt * (1 - by));
  g.fillStyle(0x94b2bb);
  for (const [bx, by, bw] of blocks)
    g.fillRect(x + (bx + bw * 0.65) * w, y + by * hgt, bw * 0.35 * w, hgt * (1 - by));
  g.fillStyle(0xf7f5f0)
    .fillRect(x + w / 2 - 5, y, 10, hgt)
    .fillRect(x, y + hgt / 2 - 5, w, 10);
  g.fillStyle(0xe3ddd1).fillRect(f.x - 10, f.y + f.h - 14, f.w + 20, 14);
}

function plant(g: G, x: number, base: number, scale = 1): void {
  const leaves = [
    [-38, -150, 34, 80, 0x4f8a6b],
    [30, -160, 30, 90, 0x5f9a79],
    [-8, -200, 28, 96, 0x6aa583],
    [-60, -105, 30, 60, 0x5f9a79],
    [52, -110, 28, 62, 0x4f8a6b],
  ] as const;
  for (const [dx, dy, rx, ry, c] of leaves)
    g.fillStyle(c).fillEllipse(x + dx * scale, base + dy * scale, rx * 2 * scale, ry * 2 * scale);
  g.fillStyle(0xc98b5e).fillRoundedRect(
    x - 44 * scale,
    base - 70 * scale,
    88 * scale,
    70 * scale,
    10 * scale,
  );
  g.fillStyle(0xb57a50).fillRect(x - 44 * scale, base - 70 * scale, 88 * scale, 12 * scale);
}

function shelf(g: G, f: WallFixture, p: Palette): void {
  const x = f.x;
  const y = f.y + 80;
  g.fillStyle(0xcbbba3)
    .fillRect(x, y, f.w, 10)
    .fillRect(x, y + 110, f.w, 10);
  const books = [0x2f6f68, 0xc8733a, 0x8fa7df, 0xd9c18d, 0x5b6770, 0xb9757b, 0x6b8f71];
  let bx = x + 8;
  books.forEach((c, i) => {
    const bw = 16 + (i % 3) * 5;
    const bh = 70 + (i % 4) * 8;
    g.fillStyle(c).fillRect(bx, y - bh, bw, bh);
    bx += bw + 3;
  });
  g.fillStyle(p.accent).fillCircle(x + 160, y + 84, 22);
  g.fillStyle(0xf7f5f0).fillRect(x + 20, y + 58, 60, 52);
}

function framedArt(g: G, f: WallFixture, p: Palette): void {
  const { x, y, w, h } = { x: f.x + 8, y: f.y + 8, w: f.w - 16, h: f.h - 16 };
  g.fillStyle(0x2c3a40).fillRect(f.x, f.y, f.w, f.h);
  g.fillStyle(0xf7f3ea).fillRect(x, y, w, h);
  g.fillStyle(p.accent, 0.85).fillCircle(x + w * 0.35, y + h * 0.45, h * 0.22);
  g.fillStyle(0xc8733a, 0.8).fillRect(x + w * 0.5, y + h * 0.3, w * 0.3, h * 0.45);
}

function wallScreen(g: G, f: WallFixture): void {
  g.fillStyle(0x2c353b).fillRoundedRect(f.x, f.y, f.w, f.h, 10);
  g.fillStyle(0x3d6f7a).fillRect(f.x + 16, f.y + 16, f.w - 32, f.h - 32);
  g.fillStyle(0xffffff, 0.85)
    .fillRect(f.x + 50, f.y + 50, 160, 14)
    .fillRect(f.x + 50, f.y + 80, 240, 10)
    .fillRect(f.x + 50, f.y + 102, 200, 10);
  g.fillStyle(0x8fd3c7).fillRect(f.x + 260, f.y + 140, 30, 70);
  g.fillStyle(0xf2b880).fillRect(f.x + 310, f.y + 110, 30, 100);
  g.fillStyle(0xffffff).fillRect(f.x + 360, f.y + 80, 30, 130);
}

function whiteboard(g: G, f: WallFixture, p: Palette): void {
  g.fillStyle(0xb9c3c8).fillRoundedRect(f.x - 8, f.y - 8, f.w + 16, f.h + 16, 6);
  g.fillStyle(0xfdfdfb).fillRect(f.x, f.y, f.w, f.h);
  g.fillStyle(0x9aa6ab).fillRect(f.x + 40, f.y + f.h + 6, f.w - 80, 10);
  g.lineStyle(5, p.accent, 0.9);
  const boxes = [
    [60, 60, 130, 70],
    [260, 40, 140, 70],
    [440, 110, 120, 70],
    [200, 200, 150, 70],
  ] as const;
  for (const [bx, by, bw, bh] of boxes) g.strokeRoundedRect(f.x + bx, f.y + by, bw, bh, 10);
  g.lineStyle(5, 0xc0533a, 0.85);
  g.lineBetween(f.x + 190, f.y + 95, f.x + 260, f.y + 75);
  g.lineBetween(f.x + 400, f.y + 75, f.x + 440, f.y + 145);
  g.lineBetween(f.x + 325, f.y + 110, f.x + 285, f.y + 200);
  g.lineBetween(f.x + 350, f.y + 235, f.x + 500, f.y + 180);
  g.fillStyle(0x2c3a40).fillRect(f.x + 480, f.y + 268, 60, 12);
}

function lightbox(g: G, f: WallFixture): void {
  g.fillStyle(0x5b6770).fillRoundedRect(f.x, f.y, f.w, f.h, 8);
  g.fillStyle(0xeef6f8).fillRect(f.x + 12, f.y + 12, f.w - 24, f.h - 24);
  g.fillStyle(0xb7c9d0);
  for (let i = 0; i < 3; i++) g.fillRoundedRect(f.x + 24 + i * 90, f.y + 26, 76, f.h - 52, 6);
  g.fillStyle(0xffffff, 0.7);
  for (let i = 0; i < 3; i++) g.fillEllipse(f.x + 62 + i * 90, f.y + f.h / 2, 40, 90);
}

function sign(g: G, f: WallFixture, p: Palette): void {
  g.fillStyle(p.accent).fillRoundedRect(f.x, f.y, f.w, f.h, 10);
  g.fillStyle(0xffffff)
    .fillRect(f.x + 24, f.y + 22, 26, 26)
    .fillRect(f.x + 30, f.y + 16, 14, 38);
  g.fillStyle(p.accent).fillRect(f.x + 34, f.y + 22, 6, 26);
  g.fillStyle(0xffffff, 0.9)
    .fillRect(f.x + 70, f.y + 24, 170, 8)
    .fillRect(f.x + 70, f.y + 40, 120, 8);
}

function lift(g: G, f: WallFixture): void {
  g.fillStyle(0xb8c2c0).fillRect(f.x, f.y, f.w, f.h);
  const door = (f.w - 22) / 2;
  g.fillStyle(0xd5dcdb)
    .fillRect(f.x + 10, f.y + 10, door, f.h - 10)
    .fillRect(f.x + 12 + door, f.y + 10, door, f.h - 10);
  g.fillStyle(0xffffff, 0.35)
    .fillRect(f.x + 18, f.y + 20, 10, f.h - 30)
    .fillRect(f.x + 20 + door, f.y + 20, 10, f.h - 30);
}

function liftIndicator(g: G, f: WallFixture): void {
  g.fillStyle(0x2c3a40).fillRoundedRect(f.x, f.y, f.w, f.h, 6);
  g.fillStyle(0xf2b880).fillTriangle(f.x + 15, f.y + 19, f.x + 35, f.y + 19, f.x + 25, f.y + 6);
}

function door(g: G, f: WallFixture, p: Palette): void {
  const x = f.x + 12;
  const y = f.y + 12;
  const w = f.w - 24;
  const h = f.h - 12;
  g.fillStyle(p.trim).fillRect(f.x, f.y, f.w, f.h);
  g.fillStyle(0x9c7c58).fillRect(x, y, w, h);
  g.fillStyle(0x8a6b4b)
    .fillRect(x + 20, y + 24, w - 40, h * 0.36)
    .fillRect(x + 20, y + h * 0.48, w - 40, h * 0.44);
  g.fillStyle(0xd9c18d).fillCircle(x + w - 26, y + h * 0.52, 9);
}

function menuBoard(g: G, f: WallFixture): void {
  g.fillStyle(0x3a2a22).fillRect(f.x, f.y, f.w, f.h);
  g.fillStyle(0xf1dcc3)
    .fillRect(f.x + 20, f.y + 20, 90, 8)
    .fillRect(f.x + 20, f.y + 44, 140, 8)
    .fillRect(f.x + 20, f.y + 68, 110, 8)
    .fillRect(f.x + 20, f.y + 92, 130, 8);
}

/** A lamp hanging on its cord: the fixture's rectangle runs from the ceiling to the shade's rim. */
function pendantLamp(g: G, f: WallFixture): void {
  const x = f.x + f.w / 2;
  const top = f.y + f.h - 72;
  g.lineStyle(4, 0x3a2a22).lineBetween(x, f.y, x, top + 10);
  g.fillStyle(0x2f3b40).fillTriangle(x - 50, top + 60, x + 50, top + 60, x, top);
  g.fillStyle(0xffe3a8).fillEllipse(x, top + 64, 60, 16);
}

function floorLamp(g: G, f: WallFixture): void {
  const x = f.x + f.w / 2;
  g.fillStyle(0x3a3f44)
    .fillRect(x - 4, f.y + 70, 8, f.h - 80)
    .fillEllipse(x, f.y + f.h - 6, 80, 16);
  g.fillStyle(0xf3e2bf)
    .fillTriangle(x - 60, f.y + 90, x + 60, f.y + 90, x + 40, f.y)
    .fillTriangle(x - 60, f.y + 90, x - 40, f.y, x + 40, f.y);
}

function fixture(g: G, f: WallFixture, p: Palette): void {
  switch (f.what) {
    case 'window':
      return windowWithCity(g, f);
    case 'shelf':
      return shelf(g, f, p);
    case 'art':
      return framedArt(g, f, p);
    case 'screen':
      return wallScreen(g, f);
    case 'whiteboard':
      return whiteboard(g, f, p);
    case 'lightbox':
      return lightbox(g, f);
    case 'sign':
      return sign(g, f, p);
    case 'lift':
      return lift(g, f);
    case 'lift-indicator':
      return liftIndicator(g, f);
    case 'door':
      return door(g, f, p);
    case 'menu':
      return menuBoard(g, f);
    case 'lamp':
      return f.y < 0 ? pendantLamp(g, f) : floorLamp(g, f);
  }
}

function floor(g: G, p: Palette, kind: RoomKind): void {
  g.fillStyle(p.floor).fillRect(-3000, TABLE_TOP - 40, 7200, 4000);
  g.lineStyle(3, p.floorLine, 1);
  if (kind === 'boardroom' || kind === 'lobby' || kind === 'whiteboard' || kind === 'hospital') {
    for (let x = -1400; x < 2800; x += 160) g.lineBetween(x, TABLE_TOP - 40, 600 + (x - 600) * 2.2, 2200);
  } else {
    for (let y = TABLE_TOP; y < 2200; y += 46 + (y - TABLE_TOP) * 0.25) g.lineBetween(-3000, y, 4200, y);
  }
}

/** Behind the cast: wall, floor, fixtures, and the backs of seats (a sofa, the boardroom's far chairs). */
export function drawRoom(g: G, kind: RoomKind): void {
  const p = PALETTES[kind];
  g.clear();
  if (kind === 'video') {
    g.fillStyle(p.wall).fillRect(-3000, -3000, 7200, 7000);
    return;
  }
  g.fillStyle(p.wall).fillRect(-3000, -3000, 7200, 3000 + TABLE_TOP);
  g.fillStyle(p.wallLow).fillRect(-3000, 470, 7200, TABLE_TOP - 470);
  g.fillStyle(p.trim).fillRect(-3000, 462, 7200, 12);
  if (kind === 'cafe') {
    g.fillStyle(0xa8603f);
    for (let y = 486; y < TABLE_TOP; y += 34)
      for (let x = -3000 + ((y / 34) % 2) * 30; x < 4200; x += 60) g.fillRect(x, y, 56, 30);
  }
  if (kind === 'whiteboard') {
    // the glass room: frosted bands across glass walls
    g.fillStyle(0xffffff, 0.35).fillRect(-3000, 300, 7200, 26);
  }
  floor(g, p, kind);
  g.fillStyle(0x000000, 0.08).fillRect(-3000, TABLE_TOP - 40, 7200, 10);
  for (const f of wallFixtures(kind)) fixture(g, f, p);
  if (kind === 'office' || kind === 'hospital') plant(g, 1110, TABLE_TOP - 36, 1.05);
  if (kind === 'cafe') plant(g, 1120, TABLE_TOP - 36, 0.85);
  if (kind === 'boardroom') {
    plant(g, 70, TABLE_TOP - 36, 0.9);
    // the backs of the far chairs rise behind the people
    g.fillStyle(0x26323a);
    for (const x of [170, 385, 600, 815, 1030]) g.fillRoundedRect(x - 90, 430, 180, 260, 24);
  }
  if (kind === 'sofa') {
    // the sofa the cast sits on: back and arms behind them, the seat hidden by the coffee table
    g.fillStyle(0x6f4a52).fillRoundedRect(60, 420, 1080, 300, 50);
    g.fillStyle(0x83585f).fillRoundedRect(100, 450, 1000, 200, 40);
    g.fillStyle(0x6f4a52).fillRoundedRect(30, 500, 120, 240, 40).fillRoundedRect(1050, 500, 120, 240, 40);
  }
  if (kind === 'round-table') {
    g.fillStyle(0x8a6d52);
    for (const x of [270, 600, 930]) g.fillRoundedRect(x - 80, 470, 160, 200, 20);
  }
}

function fillPoly(g: G, xy: number[]): void {
  g.beginPath();
  g.moveTo(xy[0] ?? 0, xy[1] ?? 0);
  for (let i = 2; i + 1 < xy.length; i += 2) g.lineTo(xy[i] ?? 0, xy[i + 1] ?? 0);
  g.closePath();
  g.fillPath();
}

/** A long table across the room (office desk, boardroom, whiteboard room, hospital desk). */
function longTable(g: G, p: Palette, glass = false): void {
  g.fillStyle(0x000000, 0.12).fillEllipse(600, 790, 1100, 70);
  g.fillStyle(p.tableEdge).fillRect(150, 705, 26, 90).fillRect(1024, 705, 26, 90);
  g.fillStyle(p.table, glass ? 0.92 : 1);
  fillPoly(g, [170, TABLE_TOP, 1030, TABLE_TOP, 1110, 700, 90, 700]);
  g.fillStyle(p.tableEdge).fillRect(90, 700, 1020, TABLE_FRONT - 700);
  g.fillStyle(0xffffff, 0.12).fillRect(180, TABLE_TOP + 6, 840, 4);
}

/** Everything in front of the cast: it hides the bottom edge of every bust. */
export function drawFurniture(g: G, kind: RoomKind): void {
  const p = PALETTES[kind];
  g.clear();
  switch (kind) {
    case 'video':
      return;
    case 'lobby':
      // people stand by the lifts: a low planter bench along the front hides where the picture ends
      g.fillStyle(0x000000, 0.12).fillEllipse(600, 800, 1100, 60);
      g.fillStyle(p.tableEdge).fillRoundedRect(60, TABLE_TOP, 1080, 40, 8);
      g.fillStyle(p.table).fillRect(80, TABLE_TOP + 30, 1040, 150);
      g.fillStyle(0x5f9a79)
        .fillEllipse(200, TABLE_TOP + 4, 180, 40)
        .fillEllipse(1000, TABLE_TOP + 4, 180, 40);
      return;
    case 'corridor':
      // the stairwell banister: a rail at table height, balusters below it
      g.fillStyle(p.tableEdge).fillRoundedRect(-3000, TABLE_TOP - 4, 7200, 30, 8);
      g.fillStyle(p.table);
      for (let x = -2960; x < 4200; x += 70) g.fillRect(x, TABLE_TOP + 26, 16, 300);
      g.fillStyle(p.wallLow).fillRect(-3000, TABLE_TOP + 26, 7200, 0);
      g.fillStyle(p.tableEdge).fillRect(-3000, TABLE_TOP + 40, 7200, TABLE_FRONT - TABLE_TOP);
      return;
    case 'round-table':
      g.fillStyle(0x000000, 0.14).fillEllipse(600, 860, 760, 70);
      g.fillStyle(p.tableEdge).fillRect(585, 700, 30, 150).fillEllipse(600, 850, 260, 30);
      g.fillStyle(p.tableEdge).fillEllipse(600, 690, 1120, 100);
      g.fillStyle(p.table).fillEllipse(600, 678, 1120, 92);
      g.fillStyle(0xffffff, 0.12).fillEllipse(600, 668, 900, 40);
      return;
    case 'sofa':
      // a low coffee table in front of the sofa, with a jug and two glasses
      g.fillStyle(0x000000, 0.14).fillEllipse(600, 820, 1000, 50);
      g.fillStyle(p.tableEdge).fillRect(180, 720, 24, 90).fillRect(996, 720, 24, 90);
      g.fillStyle(p.table);
      fillPoly(g, [200, 668, 1000, 668, 1060, 712, 140, 712]);
      g.fillStyle(p.tableEdge).fillRect(140, 712, 920, 22);
      g.fillStyle(0x6f4a52).fillRect(-3000, 690, 3140, 60).fillRect(1060, 690, 3140, 60);
      return;
    case 'cafe':
      // two small café tables side by side, cups on them
      g.fillStyle(0x000000, 0.12).fillEllipse(600, 810, 1100, 60);
      for (const x of [330, 870]) {
        g.fillStyle(0x2f3b40)
          .fillRect(x - 8, 700, 16, 110)
          .fillEllipse(x, 808, 150, 20);
        g.fillStyle(p.tableEdge).fillEllipse(x, 692, 560, 64);
        g.fillStyle(p.table).fillEllipse(x, 684, 560, 56);
      }
      g.fillStyle(p.table).fillRect(320, 664, 560, 40);
      g.fillStyle(p.tableEdge).fillRect(-3000, 700, 7200, TABLE_FRONT - 700);
      return;
    case 'hospital':
      longTable(g, p);
      // a pile of patient files
      g.fillStyle(0xe9d7a8).fillRect(1000, TABLE_TOP - 18, 80, 14);
      g.fillStyle(0xf2e2b6).fillRect(1004, TABLE_TOP - 30, 76, 14);
      return;
    case 'whiteboard':
      longTable(g, p, true);
      return;
    case 'boardroom':
      longTable(g, p);
      return;
    case 'office':
      longTable(g, p);
      return;
  }
}

/** A mug on the table at a spot placement.ts found clear of every name plate. */
export function drawMug(g: G, spot: { x: number; y: number }): void {
  g.fillStyle(0xffffff).fillRoundedRect(spot.x, spot.y, 32, 38, 6);
  g.lineStyle(4, 0xffffff).strokeCircle(spot.x + 38, spot.y + 17, 9);
}
