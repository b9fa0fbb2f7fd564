// Shared helpers for the browser tests: launch Chromium, open the built app, play a path with the keyboard,
// and ask the CLI (`attune play --json`) what the same path scores.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Frame, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { CHROMIUM_ARGS } from '../../scripts/ensure-browser.js';
import { givePageBack, LAPTOP, takePage } from './page-pool.ts';

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

/**
 * Opens the app at `hash` in a page of the pool (page-pool.ts): a fresh load with nothing stored, as in a
 * new context made with `options`. Give it back with `closeApp`.
 */
export async function openApp(
  browser: Browser,
  hash = '',
  options: BrowserContextOptions = {},
): Promise<{ page: Page; errors: string[] }> {
  return openIn(await takePage(browser, options), hash);
}

/** As `openApp`, in a context of its own, for a test that changes the context (init scripts, offline). */
export async function openAppAlone(
  browser: Browser,
  hash = '',
  options: BrowserContextOptions = {},
): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: LAPTOP, ...options });
  return openIn(await context.newPage(), hash);
}

async function openIn(page: Page, hash: string): Promise<{ page: Page; errors: string[] }> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(`${inject('baseUrl')}${hash}`);
  return { page, errors };
}

/** Ends a test's use of a page from `openApp` (back to the pool) or `openAppAlone` (its context closes). */
export const closeApp = givePageBack;

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

/** What the panel offers, and the last line of the thread it offers it after. */
export interface Controls {
  screen: Screen;
  line: string | null;
}

/**
 * Waits until the panel offers choices, a continue button or the end ("See the debrief"); with `from`,
 * until it has moved on from there (a new line, or the choices after a line). One round trip to the page
 * per step: on this machine a walk through a meeting is mostly such round trips.
 */
export async function controlsAfter(page: Page | Frame, from?: Controls): Promise<Controls> {
  const handle = await page.waitForFunction((before: Controls | null) => {
    const choices = document.querySelector('.choices .choice') !== null;
    const cont = document.querySelector<HTMLElement>('[data-continue]');
    if (!choices && !cont) return false;
    const line = document.querySelector('.thread .line:last-child')?.getAttribute('data-line') ?? null;
    if (before && line === before.line && !(before.screen === 'continue' && choices)) return false;
    const screen = choices
      ? 'choices'
      : cont?.textContent?.includes('debrief')
        ? 'debrief-ready'
        : 'continue';
    return { screen, line };
  }, from ?? null);
  return (await handle.jsonValue()) as Controls;
}

/** Waits until the panel offers choices, a continue button, or the end ("See the debrief"). */
export async function waitForControls(page: Page): Promise<Screen> {
  return (await controlsAfter(page)).screen;
}

/** Presses `key` (a digit at a decision, Enter after a line) and waits for what the panel offers next. */
async function step(page: Page, key: string, from: Controls): Promise<Controls> {
  await page.keyboard.press(key);
  return controlsAfter(page, from);
}

/** Waits for a decision, then presses the digit for a choice. */
export async function chooseWithKey(page: Page, index: number): Promise<void> {
  const at = await controlsAfter(page);
  expect(at.screen).toBe('choices');
  await step(page, String(index + 1), at);
}

/** Presses Enter until choices are offered. */
export async function advanceToChoices(page: Page): Promise<void> {
  let at = await controlsAfter(page);
  for (let i = 0; i < 50 && at.screen === 'continue'; i++) at = await step(page, 'Enter', at);
}

/** Plays the given choice indices with the keyboard only: Enter to continue, digits to choose. */
export async function playWithKeyboard(page: Page, indices: readonly number[]): Promise<void> {
  let next = 0;
  let at = await controlsAfter(page);
  for (let guard = 0; guard < 500; guard++) {
    if (at.screen === 'debrief-ready') {
      await page.keyboard.press('Enter');
      await page.waitForSelector('.debrief');
      return;
    }
    if (at.screen === 'choices') {
      const index = indices[next++];
      if (index === undefined)
        throw new Error(`the app offered decision ${next}, but the path has only ${indices.length}`);
      at = await step(page, String(index + 1), at);
    } else at = await step(page, 'Enter', at);
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
