// The facilitator's view (laptop window, or the notes drawer on a single screen). It renders the states the
// audience window broadcasts and turns clicks and keys into commands; it owns no game state, only which
// option is selected for vote entry and the questions it asks before acting (play a minority? restart?).
// Contract: commands go out stamped with the injected clock for latency checks; the projector counts as lost
// after HEARTBEAT_LOST_MS without a state or a beat from it.
import { brandMark } from '../kit/brand.ts';
import { clear, h } from '../kit/dom.ts';
import { keyBelongsToFocus } from '../kit/keys.ts';
import { moveLabel, OUTCOME_LABEL, PHASE_NAME } from '../kit/labels.ts';
import { signed, tone } from '../kit/signs.ts';
import { optionLetter, peopleOf, type FrameLine } from '../session/index.ts';
import { AudienceView } from './audience-view.ts';
import { clickerNext, playPlan, type PlayPlan } from './decide.ts';
import { actionForKey, KEYMAP, type KeyAction } from './keymap.ts';
import { HEARTBEAT_LOST_MS, type PresentMessage, type Transport } from './protocol.ts';
import { majority, percentages, totalVotes } from './votes.ts';
import { recordFileName, workshopCsv, workshopRecord } from './workshop-record.ts';
import { MAX_NOTES } from './message-schema.ts';
import { MAX_VOTES } from './votes.ts';
import {
  DEBRIEF_PAGE_ROWS,
  type DecisionView,
  type OptionView,
  type WorkshopCommand,
  type WorkshopState,
} from './workshop-types.ts';

export interface PresenterOptions {
  transport: Transport;
  /** This presenter's id on the room's channel. */
  id: string;
  /** Milliseconds since the epoch, comparable between windows (commands are stamped with it). */
  now: () => number;
  /** Inside the projector window (notes drawer): no "open the audience view" button. */
  embedded: boolean;
  /** Opens the audience window when none answers (a user gesture). */
  onOpenAudience?: () => void;
  /** The drawer's N key closes it; a separate presenter window ignores N. */
  onNotes?: () => void;
  /** Saves an export (a download in the browser). */
  download?: (name: string, type: string, text: string) => void;
  /** How long to wait for the audience view before saying none is open. */
  helloTimeoutMs?: number;
  /** Draw a thumbnail of the projector (a separate presenter window; the drawer sits on the projector). */
  thumbnail?: boolean;
}

type Connection = 'looking' | 'connected' | 'missing' | 'lost';

/** The presenter's liveness rule: the projector is lost after HEARTBEAT_LOST_MS without word from it. */
export function projectorLost(lastHeardAt: number, now: number): boolean {
  return now - lastHeardAt > HEARTBEAT_LOST_MS;
}

/** Minutes and seconds, `12:05`. */
export function clockText(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const minutes = Math.floor(total / 60);
  return `${minutes}:${String(total % 60).padStart(2, '0')}`;
}

export class PresenterView {
  readonly el: HTMLElement;
  private state: WorkshopState | null = null;
  private selected: number | null = null;
  private selectedKey: string | null = null;
  private connection: Connection = 'looking';
  private helpOpen = false;
  /** A question the facilitator must answer before the command goes out. */
  private asking: { kind: 'play'; index: number; why: string } | { kind: 'restart' } | null = null;
  /** The drawer on the projector hides the answers (effects, paths, counts) unless asked. */
  private answersShown: boolean;
  private lastHeard = 0;
  private lostBy: 'silence' | 'closed' = 'silence';
  private readonly watchdog: ReturnType<typeof setInterval>;
  private readonly thumb: AudienceView | null;
  private readonly thumbBox: HTMLElement | null;
  private recentOpen = false;
  private readonly id: string;
  private readonly mine = new Set<string>();
  private counter = 0;
  private readonly body: HTMLElement;
  private readonly status: HTMLElement;
  private readonly conn: HTMLElement;
  private readonly help: HTMLElement;
  private readonly stop: () => void;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly o: PresenterOptions) {
    this.id = o.id;
    this.answersShown = !o.embedded;
    this.thumb = o.thumbnail ? new AudienceView({ thumbnail: true }) : null;
    this.thumbBox = this.thumb
      ? h(
          'figure',
          { class: 'pv-thumb', 'data-thumbnail': '' },
          h('div', { class: 'pv-thumb-frame', 'aria-hidden': 'true', inert: true }, this.thumb.el),
          h('figcaption', { class: 'pv-label', text: 'The projector' }),
        )
      : null;
    this.conn = h('p', { class: 'pv-conn', role: 'status', 'data-connection': 'looking' });
    this.status = h('p', { class: 'pv-status', role: 'status', 'aria-live': 'polite', 'data-status': '' });
    this.body = h('div', { class: 'pv-body' });
    this.help = h('section', {
      class: 'pv-keys',
      'aria-labelledby': `pv-keys-${this.id}`,
      'data-keymap': '',
    });
    this.el = h(
      'div',
      { class: `pv${o.embedded ? ' pv-embedded' : ''}`, 'data-view': 'presenter' },
      h(
        'header',
        { class: 'pv-head' },
        brandMark(),
        h(
          'div',
          { class: 'pv-title' },
          h('p', { class: 'pv-eyebrow', text: 'Presenter' }),
          h('h1', { class: 'pv-h1', text: 'Workshop' }),
        ),
        this.conn,
        h('div', { class: 'pv-tools' }),
      ),
      this.status,
      this.body,
      this.help,
    );
    this.renderHelp();
    this.stop = o.transport.listen((message) => this.receive(message));
    this.hello();
    this.render();
    // Once a second: the heartbeat check, the elapsed time and the timer.
    this.watchdog = setInterval(() => this.tick(), 500);
  }

  dispose(): void {
    clearTimeout(this.timer);
    clearInterval(this.watchdog);
    this.o.transport.send({ kind: 'bye', from: 'presenter', id: this.id });
    this.stop();
  }

  /** The key handler: returns true when the key was the facilitator's (the caller prevents the default). */
  handleKey(event: KeyboardEvent): boolean {
    const target = event.target instanceof HTMLElement ? event.target : null;
    if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable)) {
      return false;
    }
    const action = actionForKey(event);
    if (!action) return false;
    // Let buttons keep Enter and Space for themselves (keyboard users activate what they focused).
    if (keyBelongsToFocus(event)) return false;
    this.act(action);
    return true;
  }

  private tick(): void {
    if (this.connection === 'connected' && projectorLost(this.lastHeard, this.o.now())) {
      this.connection = 'lost';
      this.lostBy = 'silence';
      this.render();
      this.hello();
      return;
    }
    const s = this.state;
    if (!s) return;
    const elapsed = this.el.querySelector('[data-elapsed]');
    if (elapsed && s.startedAt !== null) elapsed.textContent = clockText(this.o.now() - s.startedAt);
    const timer = this.el.querySelector('[data-timer-left]');
    if (timer && s.timer) timer.textContent = clockText(s.timer.endsAt - this.o.now());
  }

  // ---- messages -----------------------------------------------------------------------------------------
  private hello(): void {
    this.o.transport.send({ kind: 'hello', from: 'presenter', id: this.id });
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      if (this.connection !== 'connected') {
        if (this.connection !== 'lost') this.connection = 'missing';
        this.render();
        this.hello();
      }
    }, this.o.helloTimeoutMs ?? 900);
  }

  private receive(message: PresentMessage): void {
    if (message.kind === 'beat') {
      if (message.instance !== this.state?.instance) return;
      if (this.connection === 'connected') this.lastHeard = Math.max(this.lastHeard, this.o.now());
      else if (this.connection === 'lost' && this.lostBy === 'silence') {
        // It was only slow (a busy laptop can hold a beat back): the same projector is answering again.
        this.connection = 'connected';
        this.lastHeard = this.o.now();
        this.render();
      }
      return;
    }
    if (message.kind === 'state') {
      const known = this.state;
      if (known && message.state.instance === known.instance && message.state.seq <= known.seq) return;
      this.state = message.state;
      this.lastHeard = this.o.now();
      // The projector state this view has drawn: lets a test (or a clicker script) wait for the presenter.
      this.el.dataset.seq = String(message.state.seq);
      this.connection = 'connected';
      clearTimeout(this.timer);
      const answered = message.state.answered;
      if (answered && this.mine.has(answered.id)) {
        this.mine.delete(answered.id);
        this.say(answered.error ?? '');
      }
      this.render();
    } else if (message.kind === 'bye' && message.from === 'audience' && this.connection === 'connected') {
      // The projector window closed: the workshop is saved; reopening it brings it back as it was.
      this.connection = 'lost';
      this.lostBy = 'closed';
      this.render();
      this.hello();
    }
  }

  private send(command: WorkshopCommand): void {
    // A projector gone silent may only be slow: the command still goes, so no key press is lost to a busy
    // machine. One whose window closed, or none yet, gets nothing.
    const silent = this.connection === 'lost' && this.lostBy === 'silence';
    if (this.connection !== 'connected' && !silent) {
      this.say(
        this.connection === 'lost'
          ? 'The projector is lost: reopen it (the workshop comes back as it was), then go on.'
          : 'No audience view is connected: open it first.',
      );
      return;
    }
    const id = `${this.id}-${++this.counter}`;
    this.mine.add(id);
    this.o.transport.send({ kind: 'command', id, sentAt: this.o.now(), command });
  }

  private say(text: string): void {
    this.status.textContent = text;
  }

  // ---- actions ------------------------------------------------------------------------------------------
  private act(action: KeyAction): void {
    const s = this.state;
    const d = s?.screen === 'meeting' ? (s.decision ?? null) : null;
    const asking = this.asking;
    if (asking && action.type !== 'help') {
      // A question is open: Enter or "next" answers yes, anything else (Esc, ←) answers no.
      this.asking = null;
      if (action.type === 'choose' || action.type === 'next') {
        if (asking.kind === 'play') this.send({ type: 'choose', index: asking.index });
        else this.send({ type: 'restart' });
      } else this.say('Cancelled.');
      this.render();
      return;
    }
    switch (action.type) {
      case 'next': {
        const step = clickerNext(d, this.selected);
        if (step.kind === 'command') this.send({ type: step.command });
        else this.follow(step.plan);
        return;
      }
      case 'back':
        this.send({ type: 'rewind' });
        return;
      case 'cancel':
        return;
      case 'timer':
        if (!d) return this.say('The discussion timer runs at a decision.');
        this.send({ type: 'timer', seconds: d && s?.timer ? 0 : 120 });
        return;
      case 'answers':
        if (!this.o.embedded) return;
        this.answersShown = !this.answersShown;
        this.render();
        return;
      case 'select':
        if (!d || action.index >= d.options.length) {
          this.say(
            d
              ? `There is no option ${optionLetter(action.index)} here.`
              : 'Options are selected at a decision.',
          );
          return;
        }
        this.select(action.index);
        return;
      case 'vote':
        if (!d) return this.say('Votes are entered at a decision.');
        if (this.selected === null) return this.say('Select an option first (1, 2, 3…), then + or −.');
        this.send({ type: 'vote', index: this.selected, delta: action.delta });
        return;
      case 'clear-votes':
        this.send({ type: 'clear-votes' });
        return;
      case 'choose':
        this.choose();
        return;
      case 'reveal':
        this.send({ type: 'reveal' });
        return;
      case 'show-failing':
        this.send({ type: 'show-failing' });
        return;
      case 'blackout':
        this.send({ type: 'blackout' });
        return;
      case 'debrief':
        this.send({ type: 'debrief' });
        return;
      case 'notes':
        this.o.onNotes?.();
        return;
      case 'help':
        this.helpOpen = !this.helpOpen;
        this.renderHelp();
        return;
    }
  }

  private select(index: number): void {
    this.selected = index;
    this.selectedKey = this.state?.decision?.key ?? null;
    this.render();
    this.say(`Option ${optionLetter(index)} selected.`);
  }

  /** Enter: the majority (or the shown failing choice); `index` plays a given option (its Play button). */
  private choose(index: number | null = null): void {
    const d = this.state?.screen === 'meeting' ? this.state.decision : null;
    if (!d) return this.say('Nothing to choose: go on (→) to the next decision.');
    this.follow(playPlan(d, index, this.selected));
  }

  private follow(plan: PlayPlan): void {
    if (plan.kind === 'play') this.send({ type: 'choose', index: plan.index });
    else if (plan.kind === 'none') this.say(plan.why);
    else {
      this.asking = { kind: 'play', index: plan.index, why: plan.why };
      this.render();
      this.say(plan.why);
    }
  }

  private exportRecord(kind: 'json' | 'csv'): void {
    const known = this.state;
    if (!known) return;
    // What is in the fields now, even if the projector has not answered their change yet.
    const notes = this.el.querySelector<HTMLTextAreaElement>('[data-notes]')?.value ?? known.notes;
    const heads = Number(this.el.querySelector<HTMLInputElement>('[data-head-count]')?.value ?? '');
    const s: WorkshopState = {
      ...known,
      notes: notes.slice(0, MAX_NOTES),
      headCount: Number.isInteger(heads) && heads > 0 && heads <= MAX_VOTES ? heads : known.headCount,
    };
    const now = new Date();
    const text =
      kind === 'json' ? `${JSON.stringify(workshopRecord(s, now), null, 2)}\n` : workshopCsv(s, now);
    const type = kind === 'json' ? 'application/json' : 'text/csv';
    (this.o.download ?? downloadText)(recordFileName(s, now, kind), type, text);
    this.say(`Saved the workshop record as ${kind.toUpperCase()}.`);
  }

  // ---- rendering ----------------------------------------------------------------------------------------
  /** Re-renders from the state, keeping keyboard focus on the same control (a vote button, say). */
  private render(): void {
    const focused = focusKey(this.el);
    // A note being typed survives a state arriving meanwhile.
    const draft = this.el.querySelector<HTMLTextAreaElement>('[data-notes]');
    const typing = draft && document.activeElement === draft ? draft.value : null;
    this.draw();
    if (typing !== null) {
      const notes = this.el.querySelector<HTMLTextAreaElement>('[data-notes]');
      if (notes) notes.value = typing;
    }
    if (focused) this.el.querySelector<HTMLElement>(focused)?.focus({ preventScroll: true });
  }

  private draw(): void {
    const s = this.state;
    if (s?.decision?.key !== this.selectedKey) {
      this.selected = null;
      this.selectedKey = null;
    }
    this.conn.dataset.connection = this.connection;
    this.conn.textContent =
      this.connection === 'connected'
        ? 'Projector connected'
        : this.connection === 'looking'
          ? 'Looking for the projector…'
          : this.connection === 'lost'
            ? 'Projector lost'
            : 'No audience view open';
    const h1 = this.el.querySelector('.pv-h1');
    if (h1) h1.textContent = s?.card.title ?? 'Workshop';
    const eyebrow = this.el.querySelector('.pv-eyebrow');
    if (eyebrow) eyebrow.textContent = s ? `Presenter · room ${s.room}` : 'Presenter';
    this.el.toggleAttribute('data-answers-hidden', !this.answersShown);
    this.renderTools(s);
    clear(this.body);
    if (!s) {
      this.body.append(this.waiting());
      return;
    }
    this.el.dataset.screen = s.screen;
    if (this.thumb) this.thumb.update(s);
    if (this.connection === 'lost') this.body.append(this.lostCard());
    if (this.asking) this.body.append(this.askCard(this.asking));
    this.body.append(
      h(
        'div',
        { class: 'pv-col pv-col-now' },
        this.thumbCard(s),
        this.nowCard(s),
        this.nextCard(s),
        this.noteCard(s),
        this.buyerCard(s),
        this.recentCard(s),
      ),
      h(
        'div',
        { class: 'pv-col pv-col-main' },
        s.screen === 'debrief'
          ? this.debriefCard(s)
          : s.decision
            ? this.decisionCard(s, s.decision)
            : this.flowCard(s),
      ),
    );
  }

  private button(
    label: string,
    key: string | null,
    onClick: () => void,
    attrs: Record<string, string | boolean> = {},
  ): HTMLButtonElement {
    const btn = h(
      'button',
      { class: 'btn pv-btn', type: 'button', ...attrs },
      label,
      key ? h('kbd', { text: key }) : null,
    );
    btn.addEventListener('click', onClick);
    return btn;
  }

  private renderTools(s: WorkshopState | null): void {
    const tools = this.el.querySelector('.pv-tools');
    if (!tools) return;
    clear(tools);
    if (!s) return;
    tools.append(
      this.button('Blackout', 'B', () => this.act({ type: 'blackout' }), {
        'aria-pressed': String(s.blackout),
        'data-action': 'blackout',
      }),
      this.button(
        s.screen === 'debrief' ? 'Back to the meeting' : 'Debrief',
        'D',
        () => this.act({ type: 'debrief' }),
        {
          'data-action': 'debrief',
        },
      ),
      this.button('Keys', '?', () => this.act({ type: 'help' }), {
        'aria-expanded': String(this.helpOpen),
        'data-action': 'keys',
      }),
      ...(this.o.onNotes
        ? [this.button('Hide notes', 'N', () => this.o.onNotes?.(), { 'data-action': 'notes' })]
        : []),
    );
  }

  private lostCard(): HTMLElement {
    const box = h(
      'section',
      { class: 'pv-card pv-lost', role: 'alert', 'data-lost': this.lostBy },
      h('h2', {
        text:
          this.lostBy === 'closed'
            ? 'Projector lost: its window was closed'
            : 'Projector lost: it stopped answering',
      }),
      h('p', {
        text: 'Nothing is lost: reopen the projector and the workshop comes back as it was (line, votes, reveal, blackout).',
      }),
    );
    if (this.o.onOpenAudience && !this.o.embedded) {
      const open = this.button('Reopen the projector', null, () => this.o.onOpenAudience?.(), {
        'data-open-audience': '',
      });
      open.classList.add('btn-primary');
      box.append(open);
    }
    return box;
  }

  private askCard(asking: NonNullable<PresenterView['asking']>): HTMLElement {
    const yes = this.button(
      asking.kind === 'play' ? `Play ${optionLetter(asking.index)}` : 'Restart the workshop',
      'Enter',
      () => this.act({ type: 'choose' }),
      { 'data-confirm': 'yes' },
    );
    yes.classList.add('btn-primary');
    const no = this.button('Cancel', 'Esc', () => this.act({ type: 'cancel' }), { 'data-confirm': 'no' });
    return h(
      'section',
      { class: 'pv-card pv-ask', role: 'alertdialog', 'aria-label': 'Confirm', 'data-asking': asking.kind },
      h('p', {
        text:
          asking.kind === 'play'
            ? asking.why
            : 'Restart the workshop? The room’s path and votes are cleared; the exports keep only what you saved.',
      }),
      h('div', { class: 'pv-actions' }, yes, no),
    );
  }

  private thumbCard(s: WorkshopState): HTMLElement | null {
    if (!this.thumbBox) return null;
    this.thumbBox.toggleAttribute('data-dark', s.blackout);
    this.thumbBox.querySelector('.pv-thumb-banner')?.remove();
    if (s.blackout) {
      this.thumbBox.append(h('p', { class: 'pv-thumb-banner', role: 'status', text: 'BLACKED OUT' }));
    }
    return this.thumbBox;
  }

  private nextCard(s: WorkshopState): HTMLElement | null {
    const next = s.next;
    if (!next || s.screen === 'debrief') return null;
    return h(
      'section',
      { class: 'pv-card pv-next', 'aria-label': 'Next', 'data-next': next.kind },
      h('h2', { class: 'pv-label', text: 'Next (→)' }),
      next.kind === 'line'
        ? h('p', {}, h('span', { class: 'pv-muted', text: `${next.who}: ` }), next.text)
        : h('p', {
            text: next.kind === 'decision' ? `Decision ${next.number}: the room votes` : 'The meeting ends',
          }),
    );
  }

  private waiting(): HTMLElement {
    const box = h(
      'section',
      { class: 'pv-card pv-waiting', 'aria-labelledby': `pv-wait-${this.id}` },
      h('h2', {
        id: `pv-wait-${this.id}`,
        text:
          this.connection === 'looking' ? 'Connecting to the projector…' : 'The projector window is not open',
      }),
      h('p', {
        text: 'The meeting runs in the audience view (the window on the projector). Open it, and this window follows it.',
      }),
    );
    if (this.connection === 'missing' && this.o.onOpenAudience && !this.o.embedded) {
      const open = this.button('Open the audience view', null, () => this.o.onOpenAudience?.(), {
        'data-open-audience': '',
      });
      open.classList.add('btn-primary');
      box.append(open);
    }
    return box;
  }

  private nowCard(s: WorkshopState): HTMLElement {
    const line = s.line;
    const buyer = peopleOf(s.card).buyer;
    const who = line ? facilitatorName(line) : '';
    return h(
      'section',
      { class: 'pv-card pv-now', 'aria-labelledby': `pv-now-${this.id}` },
      h('h2', {
        id: `pv-now-${this.id}`,
        class: 'pv-label',
        text: s.screen === 'intro' ? 'On the projector: the title slide' : 'On the projector now',
      }),
      s.startedAt !== null
        ? h(
            'p',
            { class: 'pv-elapsed' },
            'Elapsed ',
            h('strong', { 'data-elapsed': '', text: clockText(this.o.now() - s.startedAt) }),
          )
        : null,
      line
        ? [
            h('p', { class: 'pv-speaker', text: who }),
            h('p', { class: 'pv-line', 'data-current-line': line.number, text: line.text }),
            line.thought && (this.answersShown || s.thoughtShown)
              ? h(
                  'p',
                  { class: `pv-thought${s.thoughtShown ? ' is-shown' : ''}`, 'data-thought': '' },
                  h('strong', { text: `${buyer.first} thinks: ` }),
                  `“${line.thought}”`,
                  h('span', {
                    class: 'pv-tag',
                    text: s.thoughtShown ? 'on the projector' : 'hidden · R reveals',
                  }),
                )
              : null,
          ]
        : h('p', { class: 'pv-muted', text: 'The meeting has not started. Press → to begin.' }),
    );
  }

  private noteCard(s: WorkshopState): HTMLElement | null {
    if (!s.note) return null;
    return h(
      'section',
      { class: 'pv-card pv-note', 'aria-labelledby': `pv-note-${this.id}`, 'data-note': '' },
      h('h2', { id: `pv-note-${this.id}`, class: 'pv-label', text: 'Facilitator note' }),
      h('p', { text: s.note }),
    );
  }

  private buyerCard(s: WorkshopState): HTMLElement {
    const buyer = peopleOf(s.card).buyer.first;
    return h(
      'section',
      { class: 'pv-card pv-buyer', 'aria-label': 'The buyer now' },
      h(
        'dl',
        { class: 'pv-meters' },
        h('div', {}, h('dt', { text: `${buyer}’s phase` }), h('dd', { text: PHASE_NAME[s.phase] })),
        h('div', {}, h('dt', { text: 'Mood' }), h('dd', { text: s.mood })),
        h('div', {}, h('dt', { text: 'Trust' }), h('dd', { text: `${Math.round(s.trust)} / 100` })),
        s.card.sponsor
          ? h('div', {}, h('dt', { text: 'Sponsor' }), h('dd', { text: `${s.sponsor} / 5` }))
          : null,
        // The rest of the cast: each person's own phase, mood and trust.
        s.cast.members
          .filter((m) => m.kind === 'person')
          .map((m) =>
            h(
              'div',
              { 'data-person': m.id },
              h('dt', { text: m.first }),
              h('dd', { text: `${PHASE_NAME[m.phase]} · ${m.mood} · ${Math.round(m.trust)} / 100` }),
            ),
          ),
      ),
    );
  }

  private recentCard(s: WorkshopState): HTMLElement | null {
    const earlier = s.recent.slice(0, -1);
    if (earlier.length === 0) return null;
    const details = h(
      'details',
      { class: 'pv-card pv-recent', open: this.recentOpen },
      h('summary', { text: 'Earlier lines', 'data-action': 'recent' }),
      h(
        'ol',
        {},
        earlier.map((l) =>
          h('li', {}, h('span', { class: 'pv-muted', text: `${facilitatorName(l)}: ` }), l.text),
        ),
      ),
    );
    details.addEventListener('toggle', () => {
      this.recentOpen = details.open;
    });
    return details;
  }

  private flowCard(s: WorkshopState): HTMLElement {
    const next =
      s.screen === 'intro'
        ? 'Start the meeting'
        : s.sessionState === 'ended'
          ? 'Show the debrief'
          : 'Next line';
    const primary = this.button(next, '→', () => this.act({ type: 'next' }), { 'data-action': 'next' });
    primary.classList.add('btn-primary', 'pv-big');
    const last = s.lastChoice;
    return h(
      'section',
      { class: 'pv-card pv-flow', 'aria-labelledby': `pv-flow-${this.id}` },
      h('h2', {
        id: `pv-flow-${this.id}`,
        class: 'pv-label',
        text:
          s.screen === 'intro'
            ? 'Running the room'
            : s.sessionState === 'ended'
              ? 'The meeting is over'
              : 'Conversation',
      }),
      s.screen === 'intro' ? this.howTo() : null,
      last
        ? h(
            'p',
            { class: 'pv-last' },
            `Played ${last.letter}: “${last.text}” `,
            h('span', { class: 'pv-chip', text: last.moveLabel }),
            last.failing
              ? h('span', { class: 'pv-chip pv-chip-bad', text: 'failing seller’s choice' })
              : null,
          )
        : null,
      s.decisionsMade > 0
        ? h('p', {
            class: 'pv-muted',
            text: `${s.decisionsMade} decision${s.decisionsMade === 1 ? '' : 's'} played.`,
          })
        : null,
      h(
        'div',
        { class: 'pv-actions' },
        primary,
        s.line?.thought
          ? this.button(
              s.thoughtShown ? 'Hide the thought' : 'Reveal the buyer’s thought',
              'R',
              () => this.act({ type: 'reveal' }),
              { 'data-action': 'reveal' },
            )
          : null,
        s.decisionsMade > 0
          ? this.button('Rewind one decision', '←', () => this.act({ type: 'back' }), {
              'data-action': 'rewind',
            })
          : null,
      ),
      s.error ? h('p', { class: 'pv-error', role: 'alert', text: `The story stopped: ${s.error}` }) : null,
      s.notice ? h('p', { class: 'pv-error', role: 'status', 'data-notice': '', text: s.notice }) : null,
    );
  }

  private howTo(): HTMLElement {
    const step = (keys: string[], text: string): HTMLElement =>
      h(
        'li',
        {},
        h(
          'span',
          { class: 'pv-keycaps' },
          keys.map((k) => h('kbd', { text: k })),
        ),
        ` ${text}`,
      );
    return h(
      'ol',
      { class: 'pv-howto' },
      step(['→'], 'Go through the conversation line by line; the projector follows this window.'),
      step(['1', '+'], 'At each decision the room discusses and votes: select an option, then + per vote.'),
      step(['R'], 'Reveal the split and what each option does to alignment and attunement.'),
      step(
        ['F'],
        'Show what the failing seller chose here; Enter plays it, R then shows how the buyer took it.',
      ),
      step(['D'], 'The debrief: the room’s majority beside the exemplary and failing paths, with exports.'),
    );
  }

  private decisionCard(s: WorkshopState, d: DecisionView): HTMLElement {
    const total = totalVotes(d.votes);
    const shares = percentages(d.votes);
    const top = this.answersShown || d.revealed ? majority(d.votes) : [];
    const failingLetter = d.failing ? optionLetter(d.failing.index) : null;
    return h(
      'section',
      { class: 'pv-card pv-decision', 'aria-labelledby': `pv-dec-${this.id}`, 'data-decision': d.number },
      h(
        'div',
        { class: 'pv-dec-head' },
        h('h2', { id: `pv-dec-${this.id}`, text: `Decision ${d.number}` }),
        h('p', { class: 'pv-muted', text: `${PHASE_NAME[d.phase]} · effects if chosen now` }),
      ),
      h(
        'ol',
        { class: 'pv-options', 'aria-label': 'Options' },
        d.options.map((option, i) =>
          this.optionRow(option, d, { votes: d.votes[i] ?? 0, share: shares[i] ?? 0, top: top.includes(i) }),
        ),
      ),
      h(
        'p',
        { class: 'pv-total', 'data-total': total },
        `Votes: ${total}`,
        top.length === 1
          ? ` · majority ${optionLetter(top[0] ?? 0)}`
          : top.length > 1
            ? ` · tie ${top.map(optionLetter).join('/')}`
            : '',
        failingLetter && this.answersShown
          ? ` · failing seller (${d.failing?.path}) chose ${failingLetter}`
          : '',
      ),
      this.timerRow(s),
      h(
        'div',
        { class: 'pv-actions' },
        this.button(
          d.revealed ? 'Hide votes and effects' : 'Reveal votes and effects',
          'R',
          () => this.act({ type: 'reveal' }),
          {
            'aria-pressed': String(d.revealed),
            'data-action': 'reveal',
          },
        ),
        this.o.embedded
          ? this.button(
              this.answersShown ? 'Hide the answers' : 'Show the answers',
              'A',
              () => this.act({ type: 'answers' }),
              { 'aria-pressed': String(this.answersShown), 'data-action': 'answers' },
            )
          : null,
        d.failing
          ? this.button(
              d.failingShown ? 'Hide the failing seller’s choice' : 'Show the failing seller’s choice',
              'F',
              () => this.act({ type: 'show-failing' }),
              {
                'aria-pressed': String(d.failingShown),
                'data-action': 'show-failing',
              },
            )
          : null,
        this.chooseButton(d),
        this.button('Rewind', '←', () => this.act({ type: 'back' }), {
          'data-action': 'rewind',
          ...(s.decisionsMade === 0 ? { disabled: true } : {}),
        }),
      ),
    );
  }

  private chooseButton(d: DecisionView): HTMLButtonElement {
    const plan = playPlan(d, null, this.selected);
    const label =
      plan.kind === 'none'
        ? 'Play (no majority yet)'
        : plan.kind === 'play' && d.failingShown && d.failing?.index === plan.index
          ? `Play the failing choice ${optionLetter(plan.index)}`
          : plan.kind === 'play'
            ? `Play the majority ${optionLetter(plan.index)}`
            : `Play ${optionLetter(plan.index)} (asks first)`;
    const btn = this.button(label, 'Enter', () => this.choose(), {
      'data-action': 'choose',
    });
    btn.classList.add('btn-primary');
    return btn;
  }

  private timerRow(s: WorkshopState): HTMLElement {
    const timer = s.timer;
    const start = (seconds: number): HTMLButtonElement =>
      this.button(`${seconds / 60} min`, null, () => this.send({ type: 'timer', seconds }), {
        'data-timer': String(seconds),
      });
    return h(
      'div',
      { class: 'pv-timer', role: 'group', 'aria-label': 'Discussion timer on the projector' },
      h('span', { class: 'pv-muted', text: 'Discussion timer ' }),
      timer
        ? [
            h('strong', { 'data-timer-left': '', text: clockText(timer.endsAt - this.o.now()) }),
            this.button('Stop', 'T', () => this.send({ type: 'timer', seconds: 0 }), { 'data-timer': '0' }),
          ]
        : [start(60), start(120), start(180)],
    );
  }

  private optionRow(
    option: OptionView,
    d: DecisionView,
    tally: { votes: number; share: number; top: boolean },
  ): HTMLElement {
    const i = option.index;
    const selected = this.selected === i;
    const failing = d.failing?.index === i;
    const pick = h(
      'button',
      { class: 'pv-pick', type: 'button', 'aria-pressed': String(selected), 'data-select': option.letter },
      h('span', { class: 'pv-letter', text: option.letter }),
      h('span', { class: 'sr-only', text: `Select option ${option.letter} (key ${i + 1}): ` }),
      h('span', { class: 'pv-option-text', text: option.text }),
    );
    pick.addEventListener('click', () => this.select(i));
    keepFocusOffMouse(pick);
    const minus = h(
      'button',
      {
        class: 'pv-vote',
        type: 'button',
        'aria-label': `One vote less for ${option.letter}`,
        'data-vote-minus': option.letter,
      },
      '−',
    );
    minus.addEventListener('click', () => this.send({ type: 'vote', index: i, delta: -1 }));
    keepFocusOffMouse(minus);
    const plus = h(
      'button',
      {
        class: 'pv-vote',
        type: 'button',
        'aria-label': `One more vote for ${option.letter}`,
        'data-vote-plus': option.letter,
      },
      '+',
    );
    plus.addEventListener('click', () => this.send({ type: 'vote', index: i, delta: 1 }));
    keepFocusOffMouse(plus);
    const play = h(
      'button',
      {
        class: 'pv-vote pv-play',
        type: 'button',
        'data-play': option.letter,
        'aria-label': `Play ${option.letter}`,
      },
      'Play',
    );
    play.addEventListener('click', () => this.choose(i));
    keepFocusOffMouse(play);
    const count = h('input', {
      class: 'pv-count',
      type: 'number',
      min: 0,
      step: 1,
      inputmode: 'numeric',
      value: tally.votes,
      'aria-label': `Votes for ${option.letter}`,
      'data-votes': option.letter,
    });
    count.addEventListener('change', () => {
      const n = Number.parseInt(count.value, 10);
      if (Number.isInteger(n) && n >= 0) this.send({ type: 'set-votes', index: i, count: n });
      else this.say('A vote count is a whole number, 0 or more.');
    });
    count.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === 'Escape') count.blur();
    });
    const fx = option.effect;
    const answers = this.answersShown;
    return h(
      'li',
      {
        class: `pv-option${selected ? ' is-selected' : ''}${tally.top && total(d) ? ' is-top' : ''}`,
        'data-option': option.letter,
      },
      pick,
      h(
        'div',
        { class: 'pv-mech', hidden: !answers },
        answers ? h('span', { class: 'pv-chip', text: moveLabel(option.move ?? undefined) }) : null,
        answers && (option.to !== 'buyer' || d.options.some((o) => o.to !== 'buyer'))
          ? h('span', {
              class: 'pv-muted pv-to',
              'data-to': option.to,
              text: `to ${option.toName} · ${PHASE_NAME[option.phase]}`,
            })
          : null,
        !answers
          ? null
          : fx
            ? [
                h('span', {
                  class: `pv-fx ${tone(fx.alignment)}`,
                  'data-align': fx.alignment,
                  text: `align ${signed(fx.alignment)}`,
                }),
                h('span', {
                  class: `pv-fx ${tone(fx.attunement)}`,
                  'data-attune': fx.attunement,
                  text: `attune ${signed(fx.attunement)}`,
                }),
                fx.rules.length > 0
                  ? h('span', { class: 'pv-muted pv-rules', text: fx.rules.join(', ') })
                  : null,
              ]
            : h('span', { class: 'pv-muted', text: 'unscored' }),
        (answers ? option.paths : []).map((path) =>
          h('span', {
            class: `pv-path${path === 'exemplary' ? ' is-exemplary' : failing && path === d.failing?.path ? ' is-failure' : ''}`,
            text: path,
          }),
        ),
      ),
      h(
        'div',
        { class: 'pv-tally' },
        minus,
        answers || d.revealed ? count : null,
        plus,
        answers || d.revealed ? h('span', { class: 'pv-share', text: `${tally.share}%` }) : null,
        play,
      ),
      option.why && answers ? h('p', { class: 'pv-why', text: option.why }) : null,
    );
  }

  private debriefCard(s: WorkshopState): HTMLElement {
    const json = this.button('Export JSON', null, () => this.exportRecord('json'), { 'data-export': 'json' });
    const csv = this.button('Export CSV', null, () => this.exportRecord('csv'), { 'data-export': 'csv' });
    const restart = this.button(
      'Restart the workshop',
      null,
      () => {
        this.asking = { kind: 'restart' };
        this.render();
      },
      { 'data-action': 'restart' },
    );
    const pages = Math.max(1, Math.ceil(s.roomPath.length / DEBRIEF_PAGE_ROWS));
    const paging =
      pages > 1
        ? h(
            'div',
            { class: 'pv-actions', 'data-pages': pages },
            h('span', { class: 'pv-muted', text: `Projector page ${s.debriefPage + 1} of ${pages}` }),
            this.button('Previous page', '←', () => this.send({ type: 'rewind' }), {
              'data-action': 'page-back',
              ...(s.debriefPage === 0 ? { disabled: true } : {}),
            }),
            this.button('Next page', '→', () => this.send({ type: 'continue' }), {
              'data-action': 'page-next',
              ...(s.debriefPage + 1 >= pages ? { disabled: true } : {}),
            }),
          )
        : null;
    const headCount = h('input', {
      class: 'pv-count',
      type: 'number',
      min: 0,
      step: 1,
      inputmode: 'numeric',
      value: s.headCount ?? '',
      id: `pv-heads-${this.id}`,
      'data-head-count': '',
    });
    headCount.addEventListener('change', () => {
      const text = headCount.value.trim();
      const n = Number(text);
      if (text === '') this.send({ type: 'head-count', count: null });
      else if (Number.isInteger(n) && n >= 0 && n <= MAX_VOTES) this.send({ type: 'head-count', count: n });
      else this.say(`A head count is a whole number from 0 to ${MAX_VOTES}.`);
    });
    const notes = h('textarea', {
      class: 'pv-notes',
      rows: 4,
      maxlength: MAX_NOTES,
      id: `pv-notes-${this.id}`,
      'data-notes': '',
    });
    notes.value = s.notes;
    notes.addEventListener('change', () =>
      this.send({ type: 'notes', text: notes.value.slice(0, MAX_NOTES) }),
    );
    const agreed = s.roomPath.filter((r) => r.majority.length === 1 && r.majority[0] === r.exemplary).length;
    const letter = (i: number | null): string => (i === null ? '—' : optionLetter(i));
    return h(
      'section',
      { class: 'pv-card pv-debrief', 'aria-labelledby': `pv-deb-${this.id}` },
      h('h2', { id: `pv-deb-${this.id}`, class: 'pv-label', text: 'Debrief on the projector' }),
      h(
        'dl',
        { class: 'pv-meters' },
        h(
          'div',
          {},
          h('dt', { text: 'Room (as played)' }),
          h('dd', {
            text:
              s.sessionState === 'ended'
                ? `${s.report.overall} · ${OUTCOME_LABEL[s.report.outcome ?? ''] ?? 'no outcome'}`
                : `${s.report.overall} so far`,
          }),
        ),
        h(
          'div',
          {},
          h('dt', { text: 'Alignment / attunement' }),
          h('dd', { text: `${s.report.alignment} / ${s.report.attunement}` }),
        ),
        h(
          'div',
          {},
          h('dt', { text: 'Majority on the exemplary path' }),
          h('dd', { text: `${agreed} of ${s.roomPath.length}` }),
        ),
      ),
      s.roomPath.length > 0
        ? h(
            'table',
            { class: 'pv-path-table' },
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                ['#', 'Votes', 'Majority', 'Played', 'Exemplary', s.failurePath ?? 'Failure'].map((t) =>
                  h('th', { scope: 'col', text: t }),
                ),
              ),
            ),
            h(
              'tbody',
              {},
              s.roomPath.map((r) => {
                const pick = r.majority.length === 1 ? (r.majority[0] ?? null) : null;
                return h(
                  'tr',
                  {},
                  h('th', { scope: 'row', text: String(r.decision) }),
                  h('td', { text: r.options.map((o, i) => `${o.letter} ${r.votes[i] ?? 0}`).join(' · ') }),
                  h('td', {
                    class: pick !== null && pick === r.exemplary ? 'is-match' : '',
                    text:
                      r.majority.length > 1 ? `tie ${r.majority.map(optionLetter).join('/')}` : letter(pick),
                  }),
                  h('td', { text: letter(r.played) }),
                  h('td', { text: letter(r.exemplary) }),
                  h('td', { text: letter(r.failure) }),
                );
              }),
            ),
          )
        : null,
      paging,
      h(
        'div',
        { class: 'pv-record' },
        h('label', { for: `pv-heads-${this.id}`, text: 'People in the room' }),
        headCount,
        h('label', { for: `pv-notes-${this.id}`, text: 'Notes for the record' }),
        notes,
      ),
      h('p', { class: 'pv-muted', style: 'margin-top: 0.8em', text: 'Keep a record of this workshop:' }),
      h('div', { class: 'pv-actions' }, json, csv, restart),
    );
  }

  private renderHelp(): void {
    clear(this.help);
    this.help.toggleAttribute('data-open', this.helpOpen);
    this.help.append(
      h('h2', { id: `pv-keys-${this.id}`, class: 'pv-label', text: 'Keys' }),
      h(
        'ul',
        { class: 'pv-keylist' },
        KEYMAP.filter((b) => this.helpOpen || b.label !== 'Notes' || this.o.embedded).map((b) =>
          h(
            'li',
            {},
            h(
              'span',
              { class: 'pv-keycaps' },
              b.keys.map((k) => h('kbd', { text: k })),
            ),
            h('span', { class: 'pv-keywhat', text: this.helpOpen ? b.what : b.label }),
          ),
        ),
      ),
    );
    const tools = this.el.querySelector('[aria-expanded]');
    tools?.setAttribute('aria-expanded', String(this.helpOpen));
  }
}

/** The frame's speaker name; the narrator's lines are marked as narration for the facilitator. */
function facilitatorName(line: FrameLine): string {
  return line.who || 'Narration';
}

const FOCUS_KEYS = [
  'data-confirm',
  'data-play',
  'data-timer',
  'data-head-count',
  'data-notes',
  'data-vote-plus',
  'data-vote-minus',
  'data-select',
  'data-votes',
  'data-action',
  'data-export',
  'data-open-audience',
];

/** A selector for the focused control inside `root`, by the data attribute that names it. */
function focusKey(root: HTMLElement): string | null {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement) || !root.contains(active)) return null;
  for (const name of FOCUS_KEYS) {
    const value = active.getAttribute(name);
    if (value !== null) return `[${name}="${value.replace(/["\\]/g, '\\$&')}"]`;
  }
  return null;
}

/** A mouse click leaves focus where it was, so a later Enter plays the majority instead of pressing it. */
function keepFocusOffMouse(button: HTMLElement): void {
  button.addEventListener('mousedown', (event) => event.preventDefault());
}

function total(d: DecisionView): boolean {
  return totalVotes(d.votes) > 0;
}

function downloadText(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
