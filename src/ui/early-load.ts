// Imported first by main.ts, so it runs before the rest of the entry: when the page opens straight into a
// meeting (#/play/… or #/watch/…), the stage (Phaser), the meeting code and the story start loading at
// once. The app's own imports later resolve to these same modules.
import { rendererProbe } from '../game/renderer-probe.ts';
import { storyLoaders } from './story-loaders.ts';

const meeting = /^#\/(?:play|watch)\/([^/]+)/.exec(location.hash);
if (meeting) {
  const ignore = (): void => undefined;
  void rendererProbe();
  void import('../game/stage.ts').catch(ignore);
  void import('./meeting/meeting-screen.ts').catch(ignore);
  void storyLoaders[decodeURIComponent(meeting[1] ?? '')]?.().catch(ignore);
}
