// Saves, resume, offline play, opening your own story, and hostile input, in Chromium.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advanceToChoices, chooseWithKey, cliPlay, launch, openApp, playWithKeyboard } from './helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const threadTexts = (page: Page) =>
  page.locator('.thread .line').evaluateAll((els) => els.map((e) => e.textContent ?? ''));

async function openOwnStory(page: Page, files: { name: string; text: string }[]): Promise<void> {
  await page.waitForSelector('#own-story-files', { state: 'attached' });
  await page.setInputFiles(
    '#own-story-files',
    files.map((f) => ({ name: f.name, mimeType: 'text/plain', buffer: Buffer.from(f.text) })),
  );
}

describe('saves', () => {
  it('resumes after a reload exactly where the trainee was, and offers the run on the title screen', async () => {
    const { page, errors } = await openApp(browser, '#/play/first-meeting');
    await advanceToChoices(page);
    await chooseWithKey(page, 0);
    await advanceToChoices(page);
    await chooseWithKey(page, 0);
    const before = await threadTexts(page);
    await page.reload();
    await page.waitForFunction((n) => document.querySelectorAll('.thread .line').length >= n, before.length);
    expect(await threadTexts(page)).toEqual(before);
    await page.evaluate(() => (location.hash = '#/'));
    const resume = page.locator('.resume-list [data-story="first-meeting"] [data-action="resume"]');
    await resume.waitFor();
    await resume.click();
    await page.waitForFunction((n) => document.querySelectorAll('.thread .line').length >= n, before.length);
    expect(await threadTexts(page)).toEqual(before);
    await advanceToChoices(page);
    await chooseWithKey(page, 0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says plainly when the story changed since the save, and resumes at the last matching decision', async () => {
    const { page } = await openApp(browser, '#/play/first-meeting');
    await advanceToChoices(page);
    await chooseWithKey(page, 0);
    await advanceToChoices(page);
    await chooseWithKey(page, 0);
    // Rewrite the saved run as an older edition of the story would have recorded it: the second choice
    // now has an identity the current story no longer has.
    await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const req = indexedDB.open('attune');
        req.onsuccess = () => ok(req.result);
        req.onerror = () => fail(req.error);
      });
      const store = db.transaction('data', 'readwrite').objectStore('data');
      const run = await new Promise<{ log: { type: string; id?: string; text?: string }[] }>((ok) => {
        const req = store.get('run:first-meeting');
        req.onsuccess = () => ok(req.result);
      });
      const choices = run.log.filter((e) => e.type === 'choice');
      const second = choices[1];
      if (second)
        Object.assign(second, {
          id: 'story/a line that was edited away',
          text: 'A line that was edited away',
        });
      await new Promise((ok) => {
        const req = db.transaction('data', 'readwrite').objectStore('data').put(run, 'run:first-meeting');
        req.onsuccess = ok;
      });
    });
    await page.evaluate(() => (location.hash = '#/'));
    await page.locator('.resume-list [data-story="first-meeting"] [data-action="resume"]').click();
    await page.waitForSelector('.choices .choice');
    const status = await page.locator('body').innerText();
    expect(status).toContain('This story has changed since your progress was saved.');
    expect(status).toContain('the choice "A line that was edited away" is no longer in the story');
    await page.context().close();
  });

  it('records a finished meeting in the history: the card shows the best score and the completed mark', async () => {
    const cli = cliPlay('stories/first-meeting.ink', 'exemplary');
    const { page, errors } = await openApp(browser, '#/play/first-meeting');
    await playWithKeyboard(
      page,
      cli.steps.filter((s) => s.type === 'choice').map((s) => s.index ?? -1),
    );
    await page.evaluate(() => (location.hash = '#/'));
    const card = page.locator('[data-story="first-meeting"]').first();
    await page.waitForFunction(
      () => !!document.querySelector('[data-story="first-meeting"] [data-completed]'),
    );
    expect(await card.locator('[data-best]').innerText()).toBe(`Best score ${cli.score.overall}`);
    expect(await page.locator('.progress-panel .history').innerText()).toContain(
      '1 finished meeting in your history.',
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps playing and says progress is not saved when storage is denied', async () => {
    const { page, errors } = await openApp(browser, '', {});
    await page.context().addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { get: () => undefined });
      Object.defineProperty(window, 'localStorage', {
        get: () => {
          throw new DOMException('denied', 'SecurityError');
        },
      });
    });
    await page.reload();
    await page.waitForSelector('.save-status[data-saving="false"]');
    expect(await page.locator('.save-status').innerText()).toMatch(/^Progress is not being saved: /);
    await page.locator('[data-story="first-meeting"] [data-action="play"]').click();
    await advanceToChoices(page);
    await chooseWithKey(page, 0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('offline', () => {
  it('plays a scenario with no network after the first visit', async () => {
    const { page, errors } = await openApp(browser, '');
    // First visit: the service worker installs and caches the game; the next load is under its control.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await page.context().setOffline(true);
    await page.reload();
    await page.locator('[data-story="hot-referral"] [data-action="play"]').click();
    await advanceToChoices(page);
    await chooseWithKey(page, 0);
    expect(await page.locator('canvas').count()).toBeGreaterThan(0);
    expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
    await page.context().close();
  });
});

describe('your own story and hostile input', () => {
  it('lists compile errors with file and line', async () => {
    const { page } = await openApp(browser, '');
    await openOwnStory(page, [{ name: 'broken.ink', text: 'Hello.\n{oops}\n-> END\n' }]);
    await page.waitForSelector('.own-result .problems li');
    expect(await page.locator('.own-result .problems li').allInnerTexts()).toEqual([
      'broken.ink:2: Unresolved variable: oops',
    ]);
    await page.context().close();
  });

  it('stops a story that loops forever and the page stays responsive', async () => {
    const { page } = await openApp(browser, '');
    await openOwnStory(page, [{ name: 'loop.ink', text: '-> spin\n=== spin ===\n-> spin\n' }]);
    const started = Date.now();
    // While the Worker spins, the page still answers.
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
    expect(Date.now() - started).toBeLessThan(1000);
    await page.waitForSelector('.own-result .problems li', { timeout: 20_000 });
    expect(await page.locator('.own-result .problems').innerText()).toMatch(
      /\(in "spin"\): it loops without output; give the loop a line of text, a choice or an -> END/,
    );
    await page.context().close();
  });

  it('shows an HTML line as text, runs no script, and plays an unscored story saying so', async () => {
    const { page } = await openApp(browser, '');
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await openOwnStory(page, [
      {
        name: 'xss.ink',
        text: '<img src=x onerror=alert(1)> says hello.\n* [<b>Bold?</b>] <script>alert(2)</script>\n-> END\n',
      },
    ]);
    await page.waitForSelector('.thread .line');
    expect(await page.locator('.thread').innerText()).toContain('<img src=x onerror=alert(1)> says hello.');
    expect(await page.locator('.thread img').count()).toBe(0);
    expect(await page.locator('body').innerText()).toContain('This story is unscored');
    await advanceToChoices(page);
    expect(await page.locator('.choices .choice').first().innerText()).toContain('<b>Bold?</b>');
    await page.keyboard.press('1');
    await page.waitForFunction(() => document.querySelector('.thread')?.textContent?.includes('<script>'));
    expect(dialogs).toEqual([]);
    await page.context().close();
  });

  it('shows an error panel for a runtime error, keeps the run, and goes back one choice', async () => {
    const { page } = await openApp(browser, '');
    await openOwnStory(page, [
      {
        name: 'fails.ink',
        text: 'VAR low = 1\nStart.\n* [Safe] Fine.\n  -> END\n* [Risky]\n  ~ low = 9\n  Rolling {RANDOM(low, 2)}.\n  -> END\n',
      },
    ]);
    // The checker met the error on one path: it says so before play, and the story still opens.
    await page.waitForSelector('.own-warnings li');
    expect(await page.locator('.own-warnings').innerText()).toMatch(/RANDOM.*\(after the choice "Risky"\)/);
    await page.click('[data-action="play-own"]');
    await advanceToChoices(page);
    await page.keyboard.press('2');
    await page.waitForSelector('.story-error');
    expect(await page.locator('.story-error').innerText()).toMatch(
      /The story stopped with an error: ink stopped: .*RANDOM/,
    );
    await page.locator('.story-error [data-action="back-one"]').click();
    await page.waitForSelector('.choices .choice');
    await page.keyboard.press('1');
    await page.waitForFunction(() => document.querySelector('.thread')?.textContent?.includes('Fine.'));
    await page.context().close();
  });
});

describe('public ink games open in the browser as the CLI accepts them', () => {
  const PUBLIC = 'tests/fixtures/public-ink';
  const filesOf = (dir: string) =>
    readdirSync(join(PUBLIC, dir), { recursive: true })
      .map(String)
      .filter((name) => name.endsWith('.ink'))
      .map((name) => ({
        name: name.split('/').pop() ?? name,
        text: readFileSync(join(PUBLIC, dir, name), 'utf8'),
      }));

  it('a multi-file story joined by INCLUDE opens and plays', async () => {
    const { page } = await openApp(browser, '');
    await openOwnStory(page, filesOf('innkeeper'));
    await page.waitForSelector('.thread .line, [data-action="play-own"]', { timeout: 60_000 });
    if ((await page.locator('[data-action="play-own"]').count()) > 0)
      await page.click('[data-action="play-own"]');
    await page.waitForSelector('.thread .line', { timeout: 30_000 });
    expect(await page.locator('body').innerText()).toContain('This story is unscored');
    await page.context().close();
  });

  it('a story with EXTERNAL functions shows the checker warning before play, then plays on the stubs', async () => {
    const { page } = await openApp(browser, '');
    // Picked as a folder, so the INCLUDE paths into its subfolders resolve.
    await page.waitForSelector('#own-story-folder', { state: 'attached' });
    await page.setInputFiles('#own-story-folder', join(PUBLIC, 'ink-story-template'));
    await page.waitForSelector('.own-warnings li', { timeout: 60_000 });
    expect(await page.locator('.own-warnings').innerText()).toMatch(
      /EXTERNAL .*UPPERCASE.* has no ink fallback: here it returns 0/,
    );
    await page.click('[data-action="play-own"]');
    await page.waitForSelector('.thread .line', { timeout: 30_000 });
    await page.context().close();
  });
});
