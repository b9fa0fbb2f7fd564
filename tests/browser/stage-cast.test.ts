// The stage draws exactly the people the story puts in the room. For every story with `# present:` tags,
// play its opening at 1920×1080 and 390×844 and, at each line the story tags, compare whom the stage says
// it drew (the canvas's data-drawn, written by the scene from the pictures it shows) with the tag's ids.
// Screenshots go to test-results/screenshots/stage-cast-<story>-<size>.png.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, ROOT, shotPath, waitForControls } from './helpers.ts';

interface TaggedLine {
  /** Matches the line's text as the panel shows it (inline `{…}` alternatives match anything). */
  pattern: RegExp;
  source: string;
  /** The ids the line's `# present:` names; undefined when it has none. */
  present?: string[];
  scene?: string;
}

const escape = (text: string): string => text.replace(/[.*+?^$()|[\]\\]/g, '\\$&');

/** The story's lines that carry `# present:` or `# scene:`, as patterns over their shown text. */
function taggedLines(source: string): TaggedLine[] {
  const out: TaggedLine[] = [];
  for (const raw of source.split('\n')) {
    const line = raw.trim();
    if (/^(\/\/|[*+]|=|~|VAR|->|INCLUDE)/.test(line)) continue;
    const cut = line.indexOf(' #');
    if (cut < 0) continue;
    const tags = line.slice(cut);
    const present = /#\s*present:([^#]*)/.exec(tags);
    const scene = /#\s*scene:\s*([^#\s]+)/.exec(tags);
    if (!present && !scene) continue;
    const text = line
      .slice(0, cut)
      .replace(/^-\s*[^:]*:\s*/, '')
      .trim();
    if (text === '') continue;
    const body = text
      .split(/\{[^}]*\}/)
      .map((part) => escape(part.trim()))
      .join('.*?');
    out.push({
      pattern: new RegExp(`^\\s*${body}\\s*$`),
      source: text,
      ...(present ? { present: (present[1] ?? '').trim().split(/\s+/).filter(Boolean) } : {}),
      ...(scene ? { scene: scene[1] } : {}),
    });
  }
  return out;
}

const storiesDir = resolve(ROOT, 'stories');
const STORIES = readdirSync(storiesDir)
  .filter((f) => f.endsWith('.ink'))
  .map((f) => ({
    id: f.replace(/\.ink$/, ''),
    lines: taggedLines(readFileSync(resolve(storiesDir, f), 'utf8')),
  }))
  .filter((s) => s.lines.some((l) => l.present !== undefined));

const DESKTOP = { width: 1920, height: 1080 };
const PHONE = { width: 390, height: 844 };
/** Lines played per story: the opening, where every story first says who is in the room. */
const STEPS = 5;

async function currentText(page: Page): Promise<string> {
  return (await page.locator('.thread .line:last-child .text').textContent()) ?? '';
}

async function drawn(page: Page): Promise<string[]> {
  const value = await page.locator('canvas').getAttribute('data-drawn');
  return (value ?? '').split(' ').filter(Boolean).sort();
}

/**
 * Waits until the stage has drawn exactly `ids` (pictures load asynchronously), and with `still` until it
 * has stopped moving (for a screenshot); returns what it drew.
 */
async function waitForDrawn(page: Page, ids: readonly string[], still = false): Promise<string[]> {
  const want = [...ids].sort().join(' ');
  await page
    .waitForFunction(
      ([w, s]) => {
        const c = document.querySelector('canvas');
        const got = (c?.dataset.drawn ?? '').split(' ').filter(Boolean).sort().join(' ');
        return got === w && (!s || c?.dataset.idle === 'true');
      },
      [want, still] as const,
      { timeout: 8000 },
    )
    .catch(() => undefined);
  return drawn(page);
}

describe('the stage draws exactly who is present', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('finds the stories that say who is present', () => {
    expect(STORIES.length).toBeGreaterThanOrEqual(6);
  });

  it('draws exactly the people each # present: line names, at 1920×1080 and 390×844', async () => {
    const context = await browser.newContext({ viewport: DESKTOP, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    for (const story of STORIES) {
      await page.setViewportSize(DESKTOP);
      await page.goto(`${inject('baseUrl')}?renderer=canvas#/play/${story.id}`);
      await page.waitForSelector('canvas[data-renderer]');
      expect(await page.locator('canvas').getAttribute('data-renderer')).toBe('canvas');
      let expected: string[] | null = null;
      let tagsSeen = 0;
      let linesChecked = 0;
      let shot = false;
      for (let step = 0; step < STEPS; step++) {
        const screen = await waitForControls(page);
        const text = await currentText(page);
        const tagged = story.lines.find((l) => l.pattern.test(text));
        if (tagged?.present) {
          expected = tagged.present;
          tagsSeen++;
        } else if (tagged?.scene) expected = null;
        if (expected) {
          const got = await waitForDrawn(page, expected);
          expect(got, `${story.id} at "${text}"`).toEqual([...expected].sort());
          linesChecked++;
          if (!shot && expected.length > 0) {
            await waitForDrawn(page, expected, true);
            await page.screenshot({ path: shotPath(`stage-cast-${story.id}-1920x1080`) });
            await page.setViewportSize(PHONE);
            expect(await waitForDrawn(page, expected, true), `${story.id} on a phone`).toEqual(
              [...expected].sort(),
            );
            await page.screenshot({ path: shotPath(`stage-cast-${story.id}-390x844`) });
            await page.setViewportSize(DESKTOP);
            shot = true;
          }
        }
        if (screen === 'debrief-ready') break;
        const before = await page.locator('.thread .line').last().getAttribute('data-line');
        await page.keyboard.press(screen === 'choices' ? '1' : 'Enter');
        await page.waitForFunction(
          (b) => document.querySelector('.thread .line:last-child')?.getAttribute('data-line') !== b,
          before,
        );
      }
      expect(tagsSeen, `${story.id}: # present: lines reached`).toBeGreaterThanOrEqual(1);
      expect(linesChecked, `${story.id}: lines checked`).toBeGreaterThanOrEqual(3);
      expect(shot, `${story.id}: a screenshot with someone present`).toBe(true);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
