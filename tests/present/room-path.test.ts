import { describe, expect, it } from 'vitest';
import { decisionKey, roomPath } from '../../src/present/room-path.ts';
import { failurePaths, followPath, PlaySession } from '../../src/session/index.ts';
import { defaultRubric } from '../../src/sim/default-rubric.ts';
import { mirrorStory } from './story-fixtures.ts';

describe('the room’s path', () => {
  it('gives the majority and split at each decision beside the exemplary and failure options', () => {
    const session = new PlaySession({ story: mirrorStory, rubric: defaultRubric });
    followPath(session, 'failure');
    const decisions = session.snapshot().decisions;
    const votes = new Map<string, number[]>([
      [decisionKey(1, decisions[0]?.offered ?? []), [9, 3]],
      [decisionKey(2, decisions[1]?.offered ?? []), [4, 4]],
    ]);
    const rows = roomPath(decisions, (key) => votes.get(key), 'failure');
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({
      decision: 1,
      votes: [9, 3],
      total: 12,
      majority: [0],
      played: 1,
      exemplary: 0,
      failure: 1,
    });
    expect(rows[0]?.options.map((o) => o.letter)).toEqual(['A', 'B']);
    expect(rows[1]).toMatchObject({ majority: [0, 1], total: 8 });
    expect(rows[2]).toMatchObject({ votes: [0, 0], total: 0, majority: [] });
  });

  it('keys votes by decision number and the options offered', () => {
    expect(decisionKey(2, [{ id: 'a' }, { id: 'b' }])).toBe('2:a|b');
    expect(decisionKey(2, [{ id: 'a' }])).not.toBe(decisionKey(2, [{ id: 'a' }, { id: 'b' }]));
  });

  it('prefers the classic failure path, then names in order', () => {
    const offered = [
      { index: 0, id: 'x', text: '', paths: ['exemplary', 'silent'], covers: [], problems: [] },
      { index: 1, id: 'y', text: '', paths: ['bregman'], covers: [], problems: [] },
    ];
    expect(failurePaths(offered)).toEqual(['bregman', 'silent']);
  });
});
