import { describe, expect, it } from 'vitest';
import { memoryStore, ProgressStore, readRun, type KeyValueStore } from '../../src/persist/index.ts';
import { followPath, playChoices, PlaySession, resumeFromLog } from '../../src/session/index.ts';
import { defaultRubric } from '../../src/sim/default-rubric.ts';
import { compile, TWO_DECISIONS } from '../helpers/ink.ts';

const json = compile(TWO_DECISIONS);
const newSession = (story = json) => new PlaySession({ story, rubric: defaultRubric, clock: () => 5 });
let now = 1_700_000_000_000;
const STORIES = ['two', 'broken'];
const clock = () => now++;

describe('autosave and resume', () => {
  it('saves the run at a choice and resumes exactly where the trainee was', async () => {
    const progress = new ProgressStore(memoryStore(), { stories: STORIES, clock });
    const session = newSession();
    session.start();
    session.continue();
    session.choose(0);
    expect(session.snapshot().line?.text).toBe('Asked.');
    expect(await progress.saveRun('two', 'Two Decisions', session.seed, session.log)).toBe(true);
    const [saved] = await progress.runsInProgress();
    expect(saved?.storyId).toBe('two');
    const { session: resumed, notice } = resumeFromLog(
      { story: json, rubric: defaultRubric, clock: () => 5 },
      saved?.log ?? [],
    );
    expect(notice).toBeUndefined();
    expect(resumed.snapshot()).toEqual(session.snapshot());
  });

  it('after an edit that removed a recorded choice, says so and resumes at the last matching decision', async () => {
    const session = newSession();
    playChoices(session, [0, 0]);
    const edited = compile(TWO_DECISIONS.replace('[Budget? #move', '[When do you decide? #move'));
    const { session: resumed, notice } = resumeFromLog({ story: edited, rubric: defaultRubric }, session.log);
    expect(notice).toBe(
      'This story has changed since your progress was saved. decision 2: the choice "Budget?" is no longer in the story. You are back at that decision, with your earlier choices kept.',
    );
    expect(resumed.state).toBe('waiting-for-choice');
    expect(resumed.snapshot().decisions.map((d) => d.text)).toEqual(['Ask']);
  });

  it('clears the run and records the history when a run finishes; best score and completion follow', async () => {
    const progress = new ProgressStore(memoryStore(), { stories: STORIES, clock });
    const session = newSession();
    followPath(session, 'failure');
    await progress.saveRun('two', 'Two Decisions', 1, session.log);
    await progress.recordFinished('two', session.report());
    const better = newSession();
    followPath(better, 'exemplary');
    await progress.recordFinished('two', better.report());
    expect(await progress.runsInProgress()).toEqual([]);
    const history = await progress.history();
    expect(history.map((h) => [h.outcome, h.path])).toEqual([
      ['no-sale', ['Pitch', 'Bye']],
      ['advance', ['Ask', 'Budget?']],
    ]);
    expect((await progress.bests()).get('two')).toEqual({
      storyId: 'two',
      best: 80,
      completed: true,
      runs: 2,
    });
  });
});

describe('bad data: a clear message and a fresh start, the bad data kept aside', () => {
  it('quarantines a corrupt run and a damaged history entry, keeping the good entries', async () => {
    const store = memoryStore();
    const progress = new ProgressStore(store, { stories: STORIES, clock });
    const session = newSession();
    followPath(session, 'exemplary');
    await progress.recordFinished('two', session.report());
    const good = await progress.history();
    await store.set('run:broken', {
      format: 'attune-run',
      version: 2,
      storyId: 'broken',
      title: 'B',
      savedAt: 1,
      seed: 1,
      log: 'nope',
    });
    await store.set('history', [...good, { id: 3 }]);
    expect(await progress.runsInProgress()).toEqual([]);
    expect(await progress.history()).toEqual(good);
    const notices = progress.notices().map((n) => n.text);
    expect(notices).toHaveLength(2);
    expect(notices).toEqual([
      'Some saved data could not be read (the saved run is damaged (log: Invalid type: Expected Array but received "nope")). It was set aside and can be exported; you start fresh.',
      'Some saved data could not be read (1 history entry was damaged). It was set aside and can be exported; you start fresh.',
    ]);
    const quarantined = JSON.parse(await progress.exportQuarantine()) as { key: string }[];
    expect(quarantined.map((q) => q.key).sort()).toEqual(['history', 'run:broken']);
  });

  it('reads a run saved by an older version through a migration', () => {
    const read = readRun({ version: 1, storyId: 'two', savedAt: 3, choices: [{ id: '/ask', text: 'Ask' }] });
    expect(read).toMatchObject({ ok: true, migrated: true });
    if (!read.ok) return;
    const { session } = resumeFromLog({ story: json, rubric: defaultRubric }, read.value.log);
    expect(session.snapshot().decisions.map((d) => d.text)).toEqual(['Ask']);
  });

  it('names a newer format and foreign data', () => {
    expect(readRun({ version: 9 })).toEqual({
      ok: false,
      reason: 'the saved run comes from a newer version of Attune (format 9); update Attune to read it',
    });
    expect(readRun('<html>')).toEqual({ ok: false, reason: 'this is not an Attune saved run' });
  });
});

describe('storage denied or full', () => {
  const refusing = (name: string): KeyValueStore => ({
    ...memoryStore(),
    persistent: true,
    set: async () => {
      throw Object.assign(new Error('refused'), { name });
    },
  });

  it('goes on and says progress is not being saved when the quota is exceeded', async () => {
    const progress = new ProgressStore(refusing('QuotaExceededError'), { stories: STORIES, clock });
    const statuses: string[] = [];
    progress.onStatus((s) => statuses.push(s.message ?? ''));
    expect(await progress.saveRun('two', 'T', 1, newSession().log)).toBe(false);
    expect(progress.saveStatus).toEqual({
      saving: false,
      message: 'storage is full, so progress is not being saved; export your history and clear some space',
    });
    expect(statuses).toHaveLength(1);
  });

  it('goes on when storage is denied outright', async () => {
    const progress = new ProgressStore(refusing('SecurityError'), { stories: STORIES, clock });
    await progress.saveRun('two', 'T', 1, []);
    expect(progress.saveStatus.message).toBe(
      'this browser refused to store data, so progress is not being saved',
    );
  });

  it('a memory-only store says from the start that progress is not kept', () => {
    expect(
      new ProgressStore(memoryStore(), { stories: STORIES, clock, degraded: 'private window' }).saveStatus,
    ).toEqual({
      saving: false,
      message: 'private window',
    });
  });
});

describe('export and import', () => {
  async function withHistory() {
    const progress = new ProgressStore(memoryStore(), { stories: STORIES, clock });
    for (const path of ['exemplary', 'failure']) {
      const session = newSession();
      followPath(session, path);
      await progress.recordFinished('two', session.report());
    }
    return progress;
  }

  it('round-trips the history through JSON and through CSV', async () => {
    const source = await withHistory();
    const history = await source.history();
    const fromJson = new ProgressStore(memoryStore(), { stories: STORIES, clock });
    expect(await fromJson.importText(await source.exportJson(), 'attune-history.json')).toMatchObject({
      imported: 2,
      duplicates: 0,
      rejected: 0,
      leftOut: 0,
      messages: ['Imported 2 finished runs from attune-history.json.'],
    });
    expect(await fromJson.history()).toEqual(history);
    const fromCsv = new ProgressStore(memoryStore(), { stories: STORIES, clock });
    expect(await fromCsv.importText(await source.exportCsv())).toMatchObject({
      imported: 2,
      duplicates: 0,
      rejected: 0,
    });
    expect(await fromCsv.history()).toEqual(history);
    expect(await fromCsv.importText(await source.exportCsv())).toMatchObject({
      imported: 0,
      duplicates: 2,
      messages: ['Imported 0 finished runs from the file; 2 were already in your history.'],
    });
  });

  it('keeps spreadsheet formulas out of the CSV', async () => {
    const progress = new ProgressStore(memoryStore(), { stories: STORIES, clock });
    await progress.importText(
      JSON.stringify({
        format: 'attune-export',
        version: 1,
        exportedAt: 1,
        runs: [],
        history: [
          {
            id: 'x',
            storyId: 's',
            title: '=HYPERLINK("http://x")',
            finishedAt: 1,
            path: [],
            outcome: null,
            scored: false,
            scores: { overall: 0, alignment: 0, attunement: 0, courage: 0, outcome: 0 },
          },
        ],
      }),
    );
    expect(await progress.exportCsv()).toContain(`"'=HYPERLINK(""http://x"")"`);
  });

  it('refuses huge, deeply nested and foreign files with a message', async () => {
    const progress = new ProgressStore(memoryStore(), { stories: STORIES, clock });
    expect((await progress.importText(`[${'1,'.repeat(1_100_000)}1]`, 'big.json')).messages).toEqual([
      'big.json was not imported: it is larger than 2 MB; import an export made by Attune. Nothing was changed.',
    ]);
    expect(
      (await progress.importText(`${'['.repeat(5000)}${']'.repeat(5000)}`, 'deep.json')).messages,
    ).toEqual(['deep.json was not imported: it is nested more than 24 levels deep. Nothing was changed.']);
    expect((await progress.importText('{"hello": "world"}', 'other.json')).messages).toEqual([
      'other.json was not imported: it is not an Attune export; export from Attune and import that file. Nothing was changed.',
    ]);
    expect((await progress.importText('\u0000\u0001\u0002binary', 'x.bin')).messages).toEqual([
      'x.bin was not imported: its first row must be the header id,story,title,finished,outcome,scored,overall,alignment,attunement,courage,outcome_score,path. Nothing was changed.',
    ]);
  });
});
