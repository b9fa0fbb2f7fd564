// The opening of a fresh run, shown before the session exists: the first line, its Continue button and
// the room, from the build's StoryOpening. Starting inkjs on a cold page is the meeting's largest piece of
// work, so the session starts only once the room has been drawn (or after a second, if the stage is
// slow). Any key or button pressed before then starts it at once and is passed on, so nothing is lost.
import { h } from '../dom.ts';
import { person } from '../labels.ts';
import { nextCastState } from './cast-cues.ts';
import type { LiveMeeting, MeetingOptions, OpeningHandOver, StoryOpening } from './meeting-types.ts';
import { createMeetingView, cueStage, EMPTY_CAST, mountView, setUpStage } from './meeting-view.ts';

/** Starts the session no later than this after the opening is on screen. */
const LATEST_START_MS = 1000;

type Play = (o: MeetingOptions, handOver: OpeningHandOver) => LiveMeeting;

export function previewThenPlay(o: MeetingOptions, opening: StoryOpening, play: Play): () => void {
  const buyer = person(opening.buyer, 'The buyer');
  const sponsor = opening.sponsor ? person(opening.sponsor, 'The sponsor') : null;
  const view = createMeetingView(opening.title, buyer, sponsor, o.mode.kind);
  const cast = nextCastState(EMPTY_CAST, opening.line);
  setUpStage(o.stage, buyer, sponsor, opening.looks, o.settings.get().reducedMotion);
  mountView(o.root, view, opening.title, opening.scored);
  cueStage(o.stage, cast, opening.line.speaker, opening.line.mood, opening.sponsor0);
  view.panel.showLine(opening.line);
  view.panel.showContinue('Continue');

  let live: LiveMeeting | null = null;
  let disposed = false;
  const start = (): LiveMeeting | null => {
    if (live || disposed) return live;
    document.removeEventListener('keydown', onKey);
    clearTimeout(latest);
    try {
      live = play(o, { view, cast, line: opening.line });
    } catch (error) {
      view.panel.clearControls();
      view.panel.setExtra(
        h('p', {
          class: 'error',
          role: 'alert',
          text: `This scenario could not start: ${error instanceof Error ? error.message : String(error)}`,
        }),
      );
    }
    return live;
  };
  // Until the session runs, the panel's buttons start it and then do what they say.
  const routed = view.routed;
  const forward =
    <A extends unknown[]>(act: (...args: A) => void) =>
    (...args: A): void => {
      if (start()) act(...args);
    };
  Object.assign(routed, {
    onContinue: forward(() => routed.onContinue()),
    onChoose: forward((i: number) => routed.onChoose(i)),
    onTranscript: forward(() => routed.onTranscript()),
    onKeys: forward(() => routed.onKeys()),
    onLeave: () => o.navigate('#/'),
  });
  const onKey = (event: KeyboardEvent): void => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    start()?.onKey(event);
  };
  document.addEventListener('keydown', onKey);

  const latest = setTimeout(start, LATEST_START_MS);
  void o.stage.drawn().then(() => {
    if (disposed) return;
    performance.mark('attune:meeting-drawn');
    document.body.dataset.meetingDrawn = 'true';
    // After this frame has been shown, not inside it.
    setTimeout(start, 0);
  });

  return () => {
    disposed = true;
    clearTimeout(latest);
    document.removeEventListener('keydown', onKey);
    if (live) live.dispose();
    else {
      view.dialogs.closeAll();
      o.stage.clearSeats();
      delete document.body.dataset.meetingDrawn;
    }
  };
}
