// Rooms per `# scene:` name, drawn as flat vector shapes (crisp at any resolution). The design space is
// 1200×1000; walls and floors extend far beyond it so other aspect ratios never show an edge.
import type * as Phaser from 'phaser';

export const DESIGN_W = 1200;
export const DESIGN_H = 1000;
export const TABLE_TOP = 640;

export type RoomKind = 'office' | 'cafe' | 'boardroom' | 'lobby';

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
  cafe: {
    wall: 0xf1dcc3,
    wallLow: 0xb86f4b,
    trim: 0xf8ebdc,
    floor: 0x6d5446,
    floorLine: 0x5e473b,
    table: 0xd8c3a5,
    tableEdge: 0xa88e6d,
    accent: 0xc8733a,
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
    accent: 0x3d7a6d,
  },
};

export function roomKind(scene: string | null): RoomKind {
  const name = (scene ?? '').toLowerCase();
  if (/caf|coffee|bar|restaurant|lunch|bistro/.test(name)) return 'cafe';
  if (/board|conference|meeting-room|video|call|zoom/.test(name)) return 'boardroom';
  if (/lobby|reception|corridor|hall|foyer|lift|elevator|outside|street/.test(name)) return 'lobby';
  return 'office';
}

export function roomPalette(kind: RoomKind): Palette {
  return PALETTES[kind];
}

function windowWithCity(g: Phaser.GameObjects.Graphics, x: number, y: number, w: number, hgt: number): void {
  g.fillStyle(0xf7f5f0).fillRoundedRect(x - 14, y - 14, w + 28, hgt + 28, 6);
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
  g.fillStyle(0xe3ddd1).fillRect(x - 24, y + hgt + 14, w + 48, 14);
}

function plant(g: Phaser.GameObjects.Graphics, x: number, base: number, scale = 1): void {
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

function shelf(g: Phaser.GameObjects.Graphics, x: number, y: number, p: Palette): void {
  g.fillStyle(0xcbbba3)
    .fillRect(x, y, 200, 10)
    .fillRect(x, y + 110, 200, 10);
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

function framedArt(
  g: Phaser.GameObjects.Graphics,
  x: number,
  y: number,
  w: number,
  hgt: number,
  p: Palette,
): void {
  g.fillStyle(0x2c3a40).fillRect(x - 8, y - 8, w + 16, hgt + 16);
  g.fillStyle(0xf7f3ea).fillRect(x, y, w, hgt);
  g.fillStyle(p.accent, 0.85).fillCircle(x + w * 0.35, y + hgt * 0.45, hgt * 0.22);
  g.fillStyle(0xc8733a, 0.8).fillRect(x + w * 0.5, y + hgt * 0.3, w * 0.3, hgt * 0.45);
}

function floor(g: Phaser.GameObjects.Graphics, p: Palette, kind: RoomKind): void {
  g.fillStyle(p.floor).fillRect(-3000, TABLE_TOP - 40, 7200, 4000);
  g.lineStyle(3, p.floorLine, 1);
  if (kind === 'boardroom' || kind === 'lobby') {
    for (let x = -1400; x < 2800; x += 160)
      g.lineBetween(x, TABLE_TOP - 40, DESIGN_W / 2 + (x - DESIGN_W / 2) * 2.2, 2200);
  } else {
    for (let y = TABLE_TOP; y < 2200; y += 46 + (y - TABLE_TOP) * 0.25) g.lineBetween(-3000, y, 4200, y);
  }
}

export function drawRoom(g: Phaser.GameObjects.Graphics, kind: RoomKind): void {
  const p = PALETTES[kind];
  g.clear();
  g.fillStyle(p.wall).fillRect(-3000, -3000, 7200, 3000 + TABLE_TOP);
  g.fillStyle(p.wallLow).fillRect(-3000, 470, 7200, TABLE_TOP - 470);
  g.fillStyle(p.trim).fillRect(-3000, 462, 7200, 12);
  floor(g, p, kind);
  g.fillStyle(0x000000, 0.08).fillRect(-3000, TABLE_TOP - 40, 7200, 10);
  if (kind === 'office') {
    windowWithCity(g, 70, 90, 380, 330);
    shelf(g, 930, 330, p);
    plant(g, 1110, TABLE_TOP - 36, 1.05);
  } else if (kind === 'cafe') {
    g.fillStyle(0xa8603f);
    for (let y = 486; y < TABLE_TOP; y += 34)
      for (let x = -3000 + ((y / 34) % 2) * 30; x < 4200; x += 60) g.fillRect(x, y, 56, 30);
    windowWithCity(g, 60, 80, 300, 300);
    g.fillStyle(0x3a2a22).fillRect(880, 80, 240, 150);
    g.fillStyle(0xf1dcc3)
      .fillRect(900, 100, 90, 8)
      .fillRect(900, 124, 140, 8)
      .fillRect(900, 148, 110, 8)
      .fillRect(900, 172, 130, 8);
    for (const x of [520, 760, 1000]) {
      g.lineStyle(4, 0x3a2a22).lineBetween(x, -400, x, 250);
      g.fillStyle(0x2f3b40).fillTriangle(x - 50, 300, x + 50, 300, x, 240);
      g.fillStyle(0xffe3a8).fillEllipse(x, 304, 60, 16);
    }
    plant(g, 1120, TABLE_TOP - 36, 0.85);
  } else if (kind === 'boardroom') {
    g.fillStyle(0x2c353b).fillRoundedRect(380, 70, 440, 250, 10);
    g.fillStyle(0x3d6f7a).fillRect(396, 86, 408, 218);
    g.fillStyle(0xffffff, 0.85)
      .fillRect(430, 120, 160, 14)
      .fillRect(430, 150, 240, 10)
      .fillRect(430, 172, 200, 10);
    g.fillStyle(0x8fd3c7).fillRect(640, 210, 30, 70);
    g.fillStyle(0xf2b880).fillRect(690, 180, 30, 100);
    g.fillStyle(0xffffff).fillRect(740, 150, 30, 130);
    g.lineStyle(6, 0xf3f6f8).strokeRect(-40, 40, 300, 420);
    g.lineStyle(6, 0xf3f6f8).strokeRect(940, 40, 300, 420);
    plant(g, 70, TABLE_TOP - 36, 0.9);
  } else {
    framedArt(g, 90, 130, 220, 160, p);
    for (const x of [430, 760]) {
      g.fillStyle(0xb8c2c0).fillRect(x - 10, 120, 260, 520);
      g.fillStyle(0xd5dcdb)
        .fillRect(x, 130, 119, 510)
        .fillRect(x + 121, 130, 119, 510);
      g.fillStyle(0xffffff, 0.35)
        .fillRect(x + 8, 140, 10, 490)
        .fillRect(x + 129, 140, 10, 490);
      g.fillStyle(0x2c3a40).fillRoundedRect(x + 95, 84, 50, 26, 6);
      g.fillStyle(0xf2b880).fillTriangle(x + 110, 103, x + 130, 103, x + 120, 90);
    }
    plant(g, 1140, TABLE_TOP - 36, 0.9);
  }
}

function fillPoly(g: Phaser.GameObjects.Graphics, xy: number[]): void {
  g.beginPath();
  g.moveTo(xy[0] ?? 0, xy[1] ?? 0);
  for (let i = 2; i + 1 < xy.length; i += 2) g.lineTo(xy[i] ?? 0, xy[i + 1] ?? 0);
  g.closePath();
  g.fillPath();
}

export function drawTable(g: Phaser.GameObjects.Graphics, kind: RoomKind): void {
  const p = PALETTES[kind];
  g.clear();
  if (kind === 'lobby') {
    // a reception counter: people stand behind it
    g.fillStyle(0x000000, 0.12).fillEllipse(DESIGN_W / 2, 800, 1100, 60);
    g.fillStyle(p.tableEdge).fillRoundedRect(110, TABLE_TOP, 980, 40, 8);
    g.fillStyle(p.table).fillRect(130, TABLE_TOP + 30, 940, 150);
    g.fillStyle(0xffffff, 0.18).fillRect(130, TABLE_TOP + 60, 940, 6);
    g.fillStyle(p.accent).fillRect(520, TABLE_TOP + 90, 160, 8);
    return;
  }
  g.fillStyle(0x000000, 0.12).fillEllipse(DESIGN_W / 2, 790, 1100, 70);
  g.fillStyle(p.tableEdge).fillRect(150, 705, 26, 90).fillRect(1024, 705, 26, 90);
  g.fillStyle(p.table);
  fillPoly(g, [170, TABLE_TOP, 1030, TABLE_TOP, 1110, 700, 90, 700]);
  g.fillStyle(p.tableEdge).fillRect(90, 700, 1020, 22);
  g.fillStyle(0xffffff, 0.12).fillRect(180, TABLE_TOP + 6, 840, 4);
  // a notebook and a cup on the table
  g.fillStyle(0xf7f5f0);
  fillPoly(g, [520, 662, 640, 662, 650, 692, 512, 692]);
  g.fillStyle(p.accent).fillRect(582, 660, 4, 34);
  g.fillStyle(0xffffff).fillRoundedRect(880, 640, 34, 40, 6);
  g.lineStyle(4, 0xffffff).strokeCircle(920, 658, 9);
}
