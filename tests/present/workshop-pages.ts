// Browser-test helpers for facilitator mode: one browser context, the audience view (projector) and the
// presenter view as two pages of the same origin, joined by the room's BroadcastChannel.
import { randomBytes } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { giveContextBack, LAPTOP, takePage, takePageIn } from '../browser/page-pool.ts';

export interface Workshop {
  context: BrowserContext;
  audience: Page;
  presenter: Page;
  errors: string[];
  room: string;
}

let rooms = 0;
const keys = new Map<string, string>();

/** The workshop key both windows of `room` hold (one per room, as a projector would make it). */
export function roomKey(room: string): string {
  let key = keys.get(room);
  if (!key) {
    key = randomBytes(16).toString('base64url');
    keys.set(room, key);
  }
  return key;
}

/** A room name of letters only (the projector shows it; the no-digits-before-reveal checks stay true). */
function letters(n: number): string {
  return n.toString(26).replace(/./g, (c) => String.fromCharCode(97 + parseInt(c, 26)));
}

/** The app's URL (override with ATTUNE_APP_URL to point the tests at a dev server). */
export function appUrl(): string {
  return process.env.ATTUNE_APP_URL ?? inject('baseUrl');
}

export function workshopUrl(view: 'audience' | 'presenter', room: string, extra = ''): string {
  const presenter = view === 'presenter' ? '&view=presenter' : '';
  return `${appUrl()}?mode=present&story=hot-referral&room=${room}${presenter}${extra}#key=${roomKey(room)}`;
}

function watch(page: Page, errors: string[], name: string): void {
  page.on('pageerror', (e) => errors.push(`${name}: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${name}: ${m.text()}`);
  });
}

/** Both windows of a workshop are pages of one context, which downloads the exports. */
export const WORKSHOP_CONTEXT = { acceptDownloads: true } as const;

export async function openPresenter(workshop: Workshop, size = { width: 1440, height: 900 }): Promise<Page> {
  const page = await takePageIn(workshop.context, size);
  watch(page, workshop.errors, 'presenter');
  await page.goto(workshopUrl('presenter', workshop.room));
  await page.waitForSelector('[data-connection="connected"]');
  return page;
}

/**
 * Opens the projector first (it owns the session), then a presenter that connects to it. Both come from
 * the page pool unless `alone` asks for a context of their own (for a test that installs a clock on it).
 */
export async function openWorkshop(
  browser: Browser,
  options: {
    audience?: { width: number; height: number };
    presenter?: { width: number; height: number };
    alone?: boolean;
  } = {},
): Promise<Workshop> {
  const viewport = options.audience ?? LAPTOP;
  const errors: string[] = [];
  const room = `t${letters(process.pid)}-${letters(++rooms)}`;
  const audience = options.alone
    ? await (await browser.newContext({ ...WORKSHOP_CONTEXT, viewport })).newPage()
    : await takePage(browser, { ...WORKSHOP_CONTEXT, viewport });
  const context = audience.context();
  watch(audience, errors, 'audience');
  await audience.goto(workshopUrl('audience', room, '&renderer=canvas'));
  await audience.waitForSelector('body[data-present-ready]');
  const workshop: Workshop = { context, audience, presenter: audience, errors, room };
  workshop.presenter = await openPresenter(workshop, options.presenter);
  return workshop;
}

/** Ends the test's use of the workshop's windows: back to the pool, or closed with their own context. */
export function closeWorkshop(w: Workshop): Promise<void> {
  return giveContextBack(w.context);
}

/** The audience's sequence number: it grows with every state the projector draws. */
export async function audienceSeq(audience: Page): Promise<number> {
  return Number(await audience.locator('.aud').getAttribute('data-seq'));
}

/**
 * Waits until the presenter has drawn projector state `seq` (or a later one): keys that act on the
 * presenter's own copy (selecting an option) need it, and on a busy machine the copy can lag behind.
 */
async function presenterAt(w: Workshop, seq: number): Promise<void> {
  if (w.presenter === w.audience) return;
  await w.presenter.waitForFunction(
    (s) => Number(document.querySelector('[data-seq]')?.getAttribute('data-seq')) >= s,
    seq,
  );
}

/** Waits until the projector draws a state after `before`; returns the state it drew. */
async function audienceAfter(w: Workshop, before: number): Promise<number> {
  const handle = await w.audience.waitForFunction((b) => {
    const seq = Number(document.querySelector('.aud')?.getAttribute('data-seq'));
    return seq > b ? seq : false;
  }, before);
  return (await handle.jsonValue()) as number;
}

/** Presses a key in the presenter and waits until the projector and the presenter have the answer. */
export async function press(w: Workshop, key: string, page: Page = w.presenter): Promise<void> {
  const before = await audienceSeq(w.audience);
  await page.keyboard.press(key);
  await presenterAt(w, await audienceAfter(w, before));
}

/** Clicks in the presenter and waits until the projector has drawn the answer. */
export async function click(w: Workshop, selector: string): Promise<void> {
  const before = await audienceSeq(w.audience);
  await w.presenter.locator(selector).click();
  await presenterAt(w, await audienceAfter(w, before));
}

export async function atDecision(audience: Page): Promise<boolean> {
  return audience.locator('.aud-ask:not([hidden])').isVisible();
}

/** Goes on with → until the projector asks "What would you do?". */
export async function toDecision(w: Workshop): Promise<void> {
  for (let guard = 0; guard < 40; guard++) {
    if (await atDecision(w.audience)) return;
    await press(w, 'ArrowRight');
  }
  throw new Error('no decision within 40 lines');
}

/** Visible text of the projector (innerText skips hidden parts). */
export function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => document.body.innerText);
}
