// Minimum and maximum overall score over every path of an exploration, without enumerating paths.
// For a fixed number of choices n and a fixed ending term c (courage and outcome), the overall score is
// linear in L = wA·ΣA + wT·ΣT, so each state keeps, per (n, c), only the smallest and largest L of its
// suffixes. Loops (a state that can reach itself) are cut at the back edge.
import { couragePercent, outcomePercent, type ScoreContext } from '../sim/index.ts';
import type { Exploration } from './explorer.ts';

interface Suffix {
  n: number;
  c: number;
  minL: number;
  maxL: number;
}

export interface ScoreRange {
  min: number;
  max: number;
  loops: number;
}

function merge(into: Map<string, Suffix>, entry: Suffix) {
  const key = `${entry.n}|${entry.c}`;
  const existing = into.get(key);
  if (!existing) into.set(key, { ...entry });
  else {
    existing.minL = Math.min(existing.minL, entry.minL);
    existing.maxL = Math.max(existing.maxL, entry.maxL);
  }
}

export function scoreRange(exploration: Exploration, context: ScoreContext): ScoreRange | null {
  const w = context.rubric.weights;
  const memo = new Map<string, Map<string, Suffix>>();
  const onStack = new Set<string>();
  let loops = 0;

  const terminalSuffix = (key: string): Map<string, Suffix> => {
    const terminal = exploration.terminals.get(key);
    const map = new Map<string, Suffix>();
    if (!terminal) return map;
    const c =
      w.courage * couragePercent(context, terminal.covered) +
      w.outcome * outcomePercent(context.rubric, terminal.outcome);
    map.set(`0|${c}`, { n: 0, c, minL: 0, maxL: 0 });
    return map;
  };

  // Iterative post-order DFS: stories can be deep enough to overflow a recursive walk.
  const solve = (start: string): Map<string, Suffix> => {
    const stack: { key: string; next: number }[] = [{ key: start, next: 0 }];
    onStack.add(start);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1];
      if (!frame) break;
      const node = exploration.nodes.get(frame.key);
      const edges = node?.edges ?? [];
      if (frame.next < edges.length) {
        const edge = edges[frame.next++];
        if (!edge || memo.has(edge.to) || exploration.terminals.has(edge.to)) continue;
        if (onStack.has(edge.to)) {
          loops++;
          continue;
        }
        if (!exploration.nodes.has(edge.to)) continue;
        onStack.add(edge.to);
        stack.push({ key: edge.to, next: 0 });
        continue;
      }
      const result = new Map<string, Suffix>();
      for (const edge of edges) {
        const child = exploration.terminals.has(edge.to) ? terminalSuffix(edge.to) : memo.get(edge.to);
        const delta = w.alignment * edge.alignment + w.attunement * edge.attunement;
        for (const suffix of child?.values() ?? []) {
          merge(result, {
            n: suffix.n + 1,
            c: suffix.c,
            minL: suffix.minL + delta,
            maxL: suffix.maxL + delta,
          });
        }
      }
      memo.set(frame.key, result);
      onStack.delete(frame.key);
      stack.pop();
    }
    return memo.get(start) ?? new Map();
  };

  const suffixes = exploration.terminals.has(exploration.root)
    ? terminalSuffix(exploration.root)
    : solve(exploration.root);
  let min = Infinity;
  let max = -Infinity;
  const base = 50 * (w.alignment + w.attunement);
  for (const s of suffixes.values()) {
    const overall = (L: number) => (s.n === 0 ? base : (25 * L) / s.n + base) + s.c;
    min = Math.min(min, Math.round(overall(s.minL)));
    max = Math.max(max, Math.round(overall(s.maxL)));
  }
  return Number.isFinite(min) ? { min, max, loops } : null;
}
