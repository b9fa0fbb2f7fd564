// Facilitator mode: axe-core on both views (no serious or critical violations) and screenshots of both views
// at 1920×1080 and 3840×2160 in test-results/screenshots/ (facilitator-audience-*, facilitator-presenter-*).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeWorkshop, openWorkshop, press, toDecision, type Workshop } from '../present/workshop-pages.ts';
import { animationsSettled, launch, shotPath } from './helpers.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

async function seriousViolations(page: Page, where: string): Promise<string[]> {
  await animationsSettled(page);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (c: Document) => Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${where}: ${v.impact} ${v.id}: ${v.help} at ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`,
    );
}

/** Text that spills out of its box, or off the bottom of the screen, on the projector. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        '.aud-panel, .aud-option, .aud-line, h1, h2, .pv-card, .aud-debrief-inner, .aud-path tr',
      ),
    ]
      .filter(
        (el) =>
          el.offsetParent !== null &&
          (el.scrollWidth > el.clientWidth + 1 ||
            el.scrollHeight > el.clientHeight + 1 ||
            (el.closest('.aud') !== null && el.getBoundingClientRect().bottom > window.innerHeight + 1)),
      )
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}.${el.className}: ${el.scrollWidth}×${el.scrollHeight} > ${el.clientWidth}×${el.clientHeight}, bottom ${Math.round(el.getBoundingClientRect().bottom)}`,
      ),
  );
}

/** Text on the projector drawn smaller than 28 px (what a room cannot read from 10 m). */
async function smallText(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.aud *')]
      .filter((el) => {
        const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
        const box = el.getBoundingClientRect();
        return (
          own && box.width > 0 && box.height > 0 && !el.closest('.sr-only, [hidden]') && el.checkVisibility()
        );
      })
      .filter((el) => Number.parseFloat(getComputedStyle(el).fontSize) < 28)
      .map(
        (el) =>
          `${el.className || el.tagName} “${el.textContent?.trim().slice(0, 30)}”: ${getComputedStyle(el).fontSize}`,
      ),
  );
}

async function stageDrawn(audience: Page): Promise<void> {
  await audience.waitForSelector('body[data-stage-ready]', { timeout: 60_000 });
  await audience.waitForFunction(() => document.querySelector('canvas')?.dataset.idle === 'true', undefined, {
    timeout: 30_000,
  });
}

async function shoot(w: Workshop, name: string): Promise<void> {
  await w.audience.bringToFront();
  await stageDrawn(w.audience);
  await w.audience.screenshot({ path: shotPath(`facilitator-audience-${name}`) });
  await w.presenter.bringToFront();
  await w.presenter.screenshot({ path: shotPath(`facilitator-presenter-${name}`) });
}

async function resizeBoth(w: Workshop, size: { width: number; height: number }): Promise<void> {
  for (const page of [w.audience, w.presenter]) {
    await page.setViewportSize(size);
    await page.waitForFunction((width) => window.innerWidth === width, size.width);
    // Two frames: the resize handler has refitted the slide and the browser has laid it out.
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    await animationsSettled(page);
  }
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('facilitator mode: accessibility and projector sizes', () => {
  it('has no serious or critical axe violations in either view, nor in the notes drawer', async () => {
    const w = await openWorkshop(browser);
    const found: string[] = [];
    found.push(...(await seriousViolations(w.audience, 'audience title slide')));
    found.push(...(await seriousViolations(w.presenter, 'presenter at the title slide')));
    await toDecision(w);
    await w.presenter.keyboard.press('1');
    await press(w, '+');
    await press(w, 'r');
    await press(w, 'f');
    found.push(...(await seriousViolations(w.audience, 'audience at a revealed decision')));
    found.push(...(await seriousViolations(w.presenter, 'presenter at a decision')));
    // The app's high-contrast setting reaches the presenter too.
    await w.presenter.evaluate(() => (document.documentElement.dataset.contrast = 'high'));
    found.push(...(await seriousViolations(w.presenter, 'presenter at a decision, high contrast')));
    await w.presenter.evaluate(() => delete document.documentElement.dataset.contrast);
    await w.presenter.keyboard.press('?');
    await press(w, 'Enter');
    await press(w, 'd');
    found.push(...(await seriousViolations(w.audience, 'audience debrief')));
    found.push(...(await seriousViolations(w.presenter, 'presenter debrief with the key map open')));
    await press(w, 'd');
    await w.audience.keyboard.press('n');
    found.push(...(await seriousViolations(w.audience, 'audience with the notes drawer')));
    expect(found).toEqual([]);
    expect(w.errors).toEqual([]);
    await closeWorkshop(w);
  });

  for (const size of [
    { width: 1920, height: 1080 },
    { width: 3840, height: 2160 },
  ]) {
    const name = `${size.width}x${size.height}`;
    it(`both views at ${name}: title slide, a revealed decision, the debrief`, async () => {
      const w = await openWorkshop(browser, { audience: size, presenter: size });
      await shoot(w, `${name}-title`);
      // At 4K each step redraws a 4K stage in software: the walk between the pictures is made at laptop size,
      // and both windows go back to full size for each picture (a projector's layout must follow a resize).
      const walk = size.width > 1920 ? { width: 1280, height: 720 } : null;
      if (walk) await resizeBoth(w, walk);
      await toDecision(w);
      await w.presenter.keyboard.press('1');
      for (let i = 0; i < 9; i++) await press(w, '+');
      await w.presenter.keyboard.press('2');
      for (let i = 0; i < 4; i++) await press(w, '+');
      await w.presenter.keyboard.press('3');
      await press(w, '+');
      await press(w, 'r');
      await press(w, 'f');
      if (walk) await resizeBoth(w, size);
      expect(await overflowing(w.audience)).toEqual([]);
      await shoot(w, `${name}-decision`);
      if (walk) await resizeBoth(w, walk);
      // Play the failing seller's path to the end with the room voting the other way, then the debrief.
      for (let guard = 0; guard < 120; guard++) {
        const screen = await w.audience.evaluate(() => ({
          deciding: !!document.querySelector('.aud-ask:not([hidden])'),
          ended: !!document.querySelector('.aud-end'),
        }));
        if (screen.ended) break;
        if (screen.deciding) {
          await w.presenter.keyboard.press('1');
          await press(w, '+');
          if ((await w.audience.locator('.aud-option.is-failing').count()) === 0) await press(w, 'f');
          await press(w, 'r');
          if (!walk) expect(await overflowing(w.audience)).toEqual([]);
          // Enter plays the selected option: select the failing seller's one.
          const marked = w.audience.locator('.aud-option.is-failing');
          const failing = (await marked.count()) > 0 ? await marked.getAttribute('data-option') : 'A';
          await w.presenter.keyboard.press(String('ABCDEFGHI'.indexOf(failing ?? 'A') + 1));
          await press(w, 'Enter');
        } else await press(w, 'ArrowRight');
      }
      if (walk) await resizeBoth(w, size);
      await press(w, 'd');
      expect(await overflowing(w.audience)).toEqual([]);
      await shoot(w, `${name}-debrief`);
      expect(w.errors).toEqual([]);
      await closeWorkshop(w);
    });
  }

  it('every word and number on the projector is at least 28 px, at 1920×1080 and at 1024×768', async () => {
    const w = await openWorkshop(browser, { audience: { width: 1920, height: 1080 } });
    const check = async (where: string): Promise<string[]> => {
      const found: string[] = [];
      for (const size of [
        { width: 1920, height: 1080 },
        { width: 1024, height: 768 },
      ]) {
        await w.audience.setViewportSize(size);
        const at = `${where} at ${size.width}×${size.height}`;
        found.push(...(await smallText(w.audience)).map((t) => `${at}: ${t}`));
        found.push(...(await overflowing(w.audience)).map((t) => `${at}: ${t}`));
      }
      return found;
    };
    const found: string[] = [];
    await toDecision(w);
    await w.presenter.keyboard.press('1');
    for (let i = 0; i < 12; i++) await press(w, '+');
    await w.presenter.keyboard.press('2');
    await press(w, '+');
    await press(w, 'f');
    await press(w, 'r');
    await press(w, 't');
    found.push(...(await check('a revealed decision with the timer')));
    await press(w, 'Enter');
    await toDecision(w);
    await w.presenter.keyboard.press('3');
    await press(w, '+');
    await press(w, 'Enter');
    await press(w, 'd');
    found.push(...(await check('the debrief')));
    expect(found).toEqual([]);
    expect(w.errors).toEqual([]);
    await closeWorkshop(w);
  });
});
