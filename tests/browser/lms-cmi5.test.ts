// The cmi5 package launched the way a cmi5 LMS launches an AU (tests/browser/cmi5-lms.ts): the trainee
// plays in Chromium; the statements the LMS records must keep the cmi5 rules (tests/lms/cmi5-rules.ts),
// pass the xAPI validator, and reach no origin but the LMS's. A second launch of the same registration
// resumes the unfinished run.
import type { Statement } from '@xapi/xapi';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CMI5, cmi5Problems } from '../lms/cmi5-rules.ts';
import { statementProblems } from '../lms/xapi-validator.ts';
import { startCmi5Lms, type Cmi5Lms } from './cmi5-lms.ts';
import { cliPlay, launch } from './helpers.ts';
import { takePage } from './page-pool.ts';
import { playInFrame, threadEnd } from './lms-play.ts';

let browser: Browser;
let lms: Cmi5Lms;

beforeAll(async () => {
  [browser, lms] = await Promise.all([launch(), startCmi5Lms()]);
});
afterAll(async () => {
  await browser?.close();
  await lms?.close();
});

const actor = {
  objectType: 'Agent',
  name: 'Ann Lee',
  account: { homePage: 'https://lms.example.com', name: 'emp-042' },
};

async function until(check: () => boolean, what: string, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) {
      const verbs = lms.statements.map((s) => s.verb.id.replace(/^.*\//, '')).join(', ');
      throw new Error(`timed out waiting for ${what}; the LMS has: ${verbs}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function open(url: string): Promise<{ page: Page; errors: string[]; foreign: string[] }> {
  // Each launch starts with nothing stored, as a new browser would (the AU's state lives in the LMS).
  const page = await takePage(browser);
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    // Failed requests are judged by their responses below.
    if ((m.type() === 'error' || m.type() === 'warning') && !m.text().startsWith('Failed to load resource'))
      errors.push(m.text());
  });
  page.on('response', (r) => {
    // The AU's own state document does not exist before its first save: 404 is the LRS's answer (xAPI §2.3).
    const firstRead =
      r.status() === 404 && r.request().method() === 'GET' && r.url().includes('/xapi/activities/state?');
    if (r.status() >= 400 && !firstRead) errors.push(`${r.status()} ${r.request().method()} ${r.url()}`);
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(lms.base) && !r.url().startsWith('data:')) foreign.push(r.url());
  });
  await page.goto(url);
  await page.waitForSelector('.choices .choice, [data-continue]', { timeout: 30_000 });
  return { page, errors, foreign };
}

/** The trainee closes the course's window: its unload handlers run, and the window is gone. */
async function leave(page: Page): Promise<void> {
  const closed = page.waitForEvent('close');
  await page.close({ runBeforeUnload: true });
  await closed;
}

const session = (from: number) => lms.statements.slice(from);
const verbs = (list: readonly Statement[]) => list.map((s) => s.verb.id.replace(/^.*\//, ''));

describe('cmi5', () => {
  it('an AU launched by the LMS: token, launch data, initialized, answers, passed and completed by moveOn, terminated', async () => {
    const au = lms.aus.find((a) => a.url === 'launch-hot-referral.html');
    if (!au) throw new Error('cmi5.xml has no AU for hot-referral');
    expect(au).toMatchObject({ moveOn: 'CompletedAndPassed', masteryScore: 0.7 });
    const cli = cliPlay('stories/hot-referral.ink', 'exemplary');
    const indices = cli.steps.filter((s) => s.type === 'choice').map((s) => s.index ?? -1);
    const registration = '5c7e3a10-8d2b-4b7e-9a61-0f0e6b1d2c01';
    const from = lms.statements.length;
    const fetchesBefore = lms.fetches;
    const { url, sessionId } = lms.launch({ au, registration, actor });
    const { page, errors, foreign } = await open(url);
    await until(() => verbs(session(from)).includes('initialized'), 'initialized');
    await playInFrame(page.mainFrame(), indices);
    await until(() => verbs(session(from)).includes('completed'), 'completed');
    await leave(page);
    await until(() => verbs(session(from)).includes('terminated'), 'terminated');

    const statements = session(from);
    const launchInfo = { actor, registration, activityId: au.id, sessionId, masteryScore: 0.7 };
    expect(cmi5Problems(statements, launchInfo)).toEqual([]);
    expect(verbs(statements).filter((v) => v === 'answered')).toHaveLength(indices.length);
    expect(verbs(statements).slice(-3)).toEqual(['passed', 'completed', 'terminated']);
    const passed = statements.find((s) => s.verb.id === CMI5.verbs.passed);
    expect(passed?.result?.score).toMatchObject({ scaled: cli.score.overall / 100, raw: cli.score.overall });
    for (const s of statements) expect(statementProblems(s), JSON.stringify(s)).toEqual([]);
    expect(lms.fetches - fetchesBefore).toBe(1);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('a relaunch of the same registration resumes the run, and a failing run sends failed, then completed', async () => {
    const au = lms.aus.find((a) => a.url === 'launch-hot-referral.html');
    if (!au) throw new Error('cmi5.xml has no AU for hot-referral');
    const cli = cliPlay('stories/hot-referral.ink', 'bregman');
    const indices = cli.steps.filter((s) => s.type === 'choice').map((s) => s.index ?? -1);
    const registration = '5c7e3a10-8d2b-4b7e-9a61-0f0e6b1d2c02';

    const first = lms.statements.length;
    const one = lms.launch({ au, registration, actor });
    const a = await open(one.url);
    await until(() => verbs(session(first)).includes('initialized'), 'initialized');
    const saves = () => lms.requests.filter((r) => r === 'PUT /xapi/activities/state').length;
    const savesBefore = saves();
    await playInFrame(a.page.mainFrame(), indices, { decisions: 3 });
    await until(() => saves() >= savesBefore + 3, 'the run saved in the AU state');
    const leftAt = await threadEnd(a.page.mainFrame());
    await leave(a.page);
    await until(() => verbs(session(first)).includes('terminated'), 'terminated');
    const firstSession = session(first);
    expect(
      cmi5Problems(firstSession, {
        actor,
        registration,
        activityId: au.id,
        sessionId: one.sessionId,
        masteryScore: 0.7,
      }),
    ).toEqual([]);
    expect(verbs(firstSession)).not.toContain('completed');

    const second = lms.statements.length;
    const two = lms.launch({ au, registration, actor });
    const b = await open(two.url);
    const frame = b.page.mainFrame();
    await frame.waitForFunction((n) => document.querySelectorAll('.thread .line').length >= n, leftAt.count);
    expect((await threadEnd(frame)).text).toBe(leftAt.text);
    await playInFrame(frame, indices.slice(3));
    await until(() => verbs(session(second)).includes('completed'), 'completed');
    await leave(b.page);
    await until(() => verbs(session(second)).includes('terminated'), 'terminated');
    const secondSession = session(second);
    expect(
      cmi5Problems(secondSession, {
        actor,
        registration,
        activityId: au.id,
        sessionId: two.sessionId,
        masteryScore: 0.7,
      }),
    ).toEqual([]);
    expect(verbs(secondSession).slice(-3)).toEqual(['failed', 'completed', 'terminated']);
    expect(verbs(secondSession).filter((v) => v === 'answered')).toHaveLength(indices.length - 3);
    expect([...a.errors, ...b.errors, ...a.foreign, ...b.foreign]).toEqual([]);
  });
});
