// The built SCORM packages inside a real SCORM run-time: scorm-again hosts the API in the parent frame, the
// SCO runs in an iframe, a trainee clicks through The Hot Referral's exemplary path, leaves half-way, comes
// back, and finishes. Checks what the LMS recorded against `attune play --json` for the same path.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkManifest, manifestSchemaErrors } from '../lms/manifest-rules.ts';
import { callProblems, type ScormCall } from '../lms/scorm-types.ts';
import { cliPlay, launch } from './helpers.ts';
import { givePageBack, takePage } from './page-pool.ts';
import { startLmsHost, type LmsHost, type Std } from './lms-host.ts';
import { course, playInFrame, threadEnd } from './lms-play.ts';

const STORY = 'stories/hot-referral.ink';
let browser: Browser;
let host: LmsHost;

beforeAll(async () => {
  [browser, host] = await Promise.all([launch(), startLmsHost()]);
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
});

type Cmi = Record<string, unknown> & {
  core?: Record<string, unknown>;
  interactions?: Record<string, Record<string, unknown>>;
};

async function apiCalls(page: Page): Promise<ScormCall[]> {
  return page.evaluate(() => (window as unknown as { apiCalls: ScormCall[] }).apiCalls);
}

async function record(page: Page): Promise<Cmi> {
  return page.evaluate(() => (window as unknown as { lmsRecord: () => { cmi: Cmi } }).lmsRecord().cmi);
}

function interactions(cmi: Cmi): Record<string, unknown>[] {
  const all = cmi.interactions ?? {};
  return Object.keys(all)
    .sort((a, b) => Number(a) - Number(b))
    .map((k) => all[k] ?? {});
}

function expectedResult(step: { alignment?: number; attunement?: number }, std: Std): string {
  const a = step.alignment ?? 0;
  const t = step.attunement ?? 0;
  if (a < 0 || t < 0) return std === 'scorm12' ? 'wrong' : 'incorrect';
  return a > 0 && t > 0 ? 'correct' : 'neutral';
}

describe('the packages', () => {
  for (const std of ['scorm12', 'scorm2004'] as const) {
    it(`${std}: imsmanifest.xml follows the packaging rules, its schemas and lists exactly the zip's files`, async () => {
      const files = host.files[std];
      const facts = checkManifest(
        strFromU8(files['imsmanifest.xml'] ?? new Uint8Array()),
        Object.keys(files),
        std === 'scorm12' ? '1.2' : '2004',
      );
      expect(facts.problems).toEqual([]);
      expect(facts.scos.map((s) => s.href)).toContain('launch-hot-referral.html');
      expect(Object.keys(files).some((f) => /^assets\/phaser-.*\.js$/.test(f))).toBe(true);
      expect(Object.keys(files).filter((f) => /bench/.test(f))).toEqual([]);
      expect(
        await manifestSchemaErrors(strFromU8(files['imsmanifest.xml'] ?? new Uint8Array()), files),
      ).toEqual([]);
    });
  }
});

describe('the standalone app', () => {
  it("production build: the CSP connects only to the app's own origin (no development ws:// entries)", () => {
    const html = readFileSync(resolve(import.meta.dirname, '../../test-results/app/index.html'), 'utf8');
    const csp = /Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1] ?? '';
    expect(csp).toMatch(/connect-src 'self'(;|$)/);
    expect(csp).not.toMatch(/ws:/);
  });
});

describe('inside the LMS', () => {
  for (const std of ['scorm12', 'scorm2004'] as const) {
    it(`${std}: reports each decision, resumes after a reload, and records the score and status`, async () => {
      const cli = cliPlay(STORY, 'exemplary');
      const choices = cli.steps.filter((s) => s.type === 'choice') as ((typeof cli.steps)[number] & {
        alignment?: number;
        attunement?: number;
      })[];
      const indices = choices.map((s) => s.index ?? -1);
      const page = await takePage(browser);
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('response', (r) => {
        if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`);
      });
      await page.goto(host.url(std, 'launch-hot-referral.html'));

      // First visit: four decisions and one more line, then the trainee closes the course.
      let frame = await course(page);
      await playInFrame(frame, indices, { decisions: 4, continues: 1 });
      const leftAt = await threadEnd(frame);
      let cmi = await record(page);
      const suspend = String(cmi.suspend_data);
      expect(suspend).toMatch(/^AT1~hot-referral~/);
      expect(suspend.length).toBeLessThanOrEqual(4096);
      expect(interactions(cmi)).toHaveLength(4);
      if (std === 'scorm12') expect(cmi.core).toMatchObject({ lesson_status: 'incomplete', exit: 'suspend' });
      else expect(cmi).toMatchObject({ completion_status: 'incomplete', exit: 'suspend' });

      const firstCalls = await apiCalls(page);
      // Relaunch: the LMS hands back suspend_data with entry = resume; the course opens where it was left.
      await page.reload();
      const terminations = await page.evaluate(
        (s) =>
          JSON.parse(localStorage.getItem(`lms-terminations:${s}`) ?? '[]') as {
            exit: string;
            session_time: string;
          }[],
        std,
      );
      expect(terminations).toHaveLength(1);
      expect(terminations[0]?.exit).toBe('suspend');
      expect(terminations[0]?.session_time).toMatch(
        std === 'scorm12' ? /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/ : /^PT/,
      );
      frame = await course(page);
      await frame.waitForFunction(
        (n) => document.querySelectorAll('.thread .line').length >= n,
        leftAt.count,
      );
      expect(await threadEnd(frame)).toEqual(leftAt);
      cmi = await record(page);
      expect(std === 'scorm12' ? cmi.core?.entry : cmi.entry).toBe('resume');
      expect(interactions(cmi)).toHaveLength(4);

      // Finish the path.
      await playInFrame(frame, indices.slice(4));
      cmi = await record(page);
      const recorded = interactions(cmi);
      expect(recorded).toHaveLength(choices.length);
      expect(new Set(recorded.map((i) => i.id)).size).toBe(choices.length);
      expect(recorded.map((i) => i.result)).toEqual(choices.map((c) => expectedResult(c, std)));
      expect(recorded.every((i) => i.type === 'choice')).toBe(true);
      const raw = String(cli.score.overall);
      if (std === 'scorm12') {
        expect(cmi.core).toMatchObject({
          lesson_status: 'passed',
          exit: '',
          score: { raw, min: '0', max: '100' },
        });
      } else {
        expect(cmi).toMatchObject({
          completion_status: 'completed',
          success_status: 'passed',
          exit: 'normal',
          score: { raw, min: '0', max: '100', scaled: String(cli.score.overall / 100) },
        });
        expect(String(recorded[0]?.description)).toMatch(/^Decision 1, Phase I: follow-sponsor/);
      }
      expect(String(cmi.suspend_data)).toMatch(/\.e(~[0-9a-f]{32}~[0-9a-z]+)?$/);
      // Every call of both launches, checked against the data model.
      const calls = [...firstCalls, ...(await apiCalls(page))];
      expect(calls.length).toBeGreaterThan(30);
      expect(callProblems(calls, std === 'scorm12' ? '1.2' : '2004')).toEqual([]);
      if (std === 'scorm12')
        expect(recorded.every((i) => /^[a-z0-9]$/.test(String(i.student_response)))).toBe(true);
      expect(errors).toEqual([]);
      await givePageBack(page);
    });
  }

  it('without an LMS the launch page plays as usual, with no errors', async () => {
    const page = await takePage(browser);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(`${host.base}/pkg/scorm12/launch-hot-referral.html`);
    await page.waitForSelector('.choices .choice, [data-continue]');
    await page.click('[data-continue]');
    expect(await page.locator('.thread .line').count()).toBe(2);
    expect(errors).toEqual([]);
    await givePageBack(page);
  });

  it('opened from file://, the launch page says plainly why it cannot play and what to do', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'attune-unzipped-'));
    for (const [name, bytes] of Object.entries(host.files.scorm12)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), bytes);
    }
    const page = await takePage(browser);
    await page.goto(pathToFileURL(join(dir, 'launch-hot-referral.html')).href);
    const notice = page.locator('.boot[role="alert"]');
    await notice.waitFor();
    const text = (await notice.textContent()) ?? '';
    expect(text).toMatch(/cannot run from a file/);
    expect(text).toMatch(/Upload the zip to your LMS, or serve the unzipped folder from a web server/);
    await givePageBack(page);
  });
});
