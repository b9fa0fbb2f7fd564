// Imported first by main.ts, so it runs before the rest of the entry: when the page opens straight into a
// meeting (#/play/… or #/watch/…), the stage (Phaser), the meeting code and the story start loading at
// once. A fresh run of a built-in story needs only its small opening preview before the room is drawn;
// a run that may resume needs the meeting code itself. The app's own imports later resolve to these same
// modules.
import cards from 'virtual:story-cards';
import { mayHaveRun } from './saves/run-hints.ts';
import { storyLoaders } from './story-loaders.ts';
import { localStore } from './web-storage.ts';

const meeting = /^#\/(play|watch)\/([^/]+)/.exec(location.hash);
if (meeting) {
  const ignore = (): void => undefined;
  const id = decodeURIComponent(meeting[2] ?? '');
  const fresh =
    cards.some((card) => card.id === id && card.opening) &&
    (meeting[1] === 'watch' || !mayHaveRun(localStore(), id));
  void import('../game/stage.ts').catch(ignore);
  if (fresh) void import('./meeting/opening-preview.ts').catch(ignore);
  else void import('./meeting/meeting-screen.ts').catch(ignore);
  void storyLoaders[id]?.().catch(ignore);
}
