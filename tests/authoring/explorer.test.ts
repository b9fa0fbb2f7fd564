import { describe, expect, it } from 'vitest';
import { explore } from '../../src/authoring/explorer.ts';
import { reconvergingStory } from '../../src/authoring/generated-story.ts';
import { scoreRange } from '../../src/authoring/score-range.ts';
import { createScoreContext } from '../../src/sim/index.ts';
import { defaultRubric } from '../../src/sim/default-rubric.ts';
import { compile } from '../helpers/ink.ts';

const context = createScoreContext(defaultRubric, undefined, []);

describe('explorer', () => {
  it('finds one state per decision in a re-converging story, however many paths it has', () => {
    for (const k of [5, 12, 30]) {
      const exploration = explore({
        json: compile(reconvergingStory(k)),
        context,
        scored: true,
        maxStates: 1000,
      });
      expect(exploration.complete).toBe(true);
      expect(exploration.nodes.size).toBe(k);
      expect([...exploration.terminals.values()].map((t) => t.outcome)).toEqual(['advance']);
    }
  });

  it('keeps states apart when the story reads what differs', () => {
    const json = compile(`VAR phase = 1
VAR asked = false
A.
* [Ask #move: open-probe]
  ~ asked = true
* [Wait #move: listen]
- B.
* [Go #move: next-step] {asked: Good. # outcome: advance | Hm. # outcome: continuation}
  -> END
`);
    const exploration = explore({ json, context, scored: true, maxStates: 100 });
    expect(exploration.nodes.size).toBe(3);
    expect([...exploration.terminals.values()].map((t) => t.outcome).sort()).toEqual([
      'advance',
      'continuation',
    ]);
  });

  it('distinguishes visit counts the story reads, even through once-only choices offered again', () => {
    const json = compile(`VAR phase = 1
-> hub
=== hub ===
Hub.
* [A #move: open-probe] -> aside
* [B #move: reflect] -> aside
* [Leave #move: next-step] {hub > 2: Thorough. # outcome: advance | Quick. # outcome: continuation}
  -> END
=== aside ===
Noted.
-> hub
`);
    const exploration = explore({ json, context, scored: true, maxStates: 100 });
    // Taken so far: {}, {A}, {B}, {A,B}.
    expect(exploration.nodes.size).toBe(4);
    expect(new Set([...exploration.terminals.values()].map((t) => t.outcome))).toEqual(
      new Set(['advance', 'continuation']),
    );
  });

  it('counts sequence-rule state only while it can still change a result', () => {
    const json = compile(`VAR phase = 2
-> talk
=== talk ===
+ [Reflect #move: reflect] -> talk
+ [Finish #move: next-step] Done. # outcome: advance
  -> END
`);
    const exploration = explore({ json, context, scored: true, maxStates: 100 });
    // Reflect runs of 0, 1 and 2-or-more behave differently; longer runs do not.
    expect(exploration.nodes.size).toBe(3);
  });

  it('gives the exact minimum and maximum overall score without enumerating paths', () => {
    const json = compile(`VAR phase = 1
A.
* [Probe #move: open-probe]
* [Pitch #move: pitch]
- B.
* [Listen #move: listen] Ok. # outcome: continuation
  -> END
* [Price #move: price] No. # outcome: no-sale
  -> END
`);
    const exploration = explore({ json, context, scored: true, maxStates: 100 });
    const range = scoreRange(exploration, context);
    // best: open-probe (2/1) + listen (1/2) → 87.5/87.5, courage 100, continuation 40
    // worst: pitch (−2/−2) + price (−2/−1) → 0/12.5, courage 100, no-sale 0
    expect(range).toEqual({
      min: Math.round(0.35 * 0 + 0.35 * 12.5 + 15 + 0),
      max: Math.round(0.35 * 87.5 + 0.35 * 87.5 + 15 + 0.15 * 40),
      loops: 0,
    });
  });

  it('restricts exploration to some moves, to ask what a passive trainee can reach', () => {
    const json = compile(`VAR phase = 1
A.
* [Listen #move: listen] Ok. # outcome: continuation
  -> END
* [Ask #move: next-step] Yes. # outcome: advance
  -> END
`);
    const exploration = explore({
      json,
      context,
      scored: true,
      maxStates: 100,
      onlyMoves: new Set(['listen', 'reflect']),
    });
    expect([...exploration.terminals.values()].map((t) => t.outcome)).toEqual(['continuation']);
  });
});

describe('runaway stories', () => {
  it('reports a loop that keeps talking without a choice instead of hanging', () => {
    const json = compile('VAR n = 0\n-> talk\n=== talk ===\n~ n = n + 1\nLine {n}.\n-> talk\n');
    const exploration = explore({ json, context, scored: false, maxStates: 100, maxLinesPerSegment: 500 });
    expect(exploration.problems.map((p) => p.message)).toEqual([
      'the story produced more than 500 lines without offering a choice (in knot "talk"): it probably loops forever; give the loop a choice or an exit',
    ]);
  });
});
