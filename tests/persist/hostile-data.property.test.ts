// Property tests: random, corrupted and hostile saves, imports and storage never throw, never lose what
// was there without saying so, and never let a prototype name stand for a story.
import fc from 'fast-check';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import {
  FORMULA_START,
  historyToCsv,
  LIMITS,
  memoryStore,
  mergeHistory,
  mergeSplit,
  splitIncoming,
  openStore,
  ProgressStore,
  readCsvHistory,
  readHistoryEntry,
  readHistoryEntryBySchema,
  readRun,
  type HistoryEntry,
  type KeyValueStore,
  type SavedRun,
} from '../../src/persist/index.ts';
import { indexedDbStore } from '../../src/persist/key-value-store.ts';
import { followPath, PlaySession } from '../../src/session/index.ts';
import { defaultRubric } from '../../src/sim/default-rubric.ts';
import { compile, TWO_DECISIONS } from '../helpers/ink.ts';

const STORIES = ['two', 'x'];
const clock = () => 1_700_000_000_000;
const turn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const store = (kv: KeyValueStore = memoryStore()) => new ProgressStore(kv, { stories: STORIES, clock });
const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];
/** OWASP's CSV-injection prefixes and their full-width forms. */
const FORMULA_PREFIXES = ['=', '+', '-', '@', '\t', '\r', '\n', '＝', '＋', '－', '＠'];

const text = fc.string({ maxLength: 40, unit: 'grapheme' });
const percent = fc.integer({ min: 0, max: 100 });
const entry: fc.Arbitrary<HistoryEntry> = fc.record({
  id: fc.string({ minLength: 1, maxLength: 30 }),
  storyId: fc.oneof(fc.string({ minLength: 1, maxLength: 30 }), fc.constantFrom(...PROTOTYPE_NAMES)),
  title: fc.oneof(
    text,
    fc
      .tuple(fc.constantFrom(...FORMULA_PREFIXES), fc.constantFrom('', "'"), text)
      .map(([p, q, t]) => q + p + t),
  ),
  finishedAt: fc.integer({ min: 0, max: 4_000_000_000_000 }),
  path: fc.array(text, { maxLength: 6 }),
  outcome: fc.constantFrom('order', 'advance', 'continuation', 'no-sale', null),
  scored: fc.boolean(),
  scores: fc.record({
    overall: percent,
    alignment: percent,
    attunement: percent,
    courage: percent,
    outcome: percent,
  }),
});
const uniqueEntries = fc.uniqueArray(entry, { selector: (e) => e.id, maxLength: 8 });
const byAge = (list: readonly HistoryEntry[]) =>
  [...list].sort((a, b) => a.finishedAt - b.finishedAt || a.id.localeCompare(b.id));
const bundle = (history: unknown[], runs: unknown[] = []) =>
  JSON.stringify({ format: 'attune-export', version: 1, exportedAt: 1, runs, history });
const run = (storyId: string, savedAt: number, choices: number): SavedRun => ({
  format: 'attune-run',
  version: 2,
  storyId,
  title: 'Two Decisions',
  savedAt,
  seed: 1,
  log: [
    { type: 'start', at: savedAt, seed: 1, title: 'Two Decisions' },
    ...Array.from({ length: choices }, (_, i) => ({
      type: 'choice' as const,
      at: savedAt,
      decision: i + 1,
      index: 0,
      id: `c${i}`,
      text: `Choice ${i}`,
    })),
  ],
});

const story = compile(TWO_DECISIONS);
const finishedReport = () => {
  const session = new PlaySession({ story, rubric: defaultRubric });
  followPath(session, 'exemplary');
  return session.report();
};

describe('stored data of any shape', () => {
  it('reading any stored value as a run never throws and only accepts valid runs', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const read = readRun(value);
        expect(typeof read.ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });

  it('garbage in storage leaves the valid history intact, and its notice survives every later read', async () => {
    await fc.assert(
      fc.asyncProperty(
        uniqueEntries,
        fc.array(fc.anything(), { minLength: 1, maxLength: 5 }),
        fc.anything(),
        async (good, junk, runValue) => {
          const kv = memoryStore();
          await kv.set('history', [...good, ...junk]);
          await kv.set('run:x', runValue);
          const progress = store(kv);
          const history = await progress.history();
          for (const item of good) expect(history).toContainEqual(item);
          await progress.runsInProgress();
          await progress.exportJson();
          const bad = junk.filter((j) => !good.includes(j as HistoryEntry));
          if (bad.length > 0) {
            // Announced once, however often the title screen reads the store again.
            const first = progress.notices();
            await progress.history();
            await progress.runsInProgress();
            expect(progress.notices()).toEqual(first);
            expect(first.length).toBeGreaterThan(0);
            expect(await progress.setAsideCount()).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('a run saved under a prototype name or an unknown story is never listed, and is set aside', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.constantFrom(...PROTOTYPE_NAMES), fc.string({ maxLength: 20 })),
        fc.boolean(),
        async (name, wellFormed) => {
          fc.pre(!STORIES.includes(name));
          const kv = memoryStore();
          await kv.set(`run:${name}`, wellFormed ? run(name || 'y', 5, 3) : { version: 2, storyId: name });
          const progress = store(kv);
          expect(await progress.runsInProgress()).toEqual([]);
          expect(await progress.runInProgress(name)).toBeNull();
          expect(progress.isKnownStory(name)).toBe(false);
          expect(await kv.keys()).not.toContain(`run:${name}`);
          expect(progress.notices()).toHaveLength(1);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a run stored under one story but naming another is set aside, not resumed', async () => {
    const kv = memoryStore();
    await kv.set('run:two', run('x', 5, 2));
    const progress = store(kv);
    expect(await progress.runsInProgress()).toEqual([]);
    expect(progress.notices().map((n) => n.text)).toEqual([
      'Some saved data could not be read (the meeting saved for “two” belongs to another scenario). It was set aside and can be exported; you start fresh.',
    ]);
  });
});

describe('the quick history check', () => {
  it('accepts only what the schema accepts, with the same output', () => {
    const tweak = fc.oneof(
      fc.constant(undefined),
      fc.anything(),
      fc.constantFrom(-1, 101, NaN, Infinity, '', 'x'.repeat(201), null, [], {}),
    );
    const key = fc.constantFrom(
      'id',
      'storyId',
      'title',
      'finishedAt',
      'path',
      'outcome',
      'scored',
      'scores',
    );
    const scoreKey = fc.constantFrom('overall', 'alignment', 'attunement', 'courage', 'outcome');
    fc.assert(
      fc.property(
        entry,
        key,
        scoreKey,
        tweak,
        fc.boolean(),
        fc.anything(),
        (e, k, sk, value, inScores, whole) => {
          const changed: Record<string, unknown> = inScores
            ? { ...e, scores: { ...e.scores, [sk]: value } }
            : { ...e, [k]: value, extra: 1 };
          for (const input of [e, changed, whole]) {
            const quick = readHistoryEntry(input);
            const schema = readHistoryEntryBySchema(input);
            expect(quick.ok).toBe(schema.ok);
            if (quick.ok && schema.ok) expect(quick.value).toEqual(schema.value);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('imports merge and never drop what is there without saying so', () => {
  it('export then import gives back every entry, through JSON and through CSV', async () => {
    await fc.assert(
      fc.asyncProperty(uniqueEntries, async (entries) => {
        const source = store();
        await source.importText(bundle(entries));
        expect(await source.history()).toEqual(byAge(entries));
        const viaCsv = store();
        await viaCsv.importText(await source.exportCsv());
        expect(await viaCsv.history()).toEqual(byAge(entries));
      }),
      { numRuns: 150 },
    );
  });

  it('merging keeps the newest up to the cap, and every entry is either kept or named as left out', () => {
    fc.assert(
      fc.property(
        uniqueEntries,
        fc.array(entry, { maxLength: 10 }),
        fc.integer({ min: 0, max: 12 }),
        (mine, theirs, cap) => {
          const merged = mergeHistory(mine, theirs, cap);
          expect(merged.history.length).toBeLessThanOrEqual(cap);
          const out = [...merged.leftOut.existing, ...merged.leftOut.incoming];
          for (const e of mine) expect([...merged.history, ...out]).toContainEqual(e);
          expect(merged.added.length + merged.duplicates + merged.leftOut.incoming.length).toBe(
            theirs.length,
          );
          const oldestKept = Math.min(...merged.history.map((e) => e.finishedAt));
          for (const e of out) expect(e.finishedAt).toBeLessThanOrEqual(oldestKept);
          // Splitting a large import before the storage transaction changes nothing but the work inside it.
          const split = mergeSplit(mine, splitIncoming(theirs, cap), cap);
          expect(split.history).toEqual(merged.history);
          expect(split.duplicates).toBe(merged.duplicates);
          expect(byAge(split.added)).toEqual(byAge(merged.added));
          // Incoming runs left out are only named (id and finish time), never kept.
          const named = (list: readonly { id: string; finishedAt: number }[]) =>
            list.map(({ id, finishedAt }) => `${finishedAt} ${id}`).sort();
          expect(named(split.leftOut.incoming)).toEqual(named(merged.leftOut.incoming));
          expect(split.leftOut.existing).toEqual(merged.leftOut.existing);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('a corrupted import never throws and never removes what was already there', async () => {
    await fc.assert(
      fc.asyncProperty(
        uniqueEntries,
        fc.integer({ min: 0, max: 2000 }),
        fc.string({ maxLength: 8 }),
        fc.boolean(),
        async (entries, at, noise, truncate) => {
          const progress = store();
          const exported = bundle(entries);
          await progress.importText(exported);
          const before = await progress.history();
          const cut = Math.min(at, exported.length);
          const corrupted = truncate
            ? exported.slice(0, cut)
            : exported.slice(0, cut) + noise + exported.slice(cut);
          const result = await progress.importText(corrupted, 'corrupted.json');
          expect(result.imported + result.duplicates).toBeLessThanOrEqual(entries.length + 1);
          expect(result.messages.length).toBeGreaterThan(0);
          const after = await progress.history();
          for (const item of before) expect(after).toContainEqual(item);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('an export as large as the history on top of a full history keeps the newest and names the rest', async () => {
    const make = (prefix: string, from: number) =>
      Array.from({ length: LIMITS.maxHistory }, (_, i) => ({
        id: `${prefix}-${i}`,
        storyId: 'two',
        title: 'Two Decisions',
        finishedAt: from + i * 1000,
        path: ['Ask'],
        outcome: 'advance' as const,
        scored: true,
        scores: { overall: 80, alignment: 80, attunement: 80, courage: 80, outcome: 85 },
      }));
    const kv = memoryStore();
    const progress = store(kv);
    const mine = make('mine', Date.UTC(2025, 0, 1));
    await progress.importText(bundle(mine));
    const theirs = make('theirs', Date.UTC(2024, 0, 1) + 500);
    const result = await progress.importText(
      bundle([...theirs.slice(0, 1000), ...mine.slice(0, 10)]),
      'old.json',
    );
    // The file's 1000 are older than every stored run: none fits, and the message says which were left out.
    expect(result).toMatchObject({ imported: 0, duplicates: 10, leftOut: 1000 });
    expect(result.messages[0]).toBe(
      'Imported 0 finished runs from old.json; 10 were already in your history.',
    );
    expect(result.messages[1]).toBe(
      'The history keeps the newest 2000 runs, so 1000 older runs finished between 2024-01-01 and 2024-01-01 were left out: 1000 from old.json.',
    );
    // Newer runs from a file push out the oldest of the trainee's own: set aside, still exportable.
    const newer = make('newer', Date.UTC(2026, 0, 1)).slice(0, 300);
    const pushed = await progress.importText(bundle(newer), 'new.json');
    expect(pushed).toMatchObject({ imported: 300, leftOut: 300 });
    expect(pushed.messages[1]).toBe(
      'The history keeps the newest 2000 runs, so 300 older runs finished between 2025-01-01 and 2025-01-01 were left out: 300 from your history, which were set aside and can be exported.',
    );
    const history = await progress.history();
    expect(history).toHaveLength(LIMITS.maxHistory);
    expect(history.slice(-300).map((e) => e.id)).toEqual(newer.map((e) => e.id));
    const aside = JSON.parse(await progress.exportQuarantine()) as { raw: HistoryEntry[] }[];
    expect(aside.flatMap((a) => a.raw).map((e) => e.id)).toEqual(mine.slice(0, 300).map((e) => e.id));
  });

  it('a CSV with more valid rows than the history holds reports what it kept, not what it read', async () => {
    const rows = Array.from({ length: 2500 }, (_, i) => ({
      id: `csv-${i}`,
      storyId: 'two',
      title: 'T',
      finishedAt: 1_000_000 + i,
      path: [],
      outcome: null,
      scored: false,
      scores: { overall: 0, alignment: 0, attunement: 0, courage: 0, outcome: 0 },
    }));
    const result = await store().importText(historyToCsv(rows), 'big.csv');
    expect(result).toMatchObject({ imported: 2000, leftOut: 500, rejected: 0 });
    expect(result.messages[0]).toBe('Imported 2000 finished runs from big.csv.');
    expect(result.messages[1]).toMatch(
      /^The history keeps the newest 2000 runs, so 500 older runs finished between/,
    );
  });

  it('a run in progress is replaced only by a newer run, and only when the trainee says yes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 0, max: 10 }),
        fc.boolean(),
        fc.boolean(),
        async (mineAt, theirsAt, answer, haveMine) => {
          const kv = memoryStore();
          if (haveMine) await kv.set('run:two', run('two', mineAt, 3));
          const asked: number[] = [];
          const result = await store(kv).importText(bundle([], [run('two', theirsAt, 0)]), 'f.json', {
            confirmReplaceRun: async (current, incoming) => {
              asked.push(current.savedAt, incoming.savedAt);
              return answer;
            },
          });
          const now = readRun(await kv.get('run:two'));
          expect(now.ok).toBe(true);
          if (!now.ok) return;
          const newer = theirsAt > mineAt;
          if (!haveMine) expect(now.value.savedAt).toBe(theirsAt);
          else {
            expect(asked).toEqual(newer ? [mineAt, theirsAt] : []);
            expect(now.value.savedAt).toBe(newer && answer ? theirsAt : mineAt);
            expect(result.runsKept + result.runsImported).toBe(1);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a 1970 run with no choices never silently replaces a run with three', async () => {
    const kv = memoryStore();
    await kv.set('run:two', run('two', Date.UTC(2026, 0, 1), 3));
    const result = await store(kv).importText(bundle([], [run('two', 0, 0)]), 'old.json');
    expect(result.messages).toEqual([
      'Imported 0 finished runs from old.json.',
      'Your meeting in progress in “Two Decisions” (3 choices) was kept: the one in old.json is not newer.',
    ]);
    const kept = readRun(await kv.get('run:two'));
    expect(kept.ok && kept.value.log.filter((e) => e.type === 'choice')).toHaveLength(3);
  });

  it('runs for unknown stories or prototype names in a file are refused by name', async () => {
    const kv = memoryStore();
    const result = await store(kv).importText(
      bundle(
        [],
        PROTOTYPE_NAMES.map((n) => run(n, 1, 1)),
      ),
      'p.json',
    );
    expect(result.runsImported).toBe(0);
    expect(result.rejected).toBe(PROTOTYPE_NAMES.length);
    expect(await kv.keys()).toEqual([]);
    expect(result.messages[1]).toBe(
      'a meeting in progress is for a scenario this copy of Attune does not have, “__proto__”.',
    );
  });
});

describe('CSV: spreadsheet formulas and huge files', () => {
  it('every formula prefix on OWASP’s list, and its full-width form, is neutralised and comes back unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...FORMULA_PREFIXES),
        fc.constantFrom('', "'", "''"),
        text,
        async (prefix, quotes, rest) => {
          const title = quotes + prefix + rest;
          const e: HistoryEntry = {
            id: 'a',
            storyId: 'two',
            title,
            finishedAt: 1,
            path: [prefix],
            outcome: null,
            scored: false,
            scores: { overall: 0, alignment: 0, attunement: 0, courage: 0, outcome: 0 },
          };
          const csv = historyToCsv([e]);
          const cells = (await readCsvHistory(csv, { yieldToPage: turn })) as {
            ok: true;
            candidates: HistoryEntry[];
          };
          expect(cells.candidates[0]?.title).toBe(title);
          // In the file, the cell starts with a quote mark, so a spreadsheet shows it as text.
          const line = csv.split('\r\n')[1] ?? '';
          expect(line).toMatch(/^a,two,"?'/);
          expect(FORMULA_START.test(title)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a file of a hundred thousand junk rows is read without overflowing, and names the problem once', async () => {
    const junk = `${'id,story,title,finished,outcome,scored,overall,alignment,attunement,courage,outcome_score,path'}\n${'x\n'.repeat(100_000)}`;
    let turns = 0;
    const progress = new ProgressStore(memoryStore(), {
      stories: STORIES,
      clock,
      sliceMs: 0,
      yieldToPage: async () => {
        turns++;
        await turn();
      },
    });
    const result = await progress.importText(junk, 'junk.csv');
    expect(result).toMatchObject({ imported: 0, rejected: 100_000 });
    expect(result.messages).toEqual([
      'Imported 0 finished runs from junk.csv; 100000 entries could not be read.',
      'row 2 has 1 cells, not 12.',
      'row 3 has 1 cells, not 12.',
      'row 4 has 1 cells, not 12.',
      'row 5 has 1 cells, not 12.',
      'row 6 has 1 cells, not 12.',
      'and 99995 more like them.',
    ]);
    // With no time to spare in a slice, the page gets a turn after every chunk of the file.
    expect(turns).toBeGreaterThanOrEqual(Math.floor(junk.length / (8 * 1024)));
  });
});

describe('storage that throws in any way', () => {
  const METHODS = ['get', 'set', 'delete', 'keys', 'update'] as const;
  const hostile = (broken: readonly (typeof METHODS)[number][], sync: boolean): KeyValueStore => {
    const base = memoryStore();
    const fail = () => {
      const error = new DOMException('denied', 'SecurityError');
      if (sync) throw error;
      return Promise.reject(error);
    };
    return {
      persistent: true,
      kind: 'indexeddb',
      get: broken.includes('get') ? fail : base.get,
      set: broken.includes('set') ? fail : base.set,
      delete: broken.includes('delete') ? fail : base.delete,
      keys: broken.includes('keys') ? fail : base.keys,
      update: broken.includes('update') ? fail : base.update,
    };
  };

  it('no operation rejects, whichever methods throw, synchronously or not', async () => {
    const report = finishedReport();
    await fc.assert(
      fc.asyncProperty(fc.subarray([...METHODS]), fc.boolean(), async (broken, sync) => {
        const progress = store(hostile(broken, sync));
        const saved = await progress.saveRun('two', 'T', 1, []);
        expect(saved).toBe(!broken.includes('set'));
        if (!saved) expect(progress.saveStatus.message).toMatch(/progress is not being saved/);
        await progress.runsInProgress();
        await progress.history();
        await progress.recordFinished('two', report);
        await progress.bests();
        await progress.exportJson();
        await progress.importText(bundle([]));
        await progress.clearRun('two');
      }),
      { numRuns: 100 },
    );
  });

  const lookups = [
    [
      'an indexedDB getter that throws',
      () => {
        throw new DOMException('denied', 'SecurityError');
      },
    ],
    ['no indexedDB', () => undefined],
    [
      'an indexedDB whose open throws',
      () => ({
        open: () => {
          throw new Error('blocked');
        },
      }),
    ],
  ] as const;
  it.each(lookups)(
    'with %s and no local storage, opens in memory and says progress is not saved',
    async (_name, getter) => {
      const opened = await openStore({
        indexedDB: getter,
        localStorage: () => {
          throw new DOMException('denied', 'SecurityError');
        },
      });
      expect(opened.store.kind).toBe('memory');
      expect(opened.degraded).toBe('this browser does not allow saving here, so progress is not being saved');
    },
  );
});

describe('two tabs at once (IndexedDB transactions)', () => {
  const realIndexedDb = globalThis.indexedDB;
  afterEach(() => {
    globalThis.indexedDB = realIndexedDb;
  });

  it('every run finished at the same moment in different tabs is kept', async () => {
    const report = finishedReport();
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 2, max: 6 }), async (tabs) => {
        globalThis.indexedDB = new IDBFactory();
        const stores = Array.from({ length: tabs }, (_, i) => {
          let t = 1_700_000_000_000 + i;
          return new ProgressStore(indexedDbStore(), { stories: STORIES, clock: () => (t += 10) });
        });
        await Promise.all(stores.map((s) => s.recordFinished('two', report)));
        expect(await (stores[0] as ProgressStore).history()).toHaveLength(tabs);
      }),
      { numRuns: 20 },
    );
  });
});
