import { describe, expect, it } from 'vitest';
import { memoryTransports, type PresentMessage } from '../../src/present/protocol.ts';
import { debriefPages, WorkshopHost, type WorkshopHostOptions } from '../../src/present/workshop-host.ts';
import { workshopKey, workshopStore } from '../../src/persist/workshop-store.ts';
import type { WorkshopCommand, WorkshopState } from '../../src/present/workshop-types.ts';
import { defaultRubric } from '../../src/sim/default-rubric.ts';
import { hotReferral, mirrorStory } from './story-fixtures.ts';

class MemoryStorage {
  private readonly data = new Map<string, string>();
  get length(): number {
    return this.data.size;
  }
  clear(): void {
    this.data.clear();
  }
  getItem(key: string): string | null {
    return this.data.get(key) ?? null;
  }
  key(i: number): string | null {
    return [...this.data.keys()][i] ?? null;
  }
  removeItem(key: string): void {
    this.data.delete(key);
  }
  setItem(key: string, value: string): void {
    this.data.set(key, value);
  }
}

function setup(
  story: string = hotReferral,
  storage: Storage | null = null,
  extra: Partial<WorkshopHostOptions> = {},
) {
  const [hostEnd, presenterEnd] = memoryTransports(2);
  if (!hostEnd || !presenterEnd) throw new Error('two transports expected');
  const drawn: WorkshopState[] = [];
  const host = new WorkshopHost({
    storyId: 'hot-referral',
    story,
    rubric: defaultRubric,
    room: 'test',
    transport: hostEnd,
    instance: 'projector-1',
    now: () => 1000,
    store: workshopStore(storage, 'test'),
    clock: () => 0,
    onState: (s) => drawn.push(s),
    ...extra,
  });
  const heard: PresentMessage[] = [];
  presenterEnd.listen((m) => heard.push(m));
  const run = (...commands: WorkshopCommand[]): WorkshopState => {
    let last = host.state;
    for (const c of commands) last = host.apply(c);
    return last;
  };
  const toDecision = (): WorkshopState => {
    let s = host.state;
    for (let guard = 0; guard < 50 && !s.decision; guard++) s = run({ type: 'continue' });
    if (!s.decision) throw new Error('no decision reached');
    return s;
  };
  return { host, presenterEnd, heard, drawn, run, toDecision };
}

describe('the workshop host (audience window)', () => {
  it('opens on the title slide and answers a presenter’s hello with the state', async () => {
    const { presenterEnd, heard, host } = setup();
    expect(host.state.screen).toBe('intro');
    expect(host.state.line).toBeNull();
    presenterEnd.send({ kind: 'hello', from: 'presenter', id: 'p1' });
    await Promise.resolve();
    await Promise.resolve();
    expect(heard.map((m) => m.kind)).toEqual(['state']);
  });

  it('runs a command from a presenter, draws the projector first and answers with the new state', async () => {
    const { presenterEnd, heard, drawn } = setup();
    presenterEnd.send({ kind: 'command', id: 'c1', sentAt: 123, command: { type: 'start' } });
    await Promise.resolve();
    await Promise.resolve();
    expect(drawn.at(-1)?.screen).toBe('meeting');
    expect(drawn.at(-1)?.line?.text).toMatch(/Halden Engineering/);
    const answer = heard.at(-1);
    expect(answer?.kind === 'state' && answer.state.answered).toMatchObject({
      id: 'c1',
      sentAt: 123,
      error: null,
    });
  });

  it('offers a decision lettered A, B, C with each option’s effect, paths and the failing seller’s option', () => {
    const { toDecision } = setup();
    const d = toDecision().decision;
    expect(d?.options.map((o) => o.letter)).toEqual(['A', 'B', 'C']);
    expect(d?.options[0]).toMatchObject({
      move: 'override-sponsor',
      paths: [],
      effect: { alignment: -1, attunement: -2 },
    });
    expect(d?.options[1]).toMatchObject({
      move: 'follow-sponsor',
      paths: ['exemplary', 'bregman'],
      effect: { alignment: 1, attunement: 2 },
    });
    expect(d?.options[2]).toMatchObject({
      move: 'credentials',
      paths: [],
      effect: { alignment: -1, attunement: -2 },
    });
    expect(d?.failing).toEqual({ path: 'bregman', index: 1 });
    expect(d?.revealed).toBe(false);
  });

  it('tallies votes, clamps at zero, and keeps them through a rewind to the same decision', () => {
    const { toDecision, run } = setup();
    toDecision();
    const s = run(
      { type: 'vote', index: 0, delta: 1 },
      { type: 'vote', index: 0, delta: 1 },
      { type: 'vote', index: 1, delta: 1 },
      { type: 'vote', index: 2, delta: -1 },
      { type: 'set-votes', index: 2, count: 4 },
    );
    expect(s.decision?.votes).toEqual([2, 1, 4]);
    run({ type: 'choose', index: 2 });
    const back = run({ type: 'rewind' });
    expect(back.decision?.number).toBe(1);
    expect(back.decision?.votes).toEqual([2, 1, 4]);
    expect(run({ type: 'clear-votes' }).decision?.votes).toEqual([0, 0, 0]);
  });

  it('reveals and hides, shows the failing choice, and marks a played failing choice', () => {
    const { toDecision, run } = setup();
    toDecision();
    expect(run({ type: 'reveal' }).decision?.revealed).toBe(true);
    expect(run({ type: 'show-failing' }).decision?.failingShown).toBe(true);
    const after = run({ type: 'choose', index: 1 });
    expect(after.decision).toBeNull();
    expect(after.lastChoice).toMatchObject({ letter: 'B', failing: true });
    expect(after.line?.speaker).toBe('seller');
  });

  it('reveals the buyer’s thought on the line that carries it', () => {
    const { run, toDecision } = setup();
    toDecision();
    let s = run({ type: 'choose', index: 1 });
    for (let guard = 0; guard < 20 && !s.line?.thought; guard++) s = run({ type: 'continue' });
    expect(s.line?.thought).toBeTruthy();
    expect(s.thoughtShown).toBe(false);
    expect(run({ type: 'reveal' }).thoughtShown).toBe(true);
    expect(run({ type: 'reveal' }).thoughtShown).toBe(false);
  });

  it('at a decision, reveal also shows the thought on the line the options follow', () => {
    const { run } = setup(mirrorStory);
    const s = run({ type: 'start' }, { type: 'choose', index: 0 }, { type: 'choose', index: 0 });
    expect(s.line?.thought).toBe('Again?');
    expect(s.thoughtShown).toBe(false);
    const revealed = run({ type: 'reveal' });
    expect(revealed.decision?.revealed).toBe(true);
    expect(revealed.thoughtShown).toBe(true);
  });

  it('answers a command that does not fit with an error that names the fix, and changes nothing', () => {
    const { run } = setup();
    const s = run({ type: 'start' }, { type: 'choose', index: 0 });
    expect(s.answered?.error).toMatch(/go on \(→\)/);
    expect(run({ type: 'rewind' }).answered?.error).toMatch(/no decision to take back/);
  });

  it('toggles blackout and the debrief, which carries the room path and the log for the record', () => {
    const { toDecision, run } = setup();
    toDecision();
    run({ type: 'vote', index: 0, delta: 3 }, { type: 'choose', index: 0 });
    expect(run({ type: 'blackout' }).blackout).toBe(true);
    expect(run({ type: 'blackout' }).blackout).toBe(false);
    const debrief = run({ type: 'debrief' });
    expect(debrief.screen).toBe('debrief');
    expect(debrief.roomPath[0]).toMatchObject({
      votes: [3, 0, 0],
      majority: [0],
      played: 0,
      exemplary: 1,
      failure: 1,
    });
    expect(debrief.log?.some((e) => e.type === 'choice')).toBe(true);
    expect(debrief.paths.exemplary?.outcome).not.toBeNull();
    expect(debrief.paths.failure?.name).toBe('bregman');
    expect(run({ type: 'debrief' }).screen).toBe('meeting');
  });

  it('survives a reload of the projector window: same decision, same votes', () => {
    const storage = new MemoryStorage() as unknown as Storage;
    const first = setup(hotReferral, storage);
    first.toDecision();
    first.run({ type: 'choose', index: 0 });
    const s = first.toDecision();
    first.run({ type: 'vote', index: 1, delta: 1 });
    const again = setup(hotReferral, storage);
    expect(again.host.state.screen).toBe('meeting');
    expect(again.host.state.decision?.number).toBe(s.decision?.number);
    expect(again.host.state.decision?.votes).toEqual([0, 1, 0]);
  });

  it('carries the stage’s cast, so a mirrored or reloaded projector draws the right room', () => {
    const storage = new MemoryStorage() as unknown as Storage;
    const first = setup(hotReferral, storage);
    let s = first.toDecision();
    s = first.run({ type: 'choose', index: 0 });
    for (let guard = 0; guard < 50 && s.cast.scene === 'corridor'; guard++)
      s = first.run({ type: 'continue' });
    expect(s.cast.scene).not.toBe('corridor');
    const again = setup(hotReferral, storage);
    expect(again.host.state.cast).toEqual(s.cast);
    expect(again.host.state.line?.number).toBe(s.line?.number);
    // The room hears the seller as "The seller", never "You".
    const sellerLines = again.host.state.recent.filter((l) => l.speaker === 'seller');
    for (const line of sellerLines) expect(line.who).toBe('The seller');
  });

  it('keeps unreadable saved data aside, says so, and starts afresh', () => {
    const storage = new MemoryStorage() as unknown as Storage;
    storage.setItem(workshopKey('test'), '{"format":"attune-workshop","version":1,"storyId":"hot-referral"}');
    const { host } = setup(hotReferral, storage);
    expect(host.state.screen).toBe('intro');
    expect(host.state.notice).toContain('could not be read');
    expect(host.state.notice).toContain(`${workshopKey('test')}.unreadable`);
    expect(storage.getItem(`${workshopKey('test')}.unreadable`)).toContain('hot-referral');
    expect(storage.getItem(workshopKey('test'))).toBeNull();
  });

  it('restarts on the title slide with no votes', () => {
    const { toDecision, run } = setup();
    toDecision();
    run({ type: 'vote', index: 0, delta: 1 });
    const s = run({ type: 'restart' });
    expect(s.screen).toBe('intro');
    expect(s.decisionsMade).toBe(0);
    expect(run({ type: 'start' }).line?.number).toBe(1);
  });
});

describe('a workshop that survives, and refuses what does not fit', () => {
  it('a reopened projector restores the line, votes, reveal, failing choice, blackout and notes', () => {
    const storage = new MemoryStorage() as unknown as Storage;
    const first = setup(hotReferral, storage);
    first.toDecision();
    first.run({ type: 'choose', index: 0 });
    first.toDecision();
    const s = first.run(
      { type: 'vote', index: 1, delta: 3 },
      { type: 'reveal' },
      { type: 'show-failing' },
      { type: 'blackout' },
      { type: 'notes', text: 'The room split on B.' },
      { type: 'head-count', count: 18 },
    );
    const again = setup(hotReferral, storage).host.state;
    expect(again.line).toEqual(s.line);
    expect(again.decision).toMatchObject({ votes: [0, 3, 0], revealed: true, failingShown: true });
    expect(again).toMatchObject({ blackout: true, notes: 'The room split on B.', headCount: 18 });
    expect(again.startedAt).toBe(s.startedAt);
  });

  it('refuses a vote of 1e308, half a vote or an option out of range, and the tally stays whole', () => {
    const { run, toDecision } = setup();
    toDecision();
    run({ type: 'vote', index: 0, delta: 2 });
    for (const bad of [
      { type: 'vote', index: 0, delta: 1e308 },
      { type: 'vote', index: 0, delta: 0.5 },
      { type: 'set-votes', index: 0, count: Infinity },
      { type: 'vote', index: 40, delta: 1 },
    ] as WorkshopCommand[]) {
      const s = run(bad);
      expect(s.answered?.error).toMatch(/^Refused a malformed command/);
      expect(s.decision?.votes).toEqual([2, 0, 0]);
    }
    expect(
      run({ type: 'set-votes', index: 1, count: 10_000 }, { type: 'vote', index: 1, delta: 5 }).decision
        ?.votes,
    ).toEqual([2, 10_000, 0]);
  });

  it('applies a command id once: a replayed message changes nothing', async () => {
    const { presenterEnd, heard, toDecision } = setup();
    toDecision();
    await Promise.resolve();
    heard.length = 0;
    const blackout = { kind: 'command', id: 'p-1', sentAt: 1000, command: { type: 'blackout' } } as const;
    presenterEnd.send(blackout);
    presenterEnd.send(blackout);
    presenterEnd.send({ ...blackout, id: 'p-old', sentAt: 1000 - 61_000 });
    for (let i = 0; i < 4; i++) await Promise.resolve();
    const states = heard.filter((m) => m.kind === 'state');
    expect(states).toHaveLength(1);
    expect(states[0]?.kind === 'state' && states[0].state.blackout).toBe(true);
  });

  it('answers 5000 hellos with two states, not 5000', async () => {
    let now = 1000;
    const later: (() => void)[] = [];
    const { presenterEnd, heard } = setup(hotReferral, null, {
      now: () => now,
      schedule: (fn) => later.push(fn),
    });
    for (let i = 0; i < 5000; i++) presenterEnd.send({ kind: 'hello', from: 'presenter', id: `p${i}` });
    for (let i = 0; i < 4; i++) await Promise.resolve();
    expect(heard).toHaveLength(1);
    now += 100;
    later.shift()?.();
    await Promise.resolve();
    expect(heard).toHaveLength(2);
  });

  it('beats with its instance, runs a discussion timer at a decision, and previews the next line', async () => {
    const { host, heard, run, toDecision } = setup();
    host.beat();
    await Promise.resolve();
    expect(heard.at(-1)).toEqual({ kind: 'beat', from: 'audience', instance: 'projector-1', at: 1000 });
    expect(host.state.next).toMatchObject({ kind: 'line' });
    const start = run({ type: 'continue' });
    const before = setup().host.state.next;
    expect(before?.kind === 'line' && before.text).toBe(start.line?.text);
    expect(run({ type: 'timer', seconds: 120 }).answered?.error).toMatch(/at a decision/);
    const d = toDecision();
    expect(d.next).toBeNull();
    expect(run({ type: 'timer', seconds: 120 }).timer).toEqual({ seconds: 120, endsAt: 121_000 });
    expect(run({ type: 'choose', index: 0 }).timer).toBeNull();
  });

  it('pages the debrief with → and ←, and exports each decision’s effects', () => {
    const { run, toDecision } = setup();
    let s = host0(run, toDecision, 5);
    s = run({ type: 'debrief' });
    expect(debriefPages(s.roomPath.length)).toBe(2);
    expect(s.debriefPage).toBe(0);
    expect(run({ type: 'continue' }).debriefPage).toBe(1);
    expect(run({ type: 'continue' }).answered?.error).toMatch(/last page/);
    expect(run({ type: 'rewind' }).debriefPage).toBe(0);
    expect(s.roomPath[0]?.effects).toHaveLength(s.roomPath[0]?.options.length ?? -1);
    expect(s.roomPath[0]?.effects[0]).toMatchObject({
      alignment: expect.any(Number),
      attunement: expect.any(Number),
    });
  });
});

/** Plays `decisions` decisions choosing A each time. */
function host0(
  run: (...c: WorkshopCommand[]) => WorkshopState,
  toDecision: () => WorkshopState,
  decisions: number,
): WorkshopState {
  let s = toDecision();
  for (let i = 0; i < decisions; i++) {
    s = run({ type: 'choose', index: 0 });
    if (i < decisions - 1) s = toDecision();
  }
  return s;
}
