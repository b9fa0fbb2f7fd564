// A shorter route into a late screen than replaying a story by keyboard: a canonical path is played in
// Node, saved into the app's IndexedDB as the run in progress, and the app opens it on reload (the first
// meeting after a load resumes its saved run). The debrief is then one Enter away.
import type { Page } from 'playwright-core';
import { followPath, PlaySession, type LogEntry } from '../../src/session/index.ts';
import { storyJson } from '../helpers/compiled-stories.ts';

/** The log of `path` played to its ending, as the app records it. */
export function pathLog(storyId: string, path: string): LogEntry[] {
  const session = new PlaySession({ story: storyJson(storyId), seed: 1, clock: () => Date.now() });
  followPath(session, path);
  return [...session.log];
}

/** Saves `log` as the run in progress of `storyId` (the title screen must have opened saved progress). */
export async function saveRun(page: Page, storyId: string, log: readonly LogEntry[]): Promise<void> {
  await page.waitForSelector('.progress-panel .save-status');
  const run = {
    format: 'attune-run',
    version: 2,
    storyId,
    title: storyId,
    savedAt: Date.now(),
    seed: 1,
    log,
  };
  await page.evaluate(
    async ([id, value]) => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const req = indexedDB.open('attune');
        req.onsuccess = () => ok(req.result);
        req.onerror = () => fail(req.error);
      });
      await new Promise((ok, fail) => {
        const tx = db.transaction('data', 'readwrite');
        tx.objectStore('data').put(value, `run:${id as string}`);
        tx.oncomplete = ok;
        tx.onerror = () => fail(tx.error);
      });
      db.close();
      localStorage.setItem('attune.runs-in-progress', JSON.stringify([id]));
    },
    [storyId, run] as const,
  );
}

/** How many lines the saved run of `storyId` records (0 when none is saved). */
export function savedLines(page: Page, storyId: string): Promise<number> {
  return page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const req = indexedDB.open('attune');
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    const run = await new Promise<{ log?: { type: string }[] } | undefined>((ok, fail) => {
      const req = db.transaction('data', 'readonly').objectStore('data').get(`run:${id}`);
      req.onsuccess = () => ok(req.result as { log?: { type: string }[] } | undefined);
      req.onerror = () => fail(req.error);
    });
    db.close();
    return run?.log?.filter((entry) => entry.type === 'line').length ?? 0;
  }, storyId);
}

/** Opens the saved run of `storyId` after a reload and goes on to its debrief. */
export async function openSavedDebrief(page: Page, storyId: string): Promise<void> {
  await page.goto(new URL(`#/play/${storyId}`, page.url()).href);
  await page.reload();
  await page.waitForSelector('[data-continue]');
  await page.waitForFunction(() =>
    document.querySelector('[data-continue]')?.textContent?.includes('debrief'),
  );
  await page.locator('[data-continue]').click();
  await page.waitForSelector('.debrief');
}
