// xAPI from the built package in Chromium, to a small recording LRS on 127.0.0.1 (with CORS, as a real
// LRS) that the package was built with: the trainee plays on while the LRS cannot be reached; statements
// wait in the outbox, arrive in order once the LRS can be reached again, and each passes Learning Locker's
// statement validator. A launch URL naming another LRS sends that LRS nothing.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Statement } from '@xapi/xapi';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXT, VERBS } from '../../src/lms/xapi-statements.ts';
import { statementProblems } from '../lms/xapi-validator.ts';
import { cliPlay, launch } from './helpers.ts';
import { givePageBack, takePage } from './page-pool.ts';
import { startLmsHost, type LmsHost } from './lms-host.ts';
import { course, playInFrame } from './lms-play.ts';

let browser: Browser;
let host: LmsHost;
let lrs: Server;
let other: Server;
let endpoint = '';
let otherEndpoint = '';
const received: { headers: IncomingHttpHeaders; statements: Statement[] }[] = [];
/** Every request the other LRS received, of any kind (preflights included). */
const otherRequests: string[] = [];

function listen(server: Server): Promise<string> {
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () =>
      ok(`http://127.0.0.1:${(server.address() as AddressInfo).port}/xapi/`),
    ),
  );
}

function startLrs(): Promise<void> {
  lrs = createServer((req, res) => {
    const cors = {
      'access-control-allow-origin': '*',
      'access-control-allow-headers': 'Authorization, Content-Type, X-Experience-API-Version',
      'access-control-allow-methods': 'POST, PUT, GET, OPTIONS',
    };
    if (req.method === 'OPTIONS') {
      res.writeHead(204, cors);
      res.end();
      return;
    }
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const statements = JSON.parse(body) as Statement[];
      received.push({ headers: req.headers, statements });
      res.writeHead(200, {
        ...cors,
        'content-type': 'application/json',
        'x-experience-api-version': '1.0.3',
      });
      res.end(JSON.stringify(statements.map((s) => s.id)));
    });
  });
  return listen(lrs).then((url) => {
    endpoint = url;
  });
}

async function startOther(): Promise<void> {
  other = createServer((req, res) => {
    otherRequests.push(`${req.method} ${req.url}`);
    res.writeHead(200, { 'access-control-allow-origin': '*', 'access-control-allow-headers': '*' });
    res.end('[]');
  });
  otherEndpoint = await listen(other);
}

beforeAll(async () => {
  await Promise.all([startLrs(), startOther()]);
  [browser, host] = await Promise.all([
    launch(),
    startLmsHost({
      xapi: { endpoint, username: 'attune', password: 'secret' },
      outDir: 'test-results/lms-xapi',
    }),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
  await new Promise<void>((ok) => lrs?.close(() => ok()));
  await new Promise<void>((ok) => other?.close(() => ok()));
});

const all = () => received.flatMap((r) => r.statements);
const verbOf = (s: Statement) => s.verb.id.replace(/^.*\//, '');

async function until(check: () => boolean, what: string, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end)
      throw new Error(`timed out waiting for ${what}; received: ${all().map(verbOf).join(', ')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('xAPI', () => {
  it('queues statements while the LRS is unreachable and delivers all of them, valid and in order, once it is back', async () => {
    const cli = cliPlay('stories/hot-referral.ink', 'exemplary');
    const indices = cli.steps.filter((s) => s.type === 'choice').map((s) => s.index ?? -1);
    const auth = `Basic ${Buffer.from('attune:secret').toString('base64')}`;
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(host.url('scorm2004', 'launch-hot-referral.html'));
    const frame = await course(page);
    await until(() => all().some((s) => s.verb.id === VERBS.launched), 'launched');

    // The LRS becomes unreachable (the course itself is still served by the LMS): play goes on, and the
    // statements wait in the outbox.
    const lrsRoute = `${endpoint}**`;
    await context.route(lrsRoute, (route) => route.abort('internetdisconnected'));
    const offlineAt = all().length;
    const started = Date.now();
    await playInFrame(frame, indices, { decisions: 3 });
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(all().length).toBe(offlineAt);
    const waiting = await frame.evaluate(
      () => (JSON.parse(localStorage.getItem('attune:xapi-outbox:v1') ?? '[]') as unknown[]).length,
    );
    expect(waiting).toBeGreaterThanOrEqual(3);

    // The connection comes back and the browser says so: the outbox empties, in order; then the trainee
    // finishes the meeting.
    await context.unroute(lrsRoute);
    await frame.evaluate(() => window.dispatchEvent(new Event('online')));
    await until(() => all().filter((s) => s.verb.id === VERBS.answered).length >= 3, 'the queued answers');
    await playInFrame(frame, indices.slice(3));
    await until(() => all().some((s) => s.verb.id === VERBS.passed), 'passed');

    const statements = all();
    for (const s of statements) expect(statementProblems(s), JSON.stringify(s)).toEqual([]);
    expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
    const verbs = statements.map(verbOf);
    expect(verbs[0]).toBe('launched');
    expect(verbs.slice(-2)).toEqual(['completed', 'passed']);
    const answered = statements.filter((s) => s.verb.id === VERBS.answered);
    expect(answered.map((s) => s.result?.extensions?.[EXT.decision])).toEqual(indices.map((_, i) => i + 1));
    expect(answered.map((s) => s.result?.extensions?.[EXT.move])).toEqual(
      cli.steps.filter((s) => s.type === 'choice').map((s) => s.move),
    );
    const times = statements.map((s) => Date.parse(s.timestamp ?? ''));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(statements.at(-1)?.result).toMatchObject({
      success: true,
      score: { raw: cli.score.overall, min: 0, max: 100, scaled: cli.score.overall / 100 },
    });
    expect(statements[0]?.actor).toMatchObject({
      name: 'Lee, Ann',
      account: { name: 'emp-042', homePage: new URL(endpoint).origin },
    });
    expect(received.every((r) => r.headers.authorization === auth)).toBe(true);
    expect(received.every((r) => r.headers['x-experience-api-version'] === '1.0.3')).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a launch URL naming another endpoint, credentials or config sends nothing there: all goes to the package LRS', async () => {
    const cli = cliPlay('stories/hot-referral.ink', 'exemplary');
    const indices = cli.steps.filter((s) => s.type === 'choice').map((s) => s.index ?? -1);
    const before = all().length;
    const query = new URLSearchParams({
      endpoint: otherEndpoint,
      auth: `Basic ${Buffer.from('thief:pass').toString('base64')}`,
      actor: JSON.stringify({ mbox: 'mailto:someone@other.example' }),
      lmsconfig: `${otherEndpoint}config.json`,
      registration: '11111111-2222-4333-8444-555555555555',
    }).toString();
    const page = await takePage(browser);
    const blocked: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/.test(m.text())) blocked.push(m.text());
    });
    await page.goto(host.url('scorm2004', `launch-hot-referral.html?${query}`));
    const frame = await course(page);
    await playInFrame(frame, indices);
    await until(
      () =>
        all()
          .slice(before)
          .some((s) => s.verb.id === VERBS.passed),
      'passed at the package LRS',
    );
    const statements = all().slice(before);
    expect(statements.every((s) => s.context?.registration !== '11111111-2222-4333-8444-555555555555')).toBe(
      true,
    );
    expect(statements[0]?.actor).toMatchObject({ account: { name: 'emp-042' } });
    expect(otherRequests).toEqual([]);
    expect(blocked).toEqual([]);
    await givePageBack(page);
  });
});
