// The meeting's DOM: the dialogue panel and its dialogs, with handlers that can be swapped while the view
// stays on screen (the opening preview hands the same view to the live meeting), and the stage's set-up.
import '../styles/meeting.css';
import type { StageView } from '../../game/stage-types.ts';
import type { Mood } from '../../sim/index.ts';
import type { SessionLine } from '../../session/index.ts';
import { h } from '../dom.ts';
import { sponsorMood, type CastState } from './cast-cues.ts';
import { DialoguePanel, type PanelHandlers } from './dialogue-panel.ts';
import { createDialogs, type Dialogs } from './dialogs.ts';
import type { CastLooks } from './looks.ts';
import { MEETING_DRAWN, type MeetingMode } from './meeting-types.ts';

export interface MeetingView {
  panel: DialoguePanel;
  dialogs: Dialogs;
  shell: HTMLElement;
  /** What the panel's buttons do; replace the fields to re-route them. */
  routed: PanelHandlers;
}

export interface Person {
  name: string;
  role: string;
}

export const EMPTY_CAST: CastState = { scene: null, clock: null, buyer: false, sponsor: false };

export function createMeetingView(
  title: string,
  buyer: Person,
  sponsor: Person | null,
  mode: MeetingMode['kind'],
): MeetingView {
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
    { buyer: buyer.name, sponsor: sponsor?.name ?? 'Sponsor' },
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
  buyer: Person,
  sponsor: Person | null,
  looks: CastLooks,
  reducedMotion: boolean,
): void {
  stage.reset({
    buyer: { name: buyer.name, role: 'Buyer', look: looks.buyer },
    ...(sponsor ? { sponsor: { name: sponsor.name, role: 'Sponsor', look: looks.sponsor } } : {}),
  });
  stage.setReducedMotion(reducedMotion);
  stage.setScene(null);
}

/** Puts the room, the clock, who is present, their moods and the speaker on the stage. */
export function cueStage(
  stage: StageView,
  cast: CastState,
  speaker: SessionLine['speaker'] | null,
  mood: Mood,
  sponsorMeter: number,
): void {
  stage.setScene(cast.scene);
  stage.setClock(cast.clock);
  stage.setPresent('buyer', cast.buyer);
  stage.setPresent('sponsor', cast.sponsor);
  stage.setMood('buyer', mood);
  stage.setMood('sponsor', sponsorMood(sponsorMeter));
  stage.setSpeaker(speaker === 'buyer' || speaker === 'sponsor' ? speaker : null);
  stage.clearSeats();
}
