import { describe, expect, it } from 'vitest';
import { explore } from '../../src/authoring/explorer.ts';
import { graphModel, storyGraphSvg } from '../../src/authoring/story-graph.ts';
import { createScoreContext } from '../../src/sim/index.ts';
import { defaultRubric } from '../../src/sim/default-rubric.ts';
import { compile } from '../helpers/ink.ts';

const context = createScoreContext(defaultRubric, undefined, []);

const HUB = `VAR phase = 1
-> hub
=== hub ===
= lobby
Where to?
+ [Look around #move: open-probe #path: exemplary] -> hub.lobby
+ [Go to the desk #move: reflect] -> desk
* [Leave #move: next-step #path: exemplary] Bye. # outcome: advance
  -> END
=== desk ===
The desk.
+ [Back #move: listen] -> hub
* [Walk out #move: pitch] Gone. # outcome: no-sale
  -> END
`;

describe('attune graph', () => {
  it('draws knots with their stitches grouped, loops back to a hub, endings by outcome, no NaN', () => {
    const exploration = explore({ json: compile(HUB), context, scored: true, maxStates: 1000 });
    const model = graphModel(exploration);
    expect([...model.boxes.keys()].sort()).toEqual(
      ['desk', 'end:hub:advance', 'end:desk:no-sale', 'hub.lobby'].sort(),
    );
    const svg = storyGraphSvg(exploration, 'Hub with a very long title that must not be cut short');
    expect(svg).not.toContain('NaN');
    expect(svg).toContain('Hub with a very long title that must not be cut short');
    expect(svg).toContain('class="choice loop"');
    expect(svg).toContain('class="knot"');
    expect(svg).toContain('fill="#2f9e5b"');
    expect(svg).toContain('fill="#b3261e"');
    expect(svg).toContain('━ exemplary');
    expect(svg).not.toContain('unexplored');
  });

  it('marks what a budget left unexplored', () => {
    const exploration = explore({ json: compile(HUB), context, scored: true, maxStates: 1 });
    expect(exploration.complete).toBe(false);
    expect(storyGraphSvg(exploration, 'Hub')).toContain('(unexplored)');
  });
});
