// Creates the Phaser game (lazy chunk) and exposes it as a StageView. The canvas backing store is sized in
// device pixels; the game uses WebGL where it is hardware accelerated, Canvas otherwise (renderer-probe.ts).
import * as Phaser from 'phaser';
import { MeetingScene } from './meeting-scene.ts';
import { rendererProbe, startingRenderer } from './renderer-probe.ts';
import type { StageOptions, StageView } from './stage-types.ts';

function hostSize(host: HTMLElement): { w: number; h: number; dpr: number } {
  const rect = host.getBoundingClientRect();
  const dpr = window.devicePixelRatio || 1;
  return { w: Math.max(1, rect.width), h: Math.max(1, rect.height), dpr };
}

export async function createStage(host: HTMLElement, options: StageOptions): Promise<StageView> {
  const kind = options.renderer ?? startingRenderer();
  const scene = new MeetingScene();
  scene.reducedMotion = options.reducedMotion;
  const ready = new Promise<void>((resolve) => {
    scene.onReady = resolve;
  });
  const size = hostSize(host);
  const game = new Phaser.Game({
    type: kind === 'webgl' ? Phaser.WEBGL : Phaser.CANVAS,
    parent: host,
    backgroundColor: '#e9e3d8',
    banner: false,
    audio: { noAudio: true },
    input: { keyboard: false, gamepad: false },
    disableContextMenu: true,
    render: { antialias: true, roundPixels: false, powerPreference: 'high-performance' },
    scale: {
      mode: Phaser.Scale.NONE,
      width: Math.round(size.w * size.dpr),
      height: Math.round(size.h * size.dpr),
      zoom: 1 / size.dpr,
    },
    scene: [scene],
  });
  await ready;
  // Once the first frame is up, probe again off the main thread so the next visit starts on the right
  // renderer (and a changed machine is noticed).
  if (!options.renderer) void scene.nextFrame().then(() => setTimeout(() => void rendererProbe(), 0));
  if (document.fonts && document.fonts.status !== 'loaded')
    void document.fonts.ready.then(() => scene.refreshTexts());

  const resize = (): void => {
    const s = hostSize(host);
    const w = Math.round(s.w * s.dpr);
    const h = Math.round(s.h * s.dpr);
    if (game.scale.width !== w || game.scale.height !== h) game.scale.resize(w, h);
    game.scale.setZoom(1 / s.dpr);
    scene.wake();
  };
  new ResizeObserver(resize).observe(host);

  const renderer: 'webgl' | 'canvas' = game.renderer.type === Phaser.WEBGL ? 'webgl' : 'canvas';
  game.canvas.dataset.renderer = renderer;
  game.canvas.setAttribute('aria-hidden', 'true');

  return {
    renderer,
    reset: (members) => scene.resetCast(members),
    setScene: (name, video) => scene.setSceneName(name, video),
    setPresent: (ids, buyerSeat) => scene.setPresent(ids, buyerSeat),
    setFace: (id, mood, reaction) => scene.setFace(id, mood, reaction),
    setSpeaker: (id) => scene.setSpeaker(id),
    setClock: (minutes) => scene.setClock(minutes),
    showSeats: (seats, onPick) => scene.showSeats(seats, onPick),
    clearSeats: () => scene.clearSeats(),
    setReducedMotion: (reduced) => {
      scene.reducedMotion = reduced;
    },
    drawn: () => scene.nextFrame(),
    isIdle: () => !game.loop.running,
    resize,
  };
}
