// Playing the course inside the test LMS's iframe, with clicks, as a trainee would.
import type { Frame, Page } from 'playwright-core';

/** The course's frame, once the app inside it has drawn its first controls. */
export async function course(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe[title="course"]');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('the LMS page has no course frame');
  await frame.waitForSelector('.choices .choice, [data-continue]', { timeout: 30_000 });
  return frame;
}

type Screen = 'choices' | 'continue' | 'debrief-ready';

interface Controls {
  screen: Screen;
  line: string | null;
}

/** What the course offers once it is ready, and with `from`, once it has moved on from there. */
async function controls(frame: Frame, from?: Controls): Promise<Controls> {
  const handle = await frame.waitForFunction((before) => {
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
  let at = await controls(frame);
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
    at = await controls(frame, at);
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
