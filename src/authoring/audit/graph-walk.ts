// Playing one strategy through the explored state graph: at each decision a policy picks an edge.
import type { OutcomeName, ScoreContext } from '../../sim/index.ts';
import { couragePercent } from '../../sim/index.ts';
import type { DecisionNode, Edge, Exploration, Terminal } from '../explorer.ts';
import { edgeL, EXEMPLARY, overallOf } from './best-paths.ts';

export interface Step {
  node: DecisionNode;
  edge: Edge;
  /** Where the chosen option stands among those offered (0 = first). */
  position: number;
}

export interface Walk {
  steps: Step[];
  /** terminal: reached an ending; loop: came back to a state; stuck: no option to take; unexplored. */
  end: 'terminal' | 'loop' | 'stuck' | 'unexplored';
  terminal?: Terminal;
  overall: number | null;
  outcome: OutcomeName | null;
}

export function positionOf(node: DecisionNode, edge: Edge): number {
  const position = node.choices.findIndex((choice) => choice.index === edge.index);
  return position >= 0 ? position : node.edges.indexOf(edge);
}

export function walk(
  exploration: Exploration,
  context: ScoreContext,
  choose: (node: DecisionNode) => Edge | undefined,
): Walk {
  const steps: Step[] = [];
  const seen = new Set<string>();
  let at = exploration.root;
  let L = 0;
  for (;;) {
    const terminal = exploration.terminals.get(at);
    if (terminal) {
      const ending = { outcome: terminal.outcome, courage: couragePercent(context, terminal.covered) };
      return {
        steps,
        end: 'terminal',
        terminal,
        overall: overallOf(context, steps.length, L, ending),
        outcome: terminal.outcome,
      };
    }
    const node = exploration.nodes.get(at);
    const stop = (end: Walk['end']): Walk => ({ steps, end, overall: null, outcome: null });
    if (!node) return stop('unexplored');
    if (seen.has(at)) return stop('loop');
    seen.add(at);
    const edge = choose(node);
    if (!edge) return stop('stuck');
    steps.push({ node, edge, position: positionOf(node, edge) });
    L += edgeL(context, edge);
    at = edge.to;
  }
}

/** The edge a canonical path takes at a decision (the first tagged with it). */
export const onPath = (name: string) => (node: DecisionNode) =>
  node.edges.find((edge) => edge.paths.includes(name));

export const exemplaryWalk = (exploration: Exploration, context: ScoreContext) =>
  walk(exploration, context, onPath(EXEMPLARY));
