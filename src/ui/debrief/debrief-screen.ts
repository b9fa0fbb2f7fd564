// The debrief: overall score and each dimension, the must items covered or missed, the decisions that cost
// most against the exemplary, the phase timeline, key moments, and the path comparison. It only draws the
// facts the session's debrief data states (src/session/debrief-data.ts).
import { h } from '../../kit/dom.ts';
import { moveLabel, OUTCOME_LABEL, PHASE_NAME } from '../../kit/labels.ts';
import {
  addressesCast,
  EXEMPLARY,
  pathDisplayName,
  peopleOf,
  personOf,
  type ComparedPath,
  type CostlyDecision,
  type MustStatus,
  type SessionReport,
  type StoryCard,
  type WatchTally,
  exemplarySummary,
  type ExemplarySummary,
} from '../../session/index.ts';
import { partingDecision, renderPathCompare, type PathColumn } from './path-compare.ts';
import { renderTimeline } from './timeline.ts';

export interface DebriefOptions {
  report: SessionReport;
  /** The canonical paths to set beside this run (session's comparedPaths). */
  paths: readonly ComparedPath[];
  card: StoryCard;
  buyerName: string;
  /** The story's must items, each covered or missed by this run. */
  musts: readonly MustStatus[];
  /** The decisions that cost most against the exemplary (session's costliestDecisions). */
  costly: readonly CostlyDecision[];
  /** Set when this debrief closes a watched failure path. */
  watchedPath: string | null;
  /** How many of the failing seller's moves the learner predicted (a watched run only). */
  watchTally: WatchTally | null;
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

function mustList(musts: readonly MustStatus[]): HTMLElement {
  return h(
    'ul',
    { class: 'musts' },
    musts.map((m) =>
      h(
        'li',
        { class: `must ${m.coveredAt === null ? 'must-missed' : 'must-covered'}`, 'data-must': m.id },
        h('span', { class: 'must-mark', 'aria-hidden': 'true', text: m.coveredAt === null ? '✗' : '✓' }),
        h(
          'span',
          {},
          h('strong', { text: m.coveredAt === null ? 'Missed: ' : 'Covered: ' }),
          m.text,
          m.coveredAt === null ? '' : ` (decision ${m.coveredAt})`,
        ),
      ),
    ),
  );
}

function costlyList(costly: readonly CostlyDecision[], buyer: string, exemplaryName: string): HTMLElement {
  if (costly.length === 0)
    return h('p', { text: 'No decision in this run did worse than the exemplary choice offered there.' });
  return h(
    'ol',
    { class: 'costly' },
    costly.map((c) =>
      h(
        'li',
        { class: 'cost', 'data-costly': c.decision },
        h(
          'p',
          { class: 'moment-head' },
          h('span', { class: 'moment-num', text: `Decision ${c.decision}` }),
          h('span', { class: 'moment-phase', text: `${buyer} in ${PHASE_NAME[c.phase]}` }),
        ),
        h(
          'p',
          { class: 'cost-yours' },
          h('strong', { text: 'You chose: ' }),
          `“${c.yours.text}”`,
          c.yours.move ? h('span', { class: 'chip', text: moveLabel(c.yours.move) }) : null,
        ),
        h(
          'p',
          { class: 'cost-exemplary' },
          h('strong', { text: `${exemplaryName} chose: ` }),
          `“${c.exemplary.text}”`,
          c.exemplary.move ? h('span', { class: 'chip', text: moveLabel(c.exemplary.move) }) : null,
        ),
        c.thought
          ? h('p', { class: 'moment-thought' }, h('strong', { text: `${buyer} thought: ` }), `“${c.thought}”`)
          : null,
        c.exemplary.why
          ? h(
              'p',
              { class: 'moment-why' },
              h('strong', { text: 'Why the exemplary works: ' }),
              c.exemplary.why,
            )
          : null,
        c.yours.why
          ? h('p', { class: 'moment-why' }, h('strong', { text: 'Why yours cost: ' }), c.yours.why)
          : null,
      ),
    ),
  );
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

function keyMoments(r: SessionReport, buyer: string, card: StoryCard): HTMLElement {
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
          'data-moment-kind': m.alignment + m.attunement < 0 ? 'worst' : 'best',
        },
        h(
          'p',
          { class: 'moment-head' },
          h('span', { class: 'moment-num', text: `Decision ${m.decision}` }),
          h('span', {
            class: 'moment-kind',
            text: m.alignment + m.attunement < 0 ? 'One of your costliest moves' : 'One of your best moves',
          }),
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
              h('strong', { text: `${pathDisplayName(card, m.failing.path)} chose: ` }),
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
  const failures = o.paths.filter((path) => path.name !== EXEMPLARY);
  const canWatch = r.scored && (failures.length > 0 || o.watchedPath !== null);
  const actions = h(
    'nav',
    { class: 'debrief-actions', 'aria-label': 'What next' },
    button('Play again', o.onPlayAgain, 'btn-primary', 'play-again'),
    canWatch ? button('Watch the failure', o.onWatch, '', 'watch') : null,
    button('Back to scenarios', o.onBack, '', 'back'),
  );
  const others: PathColumn[] = r.scored
    ? o.paths.map((path) => ({
        name: path.name,
        label: pathDisplayName(o.card, path.name),
        decisions: path.decisions,
      }))
    : [];
  const mine: PathColumn = {
    name: 'mine',
    label: o.watchedPath ? `Watched: ${pathDisplayName(o.card, o.watchedPath)}` : 'Your path',
    decisions: r.decisions,
  };
  const exemplary = o.paths.find((path) => path.name === EXEMPLARY);
  const summary = exemplarySummary({
    report: r,
    paths: o.paths,
    musts: o.musts,
    parting: exemplary ? partingDecision(r.decisions, exemplary.decisions) : null,
  });
  const section = (id: string, title: string, ...body: HTMLElement[]): HTMLElement =>
    h(
      'section',
      { class: `debrief-section ${id}`, 'aria-labelledby': `${id}-title` },
      h('h2', { id: `${id}-title`, text: title }),
      ...body,
    );
  const tally = o.watchTally;

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
          text: o.watchedPath ? `Debrief: ${pathDisplayName(o.card, o.watchedPath)}` : 'Debrief',
        }),
        h('h1', { tabindex: -1, text: o.card.title }),
      ),
      actions,
    ),
    tally
      ? h('p', {
          class: 'watch-tally',
          'data-watch-tally': `${tally.predicted}/${tally.decisions}`,
          text: `You predicted ${tally.predicted} of the failing seller’s ${tally.decisions} move${tally.decisions === 1 ? '' : 's'}.`,
        })
      : null,
    r.scored
      ? scoreBlock(r)
      : h('p', {
          class: 'unscored',
          text: 'This story is unscored: it has no move tags, so there are no numbers and no paths to compare.',
        }),
    r.scored && o.musts.length > 0
      ? section('musts-sec', 'What you came to ask and say', mustList(o.musts))
      : null,
    r.scored && exemplary
      ? section(
          'costly-sec',
          'Where it cost most against the exemplary',
          costlyList(o.costly, buyer, pathDisplayName(o.card, EXEMPLARY)),
        )
      : null,
    r.scored
      ? section(
          'timeline-sec',
          'Timing: the buyer’s phase and your moves',
          renderTimeline(r.decisions, peopleOf(o.card)),
        )
      : null,
    r.scored ? section('moments-sec', 'Key moments', keyMoments(r, buyer, o.card)) : null,
    section(
      'paths-sec',
      r.scored ? 'Paths compared' : 'Your choices',
      renderPathCompare(mine, others, o.onTryFrom, summaryText(summary, o.card)),
    ),
  );
}

/** The one sentence about the run and the exemplary path; null when no true one can be said. */
function summaryText(s: ExemplarySummary, card: StoryCard): string | null {
  const name = pathDisplayName(card, EXEMPLARY);
  switch (s.kind) {
    case 'unscored':
    case 'no-exemplary':
      return null;
    case 'parted':
      return `You parted from the exemplary path at decision ${s.at}.`;
    case 'followed': {
      const missed = s.missed.map((m) => m.text).join('; ');
      const head = `You chose as ${name.charAt(0).toLowerCase()}${name.slice(1)} did at every decision; that path scores ${s.exemplaryOverall} in this story.`;
      return s.missed.length > 0
        ? `${head} It still leaves out: ${missed}.`
        : `${head} The points short of 100 are moves that fit only partly: see the timing above.`;
    }
  }
}
