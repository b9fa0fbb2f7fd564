import { describe, expect, it } from 'vitest';
import { hmacSigner, newWorkshopKey } from '../../src/present/channel-auth.ts';
import {
  channelName,
  isPresentMessage,
  memoryTransports,
  readMessage,
  signedTransport,
  type Port,
  type PresentMessage,
} from '../../src/present/protocol.ts';
import { tokenBucket } from '../../src/present/rate-limit.ts';

describe('workshop protocol', () => {
  it('accepts well-formed messages only', () => {
    expect(isPresentMessage({ kind: 'hello', from: 'presenter', id: 'a' })).toBe(true);
    expect(isPresentMessage({ kind: 'command', id: 'a', sentAt: 1, command: { type: 'reveal' } })).toBe(true);
    expect(isPresentMessage({ kind: 'command', id: 'a', sentAt: 1, command: { type: 'win' } })).toBe(false);
    expect(isPresentMessage({ kind: 'state', state: { protocol: 2, seq: 1, instance: 'a' } })).toBe(false);
    expect(
      isPresentMessage({ kind: 'state', state: { protocol: 1, seq: 1, instance: 'a', room: 'r' } }),
    ).toBe(true);
    expect(isPresentMessage('hello')).toBe(false);
    expect(isPresentMessage(null)).toBe(false);
  });

  it('names one channel per room', () => {
    expect(channelName('team-a')).not.toBe(channelName('team-b'));
  });

  it('delivers to every other end, not back to the sender', async () => {
    const [a, b, c] = memoryTransports(3);
    const got: string[] = [];
    b?.listen((m) => got.push(`b:${m.kind}`));
    c?.listen((m) => got.push(`c:${m.kind}`));
    a?.listen((m) => got.push(`a:${m.kind}`));
    const hello: PresentMessage = { kind: 'hello', from: 'presenter', id: 'x' };
    a?.send(hello);
    await Promise.resolve();
    expect(got.sort()).toEqual(['b:hello', 'c:hello']);
  });
});

describe('the signed room channel', () => {
  /** Ports joined like one BroadcastChannel; `raw` posts as a third, keyless page of the same origin would. */
  function ports(count: number) {
    const ends: ((data: unknown) => void)[][] = Array.from({ length: count + 1 }, () => []);
    const port = (me: number): Port => ({
      post: (data) =>
        queueMicrotask(() =>
          ends.forEach((handlers, i) => i !== me && handlers.forEach((h) => h(structuredClone(data)))),
        ),
      onData: (handler) => void ends[me]?.push(handler),
      close: () => undefined,
    });
    return { port, raw: port(count) };
  }
  const key = newWorkshopKey();
  const flush = async (): Promise<void> => {
    for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
  };

  it('delivers messages signed with the workshop key, in order', async () => {
    const { port } = ports(2);
    const a = signedTransport(port(0), hmacSigner(key));
    const b = signedTransport(port(1), hmacSigner(key));
    const got: PresentMessage[] = [];
    b.listen((m) => got.push(m));
    for (let i = 0; i < 5; i++) a.send({ kind: 'hello', from: 'presenter', id: `p${i}` });
    await flush();
    expect(got.map((m) => (m.kind === 'hello' ? m.id : ''))).toEqual(['p0', 'p1', 'p2', 'p3', 'p4']);
  });

  it('drops forged, tampered and unsigned messages from a page without the key', async () => {
    const { port, raw } = ports(1);
    const b = signedTransport(port(0), hmacSigner(key));
    const got: PresentMessage[] = [];
    b.listen((m) => got.push(m));
    const state = { kind: 'state', state: { protocol: 1, room: 'r', instance: 'x', seq: 99 } };
    const forger = hmacSigner(newWorkshopKey());
    const body = JSON.stringify(state);
    raw.post(state);
    raw.post({ attune: 'workshop', body, mac: await forger.sign(body) });
    const signed = await hmacSigner(key).sign(JSON.stringify({ kind: 'hello', from: 'audience', id: 'a' }));
    raw.post({ attune: 'workshop', body, mac: signed }); // a real signature on another body
    await flush();
    expect(got).toEqual([]);
  });

  it('drops a signed message that breaks the schema: a vote of 1e308, half a vote, an oversized command', async () => {
    const { port, raw } = ports(1);
    const b = signedTransport(port(0), hmacSigner(key));
    const got: PresentMessage[] = [];
    b.listen((m) => got.push(m));
    const signer = hmacSigner(key);
    const command = (c: unknown) => ({ kind: 'command', id: 'c', sentAt: 1, command: c });
    for (const message of [
      command({ type: 'vote', index: 0, delta: 1e308 }),
      command({ type: 'vote', index: 0.5, delta: 1 }),
      command({ type: 'set-votes', index: 0, count: 2.5 }),
      command({ type: 'notes', text: 'x'.repeat(9000) }),
      { kind: 'hello', from: 'presenter', id: 'x'.repeat(500) },
    ]) {
      const body = JSON.stringify(message);
      raw.post({ attune: 'workshop', body, mac: await signer.sign(body) });
    }
    const good = JSON.stringify(command({ type: 'vote', index: 0, delta: 1 }));
    raw.post({ attune: 'workshop', body: good, mac: await signer.sign(good) });
    await flush();
    expect(got).toEqual([command({ type: 'vote', index: 0, delta: 1 })]);
  });

  it('drops a flood beyond the inbound rate before verifying it', async () => {
    const { port, raw } = ports(1);
    let now = 0;
    const b = signedTransport(port(0), hmacSigner(key), { inbound: tokenBucket(10, 5), now: () => now });
    const got: PresentMessage[] = [];
    b.listen((m) => got.push(m));
    const body = JSON.stringify({ kind: 'hello', from: 'presenter', id: 'p' });
    const mac = await hmacSigner(key).sign(body);
    for (let i = 0; i < 5000; i++) raw.post({ attune: 'workshop', body, mac });
    await flush();
    expect(got).toHaveLength(5);
    now = 1000;
    raw.post({ attune: 'workshop', body, mac });
    await flush();
    expect(got).toHaveLength(6);
  });

  it('reads only messages within the size limits', () => {
    expect(readMessage(JSON.stringify({ kind: 'bye', from: 'audience', id: 'a' }))).not.toBeNull();
    expect(readMessage('{"kind":')).toBeNull();
    expect(
      readMessage(JSON.stringify({ kind: 'beat', from: 'audience', instance: 'i', at: Infinity })),
    ).toBeNull();
  });
});
