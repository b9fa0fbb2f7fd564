import { describe, expect, it } from 'vitest';
import {
  comparedPaths,
  costliestDecisions,
  exemplarySummary,
  mustStatus,
  pathDisplayName,
  playChoices,
  PlaySession,
  type DecisionRecord,
} from '../../src/session/index.ts';
import { partingDecision } from '../../src/ui/debrief/path-compare.ts';
import { compile } from '../helpers/ink.ts';

const LUNCH = `# title: Lunch
# buyer: Ana Silva, CFO
# must: budget Ask who owns the budget
# must: risk Ask what worries her
# path-name: rush The seller who rushed
VAR phase = 1
Hello. # speaker: buyer
* [Ask what is going on #move: open-probe #path: exemplary #why: Needs come first.]
  She explains. # speaker: buyer # thought: Finally someone listens.
* [Pitch the product #move: pitch #path: rush #why: A pitch before the problem is heard.]
  She frowns. # speaker: buyer # thought: Not this again.
- Later, in her office. # scene: office
Who decides this? # speaker: buyer # thought: Will they ask the real question?
* [Ask who owns the budget #move: hard-question #covers: budget #path: exemplary #why: Ask what you came to ask.]
  I do. # speaker: buyer
* [Show the feature list #move: pitch #path: rush #why: More features, no question.]
  Hm. # speaker: buyer
-
~ phase = 3
What could go wrong? # speaker: buyer
* [Ask what worries her most #move: address-risk #covers: risk #path: exemplary #path: rush #why: Risk matters late.]
  Good. # speaker: buyer # outcome: advance
  -> END
* [Offer a discount #move: price]
  Fine. # outcome: continuation
  -> END
`;
const story = compile(LUNCH);

function run(choices: number[]) {
  const session = new PlaySession({ story, seed: 1, clock: () => 0 });
  playChoices(session, choices);
  return { session, report: session.report() };
}

describe('debrief data', () => {
  it('names each must item, covered at its decision or missed', () => {
    const { session, report } = run([1, 1, 0]);
    expect(mustStatus(session.card, report.decisions)).toEqual([
      { id: 'budget', text: 'Ask who owns the budget', coveredAt: null },
      { id: 'risk', text: 'Ask what worries her', coveredAt: 3 },
    ]);
  });

  it('keeps a thought from a later scene off the decision before it', () => {
    const { report } = run([0, 1, 0]);
    expect(report.decisions.map((d) => d.thought ?? null)).toEqual(['Finally someone listens.', null, null]);
  });

  it('gives the costliest decisions against the exemplary, costliest first, with both choices and the why', () => {
    const { session, report } = run([1, 1, 1]);
    const costly = costliestDecisions({ story, decisions: report.decisions, card: session.card });
    // Decision 1: pitch in Phase I (-2/-2) against open-probe (+2/+1): 7. Decision 2: pitch (-2/-2)
    // against hard-question (+1/0) that also covers a missed must (+2): 7. Decision 3: price in Phase III
    // (+1/0) against address-risk (+2/+2), which covers the missed risk item: 3 + 2 = 5.
    expect(costly.map((c) => [c.decision, c.cost])).toEqual([
      [1, 7],
      [2, 7],
      [3, 5],
    ]);
    expect(costly[0]).toMatchObject({
      phase: 1,
      yours: { text: 'Pitch the product', move: 'pitch', why: 'A pitch before the problem is heard.' },
      exemplary: { text: 'Ask what is going on', move: 'open-probe', why: 'Needs come first.' },
      thought: 'Not this again.',
    });
  });

  it('leaves out decisions where the run chose the exemplary', () => {
    const { session, report } = run([0, 0, 0]);
    expect(costliestDecisions({ story, decisions: report.decisions, card: session.card })).toEqual([]);
  });

  it('names paths by the story’s # path-name:, else readably', () => {
    const { session } = run([]);
    expect(pathDisplayName(session.card, 'rush')).toBe('The seller who rushed');
    expect(pathDisplayName(session.card, 'exemplary')).toBe('The exemplary seller');
    expect(pathDisplayName(session.card, 'pitch-early')).toBe('The pitch early path (a failing seller)');
  });

  it('claims the exemplary was followed only when it was, and says what it still leaves out', () => {
    const followed = run([0, 0, 0]);
    const paths = comparedPaths({ story, decisions: followed.report.decisions, watchedPath: null });
    expect(paths.map((p) => p.name)).toEqual(['exemplary', 'rush']);
    const exemplary = paths[0]?.decisions ?? [];
    const summary = (decisions: DecisionRecord[], scored = true) =>
      exemplarySummary({
        report: { scored, decisions },
        paths,
        musts: mustStatus(followed.session.card, decisions),
        parting: partingDecision(decisions, exemplary),
      });
    expect(summary(followed.report.decisions)).toEqual({
      kind: 'followed',
      exemplaryOverall: followed.report.overall,
      missed: [],
    });
    expect(summary(run([0, 1, 0]).report.decisions)).toEqual({ kind: 'parted', at: 2 });
    expect(summary(followed.report.decisions, false)).toEqual({ kind: 'unscored' });
    expect(exemplarySummary({ report: followed.report, paths: [], musts: [], parting: null })).toEqual({
      kind: 'no-exemplary',
    });
  });

  it('key moments include the worst moves, not only the best', () => {
    const { report } = run([0, 1, 1]);
    const kinds = report.keyMoments.map((m) => [
      m.decision,
      m.alignment + m.attunement > 0 ? 'best' : 'worst',
    ]);
    expect(kinds).toEqual([
      [1, 'best'],
      [2, 'worst'],
      [3, 'best'],
    ]);
  });
});
