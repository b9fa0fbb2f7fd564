import { describe, expect, it } from 'vitest';
import { memoryTransports } from '../../src/present/protocol.ts';
import { WorkshopHost } from '../../src/present/workshop-host.ts';
import {
  csvField,
  CSV_HEADER,
  recordFileName,
  workshopCsv,
  workshopRecord,
} from '../../src/present/workshop-record.ts';
import { defaultRubric } from '../../src/sim/default-rubric.ts';
import { mirrorStory } from './story-fixtures.ts';

function playedWorkshop() {
  const [end] = memoryTransports(1);
  if (!end) throw new Error('transport expected');
  const host = new WorkshopHost({
    storyId: 'mirror',
    story: mirrorStory,
    rubric: defaultRubric,
    room: 'r',
    instance: 'projector-1',
    now: () => 1000,
    transport: end,
    onState: () => undefined,
  });
  host.apply({ type: 'start' });
  host.apply({ type: 'vote', index: 0, delta: 3 });
  host.apply({ type: 'vote', index: 1, delta: 1 });
  host.apply({ type: 'choose', index: 1 });
  host.apply({ type: 'choose', index: 0 });
  host.apply({ type: 'choose', index: 0 });
  host.apply({ type: 'head-count', count: 18 });
  host.apply({ type: 'notes', text: 'Good debate, "pitch" won twice' });
  return host.apply({ type: 'debrief' });
}

describe('the workshop record', () => {
  it('exports JSON with the story, the played result, the room path and the session log', () => {
    const state = playedWorkshop();
    const record = workshopRecord(state, new Date(2026, 10, 27, 12));
    expect(record).toMatchObject({
      format: 'attune-workshop-record',
      version: 2,
      room: 'r',
      date: '2026-11-27',
      headCount: 18,
      notes: 'Good debate, "pitch" won twice',
      story: { id: 'mirror', title: 'Mirror' },
    });
    expect(record.decisions).toHaveLength(3);
    expect(record.decisions[0]).toMatchObject({ votes: [3, 1], majority: [0], played: 1 });
    // Each decision's effects as they stood then, one per option.
    for (const row of record.decisions) {
      expect(row.effects).toHaveLength(row.options.length);
      for (const fx of row.effects) {
        expect(fx).toMatchObject({ alignment: expect.any(Number), attunement: expect.any(Number) });
      }
    }
    expect(record.log?.filter((e) => e.type === 'choice')).toHaveLength(3);
    expect(JSON.parse(JSON.stringify(record))).toEqual(record);
  });

  it('exports CSV: a header, one row per option per decision, vote shares that add up', () => {
    const state = playedWorkshop();
    const csv = workshopCsv(state, new Date(2026, 10, 27, 12));
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(CSV_HEADER.join(','));
    expect(lines).toHaveLength(1 + 3 * 2 + 1);
    const fx = state.roomPath[0]?.effects ?? [];
    expect(lines[1]).toBe(
      `r,2026-11-27,18,1,2,A,Reflect one,reflect,3,75,true,false,true,false,${fx[0]?.alignment},${fx[0]?.attunement}`,
    );
    expect(lines[2]).toBe(
      `r,2026-11-27,18,1,2,B,Pitch one,pitch,1,25,false,true,false,true,${fx[1]?.alignment},${fx[1]?.attunement}`,
    );
    expect(lines.at(-1)).toBe('r,2026-11-27,18,notes,,,"Good debate, ""pitch"" won twice"');
  });

  it('quotes fields with commas, quotes and line breaks', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField(null)).toBe('');
  });

  it('names the file after the story and the time', () => {
    expect(recordFileName(playedWorkshop(), new Date('2026-11-27T04:05:00Z'), 'csv')).toBe(
      'attune-workshop-mirror-2026-11-27-0405.csv',
    );
  });
});
