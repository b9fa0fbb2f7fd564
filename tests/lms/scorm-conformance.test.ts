// Strict runs inside scorm-again: every call the course makes is recorded and checked against the SCORM
// data model (each value against its element's type, no call that leaves an LMS error, no read of a value
// that was never set), over a first launch, a suspend, a resume and a finish; and pass/fail decided exactly
// as the LMS decides it, for every passing score from 0 to 100.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Scorm2004Connection } from '../../src/lms/scorm2004-connection.ts';
import { Scorm12Connection } from '../../src/lms/scorm12-connection.ts';
import { followPath, playChoices } from '../../src/session/index.ts';
import {
  cmiOf,
  connect,
  frameWindow,
  newScorm12,
  newScorm2004,
  newSession,
  startRun,
} from './lms-fixtures.ts';
import { callProblems, recording, type ScormCall } from './scorm-types.ts';

const apis = (version: '1.2' | '2004', api: unknown) =>
  version === '1.2' ? { API: api } : { API_1484_11: api };
/** What the LMS sets from the package's manifest on every launch (mastery score 70). */
const launchData = (version: '1.2' | '2004') =>
  version === '1.2'
    ? { core: { student_id: 'emp-042', student_name: 'Lee, Ann' }, student_data: { mastery_score: '70' } }
    : { learner_id: 'emp-042', learner_name: 'Lee, Ann', scaled_passing_score: '0.7' };

describe('strict SCORM runs', () => {
  for (const version of ['1.2', '2004'] as const) {
    for (const path of ['exemplary', 'bregman'] as const) {
      it(
        `SCORM ${version}, ${path} path: every call is valid, through a suspend and a resume`,
        { timeout: 30_000 },
        async () => {
          const calls: ScormCall[] = [];
          const first =
            version === '1.2' ? newScorm12(launchData(version)) : newScorm2004(launchData(version));
          const win = frameWindow(apis(version, recording(first, calls)));
          const lms = await connect(win, {});
          const played = newSession();
          startRun(lms, played);
          playChoices(played, [0, 0]);
          win.fire('pagehide');

          const stored = cmiOf(first).cmi;
          const core = (stored.core ?? {}) as Record<string, unknown>;
          const kept =
            version === '1.2'
              ? {
                  ...launchData(version),
                  suspend_data: stored.suspend_data,
                  core: { ...launchData('1.2').core, entry: 'resume', lesson_status: core.lesson_status },
                  interactions: stored.interactions,
                }
              : {
                  ...launchData(version),
                  suspend_data: stored.suspend_data,
                  entry: 'resume',
                  completion_status: stored.completion_status,
                  interactions: stored.interactions,
                };
          const second = version === '1.2' ? newScorm12(kept) : newScorm2004(kept);
          const again = await connect(frameWindow(apis(version, recording(second, calls))), {});
          const resumed = newSession();
          startRun(again, resumed);
          const fresh = newSession();
          followPath(fresh, path);
          const choices = fresh
            .snapshot()
            .decisions.map((d) => d.offered.findIndex((c) => c.index === d.chosen));
          playChoices(resumed, choices.slice(resumed.snapshot().decisions.length));
          expect(resumed.state).toBe('ended');
          again.finish();

          expect(callProblems(calls, version)).toEqual([]);
          expect(calls.filter((c) => /SetValue/.test(c.method)).length).toBeGreaterThan(20);
          expect(calls.some((c) => /GetValue/.test(c.method) && /score\.raw/.test(c.args[0] ?? ''))).toBe(
            false,
          );
          expect([...lms.problems, ...again.problems]).toEqual([]);
        },
      );
    }
  }

  it('the checker catches a value of the wrong type and a read of an unset value', () => {
    const calls: ScormCall[] = [];
    const api = recording(newScorm2004(), calls);
    api.Initialize('');
    api.GetValue('cmi.score.raw');
    api.SetValue('cmi.interactions.0.id', 'urn:attune:x');
    api.SetValue('cmi.interactions.0.type', 'choice');
    api.SetValue('cmi.interactions.0.learner_response', 'two words');
    const problems = callProblems(calls, '2004').join('\n');
    expect(problems).toMatch(/GetValue\("cmi\.score\.raw"\) left error 403/);
    expect(problems).toMatch(/learner_response", "two words"\): not a valid value/);
    const slug = callProblems(
      [
        {
          method: 'LMSSetValue',
          args: ['cmi.interactions.0.student_response', 'ask-her'],
          result: 'true',
          error: '0',
        },
      ],
      '1.2',
    );
    expect(slug).toHaveLength(1);
  });
});

describe('pass or fail, as the LMS decides it', () => {
  it(
    'SCORM 2004: for every passing score 0–100, success_status agrees with score.scaled ≥ scaled_passing_score',
    { timeout: 30_000 },
    () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), (passing, score) => {
          // The manifest writes minNormalizedMeasure as passing / 100; the LMS hands it on as text.
          const api = newScorm2004({ scaled_passing_score: String(passing / 100) });
          const connection = new Scorm2004Connection(api);
          connection.initialize();
          connection.setResult({ score, passed: connection.passes(score, 70) });
          const lms =
            Number(api.GetValue('cmi.score.scaled')) >= Number(api.GetValue('cmi.scaled_passing_score'));
          expect(api.GetValue('cmi.success_status')).toBe(lms ? 'passed' : 'failed');
          expect(connection.masteryScore()).toBe(passing);
        }),
        {
          numRuns: 400,
          examples: [
            [14, 14],
            [7, 7],
            [28, 28],
            [55, 55],
            [56, 56],
            [57, 57],
            [29, 29],
            [0, 0],
            [100, 100],
          ],
        },
      );
    },
  );

  it('SCORM 2004: the same for passing scores with two decimals', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10000 }),
        fc.integer({ min: 0, max: 100 }),
        (hundredths, score) => {
          const api = newScorm2004({ scaled_passing_score: String(hundredths / 10000) });
          const connection = new Scorm2004Connection(api);
          connection.initialize();
          const passed = connection.passes(score, 70);
          expect(passed).toBe(Number(String(Math.round(score) / 100)) >= Number(String(hundredths / 10000)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('SCORM 1.2: score.raw against mastery_score, for every passing score 0–100', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), (passing, score) => {
        const api = newScorm12({ student_data: { mastery_score: String(passing) } });
        const connection = new Scorm12Connection(api);
        connection.initialize();
        connection.setResult({ score, passed: connection.passes(score, 70) });
        const lms = Number(api.LMSGetValue('cmi.core.score.raw')) >= passing;
        expect(api.LMSGetValue('cmi.core.lesson_status')).toBe(lms ? 'passed' : 'failed');
      }),
      {
        numRuns: 300,
        examples: [
          [14, 14],
          [70, 69],
          [70, 70],
        ],
      },
    );
  });
});
