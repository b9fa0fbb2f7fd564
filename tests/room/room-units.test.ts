// The room client's plain parts: names and codes, the wire's schemas and limits, tallies from ballots,
// where the relay is found, and the relay transport's delivery (every other end, never the sender).
import { afterEach, describe, expect, test, vi } from 'vitest';
import { relayTransport } from '../../src/present/relay-transport.ts';
import type { PresentMessage } from '../../src/present/protocol.ts';
import {
  FACILITATOR_KEY,
  JOIN_CODE,
  newFacilitatorKey,
  newJoinCode,
  newRoomId,
  normaliseJoinCode,
  ROOM_ID,
} from '../../src/room/codes.ts';
import { MAX_PHONE_MESSAGE, parseMessage, phoneVoteSchema } from '../../src/room/messages.ts';
import { configuredRelay, phoneJoinUrl, socketUrl } from '../../src/room/relay-config.ts';
import { ballotKey, tallyBallots } from '../../src/room/room-doc.ts';
import { harness, type Harness } from './relay-harness.ts';

describe('room names', () => {
  test('room ids, keys and join codes have their forms, and are fresh every time', () => {
    const ids = new Set(Array.from({ length: 200 }, newRoomId));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(ROOM_ID);
    expect(newFacilitatorKey()).toMatch(FACILITATOR_KEY);
    expect(newJoinCode()).toMatch(JOIN_CODE);
  });

  test('a typed join code forgives case, spaces and dashes, and refuses what cannot be one', () => {
    expect(normaliseJoinCode(' abc-d23 ')).toBe('ABCD23');
    expect(normaliseJoinCode('ABCD2')).toBeNull();
    expect(normaliseJoinCode('ABCDE1')).toBeNull();
  });
});

describe('the wire', () => {
  test('a vote is parsed, and oversized, malformed or extra-field votes are refused with a reason', () => {
    expect(
      parseMessage(phoneVoteSchema, '{"t":"vote","decision":"1:a","option":2}', MAX_PHONE_MESSAGE),
    ).toEqual({
      ok: true,
      value: { t: 'vote', decision: '1:a', option: 2 },
    });
    expect(parseMessage(phoneVoteSchema, 'x'.repeat(MAX_PHONE_MESSAGE + 1), MAX_PHONE_MESSAGE)).toMatchObject(
      {
        ok: false,
        reason: /too large/,
      },
    );
    expect(parseMessage(phoneVoteSchema, '{"t":"vote","decision":"1:a","option":26}', 512)).toMatchObject({
      ok: false,
      reason: /option/,
    });
    expect(
      parseMessage(phoneVoteSchema, '{"t":"vote","decision":"1:a","option":1,"voter":"v"}', 512),
    ).toMatchObject({
      ok: false,
    });
  });

  test('a tally counts the ballots of one decision only, one per phone', () => {
    const ballots: [string, unknown][] = [
      [ballotKey('1:a|b', 'p1'), 0],
      [ballotKey('1:a|b', 'p2'), 1],
      [ballotKey('1:a|b', 'p3'), 1],
      [ballotKey('2:c|d', 'p1'), 0],
      [ballotKey('1:a|b', 'p4'), 7],
    ];
    expect(tallyBallots(ballots, '1:a|b', 2)).toEqual([1, 2]);
    expect(tallyBallots(ballots, '2:c|d', 2)).toEqual([1, 0]);
  });
});

describe('where the relay is', () => {
  test('the page address wins over the build setting; anything but http(s) is ignored', () => {
    expect(configuredRelay('?relay=https://relay.example.org/x', 'http://other:1')).toBe(
      'https://relay.example.org',
    );
    expect(configuredRelay('?relay=javascript:alert(1)', 'http://built:8080')).toBe('http://built:8080');
    expect(configuredRelay('', undefined)).toBeNull();
    expect(socketUrl('https://relay.example.org/path?q')).toBe('wss://relay.example.org');
    expect(socketUrl('http://10.0.0.2:8080')).toBe('ws://10.0.0.2:8080');
  });

  test("the phones' link names the room and, when elsewhere, the relay, never a key", () => {
    const link = phoneJoinUrl('http://10.0.0.2:8080', 'a'.repeat(26), 'http://10.0.0.2:8080');
    expect(link).toBe(`http://10.0.0.2:8080/?mode=phone&room=${'a'.repeat(26)}`);
    expect(phoneJoinUrl('https://game.example.org', undefined, 'https://relay.example.org')).toContain(
      'relay=https%3A%2F%2Frelay.example.org',
    );
  });
});

describe('the relay transport', () => {
  let h: Harness;
  afterEach(() => h.cleanup());

  test('reaches the other windows and the other ends of this window, never the sender; drops malformed', async () => {
    h = harness();
    const relay = await h.start();
    const room = await h.room(relay);
    const projectorWindow = h.facilitator(relay, room);
    const presenterWindow = h.facilitator(relay, room);
    await Promise.all([projectorWindow.ready(), presenterWindow.ready()]);
    const host = relayTransport(projectorWindow);
    const notes = relayTransport(projectorWindow);
    const presenter = relayTransport(presenterWindow);
    const heard = {
      host: [] as PresentMessage[],
      notes: [] as PresentMessage[],
      presenter: [] as PresentMessage[],
    };
    host.listen((m) => heard.host.push(m));
    notes.listen((m) => heard.notes.push(m));
    presenter.listen((m) => heard.presenter.push(m));

    const hello: PresentMessage = { kind: 'hello', from: 'presenter', id: 'w2' };
    presenter.send(hello);
    await vi.waitFor(() => expect(heard.host).toEqual([hello]));
    await vi.waitFor(() => expect(heard.notes).toEqual([hello]));
    expect(heard.presenter).toEqual([]);

    const command: PresentMessage = { kind: 'command', id: 'c1', sentAt: 1, command: { type: 'reveal' } };
    notes.send(command);
    await vi.waitFor(() => expect(heard.presenter).toEqual([command]));
    await vi.waitFor(() => expect(heard.host).toEqual([hello, command]));
    expect(heard.notes).toEqual([hello]);

    presenterWindow.sendToFacilitators({
      kind: 'command',
      id: 'c2',
      sentAt: 'soon',
      command: { type: 'reveal' },
    });
    presenter.send({ kind: 'bye', from: 'presenter', id: 'w2' });
    await vi.waitFor(() => expect(heard.host).toHaveLength(3));
    expect(heard.host[2]).toEqual({ kind: 'bye', from: 'presenter', id: 'w2' });
  });
});
