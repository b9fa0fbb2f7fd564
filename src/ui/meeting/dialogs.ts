// The transcript (H) and key map (?) dialogs: native <dialog>, so focus and Escape behave.
import type { FrameLine } from '../../session/index.ts';
import { clear, h } from '../../kit/dom.ts';

export interface Dialogs {
  readonly el: HTMLElement;
  toggleTranscript(lines: readonly FrameLine[]): void;
  toggleKeys(): void;
  isOpen(): boolean;
  closeAll(): void;
}

const KEYS: [string, string][] = [
  ['1 – 9', 'Choose an option'],
  ['Enter or Space', 'Continue'],
  ['Backspace', 'Take back your last choice'],
  ['H', 'Open or close the transcript'],
  ['?', 'Show these keys'],
  ['Esc', 'Close a window'],
];

function dialog(id: string, title: string, body: HTMLElement): HTMLDialogElement {
  const close = h('button', { class: 'btn', type: 'button' }, 'Close');
  const d = h(
    'dialog',
    { id, 'aria-labelledby': `${id}-title` },
    h('div', { class: 'dialog-head' }, h('h2', { id: `${id}-title`, text: title }), close),
    body,
  );
  close.addEventListener('click', () => d.close());
  return d;
}

export function createDialogs(): Dialogs {
  const transcriptBody = h('ol', { class: 'transcript' });
  const transcript = dialog('transcript', 'Transcript', h('div', { class: 'dialog-body' }, transcriptBody));
  const keys = dialog(
    'keymap',
    'Keys',
    h(
      'dl',
      { class: 'keymap' },
      KEYS.flatMap(([k, what]) => [h('dt', {}, h('kbd', { text: k })), h('dd', { text: what })]),
    ),
  );
  const all = [transcript, keys];
  const open = (d: HTMLDialogElement): void => {
    for (const other of all) if (other !== d && other.open) other.close();
    if (!d.open) d.showModal();
  };
  return {
    el: h('div', { class: 'dialogs' }, transcript, keys),
    toggleTranscript(lines) {
      if (transcript.open) {
        transcript.close();
        return;
      }
      clear(transcriptBody);
      for (const line of lines) {
        const who = line.who;
        transcriptBody.append(
          h(
            'li',
            { class: `line-${line.speaker}` },
            who ? h('strong', { text: `${who}: ` }) : null,
            line.text,
          ),
        );
      }
      open(transcript);
      transcriptBody.lastElementChild?.scrollIntoView?.({ block: 'end' });
    },
    toggleKeys() {
      if (keys.open) keys.close();
      else open(keys);
    },
    isOpen: () => all.some((d) => d.open),
    closeAll() {
      for (const d of all) if (d.open) d.close();
    },
  };
}
