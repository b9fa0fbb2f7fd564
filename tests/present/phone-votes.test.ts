// The phones' votes joining the hand-entered ones in the projector's tally.
import { describe, expect, it } from 'vitest';
import { memoryTransports } from '../../src/present/protocol.ts';
import { WorkshopHost } from '../../src/present/workshop-host.ts';
import type { WorkshopState } from '../../src/present/workshop-types.ts';
import { defaultRubric } from '../../src/sim/default-rubric.ts';
import { hotReferral } from './story-fixtures.ts';

function atDecision() {
  const [end] = memoryTransports(1);
  if (!end) throw new Error('a transport expected');
  const host = new WorkshopHost({
    storyId: 'hot-referral',
    story: hotReferral,
    rubric: defaultRubric,
    room: 'test',
    transport: end,
    instance: 'projector-1',
    now: () => 1000,
    clock: () => 0,
    onState: () => undefined,
  });
  let s: WorkshopState = host.state;
  for (let guard = 0; guard < 50 && !s.decision; guard++) s = host.apply({ type: 'continue' });
  if (!s.decision) throw new Error('no decision reached');
  return { host, state: s, key: s.decision.key };
}

describe('phone votes in the room’s tally', () => {
  it('adds the phones’ votes to the hand-entered ones, keeps them apart, and shows the head count', () => {
    const { host, key } = atDecision();
    host.apply({ type: 'vote', index: 0, delta: 1 });
    const s = host.setPhones({ tallies: [{ key, counts: [2, 3, 0] }], joined: 6 });
    expect(s.decision?.votes).toEqual([3, 3, 0]);
    expect(s.decision?.phoneVotes).toEqual([2, 3, 0]);
    expect(s.phones).toEqual({ joined: 6 });
  });

  it('takes a typed count as the room’s total, leaving the phones’ part to them', () => {
    const { host, key } = atDecision();
    host.setPhones({ tallies: [{ key, counts: [2, 0, 0] }], joined: 2 });
    expect(host.apply({ type: 'set-votes', index: 0, count: 5 }).decision?.votes[0]).toBe(5);
    expect(host.setPhones({ tallies: [{ key, counts: [1, 0, 0] }], joined: 2 }).decision?.votes[0]).toBe(4);
  });

  it('ignores counts from outside that are not whole numbers, and keeps phone votes in the room path', () => {
    const { host, key } = atDecision();
    const s = host.setPhones({ tallies: [{ key, counts: [1e308, -4, Number.NaN] }], joined: -1 });
    expect(s.decision?.votes).toEqual([0, 0, 0]);
    expect(s.phones).toEqual({ joined: 0 });
    host.setPhones({ tallies: [{ key, counts: [0, 4, 1] }], joined: 5 });
    const played = host.apply({ type: 'choose', index: 1 });
    expect(played.roomPath[0]).toMatchObject({ votes: [0, 4, 1], total: 5, majority: [1] });
  });
});
