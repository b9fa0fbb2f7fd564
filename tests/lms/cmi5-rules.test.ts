// The cmi5 rules checker used by the launch harness catches what a cmi5 LMS would reject.
import type { Statement } from '@xapi/xapi';
import { describe, expect, it } from 'vitest';
import { CMI5, cmi5Problems, type Cmi5Launch } from './cmi5-rules.ts';

const launch: Cmi5Launch = {
  actor: { account: { homePage: 'https://lms.example.com', name: 'emp-042' } },
  registration: '5c7e3a10-8d2b-4b7e-9a61-0f0e6b1d2c01',
  activityId: 'urn:attune:course/hot-referral',
  sessionId: 'session-1',
  masteryScore: 0.7,
};

let n = 0;
function statement(verb: string, extra: Partial<Statement> = {}, category = true): Statement {
  const moveOn = [CMI5.verbs.completed, CMI5.verbs.passed, CMI5.verbs.failed].some((v) => v === verb);
  return {
    id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
    actor: launch.actor as Statement['actor'],
    verb: { id: verb },
    object: { objectType: 'Activity', id: launch.activityId },
    timestamp: new Date(Date.UTC(2026, 10, 27, 9, 0, n)).toISOString(),
    context: {
      registration: launch.registration,
      extensions: {
        [CMI5.sessionId]: launch.sessionId,
        ...(verb === CMI5.verbs.passed || verb === CMI5.verbs.failed ? { [CMI5.masteryScore]: 0.7 } : {}),
      },
      contextActivities: category
        ? { category: [{ id: CMI5.category }, ...(moveOn ? [{ id: CMI5.moveOn }] : [])] }
        : {},
    },
    ...(verb === CMI5.verbs.initialized ? {} : { result: { duration: 'PT5S', ...extra.result } }),
  };
}

const good = (): Statement[] => [
  statement(CMI5.verbs.launched),
  statement(CMI5.verbs.initialized),
  statement('http://adlnet.gov/expapi/verbs/answered', {}, false),
  statement(CMI5.verbs.passed, { result: { success: true, score: { scaled: 0.8 } } }),
  statement(CMI5.verbs.completed, { result: { completion: true } }),
  statement(CMI5.verbs.terminated),
];

describe('the cmi5 rules checker', () => {
  it('accepts a session that keeps the rules', () => {
    expect(cmi5Problems(good(), launch)).toEqual([]);
  });

  it('reports a statement after terminated, a pass below mastery, a second completed and a failed after passed', () => {
    const s = good();
    const bad = [
      ...s.slice(0, 3),
      statement(CMI5.verbs.passed, { result: { success: true, score: { scaled: 0.5 } } }),
      statement(CMI5.verbs.failed, { result: { success: false, score: { scaled: 0.5 } } }),
      statement(CMI5.verbs.completed, { result: { completion: true } }),
      statement(CMI5.verbs.completed, { result: { completion: true } }),
      statement(CMI5.verbs.terminated),
      statement('http://adlnet.gov/expapi/verbs/answered', {}, false),
    ];
    const problems = cmi5Problems(bad, launch).join('\n');
    expect(problems).toMatch(/passed below the mastery score/);
    expect(problems).toMatch(/failed after passed/);
    expect(problems).toMatch(/completed sent 2 times/);
    expect(problems).toMatch(/statements after terminated: answered/);
  });

  it('reports a missing initialized, a foreign registration and a cmi5 statement without its category', () => {
    const s = good();
    const other = statement(CMI5.verbs.completed, { result: { completion: true } }, false);
    other.context = { ...other.context, registration: 'another' };
    const problems = cmi5Problems(
      [s[0] as Statement, s[2] as Statement, other, s[5] as Statement],
      launch,
    ).join('\n');
    expect(problems).toMatch(/first statement is answered, not initialized/);
    expect(problems).toMatch(/registration is not the launch's/);
    expect(problems).toMatch(/completed: no cmi5 category/);
  });
});
