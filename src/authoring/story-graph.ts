// `attune graph`: a picture of a story as SVG, laid out by dagre. Knots are boxes; a knot whose decisions
// sit in stitches is a frame holding one box per stitch. Endings are coloured by outcome; arrows are choices
// (a loop back to a knot is drawn as such), thick and coloured where a canonical path takes them. States
// the exploration saw but did not follow (after a budget) are drawn dashed and named "unexplored".
import dagre, { type EdgeLabel, type Point } from '@dagrejs/dagre';
import type { OutcomeName } from '../sim/index.ts';
import type { DecisionNode, Exploration } from './explorer.ts';

const OUTCOME_COLOURS: Record<OutcomeName, string> = {
  order: '#1b7f3b',
  advance: '#2f9e5b',
  continuation: '#c98a12',
  'no-sale': '#b3261e',
};
const NO_OUTCOME = '#555555';
const PATH_COLOURS = ['#1f5fbf', '#8e3bbf', '#bf3b78', '#0f8a8a', '#6b6b00'];
const FONT = 12;
/** Width of one character at 12 px in a sans-serif face, generous so no label is cut. */
const CHAR_W = 7.2;

interface Box {
  id: string;
  label: string;
  kind: 'decision' | 'ending' | 'unexplored';
  outcome: OutcomeName | null;
  knot: string;
}

interface Arrow {
  from: string;
  to: string;
  labels: Set<string>;
  texts: Set<string>;
  paths: Set<string>;
}

function escapeXml(text: string): string {
  return text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );
}

const sectionOf = (node: DecisionNode): string => node.choices[0]?.section || node.knot || '(start)';

function endingId(knot: string, outcome: OutcomeName | null): string {
  return `end:${knot || '(top)'}:${outcome ?? 'none'}`;
}

export interface GraphModel {
  boxes: Map<string, Box>;
  arrows: Map<string, Arrow>;
  paths: string[];
}

/** The knot-level graph of an exploration: one box per knot or stitch with decisions, one per ending. */
export function graphModel(exploration: Exploration): GraphModel {
  const boxes = new Map<string, Box>();
  const boxOf = new Map<string, string>();
  for (const node of exploration.nodes.values()) {
    const section = sectionOf(node);
    const unexplored = node.expanded === false;
    const id = unexplored ? `unexplored:${section}` : section;
    boxOf.set(node.key, id);
    if (!boxes.has(id)) {
      boxes.set(id, {
        id,
        label: unexplored ? `${section} (unexplored)` : section,
        kind: unexplored ? 'unexplored' : 'decision',
        outcome: null,
        knot: section.split('.')[0] ?? section,
      });
    }
  }
  for (const terminal of exploration.terminals.values()) {
    const id = endingId(terminal.knot, terminal.outcome);
    boxOf.set(terminal.key, id);
    boxes.set(id, {
      id,
      label: `${terminal.knot || 'end'} → ${terminal.outcome ?? 'ends without outcome'}`,
      kind: 'ending',
      outcome: terminal.outcome,
      knot: '',
    });
  }
  const arrows = new Map<string, Arrow>();
  for (const node of exploration.nodes.values()) {
    const from = boxOf.get(node.key);
    if (!from) continue;
    for (const edge of node.edges) {
      let to = boxOf.get(edge.to);
      if (!to) {
        // A state the budget or the cap never let the explorer keep: drawn as unexplored.
        const choice = node.choices.find((c) => c.index === edge.index);
        const section = choice?.section || choice?.knot || sectionOf(node);
        to = `unexplored:${section}`;
        if (!boxes.has(to)) {
          boxes.set(to, {
            id: to,
            label: `${section} (unexplored)`,
            kind: 'unexplored',
            outcome: null,
            knot: section.split('.')[0] ?? section,
          });
        }
      }
      const id = `${from}\u0000${to}`;
      const arrow = arrows.get(id) ?? {
        from,
        to,
        labels: new Set<string>(),
        texts: new Set<string>(),
        paths: new Set<string>(),
      };
      if (edge.move) arrow.labels.add(edge.move);
      arrow.texts.add(edge.text);
      for (const path of edge.paths) arrow.paths.add(path);
      arrows.set(id, arrow);
    }
  }
  const paths = [...new Set([...arrows.values()].flatMap((a) => [...a.paths]))].sort((a, b) =>
    a === 'exemplary' ? -1 : b === 'exemplary' ? 1 : a.localeCompare(b),
  );
  return { boxes, arrows, paths };
}

function arrowLabel(arrow: Arrow): string {
  if (arrow.labels.size > 0) return [...arrow.labels].join(', ');
  const texts = [...arrow.texts].filter((t) => t !== '');
  if (texts.length === 1) return texts[0] ?? '';
  return `${arrow.texts.size} choices`;
}

const finite = (value: number | undefined): number =>
  value !== undefined && Number.isFinite(value) ? value : 0;

export function storyGraphSvg(exploration: Exploration, title: string): string {
  const { boxes, arrows, paths } = graphModel(exploration);
  const pathColour = (path: string) => PATH_COLOURS[paths.indexOf(path) % PATH_COLOURS.length] ?? '#333';
  const graph = new dagre.graphlib.Graph({ compound: true, multigraph: false });
  graph.setGraph({ rankdir: 'LR', nodesep: 24, ranksep: 70, edgesep: 12, marginx: 20, marginy: 20 });
  graph.setDefaultEdgeLabel(() => ({}));
  const stitchedKnots = new Set<string>();
  for (const box of boxes.values())
    if (box.kind !== 'ending' && box.id.includes('.')) stitchedKnots.add(box.knot);
  for (const knot of stitchedKnots) graph.setNode(`knot:${knot}`, { label: knot, clusterLabelPos: 'top' });
  for (const box of boxes.values()) {
    graph.setNode(box.id, { width: box.label.length * CHAR_W + 24, height: 36 });
    if (box.kind !== 'ending' && stitchedKnots.has(box.knot)) graph.setParent(box.id, `knot:${box.knot}`);
  }
  for (const arrow of arrows.values()) {
    const label = arrowLabel(arrow);
    graph.setEdge(arrow.from, arrow.to, {
      width: label.length * CHAR_W * 0.9 + 8,
      height: FONT + 6,
      labelpos: 'c',
    });
  }
  dagre.layout(graph);

  const size = graph.graph();
  const width = Math.ceil(Math.max(finite(size.width), 320, title.length * 11 + 40));
  const top = 70;
  const height = Math.ceil(finite(size.height) + top + 40);
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="${FONT}">`,
    `<title>${escapeXml(title)}</title><rect width="100%" height="100%" fill="#fbfaf7"/>`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#666"/></marker></defs>',
    `<text x="20" y="28" font-size="18" font-weight="600">${escapeXml(title)}</text>`,
  );
  const legend = [
    ...paths.map((p) => `<tspan fill="${pathColour(p)}" dx="14">━ ${escapeXml(p)}</tspan>`),
    ...(exploration.complete
      ? []
      : ['<tspan fill="#777" dx="14">┅ unexplored: the budget ran out before these were followed</tspan>']),
  ].join('');
  parts.push(
    `<text x="6" y="52">${legend || '<tspan dx="14" fill="#777">no canonical paths</tspan>'}</text>`,
  );
  parts.push(`<g transform="translate(0 ${top})">`);
  for (const knot of stitchedKnots) {
    const frame = graph.node(`knot:${knot}`);
    if (!frame) continue;
    const x = finite(frame.x) - finite(frame.width) / 2;
    const y = finite(frame.y) - finite(frame.height) / 2;
    parts.push(
      `<g class="knot"><rect x="${x}" y="${y - 14}" width="${finite(frame.width)}" height="${finite(frame.height) + 14}" rx="10" fill="#f0ede4" stroke="#b9b2a0"/>`,
      `<text x="${x + 8}" y="${y}" font-weight="600" fill="#5b5444">${escapeXml(knot)}</text></g>`,
    );
  }
  for (const arrow of arrows.values()) {
    const edge = graph.edge(arrow.from, arrow.to) as EdgeLabel | undefined;
    const points = (edge?.points ?? []).filter((p: Point) => Number.isFinite(p.x) && Number.isFinite(p.y));
    if (points.length < 2) continue;
    const onPath = [...arrow.paths];
    const colour = onPath[0] ? pathColour(onPath[0]) : '#8a8a8a';
    const d = points
      .map((p: Point, i: number) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`)
      .join(' ');
    const label = arrowLabel(arrow);
    const tip = [...arrow.texts].join(' | ');
    const dashed = boxes.get(arrow.to)?.kind === 'unexplored' ? ' stroke-dasharray="5 4"' : '';
    parts.push(
      `<g class="choice${arrow.from === arrow.to ? ' loop' : ''}"><title>${escapeXml(tip)}${onPath.length ? ` (path: ${escapeXml(onPath.join(', '))})` : ''}</title>`,
      `<path d="${d}" fill="none" stroke="${colour}" stroke-width="${onPath.length > 0 ? 3 : 1.2}"${dashed} marker-end="url(#arrow)" opacity="0.9"/>`,
      `<text x="${finite(edge?.x).toFixed(1)}" y="${(finite(edge?.y) + 4).toFixed(1)}" text-anchor="middle" fill="#444">${escapeXml(label)}</text></g>`,
    );
  }
  for (const box of boxes.values()) {
    const node = graph.node(box.id);
    if (!node) continue;
    const w = finite(node.width);
    const h = finite(node.height);
    const x = finite(node.x) - w / 2;
    const y = finite(node.y) - h / 2;
    const fill =
      box.kind === 'ending' ? (box.outcome ? OUTCOME_COLOURS[box.outcome] : NO_OUTCOME) : '#ffffff';
    const stroke = box.kind === 'unexplored' ? ' stroke-dasharray="5 4" stroke="#888"' : ' stroke="#333"';
    parts.push(
      `<g class="${box.kind}"><rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${w.toFixed(1)}" height="${h.toFixed(1)}" rx="8" fill="${fill}"${stroke} stroke-width="1"/>`,
      `<text x="${(x + w / 2).toFixed(1)}" y="${(y + h / 2 + 4).toFixed(1)}" text-anchor="middle" fill="${box.kind === 'ending' ? '#fff' : box.kind === 'unexplored' ? '#666' : '#222'}">${escapeXml(box.label)}</text></g>`,
    );
  }
  parts.push('</g>', '</svg>');
  return parts.join('\n');
}
