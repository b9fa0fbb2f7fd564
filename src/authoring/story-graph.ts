// `attune graph`: a picture of a story as SVG. Boxes are knots where decisions happen and endings (coloured
// by outcome); arrows are choices, drawn thick and coloured where a canonical path takes them.
import type { OutcomeName } from '../sim/index.ts';
import type { Exploration } from './explorer.ts';

interface GraphEdge {
  from: string;
  to: string;
  labels: Set<string>;
  paths: Set<string>;
}

const OUTCOME_COLOURS: Record<OutcomeName, string> = {
  order: '#1b7f3b',
  advance: '#2f9e5b',
  continuation: '#c98a12',
  'no-sale': '#b3261e',
};
const PATH_COLOURS = ['#1f5fbf', '#8e3bbf', '#bf3b78', '#0f8a8a', '#6b6b00'];

function escapeXml(text: string): string {
  return text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );
}

function nodeName(exploration: Exploration, key: string): string {
  const terminal = exploration.terminals.get(key);
  if (terminal) return `end:${terminal.knot || '(end)'}:${terminal.outcome ?? 'none'}`;
  return exploration.nodes.get(key)?.knot || '(start)';
}

export function storyGraphSvg(exploration: Exploration, title: string): string {
  const edges = new Map<string, GraphEdge>();
  const outcomes = new Map<string, OutcomeName | null>();
  for (const terminal of exploration.terminals.values())
    outcomes.set(nodeName(exploration, terminal.key), terminal.outcome);
  for (const node of exploration.nodes.values()) {
    const from = nodeName(exploration, node.key);
    for (const edge of node.edges) {
      const to = nodeName(exploration, edge.to);
      const id = `${from}→${to}`;
      const entry = edges.get(id) ?? { from, to, labels: new Set<string>(), paths: new Set<string>() };
      entry.labels.add(edge.move ?? edge.text);
      for (const path of edge.paths) entry.paths.add(path);
      edges.set(id, entry);
    }
  }
  const start = nodeName(exploration, exploration.root);
  const depth = new Map<string, number>([[start, 0]]);
  // Longest-path layering over the knot graph, bounded so loops terminate.
  const names = new Set<string>([start, ...[...edges.values()].flatMap((e) => [e.from, e.to])]);
  for (let round = 0; round < names.size; round++) {
    let changed = false;
    for (const edge of edges.values()) {
      const d = (depth.get(edge.from) ?? 0) + 1;
      if (edge.from !== edge.to && d > (depth.get(edge.to) ?? -1) && d < names.size) {
        depth.set(edge.to, d);
        changed = true;
      }
    }
    if (!changed) break;
  }
  const layers: string[][] = [];
  for (const name of names) (layers[depth.get(name) ?? 0] ??= []).push(name);
  const paths = [...new Set([...edges.values()].flatMap((e) => [...e.paths]))].sort();
  const pathColour = (path: string) => PATH_COLOURS[paths.indexOf(path) % PATH_COLOURS.length] ?? '#333';

  const boxW = 190;
  const boxH = 44;
  const gapX = 90;
  const gapY = 30;
  const tallest = Math.max(1, ...layers.map((l) => l?.length ?? 0));
  const width = layers.length * (boxW + gapX) + 40;
  const height = tallest * (boxH + gapY) + 120;
  const position = new Map<string, { x: number; y: number }>();
  layers.forEach((layer, column) => {
    (layer ?? []).forEach((name, row) => {
      const offset = ((tallest - layer.length) * (boxH + gapY)) / 2;
      position.set(name, { x: 20 + column * (boxW + gapX), y: 80 + offset + row * (boxH + gapY) });
    });
  });

  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="12">`,
  );
  parts.push(`<title>${escapeXml(title)}</title><rect width="100%" height="100%" fill="#fbfaf7"/>`);
  parts.push(`<text x="20" y="30" font-size="18" font-weight="600">${escapeXml(title)}</text>`);
  const legend = paths
    .map((p, i) => `<tspan fill="${pathColour(p)}" dx="${i === 0 ? 0 : 14}">━ ${escapeXml(p)}</tspan>`)
    .join('');
  parts.push(`<text x="20" y="54">${legend}</text>`);
  for (const edge of edges.values()) {
    const a = position.get(edge.from);
    const b = position.get(edge.to);
    if (!a || !b) continue;
    const x1 = a.x + boxW;
    const y1 = a.y + boxH / 2;
    const x2 = b.x;
    const y2 = b.y + boxH / 2;
    const mid = (x1 + x2) / 2;
    const onPath = [...edge.paths];
    const colour = onPath[0] ? pathColour(onPath[0]) : '#9a9a9a';
    const label = escapeXml([...edge.labels].join(', '));
    parts.push(
      `<path d="M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}" fill="none" stroke="${colour}" stroke-width="${onPath.length > 0 ? 3 : 1.2}" opacity="0.85"><title>${label}${onPath.length ? ` (path: ${escapeXml(onPath.join(', '))})` : ''}</title></path>`,
    );
  }
  for (const [name, { x, y }] of position) {
    const isEnd = name.startsWith('end:');
    const outcome = outcomes.get(name);
    const fill = isEnd ? (outcome ? OUTCOME_COLOURS[outcome] : '#555') : '#ffffff';
    const label = isEnd ? `${name.split(':')[1]} → ${outcome ?? 'no outcome'}` : name;
    parts.push(
      `<rect x="${x}" y="${y}" width="${boxW}" height="${boxH}" rx="8" fill="${fill}" stroke="#333" stroke-width="1"/>`,
      `<text x="${x + boxW / 2}" y="${y + boxH / 2 + 4}" text-anchor="middle" fill="${isEnd ? '#fff' : '#222'}">${escapeXml(label.slice(0, 30))}</text>`,
    );
  }
  parts.push('</svg>');
  return parts.join('\n');
}
