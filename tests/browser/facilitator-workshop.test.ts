// Facilitator mode in Chromium: the projector (audience view) and the presenter view as two pages of one
// browser context. What a facilitator would notice: the projector follows the presenter, shows no numbers
// until the reveal, counts votes right, blacks out, keeps the meeting when the presenter window is closed,
// answers the key map, and exports the workshop record.
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appUrl,
  closeWorkshop,
  atDecision,
  click,
  openPresenter,
  openWorkshop,
  press,
  toDecision,
  visibleText,
  WORKSHOP_CONTEXT,
  workshopUrl,
} from '../present/workshop-pages.ts';
import { launch } from './helpers.ts';
import { giveContextBack, takePage } from './page-pool.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('facilitator mode: presenter and projector', () => {
  it('starts from the title screen: Run a workshop, then the presenter window from the title slide', async () => {
    const page = await takePage(browser, WORKSHOP_CONTEXT);
    const context = page.context();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(appUrl());
    await page.locator('[data-story="cold-feet"] [data-action="workshop"]').click();
    await page.waitForSelector('body[data-present-ready]');
    expect(new URL(page.url()).searchParams.get('mode')).toBe('present');
    // Each workshop started from a card is its own room with its own key, shown on the projector.
    const room = new URL(page.url()).searchParams.get('room') ?? '';
    expect(room).toMatch(/^[a-z]{18}$/);
    expect(new URL(page.url()).hash).toMatch(/^#key=[\w-]{22}$/);
    expect(await page.locator('.aud-room-big').textContent()).toBe(`Room ${room}`);
    const other = await takePage(browser, WORKSHOP_CONTEXT);
    await other.goto(appUrl());
    await other.locator('[data-story="cold-feet"] [data-action="workshop"]').click();
    await other.waitForSelector('body[data-present-ready]');
    expect(new URL(other.url()).searchParams.get('room')).not.toBe(room);
    expect(await other.locator('.aud').getAttribute('data-mirror')).toBeNull();
    await other.goto('about:blank');
    expect(await page.locator('#aud-intro-title').textContent()).toBe(
      await page.evaluate(() => document.title.replace(/ — Attune workshop$/, '')),
    );
    const [presenter] = await Promise.all([
      context.waitForEvent('page'),
      page.locator('[data-open-presenter]').click(),
    ]);
    await presenter.waitForSelector('[data-connection="connected"]');
    expect(new URL(presenter.url()).searchParams.get('view')).toBe('presenter');
    expect(await presenter.locator('.pv-eyebrow').textContent()).toBe(`Presenter · room ${room}`);
    await presenter.keyboard.press('ArrowRight');
    await page.waitForSelector('.aud[data-screen="meeting"] .aud-line');
    expect(errors).toEqual([]);
    await giveContextBack(context);
  });

  it('a presenter opened first says the projector is missing and opens it', async () => {
    const presenter = await takePage(browser, WORKSHOP_CONTEXT);
    const context = presenter.context();
    await presenter.goto(workshopUrl('presenter', `first-${process.pid}`));
    await presenter.waitForSelector('[data-connection="missing"]');
    expect(await presenter.locator('.pv-waiting h2').textContent()).toBe('The projector window is not open');
    const [audience] = await Promise.all([
      context.waitForEvent('page'),
      presenter.locator('[data-open-audience]').click(),
    ]);
    await audience.waitForSelector('body[data-present-ready]');
    await presenter.waitForSelector('[data-connection="connected"]');
    expect(await presenter.locator('.pv-h1').textContent()).toBe('The Hot Referral');
    await giveContextBack(context);
  });

  it('choosing in the presenter view moves the audience view, by key and by click', async () => {
    const w = await openWorkshop(browser);
    const { audience, presenter } = w;
    expect(await audience.locator('#aud-intro-title').textContent()).toBe('The Hot Referral');
    await toDecision(w);
    expect(await audience.locator('#aud-ask-title').textContent()).toBe('What would you do?');
    expect(await audience.locator('.aud-option .aud-letter').allTextContents()).toEqual(['A', 'B', 'C']);
    const options = await audience.locator('.aud-option-text').allTextContents();
    const presenterOptions = await presenter.locator('.pv-option-text').allTextContents();
    expect(options.map((t) => t.replace(/^[A-Z]: /, ''))).toEqual(presenterOptions);

    await presenter.keyboard.press('1');
    await press(w, '+');
    await press(w, 'Enter');
    expect(await atDecision(audience)).toBe(false);
    expect(await audience.locator('[data-played] .aud-letter').textContent()).toBe('A');
    expect(await audience.locator('.aud-line figcaption').textContent()).toBe('The seller');
    // The presenter shows the same line as the projector.
    expect(await presenter.locator('[data-current-line]').textContent()).toBe(
      await audience.locator('.aud-line blockquote').textContent(),
    );

    // Enter after clicking a + button plays the majority; it does not add a vote.
    await toDecision(w);
    await click(w, '[data-vote-plus="B"]');
    await click(w, '[data-vote-plus="B"]');
    await click(w, '[data-vote-plus="A"]');
    await press(w, 'Enter');
    expect(await audience.locator('[data-played] .aud-letter').textContent()).toBe('B');
    await press(w, 'd');
    expect(await audience.locator('[data-room-path] [data-decision="2"] [data-split]').textContent()).toBe(
      'A 1 · B 2 · C 0',
    );
    expect(w.errors).toEqual([]);
    await closeWorkshop(w);
  });

  it('shows no number on the projector before the reveal, and the votes after it', async () => {
    const w = await openWorkshop(browser);
    const { audience, presenter } = w;
    expect(await visibleText(audience)).not.toMatch(/\d/);
    for (let decision = 1; decision <= 3; decision++) {
      for (let guard = 0; guard < 40 && !(await atDecision(audience)); guard++) {
        await press(w, 'ArrowRight');
        expect(await visibleText(audience)).not.toMatch(/\d/);
      }
      await presenter.keyboard.press('2');
      await press(w, '+');
      await press(w, '+');
      await press(w, 'f');
      const text = await visibleText(audience);
      expect(text).toContain('What would you do?');
      expect(text).not.toMatch(/\d/);
      await press(w, 'r');
      expect(await visibleText(audience)).toMatch(/2 votes · 100%/);
      await press(w, 'Enter');
      expect(await visibleText(audience)).not.toMatch(/\d/);
    }
    await closeWorkshop(w);
  });

  it('sums the votes entered with keys, buttons and typed counts', async () => {
    const w = await openWorkshop(browser);
    const { audience, presenter } = w;
    await toDecision(w);
    await presenter.keyboard.press('1');
    for (const key of ['+', '+', '+', 'ArrowUp', '-']) await press(w, key); // A: 3
    await presenter.keyboard.press('2');
    await press(w, '='); // B: 1
    await click(w, '[data-vote-plus="C"]');
    await click(w, '[data-vote-plus="C"]');
    await click(w, '[data-vote-minus="C"]'); // C: 1
    await click(w, '[data-vote-minus="C"]');
    await click(w, '[data-vote-minus="C"]'); // never below zero: C: 0
    const before = Number(await audience.locator('.aud').getAttribute('data-seq'));
    await presenter.locator('[data-votes="C"]').fill('16');
    await presenter.locator('[data-votes="C"]').press('Enter'); // C: 16
    await audience.waitForFunction(
      (b) => Number(document.querySelector('.aud')?.getAttribute('data-seq')) > b,
      before,
    );

    // Keyboard users keep their place: a focused vote button stays focused as the view re-renders.
    await presenter.locator('[data-vote-plus="B"]').focus();
    await press(w, 'Enter');
    await press(w, ' ');
    expect(await presenter.evaluate(() => document.activeElement?.getAttribute('data-vote-plus'))).toBe('B');
    await presenter.locator('[data-vote-minus="B"]').focus();
    await press(w, 'Enter');
    await press(w, 'Enter'); // B: 1 again
    await presenter.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

    expect(await presenter.locator('[data-votes="A"]').inputValue()).toBe('3');
    expect(await presenter.locator('[data-votes="B"]').inputValue()).toBe('1');
    expect(await presenter.locator('[data-votes="C"]').inputValue()).toBe('16');
    expect(await presenter.locator('[data-total]').getAttribute('data-total')).toBe('20');
    expect(await presenter.locator('[data-total]').textContent()).toContain('majority C');

    await press(w, 'r');
    expect(await audience.locator('.aud-phase').textContent()).toContain('20 votes.');
    const counts = await audience.locator('.aud-count').allTextContents();
    expect(counts).toEqual(['3 votes · 15%', '1 vote · 5%', '16 votes · 80%']);
    expect(await audience.locator('.aud-option.is-top').getAttribute('data-option')).toBe('C');

    // The debrief carries the split as the room's path, and the record exports it.
    await presenter.keyboard.press('3');
    await press(w, 'Enter');
    await press(w, 'd');
    expect(await audience.locator('[data-room-path] [data-decision="1"] [data-split]').textContent()).toBe(
      'A 3 · B 1 · C 16',
    );
    const [csv] = await Promise.all([
      presenter.waitForEvent('download'),
      presenter.locator('[data-export="csv"]').click(),
    ]);
    const text = readFileSync((await csv.path()) ?? '', 'utf8');
    expect(
      text
        .split('\r\n')
        .slice(1, 4)
        .map((l) => l.split(',').slice(3, 6).concat(l.split(',').slice(-8, -7))),
    ).toEqual([
      ['1', '1', 'A', '3'],
      ['1', '1', 'B', '1'],
      ['1', '1', 'C', '16'],
    ]);
    const [json] = await Promise.all([
      presenter.waitForEvent('download'),
      presenter.locator('[data-export="json"]').click(),
    ]);
    const record = JSON.parse(readFileSync((await json.path()) ?? '', 'utf8')) as {
      decisions: { votes: number[]; majority: number[] }[];
    };
    expect(record.decisions[0]).toMatchObject({ votes: [3, 1, 16], majority: [2] });
    expect(w.errors).toEqual([]);
    await closeWorkshop(w);
  });

  it('blackout hides everything on the projector, and B again brings it back', async () => {
    const w = await openWorkshop(browser);
    const { audience } = w;
    await toDecision(w);
    await press(w, 'b');
    expect((await visibleText(audience)).trim()).toBe('');
    const covered = await audience.evaluate(() => {
      const { innerWidth: width, innerHeight: height } = window;
      const points = [
        [width / 4, height / 2],
        [(3 * width) / 4, height / 2],
        [width / 2, 10],
      ];
      return points.every(([x, y]) =>
        document.elementFromPoint(x ?? 0, y ?? 0)?.hasAttribute('data-blackout'),
      );
    });
    expect(covered).toBe(true);
    expect(await w.presenter.locator('[data-action="blackout"]').getAttribute('aria-pressed')).toBe('true');
    await press(w, 'b');
    expect(await visibleText(audience)).toContain('What would you do?');
    await closeWorkshop(w);
  });

  it('keeps the session when the presenter window is closed and a new one picks it up', async () => {
    const w = await openWorkshop(browser);
    const { audience, presenter } = w;
    await toDecision(w);
    await presenter.keyboard.press('1');
    await press(w, '+');
    await press(w, 'Enter');
    await toDecision(w);
    await presenter.keyboard.press('2');
    await press(w, '+');
    await press(w, '+');
    const line = await audience.locator('.aud-line blockquote').textContent();
    await presenter.close();
    await audience.waitForTimeout(200);
    expect(await audience.locator('.aud-line blockquote').textContent()).toBe(line);
    expect(await atDecision(audience)).toBe(true);

    const again = await openPresenter(w);
    w.presenter = again;
    expect(await again.locator('[data-decision]').getAttribute('data-decision')).toBe('2');
    expect(await again.locator('[data-votes="B"]').inputValue()).toBe('2');
    expect(await again.locator('[data-current-line]').textContent()).toBe(line);
    await again.keyboard.press('2');
    await press(w, 'Enter');
    expect(await audience.locator('[data-played] .aud-letter').textContent()).toBe('B');
    expect(w.errors).toEqual([]);
    await closeWorkshop(w);
  });

  it('a second projector window mirrors the first; a reloaded projector keeps the meeting, reveal and blackout', async () => {
    const w = await openWorkshop(browser);
    await toDecision(w);
    await w.presenter.keyboard.press('3');
    await press(w, '+');
    await press(w, 'r');
    const second = await w.context.newPage();
    await second.goto(workshopUrl('audience', w.room, '&stage=off'));
    await second.waitForSelector('body[data-present-ready]');
    expect(await second.locator('.aud').getAttribute('data-mirror')).toBe('');
    expect(await second.locator('[data-option="C"] .aud-count').textContent()).toBe('1 vote · 100%');
    await press(w, 'Enter');
    await second.waitForSelector('[data-played]');
    expect(await second.locator('[data-played] .aud-letter').textContent()).toBe('C');
    await second.close();

    await toDecision(w);
    await w.presenter.keyboard.press('1');
    await press(w, '+');
    await press(w, 'r');
    await press(w, 'b');
    const line = await w.audience.locator('.aud-line blockquote').textContent();
    await w.audience.reload();
    await w.audience.waitForSelector('body[data-present-ready]');
    expect(await w.audience.locator('.aud').getAttribute('data-screen')).toBe('meeting');
    expect(await w.audience.locator('[data-blackout]').isVisible()).toBe(true);
    await w.presenter.waitForSelector('[data-connection="connected"]');
    await press(w, 'b');
    expect(await w.audience.locator('.aud-line blockquote').textContent()).toBe(line);
    expect(await w.audience.locator('[data-option="A"] .aud-count').textContent()).toBe('1 vote · 100%');
    await press(w, 'Backspace');
    expect(await w.presenter.locator('[data-votes="C"]').inputValue()).toBe('1');
    expect(w.errors).toEqual([]);
    await closeWorkshop(w);
  });

  it('answers the key map: → PageDown, R, F, Backspace, D, ., ? and N', async () => {
    const w = await openWorkshop(browser);
    const { audience, presenter } = w;
    await press(w, 'PageDown');
    expect(await audience.locator('.aud').getAttribute('data-screen')).toBe('meeting');
    await toDecision(w);
    await press(w, 'r');
    expect(await audience.locator('[data-revealed]').count()).toBeGreaterThan(0);
    await press(w, 'r');
    expect(await audience.locator('[data-revealed]').count()).toBe(0);
    await press(w, 'f');
    expect(await audience.locator('.aud-option.is-failing').getAttribute('data-option')).toBe('B');
    await press(w, 'Enter'); // plays the failing seller's choice it shows
    expect(await audience.locator('[data-played]').textContent()).toContain('What the failing seller did');
    await press(w, 'Backspace');
    expect(await atDecision(audience)).toBe(true);
    await press(w, 'd');
    expect(await audience.locator('.aud').getAttribute('data-screen')).toBe('debrief');
    await press(w, 'd');
    await press(w, '.');
    expect(await audience.locator('[data-blackout]').isVisible()).toBe(true);
    await press(w, '.');
    await presenter.keyboard.press('?');
    expect(await presenter.locator('[data-keymap]').getAttribute('data-open')).toBe('');
    expect(await presenter.locator('[data-keymap]').textContent()).toContain('Black out the projector');
    // Single screen: N opens the notes drawer on the projector, and its keys drive the meeting there.
    await audience.keyboard.press('n');
    expect(await audience.locator('[data-drawer]').isVisible()).toBe(true);
    expect(await audience.locator('[data-drawer] [data-decision]').getAttribute('data-decision')).toBe('1');
    await audience.keyboard.press('1');
    await press(w, '+', audience);
    await press(w, 'Enter', audience);
    expect(await audience.locator('[data-played] .aud-letter').textContent()).toBe('A');
    await audience.keyboard.press('n');
    expect(await audience.locator('[data-drawer]').isVisible()).toBe(false);
    expect(w.errors).toEqual([]);
    await closeWorkshop(w);
  });

  it('survives the projector: closed, it reopens restored; one that dies is "lost" within 3 s of the page clock', async () => {
    // A context of its own: the test installs a clock on it.
    const w = await openWorkshop(browser, { alone: true });
    const { presenter } = w;
    await toDecision(w);
    await presenter.keyboard.press('2');
    await press(w, '+');
    await press(w, '+');
    await press(w, 'r');
    await press(w, 'b');
    const line = await w.audience.locator('.aud-line blockquote').textContent();
    expect(await presenter.locator('.pv-thumb-banner').textContent()).toBe('BLACKED OUT');

    await w.audience.close();
    await presenter.waitForSelector('[data-connection="lost"]');
    const [reopened] = await Promise.all([
      w.context.waitForEvent('page'),
      presenter.locator('[data-open-audience]').click(),
    ]);
    await reopened.waitForSelector('body[data-present-ready]');
    w.audience = reopened;
    await presenter.waitForSelector('[data-connection="connected"]');
    expect(await reopened.locator('[data-blackout]').isVisible()).toBe(true);
    await press(w, 'b');
    expect(await reopened.locator('.aud-line blockquote').textContent()).toBe(line);
    expect(await reopened.locator('[data-option="B"] .aud-count').textContent()).toBe('2 votes · 100%');
    // The clicker finishes the decision: → plays the revealed majority.
    await press(w, 'PageDown');
    expect(await reopened.locator('[data-played] .aud-letter').textContent()).toBe('B');

    // The projector dies without a goodbye (its page frozen: no timers, no messages, no pagehide); 3 s pass
    // on the presenter's clock.
    await presenter.clock.install();
    const cdp = await w.context.newCDPSession(reopened);
    await cdp.send('Page.setWebLifecycleState', { state: 'frozen' });
    expect(await presenter.locator('[data-connection]').textContent()).toBe('Projector connected');
    // Each round is 3 s of silence on the presenter's clock; a beat the projector sent just before it froze
    // may still land after a round (and start the silence again), so the next round must then find it lost.
    await expect
      .poll(
        async () => {
          await presenter.clock.runFor(3000);
          return presenter.locator('[data-connection="lost"]').count();
        },
        { timeout: 60_000, interval: 200 },
      )
      .toBe(1);
    // The presenter drew the lost state whole (a page error would leave it half drawn, and the clock stands).
    expect(w.errors).toEqual([]);
    expect(await presenter.locator('[data-lost]').textContent()).toContain('it stopped answering');
    await closeWorkshop(w);
  });

  it('ignores forged and malformed messages from a third page, and stays quick under 5000 hellos', async () => {
    const w = await openWorkshop(browser);
    await toDecision(w);
    await w.presenter.keyboard.press('1');
    await press(w, '+');
    const intruder = await w.context.newPage();
    await intruder.goto(appUrl());
    await intruder.evaluate((room) => {
      const channel = new BroadcastChannel(`attune-workshop:${room}`);
      const forged = { protocol: 1, room, instance: 'forged', seq: 1e6, screen: 'intro', blackout: true };
      // Answers every message on the channel with forged states, plain and in a made-up envelope.
      channel.onmessage = () => {
        channel.postMessage({ kind: 'state', state: forged });
        channel.postMessage({
          attune: 'workshop',
          body: JSON.stringify({ kind: 'state', state: forged }),
          mac: 'x'.repeat(43),
        });
      };
      channel.postMessage({
        kind: 'command',
        id: 'evil',
        sentAt: Date.now(),
        command: { type: 'vote', index: 0, delta: 1e308 },
      });
      channel.postMessage({
        kind: 'command',
        id: 'evil-2',
        sentAt: Date.now(),
        command: { type: 'blackout' },
      });
      for (let i = 0; i < 5000; i++) channel.postMessage({ kind: 'hello', from: 'presenter', id: `h${i}` });
    }, w.room);
    // A reloaded projector asks who owns the room; only the intruder answers, and it is not believed.
    await w.audience.reload();
    await w.audience.waitForSelector('body[data-present-ready]');
    expect(await w.audience.locator('.aud').getAttribute('data-mirror')).toBeNull();
    expect(await atDecision(w.audience)).toBe(true);
    await w.presenter.waitForSelector('[data-connection="connected"]');
    await press(w, 'r');
    expect(await w.audience.locator('[data-option="A"] .aud-count').textContent()).toBe('1 vote · 100%');
    expect(await w.audience.locator('[data-blackout]').isVisible()).toBe(false);
    expect(await w.presenter.locator('.pv-h1').textContent()).toBe('The Hot Referral');
    expect(w.errors).toEqual([]);
    await closeWorkshop(w);
  });
});
