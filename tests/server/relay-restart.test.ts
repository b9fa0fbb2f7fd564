// A relay restart loses no vote: ballots are stored before a phone hears "counted", the room's documents
// are reloaded from the store, and phones and facilitators reconnect by themselves. Real relay processes'
// code in-process; a crash is every socket dropped with no goodbye and no final store.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { Relay } from '../../server/relay.ts';
import { workshopStore } from '../../src/persist/workshop-store.ts';
import type { NewRoom } from '../../src/room/relay-config.ts';
import { roomStorage } from '../../src/room/room-storage.ts';
import { harness, stateAt, type Harness } from '../room/relay-harness.ts';

let h: Harness;
let relay: Relay;
let room: NewRoom;
const D1 = '1:a|b|c';
/** Reconnecting takes the clients' back-off (200 ms–2 s): wait for it, however slow the machine. */
const RECONNECT = { timeout: 15_000, interval: 50 };

beforeEach(async () => {
  h = harness();
  relay = await h.start();
  room = await h.room(relay);
});
afterEach(() => h.cleanup());

for (const how of ['crashes', 'is restarted'] as const) {
  test(`a relay that ${how} loses no counted vote, and phones and projector carry on`, async () => {
    const projector = h.facilitator(relay, room);
    await projector.ready();
    projector.sendToFacilitators(stateAt(1));
    const phones = [h.phone(relay, room), h.phone(relay, room), h.phone(relay, room)];
    await vi.waitFor(() => expect(phones.every((p) => p.snapshot.view?.decision?.key === D1)).toBe(true));
    const replies = await Promise.all(phones.map((phone, i) => phone.vote(D1, i === 2 ? 2 : 1)));
    expect(replies.every((r) => r.t === 'vote-counted')).toBe(true);

    await relay.close({ abrupt: how === 'crashes' });
    await vi.waitFor(() => expect(phones[0]?.snapshot.status).not.toBe('connected'));
    relay = await h.start({ port: relay.port });

    const presenter = h.facilitator(relay, room);
    await presenter.ready();
    await vi.waitFor(() => expect(presenter.tally(D1, 3)).toEqual([0, 2, 1]));
    await vi.waitFor(
      () => expect(phones.every((p) => p.snapshot.synced && p.snapshot.view?.decision)).toBe(true),
      RECONNECT,
    );
    // Counted once each, and still changeable until reveal.
    expect(await phones[2]?.vote(D1, 0)).toMatchObject({ t: 'vote-counted' });
    await vi.waitFor(() => expect(presenter.tally(D1, 3)).toEqual([1, 2, 0]));
    await vi.waitFor(() => expect(presenter.snapshot.joined).toBe(3), RECONNECT);
  }, 30_000);
}

test("the projector's workshop record lives in the room and survives a closed projector and a relay crash", async () => {
  const projector = h.facilitator(relay, room);
  const presenter = h.facilitator(relay, room);
  await Promise.all([projector.ready(), presenter.ready()]);
  const record = {
    storyId: 'renewal',
    log: [{ type: 'start' as const, at: 0, seed: 1, title: 'The renewal' }],
    votes: [[D1, [3, 1, 0]]] as [string, number[]][],
    screen: 'meeting' as const,
    blackout: true,
    revealed: D1,
    failingShown: null,
    thoughtLine: null,
    startedAt: 0,
    timer: null,
    debriefPage: 0,
    notes: '',
    headCount: 4,
    savedAt: 1,
  };
  workshopStore(roomStorage(projector.doc), room.room).save(record);
  await vi.waitFor(() => expect(roomStorage(presenter.doc).length).toBe(1));
  projector.close();
  await relay.close({ abrupt: true });
  relay = await h.start({ port: relay.port });
  const reopened = h.facilitator(relay, room);
  await reopened.ready();
  await vi.waitFor(() => expect(roomStorage(reopened.doc).length).toBe(1), RECONNECT);
  const loaded = workshopStore(roomStorage(reopened.doc), room.room).load('renewal');
  expect(loaded.problem).toBeNull();
  expect(loaded.saved).toMatchObject({ storyId: 'renewal', votes: record.votes, screen: 'meeting' });
}, 30_000);
