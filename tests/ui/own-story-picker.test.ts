import { describe, expect, it, vi } from 'vitest';
import type { OwnStoryCheck } from '../../src/ui/own-story/check-in-worker.ts';
import { renderOwnStoryPicker } from '../../src/ui/saves/own-story-picker.ts';

type Playable = Extract<OwnStoryCheck, { ok: true }>;
const story: Playable = { ok: true, main: 'm.ink', json: '{}', title: 'Mine', scored: false, warnings: [] };
const warned: Playable = {
  ...story,
  warnings: [{ severity: 'warning', file: 'm.ink', line: 0, message: 'EXTERNAL beep has no ink fallback' }],
  coverage: { mode: 'sampled', states: 10, knotsReached: 3, knotsTotal: 4 },
};

/** A picker whose check answers "compiled" at once and its verdict when `finish` is called. */
function picker(verdict: OwnStoryCheck) {
  const onReady = vi.fn();
  let finish: () => void = () => undefined;
  const element = renderOwnStoryPicker({
    onReady,
    check: (_files, onCompiled) =>
      new Promise((resolve) => {
        onCompiled(story);
        finish = () => resolve(verdict);
      }),
  });
  document.body.replaceChildren(element);
  const input = element.querySelector<HTMLInputElement>('#own-story-files');
  const file = new File(['Hello.\n-> END\n'], 'm.ink', { type: 'text/plain' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input?.dispatchEvent(new Event('change'));
  return { element, onReady, finish: () => finish() };
}

const until = async (condition: () => boolean) => {
  for (let i = 0; i < 100 && !condition(); i++) await new Promise((r) => setTimeout(r, 0));
};

describe('open your own story', () => {
  it('offers "Play now" as soon as the story is compiled, before the check has finished', async () => {
    const { element, onReady } = picker(story);
    await until(() => element.querySelector('[data-action="play-own"]') !== null);
    const button = element.querySelector<HTMLButtonElement>('[data-action="play-own"]');
    expect(button?.textContent).toBe('Play now');
    expect(element.querySelector('.own-result')?.textContent).toContain(
      'Checking every path… you can start now.',
    );
    button?.click();
    expect(onReady).toHaveBeenCalledWith({ title: 'Mine', json: '{}', scored: false });
  });

  it("shows the check's warnings and coverage before play", async () => {
    const { element, onReady, finish } = picker(warned);
    await until(() => element.querySelector('[data-action="play-own"]') !== null);
    finish();
    await until(() => element.querySelector('.own-warnings') !== null);
    expect(element.querySelector('.own-warnings li')?.textContent).toBe(
      'm.ink: EXTERNAL beep has no ink fallback',
    );
    expect(element.textContent).toContain('Checked a sample of paths');
    expect(onReady).not.toHaveBeenCalled();
    element.querySelector<HTMLButtonElement>('[data-action="play-own"]')?.click();
    expect(onReady).toHaveBeenCalledTimes(1);
  });

  it('opens a story the check found nothing to say about by itself', async () => {
    const { element, onReady, finish } = picker({
      ...story,
      coverage: { mode: 'exhaustive', states: 2, knotsReached: 1, knotsTotal: 1 },
    });
    await until(() => element.querySelector('[data-action="play-own"]') !== null);
    finish();
    await until(() => onReady.mock.calls.length > 0);
    expect(onReady).toHaveBeenCalledTimes(1);
  });
});
