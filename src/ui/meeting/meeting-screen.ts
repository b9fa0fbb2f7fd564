import '../styles/debrief.css';
import { clear, h } from '../../kit/dom.ts';
import { digitIndex, hasCommandModifier, isContinueKey, keyBelongsToFocus } from '../../kit/keys.ts';
import { moveLabel, PHASE_NAME } from '../../kit/labels.ts';
import { driveStage, type StageFrame } from '../../kit/stage-cues.ts';
import {
  atWatchedDecision,
  autoAdvances,
  castLooks,
  choiceOnPath,
  comparedPaths,
  continueLabel,
  costliestDecisions,
  mustStatus,
  dwellMs,
  namedLine,
  onContinue as continueAction,
  PlaySession,
  predicted,
  resumeInto,
  revealCard,
  startFlow,
  tryFrom,
  type CoachFrame,
  type FrameLine,
  type MeetingFlow,
  type MeetingFrame,
  type RevealCard,
  type SessionLine,
  type SessionReport,
} from '../../session/index.ts';
import { renderDebrief } from '../debrief/debrief-screen.ts';
import {
  OPENING_SEED,
  type LiveMeeting,
  type MeetingOptions,
  type OpeningHandOver,
} from './meeting-types.ts';
import { announceMeetingDrawn, createMeetingView, mountView, setUpStage } from './meeting-view.ts';

export { stageWhenReady } from './stage-proxy.ts';

/** A meeting that starts its session at once: resumed runs, stories without a prebuilt opening. */
export function runMeeting(o: MeetingOptions): () => void {
  return playMeeting(o, null).dispose;
}

/** The meeting itself, on a view of its own or on the one the opening preview already shows. */
export function playMeeting(o: MeetingOptions, handOver: OpeningHandOver | null): LiveMeeting {
  const session = new PlaySession({
    story: o.story,
    seed: OPENING_SEED,
    ...(o.untitled ? { untitled: o.untitled } : {}),
  });
  const card = session.card;
  let flow: MeetingFlow = startFlow(o.mode);
  let autoTimer: ReturnType<typeof setTimeout> | undefined;
  let firstDrawn = handOver !== null;
  /** Watch the failure: the decisions revealed so far, and how many of them the learner predicted. */
  const tally = { predicted: 0, decisions: 0 };
  /** The opening line already on screen: the session's first line takes its place without a redraw. */
  let shownOpening = handOver?.frame.line ?? null;
  const frame = (): MeetingFrame =>
    session.frame({ viewer: 'trainee', ...(flow.watchPath ? { failurePath: flow.watchPath } : {}) });
  const people = frame().people;

  const view = handOver?.view ?? createMeetingView(card.title, flow.mode);
  const { panel, dialogs, shell } = view;
  Object.assign(view.routed, {
    onContinue: () => onContinue(),
    onChoose: (i: number) => choose(i),
    onTranscript: () => dialogs.toggleTranscript(transcriptLines()),
    onKeys: () => dialogs.toggleKeys(),
    onLeave: () => o.navigate('#/'),
  });

  const stage = o.stage;
  if (!handOver) {
    setUpStage(stage, people, castLooks(o.story, card), o.settings.get().reducedMotion);
  }

  const mountMeeting = (): void => {
    flow = { ...flow, debrief: false };
    mountView(o.root, view, card.title, session.scored);
  };

  const transcriptLines = (): FrameLine[] =>
    session.snapshot().transcript.map((line) => namedLine(people, line, 'trainee'));

  // ---- the stage --------------------------------------------------------------------------------------
  // After a key press or click the new line is painted first; the stage follows one frame later, so the
  // text never waits for the picture. The stage then goes straight to the latest frame.
  let drawnStage: StageFrame | null = handOver ? { cast: handOver.frame.cast, seats: [] } : null;
  let pendingStage: StageFrame | null = null;
  let deferStage = false;
  let disposed = false;
  const flushStage = (): void => {
    const next = pendingStage;
    pendingStage = null;
    if (next && !disposed) showStage(next);
  };
  const showStage = (next: StageFrame): void => {
    driveStage(stage, drawnStage, next, (i) => choose(i));
    drawnStage = next;
  };
  const cueStage = (f: MeetingFrame): void => {
    const next: StageFrame = { cast: f.cast, seats: flow.mode === 'play' ? f.seats : [] };
    if (!deferStage && pendingStage === null) {
      showStage(next);
      return;
    }
    const scheduled = pendingStage !== null;
    pendingStage = next;
    if (!scheduled) requestAnimationFrame(() => setTimeout(flushStage, 0));
  };
  const fromInput = (action: () => void): void => {
    deferStage = true;
    try {
      action();
    } finally {
      deferStage = false;
    }
  };

  const markDrawn = (): void => {
    if (firstDrawn) return;
    firstDrawn = true;
    void stage.drawn().then(announceMeetingDrawn);
  };

  // ---- session events ---------------------------------------------------------------------------------
  const offs = [
    session.on('line', ({ line }) => {
      const f = frame();
      if (shownOpening) {
        const same = sameLine(shownOpening, line);
        shownOpening = null;
        if (same) {
          if (autoAdvances(flow, session.state)) scheduleAuto(line);
          return;
        }
        panel.resetThread([]);
      }
      cueStage(f);
      if (f.line) panel.showLine(f.line);
      if (!flow.debrief && session.state === 'waiting-for-continue') {
        panel.showContinue(continueLabel(flow, session.state));
        keepFocus();
        if (autoAdvances(flow, session.state)) scheduleAuto(line);
      }
      markDrawn();
    }),
    session.on('choices', () => {
      const f = frame();
      if (flow.mode === 'watch') offerPrediction(f);
      else offerChoices(f);
    }),
    session.on('chose', () => {
      const f = frame();
      if (flow.mode !== 'play') return;
      const note = o.settings.get().coach && f.coach ? coachNote(f.coach) : null;
      panel.setCoach(note);
      if (note) panel.announce(`Coach: ${spoken(note)}`);
    }),
    session.on('rewound', () => {
      const f = frame();
      panel.resetThread(f.recent);
      panel.setCoach(null);
      panel.setExtra(null);
      cueStage(f);
      panel.announce('Choice taken back. Choose again.');
    }),
    session.on('ended', () => {
      clearTimeout(autoTimer);
      if (flow.step !== 'reveal') panel.setExtra(null);
      panel.showContinue(continueLabel(flow, 'ended'));
      keepFocus();
      cueStage(frame());
    }),
    session.on('failed', ({ message }) => {
      panel.setExtra(storyErrorPanel(message));
      panel.clearControls();
    }),
  ];

  /** Focus to the new step's control, unless the trainee has moved it elsewhere (a dialog, the browser). */
  function keepFocus(): void {
    const active = document.activeElement;
    if (dialogs.isOpen()) return;
    if (!active || active === document.body || shell.contains(active)) panel.focusControls();
  }

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
  function offerChoices(f: MeetingFrame): void {
    panel.setExtra(null);
    const list = panel.showChoices(f.options, 'What do you do?');
    cueStage(f);
    if (shell.contains(document.activeElement) || document.activeElement === document.body)
      list.focus({ preventScroll: true });
    panel.announce(`Your choice. ${f.options.map((c) => `${c.key}: ${c.text}`).join('. ')}`);
  }

  function choose(index: number): void {
    if (flow.mode === 'watch') {
      if (flow.step === 'predict') reveal(index);
      return;
    }
    if (session.state !== 'waiting-for-choice' || index >= session.snapshot().choices.length) return;
    fromInput(() => session.choose(index));
    panel.focusControls();
  }

  function coachNote(c: CoachFrame): HTMLElement {
    const timing = {
      good: 'Well timed for where the buyer is.',
      bad: 'Out of step with where the buyer is.',
    };
    const side = { good: 'It shows you see it from their side.', bad: 'It puts your view ahead of theirs.' };
    const verdict =
      c.timing === null
        ? ''
        : [
            c.timing === 'neutral' ? 'Neutral on timing.' : timing[c.timing],
            c.view && c.view !== 'neutral' ? side[c.view] : '',
          ]
            .filter(Boolean)
            .join(' ');
    return h(
      'div',
      { class: 'coach-body' },
      h('p', {}, h('strong', { text: `${moveLabel(c.move ?? undefined)}. ` }), verdict),
      h(
        'p',
        { class: 'coach-phase' },
        `${people.buyer.first} is in ${PHASE_NAME[c.phase]}`,
        c.fits ? `; this move fits ${PHASE_NAME[c.fits]}.` : '.',
      ),
      c.why ? h('p', { text: c.why }) : null,
    );
  }

  // ---- watch the failure ------------------------------------------------------------------------------
  function scheduleAuto(line: SessionLine): void {
    clearTimeout(autoTimer);
    if (flow.step !== 'auto') return;
    autoTimer = setTimeout(() => {
      if (autoAdvances(flow, session.state)) session.continue();
    }, dwellMs(line));
  }

  function offerPrediction(f: MeetingFrame): void {
    clearTimeout(autoTimer);
    flow = atWatchedDecision(flow, f.failurePath);
    cueStage(f);
    if (!flow.watchPath) {
      panel.setExtra(
        h('p', { class: 'error', role: 'alert', text: 'This story has no failure path to watch.' }),
      );
      panel.clearControls();
      return;
    }
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
    const list = panel.showChoices(f.options, 'Your prediction:', (i) => reveal(i));
    list.after(show);
    list.focus({ preventScroll: true });
    panel.announce(`What would you do? ${f.options.map((c) => `${c.key}: ${c.text}`).join('. ')}`);
  }

  function reveal(prediction: number | null): void {
    if (flow.step !== 'predict' || !flow.watchPath) return;
    let index: number;
    try {
      index = choiceOnPath(session, flow.watchPath);
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
    flow = predicted(flow, prediction);
    tally.decisions++;
    if (prediction === index) tally.predicted++;
    const offered = session.snapshot().choices;
    session.choose(index);
    const decision = session.snapshot().decisions.at(-1);
    if (decision) {
      const section = revealSection(revealCard(decision, offered, prediction, people));
      panel.setExtra(section);
      panel.announce(spoken(section));
    }
    panel.focusControls();
  }

  function revealSection(r: RevealCard): HTMLElement {
    const verdict = r.misaligned
      ? `Why it misaligns: ${r.thinker} was in ${PHASE_NAME[r.phase]}${r.fits ? `, and this move fits ${PHASE_NAME[r.fits]}` : ''}.`
      : `${r.thinker} was in ${PHASE_NAME[r.phase]}.`;
    return h(
      'section',
      {
        class: `reveal${r.misaligned ? ' reveal-bad' : ''}`,
        'aria-labelledby': 'reveal-title',
        'data-reveal-card': '',
      },
      h('h2', { id: 'reveal-title', text: 'What the seller did' }),
      h(
        'p',
        { class: 'reveal-choice' },
        `“${r.text}”`,
        h('span', { class: 'chip', text: moveLabel(r.move ?? undefined) }),
      ),
      r.prediction
        ? h('p', {
            class: 'reveal-prediction',
            text:
              r.prediction.kind === 'same'
                ? 'You predicted this move.'
                : `You would have chosen: “${r.prediction.text}”`,
          })
        : null,
      r.thought
        ? h(
            'p',
            { class: 'reveal-thought', 'data-thought': '' },
            h('strong', { text: `${r.thinker} thinks: ` }),
            `“${r.thought}”`,
          )
        : null,
      h('p', { class: 'reveal-verdict', text: verdict }),
      r.why ? h('p', { class: 'reveal-why', 'data-why': '' }, h('strong', { text: 'Why: ' }), r.why) : null,
    );
  }

  // ---- continue, keys, debrief ------------------------------------------------------------------------
  function onContinue(): void {
    const before = flow;
    const next = continueAction(flow, session.state);
    flow = next.flow;
    if (next.action === 'debrief') showDebrief(session.report());
    else if (next.action === 'reveal') reveal(null);
    else {
      if (before.step === 'reveal' && flow.step === 'auto') panel.setExtra(null);
      if (next.action === 'continue') {
        fromInput(() => session.continue());
        panel.focusControls();
      }
    }
  }

  function rewind(): void {
    if (flow.mode !== 'play' || flow.debrief) return;
    if (session.snapshot().decisions.length === 0) {
      panel.announce('There is no choice to take back yet.');
      return;
    }
    session.rewind(1);
  }

  function showDebrief(report: SessionReport): void {
    clearTimeout(autoTimer);
    flow = { ...flow, debrief: true };
    dialogs.closeAll();
    showStage({ cast: frame().cast, seats: [] });
    const watchedPath = flow.mode === 'watch' ? flow.watchPath : null;
    const musts = mustStatus(card, report.decisions);
    document.body.dataset.screen = 'debrief';
    document.title = `Debrief: ${card.title} — Attune`;
    clear(o.root);
    o.root.append(
      renderDebrief({
        report,
        paths: comparedPaths({
          story: o.story,
          rubric: session.rubric,
          decisions: report.decisions,
          watchedPath,
        }),
        card,
        buyerName: people.buyer.name,
        musts,
        costly: report.scored
          ? costliestDecisions({
              story: o.story,
              rubric: session.rubric,
              decisions: report.decisions,
              card,
            })
          : [],
        watchedPath,
        watchTally: watchedPath ? { ...tally } : null,
        onPlayAgain: () => o.navigate(`#/play/${encodeURIComponent(o.storyId)}`),
        onWatch: () => o.navigate(`#/watch/${encodeURIComponent(o.storyId)}`),
        onBack: () => o.navigate('#/'),
        onTryFrom: (decision) => {
          flow = tryFrom(flow);
          mountMeeting();
          panel.setExtra(null);
          session.rewindTo(decision);
        },
      }),
    );
    o.root.querySelector<HTMLElement>('h1')?.focus();
  }

  const onKey = (event: KeyboardEvent): void => {
    if (flow.debrief || hasCommandModifier(event)) return;
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
    if (dialogs.isOpen()) return;
    const digit = digitIndex(event.key);
    if (digit !== null) {
      event.preventDefault();
      choose(digit);
      return;
    }
    if (isContinueKey(event.key)) {
      if (keyBelongsToFocus(event)) return;
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

/** An element's text as a screen reader should hear it: its headings and paragraphs, one after another. */
function spoken(el: HTMLElement): string {
  return [...el.querySelectorAll('h2, p')]
    .map((part) => part.textContent?.trim() ?? '')
    .filter(Boolean)
    .join(' ');
}

function sameLine(a: SessionLine, b: SessionLine): boolean {
  return a.text === b.text && a.speaker === b.speaker && a.scene === b.scene && a.clock === b.clock;
}
