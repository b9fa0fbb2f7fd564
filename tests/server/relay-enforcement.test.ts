// The relay enforces the roles: a phone reads the question and casts only its own vote; it never writes
// the room's state, never opens the facilitators' document, and forged, oversized or flooded messages are
// refused without changing anything. Real relay, real WebSockets.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { readPhoneView, type Relay } from '../../server/relay.ts';
import { newPhoneSecret } from '../../src/room/client.ts';
import type { NewRoom } from '../../src/room/relay-config.ts';
import { harness, phonesDoc, stateAt, type Harness } from '../room/relay-harness.ts';

let h: Harness;
let relay: Relay;
let room: NewRoom;
const D1 = '1:a|b|c';

beforeEach(async () => {
  h = harness();
  relay = await h.start();
  room = await h.room(relay);
});
afterEach(() => h.cleanup());

/** A projector at decision 1 and a phone that sees it. */
async function atDecision() {
  const projector = h.facilitator(relay, room);
  await projector.ready();
  projector.sendToFacilitators(stateAt(1));
  const phone = h.phone(relay, room);
  await vi.waitFor(() => expect(phone.snapshot.view?.decision?.key).toBe(D1));
  return { projector, phone };
}

describe('a phone', () => {
  test('sees the open decision and its lettered options, but not the split before reveal', async () => {
    const { phone } = await atDecision();
    await phone.vote(D1, 1);
    expect(phone.snapshot.view).toMatchObject({
      title: 'The renewal',
      screen: 'meeting',
      decision: { number: 1, revealed: false, votes: null },
    });
    expect(phone.snapshot.view?.decision?.options.map((o) => o.letter)).toEqual(['A', 'B', 'C']);
    expect(phone.doc.getMap('ballots').size).toBe(0);
    expect(phone.doc.getMap('phones').size).toBe(0);
  });

  test('votes once per decision and may change its vote until reveal, then no more', async () => {
    const { projector, phone } = await atDecision();
    expect(await phone.vote(D1, 0)).toEqual({ t: 'vote-counted', decision: D1, option: 0 });
    expect(await phone.vote(D1, 2)).toEqual({ t: 'vote-counted', decision: D1, option: 2 });
    await vi.waitFor(() => expect(projector.tally(D1, 3)).toEqual([0, 0, 1]));
    expect(phone.snapshot.myVote).toEqual({ decision: D1, option: 2 });

    projector.sendToFacilitators(stateAt(1, 3, { revealed: true, seq: 2 }));
    await vi.waitFor(() => expect(phone.snapshot.view?.decision?.revealed).toBe(true));
    const late = await phone.vote(D1, 1);
    expect(late).toMatchObject({ t: 'vote-refused', reason: expect.stringMatching(/revealed/) });
    expect(projector.tally(D1, 3)).toEqual([0, 0, 1]);
  });

  test('cannot vote on a decision that is not on screen, or for an option that is not offered', async () => {
    const { projector, phone } = await atDecision();
    expect(await phone.vote('2:x|y', 0)).toMatchObject({ t: 'vote-refused', reason: /decision is over/ });
    expect(await phone.vote(D1, 3)).toMatchObject({ t: 'vote-refused', reason: /no option D/ });
    expect(projector.voted(D1)).toBe(0);
  });

  test("cannot write the room's state: its Yjs changes are dropped by the relay", async () => {
    const { phone } = await atDecision();
    phone.doc.getMap('view').set('json', JSON.stringify({ title: 'forged', decision: null }));
    phone.doc.getMap('ballots').set(`${D1}\nsomeone`, 1);
    const other = h.phone(relay, room);
    await other.ready();
    expect(other.snapshot.view?.title).toBe('The renewal');
    expect(readPhoneView(relay.hocuspocus.documents.get(phonesDoc(room)) ?? null)?.title).toBe('The renewal');
  });

  test("cannot open the facilitators' document without the key, nor with a wrong one", async () => {
    const asPhone = h.raw(relay, room.room, `phone:${newPhoneSecret()}`);
    const wrongKey = h.raw(relay, room.room, `key:${'a'.repeat(32)}`);
    await vi.waitFor(() => expect(asPhone.refused).toBe('permission-denied'));
    await vi.waitFor(() => expect(wrongKey.refused).toBe('permission-denied'));
    expect(relay.hocuspocus.documents.get(room.room)?.getConnectionsCount() ?? 0).toBe(0);
    const other = await h.room(relay);
    const crossed = h.facilitator(relay, { ...other, key: room.key });
    await expect(crossed.ready()).rejects.toThrow(/facilitator key/);
  });

  test("cannot cast another phone's vote: a vote names no voter, and one that tries is refused", async () => {
    const { projector, phone } = await atDecision();
    await phone.vote(D1, 0);
    const forger = h.raw(relay, phonesDoc(room), `phone:${newPhoneSecret()}`);
    await vi.waitFor(() => expect(forger.provider.synced).toBe(true));
    forger.provider.sendStateless(JSON.stringify({ t: 'vote', decision: D1, option: 1, voter: 'anyone' }));
    await vi.waitFor(() => expect(forger.replies).toHaveLength(1));
    expect(forger.replies[0]).toMatchObject({ t: 'vote-refused', reason: /malformed/ });
    await vi.waitFor(() => expect(projector.tally(D1, 3)).toEqual([1, 0, 0]));
  });

  test('forged, malformed and oversized messages are refused and change nothing', async () => {
    const { projector } = await atDecision();
    const forger = h.raw(relay, phonesDoc(room), `phone:${newPhoneSecret()}`);
    await vi.waitFor(() => expect(forger.provider.synced).toBe(true));
    const forged = [
      'not json',
      JSON.stringify({ t: 'vote', decision: D1, option: 1e308 }),
      JSON.stringify({ t: 'vote', decision: D1, option: -1 }),
      JSON.stringify({ t: 'vote', decision: D1, option: 0.5 }),
      JSON.stringify({ t: 'present', message: stateAt(9) }),
      JSON.stringify({ t: 'vote', decision: D1.padEnd(600, 'x'), option: 0 }),
    ];
    for (const payload of forged) forger.provider.sendStateless(payload);
    await vi.waitFor(() => expect(forger.replies).toHaveLength(forged.length));
    for (const reply of forger.replies) expect(reply).toMatchObject({ t: 'vote-refused' });
    expect(forger.replies.map((r) => (r as { reason: string }).reason).join('\n')).toMatch(/too large/);
    expect(projector.voted(D1)).toBe(0);
    const phone = h.phone(relay, room);
    await phone.ready();
    expect(phone.snapshot.view?.decision?.key).toBe(D1);
  });

  test('a flood of votes is cut off by the rate limit and counts as one ballot', async () => {
    const { projector, phone } = await atDecision();
    const replies = await Promise.all(Array.from({ length: 30 }, (_, i) => phone.vote(D1, i % 3)));
    const refused = replies.filter((r) => r.t === 'vote-refused');
    expect(refused.length).toBeGreaterThan(0);
    expect(refused[0]).toMatchObject({ reason: /Too many votes/ });
    await vi.waitFor(() => expect(projector.voted(D1)).toBe(1));
  });

  test('a flood of raw messages closes the flooding connection and leaves the room as it was', async () => {
    const { projector } = await atDecision();
    const flooder = h.raw(relay, phonesDoc(room), `phone:${newPhoneSecret()}`);
    await vi.waitFor(() => expect(flooder.provider.synced).toBe(true));
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    for (let i = 0; i < 200; i++) flooder.provider.sendStateless('x');
    await vi.waitFor(() => expect(flooder.closed).toBe(true));
    quiet.mockRestore();
    expect(projector.voted(D1)).toBe(0);
  });
});

describe('facilitators', () => {
  test('see how many phones are in the room, and the join code', async () => {
    const projector = h.facilitator(relay, room);
    await projector.ready();
    expect(projector.snapshot.code).toBe(room.code);
    const phones = [h.phone(relay, room), h.phone(relay, room)];
    await vi.waitFor(() => expect(projector.snapshot.joined).toBe(2));
    phones[0]?.close();
    await vi.waitFor(() => expect(projector.snapshot.joined).toBe(1));
  });

  test("a facilitator's malformed message is refused and reaches no other window", async () => {
    const projector = h.facilitator(relay, room);
    const presenter = h.facilitator(relay, room);
    await Promise.all([projector.ready(), presenter.ready()]);
    const heard: unknown[] = [];
    presenter.onFacilitatorMessage((m) => heard.push(m));
    projector.sendToFacilitators({ kind: 'command', id: 'x', sentAt: 1, command: { type: 'explode' } });
    projector.sendToFacilitators({ kind: 'hello', from: 'audience', id: 'p1' });
    await vi.waitFor(() => expect(heard).toHaveLength(1));
    expect(heard[0]).toEqual({ kind: 'hello', from: 'audience', id: 'p1' });
  });
});

describe('rooms', () => {
  test('never cross: votes, views and messages of one room stay in it', async () => {
    const { projector, phone } = await atDecision();
    const second = await h.room(relay);
    const otherProjector = h.facilitator(relay, second);
    await otherProjector.ready();
    const heard: unknown[] = [];
    otherProjector.onFacilitatorMessage((m) => heard.push(m));
    otherProjector.sendToFacilitators(stateAt(1, 2, { seq: 5 }));
    const otherPhone = h.phone(relay, second);
    await vi.waitFor(() => expect(otherPhone.snapshot.view?.decision?.options).toHaveLength(2));

    await phone.vote(D1, 1);
    await otherPhone.vote(D1, 0);
    await vi.waitFor(() => expect(projector.tally(D1, 3)).toEqual([0, 1, 0]));
    await vi.waitFor(() => expect(otherProjector.tally(D1, 2)).toEqual([1, 0]));
    expect(phone.snapshot.view?.decision?.options).toHaveLength(3);
    expect(heard).toEqual([]);
    expect(second.code).not.toBe(room.code);
  });

  test('a typed join code finds its room; a wrong one is refused with a reason', async () => {
    const { resolveJoinCode } = await import('../../src/room/relay-config.ts');
    expect(await resolveJoinCode(relay.url, room.code.toLowerCase())).toBe(room.room);
    await expect(resolveJoinCode(relay.url, 'ZZZZ22')).rejects.toThrow(/No room has that code/);
    await expect(resolveJoinCode(relay.url, 'hi')).rejects.toThrow(/six letters/);
  });
});
