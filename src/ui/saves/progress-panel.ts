// The title screen's "Your progress" panel: whether progress is being saved, runs to resume, history
// export and import, data set aside because it could not be read, and opening your own story.
import '../styles/progress.css';
import type { ProgressStore, SavedRun } from '../../persist/index.ts';
import { clear, h } from '../dom.ts';
import { renderOwnStoryPicker, type OwnStoryPickerOptions } from './own-story-picker.ts';

export interface ProgressPanelOptions {
  progress: ProgressStore;
  titles: Record<string, string>;
  onResume: (run: SavedRun) => void;
  ownStory: OwnStoryPickerOptions;
  /** Saves text as a download (injected for tests). */
  download: (fileName: string, mime: string, text: string) => void;
}

function when(time: number): string {
  return new Date(time).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

function resumeList(runs: SavedRun[], o: ProgressPanelOptions, refresh: () => void): HTMLElement | null {
  if (runs.length === 0) return null;
  return h(
    'ul',
    { class: 'resume-list', 'aria-label': 'Meetings in progress' },
    runs.map((run) => {
      const title = o.titles[run.storyId] ?? (run.title || run.storyId);
      const choices = run.log.filter((e) => e.type === 'choice').length;
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
          ` — ${choices} choice${choices === 1 ? '' : 's'} made, saved ${when(run.savedAt)}`,
        ),
        h('div', { class: 'row' }, resume, discard),
      );
    }),
  );
}

function historyControls(
  o: ProgressPanelOptions,
  count: number,
  report: (text: string) => void,
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
    if (file.size > 2 * 1024 * 1024) {
      report(`${file.name} was not imported: it is larger than 2 MB`);
      return;
    }
    void file
      .text()
      .then((text) => o.progress.importText(text, file.name))
      .then((result) => {
        const parts = [`Imported ${result.imported} run${result.imported === 1 ? '' : 's'}`];
        if (result.skipped > 0) parts.push(`${result.skipped} skipped`);
        report([parts.join(', '), ...result.problems].join('. '));
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
    h('div', { class: 'row' }, exportJson, exportCsv, input, importLabel),
  );
}

export interface ProgressPanel {
  el: HTMLElement;
  /** Reads runs and history again (call whenever the title screen is shown). */
  refresh(): void;
}

export function renderProgressPanel(o: ProgressPanelOptions): ProgressPanel {
  const status = h('p', { class: 'save-status', role: 'status', 'data-saving': 'true' });
  const body = h('div', { class: 'progress-body' });
  const messages = h('div', { class: 'progress-messages', 'aria-live': 'polite' });
  const report = (text: string) => messages.replaceChildren(h('p', { class: 'notice', text }));
  const showStatus = () => {
    const s = o.progress.saveStatus;
    status.dataset.saving = String(s.saving);
    status.textContent = s.saving
      ? 'Your progress is saved on this device after every choice.'
      : `Progress is not being saved: ${s.message ?? 'storage is unavailable'}.`;
  };
  o.progress.onStatus(showStatus);
  showStatus();

  const refresh = () => {
    void Promise.all([o.progress.runsInProgress(), o.progress.history()]).then(([runs, history]) => {
      clear(body);
      const notices = o.progress.takeNotices();
      for (const notice of notices) {
        const keep = h(
          'button',
          { class: 'btn', type: 'button', 'data-action': 'export-set-aside' },
          'Export the set-aside data',
        );
        keep.addEventListener(
          'click',
          () =>
            void o.progress
              .exportQuarantine()
              .then((text) => o.download('attune-set-aside.json', 'application/json', text)),
        );
        body.append(h('div', { class: 'notice', role: 'alert' }, h('p', { text: notice }), keep));
      }
      const resume = resumeList(runs, o, refresh);
      if (resume) body.append(h('h3', { text: 'Pick up where you left off' }), resume);
      body.append(h('h3', { text: 'History' }), historyControls(o, history.length, report, refresh));
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
  return { el, refresh };
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
