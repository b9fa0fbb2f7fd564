// The debrief: overall score and each dimension, the phase timeline, key moments, and the path comparison.
import { h } from '../../kit/dom.ts';
import { moveLabel, OUTCOME_LABEL, PHASE_NAME } from '../../kit/labels.ts';
import {
  addressesCast,
  peopleOf,
  personOf,
  type ComparedPath,
  type SessionReport,
  type StoryCard,
} from '../../session/index.ts';
import { renderPathCompare, type PathColumn } from './path-compare.ts';
import { renderTimeline } from './timeline.ts';

export interface DebriefOptions {
  report: SessionReport;
  /** The canonical paths to set beside this run (session's comparedPaths). */
  paths: readonly ComparedPath[];
  card: StoryCard;
  buyerName: string;
  /** Set when this debrief closes a watched failure path. */
  watchedPath: string | null;
  onPlayAgain: () => void;
  onWatch: () => void;
  onBack: () => void;
  onTryFrom: (decision: number) => void;
}

const DIMENSIONS = [
  ['alignment', 'Alignment', 'Moves that fit the buyer’s phase'],
  ['attunement', 'Attunement', 'Seeing it from the buyer’s side'],
  ['courage', 'Courage', 'Asked what you came to ask'],
  ['outcomeScore', 'Outcome', 'Where the meeting ended'],
] as const;

function pathLabel(name: string): string {
  if (name === 'exemplary') return 'Exemplary path';
  return `${name.charAt(0).toUpperCase()}${name.slice(1)} path (failure)`;
}

function scoreBlock(r: SessionReport): HTMLElement {
  const outcome = r.outcome ? (OUTCOME_LABEL[r.outcome] ?? r.outcome) : 'No outcome';
  return h(
    'section',
    { class: 'scores', 'aria-labelledby': 'scores-title' },
    h('h2', { id: 'scores-title', class: 'sr-only', text: 'Scores' }),
    h(
      'div',
      { class: 'overall' },
      h(
        'p',
        { class: 'overall-num' },
        h('span', { 'data-score': 'overall', text: String(r.overall) }),
        h('small', { text: '/100' }),
      ),
      h('p', { class: 'overall-label', text: 'Overall' }),
      h(
        'p',
        { class: 'outcome', 'data-outcome': r.outcome ?? '' },
        h('strong', { text: 'Outcome: ' }),
        outcome,
      ),
    ),
    h(
      'ul',
      { class: 'dims' },
      DIMENSIONS.map(([key, label, hint]) => {
        const value = r[key];
        return h(
          'li',
          { class: 'dim' },
          h(
            'div',
            { class: 'dim-head' },
            h('span', { class: 'dim-label', text: label }),
            h('span', {
              class: 'dim-num',
              'data-score': key === 'outcomeScore' ? 'outcome' : key,
              text: String(value),
            }),
          ),
          h(
            'div',
            { class: 'bar', role: 'presentation' },
            h('span', { style: `width:${Math.max(0, Math.min(100, value))}%` }),
          ),
          h('p', { class: 'dim-hint', text: hint }),
        );
      }),
      h(
        'li',
        { class: 'dim dim-small' },
        h('span', { class: 'dim-label', text: 'Buyer trust' }),
        h('span', { class: 'dim-num', 'data-score': 'trust', text: String(Math.round(r.trust)) }),
        h('span', { class: 'dim-label', text: 'Sponsor' }),
        h(
          'span',
          { class: 'dim-num' },
          h('span', { 'data-score': 'sponsor', text: `${r.sponsor}` }),
          h('small', { text: ' / 5' }),
        ),
      ),
    ),
  );
}

function keyMoments(r: SessionReport, buyer: string): HTMLElement {
  if (r.keyMoments.length === 0) return h('p', { text: 'No single decision stood out in this run.' });
  // With a cast, each moment says whom the move addressed; that person's phase is the one shown.
  const cast = addressesCast(r.decisions);
  return h(
    'ol',
    { class: 'moments' },
    r.keyMoments.map((m) =>
      h(
        'li',
        {
          class: `moment ${m.alignment + m.attunement < 0 ? 'moment-bad' : 'moment-good'}`,
          'data-moment': m.decision,
        },
        h(
          'p',
          { class: 'moment-head' },
          h('span', { class: 'moment-num', text: `Decision ${m.decision}` }),
          h('span', { class: 'chip', text: moveLabel(m.move) }),
          cast && m.person ? h('span', { class: 'moment-to', text: `To ${m.person.first}` }) : null,
          h('span', {
            class: 'moment-phase',
            text: cast && m.person ? `${m.person.first}: ${PHASE_NAME[m.phase]}` : PHASE_NAME[m.phase],
          }),
        ),
        h('p', { class: 'moment-text', text: `“${m.text}”` }),
        m.thought
          ? h(
              'p',
              { class: 'moment-thought' },
              h('strong', { text: `${cast && m.person ? m.person.first : buyer} thought: ` }),
              `“${m.thought}”`,
            )
          : null,
        m.why ? h('p', { class: 'moment-why' }, h('strong', { text: 'Why it mattered: ' }), m.why) : null,
        m.failing
          ? h(
              'p',
              { class: 'moment-failing' },
              h('strong', { text: `On the ${m.failing.path} path: ` }),
              `“${m.failing.text}”`,
            )
          : null,
      ),
    ),
  );
}

export function renderDebrief(o: DebriefOptions): HTMLElement {
  const r = o.report;
  const buyer = personOf(o.buyerName, 'The buyer').first;
  const button = (label: string, action: () => void, cls: string, name: string): HTMLButtonElement => {
    const b = h('button', { class: `btn ${cls}`, type: 'button', 'data-action': name }, label);
    b.addEventListener('click', action);
    return b;
  };
  const actions = h(
    'nav',
    { class: 'debrief-actions', 'aria-label': 'What next' },
    button('Play again', o.onPlayAgain, 'btn-primary', 'play-again'),
    button('Watch the failure', o.onWatch, '', 'watch'),
    button('Back to scenarios', o.onBack, '', 'back'),
  );
  const others: PathColumn[] = o.paths.map((path) => ({
    name: path.name,
    label: pathLabel(path.name),
    decisions: path.decisions,
  }));
  const mine: PathColumn = {
    name: 'mine',
    label: o.watchedPath ? `Watched: ${o.watchedPath}` : 'Your path',
    decisions: r.decisions,
  };
  const section = (id: string, title: string, ...body: HTMLElement[]): HTMLElement =>
    h(
      'section',
      { class: `debrief-section ${id}`, 'aria-labelledby': `${id}-title` },
      h('h2', { id: `${id}-title`, text: title }),
      ...body,
    );

  return h(
    'main',
    { class: 'debrief', 'data-screen-name': 'debrief', 'data-path': o.watchedPath ?? '' },
    h(
      'header',
      { class: 'debrief-head' },
      h(
        'div',
        {},
        h('p', {
          class: 'eyebrow',
          text: o.watchedPath ? `Debrief of the ${o.watchedPath} path` : 'Debrief',
        }),
        h('h1', { tabindex: -1, text: o.card.title }),
      ),
      actions,
    ),
    r.scored
      ? scoreBlock(r)
      : h('p', {
          class: 'unscored',
          text: 'This story is unscored: it has no move tags, so there are no numbers to show.',
        }),
    r.scored
      ? section(
          'timeline-sec',
          'Timing: the buyer’s phase and your moves',
          renderTimeline(r.decisions, peopleOf(o.card)),
        )
      : h('div'),
    r.scored ? section('moments-sec', 'Key moments', keyMoments(r, buyer)) : h('div'),
    section('paths-sec', 'Paths compared', renderPathCompare(mine, others, o.onTryFrom)),
  );
}
