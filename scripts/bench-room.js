// `npm run bench:room`: the room relay under a workshop's load, measured (never asserted in a test).
// 1. One relay process holds ROOMS rooms of PHONES phones; in each round every phone votes at once, and
//    the time from a phone's vote to that ballot reaching its room's presenter is measured (p50/p95/max).
//    Budget: p95 <= 250 ms.
// 2. Two relay processes over a real redis-server carry one room, half its phones on each; the node half
//    the phones are on is killed (SIGKILL); they reconnect to the other node, and every vote is still
//    there, counted once.
// Options: --rooms 20 --phones 50 --rounds 3 (env BENCH_ROOMS, BENCH_PHONES, BENCH_ROUNDS).
import { fork, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import WebSocket from 'ws';
import {
  ballotKey,
  connectRoom,
  createRoom,
  newPhoneSecret,
  REDIS_BINARY,
  ROOM_MAPS,
  socketUrl,
  startRedis,
} from '../dist-server/bench-room-kit.js';

const { values } = parseArgs({
  options: {
    rooms: { type: 'string', default: process.env.BENCH_ROOMS ?? '20' },
    phones: { type: 'string', default: process.env.BENCH_PHONES ?? '50' },
    rounds: { type: 'string', default: process.env.BENCH_ROUNDS ?? '3' },
    'phones-worker': { type: 'boolean', default: false },
  },
});
const ROOMS = Number(values.rooms);
const PHONES = Number(values.phones);
const ROUNDS = Number(values.rounds);
const BUDGET_P95_MS = 250;
const dir = mkdtempSync(join(tmpdir(), 'attune-bench-room-'));
const children = new Set();

/** Starts `dist-server/room.js` as its own process; resolves with its port once it says it listens. */
function startRelayProcess(name, extra = []) {
  const child = spawn(
    process.execPath,
    [
      'dist-server/room.js',
      '--port',
      '0',
      '--host',
      '127.0.0.1',
      '--static',
      'none',
      '--quiet',
      '--name',
      name,
      '--data',
      join(dir, 'relay.sqlite'),
      ...extra,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  children.add(child);
  child.once('exit', () => children.delete(child));
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk) => {
      output += chunk.toString();
      const match = /listening on port (\d+)/.exec(output);
      if (match) resolve({ child, url: `http://127.0.0.1:${match[1]}` });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`relay ${name} exited (${code}):\n${output}`)));
  });
}

/** Resolves when `check()` holds, checking on every change of `clients` and every 20 ms. */
function until(check, what, timeoutMs = 60_000) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const timer = setInterval(() => {
      if (check()) {
        clearInterval(timer);
        resolve(performance.now() - started);
      } else if (performance.now() - started > timeoutMs) {
        clearInterval(timer);
        reject(new Error(`Timed out after ${timeoutMs / 1000} s waiting for ${what}`));
      }
    }, 20);
  });
}

const voterOf = (room, secret) => createHash('sha256').update(`${room}:${secret}`).digest('hex').slice(0, 32);
const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const decisionState = (number, revealed = false) => ({
  kind: 'state',
  state: {
    protocol: 1,
    seq: number * 2 + (revealed ? 1 : 0),
    instance: 'bench',
    room: 'bench',
    screen: 'meeting',
    blackout: false,
    card: { title: 'Bench' },
    decision: {
      key: `${number}:a|b|c|d`,
      number,
      revealed,
      votes: [0, 0, 0, 0],
      options: ['A', 'B', 'C', 'D'].map((letter) => ({ letter, text: `Option ${letter}` })),
    },
  },
});

function phone(urls, room) {
  const secret = newPhoneSecret();
  const client = connectRoom({
    url: urls,
    room: room.room,
    role: 'phone',
    phoneSecret: secret,
    WebSocketPolyfill: WebSocket,
  });
  return { client, secret, voter: voterOf(room.room, secret) };
}

function presenter(urls, room) {
  return connectRoom({
    url: urls,
    room: room.room,
    role: 'facilitator',
    key: room.key,
    WebSocketPolyfill: WebSocket,
  });
}

const wallClock = () => Date.now();
const WORKERS = 2;

/** A process of phones (the load a room's phones make comes from other devices, not the presenter's). */
function startPhoneWorker() {
  const child = fork(fileURLToPath(import.meta.url), ['--phones-worker'], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  const waiting = [];
  child.on('message', (message) => waiting.shift()?.(message));
  return { child, ask: (message) => new Promise((resolve) => (waiting.push(resolve), child.send(message))) };
}

/** The phone worker: joins its share of phones, and on each round makes them all vote at once. */
async function phonesWorker() {
  let phones = [];
  process.on('message', async (message) => {
    if (message.type === 'join') {
      phones = message.rooms.flatMap((room) =>
        Array.from({ length: message.perRoom }, () => ({ room, ...phone(message.urls, room) })),
      );
      await Promise.all(phones.map((p) => p.client.ready()));
      process.send({ type: 'joined' });
    } else if (message.type === 'vote') {
      await until(
        () => phones.every((p) => p.client.snapshot.view?.decision?.key === message.key),
        'the decision on every phone',
      );
      const sentAt = [];
      const replies = [];
      phones.forEach((p, i) => {
        sentAt.push([`${p.room.room} ${ballotKey(message.key, p.voter)}`, wallClock()]);
        replies.push(p.client.vote(message.key, (i + message.round) % 4));
      });
      const refused = (await Promise.all(replies)).filter((r) => r.t !== 'vote-counted');
      if (refused.length > 0)
        console.log(`  ${refused.length} votes refused, e.g. ${JSON.stringify(refused[0])}`);
      process.send({ type: 'sent', sentAt });
    } else if (message.type === 'close') {
      for (const p of phones) p.client.close();
      process.exit(0);
    }
  });
}

async function oneProcess() {
  const relay = await startRelayProcess('bench-one');
  const ws = [socketUrl(relay.url)];
  const rooms = [];
  for (let r = 0; r < ROOMS; r++) {
    const room = await createRoom(relay.url);
    const host = presenter(ws, room);
    await host.ready();
    rooms.push({ room, host });
  }
  const workers = Array.from({ length: WORKERS }, startPhoneWorker);
  // Each worker holds every room's share of phones, so every room's votes come from both processes.
  await Promise.all(
    workers.map((w, i) =>
      w.ask({
        type: 'join',
        urls: ws,
        rooms: rooms.map((r) => r.room),
        perRoom: Math.floor(PHONES / WORKERS) + (i < PHONES % WORKERS ? 1 : 0),
      }),
    ),
  );
  console.log(
    `  ${ROOMS} rooms × ${PHONES} phones connected to one relay process (phones in ${WORKERS} processes, presenters in a third)`,
  );
  const arrived = new Map();
  for (const r of rooms) {
    r.host.doc.getMap(ROOM_MAPS.ballots).observe((event) => {
      const now = wallClock();
      for (const key of event.keysChanged) arrived.set(`${r.room.room} ${key}`, now);
    });
  }
  const all = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const key = `${round}:a|b|c|d`;
    arrived.clear();
    for (const r of rooms) r.host.sendToFacilitators(decisionState(round));
    const sent = (await Promise.all(workers.map((w) => w.ask({ type: 'vote', round, key })))).flatMap(
      (m) => m.sentAt,
    );
    await until(
      () => rooms.every((r) => r.host.voted(key) === PHONES),
      `all ${ROOMS * PHONES} ballots at the presenters`,
    );
    const latencies = sent.map(([ballot, at]) => arrived.get(ballot) - at).sort((a, b) => a - b);
    all.push(...latencies);
    console.log(
      `  round ${round}: ${latencies.length} votes at once; vote→presenter p50 ${percentile(latencies, 50).toFixed(0)} ms, ` +
        `p95 ${percentile(latencies, 95).toFixed(0)} ms, max ${latencies[latencies.length - 1].toFixed(0)} ms`,
    );
  }
  const sorted = all.sort((a, b) => a - b);
  const p95 = percentile(sorted, 95);
  console.log(
    `  all rounds: ${sorted.length} votes; p50 ${percentile(sorted, 50).toFixed(0)} ms, p95 ${p95.toFixed(0)} ms ` +
      `(budget ${BUDGET_P95_MS} ms: ${p95 <= BUDGET_P95_MS ? 'within' : 'OVER'}), max ${sorted[sorted.length - 1].toFixed(0)} ms`,
  );
  for (const w of workers) w.child.send({ type: 'close' });
  for (const r of rooms) r.host.close();
  relay.child.kill('SIGTERM');
  return p95 <= BUDGET_P95_MS;
}

async function twoProcesses() {
  if (!existsSync(REDIS_BINARY)) {
    console.log(`  skipped: no redis-server at ${REDIS_BINARY} (apt-get install redis-server)`);
    return false;
  }
  const redis = await startRedis();
  const redisArg = ['--redis', `${redis.host}:${redis.port}`];
  const a = await startRelayProcess('bench-a', redisArg);
  const b = await startRelayProcess('bench-b', redisArg);
  const [wsA, wsB] = [socketUrl(a.url), socketUrl(b.url)];
  const room = await createRoom(a.url);
  const host = presenter([wsA], room);
  await host.ready();
  const onA = Array.from({ length: PHONES / 2 }, () => phone([wsA, wsB], room));
  const onB = Array.from({ length: PHONES - PHONES / 2 }, () => phone([wsB, wsA], room));
  const phones = [...onA, ...onB];
  await Promise.all(phones.map((p) => p.client.ready()));
  const key = '1:a|b|c|d';
  host.sendToFacilitators(decisionState(1));
  await until(
    () => phones.every((p) => p.client.snapshot.view?.decision?.key === key),
    'phones on both nodes to see the decision',
  );
  const expected = new Map();
  const replies = await Promise.all(
    phones.map((p, i) => {
      expected.set(p.voter, i % 4);
      return p.client.vote(key, i % 4);
    }),
  );
  const counted = replies.filter((r) => r.t === 'vote-counted').length;
  await until(() => host.voted(key) === phones.length, 'every ballot at the presenter on node A');
  console.log(
    `  one room, ${onA.length} phones on node A and ${onB.length} on node B: ${counted}/${phones.length} votes counted, all at the presenter on A`,
  );

  const killedAt = performance.now();
  b.child.kill('SIGKILL');
  await until(() => onB.every((p) => p.client.snapshot.status !== 'connected'), 'node B’s phones to notice');
  await until(() => onB.every((p) => p.client.snapshot.synced), 'node B’s phones to reconnect to node A');
  const movedMs = performance.now() - killedAt;
  // Half of the moved phones change their vote on node A.
  const changes = onB.filter((_, i) => i % 2 === 0);
  const changed = await Promise.all(
    changes.map((p) => {
      const next = (expected.get(p.voter) + 1) % 4;
      expected.set(p.voter, next);
      return p.client.vote(key, next);
    }),
  );
  const ballots = host.doc.getMap(ROOM_MAPS.ballots);
  await until(
    () => [...expected].every(([voter, option]) => ballots.get(ballotKey(key, voter)) === option),
    'every ballot (kept and changed) at the presenter',
  );
  const lost = [...expected].filter(
    ([voter, option]) => ballots.get(ballotKey(key, voter)) !== option,
  ).length;
  console.log(
    `  node B killed (SIGKILL): its ${onB.length} phones on node A after ${movedMs.toFixed(0)} ms; ` +
      `${changed.filter((r) => r.t === 'vote-counted').length}/${changes.length} changed their vote there; ` +
      `ballots ${host.voted(key)}/${phones.length}, lost ${lost}, counted twice ${host.voted(key) - phones.length}`,
  );
  host.close();
  for (const p of phones) p.client.close();
  a.child.kill('SIGTERM');
  await redis.stop();
  return lost === 0 && host.voted(key) === phones.length;
}

if (values['phones-worker']) {
  await phonesWorker();
} else {
  await main();
}

async function main() {
  try {
    console.log(
      `bench:room — one relay process, ${ROOMS} rooms × ${PHONES} phones, ${ROUNDS} rounds of everyone voting at once`,
    );
    const oneOk = await oneProcess();
    console.log('bench:room — two relay processes over redis-server, one room, kill a node');
    const twoOk = await twoProcesses();
    process.exitCode = oneOk && twoOk ? 0 : 1;
  } catch (error) {
    console.error(error);
    process.exitCode = 1;
  } finally {
    for (const child of children) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    setTimeout(() => process.exit(), 500).unref();
  }
}
