// Imported first by main.ts, so it runs before the rest of the entry: when the page opens straight into a
// meeting (#/play/… or #/watch/…, read by the one route parser), the stage (Phaser), the meeting code and
// the story start loading at once. A fresh run of a built-in story needs only its small opening preview
// before the room is drawn; a run that may resume needs the meeting code itself. The app's own imports
// later resolve to these same modules. A link that names no story loads nothing here.
import cards from 'virtual:story-cards';
import { mayHaveRun } from '../ui/saves/run-hints.ts';
import { storyLoaders } from '../ui/story-loaders.ts';
import { localStore } from '../ui/web-storage.ts';
import { isMeetingRoute, parseRoute } from './route.ts';

const loaders = new Map(Object.entries(storyLoaders));
const route = parseRoute(location, [...loaders.keys()]);
if (isMeetingRoute(route)) {
  const ignore = (): void => undefined;
  const fresh =
    cards.some((card) => card.id === route.story && card.opening) &&
    (route.screen === 'watch' || !mayHaveRun(localStore(), route.story));
  void import('../game/stage.ts').catch(ignore);
  if (fresh) void import('../ui/meeting/opening-preview.ts').catch(ignore);
  else void import('../ui/meeting/meeting-screen.ts').catch(ignore);
  void loaders.get(route.story)?.().catch(ignore);
}
