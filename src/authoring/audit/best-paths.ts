// Best continuations over an exploration's state graph, by dynamic programming rather than enumerating
// paths (as score-range.ts does for the score range). The overall score is a mean over the choices made,
// so a state keeps, per (choices n, outcome, courage, deviations d), the largest L = wA·ΣA + wT·ΣT of its
// suffixes: for a fixed prefix and (n, ending) the overall score grows with L. Deviations (choices off the
// exemplary where one is offered) are counted up to a cap. Loops are cut at the back edge.
import { couragePercent, outcomePercent, type OutcomeName, type ScoreContext } from '../../sim/index.ts';
import type { DecisionNode, Edge, Exploration, Terminal } from '../explorer.ts';

export interface Suffix {
  n: number;
  outcome: OutcomeName | null;
  courage: number;
  /** Deviations from the exemplary on the suffix, capped. */
  deviations: number;
  maxL: number;
  /** The first edge of the best suffix and the key of the child's suffix it continues with. */
  via?: Edge;
  next?: string;
}

export interface Prefix {
  n: number;
  L: number;
}

export const EXEMPLARY = 'exemplary';

/** A choice that leaves the exemplary path: the decision offers an exemplary option and this is not it. */
export function isDeviation(node: DecisionNode, edge: Edge): boolean {
  return !edge.paths.includes(EXEMPLARY) && node.edges.some((e) => e.paths.includes(EXEMPLARY));
}

export function edgeL(context: ScoreContext, edge: Edge): number {
  const w = context.rubric.weights;
  return w.alignment * edge.alignment + w.attunement * edge.attunement;
}

/** The overall score (rounded as the engine rounds it) of n choices with weighted sum L and this ending. */
export function overallOf(
  context: ScoreContext,
  n: number,
  L: number,
  ending: { outcome: OutcomeName | null; courage: number },
): number {
  const w = context.rubric.weights;
  const base = 50 * (w.alignment + w.attunement);
  const c = w.courage * ending.courage + w.outcome * outcomePercent(context.rubric, ending.outcome);
  return Math.round((n === 0 ? base : (25 * L) / n + base) + c);
}

export function outcomeRank(context: ScoreContext, outcome: OutcomeName | null): number {
  return outcome === null ? -1 : outcomePercent(context.rubric, outcome);
}

export interface BestPathOptions {
  /** The edges a player may take at a node (default: all). */
  allowed?: (node: DecisionNode) => readonly Edge[];
  /** Deviations are counted up to this many (default 0: not counted). */
  deviationCap?: number;
}

const keyOf = (s: Pick<Suffix, 'n' | 'outcome' | 'courage' | 'deviations'>) =>
  `${s.n}|${s.outcome ?? ''}|${s.courage}|${s.deviations}`;

export class BestPaths {
  private readonly memo = new Map<string, Map<string, Suffix>>();
  private readonly cap: number;
  private readonly allowed: (node: DecisionNode) => readonly Edge[];

  constructor(
    private readonly exploration: Exploration,
    private readonly context: ScoreContext,
    options: BestPathOptions = {},
  ) {
    this.cap = options.deviationCap ?? 0;
    this.allowed = options.allowed ?? ((node) => node.edges);
  }

  private terminalSuffixes(terminal: Terminal): Map<string, Suffix> {
    const suffix: Suffix = {
      n: 0,
      outcome: terminal.outcome,
      courage: couragePercent(this.context, terminal.covered),
      deviations: 0,
      maxL: 0,
    };
    return new Map([[keyOf(suffix), suffix]]);
  }

  /** Every distinct kind of suffix from this state (a node or a terminal key), each with its best L. */
  suffixes(key: string): Map<string, Suffix> {
    const terminal = this.exploration.terminals.get(key);
    if (terminal) return this.terminalSuffixes(terminal);
    this.solve(key);
    return this.memo.get(key) ?? new Map();
  }

  // Iterative post-order walk: stories can be deep enough to overflow a recursive one.
  private solve(start: string) {
    if (this.memo.has(start) || !this.exploration.nodes.has(start)) return;
    const onStack = new Set([start]);
    const stack: { key: string; edges: readonly Edge[]; next: number }[] = [];
    const push = (key: string) => {
      const node = this.exploration.nodes.get(key);
      stack.push({ key, edges: node ? this.allowed(node) : [], next: 0 });
      onStack.add(key);
    };
    push(start);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1];
      if (!frame) break;
      if (frame.next < frame.edges.length) {
        const edge = frame.edges[frame.next++];
        if (!edge || this.memo.has(edge.to) || onStack.has(edge.to)) continue;
        if (this.exploration.nodes.has(edge.to)) push(edge.to);
        continue;
      }
      const node = this.exploration.nodes.get(frame.key);
      const result = new Map<string, Suffix>();
      for (const edge of frame.edges) {
        if (!node || onStack.has(edge.to)) continue;
        const terminal = this.exploration.terminals.get(edge.to);
        const child = terminal ? this.terminalSuffixes(terminal) : this.memo.get(edge.to);
        if (!child) continue;
        const delta = edgeL(this.context, edge);
        const step = isDeviation(node, edge) ? 1 : 0;
        for (const [childKey, suffix] of child) {
          const entry: Suffix = {
            n: suffix.n + 1,
            outcome: suffix.outcome,
            courage: suffix.courage,
            deviations: Math.min(this.cap, suffix.deviations + step),
            maxL: suffix.maxL + delta,
            via: edge,
            next: childKey,
          };
          const key = keyOf(entry);
          const existing = result.get(key);
          if (!existing || existing.maxL < entry.maxL) result.set(key, entry);
        }
      }
      this.memo.set(frame.key, result);
      onStack.delete(frame.key);
      stack.pop();
    }
  }

  /**
   * The best overall score reachable from a state after a prefix, among suffixes that pass the filter,
   * with the suffix that reaches it (null if none passes).
   */
  best(
    key: string,
    prefix: Prefix,
    accept: (suffix: Suffix) => boolean = () => true,
  ): { overall: number; outcome: OutcomeName | null; suffix: Suffix } | null {
    let found: { overall: number; outcome: OutcomeName | null; suffix: Suffix } | null = null;
    for (const suffix of this.suffixes(key).values()) {
      if (!accept(suffix)) continue;
      const overall = overallOf(this.context, prefix.n + suffix.n, prefix.L + suffix.maxL, suffix);
      const better =
        !found ||
        overall > found.overall ||
        (overall === found.overall &&
          outcomeRank(this.context, suffix.outcome) > outcomeRank(this.context, found.outcome));
      if (better) found = { overall, outcome: suffix.outcome, suffix };
    }
    return found;
  }

  /** The edges of a best suffix, from the state it starts at. */
  edgesOf(key: string, suffix: Suffix): { node: DecisionNode; edge: Edge }[] {
    const steps: { node: DecisionNode; edge: Edge }[] = [];
    let at = key;
    let current: Suffix | undefined = suffix;
    while (current?.via && current.next !== undefined) {
      const node = this.exploration.nodes.get(at);
      if (!node) break;
      steps.push({ node, edge: current.via });
      at = current.via.to;
      current = this.suffixes(at).get(current.next);
    }
    return steps;
  }
}
