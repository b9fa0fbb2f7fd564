// Screenshots at 1280×720, 1920×1080 and 3840×2160 (title, meeting at the seat decision, debrief) saved in
// test-results/screenshots/, with the canvas backing store checked against device pixels and no text
// overflowing its box, on a first load at each size and after the window is resized back to it.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliPlay, launch, openApp, playWithKeyboard, shotPath, waitForControls } from './helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const SIZES = [
  { width: 1280, height: 720, dpr: 1 },
  { width: 1920, height: 1080, dpr: 1 },
  { width: 3840, height: 2160, dpr: 1 },
  { width: 1920, height: 1080, dpr: 2 },
];

async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        'button, .text, .card, h1, h2, .dim, .moment, .panel, .thread-wrap',
      ),
    ]
      .filter(
        (el) => el.offsetParent !== null && !el.closest('.sr-only') && el.scrollWidth > el.clientWidth + 1,
      )
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.scrollWidth} > ${el.clientWidth}`),
  );
}

async function toSeatDecision(page: Page, firstChoice: number): Promise<void> {
  while ((await waitForControls(page)) !== 'choices') await page.keyboard.press('Enter');
  await page.keyboard.press(String(firstChoice + 1));
  for (;;) {
    const screen = await waitForControls(page);
    if (screen === 'choices' && (await page.locator('.seat-tag').count()) > 0) return;
    await page.keyboard.press('Enter');
  }
}

describe('screens at projector and laptop sizes', () => {
  const exemplary = cliPlay('stories/hot-referral.ink', 'exemplary');
  const indices = exemplary.steps.filter((s) => s.type === 'choice').map((s) => s.index ?? 0);

  for (const size of SIZES) {
    const name = `${size.width}x${size.height}${size.dpr > 1 ? `@${size.dpr}x` : ''}`;
    it(`title, meeting and debrief at ${name}`, async () => {
      const { page, errors } = await openApp(browser, '', {
        viewport: { width: size.width, height: size.height },
        deviceScaleFactor: size.dpr,
        reducedMotion: 'no-preference',
      });
      await page.waitForSelector('.card');
      expect(await overflowing(page)).toEqual([]);
      if (size.dpr === 1) await page.screenshot({ path: shotPath(`title-${name}`) });

      await page.locator('[data-story="hot-referral"] [data-action="play"]').click();
      await toSeatDecision(page, indices[0] ?? 0);
      await page.waitForFunction(() => document.querySelector('canvas')?.dataset.idle === 'true');
      const canvas = await page.evaluate(() => {
        const c = document.querySelector('canvas');
        const r = c?.getBoundingClientRect();
        return { width: c?.width, height: c?.height, cssW: r?.width, cssH: r?.height };
      });
      expect(canvas.width).toBe(Math.round((canvas.cssW ?? 0) * size.dpr));
      expect(canvas.height).toBe(Math.round((canvas.cssH ?? 0) * size.dpr));
      if (size.width === 3840) {
        expect(canvas.height).toBe(2160);
        expect(canvas.width).toBeGreaterThan(2000);
      }
      if (size.dpr === 2) expect(canvas.height).toBe(2160);
      expect(await overflowing(page)).toEqual([]);
      await page.screenshot({ path: shotPath(`meeting-${name}`) });

      // The rest of the meeting is played in a laptop window (drawing every step at 4K is the slowest
      // thing this suite could do), then the window goes back to this size for the debrief: the layout
      // must follow a resize as well as a first load.
      await page.setViewportSize({ width: 1280, height: 720 });
      await playWithKeyboard(page, indices.slice(1));
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
      expect(await page.evaluate(() => [window.innerWidth, window.innerHeight])).toEqual([
        size.width,
        size.height,
      ]);
      expect(await overflowing(page)).toEqual([]);
      if (size.dpr === 1) await page.screenshot({ path: shotPath(`debrief-${name}`) });
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});
