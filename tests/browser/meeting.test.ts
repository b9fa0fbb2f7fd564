// Meeting controls: keys (Backspace, H, ?), clicking a chair on the stage, the coach, aria-live, and an idle
// stage that stops drawing at a decision; announcements in order, focus after each step, and resuming on
// the very line that was being read.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliPlay, closeApp, launch, openApp, playWithKeyboard, waitForControls } from './helpers.ts';
import { seatSpots } from '../../src/game/seats.ts';
import { savedLines } from './saved-run.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function toChoices(page: Page): Promise<void> {
  while ((await waitForControls(page)) !== 'choices') await page.keyboard.press('Enter');
}

describe('meeting controls', () => {
  it('announces lines, opens the transcript and key map, and rewinds with Backspace', async () => {
    const { page, errors } = await openApp(browser, '#/play/hot-referral');
    await page.waitForSelector('[data-continue]');
    expect(await page.locator('[data-live]').textContent()).toContain('Halden Engineering');
    await toChoices(page);
    const firstChoice = await page.locator('.choice').first().textContent();
    await page.keyboard.press('1');
    await page.waitForFunction(() => !document.querySelector('.choices'));
    await page.keyboard.press('Backspace');
    await page.waitForSelector('.choices .choice');
    expect(await page.locator('.choice').first().textContent()).toBe(firstChoice);
    await page.keyboard.press('h');
    await page.waitForSelector('dialog#transcript[open]');
    expect(await page.locator('#transcript li').count()).toBeGreaterThan(2);
    await page.keyboard.press('h');
    await page.waitForSelector('dialog#transcript:not([open])', { state: 'attached' });
    await page.keyboard.press('?');
    await page.waitForSelector('dialog#keymap[open]');
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
    await closeApp(page);
  });

  it('lets the trainee click a chair on the stage, then stops drawing while idle', async () => {
    // With motion on, so the loop that wakes for each tween is the one shown to sleep.
    const { page, errors } = await openApp(browser, '#/play/hot-referral', {
      reducedMotion: 'no-preference',
    });
    await toChoices(page);
    await page.keyboard.press('1');
    for (;;) {
      await toChoices(page);
      if ((await page.locator('.seat-tag').count()) > 0) break;
      await page.keyboard.press('1');
    }
    const seats = await page.locator('.seat-tag').allTextContents();
    await page.waitForFunction(() => document.querySelector('canvas')?.dataset.idle === 'true');
    // The chairs stand where src/game/seats.ts puts them in the 1200×1000 design space, centred on
    // (600, 520); each is clickable 40 units above its foot. Hot Referral offers raised, head and offered.
    expect(seats).toHaveLength(3);
    const chair = seatSpots(['raised', 'head', 'offered'])[2];
    const point = await page.evaluate((spot) => {
      const r = document.querySelector('canvas')?.getBoundingClientRect();
      if (!r || !spot) return null;
      const zoom = Math.min(r.width / 1200, r.height / 1000);
      const y = spot.y - 40 * spot.scale;
      return { x: r.left + r.width / 2 + (spot.x - 600) * zoom, y: r.top + r.height / 2 + (y - 520) * zoom };
    }, chair);
    expect(point).not.toBeNull();
    const before = await page.locator('.thread .line').last().getAttribute('data-line');
    await page.mouse.click(point?.x ?? 0, point?.y ?? 0);
    await page.waitForFunction(
      (b) => document.querySelector('.thread .line:last-child')?.getAttribute('data-line') !== b,
      before,
    );
    await page.keyboard.press('h');
    const transcript = await page.locator('#transcript').textContent();
    expect(transcript).toMatch(/You/);
    await page.keyboard.press('h');
    expect(errors).toEqual([]);
    await closeApp(page);
  });

  it('shows the coach after a choice when the coach is switched on', async () => {
    const { page } = await openApp(browser, '');
    await page.locator('input[name="coach"]').check();
    await page.locator('[data-story="hot-referral"] [data-action="play"]').click();
    await toChoices(page);
    expect(await page.locator('.coach').isHidden()).toBe(true);
    await page.keyboard.press('1');
    await page.waitForSelector('.coach:not([hidden])');
    expect(await page.locator('.coach').textContent()).toMatch(/Phase/);
    await closeApp(page);
  });

  it('marks where the paths part in the debrief and tries again from that decision', async () => {
    const bregman = cliPlay('stories/hot-referral.ink', 'bregman');
    const { page, errors } = await openApp(browser, '#/play/hot-referral');
    await playWithKeyboard(
      page,
      bregman.steps.filter((s) => s.type === 'choice').map((s) => s.index ?? 0),
    );
    const parting = Number(await page.locator('.pc-summary').getAttribute('data-parting'));
    expect(parting).toBeGreaterThan(0);
    expect(await page.locator('.pc-marker').count()).toBeGreaterThan(0);
    expect(await page.locator('.timeline-svg .tl-bad').count()).toBeGreaterThan(0);
    await page.locator(`[data-try-from="${parting}"]`).click();
    await page.waitForSelector('.choices .choice');
    // The same decision is offered again: the choice the bregman seller made there is among the options.
    const madeThere = bregman.steps.filter((s) => s.type === 'choice')[parting - 1]?.text;
    expect(await page.locator('.choice .choice-text').allTextContents()).toContain(madeThere);
    expect(errors).toEqual([]);
    await closeApp(page);
  });
});

describe('screen readers, focus and resuming exactly', () => {
  const live = (page: Page) =>
    page.locator('[data-live] p').evaluateAll((els) => els.map((el) => el.textContent ?? ''));
  const focusIn = (page: Page, selector: string) =>
    page.waitForFunction((s) => !!document.activeElement?.closest(s), selector);

  it('announces the setup line before the choices, then the coach and a take-back; focus follows each step', async () => {
    const { page, errors } = await openApp(browser, '');
    await page.locator('input[name="coach"]').check();
    await page.locator('[data-story="hot-referral"] [data-action="play"]').click();
    await page.waitForSelector('[data-continue]');
    await focusIn(page, '[data-continue]');
    await toChoices(page);
    await focusIn(page, '.choices');
    const setup = await page.locator('.thread .line-current .text').textContent();
    const atDecision = await live(page);
    expect(atDecision.at(-2)).toContain(setup ?? '');
    expect(atDecision.at(-1)).toMatch(/^Your choice\. 1: /);
    await page.keyboard.press('1');
    await page.waitForSelector('.coach:not([hidden])');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-live] p')].some((p) => p.textContent?.startsWith('Coach: ')),
    );
    await focusIn(page, '.controls');
    const afterChoice = await live(page);
    const coachAt = afterChoice.findIndex((t) => t.startsWith('Coach: '));
    expect(coachAt).toBeGreaterThanOrEqual(0);
    expect(afterChoice[coachAt]).toMatch(/Phase/);
    await page.keyboard.press('Backspace');
    await page.waitForSelector('.choices .choice');
    await focusIn(page, '.choices');
    const afterRewind = await live(page);
    expect(afterRewind.slice(-2)[0]).toBe('Choice taken back. Choose again.');
    expect(afterRewind.at(-1)).toMatch(/^Your choice\. 1: /);
    expect(errors).toEqual([]);
    await closeApp(page);
  });

  it('a reload mid-line lands on the same line; the title then offers the run first, and Play asks', async () => {
    const { page, errors } = await openApp(browser, '#/play/hot-referral');
    await page.waitForSelector('[data-continue]');
    for (let i = 0; i < 2; i++) {
      const before = await page.locator('.thread .line-current').getAttribute('data-line');
      await page.locator('[data-continue]').click();
      await page.waitForFunction(
        (b) => document.querySelector('.thread .line-current')?.getAttribute('data-line') !== b,
        before,
      );
    }
    const reading = await page.locator('.thread .line-current .text').textContent();
    await expect.poll(() => savedLines(page, 'hot-referral')).toBe(3);
    await page.reload();
    await page.waitForSelector('[data-continue]');
    await page.waitForFunction(
      (text) => document.querySelector('.thread .line-current .text')?.textContent === text,
      reading,
    );

    await page.locator('[data-tool="leave"]').click();
    await page.waitForSelector('[data-resume-offer]:not([hidden])');
    const first = await page.evaluate(() =>
      document.querySelector('.title-main')?.firstElementChild?.matches('[data-resume-offer]'),
    );
    expect(first).toBe(true);
    await page.locator('[data-story="hot-referral"] [data-action="play"]').click();
    await page.waitForSelector('.resume-ask');
    await focusIn(page, '[data-action="ask-resume"]');
    await page.locator('[data-action="ask-start-over"]').click();
    await page.waitForSelector('[data-continue]');
    expect(await page.locator('.thread .line-current').getAttribute('data-line')).toBe('1');
    await expect.poll(() => savedLines(page, 'hot-referral')).toBe(0);
    expect(errors).toEqual([]);
    await closeApp(page);
  });
});
