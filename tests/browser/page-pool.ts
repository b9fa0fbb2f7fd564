// Pages that a test file's tests take in turn. On this machine a new context costs about three seconds of
// CPU before the app has even loaded (its first page starts a renderer process), a navigation in a page
// that exists a fifth of that. So a test takes a page of a context made with the same options, and gives
// it back when it is done. A test starts as in a new context: when it takes the first page of a context
// that no test is using, everything the pages of that context stored since the last test (IndexedDB,
// Local and Session Storage, caches, service workers, on every origin they visited) is cleared; and a page
// given back leaves the app (about:blank) and forgets its listeners. Pages a test takes together share one
// context, as windows of one browser do. Each context keeps one more page open on the app's site, so new
// pages share its renderer process even after a test has closed every page it took. A test that changes
// its context for good (a clock, offline, an init script, routes) makes its own context and closes it.
import type { Browser, BrowserContext, BrowserContextOptions, CDPSession, Page } from 'playwright-core';
import { inject } from 'vitest';

interface Pool {
  context: BrowserContext;
  /** A page kept open on the app's site; its session clears the context's storage. */
  anchorPage: Page;
  anchor: CDPSession;
  idle: Page[];
  inUse: Set<Page>;
  /** The http(s) origins pages of this context have been on since its storage was last cleared. */
  dirty: Set<string>;
}

const pools = new WeakMap<Browser, Map<string, Pool>>();
const owners = new WeakMap<Page, Pool>();
const byContext = new WeakMap<BrowserContext, Pool>();

export const LAPTOP = { width: 1280, height: 720 };
/** The page events tests listen to; a page given back forgets its listeners of them. */
const LISTENED = ['pageerror', 'console', 'dialog', 'request', 'response', 'download', 'popup'] as const;

/** The options a context is made with, but the viewport, which each page sets for itself. */
function poolKey(options: BrowserContextOptions): string {
  return JSON.stringify(
    Object.entries(options)
      .filter(([name]) => name !== 'viewport')
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

function track(pool: Pool, page: Page): void {
  page.on('framenavigated', (frame) => {
    const { origin, protocol } = new URL(frame.url());
    if (protocol === 'http:' || protocol === 'https:') pool.dirty.add(origin);
  });
  page.on('close', () => pool.inUse.delete(page));
}

async function clearStorage(pool: Pool): Promise<void> {
  for (const origin of pool.dirty)
    await pool.anchor.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
  pool.dirty.clear();
}

async function poolFor(browser: Browser, options: BrowserContextOptions): Promise<Pool> {
  let byKey = pools.get(browser);
  if (!byKey) {
    byKey = new Map();
    pools.set(browser, byKey);
  }
  const key = poolKey(options);
  const existing = byKey.get(key);
  if (existing) return existing;
  const context = await browser.newContext({ viewport: LAPTOP, ...options });
  const anchorPage = await context.newPage();
  await anchorPage.goto(new URL('manifest.webmanifest', inject('baseUrl')).href);
  const pool: Pool = {
    context,
    anchorPage,
    anchor: await context.newCDPSession(anchorPage),
    idle: [],
    inUse: new Set(),
    dirty: new Set(),
  };
  track(pool, anchorPage);
  byKey.set(key, pool);
  byContext.set(context, pool);
  return pool;
}

/** A page of a context made with `options`, sized to `options.viewport` (a laptop by default). */
export async function takePage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  return takeFrom(await poolFor(browser, options), options.viewport ?? LAPTOP);
}

/**
 * Another window of `context` for the same test, sized to `viewport`: from the pool when the context is
 * one of its own, otherwise a new page of it.
 */
export async function takePageIn(
  context: BrowserContext,
  viewport: { width: number; height: number },
): Promise<Page> {
  const pool = byContext.get(context);
  if (pool) return takeFrom(pool, viewport);
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  return page;
}

async function takeFrom(pool: Pool, viewport: { width: number; height: number }): Promise<Page> {
  if (pool.inUse.size === 0) await clearStorage(pool);
  let page = pool.idle.pop();
  while (page?.isClosed()) page = pool.idle.pop();
  if (!page) {
    page = await pool.context.newPage();
    owners.set(page, pool);
    track(pool, page);
  }
  pool.inUse.add(page);
  await page.setViewportSize(viewport);
  return page;
}

/** Puts a page that has left the app back among the idle ones; the last one back clears the storage. */
async function putBack(pool: Pool, page: Page): Promise<void> {
  for (const event of LISTENED) page.removeAllListeners(event);
  pool.inUse.delete(page);
  pool.idle.push(page);
  if (pool.inUse.size === 0) await clearStorage(pool);
}

/**
 * Gives `page` back for the next test: it leaves the app and forgets its listeners. A page the pool did
 * not make (a window the app opened) is closed, and so is the context of a page from a context of its own.
 */
export async function givePageBack(page: Page): Promise<void> {
  const pool = owners.get(page);
  if (!pool) {
    if (byContext.has(page.context())) await page.close();
    else await page.context().close();
    return;
  }
  if (page.isClosed() || !pool.inUse.has(page)) return;
  await page.goto('about:blank');
  await putBack(pool, page);
}

/**
 * Ends a test's use of `context`: every page of it the test had goes back (or closes), after all of them
 * have left the app, so no window talks to another meanwhile. A context of its own is closed.
 */
export async function giveContextBack(context: BrowserContext): Promise<void> {
  const pool = byContext.get(context);
  if (!pool) {
    await context.close();
    return;
  }
  const taken = [...pool.inUse].filter((p) => !p.isClosed());
  const opened = context.pages().filter((p) => !owners.has(p) && p !== pool.anchorPage);
  await Promise.all([...taken.map((p) => p.goto('about:blank')), ...opened.map((p) => p.close())]);
  for (const p of taken) await putBack(pool, p);
}
