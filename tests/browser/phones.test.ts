// The room votes from their phones, through the real relay (started here, serving the built app as
// `npm run room` does): a projector, a presenter and five phones (phone viewport, touch). What the room
// would notice: phones land on the current decision (late joiners too), one vote per phone that can change
// until the reveal, the projector counts votes without the split, the presenter sees the split and the head
// count, and the phone page passes axe in both themes.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRelay, type Relay } from '../../server/relay.ts';
import { launch, ROOT } from './helpers.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

let browser: Browser;
let relay: Relay;
let dir: string;
const contexts: BrowserContext[] = [];
const errors: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'attune-phones-'));
  // The built app of this test run (tests/browser/global-setup.ts), served by the relay beside the room.
  [browser, relay] = await Promise.all([
    launch(),
    startRelay({
      dataFile: join(dir, 'relay.sqlite'),
      host: '127.0.0.1',
      port: 0,
      staticDir: resolve(ROOT, 'test-results/app'),
      storeDebounceMs: 50,
    }),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await relay?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function page(options: Parameters<Browser['newContext']>[0], name: string): Promise<Page> {
  const context = await browser.newContext(options);
  contexts.push(context);
  const p = await context.newPage();
  p.on('pageerror', (e) => errors.push(`${name}: ${e.message}`));
  p.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${name}: ${m.text()}`);
  });
  return p;
}

async function phone(url: string, name: string, contrast: 'normal' | 'high' = 'normal'): Promise<Page> {
  const p = await page(PHONE, name);
  if (contrast === 'high') {
    await p.addInitScript(() =>
      localStorage.setItem('attune.settings.v1', JSON.stringify({ highContrast: true })),
    );
  }
  await p.goto(url);
  return p;
}

const tap = (p: Page, letter: string): Promise<void> => p.locator(`[data-option="${letter}"]`).tap();
const confirmation = (p: Page): Promise<string> => p.locator('[data-phone-confirm]').innerText();

async function seriousViolations(p: Page): Promise<string[]> {
  await p.evaluate(axeSource);
  const found = await p.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (ctx: Document) => Promise<{
            violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => n.target),
    }));
  });
  return found
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id} at ${JSON.stringify(v.nodes.slice(0, 3))}`);
}

describe('phones in the workshop room (through the relay)', () => {
  // Seven pages of the full app on a machine whose cores may all be busy: more time than the default, no
  // fixed waits (every step waits for what a person would see).
  const SEVEN_PAGES = 180_000;
  it(
    'five phones vote; a late joiner lands on the decision; a changed vote counts once; the split waits for the reveal',
    { timeout: SEVEN_PAGES },
    async () => {
      const projector = await page({ viewport: { width: 1280, height: 720 } }, 'projector');
      await projector.goto(`${relay.url}/?mode=present&story=hot-referral&stage=off`);
      await projector.waitForSelector('body[data-present-ready]');
      const code = await projector.waitForSelector('[data-join-code]:not([data-join-code=""])');
      const roomCode = (await code.getAttribute('data-join-code')) ?? '';
      await projector.waitForSelector('[data-join-panel][data-qr-ready] svg');
      const at = new URL(projector.url());
      const room = at.searchParams.get('room') ?? '';
      expect(room).toMatch(/^[a-z2-9]{26}$/);
      expect(at.hash).toMatch(/^#key=/);

      const presenter = await projector.context().newPage();
      await presenter.goto(
        `${relay.url}/?mode=present&story=hot-referral&room=${room}&view=presenter${at.hash}`,
      );
      await presenter.waitForSelector('[data-connection="connected"]');

      // Four phones scan the QR code before the meeting starts: they wait.
      const joinUrl = `${relay.url}/?mode=phone&room=${room}`;
      const phones = await Promise.all(
        [1, 2, 3, 4].map((n) => phone(joinUrl, `phone ${n}`, n === 4 ? 'high' : 'normal')),
      );
      for (const p of phones) await p.waitForSelector('[data-phone-state="waiting"]');

      // The projector reaches the first decision.
      for (let guard = 0; guard < 30 && !(await projector.$('.aud[data-deciding]')); guard++) {
        const seq = await projector.locator('.aud').getAttribute('data-seq');
        await projector.keyboard.press('ArrowRight');
        await projector.waitForFunction(
          (s) => document.querySelector('.aud')?.getAttribute('data-seq') !== s,
          seq,
        );
      }
      const setup = await projector.locator('.aud-line blockquote').innerText();
      for (const p of phones) await p.waitForSelector('[data-phone-state="open"]');
      expect(await phones[0]?.locator('.phone-setup blockquote').innerText()).toBe(setup);
      expect(await phones[0]?.locator('[data-option]').count()).toBe(3);

      // A late joiner types the code (lower case, with a dash) and lands on the same decision.
      const late = await phone(`${relay.url}/?mode=phone`, 'phone 5 (late)');
      await late
        .locator('[data-phone-code]')
        .fill(`${roomCode.slice(0, 3).toLowerCase()}-${roomCode.slice(3)}`);
      await late.locator('[data-phone-join] button[type="submit"]').tap();
      await late.waitForSelector('[data-phone-state="open"]');
      expect(new URL(late.url()).searchParams.get('code')).toBe(roomCode);

      const [p1, p2, p3, p4] = phones as [Page, Page, Page, Page];
      await Promise.all([tap(p1, 'B'), tap(p2, 'B'), tap(p3, 'B'), tap(p4, 'A'), tap(late, 'A')]);
      for (const p of [p1, p2, p3, p4, late]) await p.waitForSelector('[data-phone-confirm="counted"]');
      expect(await confirmation(p1)).toBe(
        'Your vote: B. Tap another option to change it until the votes are revealed.',
      );
      // The voting page passes axe, in the normal theme and in high contrast.
      expect(await seriousViolations(p1)).toEqual([]);
      expect(await p4.evaluate(() => document.documentElement.dataset.contrast)).toBe('high');
      expect(await seriousViolations(p4)).toEqual([]);
      // The late phone changes its mind: its vote moves, it does not count twice.
      await tap(late, 'C');
      await late.waitForFunction(() =>
        document.querySelector('[data-phone-confirm="counted"]')?.textContent?.startsWith('Your vote: C'),
      );
      expect(await late.locator('[data-option="C"]').getAttribute('aria-pressed')).toBe('true');

      // A phone that reloads (or reconnects) lands on the decision with its vote, still counted once.
      await p2.reload();
      await p2.waitForSelector('[data-phone-state="open"] [data-option="B"][aria-pressed="true"]');
      await p2.waitForSelector('[data-phone-confirm="counted"]');

      // The presenter sees the live split and the head count; the projector only how many voted.
      await presenter.waitForFunction(
        () =>
          ['A', 'B', 'C']
            .map((l) => document.querySelector<HTMLInputElement>(`[data-votes="${l}"]`)?.value)
            .join(' ') === '1 3 1',
      );
      await presenter.waitForFunction(
        () => document.querySelector('[data-phones-line]')?.textContent === 'Phones: 5 joined · 5 voted',
      );
      await projector.waitForFunction(
        () => document.querySelector('[data-join-count]')?.textContent === '5 of 5 voted',
      );
      const ask = await projector.locator('.aud-ask').innerText();
      expect(ask).not.toMatch(/%|\bvotes?\b/);
      expect(await projector.locator('[data-revealed]').count()).toBe(0);

      // Reveal: the projector shows the split, the phones close the vote.
      await presenter.locator('[aria-pressed]', { hasText: 'Reveal votes and effects' }).click();
      await projector.waitForSelector('.aud-ask [data-revealed]');
      expect(await projector.locator('.aud-ask').innerText()).toMatch(/60%/);
      for (const p of [p1, late]) await p.waitForSelector('[data-phone-closed]');
      expect(await p1.locator('[data-option="A"]').isDisabled()).toBe(true);
      expect(await confirmation(late)).toBe('Your vote: C.');
      expect(errors).toEqual([]);
    },
  );

  it('the join form passes axe in both themes, and says so plainly when a code finds no room', async () => {
    const normal = await phone(`${relay.url}/?mode=phone`, 'axe phone');
    await normal.waitForSelector('[data-phone-state="join"]');
    await normal.locator('[data-phone-code]').fill('ZZZZZZ');
    await normal.locator('[data-phone-join] button[type="submit"]').tap();
    await normal.waitForSelector('.phone-problem');
    expect(await normal.locator('.phone-problem').innerText()).toMatch(/There is no room ZZZZZZ/);
    expect(await seriousViolations(normal)).toEqual([]);
    const high = await phone(`${relay.url}/?mode=phone`, 'axe phone, high contrast', 'high');
    await high.waitForSelector('[data-phone-state="join"]');
    expect(await high.evaluate(() => document.documentElement.dataset.contrast)).toBe('high');
    expect(await seriousViolations(high)).toEqual([]);
  });
});
