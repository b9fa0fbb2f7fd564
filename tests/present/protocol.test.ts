import { describe, expect, it } from 'vitest';
import {
  channelName,
  isPresentMessage,
  memoryTransports,
  type PresentMessage,
} from '../../src/present/protocol.ts';

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
