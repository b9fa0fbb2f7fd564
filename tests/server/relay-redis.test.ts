// Two relay processes' worth of relays over one real redis-server (Debian's) carry one room: a phone on
// either node votes into the same room, and when its node dies the phone moves to the other and no vote is
// lost or counted twice. Skipped, saying so, only where redis-server is not installed.
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { harness, stateAt, type Harness } from '../room/relay-harness.ts';
import { REDIS_BINARY, startRedis, type RedisServer } from '../room/redis-server.ts';

let redis: RedisServer | null = null;
beforeAll(async () => {
  redis = await startRedis();
  if (!redis)
    console.warn(
      `Skipping the two-node relay tests: no redis-server at ${REDIS_BINARY} (apt-get install redis-server)`,
    );
}, 30_000);
afterAll(async () => redis?.stop());

const D1 = '1:a|b|c';
const MOVE = { timeout: 15_000, interval: 50 };

describe.skipIf(!(await import('node:fs')).existsSync(REDIS_BINARY))('two relay nodes over Redis', () => {
  let h: Harness;
  beforeAll(() => {
    h = harness();
  });
  afterAll(() => h.cleanup());

  test('carry one room, and a phone whose node dies moves to the other and loses no vote', async () => {
    const options = { redis: { host: redis?.host ?? '', port: redis?.port ?? 0 } };
    const a = await h.start({ ...options, name: 'node-a' });
    const b = await h.start({ ...options, name: 'node-b' });
    const room = await h.room(a);
    const projector = h.facilitator(a, room);
    await projector.ready();
    projector.sendToFacilitators(stateAt(1));
    const onB = [h.phone([b, a], room), h.phone([b, a], room)];
    const onA = h.phone(a, room);
    await vi.waitFor(
      () => expect([...onB, onA].every((p) => p.snapshot.view?.decision?.key === D1)).toBe(true),
      MOVE,
    );
    const presenterOnB = h.facilitator(b, room);
    await presenterOnB.ready();

    expect(await onB[0]?.vote(D1, 1)).toMatchObject({ t: 'vote-counted' });
    expect(await onB[1]?.vote(D1, 2)).toMatchObject({ t: 'vote-counted' });
    expect(await onA.vote(D1, 1)).toMatchObject({ t: 'vote-counted' });
    await vi.waitFor(() => expect(projector.tally(D1, 3)).toEqual([0, 2, 1]), MOVE);
    await vi.waitFor(() => expect(presenterOnB.tally(D1, 3)).toEqual([0, 2, 1]), MOVE);
    await vi.waitFor(() => expect(projector.snapshot.joined).toBe(3), MOVE);

    // Node B dies without a goodbye: its phones reconnect to A.
    await b.close({ abrupt: true });
    await vi.waitFor(() => expect(onB.every((p) => p.snapshot.synced)).toBe(true), MOVE);
    expect(projector.tally(D1, 3)).toEqual([0, 2, 1]);
    expect(await onB[1]?.vote(D1, 0)).toMatchObject({ t: 'vote-counted' });
    await vi.waitFor(() => expect(projector.tally(D1, 3)).toEqual([1, 2, 0]), MOVE);
    expect(projector.voted(D1)).toBe(3);
  }, 60_000);
});
