// The facilitator's decision card with a cast: each option says whom it addresses and that person's phase,
// and its effect is the engine's for that phase; the projector's cast carries every person.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryTransports } from '../../src/present/protocol.ts';
import { WorkshopHost } from '../../src/present/workshop-host.ts';
import type { WorkshopState } from '../../src/present/workshop-types.ts';
import { workshopStore } from '../../src/persist/workshop-store.ts';
import { defaultRubric } from '../../src/sim/default-rubric.ts';
import { createScoreContext, tableEffect } from '../../src/sim/index.ts';
import { compiledFile } from '../helpers/compiled-stories.ts';

const CAST = compiledFile(resolve(import.meta.dirname, '../fixtures/cast/committee-call.ink'));

function toFirstDecision(): WorkshopState {
  const [hostEnd] = memoryTransports(1);
  if (!hostEnd) throw new Error('a transport expected');
  const host = new WorkshopHost({
    storyId: 'committee-call',
    story: CAST,
    rubric: defaultRubric,
    room: 'cast',
    transport: hostEnd,
    instance: 'projector-1',
    now: () => 1000,
    store: workshopStore(null, 'cast'),
    clock: () => 0,
    onState: () => undefined,
  });
  let s = host.apply({ type: 'start' });
  for (let guard = 0; guard < 20 && !s.decision; guard++) s = host.apply({ type: 'continue' });
  return s;
}

describe('the workshop with a cast', () => {
  it('gives each option whom it addresses, their phase, and the effect in that phase', () => {
    const s = toFirstDecision();
    const options = s.decision?.options ?? [];
    expect(options.map((o) => [o.letter, o.to, o.toName, o.phase])).toEqual([
      ['A', 'kofi', 'Kofi', 3],
      ['B', 'sana', 'Sana', 2],
      ['C', 'buyer', 'Lena', 1],
    ]);
    const context = createScoreContext(defaultRubric, undefined, []);
    // The same move, price, is Phase III's question for Kofi and early talk for Lena.
    expect(options[0]?.effect?.alignment).toBe(tableEffect(context, 'price', 3).alignment);
    expect(options[2]?.effect?.alignment).toBe(tableEffect(context, 'price', 1).alignment);
    expect(s.cast.members.map((m) => m.id)).toEqual(['buyer', 'kofi', 'sana']);
    expect(s.cast.present).toEqual(['buyer', 'kofi', 'sana']);
  });
});
