// The projector: large type, high contrast, no numbers until the facilitator reveals them. It renders a
// WorkshopState and drives the shared Phaser stage through the same StageView API the meeting screen uses.
// Contract: update() changes the DOM synchronously (the presenter-to-projector latency is measured on it).
import type { StageView } from '../game/stage-types.ts';
import { brandMark } from '../kit/brand.ts';
import { clear, h } from '../kit/dom.ts';
import { OUTCOME_LABEL, PHASE_NAME } from '../kit/labels.ts';
import { signed, tone } from '../kit/signs.ts';
import { driveStage, resetStage, type StageFrame } from '../kit/stage-cues.ts';
import { peopleOf, type CastLooks } from '../session/index.ts';
import { wallClock } from './protocol.ts';
import { majority, percentages, totalVotes } from './votes.ts';
import {
  DEBRIEF_PAGE_ROWS,
  type DecisionView,
  type OptionView,
  type PathSummary,
  type WorkshopState,
} from './workshop-types.ts';

export interface AudienceViewOptions {
  /** Opens the presenter window (a user gesture on the title slide). */
  onOpenPresenter?: () => void;
  /** Toggles the notes drawer (single-screen mode). */
  onToggleNotes?: () => void;
  /** A thumbnail in the presenter window: draws the same slide, touches nothing outside its element. */
  thumbnail?: boolean;
}

export class AudienceView {
  readonly el: HTMLElement;
  readonly stageHost: HTMLElement;
  private readonly now: HTMLElement;
  private readonly ask: HTMLElement;
  private readonly intro: HTMLElement;
  private readonly debrief: HTMLElement;
  private readonly blackout: HTMLElement;
  private readonly meeting: HTMLElement;
  private readonly title: HTMLElement;
  private readonly pill: HTMLElement;
  private stage: StageView | null = null;
  /** What the stage shows now (null until it is first cued after a reset). */
  private staged: StageFrame | null = null;
  private last: WorkshopState | null = null;
  private readonly keys = { now: '', ask: '', debrief: '', nowFitted: '' };
  private readonly room: HTMLElement;
  private ticker: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly o: AudienceViewOptions) {
    this.stageHost = h('div', { class: 'aud-stage', 'aria-hidden': 'true', 'data-stage': '' });
    this.title = h('p', { class: 'aud-title' });
    this.pill = h('p', { class: 'aud-pill', hidden: true });
    this.room = h('p', { class: 'aud-room', 'data-room': '' });
    this.now = h('section', {
      class: 'aud-now',
      'aria-label': 'The conversation',
      ...(o.thumbnail ? {} : { 'aria-live': 'polite' }),
    });
    this.ask = h('section', { class: 'aud-ask', 'aria-labelledby': 'aud-ask-title', hidden: true });
    this.meeting = h(
      'div',
      { class: 'aud-meeting' },
      this.stageHost,
      h(
        'main',
        { class: 'aud-panel' },
        h('header', { class: 'aud-head' }, brandMark(), this.title, this.pill, this.room),
        this.now,
        this.ask,
      ),
    );
    this.intro = h('section', { class: 'aud-intro', 'aria-labelledby': 'aud-intro-title', hidden: true });
    this.debrief = h('section', {
      class: 'aud-debrief',
      'aria-labelledby': 'aud-debrief-title',
      hidden: true,
    });
    this.blackout = h('div', { class: 'aud-blackout', hidden: true, 'data-blackout': '' });
    this.el = h(
      'div',
      { class: `aud${o.thumbnail ? ' aud-thumb' : ''}`, 'data-view': o.thumbnail ? 'thumbnail' : 'audience' },
      this.meeting,
      this.intro,
      this.debrief,
      this.blackout,
    );
  }

  /** Fits the slide again after the window changed size (a projector plugged in mid-workshop). */
  refit(): void {
    if (this.last?.decision) this.fit(true);
  }

  /** Hands over the stage once Phaser has loaded (the projector works without it meanwhile). */
  attachStage(stage: StageView, looks: CastLooks): void {
    const state = this.last;
    if (!state) return;
    this.stage = stage;
    resetStage(stage, peopleOf(state.card), looks);
    this.staged = null;
    this.update(state);
  }

  update(state: WorkshopState): void {
    const prev = this.last;
    this.last = state;
    this.el.dataset.screen = state.screen;
    this.el.dataset.seq = String(state.seq);
    this.blackout.hidden = !state.blackout;
    this.el.toggleAttribute('data-blacked-out', state.blackout);
    if (!this.o.thumbnail) document.documentElement.toggleAttribute('data-projector-dark', state.blackout);
    const room = `Room ${state.room}`;
    if (this.room.textContent !== room) this.room.textContent = room;
    for (const part of [this.meeting, this.intro, this.debrief])
      part.toggleAttribute('inert', state.blackout);
    this.meeting.setAttribute('aria-hidden', String(state.blackout || state.screen !== 'meeting'));

    this.intro.hidden = state.screen !== 'intro';
    this.debrief.hidden = state.screen !== 'debrief';
    if (state.screen === 'intro' && (prev?.screen !== 'intro' || prev.card.title !== state.card.title)) {
      this.renderIntro(state);
    }
    // Redraw only the parts whose content changed: a vote before the reveal changes nothing people see.
    const debriefKey =
      state.screen === 'debrief'
        ? JSON.stringify([state.roomPath, state.paths, state.report, state.sessionState, state.debriefPage])
        : '';
    if (debriefKey !== '' && debriefKey !== this.keys.debrief) this.renderDebrief(state);
    this.keys.debrief = debriefKey;
    if (this.title.textContent !== state.card.title) this.title.textContent = state.card.title;
    const nowKey = JSON.stringify([
      state.line?.number ?? null,
      state.line?.text ?? null,
      state.thoughtShown,
      state.decision === null ? state.lastChoice : null,
      state.sessionState,
      state.screen,
    ]);
    if (nowKey !== this.keys.now) this.renderNow(state, prev);
    this.keys.now = nowKey;
    const d = state.decision;
    const askKey = JSON.stringify([
      state.screen,
      d && { ...d, votes: d.revealed ? d.votes : null },
      d ? state.timer : null,
    ]);
    if (askKey !== this.keys.ask) {
      this.renderAsk(d, state, prev);
      this.fit(prev?.decision?.key !== d?.key || nowKey !== this.keys.nowFitted);
      this.keys.nowFitted = nowKey;
    }
    this.keys.ask = askKey;
    this.runTimer(state);
    this.updateStage(state);
  }

  /** The discussion timer counts down on the projector by itself; the state only says when it ends. */
  private runTimer(state: WorkshopState): void {
    clearInterval(this.ticker);
    this.ticker = undefined;
    const timer = state.screen === 'meeting' && state.decision ? state.timer : null;
    const face = this.ask.querySelector<HTMLElement>('[data-timer]');
    if (!timer || !face) return;
    const show = (): void => {
      const left = Math.max(0, Math.round((timer.endsAt - wallClock()) / 1000));
      face.textContent = `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}`;
      face.toggleAttribute('data-done', left === 0);
      if (left === 0) clearInterval(this.ticker);
    };
    show();
    this.ticker = setInterval(show, 250);
  }

  // ---- the conversation -----------------------------------------------------------------------------------
  private renderNow(state: WorkshopState, prev: WorkshopState | null): void {
    clear(this.now);
    const line = state.line;
    if (state.lastChoice && !state.decision) {
      this.now.append(
        h(
          'p',
          { class: `aud-played${state.lastChoice.failing ? ' aud-played-failing' : ''}`, 'data-played': '' },
          h('span', { class: 'aud-letter', text: state.lastChoice.letter }),
          state.lastChoice.failing ? 'What the failing seller did' : 'The room’s choice',
        ),
      );
    }
    if (!line) return;
    const who = line.who;
    this.now.append(
      h(
        'figure',
        { class: `aud-line aud-line-${line.speaker}`, 'data-line': line.number },
        who ? h('figcaption', { class: 'aud-speaker', text: who }) : null,
        h('blockquote', {}, h('p', { text: line.text })),
      ),
    );
    if (state.thoughtShown && line.thought) {
      const buyer = peopleOf(state.card).buyer.first;
      this.now.append(
        h(
          'aside',
          { class: `aud-thought${prev?.thoughtShown ? '' : ' aud-enter'}`, 'data-thought': '' },
          h('p', { class: 'aud-thought-who', text: `${buyer} thinks` }),
          h('p', { class: 'aud-thought-text', text: `“${line.thought}”` }),
        ),
      );
    }
    if (state.sessionState === 'ended' && state.screen === 'meeting') {
      this.now.append(h('p', { class: 'aud-end', text: 'The meeting is over.' }));
    }
  }

  private renderAsk(decision: DecisionView | null, state: WorkshopState, prev: WorkshopState | null): void {
    const show = decision !== null && state.screen === 'meeting';
    this.ask.hidden = !show;
    this.pill.hidden = !show;
    this.el.toggleAttribute('data-deciding', show);
    clear(this.ask);
    if (!decision || !show) {
      this.el.removeAttribute('data-crowded');
      return;
    }
    // Animate what is new only: re-rendering for a vote must not make the options flicker.
    const before = prev?.decision?.key === decision.key ? prev.decision : null;
    this.ask.classList.toggle('aud-enter', before === null);
    const entering = decision.revealed && !before?.revealed;
    this.pill.textContent = decision.revealed ? 'The room has voted' : 'Discuss and vote';
    const total = totalVotes(decision.votes);
    const shares = percentages(decision.votes);
    const top = majority(decision.votes);
    const buyer = peopleOf(state.card).buyer.first;
    this.ask.append(
      h(
        'div',
        { class: 'aud-ask-head' },
        h('h2', { id: 'aud-ask-title', text: 'What would you do?' }),
        state.timer
          ? h('p', {
              class: 'aud-timer',
              role: 'timer',
              'aria-label': 'Discussion time left',
              'data-timer': '',
            })
          : null,
        decision.revealed
          ? h(
              'p',
              { class: 'aud-phase', 'data-revealed': '' },
              `${buyer} is in ${PHASE_NAME[decision.phase]}. `,
              total > 0 ? `${total} ${total === 1 ? 'vote' : 'votes'}.` : 'No votes entered.',
            )
          : null,
      ),
      h(
        'ol',
        { class: 'aud-options' },
        decision.options.map((option, i) =>
          this.option(option, decision, {
            votes: decision.votes[i] ?? 0,
            share: shares[i] ?? 0,
            top: decision.revealed && total > 0 && top.includes(i),
            entering,
          }),
        ),
      ),
    );
  }

  private option(
    option: OptionView,
    decision: DecisionView,
    tally: { votes: number; share: number; top: boolean; entering: boolean },
  ): HTMLElement {
    const failing = decision.failingShown && decision.failing?.index === option.index;
    const classes = ['aud-option', tally.top ? 'is-top' : '', failing ? 'is-failing' : ''].filter(Boolean);
    return h(
      'li',
      { class: classes.join(' '), 'data-option': option.letter },
      h('span', { class: 'aud-letter', 'aria-hidden': 'true', text: option.letter }),
      h(
        'div',
        { class: 'aud-option-body' },
        h(
          'p',
          { class: 'aud-option-text' },
          h('span', { class: 'sr-only', text: `${option.letter}: ` }),
          option.text,
        ),
        failing
          ? h('p', { class: 'aud-failing', 'data-failing': '', text: 'The failing seller chose this' })
          : null,
        decision.revealed ? revealed(option, tally) : null,
      ),
    );
  }

  /**
   * A long line with four long options, all revealed, may not fit the slide: step the type down (never
   * below 28 px), then take the line off the slide, until the panel fits. Measures layout, so it runs only when the decision's content changed; a new
   * decision or line starts again from full size, a reveal only ever steps down.
   */
  private fit(fresh: boolean): void {
    const panel = this.ask.parentElement;
    if (!panel || this.ask.hidden) return;
    if (fresh) this.el.removeAttribute('data-crowded');
    const levels = ['', 'very', 'most'];
    const current = this.el.getAttribute('data-crowded');
    for (const level of current === null ? levels : levels.slice(levels.indexOf(current) + 1)) {
      if (panel.scrollHeight <= panel.clientHeight + 1) return;
      this.el.setAttribute('data-crowded', level);
    }
  }

  // ---- title slide and debrief ----------------------------------------------------------------------------
  private renderIntro(state: WorkshopState): void {
    clear(this.intro);
    const { buyer, sponsor } = peopleOf(state.card);
    const open = h(
      'button',
      { class: 'btn btn-primary aud-open', type: 'button', 'data-open-presenter': '' },
      'Open the presenter view',
    );
    open.addEventListener('click', () => this.o.onOpenPresenter?.());
    const notes = h(
      'button',
      { class: 'btn aud-open', type: 'button' },
      'Notes on this screen',
      h('kbd', { text: 'N' }),
    );
    notes.addEventListener('click', () => this.o.onToggleNotes?.());
    this.intro.append(
      h(
        'div',
        { class: 'aud-intro-inner' },
        h('p', { class: 'aud-kicker' }, brandMark(), 'Attune workshop'),
        h('h1', { id: 'aud-intro-title', text: state.card.title }),
        h('p', { class: 'aud-room-big', text: `Room ${state.room}` }),
        h(
          'dl',
          { class: 'aud-cast' },
          h(
            'div',
            {},
            h('dt', { text: 'The buyer' }),
            h(
              'dd',
              {},
              h('strong', { text: buyer.name }),
              buyer.role ? h('span', { text: buyer.role }) : null,
            ),
          ),
          sponsor
            ? h(
                'div',
                {},
                h('dt', { text: 'The sponsor' }),
                h(
                  'dd',
                  {},
                  h('strong', { text: sponsor.name }),
                  sponsor.role ? h('span', { text: sponsor.role }) : null,
                ),
              )
            : null,
        ),
        state.card.summary ? h('p', { class: 'aud-summary', text: state.card.summary }) : null,
        h('p', {
          class: 'aud-how',
          text: 'At each decision: discuss, vote, then see how the buyer takes it.',
        }),
        h('div', { class: 'aud-intro-actions' }, open, notes),
      ),
    );
  }

  private renderDebrief(state: WorkshopState): void {
    clear(this.debrief);
    const failureName = state.paths.failure ? `The failing seller` : null;
    const summary = (
      label: string,
      outcome: string | null,
      overall: number | null,
      kind: string,
    ): HTMLElement =>
      h(
        'div',
        { class: `aud-sum aud-sum-${kind}`, 'data-summary': kind },
        h('p', { class: 'aud-sum-label', text: label }),
        h('p', { class: 'aud-sum-score', text: overall === null ? '—' : String(overall) }),
        h('p', {
          class: 'aud-sum-outcome',
          text: outcome ? (OUTCOME_LABEL[outcome] ?? outcome) : 'Not finished',
        }),
      );
    const ended = state.sessionState === 'ended';
    this.debrief.append(
      h(
        'div',
        { class: 'aud-debrief-inner' },
        h('p', { class: 'aud-kicker' }, brandMark(), state.card.title),
        h('h1', { id: 'aud-debrief-title', text: 'How the room played it' }),
        h(
          'div',
          { class: 'aud-sums' },
          summary(
            'The room',
            ended ? state.report.outcome : null,
            state.scored ? state.report.overall : null,
            'room',
          ),
          state.paths.exemplary
            ? summary(
                'Exemplary path',
                state.paths.exemplary.outcome,
                state.paths.exemplary.overall,
                'exemplary',
              )
            : null,
          state.paths.failure && failureName
            ? summary(failureName, state.paths.failure.outcome, state.paths.failure.overall, 'failure')
            : null,
        ),
        debriefTable(state),
        state.roomPath.length > 0
          ? h(
              'p',
              { class: 'aud-legend' },
              h('span', { class: 'aud-key aud-key-good' }),
              'the room’s majority took the exemplary move',
              h('span', { class: 'aud-key aud-key-bad' }),
              'it took the failing seller’s move',
            )
          : null,
      ),
    );
  }

  // ---- the stage ------------------------------------------------------------------------------------------
  /** The stage follows the state's cast, the meeting frame's (no seats on the projector). */
  private updateStage(state: WorkshopState): void {
    if (!this.stage) return;
    const next: StageFrame = { cast: state.cast, seats: [] };
    driveStage(this.stage, this.staged, next);
    this.staged = next;
  }
}

function revealed(
  option: OptionView,
  tally: { votes: number; share: number; entering: boolean },
): HTMLElement {
  return h(
    'div',
    { class: `aud-reveal${tally.entering ? ' aud-enter' : ''}`, 'data-revealed': '' },
    h(
      'div',
      { class: 'aud-bar', role: 'img', 'aria-label': `${tally.votes} votes, ${tally.share} percent` },
      h('span', { class: 'aud-bar-fill', style: `width: ${tally.share}%` }),
    ),
    h(
      'p',
      { class: 'aud-count' },
      h('strong', { text: String(tally.votes) }),
      ` ${tally.votes === 1 ? 'vote' : 'votes'} · ${tally.share}%`,
    ),
    h(
      'p',
      { class: 'aud-effect' },
      h('span', { class: 'aud-move', text: option.moveLabel }),
      option.effect
        ? [
            h('span', {
              class: `aud-fx ${tone(option.effect.alignment)}`,
              text: `Alignment ${signed(option.effect.alignment)}`,
            }),
            h('span', {
              class: `aud-fx ${tone(option.effect.attunement)}`,
              text: `Attunement ${signed(option.effect.attunement)}`,
            }),
          ]
        : null,
    ),
  );
}

function pathCell(
  summary: PathSummary | null,
  row: WorkshopState['roomPath'][number],
  index: number | null,
): HTMLElement {
  if (summary === null || index === null) return h('td', { class: 'aud-cell-none', text: '—' });
  const option = row.options[index];
  return h(
    'td',
    {},
    h('span', { class: 'aud-letter aud-letter-sm', text: option?.letter ?? '?' }),
    h('span', { class: 'aud-cell-text', text: option?.text ?? '' }),
  );
}

/** The room's path, DEBRIEF_PAGE_ROWS decisions a page (paged, never shrunk: it is read from 10 m). */
function debriefTable(state: WorkshopState): HTMLElement {
  if (state.roomPath.length === 0) {
    return h('p', { class: 'aud-empty', text: 'No decisions yet: the debrief fills in as the room plays.' });
  }
  const pages = Math.ceil(state.roomPath.length / DEBRIEF_PAGE_ROWS);
  const page = Math.min(state.debriefPage, pages - 1);
  const rows = state.roomPath.slice(page * DEBRIEF_PAGE_ROWS, (page + 1) * DEBRIEF_PAGE_ROWS);
  const table = h(
    'table',
    { class: 'aud-path', 'data-room-path': '', 'data-page': page + 1 },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col', class: 'aud-col-n', text: '#' }),
        h('th', { scope: 'col', text: 'The room’s majority' }),
        h('th', { scope: 'col', class: 'aud-col-votes', text: 'Votes' }),
        h('th', { scope: 'col', text: 'Exemplary' }),
        h('th', { scope: 'col', text: 'Failing seller' }),
      ),
    ),
    h(
      'tbody',
      {},
      rows.map((row) => {
        const top = row.majority;
        const pick = top.length === 1 ? top[0] : undefined;
        const option = pick !== undefined ? row.options[pick] : undefined;
        const split = row.options.map((o, i) => `${o.letter} ${row.votes[i] ?? 0}`).join(' · ');
        const agrees = pick !== undefined && pick === row.exemplary;
        return h(
          'tr',
          {
            'data-decision': row.decision,
            class: agrees ? 'is-exemplary' : pick !== undefined && pick === row.failure ? 'is-failure' : '',
          },
          h('th', { scope: 'row', text: String(row.decision) }),
          h(
            'td',
            { class: 'aud-cell-room' },
            option
              ? [
                  h('span', { class: 'aud-letter aud-letter-sm', text: option.letter }),
                  h('span', { class: 'aud-cell-text', text: option.text }),
                ]
              : h('span', {
                  class: 'aud-cell-text aud-cell-none',
                  text:
                    top.length > 1
                      ? `Tie: ${top.map((i) => row.options[i]?.letter).join(' and ')}`
                      : 'No vote',
                }),
          ),
          h(
            'td',
            { class: 'aud-col-votes' },
            h('span', { class: 'aud-split', 'data-split': '', text: row.total > 0 ? split : '—' }),
            row.played !== pick
              ? h('span', {
                  class: 'aud-playednote',
                  text: `played ${row.options[row.played]?.letter ?? '?'}`,
                })
              : null,
          ),
          pathCell(state.paths.exemplary, row, row.exemplary),
          pathCell(state.paths.failure, row, row.failure),
        );
      }),
    ),
  );
  if (pages === 1) return table;
  return h(
    'div',
    { class: 'aud-paged' },
    table,
    h('p', { class: 'aud-page', 'data-page-of': pages, text: `Page ${page + 1} of ${pages} · → next page` }),
  );
}
