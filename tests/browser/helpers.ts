// Shared helpers for the browser tests: launch Chromium, open the built app, play a path with the keyboard,
// and ask the CLI (`attune play --json`) what the same path scores.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { CHROMIUM_ARGS } from '../../scripts/ensure-browser.js';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SHOTS = resolve(ROOT, 'test-results/screenshots');

/**
 * Chromium for one test file. Pages prefer reduced motion unless a context asks otherwise
 * (`reducedMotion: 'no-preference'`): the tests of motion and the screenshots ask; every other test
 * walks through meetings, and tweening each step on a software canvas would be most of its time.
 * Contexts block service workers unless one asks for them (`serviceWorkers: 'allow'`): only the offline
 * test needs the worker, and installing it (precaching the whole game) costs every other page about two
 * seconds of CPU after it has loaded.
 */
export async function launch(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: inject('chromiumPath'),
    args: [...CHROMIUM_ARGS, '--force-prefers-reduced-motion'],
  });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = (options: BrowserContextOptions = {}) =>
    newContext({ serviceWorkers: 'block', ...options });
  return browser;
}

export async function openApp(
  browser: Browser,
  hash = '',
  options: BrowserContextOptions = {},
): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(`${inject('baseUrl')}${hash}`);
  return { page, errors };
}

/** Waits until every running animation has finished or been cancelled (a cancelled one rejects `finished`). */
export async function animationsSettled(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))),
  );
}

export function shotPath(name: string): string {
  mkdirSync(SHOTS, { recursive: true });
  return resolve(SHOTS, `${name}.png`);
}

export interface CliStep {
  type: string;
  index?: number;
  text?: string;
  move?: string;
}

export interface CliPlay {
  steps: CliStep[];
  ending: { outcome: string | null };
  score: Record<'alignment' | 'attunement' | 'courage' | 'outcome' | 'overall' | 'trust' | 'sponsor', number>;
}

export function cliPlay(story: string, path: string): CliPlay {
  const out = execFileSync(
    process.execPath,
    [resolve(ROOT, 'bin/attune.js'), 'play', story, '--path', path, '--json'],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  return JSON.parse(out) as CliPlay;
}

export function pathNames(story: string): string[] {
  const source = readFileSync(resolve(ROOT, story), 'utf8');
  return [...new Set([...source.matchAll(/#\s*path:\s*([a-z0-9-]+)/g)].map((m) => m[1] ?? ''))]
    .filter(Boolean)
    .sort();
}

export type Screen = 'choices' | 'continue' | 'debrief-ready';

/** Waits until the panel offers choices, a continue button, or the end ("See the debrief"). */
export async function waitForControls(page: Page): Promise<Screen> {
  const handle = await page.waitForFunction(() => {
    if (document.querySelector('.choices .choice')) return 'choices';
    const cont = document.querySelector<HTMLElement>('[data-continue]');
    if (cont) return cont.textContent?.includes('debrief') ? 'debrief-ready' : 'continue';
    return false;
  });
  return (await handle.jsonValue()) as Screen;
}

/** Presses a digit at a decision and waits for the line the choice leads to. */
async function pressChoice(page: Page, index: number): Promise<void> {
  const before = await page.locator('.thread .line').last().getAttribute('data-line');
  await page.keyboard.press(String(index + 1));
  await page.waitForFunction(
    (b) => document.querySelector('.thread .line:last-child')?.getAttribute('data-line') !== b,
    before,
  );
}

/** Presses Enter and waits for the next line or the choices. */
async function pressContinue(page: Page): Promise<void> {
  const before = await page.locator('.thread .line').last().getAttribute('data-line');
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    (b) =>
      document.querySelector('.thread .line:last-child')?.getAttribute('data-line') !== b ||
      !!document.querySelector('.choices .choice'),
    before,
  );
}

/** Waits for a decision, then presses the digit for a choice. */
export async function chooseWithKey(page: Page, index: number): Promise<void> {
  expect(await waitForControls(page)).toBe('choices');
  await pressChoice(page, index);
}

/** Presses Enter until choices are offered. */
export async function advanceToChoices(page: Page): Promise<void> {
  for (let i = 0; i < 50 && (await waitForControls(page)) === 'continue'; i++) await pressContinue(page);
}

/** Plays the given choice indices with the keyboard only: Enter to continue, digits to choose. */
export async function playWithKeyboard(page: Page, indices: readonly number[]): Promise<void> {
  let next = 0;
  for (let guard = 0; guard < 500; guard++) {
    const screen = await waitForControls(page);
    if (screen === 'debrief-ready') {
      await page.keyboard.press('Enter');
      await page.waitForSelector('.debrief');
      return;
    }
    if (screen === 'choices') {
      const index = indices[next++];
      if (index === undefined)
        throw new Error(`the app offered decision ${next}, but the path has only ${indices.length}`);
      await pressChoice(page, index);
    } else await pressContinue(page);
  }
  throw new Error('the story did not end within 500 steps');
}

export async function debriefScores(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    for (const el of document.querySelectorAll<HTMLElement>('[data-score]')) {
      out[el.dataset.score ?? ''] = Number.parseFloat(el.textContent ?? 'NaN');
    }
    return out;
  });
}
