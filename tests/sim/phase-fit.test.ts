import { describe, expect, it } from 'vitest';
import { EXEMPLARY, failurePaths, runPath } from '../../src/session/index.ts';
import { defaultRubric } from '../../src/sim/default-rubric.ts';
import {
  createScoreContext,
  fitsPhase,
  keyMoments,
  phasesFitted,
  tableEffect,
  timelinePhase,
  timingOf,
} from '../../src/sim/index.ts';
import { storyJson } from '../helpers/compiled-stories.ts';

const plain = createScoreContext(defaultRubric, undefined, []);
const STORIES = [
  'cold-feet',
  'decisive-founder',
  'first-meeting',
  'hot-referral',
  'shortlist',
  'three-meetings',
];

describe('what fits a phase (one definition)', () => {
  it('a move fits every phase where the table gives it positive alignment', () => {
    expect(phasesFitted(plain, 'address-risk')).toEqual([2, 3]);
    expect(phasesFitted(plain, 'need-payoff')).toEqual([1, 2, 3]);
    expect(phasesFitted(plain, 'status-play')).toEqual([]);
  });

  it('seen from the buyer’s phase, a move that fits it fits there; otherwise where it fits best', () => {
    expect(fitsPhase(plain, 'need-payoff', 1)).toBe(1);
    expect(fitsPhase(plain, 'need-payoff')).toBe(2);
    expect(fitsPhase(plain, 'address-risk', 2)).toBe(2);
    expect(fitsPhase(plain, 'address-risk', 1)).toBe(3);
    expect(fitsPhase(plain, 'pitch', 1)).toBe(2);
    expect(fitsPhase(plain, 'status-play', 1)).toBeNull();
  });

  it('places in-step moves on the buyer’s line and the others where they fit', () => {
    expect(timingOf(1)).toBe('in-step');
    expect(timingOf(-1)).toBe('out-of-step');
    expect(timingOf(0)).toBe('neutral');
    expect(timelinePhase({ phase: 1, fits: 1, alignment: 1 })).toBe(1);
    expect(timelinePhase({ phase: 1, fits: 2, alignment: -2 })).toBe(2);
    expect(timelinePhase({ phase: 3, fits: null, alignment: 0 })).toBeNull();
  });

  it('in every shipped story’s canonical paths, no in-step move sits off the buyer’s line', () => {
    for (const id of STORIES) {
      const story = storyJson(id);
      const exemplary = runPath({ story }, EXEMPLARY);
      const names = [EXEMPLARY, ...failurePaths(exemplary.report.decisions.flatMap((d) => d.offered))];
      for (const name of names) {
        for (const d of runPath({ story }, name).report.decisions) {
          const alignment = d.effect?.alignment ?? 0;
          const row = timelinePhase({ phase: d.phase, fits: d.fits, alignment });
          if (timingOf(alignment) === 'in-step')
            expect([id, name, d.number, row]).toEqual([id, name, d.number, d.phase]);
          // Wherever a move is drawn, it fits that phase by the rubric (persona included).
          if (d.fits !== null && d.move && !d.effect?.rules.includes('persona'))
            expect(tableEffect(plain, d.move, d.fits).alignment).toBeGreaterThan(0);
        }
      }
    }
  }, 60_000);
});

describe('key moments', () => {
  it('include the worst moves beside the best', () => {
    const moments = keyMoments([
      { decision: 1, text: 'a', move: 'listen', phase: 1, alignment: 1, attunement: 2 },
      { decision: 2, text: 'b', move: 'pitch', phase: 1, alignment: -2, attunement: -2 },
      { decision: 3, text: 'c', move: 'reflect', phase: 1, alignment: 1, attunement: 2 },
      { decision: 4, text: 'd', move: 'insight', phase: 2, alignment: 2, attunement: 2 },
      { decision: 5, text: 'e', move: 'price', phase: 1, alignment: -2, attunement: -1 },
      { decision: 6, text: 'f', move: 'open-probe', phase: 1, alignment: 2, attunement: 1 },
    ]);
    expect(moments.map((m) => m.decision)).toEqual([1, 2, 4, 5]);
  });

  it('fill the places with the best when there are fewer bad moves', () => {
    const moments = keyMoments([
      { decision: 1, text: 'a', move: 'listen', phase: 1, alignment: 1, attunement: 2 },
      { decision: 2, text: 'b', move: 'pitch', phase: 1, alignment: -2, attunement: -2 },
      { decision: 3, text: 'c', move: 'reflect', phase: 1, alignment: 1, attunement: 1 },
      { decision: 4, text: 'd', move: 'insight', phase: 2, alignment: 2, attunement: 2 },
    ]);
    expect(moments.map((m) => m.decision)).toEqual([1, 2, 3, 4]);
  });
});
