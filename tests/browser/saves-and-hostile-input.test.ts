// Saves, resume, offline play, opening your own story, and hostile input, in Chromium.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  advanceToChoices,
  chooseWithKey,
  cliPlay,
  closeApp,
  launch,
  openApp,
  openAppAlone,
  playWithKeyboard,
} from './helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Waits until saved progress is open (the panel shows its status), so IndexedDB exists. */
const progressOpen = (page: Page) => page.waitForSelector('.progress-panel .save-status');

/** Writes a value straight into Attune's IndexedDB store, as a damaged or foreign save would be. */
async function putInDb(page: Page, key: string, value: unknown): Promise<void> {
  await page.evaluate(
    async ([k, v]) => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const req = indexedDB.open('attune');
        req.onsuccess = () => ok(req.result);
        req.onerror = () => fail(req.error);
      });
      await new Promise((ok, fail) => {
        const tx = db.transaction('data', 'readwrite');
        tx.objectStore('data').put(v, k as string);
        tx.oncomplete = ok;
        tx.onerror = () => fail(tx.error);
      });
      db.close();
    },
    [key, value] as const,
  );
}

/** Picks a file for the history import and waits for the panel's report of it. */
async function importFile(page: Page, name: string, text: string, mimeType = 'application/json') {
  await page.setInputFiles('#import-history', { name, mimeType, buffer: Buffer.from(text) });
  const report = page.locator('[data-import-result]');
  await report.waitFor({ timeout: 60_000 });
  return report;
}

const savedRun = (storyId: string, savedAt: number, choices: number) => ({
  format: 'attune-run',
  version: 2,
  storyId,
  title: 'First Meeting',
  savedAt,
  seed: 1,
  log: [
    { type: 'start', at: savedAt, seed: 1, title: 'First Meeting' },
    ...Array.from({ length: choices }, (_, i) => ({
      type: 'choice',
      at: savedAt,
      decision: i + 1,
      index: 0,
      id: `c${i}`,
      text: `Choice ${i}`,
    })),
  ],
});

const historyEntries = (prefix: string, count: number, from: number) =>
  Array.from({ length: count }, (_, i) => ({
    id: `${prefix}-${i}`,
    storyId: 'first-meeting',
    title: 'First Meeting',
    finishedAt: from + i * 60_000,
    path: ['Ask'],
    outcome: 'advance',
    scored: true,
    scores: { overall: 70, alignment: 70, attunement: 70, courage: 70, outcome: 85 },
  }));

const exportBundle = (history: unknown[], runs: unknown[] = []) =>
  JSON.stringify({ format: 'attune-export', version: 1, exportedAt: 1, history, runs });

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
    await closeApp(page);
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
    await closeApp(page);
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
    await closeApp(page);
  });

  it('keeps playing and says progress is not saved when storage is denied', async () => {
    const { page, errors } = await openAppAlone(browser, '');
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
    await closeApp(page);
  });
});

describe('offline', () => {
  it('plays a scenario with no network after the first visit', async () => {
    const { page, errors } = await openAppAlone(browser, '', { serviceWorkers: 'allow' });
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
    await closeApp(page);
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
    await closeApp(page);
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
    await closeApp(page);
  });

  it('shows an HTML line as text, runs no script, and plays an unscored story saying so, under its file name', async () => {
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
    // It has no `# title:`: the meeting is headed with its file name, as its card would be.
    expect(await page.locator('#meeting-title').innerText()).toBe('Xss');
    expect(await page.locator('.thread').innerText()).toContain('<img src=x onerror=alert(1)> says hello.');
    expect(await page.locator('.thread img').count()).toBe(0);
    expect(await page.locator('body').innerText()).toContain('This story is unscored');
    await advanceToChoices(page);
    expect(await page.locator('.choices .choice').first().innerText()).toContain('<b>Bold?</b>');
    await page.keyboard.press('1');
    await page.waitForFunction(() => document.querySelector('.thread')?.textContent?.includes('<script>'));
    expect(dialogs).toEqual([]);
    await closeApp(page);
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
    await closeApp(page);
  });
});

describe('data set aside is announced once, with its export button', () => {
  const SHAPES: [string, string, unknown][] = [
    ['a history that is text', 'history', 'garbage'],
    ['a history that is an object', 'history', { entries: [] }],
    ['a history that is a number', 'history', 42],
    ['a history that is null', 'history', null],
    ['a history with a damaged entry', 'history', [{ id: 3 }]],
    ['a run that is text', 'run:first-meeting', 'garbage'],
    ['a run from a newer version', 'run:first-meeting', { version: 99 }],
    ['a run for another scenario', 'run:first-meeting', savedRun('hot-referral', 5, 1)],
    ['a run under __proto__', 'run:__proto__', savedRun('__proto__', 5, 3)],
    ['a run under constructor', 'run:constructor', savedRun('constructor', 5, 3)],
  ];

  it('for each corrupt shape, after the title has been drawn again, exactly one notice with its export button', async () => {
    const { page, errors } = await openApp(browser, '');
    await progressOpen(page);
    for (const [name, key, value] of SHAPES) {
      await putInDb(page, key, value);
      await page.reload();
      // The title is drawn twice on a load (again once the best scores arrive): the notice must survive it.
      await page.waitForFunction(() => performance.getEntriesByName('attune:title-interactive').length >= 2);
      const notice = page.locator('[data-notice="set-aside"]');
      await notice.first().waitFor();
      expect({ name, notices: await notice.count() }).toEqual({ name, notices: 1 });
      expect(await notice.innerText()).toContain('It was set aside and can be exported; you start fresh.');
      expect(await notice.locator('[data-action="export-set-aside"]').count()).toBe(1);
      expect(await page.locator('.resume-list').count()).toBe(0);
      expect(await page.locator('.progress-panel').innerText()).not.toContain('[object Object]');
    }
    const download = page.waitForEvent('download');
    await page.locator('[data-notice="set-aside"] [data-action="export-set-aside"]').click();
    const file = await (await download).path();
    const { readFileSync } = await import('node:fs');
    const aside = JSON.parse(readFileSync(file, 'utf8')) as { key: string; raw: unknown }[];
    expect(aside.map((a) => a.raw)).toContainEqual('garbage');
    expect(aside.map((a) => a.key)).toContain('run:__proto__');
    await page.locator('[data-action="dismiss-notice"]').click();
    expect(await page.locator('[data-notice]').count()).toBe(0);
    expect(errors).toEqual([]);
    await closeApp(page);
  });
});

describe('storage that throws', () => {
  it('a throwing indexedDB getter: a meeting link still opens and plays, and the title says progress is not saved', async () => {
    const { page, errors } = await openAppAlone(browser, '');
    await page.context().addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', {
        get: () => {
          throw new DOMException('denied', 'SecurityError');
        },
      });
      Object.defineProperty(window, 'localStorage', {
        get: () => {
          throw new DOMException('denied', 'SecurityError');
        },
      });
    });
    // A fresh load straight into a meeting, with the init script in force.
    await page.evaluate(() => history.replaceState(null, '', '#/play/first-meeting'));
    await page.reload();
    expect(await page.evaluate(() => location.hash)).toBe('#/play/first-meeting');
    await advanceToChoices(page);
    await chooseWithKey(page, 0);
    await page.evaluate(() => (location.hash = '#/'));
    await page.waitForSelector('.save-status[data-saving="false"]');
    expect(await page.locator('.save-status').innerText()).toBe(
      'Progress is not being saved: this browser does not allow saving here, so progress is not being saved.',
    );
    expect(errors).toEqual([]);
    await closeApp(page);
  });
});

describe('links that name nothing', () => {
  const BY_HASH = [
    '#/play/__proto__',
    '#/play/constructor',
    '#/play/%E0%A4%A',
    '#/watch/__proto__/x',
    '#/nowhere',
  ];
  const BY_QUERY = ['?mode=present&story=__proto__', '?mode=present&story=constructor', '?mode=nope'];

  it.each(BY_HASH)('%s lands on an error panel, and changing the hash recovers', async (hash) => {
    const { page, errors } = await openApp(browser, hash);
    const panel = page.locator('[data-panel="not-found"]');
    await panel.waitFor();
    expect(await panel.innerText()).toContain('This link leads nowhere');
    await page.evaluate(() => (location.hash = '#/play/first-meeting'));
    await page.waitForSelector('.thread .line');
    await page.evaluate((h) => (location.hash = h), hash);
    await panel.waitFor();
    await panel.locator('[data-action="back-to-title"]').click();
    await page.waitForSelector('[data-story="first-meeting"] [data-action="play"]');
    expect(errors).toEqual([]);
    await closeApp(page);
  });

  it.each(BY_QUERY)('%s lands on an error panel whose way back drops the query', async (search) => {
    const { page, errors } = await openApp(browser, search);
    const panel = page.locator('[data-panel="not-found"]');
    await panel.waitFor();
    await panel.locator('[data-action="back-to-title"]').click();
    await page.waitForSelector('[data-story="first-meeting"] [data-action="play"]');
    expect(await page.evaluate(() => location.search)).toBe('');
    expect(errors).toEqual([]);
    await closeApp(page);
  });
});

describe('imports never drop what is there without saying so', () => {
  it('an export of 2000 on top of 2000 keeps the newest, names the rest, and sets the trainee’s own aside', async () => {
    const { page, errors } = await openApp(browser, '');
    await progressOpen(page);
    const first = await importFile(
      page,
      'mine.json',
      exportBundle(historyEntries('mine', 2000, Date.UTC(2025, 0, 1))),
    );
    expect(await first.innerText()).toBe('Imported 2000 finished runs from mine.json.');
    const second = await importFile(
      page,
      'theirs.json',
      exportBundle(historyEntries('theirs', 2000, Date.UTC(2026, 0, 1))),
    );
    const text = await second.innerText();
    expect(text).toContain('Imported 2000 finished runs from theirs.json.');
    expect(text).toMatch(
      /The history keeps the newest 2000 runs, so 2000 older runs finished between 2025-01-01 and 2025-01-0\d were left out: 2000 from your history, which were set aside and can be exported\./,
    );
    await page.waitForFunction(() =>
      document.querySelector('.progress-panel .history')?.textContent?.includes('2000 finished meetings'),
    );
    expect(await page.locator('.history [data-action="export-set-aside"]').innerText()).toBe(
      'Export the set-aside data (1)',
    );
    expect(errors).toEqual([]);
    await closeApp(page);
  });

  it('a CSV of 5000 valid rows says it kept 2000 and left 3000 out', async () => {
    const { page } = await openApp(browser, '');
    await progressOpen(page);
    const header =
      'id,story,title,finished,outcome,scored,overall,alignment,attunement,courage,outcome_score,path';
    const rows = historyEntries('csv', 5000, Date.UTC(2025, 5, 1)).map(
      (e) =>
        `${e.id},${e.storyId},${e.title},${new Date(e.finishedAt).toISOString()},advance,true,70,70,70,70,85,"[""Ask""]"`,
    );
    const report = await importFile(page, 'runs.csv', `${header}\r\n${rows.join('\r\n')}\r\n`, 'text/csv');
    const text = await report.innerText();
    expect(text).toContain('Imported 2000 finished runs from runs.csv.');
    expect(text).toMatch(/so 3000 older runs finished between .* were left out: 3000 from runs\.csv\./);
    await closeApp(page);
  });

  it('a CSV of a million rows is read with a message; one over 2 MB is refused', async () => {
    const { page, errors } = await openApp(browser, '');
    await progressOpen(page);
    const header =
      'id,story,title,finished,outcome,scored,overall,alignment,attunement,courage,outcome_score,path';
    const report = await importFile(page, 'huge.csv', `${header}\n${'x\n'.repeat(1_000_000)}`, 'text/csv');
    const text = await report.innerText();
    expect(text).toContain('Imported 0 finished runs from huge.csv; 1000000 entries could not be read.');
    expect(text).toContain('and 999995 more like them.');
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
    const refused = await importFile(page, 'bigger.csv', `${header}\n${'x\n'.repeat(1_100_000)}`, 'text/csv');
    expect(await refused.innerText()).toBe(
      'bigger.csv was not imported: it is larger than 2 MB; import an export made by Attune. Nothing was changed.',
    );
    expect(errors).toEqual([]);
    await closeApp(page);
  });

  it('a run in progress is kept against an older one, and replaced by a newer one only when the trainee says so', async () => {
    const { page, errors } = await openApp(browser, '');
    await progressOpen(page);
    await putInDb(page, 'run:first-meeting', savedRun('first-meeting', Date.UTC(2026, 0, 1), 3));
    await page.reload();
    const listed = page.locator('.resume-list [data-story="first-meeting"]');
    await listed.waitFor();
    expect(await listed.innerText()).toContain('3 choices made');

    const old = await importFile(page, 'old.json', exportBundle([], [savedRun('first-meeting', 0, 0)]));
    expect(await old.innerText()).toContain(
      'Your meeting in progress in “First Meeting” (3 choices) was kept: the one in old.json is not newer.',
    );

    const newer = exportBundle([], [savedRun('first-meeting', Date.UTC(2026, 5, 1), 1)]);
    await page.setInputFiles('#import-history', {
      name: 'new.json',
      mimeType: 'application/json',
      buffer: Buffer.from(newer),
    });
    const question = page.locator('[data-question="replace-run"]');
    await question.waitFor();
    expect(await question.innerText()).toContain(
      'The file has a newer meeting in progress in “First Meeting” (1 choice',
    );
    await question.locator('[data-action="keep-run"]').click();
    await page.locator('[data-import-result]').waitFor();
    expect(await page.locator('[data-import-result]').innerText()).toContain('was kept, as you chose.');
    expect(await listed.innerText()).toContain('3 choices made');

    await page.setInputFiles('#import-history', {
      name: 'new.json',
      mimeType: 'application/json',
      buffer: Buffer.from(newer),
    });
    await question.waitFor();
    await question.locator('[data-action="replace-run"]').click();
    await page.waitForFunction(() =>
      document.querySelector('[data-import-result]')?.textContent?.includes('was replaced by the newer one'),
    );
    await page.waitForFunction(() =>
      document
        .querySelector('.resume-list [data-story="first-meeting"]')
        ?.textContent?.includes('1 choice made'),
    );
    expect(errors).toEqual([]);
    await closeApp(page);
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
    await closeApp(page);
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
    await closeApp(page);
  });
});
