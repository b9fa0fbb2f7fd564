// Playing the course inside the test LMS's iframe, with clicks, as a trainee would.
import type { Frame, Page } from 'playwright-core';
import { controlsAfter } from './helpers.ts';

/** The course's frame, once the app inside it has drawn its first controls. */
export async function course(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe[title="course"]');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('the LMS page has no course frame');
  await frame.waitForSelector('.choices .choice, [data-continue]', { timeout: 30_000 });
  return frame;
}

/**
 * Clicks through the story: continues, and chooses `indices` in order. Stops after `decisions` choices
 * and `continues` more clicks on Continue (mid-dialogue), or at the debrief when the indices run out.
 */
export async function playInFrame(
  frame: Frame,
  indices: readonly number[],
  stop: { decisions?: number; continues?: number } = {},
): Promise<void> {
  let chosen = 0;
  let extra = 0;
  let at = await controlsAfter(frame);
  for (let guard = 0; guard < 500; guard++) {
    if (at.screen === 'debrief-ready') {
      await frame.click('[data-continue]');
      await frame.waitForSelector('.debrief');
      return;
    }
    if (stop.decisions !== undefined && chosen >= stop.decisions) {
      if (extra >= (stop.continues ?? 0) || at.screen !== 'continue') return;
      extra++;
    }
    if (at.screen === 'choices') {
      const index = indices[chosen++];
      if (index === undefined)
        throw new Error(`decision ${chosen} was offered, but the path has ${indices.length}`);
      await frame.click(`.choices .choice[data-choice="${index}"]`);
    } else await frame.click('[data-continue]');
    at = await controlsAfter(frame, at);
  }
  throw new Error('the story did not end within 500 steps');
}

/** The last line shown in the course and how many are in the thread. */
export async function threadEnd(frame: Frame): Promise<{ line: string | null; text: string; count: number }> {
  const last = frame.locator('.thread .line').last();
  return {
    line: await last.getAttribute('data-line'),
    text: (await last.textContent()) ?? '',
    count: await frame.locator('.thread .line').count(),
  };
}
