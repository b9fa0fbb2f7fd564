// The best-path dynamic programme against brute force: every path of small stories, listed one by one.
import { describe, expect, it } from 'vitest';
import { BestPaths, isDeviation } from '../../../src/authoring/audit/best-paths.ts';
import type { Exploration } from '../../../src/authoring/explorer.ts';
import { explore } from '../../../src/authoring/explorer.ts';
import {
  couragePercent,
  createScoreContext,
  effectPercent,
  outcomePercent,
  type OutcomeName,
} from '../../../src/sim/index.ts';
import { defaultRubric } from '../../../src/sim/default-rubric.ts';
import { compile } from '../../helpers/ink.ts';
import { fixtureInk } from './fixture-story.ts';
import { GOOD } from './good-fixture.ts';
import { withDecision } from './variants.ts';

const context = createScoreContext(defaultRubric, undefined, []);

interface Path {
  overall: number;
  outcome: OutcomeName | null;
  deviations: number;
}

function everyPath(exploration: Exploration): Path[] {
  const paths: Path[] = [];
  const walk = (key: string, a: number, t: number, n: number, deviations: number) => {
    const terminal = exploration.terminals.get(key);
    if (terminal) {
      const w = defaultRubric.weights;
      const overall = Math.round(
        w.alignment * effectPercent(a, n) +
          w.attunement * effectPercent(t, n) +
          w.courage * couragePercent(context, terminal.covered) +
          w.outcome * outcomePercent(defaultRubric, terminal.outcome),
      );
      paths.push({ overall, outcome: terminal.outcome, deviations });
      return;
    }
    const node = exploration.nodes.get(key);
    for (const edge of node?.edges ?? [])
      if (node)
        walk(
          edge.to,
          a + edge.alignment,
          t + edge.attunement,
          n + 1,
          deviations + (isDeviation(node, edge) ? 1 : 0),
        );
  };
  walk(exploration.root, 0, 0, 0, 0);
  return paths;
}

const stories = {
  good: GOOD,
  'need two': { ...GOOD, need: 2 },
  'with a continuation': { ...GOOD, continuationFrom: 3 },
  'a fourth option': withDecision(2, (o) => [
    ...o,
    { text: 'Ask about the budget', move: 'hard-question', good: true },
  ]),
};

const explored = Object.entries(stories).map(([name, story]) => ({
  name,
  exploration: explore({ json: compile(fixtureInk(story)), context, scored: true, maxStates: 10_000 }),
}));

describe('best paths over the state graph', () => {
  for (const { name, exploration } of explored) {
    it(`equal the best of every path listed (${name})`, () => {
      const all = everyPath(exploration);
      const best = new BestPaths(exploration, context, { deviationCap: 3 });
      const top = (paths: Path[]) => Math.max(...paths.map((p) => p.overall));
      expect(all.length).toBeGreaterThan(100);
      expect(best.best(exploration.root, { n: 0, L: 0 })?.overall).toBe(top(all));
      expect(best.best(exploration.root, { n: 0, L: 0 }, (s) => s.deviations >= 3)?.overall).toBe(
        top(all.filter((p) => p.deviations >= 3)),
      );
      expect(best.best(exploration.root, { n: 0, L: 0 }, (s) => s.outcome === 'no-sale')?.overall).toBe(
        top(all.filter((p) => p.outcome === 'no-sale')),
      );
    });
  }
});
