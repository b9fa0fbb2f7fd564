// The baseline the explorer is measured against: walks every path from the start without merging states.

import { StoryRunner } from '../story/index.ts';

/** Counts complete paths by depth-first search over raw ink states. Cost grows with the number of paths. */
export function countPathsNaively(json: string): number {
  const runner = new StoryRunner(json, { seed: 1 });
  const walk = (): number => {
    while (runner.canContinue) runner.nextLine();
    const choices = runner.choices();
    if (choices.length === 0) return 1;
    const state = runner.saveState();
    let total = 0;
    for (const choice of choices) {
      runner.loadState(state);
      runner.choose(choice.index);
      total += walk();
    }
    return total;
  };
  return walk();
}
