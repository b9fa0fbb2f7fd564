// The debrief's timeline: the buyer's phase at each decision against the phase each move fits, with
// misaligned moves marked. An SVG picture plus the same facts as a table for screen readers. With a cast,
// each move is drawn against the phase of the person it addressed, and names that person.
import {
  addressedDecisions,
  addressesCast,
  type DecisionRecord,
  type FramePeople,
} from '../../session/index.ts';
import type { Phase } from '../../session/index.ts';
import { h, svg } from '../../kit/dom.ts';
import { moveLabel, PHASE_SHORT } from '../../kit/labels.ts';

const ROW: Record<Phase, number> = { 3: 44, 2: 104, 1: 164 };
const NONE_Y = 218;
const LEFT = 96;
const STEP = 96;

export function alignmentClass(d: DecisionRecord): 'good' | 'bad' | 'even' {
  const a = d.effect?.alignment ?? 0;
  return a > 0 ? 'good' : a < 0 ? 'bad' : 'even';
}

export function renderTimeline(decisions: readonly DecisionRecord[], people?: FramePeople): HTMLElement {
  const n = decisions.length;
  const cast = people && addressesCast(decisions) ? addressedDecisions(people, decisions) : null;
  const whose = cast ? 'the addressed person' : 'the buyer';
  const width = LEFT + Math.max(n, 1) * STEP + 24;
  const height = 256;
  const root = svg('svg', {
    viewBox: `0 0 ${width} ${height}`,
    class: 'timeline-svg',
    role: 'img',
    'aria-labelledby': 'timeline-svg-title timeline-svg-desc',
  });
  const bad = decisions.filter((d) => alignmentClass(d) === 'bad').length;
  root.append(
    svg(
      'title',
      { id: 'timeline-svg-title' },
      cast
        ? 'The phase of the person each move addressed against the phase the move fits'
        : 'Buyer phase against the phase each move fits',
    ),
    svg(
      'desc',
      { id: 'timeline-svg-desc' },
      `${n} decisions; ${bad} move${bad === 1 ? '' : 's'} out of step with ${whose}'s phase.`,
    ),
  );
  for (const phase of [3, 2, 1] as const) {
    root.append(
      svg('line', { x1: LEFT - 12, x2: width - 12, y1: ROW[phase], y2: ROW[phase], class: 'tl-grid' }),
      svg('text', { x: 12, y: ROW[phase] + 6, class: 'tl-axis' }, `Phase ${PHASE_SHORT[phase]}`),
    );
  }
  root.append(svg('text', { x: 12, y: NONE_Y + 6, class: 'tl-axis tl-axis-soft' }, 'No fit'));
  const xOf = (i: number): number => LEFT + i * STEP + STEP / 2;
  if (n > 0) {
    const pts = decisions.flatMap((d, i) => [
      `${xOf(i) - STEP / 2},${ROW[d.phase]}`,
      `${xOf(i) + STEP / 2},${ROW[d.phase]}`,
    ]);
    root.append(svg('polyline', { points: pts.join(' '), class: 'tl-buyer' }));
  }
  decisions.forEach((d, i) => {
    const x = xOf(i);
    const y = d.fits ? ROW[d.fits] : NONE_Y;
    const cls = alignmentClass(d);
    if (d.fits !== d.phase) {
      root.append(svg('line', { x1: x, x2: x, y1: ROW[d.phase], y2: y, class: `tl-gap tl-gap-${cls}` }));
    }
    const g = svg('g', { class: `tl-move tl-${cls}`, 'data-decision': d.number });
    g.append(svg('circle', { cx: x, cy: y, r: 13 }));
    if (cls === 'bad')
      g.append(
        svg('path', {
          d: `M${x - 5} ${y - 5}L${x + 5} ${y + 5}M${x + 5} ${y - 5}L${x - 5} ${y + 5}`,
          class: 'tl-cross',
        }),
      );
    g.append(svg('text', { x, y: height - 10, class: 'tl-num' }, String(d.number)));
    const to = cast?.[i]?.to;
    if (to) {
      g.setAttribute('data-to', to.id);
      g.append(svg('text', { x, y: y - 19, class: 'tl-to' }, to.first));
    }
    root.append(g);
  });
  const table = h(
    'table',
    { class: 'sr-only' },
    h('caption', {
      text: cast
        ? 'Each decision: whom your move addressed, their phase, and the phase your move fits'
        : 'Each decision: the buyer’s phase and the phase your move fits',
    }),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        (cast
          ? ['Decision', 'To', 'Their phase', 'Move', 'Move fits', 'Timing']
          : ['Decision', 'Buyer phase', 'Move', 'Move fits', 'Timing']
        ).map((t) => h('th', { scope: 'col', text: t })),
      ),
    ),
    h(
      'tbody',
      {},
      decisions.map((d, i) =>
        h(
          'tr',
          {},
          h('td', { text: String(d.number) }),
          cast ? h('td', { text: cast[i]?.to.name ?? '' }) : null,
          h('td', { text: `Phase ${PHASE_SHORT[d.phase]}` }),
          h('td', { text: moveLabel(d.move) }),
          h('td', { text: d.fits ? `Phase ${PHASE_SHORT[d.fits]}` : 'none' }),
          h('td', { text: { good: 'in step', bad: 'out of step', even: 'neutral' }[alignmentClass(d)] }),
        ),
      ),
    ),
  );
  const legend = h(
    'ul',
    { class: 'tl-legend', 'aria-hidden': 'true' },
    h(
      'li',
      {},
      h('span', { class: 'key key-buyer' }),
      cast ? 'Phase of the person addressed' : 'Buyer’s phase',
    ),
    h('li', {}, h('span', { class: 'key key-good' }), 'Move in step'),
    h('li', {}, h('span', { class: 'key key-even' }), 'Neutral'),
    h('li', {}, h('span', { class: 'key key-bad' }), 'Out of step'),
  );
  return h('div', { class: 'timeline' }, h('div', { class: 'timeline-scroll' }, root), legend, table);
}
