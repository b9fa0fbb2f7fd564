// xAPI: statements a real LRS accepts, sent in order, kept while the LRS is away, never in the game's way.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Statement } from '@xapi/xapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectLms } from '../../src/lms/connect-lms.ts';
import { resolveLmsConfig } from '../../src/lms/lms-config.ts';
import { lmsLaunchRequest } from '../../src/lms/launch-request.ts';
import { StatementQueue, storageQueueStore, type SendOutcome } from '../../src/lms/xapi-queue.ts';
import { lrsSender } from '../../src/lms/xapi-sender.ts';
import { EXT, VERBS } from '../../src/lms/xapi-statements.ts';
import { followPath, playChoices } from '../../src/session/index.ts';
import { storyJson } from '../helpers/compiled-stories.ts';
import { cmiOf, frameWindow, newScorm12, newSession, request, startRun } from './lms-fixtures.ts';
import { statementProblems } from './xapi-validator.ts';

const hotReferral = storyJson('hot-referral');

class MemoryStorage implements Storage {
  private map = new Map<string, string>();
  get length() {
    return this.map.size;
  }
  clear() {
    this.map.clear();
  }
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
  setItem(key: string, value: string) {
    this.map.set(key, value);
  }
}

/** A queue whose sender records batches and answers from a script of outcomes. */
function scriptedQueue(outcomes: SendOutcome[]) {
  const sent: Statement[][] = [];
  const timers: (() => void)[] = [];
  const queue = new StatementQueue({
    store: storageQueueStore(new MemoryStorage()),
    send: async (batch) => {
      const outcome = outcomes.shift() ?? 'sent';
      if (outcome === 'sent') sent.push(batch);
      return outcome;
    },
    batchSize: 2,
    setTimer: (fn) => {
      timers.push(fn);
      return () => undefined;
    },
  });
  return { queue, sent, timers };
}

const statement = (n: number): Statement => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  actor: { mbox: 'mailto:ann@example.com' },
  verb: { id: VERBS.experienced },
  object: { id: `urn:attune:test/${n}` },
});

describe('statements', () => {
  it('a full run yields launched, experienced, answered per decision, completed and passed, all valid xAPI', async () => {
    const sent: Statement[] = [];
    const fetchStub: typeof fetch = async (_url, init) => {
      sent.push(...(JSON.parse(String(init?.body)) as Statement[]));
      return new Response('[]', { status: 200, headers: { 'content-type': 'application/json' } });
    };
    let n = 0;
    const lms = await connectLms(
      request({
        scorm: null,
        xapiSource: 'launch',
        packaged: true,
        params: { endpoint: 'https://lrs.example.com/xapi', auth: 'Basic YTpi' },
      }),
      {
        win: frameWindow({}),
        storage: new MemoryStorage(),
        loadStory: async () => hotReferral,
        fetch: fetchStub,
        uuid: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
      },
    );
    const session = newSession();
    startRun(lms, session);
    followPath(session, 'exemplary');
    await lms.xapi?.queue.flush();

    const verbs = sent.map((s) => s.verb.id.replace(/^.*\//, ''));
    const decisions = session.snapshot().decisions.length;
    expect(verbs[0]).toBe('launched');
    expect(verbs.filter((v) => v === 'answered')).toHaveLength(decisions);
    expect(verbs).toContain('experienced');
    expect(verbs.slice(-2)).toEqual(['completed', 'passed']);
    for (const s of sent) expect(statementProblems(s), JSON.stringify(s)).toEqual([]);
    expect(sent.map((s) => Date.parse(s.timestamp ?? ''))).toEqual(
      [...sent.map((s) => Date.parse(s.timestamp ?? ''))].sort((a, b) => a - b),
    );

    const answered = sent.find((s) => s.verb.id === VERBS.answered);
    expect(answered?.result).toMatchObject({
      response: 'ask-nadia-what-daniel-is-hoping-to-get-from-toda',
      success: true,
      extensions: { [EXT.move]: 'follow-sponsor', [EXT.phase]: 1, [EXT.alignment]: 1, [EXT.attunement]: 2 },
    });
    expect(answered?.object).toMatchObject({
      id: expect.stringMatching(/^urn:attune:scenario\/hot-referral\/decision\/lobby-[0-9a-z]+$/),
      definition: {
        interactionType: 'choice',
        correctResponsesPattern: ['ask-nadia-what-daniel-is-hoping-to-get-from-toda'],
      },
    });
    expect(answered?.result?.extensions?.[EXT.decision]).toBe(1);
    const completed = sent.at(-2);
    const overall = session.report().overall;
    expect(completed?.result?.score).toEqual({ raw: overall, min: 0, max: 100, scaled: overall / 100 });
    expect(new Set(sent.map((s) => s.context?.registration)).size).toBe(1);
    expect(lms.problems).toEqual([]);
  });

  it('uses the SCORM learner as the actor when both SCORM and xAPI are on', async () => {
    const api = newScorm12({ core: { student_id: 'emp-042', student_name: 'Lee, Ann' } });
    const sent: Statement[] = [];
    const lms = await connectLms(
      request({ scorm: 'scorm12', configUrl: 'lms-config.json', packaged: true }),
      {
        win: frameWindow({ API: api }),
        storage: null,
        loadStory: async () => hotReferral,
        readConfig: async () => ({ xapi: { endpoint: 'https://lrs.example.com/xapi/' } }),
        fetch: async (_u, init) => {
          sent.push(...(JSON.parse(String(init?.body)) as Statement[]));
          return new Response('[]');
        },
      },
    );
    const session = newSession();
    startRun(lms, session);
    await lms.xapi?.queue.flush();
    expect(sent[0]?.actor).toEqual({
      objectType: 'Agent',
      name: 'Lee, Ann',
      account: { homePage: 'https://lrs.example.com', name: 'emp-042' },
    });
  });
});

describe('the outbox', () => {
  it('keeps statements through failures and delivers them in their original order', async () => {
    const { queue, sent, timers } = scriptedQueue(['retry', 'retry', 'sent', 'sent', 'sent']);
    queue.enqueue([statement(1), statement(2), statement(3)]);
    await queue.flush();
    expect(sent).toEqual([]);
    expect(queue.pending).toBe(3);
    queue.enqueue(statement(4));
    await queue.flush();
    timers.shift()?.();
    await queue.flush();
    expect(sent.flat().map((s) => s.id)).toEqual([1, 2, 3, 4].map((n) => statement(n).id));
    expect(queue.pending).toBe(0);
  });

  it('survives a reload: what one launch could not send, the next one sends first', async () => {
    const storage = new MemoryStorage();
    const offline = new StatementQueue({
      store: storageQueueStore(storage),
      send: async () => 'retry',
      setTimer: () => () => undefined,
    });
    offline.enqueue([statement(1), statement(2)]);
    await offline.flush();
    const sent: Statement[] = [];
    const online = new StatementQueue({
      store: storageQueueStore(storage),
      send: async (batch) => {
        sent.push(...batch);
        return 'sent';
      },
    });
    online.enqueue(statement(3));
    await online.flush();
    expect(sent.map((s) => s.id)).toEqual([1, 2, 3].map((n) => statement(n).id));
    expect(storage.length).toBe(0);
  });

  it('drops a batch the LRS rejects as invalid instead of blocking everything behind it', async () => {
    const { queue, sent } = scriptedQueue(['drop', 'sent']);
    queue.enqueue([statement(1), statement(2), statement(3)]);
    await queue.flush();
    expect(sent.flat().map((s) => s.id)).toEqual([statement(3).id]);
  });

  it('an unreachable LRS never blocks play', async () => {
    const never: typeof fetch = () => new Promise<Response>(() => undefined);
    const lms = await connectLms(
      request({ scorm: null, xapiSource: 'launch', params: { endpoint: 'https://lrs.invalid/xapi/' } }),
      {
        win: frameWindow({}),
        storage: new MemoryStorage(),
        loadStory: async () => hotReferral,
        fetch: never,
      },
    );
    const session = newSession();
    const started = performance.now();
    startRun(lms, session);
    followPath(session, 'exemplary');
    expect(session.state).toBe('ended');
    expect(performance.now() - started).toBeLessThan(2000);
    expect(lms.xapi?.queue.pending).toBeGreaterThan(10);
  });
});

describe('talking to a real HTTP endpoint', () => {
  let server: Server;
  let endpoint = '';
  const received: { headers: IncomingMessage['headers']; body: Statement[] }[] = [];
  let status = 200;

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        if (status === 200) received.push({ headers: req.headers, body: JSON.parse(body) as Statement[] });
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(status === 200 ? '[]' : '{"message":"nope"}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/xapi/`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('POSTs batches to <endpoint>/statements with the version and auth headers', async () => {
    const send = lrsSender({
      endpoint,
      auth: 'Basic YTpi',
      actor: null,
      registration: null,
      activityBase: 'urn:x',
      homePage: 'https://lms.example.com',
    });
    expect(await send([statement(1)])).toBe('sent');
    expect(received[0]?.headers).toMatchObject({
      authorization: 'Basic YTpi',
      'x-experience-api-version': '1.0.3',
      'content-type': 'application/json',
    });
    expect(received[0]?.body.map((s) => s.id)).toEqual([statement(1).id]);
  });

  it('sorts the answers: 409 already stored, 400 invalid, 503 and network errors retried', async () => {
    const send = lrsSender({
      endpoint,
      auth: null,
      actor: null,
      registration: null,
      activityBase: 'urn:x',
      homePage: 'https://lms.example.com',
    });
    const outcomes: Record<number, SendOutcome> = {};
    for (const code of [409, 400, 401, 503]) {
      status = code;
      outcomes[code] = await send([statement(9)]);
    }
    status = 200;
    expect(outcomes).toEqual({ 409: 'sent', 400: 'drop', 401: 'retry', 503: 'retry' });
    const dead = lrsSender({
      endpoint: 'http://127.0.0.1:9/xapi/',
      auth: null,
      actor: null,
      registration: null,
      activityBase: 'urn:x',
      homePage: 'https://lms.example.com',
    });
    expect(await dead([statement(1)])).toBe('retry');
  });
});

describe('configuration', () => {
  const tinCanQuery =
    '?endpoint=https%3A%2F%2Flrs.example.com%2Fxapi&auth=Basic%20x&actor=%7B%22mbox%22%3A%5B%22mailto%3Aann%40example.com%22%5D%2C%22name%22%3A%5B%22Ann%22%5D%7D';

  it('loads nothing for a plain launch, and never takes an LRS from the URL of the standalone app', () => {
    expect(lmsLaunchRequest({ dataset: {} }, '')).toBeNull();
    expect(lmsLaunchRequest({ dataset: {} }, '?renderer=canvas')).toBeNull();
    expect(lmsLaunchRequest({ dataset: {} }, tinCanQuery)).toBeNull();
    expect(lmsLaunchRequest({ dataset: {} }, '?lmsconfig=https%3A%2F%2Fevil.example%2Fc.json')).toBeNull();
    expect(
      lmsLaunchRequest(
        { dataset: { attuneLms: 'scorm12', attuneStory: 'hot-referral' } },
        '?story=x&lms=cmi5',
      ),
    ).toMatchObject({ scorm: 'scorm12', story: 'hot-referral', packaged: true, xapiSource: 'file' });
  });

  it('a package built with an LRS ignores the endpoint, credentials, actor and config location in the URL', () => {
    const req = lmsLaunchRequest(
      { dataset: { attuneLms: 'scorm2004', attuneConfig: 'lms-config.json' } },
      `${tinCanQuery}&registration=0f6a3c1e-1f7b-4f1e-9d7c-1d2e3f4a5b6c&lmsconfig=https%3A%2F%2Fevil.example%2Fc.json&passing=0`,
    );
    expect(req?.configUrl).toBe('lms-config.json');
    const config = resolveLmsConfig(req ?? request(), {
      passingScore: 60,
      xapi: { endpoint: 'https://lrs.attune.example/xapi/', auth: 'Basic cGtn' },
    });
    expect(config).toMatchObject({
      passingScore: 60,
      xapi: {
        endpoint: 'https://lrs.attune.example/xapi/',
        auth: 'Basic cGtn',
        actor: null,
        registration: null,
        homePage: 'https://lrs.attune.example',
      },
    });
    expect(config.warnings.join('\n')).toMatch(
      /endpoint, auth, actor, registration, lmsconfig were ignored[\s\S]*--xapi-from-launch/,
    );
  });

  it('a package built to take the LRS from the launch takes all of it from there, and nothing from the file', () => {
    const req = lmsLaunchRequest(
      { dataset: { attuneLms: 'xapi', attuneConfig: 'lms-config.json', attuneXapi: 'launch' } },
      tinCanQuery,
    );
    expect(req).toMatchObject({ xapiSource: 'launch', packaged: true });
    const config = resolveLmsConfig(req ?? request(), {
      passingScore: 60,
      xapi: { endpoint: 'https://other.example.com/', username: 'pkg', password: 'secret' },
    });
    expect(config).toMatchObject({
      passingScore: 60,
      xapi: {
        endpoint: 'https://lrs.example.com/xapi/',
        auth: 'Basic x',
        actor: { mbox: 'mailto:ann@example.com', name: 'Ann' },
        homePage: 'https://lrs.example.com',
      },
      warnings: [],
    });
    const bare = resolveLmsConfig(
      lmsLaunchRequest({ dataset: { attuneLms: 'xapi', attuneXapi: 'launch' } }, '?x=1') ?? request(),
      { xapi: { endpoint: 'https://other.example.com/', username: 'pkg', password: 'secret' } },
    );
    expect(bare.xapi).toBeNull();
  });

  it('builds Basic auth from a config file username and password, and names the fix for bad values', () => {
    const config = resolveLmsConfig(request({ params: { passing: '150' } }), {
      xapi: { endpoint: 'ftp://nope', username: 'a', password: 'b' },
    });
    expect(config.passingScore).toBe(70);
    expect(config.xapi).toBeNull();
    expect(config.warnings.join('\n')).toMatch(/not a number from 0 to 100[\s\S]*not an http\(s\) URL/);
    const ok = resolveLmsConfig(request(), {
      xapi: { endpoint: 'https://lrs.example.com/xapi/', username: 'a', password: 'b' },
    });
    expect(ok.xapi?.auth).toBe(`Basic ${btoa('a:b')}`);
  });

  it('a session started through the hooks with no LMS and no LRS plays unchanged', async () => {
    const lms = await connectLms(request({ scorm: null }), {
      win: frameWindow({}),
      storage: null,
      loadStory: async () => hotReferral,
    });
    const session = newSession();
    startRun(lms, session);
    playChoices(session, [0, 0]);
    expect(session.snapshot().decisions).toHaveLength(2);
    expect(lms.problems).toEqual([]);
  });
});

describe('xAPI across learners and launches', () => {
  async function launchWithLrs(o: {
    api?: ReturnType<typeof newScorm12>;
    sent: Statement[];
    now: { t: number };
    uuid?: () => string;
  }) {
    return connectLms(
      request({ scorm: o.api ? 'scorm12' : null, configUrl: 'lms-config.json', packaged: true }),
      {
        win: frameWindow(o.api ? { API: o.api } : {}),
        storage: new MemoryStorage(),
        loadStory: async () => hotReferral,
        readConfig: async () => ({ xapi: { endpoint: 'https://lrs.example.com/xapi/' } }),
        clock: () => (o.now.t += 1000),
        ...(o.uuid ? { uuid: o.uuid } : {}),
        fetch: async (_u, init) => {
          o.sent.push(...(JSON.parse(String(init?.body)) as Statement[]));
          return new Response('[]');
        },
      },
    );
  }

  it(
    'every activity id has one definition, whichever learner, path or choices reached it',
    { timeout: 30_000 },
    async () => {
      const sent: Statement[] = [];
      const runs: ((s: ReturnType<typeof newSession>) => void)[] = [
        (s) => followPath(s, 'exemplary'),
        (s) => followPath(s, 'bregman'),
        (s) => playChoices(s, new Array<number>(30).fill(0)),
        (s) => playChoices(s, new Array<number>(30).fill(1)),
        (s) => playChoices(s, [2, 1, 0, 2, 1, 0, 2, 1, 0, 2, 1, 0, 2, 1, 0]),
      ];
      for (const run of runs) {
        const lms = await launchWithLrs({ sent, now: { t: 0 } });
        const session = newSession();
        startRun(lms, session);
        run(session);
        await lms.xapi?.queue.flush();
      }
      const activities = sent.flatMap((s) => [
        s.object,
        ...Object.values(s.context?.contextActivities ?? {}).flat(),
      ]) as { id: string; definition?: unknown }[];
      const byId = new Map<string, string[]>();
      for (const a of activities) byId.set(a.id, [...(byId.get(a.id) ?? []), JSON.stringify(a.definition)]);
      const differing = [...byId].filter(([, defs]) => new Set(defs).size > 1).map(([id]) => id);
      expect(differing).toEqual([]);
      const answeredIds = new Set(
        sent.filter((s) => s.verb.id === VERBS.answered).map((s) => (s.object as { id: string }).id),
      );
      expect(answeredIds.size).toBeGreaterThan(8);
      for (const s of sent) expect(statementProblems(s), JSON.stringify(s)).toEqual([]);
    },
  );

  it(
    'a resumed attempt keeps its registration, and completed covers the time of both launches',
    { timeout: 30_000 },
    async () => {
      const sent: Statement[] = [];
      const now = { t: Date.UTC(2026, 10, 27, 9) };
      const first = newScorm12({ core: { student_id: 'emp-042', student_name: 'Lee, Ann' } });
      const win1 = await launchWithLrs({ api: first, sent, now });
      const played = newSession();
      startRun(win1, played);
      playChoices(played, [0, 0]);
      now.t += 600_000; // ten minutes in the first launch
      win1.finish();
      await win1.xapi?.queue.flush();
      const stored = cmiOf(first).cmi;
      const second = newScorm12({
        core: { student_id: 'emp-042', student_name: 'Lee, Ann', entry: 'resume' },
        suspend_data: stored.suspend_data,
      });
      const win2 = await launchWithLrs({ api: second, sent, now });
      const resumed = newSession();
      startRun(win2, resumed);
      followPath(resumed, 'exemplary');
      await win2.xapi?.queue.flush();
      expect(new Set(sent.map((s) => s.context?.registration)).size).toBe(1);
      expect(sent.map((s) => s.verb.id.replace(/^.*\//, ''))).toContain('resumed');
      const completed = sent.find((s) => s.verb.id === VERBS.completed);
      const seconds = Number(/(\d+)M/.exec(completed?.result?.duration ?? '')?.[1] ?? 0) * 60;
      expect(seconds).toBeGreaterThanOrEqual(600);
      expect(new Set(sent.map((s) => JSON.stringify(s.actor))).size).toBe(1);
    },
  );
});
