// Property tests: random and corrupted saves and imports never throw, and never lose valid data.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memoryStore, ProgressStore, readRun, type HistoryEntry } from '../../src/persist/index.ts';

const clock = () => 1_700_000_000_000;
const text = fc.string({ maxLength: 40, unit: 'grapheme' });
const percent = fc.integer({ min: 0, max: 100 });
const entry: fc.Arbitrary<HistoryEntry> = fc.record({
  id: fc.string({ minLength: 1, maxLength: 30 }),
  storyId: fc.string({ minLength: 1, maxLength: 30 }),
  title: text,
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

describe('hostile and random data', () => {
  it('reading any stored value as a run never throws and only accepts valid runs', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const read = readRun(value);
        expect(typeof read.ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });

  it('any garbage in storage leaves the valid history intact and never throws', async () => {
    await fc.assert(
      fc.asyncProperty(
        uniqueEntries,
        fc.array(fc.anything(), { maxLength: 5 }),
        fc.anything(),
        async (good, junk, run) => {
          const store = memoryStore();
          await store.set('history', [...good, ...junk]);
          await store.set('run:x', run);
          const progress = new ProgressStore(store, clock);
          const history = await progress.history();
          for (const item of good) expect(history).toContainEqual(item);
          await progress.runsInProgress();
          await progress.exportJson();
        },
      ),
      { numRuns: 150 },
    );
  });

  it('export then import gives back every entry, through JSON and through CSV', async () => {
    await fc.assert(
      fc.asyncProperty(uniqueEntries, async (entries) => {
        const source = new ProgressStore(memoryStore(), clock);
        await source.importText(
          JSON.stringify({ format: 'attune-export', version: 1, exportedAt: 1, runs: [], history: entries }),
        );
        expect(await source.history()).toEqual(entries);
        const viaCsv = new ProgressStore(memoryStore(), clock);
        await viaCsv.importText(await source.exportCsv());
        expect(await viaCsv.history()).toEqual(entries);
      }),
      { numRuns: 150 },
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
          const progress = new ProgressStore(memoryStore(), clock);
          const exported = JSON.stringify({
            format: 'attune-export',
            version: 1,
            exportedAt: 1,
            runs: [],
            history: entries,
          });
          await progress.importText(exported);
          const before = await progress.history();
          const cut = Math.min(at, exported.length);
          const corrupted = truncate
            ? exported.slice(0, cut)
            : exported.slice(0, cut) + noise + exported.slice(cut);
          const result = await progress.importText(corrupted, 'corrupted.json');
          expect(result.imported + result.skipped).toBeLessThanOrEqual(entries.length + 1);
          const after = await progress.history();
          for (const item of before) expect(after).toContainEqual(item);
        },
      ),
      { numRuns: 200 },
    );
  });
});
