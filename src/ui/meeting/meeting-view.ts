// The meeting's DOM: the dialogue panel and its dialogs, with handlers that can be swapped while the view
// stays on screen (the opening preview hands the same view to the live meeting), and the stage's set-up.
import '../styles/meeting.css';
import type { StageView } from '../../game/stage-types.ts';
import { h } from '../../kit/dom.ts';
import { resetStage } from '../../kit/stage-cues.ts';
import type { CastLooks, FramePeople } from '../../session/index.ts';
import { DialoguePanel, type PanelHandlers } from './dialogue-panel.ts';
import { createDialogs, type Dialogs } from './dialogs.ts';
import { MEETING_DRAWN, type MeetingMode } from './meeting-types.ts';

export interface MeetingView {
  panel: DialoguePanel;
  dialogs: Dialogs;
  shell: HTMLElement;
  /** What the panel's buttons do; replace the fields to re-route them. */
  routed: PanelHandlers;
}

export function createMeetingView(title: string, mode: MeetingMode['kind']): MeetingView {
  const ignore = (): void => undefined;
  const routed: PanelHandlers = {
    onContinue: ignore,
    onChoose: ignore,
    onTranscript: ignore,
    onKeys: ignore,
    onLeave: ignore,
  };
  const panel = new DialoguePanel(
    title,
    {
      onContinue: () => routed.onContinue(),
      onChoose: (i) => routed.onChoose(i),
      onTranscript: () => routed.onTranscript(),
      onKeys: () => routed.onKeys(),
      onLeave: () => routed.onLeave(),
    },
    mode === 'watch' ? 'Watch the failure' : 'Meeting',
  );
  const dialogs = createDialogs();
  return { panel, dialogs, shell: h('div', { class: 'meeting' }, panel.el, dialogs.el), routed };
}

/** Marks the moment (performance mark, body data attribute, event) for the app and its benchmarks. */
export function announceMeetingDrawn(): void {
  performance.mark(MEETING_DRAWN);
  document.body.dataset.meetingDrawn = 'true';
  document.dispatchEvent(new Event(MEETING_DRAWN));
}

/** Shows the view as the page's meeting screen. */
export function mountView(root: HTMLElement, view: MeetingView, title: string, scored: boolean): void {
  document.body.dataset.screen = 'meeting';
  document.title = `${title} — Attune`;
  root.replaceChildren(view.shell);
  view.panel.setStatus(scored ? '' : 'This story is unscored: it plays, but there is no debrief score.');
}

/** A new meeting on the stage: the cast, drawn as their looks say, nobody in the room yet. */
export function setUpStage(
  stage: StageView,
  people: FramePeople,
  looks: CastLooks,
  reducedMotion: boolean,
): void {
  resetStage(stage, people, looks);
  stage.setReducedMotion(reducedMotion);
}
