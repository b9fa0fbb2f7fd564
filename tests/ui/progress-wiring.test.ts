import { describe, expect, it } from 'vitest';
import { memoryStore, ProgressStore } from '../../src/persist/index.ts';
import { PlaySession } from '../../src/session/index.ts';
import { defaultRubric } from '../../src/sim/default-rubric.ts';
import { openProgress, wireProgress } from '../../src/ui/saves/progress-wiring.ts';
import { compile, TWO_DECISIONS } from '../helpers/ink.ts';

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('autosave wiring', () => {
  it('saves a choice made before storage was ready, and every choice after it', async () => {
    const progress = new ProgressStore(memoryStore(), { stories: ['two'], clock: () => 1_700_000_000_000 });
    const session = new PlaySession({ story: compile(TWO_DECISIONS), rubric: defaultRubric });
    session.start();
    session.continue();
    session.choose(0);
    wireProgress(progress, () => undefined).observeSession(session, 'two', { kind: 'play' });
    await settle();
    const [early] = await progress.runsInProgress();
    expect(early?.log.filter((e) => e.type === 'choice')).toHaveLength(1);

    while (session.state === 'waiting-for-continue') session.continue();
    session.choose(0);
    await settle();
    const [later] = await progress.runsInProgress();
    expect(later?.log.filter((e) => e.type === 'choice')).toHaveLength(2);
  });

  it('saves after every Continue as well as every choice, so a reload lands on the line being read', async () => {
    const progress = new ProgressStore(memoryStore(), { stories: ['two'], clock: () => 1_700_000_000_000 });
    const session = new PlaySession({ story: compile(TWO_DECISIONS), rubric: defaultRubric });
    wireProgress(progress, () => undefined).observeSession(session, 'two', { kind: 'play' });
    session.start();
    session.continue();
    await settle();
    const [run] = await progress.runsInProgress();
    expect(run?.log.filter((e) => e.type === 'line')).toHaveLength(2);
    const resumed = new PlaySession({ story: compile(TWO_DECISIONS), rubric: defaultRubric });
    resumed.replay(run?.log ?? []);
    expect(resumed.snapshot().line?.text).toBe(session.snapshot().line?.text);
  });

  it('does not save a run that has not gone past its first line', async () => {
    const progress = new ProgressStore(memoryStore(), { stories: ['two'], clock: () => 1_700_000_000_000 });
    const session = new PlaySession({ story: compile(TWO_DECISIONS), rubric: defaultRubric });
    session.start();
    wireProgress(progress, () => undefined).observeSession(session, 'two', { kind: 'play' });
    await settle();
    expect(await progress.runsInProgress()).toEqual([]);
  });
});

describe('opening saved progress', () => {
  it('never rejects: storage that throws on being looked at gives memory that says progress is not saved', async () => {
    const denied = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    const progress = await openProgress({ stories: ['two'], indexedDB: denied, localStorage: denied });
    expect(progress.saveStatus).toEqual({
      saving: false,
      message: 'this browser does not allow saving here, so progress is not being saved',
    });
    expect(await progress.saveRun('two', 'T', 1, [])).toBe(true);
    expect(await progress.runsInProgress()).toHaveLength(1);
  });
});
