#!/usr/bin/env node
// Screenshots of every screen for a before/after comparison: title, meeting at a decision (and at the seat
// decision), debrief, watch-the-failure (prediction and reveal), projector and presenter views (title slide,
// a decision, a revealed decision), at 1920×1080 and 390×844.
//   node scripts/shoot-screens.js <built-app-dir> <out-dir>
// Build the app first (`npx vite build --outDir <built-app-dir>`). The same keys are pressed in the same
// order every run, so two runs show the same moments of the same story.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS, ensureBrowser } from './ensure-browser.js';

const [built, out] = process.argv.slice(2);
if (!built || !out) {
  console.error('usage: node scripts/shoot-screens.js <built-app-dir> <out-dir>');
  process.exit(2);
}
const root = resolve(import.meta.dirname, '..');
mkdirSync(out, { recursive: true });

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 390, height: 844 },
];

const server = await preview({
  root,
  configFile: resolve(root, 'vite.config.ts'),
  logLevel: 'warn',
  build: { outDir: resolve(built) },
  preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
});
const address = server.httpServer.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
const browser = await chromium.launch({ executablePath: ensureBrowser(), args: CHROMIUM_ARGS });

const settle = async (page) => {
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
  await page.waitForFunction(() => {
    const canvas = document.querySelector('canvas');
    return !canvas || canvas.dataset.idle === 'true';
  });
};
const shoot = async (page, name) => {
  await settle(page);
  await page.screenshot({ path: resolve(out, `${name}.png`) });
  console.log(`${name}.png`);
};

/** 'choices', 'continue', 'end' or 'debrief', once the panel shows one of them. */
const controls = async (page) =>
  (
    await page.waitForFunction(() => {
      if (document.querySelector('.debrief')) return 'debrief';
      if (document.querySelector('.choices .choice')) return 'choices';
      const c = document.querySelector('[data-continue]');
      if (c) return c.textContent?.includes('debrief') ? 'end' : 'continue';
      return false;
    })
  ).jsonValue();

const lastLine = (page) => page.locator('.thread .line').last().getAttribute('data-line');

async function press(page, key) {
  const before = await lastLine(page);
  await page.keyboard.press(key);
  await page.waitForFunction(
    (b) =>
      document.querySelector('.thread .line:last-child')?.getAttribute('data-line') !== b ||
      !!document.querySelector('.choices .choice') ||
      !!document.querySelector('.debrief'),
    before,
  );
}

async function trainee(size, tag) {
  const context = await browser.newContext({ viewport: size });
  const page = await context.newPage();
  await page.goto(base);
  await page.waitForSelector('.card');
  await shoot(page, `title-${tag}`);
  await page.locator('[data-story="hot-referral"] [data-action="play"]').click();
  let decisions = 0;
  let seats = false;
  for (let guard = 0; guard < 400; guard++) {
    const screen = await controls(page);
    if (screen === 'debrief') break;
    if (screen === 'end') {
      await page.keyboard.press('Enter');
      await page.waitForSelector('.debrief');
      break;
    }
    if (screen === 'choices') {
      decisions++;
      if (decisions === 1) await shoot(page, `meeting-decision-${tag}`);
      if (!seats && (await page.locator('.seat-tag').count()) > 0) {
        seats = true;
        await shoot(page, `meeting-seats-${tag}`);
      }
      await press(page, '1');
    } else await press(page, 'Enter');
  }
  await page.waitForSelector('.debrief');
  await shoot(page, `debrief-${tag}`);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await shoot(page, `debrief-end-${tag}`);

  await page.goto(`${base}#/watch/hot-referral`);
  await page.waitForSelector('.watch-prompt', { timeout: 60_000 });
  await shoot(page, `watch-predict-${tag}`);
  await page.keyboard.press('1');
  await page.waitForSelector('[data-reveal-card]');
  await shoot(page, `watch-reveal-${tag}`);
  await context.close();
}

async function workshop(size, tag) {
  const context = await browser.newContext({ viewport: size });
  const room = `shots-${tag}`;
  const url = (view) =>
    `${base}?mode=present&story=hot-referral&room=${room}${view === 'presenter' ? '&view=presenter' : '&renderer=canvas'}`;
  const audience = await context.newPage();
  await audience.goto(url('audience'));
  await audience.waitForSelector('body[data-present-ready]');
  await audience.waitForSelector('body[data-stage-ready]', { timeout: 60_000 });
  const presenter = await context.newPage();
  await presenter.goto(url('presenter'));
  await presenter.waitForSelector('[data-connection="connected"]');
  const seq = async () => Number(await audience.locator('.aud').getAttribute('data-seq'));
  const key = async (k) => {
    const before = await seq();
    await presenter.keyboard.press(k);
    await audience.waitForFunction(
      (b) => Number(document.querySelector('.aud')?.getAttribute('data-seq')) > b,
      before,
    );
    await presenter.waitForFunction(
      (s) => Number(document.querySelector('[data-seq]')?.getAttribute('data-seq')) >= s,
      await seq(),
    );
  };
  const both = async (name) => {
    await audience.bringToFront();
    await shoot(audience, `projector-${name}-${tag}`);
    await presenter.bringToFront();
    await shoot(presenter, `presenter-${name}-${tag}`);
  };
  await both('title');
  await key('ArrowRight');
  await key('ArrowRight');
  await both('meeting');
  for (let guard = 0; guard < 40; guard++) {
    if (await audience.locator('.aud-ask:not([hidden])').isVisible()) break;
    await key('ArrowRight');
  }
  await both('decision');
  await presenter.keyboard.press('1');
  for (let i = 0; i < 5; i++) await key('+');
  await presenter.keyboard.press('2');
  for (let i = 0; i < 2; i++) await key('+');
  await key('r');
  await key('f');
  await both('revealed');
  await key('Enter');
  await both('after-choice');
  await key('d');
  await both('debrief');
  await context.close();
}

try {
  for (const size of SIZES) {
    const tag = `${size.width}x${size.height}`;
    await trainee(size, tag);
    await workshop(size, tag);
  }
} finally {
  await browser.close();
  await server.close();
}
