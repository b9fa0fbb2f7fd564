// The canonical paths do not depend on how fast the machine is: with the budget spent before the
// exhaustive search has begun (a clock that jumps ten seconds at every reading), every `# path:` of a
// library story still reaches its ending through the explored graph, which is where the audit walks it:
// the explorer plays the canonical paths first, whatever time is left.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { onPath, walk } from '../../src/authoring/audit/graph-walk.ts';
import { explore } from '../../src/authoring/explorer.ts';
import { createScoreContext } from '../../src/sim/index.ts';
import { defaultRubric } from '../../src/sim/default-rubric.ts';
import { STORIES, storyJson } from '../helpers/compiled-stories.ts';

const context = createScoreContext(defaultRubric, undefined, []);

function starvedClock(): () => number {
  let t = 0;
  return () => (t += 10_000);
}

const pathsOf = (id: string): string[] => [
  ...new Set(
    [...readFileSync(resolve(STORIES, `${id}.ink`), 'utf8').matchAll(/#\s*path:\s*([a-z0-9-]+)/g)].map(
      (m) => m[1] ?? '',
    ),
  ),
];

describe('exploring on a machine too slow for the budget', () => {
  for (const id of ['first-meeting', 'hot-referral']) {
    it(`${id}: sampled, and each canonical path reaches an ending through the graph`, () => {
      const exploration = explore({
        json: JSON.stringify(storyJson(id)),
        context,
        scored: true,
        maxStates: 50_000,
        budgetMs: 10_000,
        now: starvedClock(),
      });
      expect(exploration.mode).toBe('sampled');
      const names = pathsOf(id);
      expect(names.length).toBeGreaterThanOrEqual(2);
      const ends = names.map((name) => [name, walk(exploration, context, onPath(name)).end]);
      expect(ends).toEqual(names.map((name) => [name, 'terminal']));
    });
  }
});
