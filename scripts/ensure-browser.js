#!/usr/bin/env node
// Finds a Chromium for the browser tests and the web benchmark. Order: $CHROMIUM_PATH, the system's
// chromium, Playwright's own cached browser. If none is found it installs one: Debian's `chromium` when
// apt-get is available and we run as root, otherwise Playwright's download where the network allows.
// If neither works it stops with a message saying how to get one. It never lets tests skip silently.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { createRequire } from 'node:module';

const SYSTEM = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

function executable(path) {
  if (!path) return false;
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function playwrightBrowser() {
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require('playwright-core');
    const path = chromium.executablePath();
    return executable(path) ? path : null;
  } catch {
    return null;
  }
}

export function findBrowser() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (executable(fromEnv)) return fromEnv;
    throw new Error(
      `CHROMIUM_PATH is set to "${fromEnv}", but no executable is there. Fix the path or unset it.`,
    );
  }
  return SYSTEM.find(executable) ?? playwrightBrowser();
}

function run(cmd, args, log) {
  log(`ensure-browser: ${cmd} ${args.join(' ')}`);
  const result = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'], timeout: 15 * 60_000 });
  return result.status === 0;
}

function hasCommand(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

export function ensureBrowser({ log = (m) => console.error(m) } = {}) {
  const found = findBrowser();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (hasCommand('apt-get') && isRoot) {
    log('ensure-browser: no Chromium found; installing Debian’s chromium package (one time)…');
    if (run('apt-get', ['update', '-qq'], log) && run('apt-get', ['install', '-y', '-qq', 'chromium'], log)) {
      const installed = findBrowser();
      if (installed) return installed;
    }
  }
  log('ensure-browser: trying Playwright’s Chromium download…');
  const require = createRequire(import.meta.url);
  let cli = null;
  try {
    cli = require.resolve('playwright-core/cli.js');
  } catch {
    cli = null;
  }
  if (cli && run(process.execPath, [cli, 'install', 'chromium'], log)) {
    const downloaded = playwrightBrowser();
    if (downloaded) return downloaded;
  }
  throw new Error(
    [
      'No Chromium was found for the browser tests, and none could be installed.',
      'Get one of these, then run the tests again:',
      '  • Debian/Ubuntu:  sudo apt-get install chromium',
      '  • any system with network access:  npx playwright-core install chromium',
      '  • an existing Chrome or Chromium:  export CHROMIUM_PATH=/path/to/chromium',
    ].join('\n'),
  );
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(ensureBrowser());
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
