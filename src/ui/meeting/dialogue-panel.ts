// The conversation panel beside the stage: recent lines, the current line, choices as real buttons, the
// continue button, the coach, and an aria-live region that announces each new line.
import { clear, h } from '../../kit/dom.ts';
import { seatLabel } from '../../kit/labels.ts';
import type { FrameLine, FrameOption } from '../../session/index.ts';

export interface PanelHandlers {
  onContinue: () => void;
  onChoose: (index: number) => void;
  onTranscript: () => void;
  onKeys: () => void;
  onLeave: () => void;
}

const THREAD_MAX = 5;
const LIVE_MAX = 4;

export class DialoguePanel {
  readonly el: HTMLElement;
  private readonly thread: HTMLOListElement;
  private readonly controls: HTMLElement;
  private readonly extra: HTMLElement;
  private readonly coach: HTMLElement;
  private readonly live: HTMLElement;
  private readonly status: HTMLElement;
  /** Shown while more of the panel lies below what is on screen (a phone, 200% zoom). */
  private readonly moreCue: HTMLElement;
  private layoutPending = false;

  constructor(
    private readonly title: string,
    private readonly handlers: PanelHandlers,
    modeLabel: string,
  ) {
    const tool = (label: string, key: string, action: () => void, name: string): HTMLButtonElement => {
      const b = h(
        'button',
        { class: 'btn btn-quiet tool', type: 'button', 'data-tool': name },
        label,
        h('kbd', { text: key }),
      );
      b.addEventListener('click', action);
      return b;
    };
    const leave = h(
      'button',
      { class: 'btn btn-quiet tool', type: 'button', 'data-tool': 'leave' },
      '← Scenarios',
    );
    leave.addEventListener('click', handlers.onLeave);
    this.thread = h('ol', { class: 'thread', 'aria-label': 'Conversation so far' });
    this.controls = h('div', { class: 'controls' });
    this.extra = h('div', { class: 'extra' });
    this.coach = h('section', { class: 'coach', 'aria-label': 'Coach', hidden: true });
    // Additive: each announcement is a new paragraph, so a line is never replaced by the choices that
    // follow it before a screen reader has spoken it. Only the last few stay in the DOM.
    this.live = h('div', {
      class: 'sr-only',
      role: 'log',
      'aria-live': 'polite',
      'aria-relevant': 'additions',
      'data-live': '',
    });
    this.status = h('p', { class: 'panel-status' });
    this.moreCue = h('p', { class: 'more-cue', 'aria-hidden': 'true', hidden: true, text: 'More below ↓' });
    this.el = h(
      'main',
      { class: 'panel', 'aria-labelledby': 'meeting-title', 'data-screen-name': 'meeting' },
      h(
        'header',
        { class: 'panel-head' },
        h(
          'div',
          {},
          h('p', { class: 'eyebrow', text: modeLabel }),
          h('h1', { id: 'meeting-title', text: title }),
        ),
        h('nav', { class: 'tools', 'aria-label': 'Meeting tools' }, [
          tool('Transcript', 'H', handlers.onTranscript, 'transcript'),
          tool('Keys', '?', handlers.onKeys, 'keys'),
          leave,
        ]),
      ),
      this.status,
      h('div', { class: 'thread-wrap' }, this.thread),
      this.extra,
      this.controls,
      this.coach,
      this.live,
      this.moreCue,
    );
    this.el.addEventListener('scroll', () => this.updateCue(), { passive: true });
    if (typeof ResizeObserver !== 'undefined')
      new ResizeObserver(() => this.scheduleLayout()).observe(this.el);
  }

  /** After new content: the current line at the top of a panel that scrolls, and the cue updated. */
  private scheduleLayout(): void {
    if (this.layoutPending) return;
    this.layoutPending = true;
    // On the next frame: reading layout now would force it in the middle of the update.
    requestAnimationFrame(() => {
      this.layoutPending = false;
      const wrap = this.thread.parentElement;
      wrap?.scrollTo?.({ top: this.thread.scrollHeight });
      const current = this.thread.querySelector<HTMLElement>('.line-current');
      if (current && this.el.scrollHeight > this.el.clientHeight) {
        const top = current.offsetTop - 12;
        this.el.scrollTop = top;
      }
      this.updateCue();
    });
  }

  private updateCue(): void {
    const below = this.el.scrollHeight - this.el.scrollTop - this.el.clientHeight;
    this.moreCue.hidden = below <= 2;
  }

  private lineItem(line: FrameLine): HTMLLIElement {
    const who = line.who;
    return h(
      'li',
      { class: `line line-${line.speaker}`, 'data-line': line.number },
      who ? h('span', { class: 'who', text: who }) : null,
      h('p', { class: 'text', text: line.text }),
    );
  }

  showLine(line: FrameLine): void {
    this.thread.querySelector('.line-current')?.classList.remove('line-current');
    const item = this.lineItem(line);
    item.classList.add('line-current');
    this.thread.append(item);
    while (this.thread.children.length > THREAD_MAX) this.thread.firstElementChild?.remove();
    this.scheduleLayout();
    const who = line.who;
    this.announce(who ? `${who}: ${line.text}` : line.text);
  }

  resetThread(lines: readonly FrameLine[]): void {
    clear(this.thread);
    const recent = lines.slice(-THREAD_MAX);
    recent.forEach((line, i) => {
      const item = this.lineItem(line);
      if (i === recent.length - 1) item.classList.add('line-current');
      this.thread.append(item);
    });
  }

  /** Queues `text` for screen readers after what was announced before it. */
  announce(text: string): void {
    this.live.append(h('p', { text }));
    while (this.live.children.length > LIVE_MAX) this.live.firstElementChild?.remove();
  }

  /** What the live region holds, oldest first. */
  get announcements(): string[] {
    return [...this.live.children].map((child) => child.textContent ?? '');
  }

  setStatus(text: string): void {
    this.status.textContent = text;
  }

  showContinue(label = 'Continue', key = 'Enter'): HTMLButtonElement {
    clear(this.controls);
    const btn = h(
      'button',
      { class: 'btn btn-primary continue', type: 'button', 'data-continue': '' },
      label,
      h('kbd', { text: key }),
    );
    btn.addEventListener('click', () => this.handlers.onContinue());
    this.controls.append(btn);
    this.scheduleLayout();
    return btn;
  }

  showChoices(
    choices: readonly FrameOption[],
    prompt: string,
    onPick: (index: number) => void = this.handlers.onChoose,
  ): HTMLElement {
    clear(this.controls);
    const list = h(
      'ol',
      { class: 'choices', 'aria-label': `${prompt} Press 1 to ${choices.length}.`, tabindex: -1 },
      choices.map((choice) => {
        const btn = h(
          'button',
          { class: 'choice', type: 'button', 'data-choice': choice.index },
          h('kbd', { text: String(choice.key) }),
          h('span', { class: 'choice-text', text: choice.text }),
          choice.seat ? h('span', { class: 'seat-tag', text: `Seat: ${seatLabel(choice.seat)}` }) : null,
        );
        btn.addEventListener('click', () => onPick(choice.index));
        return h('li', {}, btn);
      }),
    );
    this.controls.append(h('p', { class: 'prompt', text: prompt }), list);
    this.scheduleLayout();
    return list;
  }

  clearControls(): void {
    clear(this.controls);
  }

  setExtra(content: HTMLElement | null): void {
    clear(this.extra);
    if (content) this.extra.append(content);
    this.scheduleLayout();
  }

  setCoach(content: HTMLElement | null): void {
    clear(this.coach);
    this.coach.hidden = content === null;
    if (content) this.coach.append(h('h2', { class: 'coach-title', text: 'Coach' }), content);
    this.scheduleLayout();
  }

  focusControls(): void {
    const target = this.controls.querySelector<HTMLElement>('.choices, .continue, button');
    target?.focus({ preventScroll: true });
  }

  get titleText(): string {
    return this.title;
  }
}
