// The benchmark's baseline: a page that only boots Phaser with one empty scene, built like the app
// (Phaser in its own chunk, loaded with import()). It marks when the first scene has rendered.
async function boot(): Promise<void> {
  const Phaser = await import('phaser');
  const host = document.getElementById('stage');
  const dpr = window.devicePixelRatio || 1;
  const rect = host?.getBoundingClientRect();
  class Empty extends Phaser.Scene {
    create(): void {
      this.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
        performance.mark('bare:first-scene');
        document.body.dataset.firstScene = 'true';
      });
    }
  }
  const forced = new URLSearchParams(location.search).get('renderer');
  new Phaser.Game({
    type: forced === 'webgl' ? Phaser.WEBGL : Phaser.CANVAS,
    parent: host ?? document.body,
    banner: false,
    audio: { noAudio: true },
    scale: {
      mode: Phaser.Scale.NONE,
      width: Math.round((rect?.width ?? 800) * dpr),
      height: Math.round((rect?.height ?? 600) * dpr),
      zoom: 1 / dpr,
    },
    scene: [Empty],
  });
}
void boot();
