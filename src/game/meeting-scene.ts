// The meeting room. It draws what the DOM layer tells it (scene, who is present, faces, speaker, clock,
// seats) and sleeps the render loop whenever nothing moves, so idling at a decision costs no frames. The
// canvas keeps `data-drawn` (the ids of the people whose picture is on stage now, in cast order) and
// `data-room` (the room drawn), so tests check what the stage itself drew.
import * as Phaser from 'phaser';
import type { FaceReaction, Mood } from '../session/index.ts';
import { FACE_FOR_EXPRESSION, FACE_FOR_MOOD, type Face } from './characters.ts';
import {
  BUST,
  POSTURES,
  placeAtTable,
  plateRect,
  mugSpot,
  videoTiles,
  type BuyerSeat,
  type Spot,
  type Tile,
} from './placement.ts';
import {
  clockSpot,
  CLOCK_LABEL_H,
  CLOCK_LABEL_W,
  CLOCK_R,
  DESIGN_H,
  DESIGN_W,
  roomKind,
  type RoomKind,
} from './room-layout.ts';
import { drawFurniture, drawMug, drawRoom, roomPalette } from './rooms.ts';
import { drawChair, seatSpots } from './seats.ts';
import type { SeatOption, StageMember } from './stage-types.ts';

const FONT = "'Inter Variable', Inter, system-ui, sans-serif";
const NAME_SIZE = 26;
const ROLE_SIZE = 22;
/** The smallest a name plate's text may be on screen, in CSS pixels. */
const MIN_CSS_TEXT = 14.5;
/** How long a reaction holds before the face eases back to the mood of trust. */
const REACTION_MS = 1800;

interface Character {
  member: StageMember;
  image: Phaser.GameObjects.Image;
  tile: Phaser.GameObjects.Graphics;
  plate: Phaser.GameObjects.Container;
  plateBg: Phaser.GameObjects.Graphics;
  name: Phaser.GameObjects.Text;
  role: Phaser.GameObjects.Text;
  mood: Mood;
  /** The reaction on the face now (null: the mood's face). */
  reacting: FaceReaction | null;
  /** The last decision whose reaction was shown: each is shown once. */
  shownDecision: number;
  reactionTimer: ReturnType<typeof setTimeout> | null;
  present: boolean;
  spot: Spot | null;
  tileRect: Tile | null;
  textureSize: number;
  /** Faces rasterised at textureSize, and those on their way. */
  faces: Set<Face>;
  loading: Set<Face>;
}

export class MeetingScene extends Phaser.Scene {
  private room!: Phaser.GameObjects.Graphics;
  private furniture!: Phaser.GameObjects.Graphics;
  private props!: Phaser.GameObjects.Graphics;
  private selfTile!: Phaser.GameObjects.Graphics;
  private selfLabel!: Phaser.GameObjects.Text;
  private clockG!: Phaser.GameObjects.Graphics;
  private clockText!: Phaser.GameObjects.Text;
  private seatLayer!: Phaser.GameObjects.Container;
  private readonly cast = new Map<string, Character>();
  private order: StageMember[] = [];
  private pendingFaces = new Map<string, { mood: Mood; reaction: FaceReaction | null }>();
  private kind: RoomKind = 'office';
  private video = false;
  private buyerSeat: BuyerSeat = 'head';
  private speaker: string | null = null;
  private clockMinutes: number | null = null;
  private clockShown = 0;
  private clockFull = 60;
  private pendingFrames = 2;
  private zoomLevel = 1;
  reducedMotion = false;
  onReady: (() => void) | null = null;

  constructor() {
    super({ key: 'meeting' });
  }

  create(): void {
    this.room = this.add.graphics().setDepth(0);
    this.clockG = this.add.graphics().setDepth(5);
    this.clockText = this.text('', 28, '#1b2830', 700).setOrigin(0.5, 0.5).setDepth(5);
    this.selfTile = this.add.graphics().setDepth(8);
    this.selfLabel = this.text('You', 26, '#ffffff', 700).setOrigin(0, 1).setDepth(9).setVisible(false);
    this.furniture = this.add.graphics().setDepth(20);
    this.props = this.add.graphics().setDepth(21);
    this.seatLayer = this.add.container(0, 0).setDepth(30);
    this.layout();
    this.scale.on('resize', () => this.layout());
    this.drawScene();
    this.onReady?.();
  }

  override update(): void {
    if (this.tweens.getTweens().length > 0) return;
    if (this.pendingFrames > 0) {
      this.pendingFrames--;
      return;
    }
    this.game.loop.sleep();
    this.game.canvas.dataset.idle = 'true';
  }

  /** Something changed: draw at least `frames` more frames, then sleep again. */
  wake(frames = 2): void {
    this.pendingFrames = Math.max(this.pendingFrames, frames);
    if (!this.game.loop.running) this.game.loop.wake();
    this.game.canvas.dataset.idle = 'false';
  }

  layout(): void {
    const cam = this.cameras.main;
    const { width, height } = this.scale.gameSize;
    cam.setSize(width, height);
    this.zoomLevel = Math.max(0.1, Math.min(width / DESIGN_W, height / DESIGN_H));
    cam.setZoom(this.zoomLevel);
    cam.centerOn(DESIGN_W / 2, DESIGN_H / 2 + 20);
    const res = Math.max(1, Math.ceil(this.zoomLevel * 4) / 4);
    for (const obj of this.children.list) if (obj instanceof Phaser.GameObjects.Text) obj.setResolution(res);
    this.placeCast(false);
    this.wake();
  }

  resetCast(members: readonly StageMember[]): void {
    for (const c of this.cast.values()) this.destroyCharacter(c);
    this.cast.clear();
    this.speaker = null;
    // People are drawn when they first enter the room: an empty first scene costs nothing for them.
    this.order = members.slice(0, 5);
    this.buyerSeat = 'head';
    this.pendingFaces.clear();
    this.clearSeats();
    this.setClock(null);
    this.placeCast(false);
    this.wake();
  }

  setSceneName(name: string | null, video: boolean): void {
    const kind = video ? 'video' : roomKind(name);
    if (kind === this.kind && video === this.video) return;
    this.kind = kind;
    this.video = video || kind === 'video';
    this.drawScene();
    this.placeCast(false);
  }

  setPresent(ids: readonly string[], buyerSeat: BuyerSeat = 'head'): void {
    const here = new Set(ids);
    let changed = buyerSeat !== this.buyerSeat;
    this.buyerSeat = buyerSeat;
    for (const member of this.order) {
      const present = here.has(member.id);
      if (present && !this.cast.has(member.id)) this.addCharacter(member);
      const c = this.cast.get(member.id);
      if (!c || c.present === present) continue;
      c.present = present;
      changed = true;
    }
    if (changed) this.placeCast(true);
  }

  setFace(id: string, mood: Mood, reaction: FaceReaction | null): void {
    const c = this.cast.get(id);
    if (!c) {
      this.pendingFaces.set(id, { mood, reaction });
      return;
    }
    const moodChanged = c.mood !== mood;
    c.mood = mood;
    const fresh = reaction !== null && reaction.decision !== c.shownDecision;
    if (fresh) {
      c.shownDecision = reaction.decision;
      this.react(c, reaction);
    } else if (reaction === null && c.reacting) {
      this.endReaction(c);
    } else if (moodChanged && !c.reacting) {
      this.showFace(c, true);
    }
  }

  setSpeaker(id: string | null): void {
    if (this.speaker === id) return;
    this.speaker = id;
    for (const c of this.cast.values()) this.drawPlate(c);
    this.wake();
  }

  setClock(minutes: number | null): void {
    if (minutes === this.clockMinutes) return;
    if (minutes !== null && this.clockMinutes === null) {
      this.clockFull = Math.max(60, minutes);
      this.clockShown = minutes;
    }
    this.clockMinutes = minutes;
    if (minutes === null) {
      this.clockG.clear();
      this.clockText.setText('');
      this.wake();
      return;
    }
    const from = this.clockShown;
    if (this.reducedMotion || from === minutes) {
      this.drawClock(minutes);
    } else {
      this.tweens.addCounter({
        from,
        to: minutes,
        duration: 700,
        ease: 'Sine.easeInOut',
        onUpdate: (tween) => this.drawClock(tween.getValue() ?? minutes),
      });
    }
    this.wake();
  }

  showSeats(seats: SeatOption[], onPick: (index: number) => void): void {
    this.clearSeats();
    const spots = seatSpots(seats.map((s) => s.seat));
    seats.forEach((seat, i) => {
      const spot = spots[i] ?? { x: DESIGN_W / 2, y: 920, scale: 1 };
      const g = this.add.graphics();
      const label = this.text(`${seat.key}  ${seat.label}`, 26, '#ffffff', 700).setOrigin(0.5, 0);
      const badge = this.add.graphics();
      const group = this.add.container(spot.x, spot.y, [g, badge, label]).setScale(spot.scale);
      group.setName(`seat-${seat.seat}`);
      const paint = (hover: boolean): void => {
        drawChair(g, seat.seat, hover, roomPalette(this.kind).accent);
        const w = label.width + 36;
        badge.clear();
        badge.fillStyle(hover ? roomPalette(this.kind).accent : 0x1b2830, hover ? 1 : 0.86);
        badge.fillRoundedRect(-w / 2, 62, w, 46, 23);
        label.setY(70);
        this.wake();
      };
      paint(false);
      const zone = this.add.zone(0, -40, 220, 260).setInteractive({ useHandCursor: true });
      zone.on('pointerover', () => paint(true));
      zone.on('pointerout', () => paint(false));
      zone.on('pointerup', () => onPick(seat.index));
      group.add(zone);
      this.seatLayer.add(group);
      if (!this.reducedMotion) {
        group.setAlpha(0).setY(spot.y + 30);
        this.tweens.add({
          targets: group,
          alpha: 1,
          y: spot.y,
          duration: 320,
          delay: i * 60,
          ease: 'Cubic.easeOut',
        });
      }
    });
    this.wake();
  }

  clearSeats(): void {
    this.seatLayer.removeAll(true);
    this.wake();
  }

  /** Re-rasterises every text once the web font has arrived (the first frame never waits for it). */
  refreshTexts(): void {
    for (const obj of this.children.list) if (obj instanceof Phaser.GameObjects.Text) obj.updateText();
    this.placeCast(false);
    this.wake();
  }

  /** Resolves after the next frame has been rendered. */
  nextFrame(): Promise<void> {
    return new Promise((resolve) => {
      this.game.events.once(Phaser.Core.Events.POST_RENDER, () => resolve());
      this.wake();
    });
  }

  private text(value: string, size: number, color: string, weight = 500): Phaser.GameObjects.Text {
    return this.add.text(0, 0, value, {
      fontFamily: FONT,
      fontSize: `${size}px`,
      fontStyle: String(weight),
      color,
      resolution: Math.max(1, Math.ceil(this.zoomLevel * 4) / 4),
      // Inter's metrics, given up front: Phaser skips measuring the font by scanning pixels.
      metrics: {
        ascent: Math.ceil(size * 0.97),
        descent: Math.ceil(size * 0.25),
        fontSize: Math.ceil(size * 1.22),
      },
    });
  }

  /** CSS pixels per design unit: the canvas is sized in device pixels and shown at 1/devicePixelRatio. */
  private cssZoom(): number {
    return this.zoomLevel / (window.devicePixelRatio || 1);
  }

  /** How much plates grow so their smallest text is at least MIN_CSS_TEXT on screen. */
  private plateScale(): number {
    return Math.max(1, MIN_CSS_TEXT / (ROLE_SIZE * this.cssZoom()));
  }

  private drawScene(): void {
    drawRoom(this.room, this.kind);
    drawFurniture(this.furniture, this.kind);
    this.clockText.setColor(this.video ? '#ffffff' : '#1b2830');
    if (this.clockMinutes !== null) this.drawClock(this.clockShown);
    this.wake();
  }

  private addCharacter(member: StageMember): void {
    const image = this.add.image(0, 0, '__DEFAULT').setOrigin(0.5, 1).setDepth(10).setVisible(false);
    const tile = this.add.graphics().setDepth(9);
    const plateBg = this.add.graphics();
    const name = this.text(member.name, NAME_SIZE, '#1b2830', 700).setOrigin(0.5, 0);
    const role = this.text(member.role, ROLE_SIZE, '#4a5760', 600).setOrigin(0.5, 0);
    const plate = this.add.container(0, 0, [plateBg, name, role]).setDepth(25).setVisible(false);
    const pending = this.pendingFaces.get(member.id);
    this.pendingFaces.delete(member.id);
    const c: Character = {
      member,
      image,
      tile,
      plate,
      plateBg,
      name,
      role,
      mood: pending?.mood ?? 'open',
      reacting: null,
      shownDecision: pending?.reaction?.decision ?? 0,
      reactionTimer: null,
      present: false,
      spot: null,
      tileRect: null,
      textureSize: 0,
      faces: new Set(),
      loading: new Set(),
    };
    this.cast.set(member.id, c);
  }

  private destroyCharacter(c: Character): void {
    if (c.reactionTimer) clearTimeout(c.reactionTimer);
    this.tweens.killTweensOf(c.image);
    c.image.destroy();
    c.tile.destroy();
    c.plate.destroy();
  }

  private faceNow(c: Character): Face {
    return c.reacting ? FACE_FOR_EXPRESSION[c.reacting.expression] : FACE_FOR_MOOD[c.mood];
  }

  private react(c: Character, reaction: FaceReaction): void {
    if (c.reactionTimer) clearTimeout(c.reactionTimer);
    c.reacting = reaction;
    this.showFace(c, true);
    c.reactionTimer = setTimeout(() => {
      c.reactionTimer = null;
      if (this.cast.get(c.member.id) === c) this.endReaction(c);
    }, REACTION_MS);
  }

  private endReaction(c: Character): void {
    if (c.reactionTimer) clearTimeout(c.reactionTimer);
    c.reactionTimer = null;
    c.reacting = null;
    this.showFace(c, true);
  }

  private textureKey(c: Character, face: Face): string {
    return `${c.member.id}:${c.member.name}:${face}:${c.textureSize}`;
  }

  /** The pixel size a bust needs at the current zoom (crisp on a 4K projector). */
  private neededSize(c: Character): number {
    const designSize = this.video && c.tileRect ? c.tileRect.h : BUST * (c.spot?.scale ?? 1);
    return Math.min(2048, Math.max(128, Math.ceil((designSize * 1.1 * this.zoomLevel) / 128) * 128));
  }

  /** Rasterises one face of one person (DiceBear loads on demand: the room's first frame never waits). */
  private ensureFace(c: Character, face: Face): void {
    const needed = this.neededSize(c);
    if (needed > c.textureSize) {
      c.textureSize = needed;
      c.faces.clear();
      c.loading.clear();
    }
    if (c.faces.has(face) || c.loading.has(face)) return;
    c.loading.add(face);
    const size = c.textureSize;
    void import('./characters.ts')
      .then(({ characterSvg, svgImage }) =>
        svgImage(characterSvg(c.member.name, c.member.look ?? 'any', face, size)),
      )
      .then((img) => {
        if (size !== c.textureSize || this.cast.get(c.member.id) !== c || !this.sys.isActive()) return;
        c.loading.delete(face);
        const key = this.textureKey(c, face);
        if (!this.textures.exists(key)) this.textures.addImage(key, img);
        c.faces.add(face);
        if (this.faceNow(c) === face) this.showFace(c, false);
      });
  }

  /** Puts the current face on the picture, in the posture of the mood (and of the reaction, if any). */
  private showFace(c: Character, animate: boolean): void {
    if (!c.present) return;
    const face = this.faceNow(c);
    this.ensureFace(c, face);
    const key = this.textureKey(c, face);
    if (!this.textures.exists(key) || !c.faces.has(face)) return;
    c.image.setTexture(key).setVisible(true);
    this.tweens.killTweensOf(c.image);
    const target = this.video ? this.tileTarget(c) : this.tableTarget(c);
    if (!target) return;
    if (!animate || this.reducedMotion)
      c.image.setScale(target.scale).setAngle(target.angle).setPosition(target.x, target.y);
    else
      this.tweens.add({
        targets: c.image,
        scaleX: target.scale,
        scaleY: target.scale,
        angle: target.angle,
        x: target.x,
        y: target.y,
        duration: c.reacting ? 260 : 520,
        ease: 'Cubic.easeInOut',
      });
    this.markDrawn();
    this.wake();
  }

  private tableTarget(c: Character): { x: number; y: number; scale: number; angle: number } | null {
    const spot = c.spot;
    if (!spot) return null;
    const p = POSTURES[c.mood];
    const base = (BUST * spot.scale) / c.image.width;
    return {
      scale: base * p.scale,
      angle: p.angle * (spot.toward === 0 ? 1 : spot.toward),
      y: spot.base + p.dy,
      x: spot.x - p.dx * spot.toward,
    };
  }

  private tileTarget(c: Character): { x: number; y: number; scale: number; angle: number } | null {
    const t = c.tileRect;
    if (!t) return null;
    const size = t.h * 0.92;
    return { scale: size / c.image.width, angle: 0, x: t.x + t.w / 2, y: t.y + t.h };
  }

  /** Places everyone present (at the table or in the call's grid) and hides everyone else. */
  private placeCast(animate: boolean): void {
    const present = this.order.filter((m) => this.cast.get(m.id)?.present).map((m) => m.id);
    const spots = new Map(placeAtTable(this.order, present, this.buyerSeat).map((s) => [s.id, s]));
    const tiles = videoTiles(this.order, present);
    const tileOf = new Map(tiles.flatMap((t) => (t.id ? [[t.id, t] as const] : [])));
    const plates: { x: number; y: number; w: number; h: number }[] = [];
    for (const c of this.cast.values()) {
      c.spot = spots.get(c.member.id) ?? null;
      c.tileRect = tileOf.get(c.member.id) ?? null;
      c.tile.clear();
      if (!c.present) {
        c.image.setVisible(false);
        c.plate.setVisible(false);
        continue;
      }
      c.image.setDepth(this.video ? 10 : 10 + (c.spot?.depth ?? 0) / 10);
      this.drawPlate(c);
      if (!this.video && c.spot) plates.push(plateRect(c.spot, this.plateWidth(c), this.plateScale()));
      this.showFace(c, animate);
    }
    this.drawSelfTile(tiles.find((t) => t.id === null) ?? null);
    this.props.clear();
    const mug = this.video || this.kind === 'corridor' || this.kind === 'lobby' ? null : mugSpot(plates);
    if (mug) drawMug(this.props, mug);
    this.markDrawn();
    this.wake();
  }

  private plateWidth(c: Character): number {
    return Math.max(c.name.width, c.role.width) + 40;
  }

  /** Shortens the plate's texts (with an ellipsis) until the plate fits `maxW`; returns its width. */
  private fitPlate(c: Character, maxW: number): number {
    for (const [text, full] of [
      [c.name, c.member.name],
      [c.role, c.member.role],
    ] as const) {
      let value = full;
      text.setText(value);
      while (text.width + 40 > maxW && value.length > 2) {
        value = value.slice(0, -1).trimEnd();
        text.setText(`${value}…`);
      }
    }
    return Math.min(maxW, this.plateWidth(c));
  }

  private drawPlate(c: Character): void {
    const speaking = this.speaker === c.member.id;
    const accent = roomPalette(this.kind).accent;
    c.plateBg.clear();
    c.plate.setVisible(c.present);
    if (this.video) {
      const t = c.tileRect;
      if (!t) return;
      // a name bar across the bottom of the tile, as a call shows it
      const s = this.plateScale();
      c.role.setVisible(false);
      c.name.setOrigin(0, 0.5).setColor('#ffffff').setPosition(14, 26);
      const w = Math.min(t.w / s - 16, c.name.width + 28);
      c.plateBg.fillStyle(speaking ? accent : 0x000000, speaking ? 1 : 0.62).fillRoundedRect(0, 0, w, 52, 8);
      c.plate.setScale(s).setPosition(t.x + 8, t.y + t.h - 8 - 52 * s);
      c.tile.fillStyle(0x2f3a41).fillRoundedRect(t.x, t.y, t.w, t.h, 14);
      if (speaking) c.tile.lineStyle(6, accent).strokeRoundedRect(t.x, t.y, t.w, t.h, 14);
      return;
    }
    const spot = c.spot;
    if (!spot) return;
    const s = this.plateScale();
    c.role.setVisible(true);
    c.name.setOrigin(0.5, 0).setPosition(0, 6);
    c.role.setPosition(0, 38);
    const w = this.fitPlate(c, spot.plateW / s);
    c.plateBg.fillStyle(0x000000, 0.18).fillRoundedRect(-w / 2 + 3, 5, w, 70, 10);
    c.plateBg.fillStyle(speaking ? accent : 0xfbfaf7).fillRoundedRect(-w / 2, 0, w, 70, 10);
    c.name.setColor(speaking ? '#ffffff' : '#1b2830');
    c.role.setColor(speaking ? '#eef6f4' : '#4a5760');
    c.plate.setScale(s).setPosition(spot.x, 646);
  }

  private drawSelfTile(tile: Tile | null): void {
    this.selfTile.clear();
    this.selfLabel.setVisible(false);
    if (!this.video || !tile) return;
    this.selfTile.fillStyle(0x3b474f).fillRoundedRect(tile.x, tile.y, tile.w, tile.h, 12);
    this.selfTile.fillStyle(0x56646d).fillCircle(tile.x + tile.w / 2, tile.y + tile.h * 0.42, tile.h * 0.2);
    this.selfTile.fillEllipse(tile.x + tile.w / 2, tile.y + tile.h, tile.w * 0.6, tile.h * 0.5);
    this.selfLabel.setPosition(tile.x + 12, tile.y + tile.h - 8).setVisible(true);
  }

  /** Publishes whom the stage has drawn: present, placed, and with their picture on screen. */
  private markDrawn(): void {
    const drawn = this.order
      .filter((m) => {
        const c = this.cast.get(m.id);
        return !!c && c.present && c.image.visible && (this.video ? !!c.tileRect : !!c.spot);
      })
      .map((m) => m.id);
    const canvas = this.game.canvas;
    const value = drawn.join(' ');
    if (canvas.dataset.drawn !== value) canvas.dataset.drawn = value;
    if (canvas.dataset.room !== this.kind) canvas.dataset.room = this.kind;
  }

  private drawClock(minutes: number): void {
    this.clockShown = minutes;
    const g = this.clockG;
    const { x, y } = clockSpot(this.kind);
    const r = CLOCK_R - 10;
    g.clear();
    g.fillStyle(0x000000, 0.12).fillCircle(x + 4, y + 6, r + 10);
    g.fillStyle(0x2c3a40).fillCircle(x, y, r + 10);
    g.fillStyle(0xfbfaf7).fillCircle(x, y, r);
    const frac = Math.max(0, Math.min(1, minutes / this.clockFull));
    if (frac > 0) {
      g.fillStyle(frac < 0.34 ? 0xc0533a : 0xc8733a, 0.9);
      g.slice(x, y, r - 6, -Math.PI / 2, -Math.PI / 2 + frac * Math.PI * 2, false).fillPath();
    }
    g.fillStyle(0x2c3a40);
    for (let i = 0; i < 12; i++) {
      const a = (i / 12) * Math.PI * 2;
      g.fillCircle(x + Math.cos(a) * (r - 4), y + Math.sin(a) * (r - 4), i % 3 === 0 ? 3.5 : 2);
    }
    g.fillCircle(x, y, 5);
    const labelY = y + CLOCK_R + 4 + CLOCK_LABEL_H / 2;
    this.clockText.setPosition(x, labelY).setText(`${Math.round(minutes)} min left`);
    const w = Math.min(CLOCK_LABEL_W, this.clockText.width + 20);
    if (!this.video)
      g.fillStyle(0xfbfaf7, 0.92).fillRoundedRect(x - w / 2, labelY - CLOCK_LABEL_H / 2, w, CLOCK_LABEL_H, 8);
  }
}
