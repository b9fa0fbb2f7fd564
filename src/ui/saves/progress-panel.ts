// The title screen's "Your progress" panel: whether progress is being saved, runs to resume, history
// export and import, data set aside because it could not be read, and opening your own story.
import '../styles/progress.css';
import type { ProgressStore, SavedRun } from '../../persist/index.ts';
import { clear, h } from '../dom.ts';
import { renderOwnStoryPicker, type OwnStoryPickerOptions } from './own-story-picker.ts';

export interface ProgressPanelOptions {
  progress: ProgressStore;
  /** Scenario titles by story id. */
  titles: ReadonlyMap<string, string>;
  onResume: (run: SavedRun) => void;
  ownStory: OwnStoryPickerOptions;
  /** Saves text as a download (injected for tests). */
  download: (fileName: string, mime: string, text: string) => void;
  /** Called after an import changed the history (the cards' best scores follow). */
  onImported?: () => void;
  /** Called with the stories that have a run waiting, each time the panel has read them. */
  onRunsRead?: (storyIds: ReadonlySet<string>) => void;
}

function when(time: number): string {
  return new Date(time).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

const choiceCount = (run: SavedRun) => run.log.filter((e) => e.type === 'choice').length;
const choicesText = (n: number) => `${n} choice${n === 1 ? '' : 's'}`;
const titleOf = (o: ProgressPanelOptions, run: SavedRun) => o.titles.get(run.storyId) ?? run.storyId;

function resumeList(runs: SavedRun[], o: ProgressPanelOptions, refresh: () => void): HTMLElement | null {
  if (runs.length === 0) return null;
  return h(
    'ul',
    { class: 'resume-list', 'aria-label': 'Meetings in progress' },
    runs.map((run) => {
      const title = titleOf(o, run);
      const choices = choiceCount(run);
      const resume = h(
        'button',
        { class: 'btn btn-primary', type: 'button', 'data-action': 'resume' },
        'Resume',
      );
      resume.setAttribute('aria-label', `Resume ${title}`);
      resume.addEventListener('click', () => o.onResume(run));
      const discard = h('button', { class: 'btn', type: 'button', 'data-action': 'discard' }, 'Discard');
      discard.setAttribute('aria-label', `Discard the saved meeting: ${title}`);
      discard.addEventListener('click', () => void o.progress.clearRun(run.storyId).then(refresh));
      return h(
        'li',
        { 'data-story': run.storyId },
        h(
          'p',
          {},
          h('strong', { text: title }),
          ` — ${choicesText(choices)} made, saved ${when(run.savedAt)}`,
        ),
        h('div', { class: 'row' }, resume, discard),
      );
    }),
  );
}

function exportSetAsideButton(o: ProgressPanelOptions, label = 'Export the set-aside data'): HTMLElement {
  const button = h('button', { class: 'btn', type: 'button', 'data-action': 'export-set-aside' }, label);
  button.addEventListener(
    'click',
    () =>
      void o.progress
        .exportQuarantine()
        .then((text) => o.download('attune-set-aside.json', 'application/json', text)),
  );
  return button;
}

/** Asks, inside the panel, whether a newer run in progress from a file replaces the trainee's own. */
function askReplace(
  messages: HTMLElement,
  o: ProgressPanelOptions,
  current: SavedRun,
  incoming: SavedRun,
): Promise<boolean> {
  return new Promise((resolve) => {
    const title = titleOf(o, current);
    const replace = h(
      'button',
      { class: 'btn btn-primary', type: 'button', 'data-action': 'replace-run' },
      'Use the file’s',
    );
    const keep = h('button', { class: 'btn', type: 'button', 'data-action': 'keep-run' }, 'Keep mine');
    const question = h(
      'div',
      {
        class: 'notice',
        role: 'alertdialog',
        'aria-label': `Replace your meeting in progress: ${title}?`,
        'data-question': 'replace-run',
      },
      h('p', {
        text: `The file has a newer meeting in progress in “${title}” (${choicesText(choiceCount(incoming))}, saved ${when(incoming.savedAt)}) than yours (${choicesText(choiceCount(current))}, saved ${when(current.savedAt)}). Replace yours with it?`,
      }),
      h('div', { class: 'row' }, replace, keep),
    );
    const answer = (yes: boolean) => {
      question.remove();
      resolve(yes);
    };
    replace.addEventListener('click', () => answer(true));
    keep.addEventListener('click', () => answer(false));
    messages.append(question);
    keep.focus();
  });
}

function historyControls(
  o: ProgressPanelOptions,
  count: number,
  setAside: number,
  messages: HTMLElement,
  refresh: () => void,
) {
  const exportJson = h(
    'button',
    { class: 'btn', type: 'button', 'data-action': 'export-json' },
    'Export JSON',
  );
  exportJson.addEventListener(
    'click',
    () =>
      void o.progress
        .exportJson()
        .then((text) => o.download('attune-history.json', 'application/json', text)),
  );
  const exportCsv = h('button', { class: 'btn', type: 'button', 'data-action': 'export-csv' }, 'Export CSV');
  exportCsv.addEventListener(
    'click',
    () => void o.progress.exportCsv().then((text) => o.download('attune-history.csv', 'text/csv', text)),
  );
  const input = h('input', {
    type: 'file',
    accept: '.json,.csv,application/json,text/csv',
    class: 'visually-hidden',
    id: 'import-history',
  });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    messages.replaceChildren(h('p', { class: 'notice', role: 'status', text: `Importing ${file.name}…` }));
    void o.progress
      .importFile(file, {
        fileName: file.name,
        confirmReplaceRun: (current, incoming) => askReplace(messages, o, current, incoming),
      })
      .then((result) => {
        const [summary, ...details] = result.messages;
        messages.replaceChildren(
          h(
            'div',
            { class: 'notice', 'data-import-result': 'true' },
            h('p', { text: summary ?? '' }),
            details.length > 0
              ? h(
                  'ul',
                  { class: 'problems' },
                  details.map((text) => h('li', { text })),
                )
              : null,
          ),
        );
        if (result.imported > 0) o.onImported?.();
        refresh();
      });
  });
  const importLabel = h('label', { class: 'btn', for: 'import-history', 'data-action': 'import' }, 'Import…');
  return h(
    'div',
    { class: 'history' },
    h('p', {
      text:
        count === 0
          ? 'No finished meetings yet.'
          : `${count} finished meeting${count === 1 ? '' : 's'} in your history.`,
    }),
    h(
      'div',
      { class: 'row' },
      exportJson,
      exportCsv,
      input,
      importLabel,
      setAside > 0 ? exportSetAsideButton(o, `Export the set-aside data (${setAside})`) : null,
    ),
  );
}

export interface ProgressPanel {
  el: HTMLElement;
  /** The runs waiting to be resumed (hidden when none): the title screen puts it first. */
  offer: HTMLElement;
  /** Reads runs and history again (call whenever the title screen is shown). */
  refresh(): void;
}

export function renderProgressPanel(o: ProgressPanelOptions): ProgressPanel {
  const status = h('p', { class: 'save-status', role: 'status', 'data-saving': 'true' });
  const body = h('div', { class: 'progress-body' });
  // The runs waiting to be resumed: the title screen shows this first, above the scenarios.
  const offer = h('section', {
    class: 'resume-offer',
    'aria-labelledby': 'resume-offer-title',
    'data-resume-offer': '',
    hidden: true,
  });
  const messages = h('div', { class: 'progress-messages', 'aria-live': 'polite' });
  const showStatus = () => {
    const s = o.progress.saveStatus;
    status.dataset.saving = String(s.saving);
    status.textContent = s.saving
      ? 'Your progress is saved on this device after every choice.'
      : `Progress is not being saved: ${s.message ?? 'storage is unavailable'}.`;
    if (s.saving) status.textContent = 'Your progress is saved on this device after every line and choice.';
  };
  o.progress.onStatus(showStatus);
  showStatus();

  // Refreshes can overlap (the title is drawn again when the bests arrive): only the latest one draws.
  let generation = 0;
  const refresh = () => {
    const mine = ++generation;
    void Promise.all([o.progress.runsInProgress(), o.progress.history()])
      .then(async ([runs, history]) => [runs, history, await o.progress.setAsideCount()] as const)
      .then(([runs, history, setAside]) => {
        if (mine !== generation) return;
        clear(body);
        // Notices stay until dismissed, so every redraw shows them: no refresh can swallow one.
        for (const notice of o.progress.notices()) {
          const dismiss = h(
            'button',
            { class: 'btn', type: 'button', 'data-action': 'dismiss-notice' },
            'Dismiss',
          );
          const box = h(
            'div',
            { class: 'notice', role: 'alert', 'data-notice': 'set-aside' },
            h('p', { text: notice.text }),
            h('div', { class: 'row' }, exportSetAsideButton(o), dismiss),
          );
          dismiss.addEventListener('click', () => {
            o.progress.dismissNotice(notice.id);
            box.remove();
          });
          body.append(box);
        }
        const resume = resumeList(runs, o, refresh);
        clear(offer);
        offer.hidden = resume === null;
        if (resume)
          offer.append(h('h2', { id: 'resume-offer-title', text: 'Pick up where you left off' }), resume);
        o.onRunsRead?.(new Set(runs.map((run) => run.storyId)));
        body.append(
          h('h3', { text: 'History' }),
          historyControls(
            o,
            history.length,
            o.progress.notices().length > 0 ? 0 : setAside,
            messages,
            refresh,
          ),
        );
      });
  };
  refresh();

  const el = h(
    'section',
    { class: 'progress-panel', 'aria-labelledby': 'progress-title' },
    h('h2', { id: 'progress-title', text: 'Your progress' }),
    status,
    body,
    messages,
    renderOwnStoryPicker(o.ownStory),
  );
  return { el, offer, refresh };
}

/** Offers text as a file download. */
export function downloadText(fileName: string, mime: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const link = h('a', { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
