// Your path beside the exemplary and failure paths; the decision where they part is marked, with
// "try again from here".
import type { DecisionRecord } from '../../session/index.ts';
import { h } from '../../kit/dom.ts';
import { moveLabel } from '../../kit/labels.ts';
import { alignmentClass } from './timeline.ts';

export interface PathColumn {
  name: string;
  label: string;
  decisions: readonly DecisionRecord[];
}

/** 1-based number of the first decision where two runs chose differently; null if they never part. */
export function partingDecision(a: readonly DecisionRecord[], b: readonly DecisionRecord[]): number | null {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i]?.choiceId !== b[i]?.choiceId) return i + 1;
  return a.length === b.length ? null : n + 1;
}

export function renderPathCompare(
  mine: PathColumn,
  others: PathColumn[],
  onTryFrom: (decision: number) => void,
  /** The debrief's one sentence about the run and the exemplary path; null: say nothing. */
  summary: string | null,
): HTMLElement {
  const partings = new Map(others.map((o) => [o.name, partingDecision(mine.decisions, o.decisions)]));
  const rows = Math.max(mine.decisions.length, ...others.map((o) => o.decisions.length));
  const exemplaryPart = partings.get('exemplary') ?? null;
  const cell = (d: DecisionRecord | undefined, parts: boolean): HTMLElement =>
    h(
      'td',
      { class: `${d ? `pc-${alignmentClass(d)}` : 'pc-empty'}${parts ? ' pc-parts' : ''}` },
      d ? h('span', { class: 'pc-text', text: d.text }) : h('span', { class: 'pc-none', text: '—' }),
      d ? h('span', { class: 'chip', text: moveLabel(d.move) }) : null,
      parts ? h('span', { class: 'pc-marker', text: 'Paths part here' }) : null,
    );
  const body = Array.from({ length: rows }, (_, i) => {
    const n = i + 1;
    const isParting = [...partings.values()].includes(n);
    const tryBtn =
      n <= mine.decisions.length && (n === exemplaryPart || (exemplaryPart === null && isParting))
        ? h('button', { class: 'btn btn-small', type: 'button', 'data-try-from': n }, 'Try again from here')
        : null;
    tryBtn?.addEventListener('click', () => onTryFrom(n));
    return h(
      'tr',
      { class: isParting ? 'pc-row-parts' : '' },
      h('th', { scope: 'row' }, h('span', { text: String(n) }), tryBtn),
      cell(mine.decisions[i], false),
      others.map((o) => cell(o.decisions[i], partings.get(o.name) === n)),
    );
  });
  return h(
    'div',
    { class: 'path-compare' },
    summary === null
      ? null
      : h('p', { class: 'pc-summary', 'data-parting': exemplaryPart ?? '', text: summary }),
    h(
      'div',
      { class: 'pc-scroll', tabindex: 0, role: 'region', 'aria-label': 'Path comparison table' },
      h(
        'table',
        {},
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col', text: '#' }),
            [mine, ...others].map((c) => h('th', { scope: 'col', text: c.label })),
          ),
        ),
        h('tbody', {}, body),
      ),
    ),
  );
}
