// Facilitator-mode latency: how long an action in the presenter view takes to show in the audience view.
// Builds the app, serves it on 127.0.0.1, opens the projector and the presenter as two pages of one
// Chromium context (same origin, so performance.timeOrigin + performance.now() compare across them), runs
// ~100 facilitator actions through a whole scenario, and prints median and p95 of:
//   dom   command stamped in the presenter → the audience DOM has changed (MutationObserver callback)
//   frame command stamped in the presenter → the next animation frame in the audience after that change
// and splits `dom` into the BroadcastChannel hop (stamp → the audience starts the command) and the
// projector's own work (session step, state, DOM).
// Goal: p95 of `dom` within one frame (16.7 ms). Usage: node scripts/bench-facilitator.js [--url <app url>]
//   [--actions 100] [--pace settled|rapid] [--no-stage] [--json]
// --pace settled (default): each action starts once the projector's stage has stopped moving, as when a
// facilitator acts, looks, acts again; --pace rapid: actions 40 ms apart, while the stage is still animating.   (--no-stage: the projector without the Phaser stage, for comparison)
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, ensureBrowser } from './ensure-browser.js';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const wantJson = args.includes('--json');
const noStage = args.includes('--no-stage');
const pace = option('pace', 'settled');
const target = Number(option('actions', '100'));
const log = (...m) => {
  if (!wantJson) console.log(...m);
};

function quantile(sorted, q) {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

async function serve() {
  const given = option('url', null);
  if (given) return { url: given, close: async () => undefined };
  const outDir = resolve(root, 'test-results/bench-facilitator-app');
  log('building the app…');
  await build({
    root,
    configFile: resolve(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  const server = await preview({
    root,
    configFile: resolve(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('the preview server did not report a port');
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}

// Runs in the audience page: records, per drawn state, when its DOM change was observed and the next frame.
function installProbe() {
  const seen = new Map();
  let last = document.querySelector('.aud')?.getAttribute('data-seq') ?? '';
  const observer = new MutationObserver(() => {
    const seq = document.querySelector('.aud')?.getAttribute('data-seq') ?? '';
    if (seq === last) return;
    last = seq;
    const record = { dom: performance.timeOrigin + performance.now(), frame: null };
    seen.set(Number(seq), record);
    requestAnimationFrame(() => {
      record.frame = performance.timeOrigin + performance.now();
    });
  });
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  window.__facilitatorProbe = () =>
    performance
      .getEntriesByName('attune:workshop-drawn')
      .map((mark) => ({ ...mark.detail, ...(seen.get(mark.detail.seq) ?? {}) }))
      .filter((row) => row.sentAt !== null && row.dom !== undefined);
}

async function main() {
  const executablePath = process.env.CHROMIUM_PATH ?? ensureBrowser({ log: (m) => console.error(m) });
  const app = await serve();
  const browser = await chromium.launch({
    executablePath,
    // The projector window is visible in a workshop: keep Chromium from throttling the background page.
    args: [
      ...CHROMIUM_ARGS,
      '--disable-renderer-backgrounding',
      '--disable-background-timer-throttling',
      '--disable-backgrounding-occluded-windows',
    ],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const room = `bench-${process.pid}`;
    const audience = await context.newPage();
    await audience.goto(
      `${app.url}?mode=present&story=hot-referral&room=${room}${noStage ? '&stage=off' : ''}`,
    );
    await audience.waitForSelector('body[data-present-ready]', { timeout: 60_000 });
    await audience.waitForSelector('body[data-stage-ready]', { timeout: 60_000 }).catch(() => undefined);
    await audience.evaluate(installProbe);
    const presenter = await context.newPage();
    await presenter.setViewportSize({ width: 1440, height: 900 });
    await presenter.goto(`${app.url}?mode=present&view=presenter&story=hot-referral&room=${room}`);
    await presenter.waitForSelector('[data-connection="connected"]', { timeout: 30_000 });
    // The projector is the window people look at: headless Chromium only draws frames for the front page.
    await audience.bringToFront();

    const seq = () =>
      audience.evaluate(() => Number(document.querySelector('.aud')?.getAttribute('data-seq')));
    let actions = 0;
    const act = async (key) => {
      const before = await seq();
      await presenter.keyboard.press(key);
      await audience.waitForFunction(
        (b) => Number(document.querySelector('.aud')?.getAttribute('data-seq')) > b,
        before,
        { polling: 5 },
      );
      actions++;
      if (pace === 'rapid') await audience.waitForTimeout(40);
      else {
        // A facilitator acts, looks at the projector, acts again: wait until the stage has stopped moving.
        await audience.waitForFunction(
          () => document.querySelector('canvas')?.dataset.idle !== 'false',
          undefined,
          {
            polling: 20,
          },
        );
      }
    };
    const deciding = () => audience.locator('.aud-ask:not([hidden])').isVisible();
    const ended = () => audience.locator('.aud-end').isVisible();

    while (actions < target) {
      if (await ended()) {
        await act('d'); // debrief on the projector
        await act('d');
        await act('b'); // blackout and back
        await act('b');
        await act('Backspace'); // rewind and play on
        continue;
      }
      if (await deciding()) {
        await presenter.keyboard.press('1');
        await act('+');
        await act('+');
        await presenter.keyboard.press('2');
        await act('+');
        await act('r');
        await act('f');
        await presenter.keyboard.press('1');
        await act('Enter');
      } else await act('ArrowRight');
    }

    const rows = await audience.evaluate(() => window.__facilitatorProbe());
    const dom = rows.map((r) => r.dom - r.sentAt).sort((a, b) => a - b);
    const wire = rows.map((r) => r.receivedAt - r.sentAt).sort((a, b) => a - b);
    const work = rows.map((r) => r.dom - r.receivedAt).sort((a, b) => a - b);
    const frame = rows
      .filter((r) => r.frame !== null)
      .map((r) => r.frame - r.sentAt)
      .sort((a, b) => a - b);
    const renderer = await audience.evaluate(
      () => document.querySelector('canvas')?.dataset.renderer ?? 'none',
    );
    const result = {
      pace,
      stage: !noStage,
      renderer,
      actions: dom.length,
      dom: { median: quantile(dom, 0.5), p95: quantile(dom, 0.95), max: dom.at(-1) },
      frame: { median: quantile(frame, 0.5), p95: quantile(frame, 0.95), max: frame.at(-1) },
      channel: { median: quantile(wire, 0.5), p95: quantile(wire, 0.95), max: wire.at(-1) },
      projector: { median: quantile(work, 0.5), p95: quantile(work, 0.95), max: work.at(-1) },
      goalP95: 16.7,
    };
    if (wantJson) console.log(JSON.stringify(result));
    else {
      const ms = (v) => `${v.toFixed(2)} ms`;
      log(
        `\nfacilitator: presenter action → audience view, ${result.actions} actions (hot-referral, 1920×1080, ${noStage ? 'no stage' : `stage: ${result.renderer} renderer`}, pace ${pace})`,
      );
      log(
        `  DOM updated     median ${ms(result.dom.median)}   p95 ${ms(result.dom.p95)}   max ${ms(result.dom.max)}`,
      );
      log(
        `    of which BroadcastChannel  median ${ms(result.channel.median)}   p95 ${ms(result.channel.p95)}   max ${ms(result.channel.max)}`,
      );
      log(
        `    of which projector work    median ${ms(result.projector.median)}   p95 ${ms(result.projector.p95)}   max ${ms(result.projector.max)}`,
      );
      log(
        `  next frame      median ${ms(result.frame.median)}   p95 ${ms(result.frame.p95)}   max ${ms(result.frame.max)}`,
      );
      log(`  goal: DOM p95 ≤ 16.7 ms (one frame) — ${result.dom.p95 <= 16.7 ? 'met' : 'NOT met'}`);
    }
    process.exitCode = result.dom.p95 <= 16.7 ? 0 : 1;
  } finally {
    await browser.close();
    await app.close();
  }
}

await main();
