// Watch the failure: the bregman path auto-plays, pauses at each decision with "what would you do?",
// reveals the choice, the buyer's thought and why, and ends at that path's debrief.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliPlay, closeApp, debriefScores, launch, openApp } from './helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('watch the failure', () => {
  it('pauses at every decision of the bregman path, reveals it, and ends at its debrief', async () => {
    const cli = cliPlay('stories/hot-referral.ink', 'bregman');
    const choices = cli.steps.filter((s) => s.type === 'choice');
    const { page, errors } = await openApp(browser, '');
    await page.locator('[data-story="hot-referral"] [data-action="watch"]').click();
    await page.waitForSelector('.panel');
    let decisions = 0;
    for (let guard = 0; guard < 400; guard++) {
      const state = await page.waitForFunction(() => {
        if (document.querySelector('.debrief')) return 'debrief';
        if (document.querySelector('.watch-prompt')) return 'predict';
        const c = document.querySelector<HTMLElement>('[data-continue]');
        return c ? (c.textContent?.includes('debrief') ? 'end' : 'continue') : false;
      });
      const s = (await state.jsonValue()) as string;
      if (s === 'debrief') break;
      if (s === 'predict') {
        const expected = choices[decisions];
        expect(await page.locator('.watch-prompt h2').textContent()).toBe('What would you do?');
        // Predict the first option with the keyboard, then read the reveal.
        await page.keyboard.press('1');
        await page.waitForSelector('[data-reveal-card]');
        const card = page.locator('[data-reveal-card]');
        expect(await card.locator('.reveal-choice').textContent()).toContain(expected?.text ?? '∅');
        expect(await card.locator('[data-why]').count()).toBe(1);
        decisions++;
        await page.keyboard.press('Enter');
        continue;
      }
      // Lines advance on their own; Enter moves on sooner.
      await page.keyboard.press('Enter');
      await page.waitForTimeout(30);
    }
    expect(decisions).toBe(choices.length);
    await page.waitForSelector('.debrief[data-path="bregman"]');
    const scores = await debriefScores(page);
    expect(scores.overall).toBe(cli.score.overall);
    expect(await page.locator('[data-outcome]').getAttribute('data-outcome')).toBe(cli.ending.outcome);
    expect(await page.locator('.moment-thought').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await closeApp(page);
  });

  it('auto-plays lines without a key press until the first decision', async () => {
    // The short sample story reaches its first decision after three lines.
    const { page } = await openApp(browser, '#/watch/first-meeting');
    await page.waitForSelector('.watch-prompt', { timeout: 60_000 });
    expect(await page.locator('.choices .choice').count()).toBeGreaterThan(1);
    await closeApp(page);
  }, 90_000);
});
