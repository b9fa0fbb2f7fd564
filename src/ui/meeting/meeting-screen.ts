// One meeting: a PlaySession driven by the keyboard, mouse or touch, shown on the stage and in the panel.
// Play mode lets the trainee choose; watch mode auto-plays a failure path and pauses at each decision.
// Rules live in the session; this file only routes its events to pictures and words.
import '../styles/debrief.css';
import { defaultRubric } from '../../sim/default-rubric.ts';
import {
  choiceOnPath,
  PlaySession,
  resumeInto,
  type DecisionRecord,
  type OfferedChoice,
  type SessionLine,
  type SessionReport,
} from '../../session/index.ts';
import { renderDebrief } from '../debrief/debrief-screen.ts';
import { clear, h } from '../dom.ts';
import { firstName, moveLabel, person, PHASE_NAME, seatLabel } from '../labels.ts';
import { castStateOf, nextCastState, type CastState } from './cast-cues.ts';
import { castLooks } from './looks.ts';
import {
  OPENING_SEED,
  type LiveMeeting,
  type MeetingOptions,
  type OpeningHandOver,
} from './meeting-types.ts';
import {
  announceMeetingDrawn,
  createMeetingView,
  cueStage,
  EMPTY_CAST,
  mountView,
  setUpStage,
} from './meeting-view.ts';
import { pickFailurePath } from './paths.ts';

export { stageWhenReady } from './stage-proxy.ts';

type WatchPhase = 'auto' | 'predict' | 'reveal';

/** A meeting that starts its session at once: resumed runs, stories without a prebuilt opening. */
export function runMeeting(o: MeetingOptions): () => void {
  return playMeeting(o, null).dispose;
}

/** The meeting itself, on a view of its own or on the one the opening preview already shows. */
export function playMeeting(o: MeetingOptions, handOver: OpeningHandOver | null): LiveMeeting {
  const session = new PlaySession({ story: o.story, rubric: defaultRubric, seed: OPENING_SEED });
  const card = session.card;
  const buyer = person(card.buyer, 'The buyer');
  const sponsor = card.sponsor ? person(card.sponsor, 'The sponsor') : null;
  let mode: 'play' | 'watch' = o.mode.kind;
  let watchPath: string | null = o.mode.kind === 'watch' ? o.mode.path : null;
  let watchPhase: WatchPhase = 'auto';
  let prediction: number | null = null;
  let autoTimer: ReturnType<typeof setTimeout> | undefined;
  let cast: CastState = handOver?.cast ?? EMPTY_CAST;
  let onDebrief = false;
  let firstDrawn = handOver !== null;
  /** The opening line already on screen: the session's first line takes its place without a redraw. */
  let shownOpening = handOver?.line ?? null;

  const view = handOver?.view ?? createMeetingView(card.title, buyer, sponsor, mode);
  const { panel, dialogs, shell } = view;
  Object.assign(view.routed, {
    onContinue: () => onContinue(),
    onChoose: (i: number) => choose(i),
    onTranscript: () => dialogs.toggleTranscript(session.snapshot().transcript, (l) => panel.speakerName(l)),
    onKeys: () => dialogs.toggleKeys(),
    onLeave: () => o.navigate('#/'),
  });

  const stage = o.stage;
  if (!handOver) {
    setUpStage(stage, buyer, sponsor, castLooks(o.story, card), o.settings.get().reducedMotion);
  }

  const mountMeeting = (): void => {
    onDebrief = false;
    mountView(o.root, view, card.title, session.scored);
  };

  // ---- stage cues -------------------------------------------------------------------------------------
  // After a key press or click the new line is painted first; the stage follows one frame later, so the
  // text never waits for the picture.
  const stageQueue: (() => void)[] = [];
  let deferStage = false;
  let disposed = false;
  const flushStage = (): void => {
    const work = stageQueue.splice(0);
    if (!disposed) for (const fn of work) fn();
  };
  const onStage = (work: () => void): void => {
    if (!deferStage && stageQueue.length === 0) {
      work();
      return;
    }
    stageQueue.push(work);
    if (stageQueue.length === 1) requestAnimationFrame(() => setTimeout(flushStage, 0));
  };
  const fromInput = (action: () => void): void => {
    deferStage = true;
    try {
      action();
    } finally {
      deferStage = false;
    }
  };

  const applyCast = (speaker: SessionLine['speaker'] | null, mood: SessionLine['mood']): void => {
    const sponsorMeter = session.snapshot().sponsor;
    const now = cast;
    onStage(() => cueStage(stage, now, speaker, mood, sponsorMeter));
  };

  const markDrawn = (): void => {
    if (firstDrawn) return;
    firstDrawn = true;
    onStage(() => void stage.drawn().then(announceMeetingDrawn));
  };

  // ---- session events ---------------------------------------------------------------------------------
  const offs = [
    session.on('line', ({ line }) => {
      if (shownOpening) {
        const same = sameLine(shownOpening, line);
        shownOpening = null;
        if (same) {
          if (mode === 'watch') queueMicrotask(() => scheduleAuto(line));
          return;
        }
        cast = EMPTY_CAST;
        panel.resetThread([]);
      }
      cast = nextCastState(cast, line);
      applyCast(line.speaker, line.mood);
      panel.showLine(line);
      // The session sets its state right after emitting the line: settle the controls once it has.
      queueMicrotask(() => {
        if (onDebrief || session.state !== 'waiting-for-continue') return;
        panel.showContinue(mode === 'watch' && watchPhase === 'reveal' ? 'Continue watching' : 'Continue');
        if (mode === 'watch') scheduleAuto(line);
      });
      markDrawn();
    }),
    session.on('choices', ({ choices }) => {
      if (mode === 'watch') offerPrediction(choices);
      else offerChoices(choices);
    }),
    session.on('chose', ({ decision }) => {
      onStage(() => stage.clearSeats());
      if (mode === 'play') panel.setCoach(o.settings.get().coach ? coachNote(decision) : null);
    }),
    session.on('rewound', () => {
      const snap = session.snapshot();
      cast = castStateOf(snap.transcript);
      panel.resetThread(snap.transcript);
      panel.setCoach(null);
      panel.setExtra(null);
      applyCast(snap.line?.speaker ?? null, snap.mood);
      panel.announce('Choice taken back. Choose again.');
    }),
    session.on('ended', () => {
      clearTimeout(autoTimer);
      if (watchPhase !== 'reveal') panel.setExtra(null);
      panel.showContinue('See the debrief');
    }),
    session.on('failed', ({ message }) => {
      panel.setExtra(storyErrorPanel(message));
      panel.clearControls();
    }),
  ];

  /** A runtime error inside the story: the log is kept, and the trainee can step back or start over. */
  function storyErrorPanel(message: string): HTMLElement {
    const back = h(
      'button',
      { class: 'btn btn-primary', type: 'button', 'data-action': 'back-one' },
      'Go back one choice',
    );
    back.addEventListener('click', () => session.rewind());
    if (session.snapshot().decisions.length === 0) back.setAttribute('disabled', '');
    const restart = h('button', { class: 'btn', type: 'button', 'data-action': 'restart' }, 'Restart');
    restart.addEventListener('click', () => o.navigate(`#/play/${encodeURIComponent(o.storyId)}`));
    const panelEl = h(
      'div',
      { class: 'error story-error', role: 'alert' },
      h('p', { text: `The story stopped with an error: ${message}` }),
      h('div', { class: 'row' }, back, restart),
    );
    queueMicrotask(() => back.focus());
    return panelEl;
  }

  // ---- play -------------------------------------------------------------------------------------------
  function offerChoices(choices: readonly OfferedChoice[]): void {
    panel.setExtra(null);
    const list = panel.showChoices(choices, 'What do you do?');
    const seats = choices.flatMap((c, i) =>
      c.seat ? [{ index: i, seat: c.seat, key: i + 1, label: seatLabel(c.seat) }] : [],
    );
    if (seats.length > 0) onStage(() => stage.showSeats(seats, (i) => choose(i)));
    if (shell.contains(document.activeElement) || document.activeElement === document.body)
      list.focus({ preventScroll: true });
    panel.announce(`Your choice. ${choices.map((c, i) => `${i + 1}: ${c.text}`).join('. ')}`);
  }

  function choose(index: number): void {
    if (mode === 'watch') {
      if (watchPhase === 'predict') reveal(index);
      return;
    }
    if (session.state !== 'waiting-for-choice' || index >= session.snapshot().choices.length) return;
    fromInput(() => session.choose(index));
    panel.focusControls();
  }

  function coachNote(d: DecisionRecord): HTMLElement {
    const move = d.move;
    const a = d.effect?.alignment ?? 0;
    const t = d.effect?.attunement ?? 0;
    const verdict = !d.effect
      ? ''
      : [
          a > 0
            ? 'Well timed for where the buyer is.'
            : a < 0
              ? 'Out of step with where the buyer is.'
              : 'Neutral on timing.',
          t > 0 ? 'It shows you see it from their side.' : t < 0 ? 'It puts your view ahead of theirs.' : '',
        ]
          .filter(Boolean)
          .join(' ');
    const why = d.why ?? (move ? defaultRubric.moves[move]?.why : undefined) ?? '';
    return h(
      'div',
      { class: 'coach-body' },
      h('p', {}, h('strong', { text: `${moveLabel(move)}. ` }), verdict),
      h(
        'p',
        { class: 'coach-phase' },
        `${firstName(buyer.name)} is in ${PHASE_NAME[d.phase]}`,
        d.fits ? `; this move fits ${PHASE_NAME[d.fits]}.` : '.',
      ),
      why ? h('p', { text: why }) : null,
    );
  }

  // ---- watch the failure ------------------------------------------------------------------------------
  function dwell(line: SessionLine): number {
    return 1400 + Math.min(4000, line.text.length * 38);
  }

  function scheduleAuto(line: SessionLine): void {
    clearTimeout(autoTimer);
    if (watchPhase !== 'auto') return;
    autoTimer = setTimeout(() => {
      if (!onDebrief && watchPhase === 'auto' && session.state === 'waiting-for-continue') session.continue();
    }, dwell(line));
  }

  function offerPrediction(choices: readonly OfferedChoice[]): void {
    clearTimeout(autoTimer);
    watchPath ??= pickFailurePath(choices);
    if (!watchPath) {
      panel.setExtra(
        h('p', { class: 'error', role: 'alert', text: 'This story has no failure path to watch.' }),
      );
      panel.clearControls();
      return;
    }
    watchPhase = 'predict';
    prediction = null;
    const show = h(
      'button',
      { class: 'btn btn-primary', type: 'button', 'data-reveal': '' },
      'Show what they did',
      h('kbd', { text: 'Enter' }),
    );
    show.addEventListener('click', () => reveal(null));
    panel.setExtra(
      h(
        'div',
        { class: 'watch-prompt', role: 'group', 'aria-labelledby': 'predict-title' },
        h('h2', { id: 'predict-title', text: 'What would you do?' }),
        h('p', { text: 'Pick what you would say, or just see what the seller on this path did.' }),
      ),
    );
    const list = panel.showChoices(choices, 'Your prediction:', (i) => reveal(i));
    list.after(show);
    list.focus({ preventScroll: true });
    panel.announce(`What would you do? ${choices.map((c, i) => `${i + 1}: ${c.text}`).join('. ')}`);
  }

  function reveal(predicted: number | null): void {
    if (watchPhase !== 'predict' || !watchPath) return;
    prediction = predicted;
    let index: number;
    try {
      index = choiceOnPath(session, watchPath);
    } catch (error) {
      panel.setExtra(
        h('p', {
          class: 'error',
          role: 'alert',
          text: error instanceof Error ? error.message : String(error),
        }),
      );
      return;
    }
    watchPhase = 'reveal';
    const offered = session.snapshot().choices;
    session.choose(index);
    const decision = session.snapshot().decisions.at(-1);
    if (decision) panel.setExtra(revealCard(decision, offered));
    panel.focusControls();
  }

  function revealCard(d: DecisionRecord, offered: readonly OfferedChoice[]): HTMLElement {
    const mine = prediction === null ? null : offered[prediction];
    const misaligned = (d.effect?.alignment ?? 0) < 0;
    const verdict = misaligned
      ? `Why it misaligns: ${firstName(buyer.name)} was in ${PHASE_NAME[d.phase]}${d.fits ? `, and this move fits ${PHASE_NAME[d.fits]}` : ''}.`
      : `${firstName(buyer.name)} was in ${PHASE_NAME[d.phase]}.`;
    return h(
      'section',
      {
        class: `reveal${misaligned ? ' reveal-bad' : ''}`,
        'aria-labelledby': 'reveal-title',
        'data-reveal-card': '',
      },
      h('h2', { id: 'reveal-title', text: 'What the seller did' }),
      h(
        'p',
        { class: 'reveal-choice' },
        `“${d.text}”`,
        h('span', { class: 'chip', text: moveLabel(d.move) }),
      ),
      mine
        ? h('p', {
            class: 'reveal-prediction',
            text:
              mine.index === d.chosen ? 'You predicted this move.' : `You would have chosen: “${mine.text}”`,
          })
        : null,
      d.thought
        ? h(
            'p',
            { class: 'reveal-thought', 'data-thought': '' },
            h('strong', { text: `${firstName(buyer.name)} thinks: ` }),
            `“${d.thought}”`,
          )
        : null,
      h('p', { class: 'reveal-verdict', text: verdict }),
      d.why ? h('p', { class: 'reveal-why', 'data-why': '' }, h('strong', { text: 'Why: ' }), d.why) : null,
    );
  }

  // ---- continue, keys, debrief ------------------------------------------------------------------------
  function onContinue(): void {
    if (onDebrief) return;
    if (session.state === 'ended') {
      showDebrief(session.report());
      return;
    }
    if (mode === 'watch' && watchPhase === 'predict') {
      reveal(null);
      return;
    }
    if (mode === 'watch' && watchPhase === 'reveal') {
      watchPhase = 'auto';
      panel.setExtra(null);
    }
    if (session.state === 'waiting-for-continue') {
      fromInput(() => session.continue());
      panel.focusControls();
    }
  }

  function rewind(): void {
    if (mode !== 'play' || onDebrief) return;
    if (session.snapshot().decisions.length === 0) {
      panel.announce('There is no choice to take back yet.');
      return;
    }
    session.rewind(1);
  }

  function showDebrief(report: SessionReport): void {
    clearTimeout(autoTimer);
    onDebrief = true;
    dialogs.closeAll();
    stage.clearSeats();
    document.body.dataset.screen = 'debrief';
    document.title = `Debrief: ${card.title} — Attune`;
    clear(o.root);
    o.root.append(
      renderDebrief({
        report,
        story: o.story,
        card,
        buyerName: buyer.name,
        watchedPath: mode === 'watch' ? watchPath : null,
        onPlayAgain: () => o.navigate(`#/play/${encodeURIComponent(o.storyId)}`),
        onWatch: () => o.navigate(`#/watch/${encodeURIComponent(o.storyId)}`),
        onBack: () => o.navigate('#/'),
        onTryFrom: (decision) => {
          mode = 'play';
          watchPhase = 'auto';
          mountMeeting();
          panel.setExtra(null);
          session.rewindTo(decision);
        },
      }),
    );
    o.root.querySelector<HTMLElement>('h1')?.focus();
  }

  const onKey = (event: KeyboardEvent): void => {
    if (onDebrief || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target instanceof HTMLElement ? event.target : null;
    const inDialog = dialogs.isOpen();
    if (event.key === '?') {
      event.preventDefault();
      dialogs.toggleKeys();
      return;
    }
    if (event.key === 'h' || event.key === 'H') {
      event.preventDefault();
      panel.el.querySelector<HTMLButtonElement>('[data-tool="transcript"]')?.click();
      return;
    }
    if (inDialog) return;
    if (/^[1-9]$/.test(event.key)) {
      event.preventDefault();
      choose(Number(event.key) - 1);
      return;
    }
    if (event.key === 'Enter' || event.key === ' ') {
      if (target && (target.tagName === 'BUTTON' || target.tagName === 'A' || target.tagName === 'INPUT'))
        return;
      event.preventDefault();
      onContinue();
      return;
    }
    if (event.key === 'Backspace') {
      event.preventDefault();
      rewind();
    }
  };
  document.addEventListener('keydown', onKey);
  const offSettings = o.settings.subscribe((s) => stage.setReducedMotion(s.reducedMotion));

  if (!handOver) mountMeeting();
  o.observeSession?.(session, o.storyId, o.mode);
  const changed = o.resume ? resumeInto(session, o.resume) : undefined;
  if (!o.resume) session.start();
  if (changed) panel.setStatus(changed);

  const dispose = (): void => {
    disposed = true;
    clearTimeout(autoTimer);
    for (const off of offs) off();
    offSettings();
    document.removeEventListener('keydown', onKey);
    dialogs.closeAll();
    stage.clearSeats();
    delete document.body.dataset.meetingDrawn;
  };
  return { dispose, onKey };
}

function sameLine(a: SessionLine, b: SessionLine): boolean {
  return a.text === b.text && a.speaker === b.speaker && a.scene === b.scene && a.clock === b.clock;
}
