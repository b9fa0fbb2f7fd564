// "Open your own story": pick or drop .ink files (with their INCLUDEs) or a folder; the story is checked
// in a Worker, and either its problems are listed with file and line, or it opens for play. Once compiled it
// can start at once ("Play now") while the check of every path finishes; the check's warnings are shown
// before play, and a story with none opens by itself.
import { h } from '../dom.ts';
import { checkInWorker, type OwnStoryCheck } from '../own-story/check-in-worker.ts';
import { collectFiles, readStoryFiles } from '../own-story/read-files.ts';

export interface OwnStoryPickerOptions {
  /** Called with a checked story, ready to play. */
  onReady: (story: { title: string; json: string; scored: boolean }) => void;
  check?: (
    files: Record<string, string>,
    onCompiled: (compiled: Extract<OwnStoryCheck, { ok: true }>) => void,
  ) => Promise<OwnStoryCheck>;
}

type Playable = Extract<OwnStoryCheck, { ok: true }>;

function warningList(story: Playable): HTMLElement | null {
  if (story.warnings.length === 0) return null;
  return h(
    'div',
    { class: 'notice own-warnings' },
    h('p', { text: 'Before you play, the checker found:' }),
    h(
      'ul',
      { class: 'warnings' },
      story.warnings.map((w) =>
        h('li', {
          text: `${w.file}${w.line > 0 ? `:${w.line}` : ''}: ${w.message}${w.count && w.count > 1 ? ` (×${w.count})` : ''}`,
        }),
      ),
    ),
  );
}

function coverageText(story: Playable): string {
  const c = story.coverage;
  if (!c) return 'Checking every path… you can start now.';
  return c.mode === 'exhaustive'
    ? `Checked every path: ${c.states} decisions, ${c.knotsReached} of ${c.knotsTotal} knots reached.`
    : `Checked a sample of paths (the story is too large to check whole here): ${c.knotsReached} of ${c.knotsTotal} knots reached.`;
}

function problemList(check: Extract<OwnStoryCheck, { ok: false }>, refused: string[]): HTMLElement {
  return h(
    'div',
    { class: 'notice', role: 'alert' },
    h('p', { text: 'This story cannot be played yet:' }),
    h(
      'ul',
      { class: 'problems' },
      [
        ...refused,
        ...check.problems.map((p) => `${p.file}${p.line > 0 ? `:${p.line}` : ''}: ${p.message}`),
      ].map((text) => h('li', { text })),
    ),
  );
}

export function renderOwnStoryPicker(o: OwnStoryPickerOptions): HTMLElement {
  const result = h('div', { class: 'own-result', 'aria-live': 'polite' });
  const check =
    o.check ??
    ((files: Record<string, string>, onCompiled: (compiled: Playable) => void) =>
      checkInWorker(files, { onCompiled }));

  const open = async (source: FileList | DataTransfer) => {
    result.replaceChildren(h('p', { role: 'status', text: 'Checking the story…' }));
    const { files, refused } = await readStoryFiles(await collectFiles(source));
    if (Object.keys(files).length === 0) {
      result.replaceChildren(problemList({ ok: false, main: null, problems: [] }, refused));
      return;
    }
    let started = false;
    const play = (story: Playable) => {
      if (started) return;
      started = true;
      result.replaceChildren(
        h('p', {
          role: 'status',
          text: story.scored
            ? `Opening “${story.title}”…`
            : `Opening “${story.title}” (unscored: it plays without a score)…`,
        }),
      );
      o.onReady({ title: story.title, json: story.json, scored: story.scored });
    };
    const offer = (story: Playable, label: string) => {
      const button = h('button', { type: 'button', class: 'btn primary', 'data-action': 'play-own' }, label);
      button.addEventListener('click', () => play(story));
      result.replaceChildren(
        ...[
          h('p', { role: 'status', text: `“${story.title}” ${coverageText(story)}` }),
          warningList(story),
          button,
        ].filter((el): el is HTMLElement => el !== null),
      );
    };
    const verdict = await check(files, (compiled) => {
      if (!started) offer(compiled, 'Play now');
    });
    if (started) return;
    if (!verdict.ok) {
      result.replaceChildren(problemList(verdict, refused));
      return;
    }
    if (verdict.warnings.length === 0) play(verdict);
    else offer(verdict, 'Play');
  };

  const files = h('input', {
    type: 'file',
    accept: '.ink',
    multiple: true,
    id: 'own-story-files',
    class: 'visually-hidden',
  });
  const folder = h('input', {
    type: 'file',
    id: 'own-story-folder',
    class: 'visually-hidden',
    webkitdirectory: true,
  });
  for (const input of [files, folder]) {
    input.addEventListener('change', () => {
      if (input.files && input.files.length > 0) void open(input.files);
      input.value = '';
    });
  }
  const zone = h(
    'div',
    { class: 'drop-zone', 'data-drop': 'own-story' },
    h('p', { text: 'Drop an .ink story (or its folder) here, or' }),
    h(
      'div',
      { class: 'row' },
      files,
      h('label', { class: 'btn', for: 'own-story-files' }, 'Choose .ink files…'),
      folder,
      h('label', { class: 'btn', for: 'own-story-folder' }, 'Choose a folder…'),
    ),
  );
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.dataset.over = 'true';
  });
  zone.addEventListener('dragleave', () => delete zone.dataset.over);
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    delete zone.dataset.over;
    if (event.dataTransfer) void open(event.dataTransfer);
  });
  return h(
    'div',
    { class: 'own-story' },
    h('h3', { text: 'Open your own story' }),
    h('p', {
      class: 'hint',
      text: 'Any ink file plays. Stories that follow the Attune tag contract are scored.',
    }),
    zone,
    result,
  );
}
