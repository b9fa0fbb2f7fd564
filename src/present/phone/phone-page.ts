// The page a phone in the room opens: join with the room code (from the QR code or typed), then vote on
// each decision. Contract: it shows only what the room's PhoneView carries, casts one vote per decision
// (a new tap changes it until the reveal), says plainly whether the vote arrived, and keeps the last vote
// it sent so a reloaded or reconnected phone sends it again (a phone's vote counts once, so this is safe).
import './phone.css';
import { brandMark } from '../../kit/brand.ts';
import { clear, h } from '../../kit/dom.ts';
import { normaliseJoinCode } from '../../room/codes.ts';
import type { PhoneLink, PhoneQuestion, PhoneStatus, PhoneView } from './phone-types.ts';

/** Which room to join: by the code people type, or by the room id the QR code carries. */
export type JoinTarget = { code: string } | { room: string };

export interface PhonePageOptions {
  /** The room code from the join link (`?mode=phone&code=<code>`), or null. */
  code: string | null;
  /** The room id from the QR code's link (`?mode=phone&room=<id>`), or null. */
  room?: string | null;
  /** Opens the link to a room. */
  connect: (target: JoinTarget) => PhoneLink;
  /** Keeps this phone's last vote per room across a reload; null keeps it in memory only. */
  storage: Storage | null;
  /** Called with the code once the phone joins with it (the app writes it into the address). */
  onJoin?: (code: string) => void;
}

/** This phone's vote at one decision: `sending` until the room has it (again after a reload). */
interface Sent {
  key: string;
  index: number;
  state: 'sending' | 'counted' | 'failed';
  /** A request for it is out now. */
  inFlight: boolean;
  error?: string;
}

export class PhonePage {
  readonly el: HTMLElement;
  private readonly banner: HTMLElement;
  private readonly body: HTMLElement;
  private readonly roomLabel: HTMLElement;
  private readonly confirm: HTMLElement;
  private link: PhoneLink | null = null;
  private offs: (() => void)[] = [];
  /** The room joined (its typed code, or the QR code's room id); null on the join form. */
  private target: JoinTarget | null = null;
  private status: PhoneStatus = 'connecting';
  private view: PhoneView | null = null;
  private sent: Sent | null = null;
  private rendered = '';

  constructor(private readonly o: PhonePageOptions) {
    this.banner = h('p', { class: 'phone-banner', role: 'status', 'data-phone-banner': '' });
    this.roomLabel = h('p', { class: 'phone-room' });
    this.body = h('div', { class: 'phone-body' });
    this.confirm = h('p', { class: 'phone-confirm', role: 'status', hidden: true, 'data-phone-confirm': '' });
    this.el = h(
      'main',
      { class: 'phone', 'data-view': 'phone' },
      h(
        'header',
        { class: 'phone-head' },
        brandMark(),
        h('p', { class: 'phone-brand', text: 'Attune' }),
        this.roomLabel,
      ),
      this.banner,
      this.body,
      this.confirm,
    );
    const code = o.code === null ? null : normaliseJoinCode(o.code);
    if (o.room) this.join({ room: o.room });
    else if (code) this.join({ code });
    else this.showJoin(o.code === null ? null : 'That code is not a room code: check it on the projector.');
  }

  dispose(): void {
    this.leave();
  }

  // ---- joining ------------------------------------------------------------------------------------------
  private join(target: JoinTarget): void {
    this.leave();
    this.target = target;
    this.status = 'connecting';
    this.view = null;
    this.sent = this.recall();
    this.roomLabel.textContent = 'code' in target ? `Room ${target.code}` : 'Workshop room';
    const link = this.o.connect(target);
    this.link = link;
    this.offs = [
      link.onStatus((status) => {
        this.status = status;
        if (status === 'live') this.resend();
        this.render();
      }),
      link.onView((view) => {
        this.view = view;
        this.resend();
        this.render();
      }),
    ];
    if ('code' in target) this.o.onJoin?.(target.code);
    this.render();
  }

  private leave(): void {
    for (const off of this.offs) off();
    this.offs = [];
    this.link?.close();
    this.link = null;
  }

  private showJoin(problem: string | null, typed = ''): void {
    this.leave();
    this.target = null;
    this.rendered = '';
    this.el.dataset.phoneState = 'join';
    this.roomLabel.textContent = '';
    this.banner.textContent = '';
    this.banner.hidden = true;
    this.confirm.hidden = true;
    clear(this.body);
    const input = h('input', {
      id: 'phone-code',
      class: 'phone-code-input',
      name: 'code',
      value: typed,
      autocomplete: 'off',
      autocapitalize: 'characters',
      spellcheck: 'false',
      enterkeyhint: 'go',
      'aria-describedby': problem ? 'phone-join-help phone-join-problem' : 'phone-join-help',
      'aria-invalid': problem ? 'true' : null,
      'data-phone-code': '',
    });
    const form = h(
      'form',
      { class: 'phone-join', 'data-phone-join': '' },
      h('h1', { class: 'phone-title', text: 'Join the workshop' }),
      h('label', { for: 'phone-code', class: 'phone-label', text: 'Room code' }),
      input,
      h('p', {
        id: 'phone-join-help',
        class: 'phone-help',
        text: 'It is on the projector, under the QR code.',
      }),
      problem
        ? h('p', { id: 'phone-join-problem', class: 'phone-problem', role: 'alert', text: problem })
        : null,
      h('button', { type: 'submit', class: 'phone-primary', text: 'Join' }),
      h('p', { class: 'phone-help', text: 'Your votes are anonymous: nobody sees who voted for what.' }),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const code = normaliseJoinCode(input.value);
      if (code) this.join({ code });
      else this.showJoin('A room code is six letters and digits, as the projector shows it.', input.value);
    });
    this.body.append(form);
  }

  // ---- voting -------------------------------------------------------------------------------------------
  private cast(question: PhoneQuestion, index: number): void {
    const link = this.link;
    if (!link || this.status !== 'live' || this.view?.kind !== 'open') return;
    if (this.sent?.key === question.key && this.sent.index === index && this.sent.state !== 'failed') return;
    this.send(link, question.key, index);
  }

  private send(link: PhoneLink, key: string, index: number): void {
    const sent: Sent = { key, index, state: 'sending', inFlight: true };
    this.sent = sent;
    this.remember(sent);
    this.render();
    link.vote({ key, index }).then(
      () => {
        sent.inFlight = false;
        if (this.sent !== sent) return;
        sent.state = 'counted';
        this.render();
      },
      (error: unknown) => {
        sent.inFlight = false;
        if (this.sent !== sent) return;
        // Cut off mid-send: it goes again when the link is back.
        if (this.status !== 'live') return this.render();
        sent.state = 'failed';
        sent.error = error instanceof Error ? error.message : String(error);
        this.render();
      },
    );
  }

  /** After a reconnect or reload, sends the vote this phone cast at the open decision again. */
  private resend(): void {
    const sent = this.sent;
    const view = this.view;
    if (!sent || !this.link || this.status !== 'live' || view?.kind !== 'open') return;
    if (sent.key !== view.question.key || sent.state !== 'sending' || sent.inFlight) return;
    this.send(this.link, sent.key, sent.index);
  }

  private storageKey(): string | null {
    const t = this.target;
    return t === null ? null : `attune-phone-vote:${'code' in t ? t.code : t.room}`;
  }

  private remember(sent: Sent): void {
    const key = this.storageKey();
    if (key === null) return;
    try {
      this.o.storage?.setItem(key, JSON.stringify({ key: sent.key, index: sent.index }));
    } catch {
      // A full or refused storage only means a reload forgets the vote; the room still has it.
    }
  }

  private recall(): Sent | null {
    const storageKey = this.storageKey();
    if (storageKey === null) return null;
    try {
      const raw = this.o.storage?.getItem(storageKey);
      if (!raw) return null;
      const value: unknown = JSON.parse(raw);
      if (typeof value !== 'object' || value === null) return null;
      const { key, index } = value as { key?: unknown; index?: unknown };
      if (typeof key !== 'string' || typeof index !== 'number' || !Number.isInteger(index)) return null;
      return { key, index, state: 'sending', inFlight: false };
    } catch {
      return null;
    }
  }

  // ---- drawing ------------------------------------------------------------------------------------------
  private render(): void {
    const target = this.target;
    if (target === null) return;
    if (this.status === 'not-found') {
      const code = 'code' in target ? target.code : '';
      this.showJoin(
        `There is no room ${code ? `${code} ` : ''}(or the workshop has ended). Check the code on the projector.`,
        code,
      );
      return;
    }
    this.el.dataset.phoneState = this.view?.kind ?? 'connecting';
    this.el.dataset.link = this.status;
    this.banner.hidden = this.status === 'live';
    this.banner.textContent =
      this.status === 'lost'
        ? 'Connection lost — retrying…'
        : this.status === 'connecting'
          ? 'Joining the room…'
          : '';
    this.banner.classList.toggle('is-lost', this.status === 'lost');
    this.showConfirmation();
    const key = JSON.stringify([this.view, this.sent?.key, this.sent?.index, this.status]);
    if (key === this.rendered) return;
    const focused =
      document.activeElement instanceof HTMLElement ? document.activeElement.dataset.option : undefined;
    this.rendered = key;
    clear(this.body);
    this.body.append(...this.content());
    if (focused !== undefined) this.body.querySelector<HTMLElement>(`[data-option="${focused}"]`)?.focus();
  }

  private content(): HTMLElement[] {
    const view = this.view;
    if (!view) return [h('p', { class: 'phone-wait', text: 'Joining…' })];
    const title = h('p', { class: 'phone-scenario', text: view.title });
    switch (view.kind) {
      case 'waiting':
        return [
          title,
          h('h1', { class: 'phone-title', 'data-phone-waiting': '', text: 'Waiting for the next decision' }),
          h('p', {
            class: 'phone-help',
            text: 'Watch the projector. The options appear here when the room decides.',
          }),
        ];
      case 'ended':
        return [
          title,
          h('h1', { class: 'phone-title', 'data-phone-ended': '', text: 'The meeting is over' }),
          h('p', { class: 'phone-help', text: 'Thank you for voting. The debrief is on the projector.' }),
        ];
      case 'open':
      case 'closed':
        return [title, ...this.question(view.question, view.kind === 'open')];
    }
  }

  private question(q: PhoneQuestion, open: boolean): HTMLElement[] {
    const mine = this.sent?.key === q.key ? this.sent : null;
    const live = this.status === 'live';
    const list = h(
      'ul',
      { class: 'phone-options', 'aria-labelledby': 'phone-question' },
      q.options.map((option, i) => {
        const chosen = mine?.index === i;
        const button = h(
          'button',
          {
            type: 'button',
            class: `phone-option${chosen ? ' is-chosen' : ''}`,
            'aria-pressed': String(chosen),
            disabled: !open || !live,
            'data-option': option.letter,
          },
          h('span', { class: 'phone-letter', 'aria-hidden': 'true', text: option.letter }),
          h(
            'span',
            { class: 'phone-option-text' },
            h('span', { class: 'sr-only', text: `${option.letter}: ` }),
            option.text,
          ),
        );
        button.addEventListener('click', () => this.cast(q, i));
        return h('li', {}, button);
      }),
    );
    return [
      h('h1', {
        id: 'phone-question',
        class: 'phone-title',
        text: `Decision ${q.number}: what should the seller do?`,
      }),
      q.setup
        ? h(
            'figure',
            { class: 'phone-setup' },
            h('figcaption', { class: 'phone-who', text: q.setup.who }),
            h('blockquote', {}, h('p', { text: q.setup.text })),
          )
        : h('span'),
      open ? h('span') : h('p', { class: 'phone-closed', 'data-phone-closed': '', text: 'Votes are closed' }),
      list,
    ];
  }

  /** The one live region that says what became of this phone's vote. */
  private showConfirmation(): void {
    const view = this.view;
    const at = view?.kind === 'open' || view?.kind === 'closed' ? view.question : null;
    this.confirm.hidden = at === null;
    if (!at) return;
    const { text, tone } = this.confirmation(
      at,
      this.sent?.key === at.key ? this.sent : null,
      view?.kind === 'open',
    );
    if (this.confirm.textContent !== text) this.confirm.textContent = text;
    this.confirm.className = `phone-confirm ${tone}`.trim();
    this.confirm.dataset.phoneConfirm = this.sent?.key === at.key ? this.sent.state : 'none';
  }

  private confirmation(q: PhoneQuestion, mine: Sent | null, open: boolean): { text: string; tone: string } {
    const letter = mine ? (q.options[mine.index]?.letter ?? '?') : null;
    let text: string;
    let tone = '';
    if (!mine || letter === null) {
      text = open ? 'Tap an option to vote.' : 'You did not vote on this decision.';
    } else if (mine.state === 'failed') {
      text = `Your vote for ${letter} did not count: ${mine.error ?? 'the room refused it'}`;
      tone = 'is-failed';
    } else if (mine.state === 'sending') {
      text =
        this.status === 'live'
          ? `Sending your vote for ${letter}…`
          : `Your vote for ${letter} is sent when the connection is back.`;
      tone = 'is-sending';
    } else {
      text = open
        ? `Your vote: ${letter}. Tap another option to change it until the votes are revealed.`
        : `Your vote: ${letter}.`;
      tone = 'is-counted';
    }
    return { text, tone };
  }
}
