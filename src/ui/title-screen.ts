// The title screen: scenario cards and settings, plain DOM, shown before anything heavy has loaded.
import type { StoryCardSource } from './story-card.ts';
import { brandMark } from '../kit/brand.ts';
import { h } from './dom.ts';
import { titleCardData, type TitleCardData } from './title-card-data.ts';
import type { StoryProgress } from './progress.ts';
import { TEXT_SIZES, type Settings, type SettingsStore, type TextSize } from './settings.ts';

export interface TitleScreenOptions {
  cards: StoryCardSource[];
  progress: Record<string, StoryProgress>;
  settings: SettingsStore;
  onPlay: (id: string) => void;
  onWatch: (id: string) => void;
  /** Panels for the side column under the settings (progress, own stories). */
  aside?: HTMLElement[];
  /** Runs waiting to be resumed: offered first, and Play on such a card asks resume or start over. */
  runs?: TitleRuns;
}

export interface TitleRuns {
  /** The resume offer shown first on the screen (it hides itself when no run waits). */
  offer: () => HTMLElement | null;
  /** The stories with a run waiting. */
  waiting: () => ReadonlySet<string>;
  resume: (id: string) => void;
  startOver: (id: string) => void;
}

const SIZE_LABEL: Record<TextSize, string> = { normal: 'Normal', large: 'Large', 'x-large': 'Largest' };

function card(c: StoryCardSource, p: StoryProgress | undefined, o: TitleScreenOptions): HTMLElement {
  const d = titleCardData(c, p);
  const titleId = `card-${d.id}-title`;
  return h(
    'li',
    {},
    h(
      'article',
      { class: 'card', 'aria-labelledby': titleId, 'data-story': d.id },
      h('h3', { id: titleId, text: d.title }),
      d.buyer
        ? h(
            'p',
            { class: 'card-buyer' },
            h('strong', { text: d.buyer.name }),
            d.buyer.role ? `, ${d.buyer.role}` : '',
          )
        : null,
      d.summary ? h('p', { class: 'card-summary', text: d.summary }) : null,
      h(
        'p',
        { class: 'card-meta' },
        d.completed ? h('span', { class: 'badge', 'data-completed': 'true' }, '✓ Completed') : null,
        h('span', { 'data-best': d.best ?? '' }, d.bestLabel),
        d.mustsLabel ? h('span', { text: d.mustsLabel }) : null,
      ),
      h(
        'div',
        { class: 'card-actions' },
        playButton(d, o),
        h(
          'button',
          { class: 'btn', type: 'button', 'data-action': 'watch', 'aria-label': d.watchLabel },
          'Watch the failure',
        ),
        h('a', {
          class: 'btn',
          href: d.workshopHref,
          'data-action': 'workshop',
          'aria-label': d.workshopLabel,
          style: 'text-decoration: none',
          text: 'Run a workshop',
        }),
      ),
    ),
  );
}

function playButton(d: TitleCardData, o: TitleScreenOptions): HTMLButtonElement {
  const btn = h(
    'button',
    { class: 'btn btn-primary', type: 'button', 'data-action': 'play', 'aria-label': d.playLabel },
    'Play',
  );
  btn.addEventListener('click', () => {
    const runs = o.runs;
    if (runs?.waiting().has(d.id)) askResume(btn, d, runs);
    else o.onPlay(d.id);
  });
  return btn;
}

/** Play on a card whose story has a run waiting: resume it, or start over (the saved run is dropped). */
function askResume(play: HTMLButtonElement, d: TitleCardData, runs: TitleRuns): void {
  const card = play.closest('.card');
  card?.querySelector('.resume-ask')?.remove();
  const resume = h(
    'button',
    { class: 'btn btn-primary', type: 'button', 'data-action': 'ask-resume' },
    'Resume',
  );
  resume.addEventListener('click', () => runs.resume(d.id));
  const fresh = h('button', { class: 'btn', type: 'button', 'data-action': 'ask-start-over' }, 'Start over');
  fresh.addEventListener('click', () => runs.startOver(d.id));
  const ask = h(
    'div',
    { class: 'resume-ask', role: 'group', 'aria-labelledby': `ask-${d.id}` },
    h('p', {
      id: `ask-${d.id}`,
      text: `You have a meeting in progress in ${d.title}. Pick up where you left off, or start over?`,
    }),
    h('div', { class: 'row' }, resume, fresh),
  );
  card?.append(ask);
  resume.focus();
}

function settingsPanel(store: SettingsStore): HTMLElement {
  const s = store.get();
  const sizes = h(
    'div',
    { class: 'segmented' },
    TEXT_SIZES.map((size) => {
      const input = h('input', {
        type: 'radio',
        name: 'text-size',
        value: size,
        checked: s.textSize === size,
      });
      input.addEventListener('change', () => store.set({ textSize: size }));
      return h('label', {}, input, h('span', { text: SIZE_LABEL[size] }));
    }),
  );
  const toggle = (key: keyof Omit<Settings, 'textSize'>, label: string, hint: string): HTMLElement => {
    const input = h('input', { type: 'checkbox', name: key, checked: s[key] });
    input.addEventListener('change', () => store.set({ [key]: input.checked }));
    return h('label', { class: 'toggle' }, h('span', {}, label, h('small', { text: hint })), input);
  };
  return h(
    'section',
    { class: 'settings', 'aria-labelledby': 'settings-title' },
    h('h2', { id: 'settings-title', text: 'Settings' }),
    h('fieldset', {}, h('legend', { text: 'Text size' }), sizes),
    toggle('highContrast', 'High contrast', 'Stronger colours and outlines'),
    toggle('reducedMotion', 'Reduced motion', 'Characters change without animation'),
    toggle('coach', 'Coach', 'Explains each choice right after you make it'),
  );
}

export function renderTitleScreen(o: TitleScreenOptions): HTMLElement {
  const list = h(
    'ul',
    { class: 'cards', 'aria-label': 'Scenarios' },
    o.cards.map((c) => card(c, o.progress[c.id], o)),
  );
  list.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest('[data-action="watch"]') : null;
    const id = target?.closest('[data-story]')?.getAttribute('data-story');
    if (id) o.onWatch(id);
  });
  return h(
    'div',
    { class: 'title-screen', 'data-screen-name': 'title' },
    h(
      'header',
      { class: 'brand' },
      brandMark(),
      h(
        'div',
        {},
        h('h1', { text: 'Attune' }),
        h('p', { text: 'Practise sales conversations: see the meeting from the buyer’s side.' }),
      ),
    ),
    h(
      'main',
      { class: 'title-main' },
      o.runs?.offer() ?? null,
      h(
        'section',
        { 'aria-labelledby': 'scenarios-title' },
        h('h2', { id: 'scenarios-title', text: 'Choose a scenario' }),
        o.cards.length > 0 ? list : h('p', { class: 'empty', text: 'No scenarios found in stories/.' }),
      ),
      h('div', { class: 'title-side' }, settingsPanel(o.settings), ...(o.aside ?? [])),
    ),
    h(
      'footer',
      { class: 'title-footer' },
      'Keys in a meeting: 1–9 choose · Enter continue · Backspace take back · H transcript · ? all keys',
    ),
  );
}
