// The opening of a fresh run, shown before the session exists: the first line, its Continue button and
// the room, from the build's StoryOpening. This module is small and has no story runtime in it: the
// meeting code (inkjs, the scoring engine) loads and starts once the room has been drawn, or after a
// second if the stage is slow. A key or button pressed before then starts it at once and is applied,
// in order, as soon as the session runs: nothing the trainee does is lost.
import { h } from '../../kit/dom.ts';
import { hasCommandModifier, keyBelongsToFocus } from '../../kit/keys.ts';
import { driveStage } from '../../kit/stage-cues.ts';
import type {
  LiveMeeting,
  MeetingBase,
  OpeningHandOver,
  StartMeeting,
  StoryOpening,
} from './meeting-types.ts';
import { announceMeetingDrawn, createMeetingView, mountView, setUpStage } from './meeting-view.ts';

export { stageWhenReady } from './stage-proxy.ts';

/** Starts the session no later than this after the opening is on screen. */
const LATEST_START_MS = 1000;

/** Keys the meeting answers: held back from the page (no scrolling, no history) until it can. */
const MEETING_KEYS = /^(?:[1-9]|Enter| |Backspace|h|H|\?)$/;

export function previewThenPlay(
  o: MeetingBase,
  opening: StoryOpening,
  loadMeeting: () => Promise<StartMeeting>,
): () => void {
  const { frame } = opening;
  const view = createMeetingView(frame.title, o.mode.kind);
  const handOver: OpeningHandOver = { view, frame };
  setUpStage(o.stage, frame.people, opening.looks, o.settings.get().reducedMotion);
  mountView(o.root, view, frame.title, frame.scored);
  driveStage(o.stage, null, { cast: frame.cast, seats: [] });
  if (frame.line) view.panel.showLine(frame.line);
  view.panel.showContinue('Continue');
  view.panel.focusControls();

  let live: LiveMeeting | null = null;
  let disposed = false;
  let starting: Promise<LiveMeeting | null> | null = null;
  const heldKeys: KeyboardEvent[] = [];
  const start = (): Promise<LiveMeeting | null> =>
    (starting ??= (async () => {
      clearTimeout(latest);
      try {
        const startMeeting = await loadMeeting();
        if (disposed) return null;
        live = startMeeting(o, handOver);
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
      document.removeEventListener('keydown', holdKey);
      const meeting = live;
      if (meeting) for (const event of heldKeys.splice(0)) meeting.onKey(event);
      return live;
    })());

  // Until the session runs, the panel's buttons start it and then do what they say.
  const routed = view.routed;
  const later =
    <A extends unknown[]>(act: (...args: A) => void) =>
    (...args: A): void => {
      void start().then((meeting) => {
        if (meeting && !disposed) act(...args);
      });
    };
  Object.assign(routed, {
    onContinue: later(() => routed.onContinue()),
    onChoose: later((i: number) => routed.onChoose(i)),
    onTranscript: later(() => routed.onTranscript()),
    onKeys: later(() => routed.onKeys()),
    onLeave: () => o.navigate('#/'),
  });
  const holdKey = (event: KeyboardEvent): void => {
    if (hasCommandModifier(event) || !MEETING_KEYS.test(event.key)) return;
    // Enter or Space on a button presses the button; its click is routed above.
    if (keyBelongsToFocus(event)) return;
    event.preventDefault();
    heldKeys.push(event);
    void start();
  };
  document.addEventListener('keydown', holdKey);

  const latest = setTimeout(() => void start(), LATEST_START_MS);
  void o.stage.drawn().then(() => {
    if (disposed) return;
    announceMeetingDrawn();
    // After this frame has been shown, not inside it.
    setTimeout(() => void start(), 0);
  });

  return () => {
    disposed = true;
    clearTimeout(latest);
    document.removeEventListener('keydown', holdKey);
    if (live) live.dispose();
    else {
      view.dialogs.closeAll();
      o.stage.clearSeats();
      delete document.body.dataset.meetingDrawn;
    }
  };
}
