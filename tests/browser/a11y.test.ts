// axe-core on every screen (title with a run waiting, meeting, transcript, debrief, watch-the-failure) in
// both themes: no serious or critical violations.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { animationsSettled, closeApp, launch, openApp, waitForControls } from './helpers.ts';
import { openSavedDebrief, pathLog, saveRun } from './saved-run.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let browser: Browser;

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

async function seriousViolations(page: Page): Promise<string[]> {
  // Let entrance animations finish: axe measures colours as they are painted.
  await animationsSettled(page);
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target),
    }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} at ${JSON.stringify(v.nodes.slice(0, 3))}`);
}

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('accessibility (axe-core)', () => {
  const bregmanLog = pathLog('hot-referral', 'bregman');
  for (const contrast of ['normal', 'high'] as const) {
    it(`every screen has no serious or critical violations (${contrast} contrast)`, async () => {
      const { page } = await openApp(browser, '', { bypassCSP: true });
      if (contrast === 'high') {
        await page.locator('input[name="highContrast"]').check();
      }
      await page.waitForSelector('.card');
      expect(await seriousViolations(page)).toEqual([]);

      await page.locator('[data-story="hot-referral"] [data-action="play"]').click();
      await page.waitForSelector('[data-continue]');
      expect(await seriousViolations(page)).toEqual([]);
      while ((await waitForControls(page)) !== 'choices') await page.keyboard.press('Enter');
      expect(await seriousViolations(page)).toEqual([]);
      await page.keyboard.press('h');
      await page.waitForSelector('dialog#transcript[open]');
      expect(await seriousViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');

      // The title with that run waiting (offered first) and Play asking resume or start over; the debrief
      // (from a saved run one Enter from its end); watch-the-failure at a reveal.
      await page.goto(new URL('#/', page.url()).href);
      await page.waitForSelector('[data-resume-offer]:not([hidden])');
      expect(await seriousViolations(page)).toEqual([]);
      await page.locator('[data-story="hot-referral"] [data-action="play"]').click();
      await page.waitForSelector('.resume-ask');
      expect(await seriousViolations(page)).toEqual([]);
      await saveRun(page, 'hot-referral', bregmanLog);
      await openSavedDebrief(page, 'hot-referral');
      expect(await seriousViolations(page)).toEqual([]);
      await page.locator('[data-action="watch"]').click();
      // Continue through the watched lines (each would otherwise dwell for seconds) to the first pause.
      for (let guard = 0; guard < 50; guard++) {
        const state = await page.waitForFunction(() =>
          document.querySelector('.watch-prompt')
            ? 'predict'
            : document.querySelector('[data-continue]')
              ? 'continue'
              : false,
        );
        if ((await state.jsonValue()) === 'predict') break;
        await page.keyboard.press('Enter');
      }
      await page.keyboard.press('1');
      await page.waitForSelector('[data-reveal-card]');
      expect(await seriousViolations(page)).toEqual([]);
      await closeApp(page);
    });
  }
});
