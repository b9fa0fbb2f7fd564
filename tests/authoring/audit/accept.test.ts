import { describe, expect, it } from 'vitest';
import { parseAuditBounds } from '../../../src/authoring/audit/index.ts';
import { check, FILE, fixtureInk, validateFixture } from './fixture-story.ts';
import { GOOD } from './good-fixture.ts';
import { exemplaryAt } from './variants.ts';

const accepted = validateFixture(
  fixtureInk({
    ...exemplaryAt('first'),
    globals: ['accept: position the round table always comes first'],
  }),
);
const misnamed = validateFixture(
  fixtureInk({ ...GOOD, globals: ['accept: positon on purpose', 'accept: copies'] }),
);
const needless = validateFixture(
  fixtureInk({ ...GOOD, globals: ['accept: longest kept from an older draft'] }),
);

describe('audit: # accept: <check> <reason>', () => {
  it('accepts one check for one story and lists its findings as notes, not errors', () => {
    const result = accepted;
    expect(check(result, 'position')).toMatchObject({
      status: 'accepted',
      accepted: 'the round table always comes first',
    });
    expect(result.errors.some((e) => e.message.startsWith('audit position:'))).toBe(false);
    expect(result.notes.find((n) => n.includes('position'))).toMatch(
      /^accepted audit finding \(position: the round table always comes first\): stories\/fixture\.ink:\d+: the exemplary option is option 1 in 5 of 5 decisions/,
    );
    // Only that check: the first-option shortcut still fails.
    expect(check(result, 'shortcut-first').status).toBe('fail');
  });

  it('names the checks when the tag names none, and asks for a reason', () => {
    const result = misnamed;
    expect(result.errors).toContainEqual(
      expect.objectContaining({
        file: FILE,
        line: 2,
        message: expect.stringMatching(
          /^"# accept: positon" names no audit check; use one of longest, shortest, position/,
        ),
      }),
    );
    expect(result.errors).toContainEqual(
      expect.objectContaining({
        line: 3,
        message:
          '"# accept: copies" needs an audit check and a reason, for example "# accept: position the exemplary is first on purpose"',
      }),
    );
  });

  it('warns when a tag accepts a check that passes', () => {
    const result = needless;
    expect(result.warnings).toContainEqual({
      severity: 'warning',
      file: FILE,
      line: 2,
      message: '"# accept: longest" accepts a check that passes; remove the tag',
    });
    expect(result.errors).toEqual([]);
    expect(result.ok).toBe(true);
  });
});

describe('audit bounds file', () => {
  it('names each bad key and the fix', () => {
    const bounds = {
      version: 1,
      surface: {
        longestMaxPercent: 140,
        shortestMaxPercent: 40,
        positionMaxPercent: 50,
        labelLengthRatioMax: 2,
      },
      wording: { classifierMaxPercent: 45, firstWordMinOptions: 4, firstWordMaxPercent: 60 },
      shortcuts: { marginMin: 15, discoveryMoves: ['open-probe'] },
      consequence: { oneDeviationCostMin: 2, manyDeviations: 3, manyDeviationsCostMin: 5 },
      failurePaths: { harmlessChoicesMin: 2, overallMax: 45, overalMax: 4 },
      moves: { commonFrom: 5, except: ['status-plays'] },
    };
    expect(() => parseAuditBounds(bounds, 'stories/audit.json')).toThrow(
      'stories/audit.json: the audit bounds are not valid:\n  - surface.longestMaxPercent: must be at most 100 (got 140)\n  - failurePaths.overalMax: unknown key; remove it or fix its spelling',
    );
    const fixed = {
      ...bounds,
      surface: { ...bounds.surface, longestMaxPercent: 40 },
      failurePaths: { harmlessChoicesMin: 2, overallMax: 45 },
    };
    expect(() => parseAuditBounds(fixed, 'stories/audit.json', ['open-probe', 'status-play'])).toThrow(
      'moves.except: "status-plays" is not a move of the rubric; use one of open-probe, status-play',
    );
  });
});
