// The meeting room. It draws what the DOM layer tells it (scene, moods, speaker, clock, seats) and sleeps
// the render loop whenever nothing moves, so idling at a decision costs no frames.
import * as Phaser from 'phaser';
import type { Mood } from '../session/index.ts';
import { DESIGN_H, DESIGN_W, drawRoom, drawTable, roomKind, roomPalette, type RoomKind } from './rooms.ts';
import type { Actor, CastMember, SeatOption } from './stage-types.ts';
import { drawChair } from './seats.ts';

const MOODS: Mood[] = ['engaged', 'open', 'guarded', 'frustrated'];
const BUST = 470;
const BUST_BASE = 684;
const FONT = "'Inter Variable', Inter, system-ui, sans-serif";

/** Posture per mood: lean in when engaged, sit back and turn away as trust drops. */
const POSTURE: Record<Mood, { scale: number; angle: number; dy: number; dx: number }> = {
  engaged: { scale: 1.06, angle: 3, dy: -6, dx: 0 },
  open: { scale: 1, angle: 0, dy: 0, dx: 0 },
  guarded: { scale: 0.95, angle: -4, dy: 10, dx: 14 },
  frustrated: { scale: 0.92, angle: -8, dy: 26, dx: 26 },
};

interface Character {
  member: CastMember;
  image: Phaser.GameObjects.Image;
  plate: Phaser.GameObjects.Container;
  plateBg: Phaser.GameObjects.Graphics;
  name: Phaser.GameObjects.Text;
  role: Phaser.GameObjects.Text;
  mood: Mood;
  present: boolean;
  textureSize: number;
  generation: number;
}

export class MeetingScene extends Phaser.Scene {
  private room!: Phaser.GameObjects.Graphics;
  private table!: Phaser.GameObjects.Graphics;
  private clockG!: Phaser.GameObjects.Graphics;
  private clockText!: Phaser.GameObjects.Text;
  private seatLayer!: Phaser.GameObjects.Container;
  private readonly cast = new Map<Actor, Character>();
  private members: Partial<Record<Actor, CastMember>> = {};
  private pendingMoods: Partial<Record<Actor, Mood>> = {};
  private kind: RoomKind = 'office';
  private speaker: Actor | null = null;
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
    this.clockText = this.text('', 22, '#1b2830', 700).setOrigin(0, 0.5).setDepth(5);
    this.table = this.add.graphics().setDepth(20);
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
    for (const actor of this.cast.keys()) this.ensureTextures(actor);
    this.wake();
  }

  resetCast(cast: { buyer: CastMember; sponsor?: CastMember }): void {
    for (const c of this.cast.values()) {
      c.image.destroy();
      c.plate.destroy();
    }
    this.cast.clear();
    this.speaker = null;
    // People are drawn when they first enter the room: an empty first scene costs nothing for them.
    this.members = { buyer: cast.buyer, ...(cast.sponsor ? { sponsor: cast.sponsor } : {}) };
    this.pendingMoods = {};
    this.clearSeats();
    this.setClock(null);
    this.placeCast(false);
    this.wake();
  }

  setSceneName(name: string | null): void {
    const kind = roomKind(name);
    if (kind === this.kind) return;
    this.kind = kind;
    this.drawScene();
  }

  setPresent(actor: Actor, present: boolean): void {
    const member = this.members[actor];
    if (present && member && !this.cast.has(actor)) this.addCharacter(actor, member);
    const c = this.cast.get(actor);
    if (!c || c.present === present) return;
    c.present = present;
    this.placeCast(true);
  }

  setMood(actor: Actor, mood: Mood): void {
    const c = this.cast.get(actor);
    if (!c) this.pendingMoods[actor] = mood;
    if (!c || c.mood === mood) return;
    c.mood = mood;
    this.applyMood(c, true);
  }

  setSpeaker(actor: Actor | null): void {
    if (this.speaker === actor) return;
    this.speaker = actor;
    for (const [who, c] of this.cast) this.drawPlate(c, who === actor);
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
    const n = seats.length;
    seats.forEach((seat, i) => {
      const x = DESIGN_W / 2 + (i - (n - 1) / 2) * Math.min(330, 900 / Math.max(n - 1, 1));
      const y = 920;
      const g = this.add.graphics();
      const label = this.text(`${seat.key}  ${seat.label}`, 24, '#ffffff', 700).setOrigin(0.5, 0);
      const badge = this.add.graphics();
      const group = this.add.container(x, y, [g, badge, label]);
      group.setName(`seat-${seat.seat}`);
      const paint = (hover: boolean): void => {
        drawChair(g, seat.seat, hover, roomPalette(this.kind).accent);
        const w = label.width + 36;
        badge.clear();
        badge.fillStyle(hover ? roomPalette(this.kind).accent : 0x1b2830, hover ? 1 : 0.82);
        badge.fillRoundedRect(-w / 2, 62, w, 44, 22);
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
        group.setAlpha(0).setY(y + 30);
        this.tweens.add({ targets: group, alpha: 1, y, duration: 320, delay: i * 60, ease: 'Cubic.easeOut' });
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
    for (const c of this.cast.values())
      this.drawPlate(c, this.cast.get(this.speaker ?? 'buyer') === c && this.speaker !== null);
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

  private drawScene(): void {
    drawRoom(this.room, this.kind);
    drawTable(this.table, this.kind);
    if (this.clockMinutes !== null) this.drawClock(this.clockShown);
    this.wake();
  }

  private addCharacter(actor: Actor, member: CastMember): void {
    const image = this.add.image(0, BUST_BASE, '__DEFAULT').setOrigin(0.5, 1).setDepth(10).setVisible(false);
    const plateBg = this.add.graphics();
    const name = this.text(member.name, 24, '#1b2830', 700).setOrigin(0.5, 0);
    const role = this.text(member.role, 16, '#56636c', 600).setOrigin(0.5, 0);
    const plate = this.add.container(0, 652, [plateBg, name, role]).setDepth(25);
    const c: Character = {
      member,
      image,
      plate,
      plateBg,
      name,
      role,
      mood: this.pendingMoods[actor] ?? 'open',
      present: false,
      textureSize: 0,
      generation: 0,
    };
    this.cast.set(actor, c);
    this.drawPlate(c, false);
    this.ensureTextures(actor);
  }

  private drawPlate(c: Character, speaking: boolean): void {
    const w = Math.max(c.name.width, c.role.width) + 40;
    c.plateBg.clear();
    c.plateBg.fillStyle(0x000000, 0.18).fillRoundedRect(-w / 2 + 3, 5, w, 62, 10);
    c.plateBg
      .fillStyle(speaking ? roomPalette(this.kind).accent : 0xfbfaf7)
      .fillRoundedRect(-w / 2, 0, w, 62, 10);
    c.name.setColor(speaking ? '#ffffff' : '#1b2830').setY(6);
    c.role.setColor(speaking ? '#e6f2ef' : '#56636c').setY(36);
  }

  /** Rasterises the four mood faces at the size the current zoom needs (crisp on a 4K projector). */
  private ensureTextures(actor: Actor): void {
    const c = this.cast.get(actor);
    if (!c) return;
    const needed = Math.min(2048, Math.ceil((BUST * 1.1 * this.zoomLevel) / 128) * 128);
    if (needed <= c.textureSize) return;
    c.textureSize = needed;
    const generation = ++c.generation;
    // DiceBear loads on demand, so the first frame of the room never waits for it.
    void import('./characters.ts')
      .then(({ characterSvg, svgImage }) =>
        Promise.all(
          MOODS.map((mood) => svgImage(characterSvg(c.member.name, c.member.look ?? 'any', mood, needed))),
        ),
      )
      .then((images) => {
        if (generation !== c.generation || !this.cast.has(actor) || !this.sys.isActive()) return;
        images.forEach((img, i) => {
          const key = this.textureKey(actor, c, MOODS[i] ?? 'open');
          if (this.textures.exists(key)) this.textures.remove(key);
          this.textures.addImage(key, img);
        });
        c.image.setVisible(c.present);
        this.applyMood(c, false);
      });
  }

  private textureKey(actor: Actor, c: Character, mood: Mood): string {
    return `${actor}:${c.member.name}:${mood}`;
  }

  private applyMood(c: Character, animate: boolean): void {
    const actor = c === this.cast.get('buyer') ? 'buyer' : 'sponsor';
    const key = this.textureKey(actor, c, c.mood);
    if (!this.textures.exists(key)) return;
    c.image.setTexture(key);
    const base = BUST / c.image.width;
    const p = POSTURE[c.mood];
    const toward = this.homeX(actor) < DESIGN_W / 2 ? 1 : -1;
    const target = {
      scaleX: base * p.scale * (actor === 'sponsor' ? 0.94 : 1),
      scaleY: base * p.scale * (actor === 'sponsor' ? 0.94 : 1),
      angle: p.angle * toward,
      y: BUST_BASE + p.dy,
      x: this.homeX(actor) - p.dx * toward,
    };
    this.tweens.killTweensOf(c.image);
    if (!animate || this.reducedMotion)
      c.image.setScale(target.scaleX, target.scaleY).setAngle(target.angle).setPosition(target.x, target.y);
    else this.tweens.add({ targets: c.image, ...target, duration: 520, ease: 'Cubic.easeInOut' });
    this.wake();
  }

  private homeX(actor: Actor): number {
    const sponsorHere = this.cast.get('sponsor')?.present ?? false;
    const buyerHere = this.cast.get('buyer')?.present ?? false;
    if (actor === 'sponsor') return buyerHere ? 330 : DESIGN_W / 2;
    return sponsorHere ? 800 : DESIGN_W / 2;
  }

  private placeCast(animate: boolean): void {
    for (const [actor, c] of this.cast) {
      c.image.setVisible(
        c.present && c.textureSize > 0 && this.textures.exists(this.textureKey(actor, c, c.mood)),
      );
      c.plate.setVisible(c.present);
      c.plate.setX(this.homeX(actor));
      if (c.present) this.applyMood(c, animate);
    }
    this.wake();
  }

  private drawClock(minutes: number): void {
    this.clockShown = minutes;
    const g = this.clockG;
    const x = 600;
    const y = 100;
    const r = 50;
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
    this.clockText.setPosition(x + r + 34, y).setText(`${Math.round(minutes)} min left`);
    const w = this.clockText.width + 24;
    g.fillStyle(0xfbfaf7, 0.92).fillRoundedRect(x + r + 22, y - 20, w, 40, 8);
  }
}
