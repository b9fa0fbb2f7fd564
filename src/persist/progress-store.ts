// A trainee's progress: the run in progress of each story (autosaved at every choice), the history of
// finished runs, best scores, and export/import. Nothing read back is trusted: every key is checked
// against the known stories and every value is validated and migrated; what cannot be used is set aside
// under a quarantine key (still exportable) with a notice, instead of crashing. Each change to the history
// or to a run is one storage transaction, so two tabs finishing at once both keep their runs.
import type { LogEntry, SessionReport } from '../session/index.ts';
import type { ProblemList } from './history-csv.ts';
import { IncomingSplitter, mergeHistory, mergeSplit } from './history-merge.ts';
import type { KeyValueStore } from './key-value-store.ts';
import { LIMITS } from './limits.ts';
import { readHistoryEntry, readRun } from './migrations.ts';
import { parseJsonSafely } from './safe-json.ts';
import type { ExportBundle, HistoryEntry, SavedRun } from './save-schema.ts';
import { timeSlices } from './time-slices.ts';

export interface SaveStatus {
  saving: boolean;
  message?: string;
}

export interface Best {
  storyId: string;
  best: number | null;
  completed: boolean;
  runs: number;
}

/** Data that could not be used and was set aside: shown once on the title screen until dismissed. */
export interface Notice {
  id: number;
  text: string;
}

export interface ImportResult {
  /** Finished runs added to the history. */
  imported: number;
  /** Finished runs already in the history (same id). */
  duplicates: number;
  /** Rows or entries that could not be read. */
  rejected: number;
  /** Finished runs not kept because the history holds at most LIMITS.maxHistory. */
  leftOut: number;
  /** Runs in progress taken from the file. */
  runsImported: number;
  /** Runs in progress in the file that did not replace the trainee's own. */
  runsKept: number;
  /** Whole sentences for the trainee: what happened first, then each problem. */
  messages: string[];
}

export interface ImportOptions {
  fileName?: string;
  /**
   * Asked before a run in progress is replaced by a newer one from the file; resolving false keeps the
   * trainee's run. Without it, a run in progress is never replaced.
   */
  confirmReplaceRun?: (current: SavedRun, incoming: SavedRun) => Promise<boolean>;
}

export interface ProgressStoreOptions {
  /** The stories this copy of Attune has: a stored run is used only when it belongs to one of them. */
  stories: readonly string[];
  clock?: () => number;
  /** Why storage is memory only, for the "progress is not being saved" message. */
  degraded?: string;
  /** Gives the page a turn during long work (an import); a macrotask by default. */
  yieldToPage?: () => Promise<void>;
  /** Milliseconds of import work between two turns of the page (16 by default). */
  sliceMs?: number;
}

const RUN = 'run:';
const HISTORY = 'history';
const QUARANTINE = 'quarantine:';

function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name ?? '';
  return (
    name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || /quota/i.test(String(error))
  );
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const day = (time: number) => new Date(time).toISOString().slice(0, 10);
const choicesIn = (run: SavedRun) => run.log.filter((e) => e.type === 'choice').length;

/** Splits a stored history into readable entries and damaged ones. Never throws. */
function readHistory(raw: unknown): { ok: HistoryEntry[]; bad: unknown[]; notList: boolean } {
  if (raw === undefined) return { ok: [], bad: [], notList: false };
  if (!Array.isArray(raw)) return { ok: [], bad: [], notList: true };
  const ok: HistoryEntry[] = [];
  const bad: unknown[] = [];
  for (const item of raw) {
    const read = readHistoryEntry(item);
    if (read.ok) ok.push(read.value);
    else bad.push(item);
  }
  return { ok, bad, notList: false };
}

export class ProgressStore {
  private status: SaveStatus;
  private readonly listeners = new Set<(status: SaveStatus) => void>();
  private readonly noticeList: Notice[] = [];
  private nextNotice = 1;
  private asideCount = 0;
  private readonly known: Set<string>;
  private readonly clock: () => number;
  private readonly yieldToPage: () => Promise<void>;
  private readonly sliceMs: number;

  constructor(
    private readonly store: KeyValueStore,
    options: ProgressStoreOptions,
  ) {
    this.known = new Set(options.stories);
    this.clock = options.clock ?? (() => Date.now());
    this.yieldToPage = options.yieldToPage ?? (() => new Promise((resolve) => setTimeout(resolve, 0)));
    this.sliceMs = options.sliceMs ?? 16;
    this.status = store.persistent
      ? { saving: true }
      : { saving: false, message: options.degraded ?? 'progress is not being saved' };
  }

  get saveStatus(): SaveStatus {
    return this.status;
  }

  onStatus(listener: (status: SaveStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Data set aside during this visit that the trainee has not dismissed yet. Reading does not clear it. */
  notices(): readonly Notice[] {
    return [...this.noticeList];
  }

  dismissNotice(id: number): void {
    const at = this.noticeList.findIndex((n) => n.id === id);
    if (at >= 0) this.noticeList.splice(at, 1);
  }

  /** True when `id` names a story this copy has (by value: `__proto__` or `constructor` never match). */
  isKnownStory(id: string): boolean {
    return this.known.has(id);
  }

  private setStatus(status: SaveStatus) {
    if (status.saving === this.status.saving && status.message === this.status.message) return;
    this.status = status;
    for (const listener of this.listeners) listener(status);
  }

  private refused(error: unknown) {
    this.setStatus({
      saving: false,
      message: isQuotaError(error)
        ? 'storage is full, so progress is not being saved; export your history and clear some space'
        : 'this browser refused to store data, so progress is not being saved',
    });
  }

  private async guard(work: () => Promise<void>): Promise<boolean> {
    try {
      await work();
      if (this.store.persistent) this.setStatus({ saving: true });
      return true;
    } catch (error) {
      this.refused(error);
      return false;
    }
  }

  private asideKey(key: string): string {
    return `${QUARANTINE}${this.clock()}-${++this.asideCount}:${key}`;
  }

  private announce(reason: string) {
    const text = `Some saved data could not be read (${reason}). It was set aside and can be exported; you start fresh.`;
    if (this.noticeList.some((n) => n.text === text)) return;
    this.noticeList.push({ id: this.nextNotice++, text });
  }

  /** Moves a stored value aside in one transaction, announcing it once. */
  private async quarantine(key: string, reason: string): Promise<void> {
    this.announce(reason);
    const aside = this.asideKey(key);
    await this.guard(() =>
      this.store.update(key, (raw) => ({ value: undefined, put: [[aside, { key, reason, raw }]] })),
    );
  }

  /** Autosave: called after every choice. Returns false when the run could not be saved. */
  async saveRun(storyId: string, title: string, seed: number, log: readonly LogEntry[]): Promise<boolean> {
    if (!this.isKnownStory(storyId)) return false;
    const run: SavedRun = {
      format: 'attune-run',
      version: 2,
      storyId,
      title,
      savedAt: this.clock(),
      seed,
      log: [...log],
    };
    return this.guard(() => this.store.set(RUN + storyId, run));
  }

  async clearRun(storyId: string): Promise<void> {
    try {
      await this.store.delete(RUN + storyId);
    } catch {
      // A run that cannot be deleted is offered again and can be dismissed then.
    }
  }

  /** The usable run under one key, setting aside what cannot be used. */
  private async runAt(key: string): Promise<SavedRun | null> {
    const id = key.slice(RUN.length);
    if (!this.isKnownStory(id)) {
      await this.quarantine(
        key,
        `a meeting in progress was saved for a scenario this copy of Attune does not have, “${id.slice(0, 60)}”`,
      );
      return null;
    }
    const read = readRun(await this.safeGet(key));
    if (!read.ok) {
      await this.quarantine(key, read.reason);
      return null;
    }
    if (read.value.storyId !== id) {
      await this.quarantine(key, `the meeting saved for “${id}” belongs to another scenario`);
      return null;
    }
    return read.value;
  }

  /** Runs in progress, newest first, for the "resume where you were" offer. */
  async runsInProgress(): Promise<SavedRun[]> {
    const runs: SavedRun[] = [];
    for (const key of await this.safeKeys()) {
      if (!key.startsWith(RUN)) continue;
      const run = await this.runAt(key);
      if (run) runs.push(run);
    }
    return runs.sort((a, b) => b.savedAt - a.savedAt);
  }

  /** The saved run of one story, if any. */
  async runInProgress(storyId: string): Promise<SavedRun | null> {
    if (!this.isKnownStory(storyId)) return null;
    return (await this.safeKeys()).includes(RUN + storyId) ? this.runAt(RUN + storyId) : null;
  }

  /**
   * Applies `change` to the readable history in one transaction. Damaged entries, or a history that is not
   * a list, are set aside in the same transaction and announced.
   */
  private async changeHistory(
    change: (history: HistoryEntry[]) => {
      history: HistoryEntry[];
      aside?: HistoryEntry[];
      remove?: string[];
    },
  ): Promise<boolean> {
    const reasons: string[] = [];
    const ok = await this.guard(() =>
      this.store.update(HISTORY, (raw) => {
        reasons.length = 0;
        const read = readHistory(raw);
        const next = change(read.ok);
        const put: [string, unknown][] = [];
        if (read.notList) {
          reasons.push('the history is not a list');
          put.push([this.asideKey(HISTORY), { key: HISTORY, reason: 'the history is not a list', raw }]);
        }
        if (read.bad.length > 0) {
          const reason = `${plural(read.bad.length, 'history entry', 'history entries')} ${read.bad.length === 1 ? 'was' : 'were'} damaged`;
          reasons.push(reason);
          put.push([this.asideKey(`${HISTORY}-entries`), { key: HISTORY, reason, raw: read.bad }]);
        }
        if (next.aside && next.aside.length > 0) {
          put.push([
            this.asideKey(`${HISTORY}-over-limit`),
            {
              key: HISTORY,
              reason: `the history keeps the newest ${LIMITS.maxHistory} runs`,
              raw: next.aside,
            },
          ]);
        }
        return { value: next.history, put, remove: next.remove ?? [] };
      }),
    );
    for (const reason of reasons) this.announce(reason);
    return ok;
  }

  async history(): Promise<HistoryEntry[]> {
    const raw = await this.safeGet(HISTORY);
    const read = readHistory(raw);
    if (read.notList || read.bad.length > 0) await this.changeHistory((history) => ({ history }));
    return read.ok;
  }

  /** Adds the finished run to the history and clears the run in progress, in one transaction. */
  async recordFinished(storyId: string, report: SessionReport): Promise<HistoryEntry> {
    const finishedAt = this.clock();
    let entry: HistoryEntry = {
      id: `${storyId}-${finishedAt}`,
      storyId,
      title: report.title,
      finishedAt,
      path: report.decisions.map((d) => d.text),
      outcome: report.outcome,
      scored: report.scored,
      scores: {
        overall: report.overall,
        alignment: report.alignment,
        attunement: report.attunement,
        courage: report.courage,
        outcome: report.outcomeScore,
      },
    };
    const first = entry;
    await this.changeHistory((history) => {
      const ids = new Set(history.map((e) => e.id));
      let id = first.id;
      for (let n = 2; ids.has(id); n++) id = `${first.id}-${n}`;
      entry = { ...first, id };
      const merged = mergeHistory(history, [entry], LIMITS.maxHistory);
      return {
        history: merged.history,
        aside: merged.leftOut.existing,
        remove: this.isKnownStory(storyId) ? [RUN + storyId] : [],
      };
    });
    return entry;
  }

  async bests(): Promise<Map<string, Best>> {
    const bests = new Map<string, Best>();
    for (const entry of await this.history()) {
      const best = bests.get(entry.storyId) ?? {
        storyId: entry.storyId,
        best: null,
        completed: false,
        runs: 0,
      };
      best.runs++;
      best.completed = true;
      if (entry.scored && (best.best === null || entry.scores.overall > best.best))
        best.best = entry.scores.overall;
      bests.set(entry.storyId, best);
    }
    return bests;
  }

  async exportJson(): Promise<string> {
    const bundle: ExportBundle = {
      format: 'attune-export',
      version: 1,
      exportedAt: this.clock(),
      history: await this.history(),
      runs: await this.runsInProgress(),
    };
    return JSON.stringify(bundle, null, 2);
  }

  async exportCsv(): Promise<string> {
    const { historyToCsv } = await import('./history-csv.ts');
    return historyToCsv(await this.history());
  }

  /** How many pieces of data are set aside. */
  async setAsideCount(): Promise<number> {
    return (await this.safeKeys()).filter((key) => key.startsWith(QUARANTINE)).length;
  }

  /** Data set aside because it could not be read (or did not fit), for export. */
  async exportQuarantine(): Promise<string> {
    const items: unknown[] = [];
    for (const key of await this.safeKeys())
      if (key.startsWith(QUARANTINE)) items.push(await this.safeGet(key));
    return JSON.stringify(items, null, 2);
  }

  /**
   * Imports a JSON export or a CSV history (text, or a file read in chunks). The history is merged: entries
   * already present are counted, never duplicated; over the limit the newest are kept and the rest named
   * (the trainee's own set aside, still exportable). A run in progress is replaced only by a newer one, and
   * only when `confirmReplaceRun` says yes.
   */
  async importFile(input: string | File, options: ImportOptions = {}): Promise<ImportResult> {
    const name = options.fileName ?? 'the file';
    const size = typeof input === 'string' ? input.length : input.size;
    const refuse = (why: string): ImportResult => ({
      imported: 0,
      duplicates: 0,
      rejected: 0,
      leftOut: 0,
      runsImported: 0,
      runsKept: 0,
      messages: [`${name} was not imported: ${why}. Nothing was changed.`],
    });
    if (size > LIMITS.maxBytes)
      return refuse(`it is larger than ${LIMITS.maxBytes / 1024 / 1024} MB; import an export made by Attune`);
    const head = (
      typeof input === 'string' ? input.slice(0, 64) : await input.slice(0, 64).text()
    ).trimStart();

    // Entries go into the splitter as they are read, so only the newest `maxHistory` are ever sorted and
    // the storage transaction works on those alone.
    const splitter = new IncomingSplitter(LIMITS.maxHistory);
    let read = 0;
    let runCandidates: unknown[] = [];
    const csvModule = await import('./history-csv.ts');
    let problems = new csvModule.ProblemList();
    if (head.startsWith('{') || head.startsWith('[')) {
      const parsed = parseJsonSafely(typeof input === 'string' ? input : await input.text());
      if (!parsed.ok) return refuse(parsed.reason);
      const bundle = parsed.value as Partial<ExportBundle> | null;
      if (typeof bundle !== 'object' || bundle === null || bundle.format !== 'attune-export')
        return refuse('it is not an Attune export; export from Attune and import that file');
      const candidates: unknown[] = Array.isArray(bundle.history) ? bundle.history : [];
      runCandidates = Array.isArray(bundle.runs) ? bundle.runs : [];
      const slices = timeSlices(this.yieldToPage, this.sliceMs);
      for (let i = 0; i < candidates.length; i++) {
        if (slices.due()) await slices.pause();
        const entry = readHistoryEntry(candidates[i]);
        if (entry.ok) {
          splitter.add(entry.value);
          read++;
        } else problems.add(entry.reason);
      }
    } else {
      const csv = await csvModule.readCsvHistory(input, {
        yieldToPage: this.yieldToPage,
        sliceMs: this.sliceMs,
        take: (candidate) => {
          const entry = readHistoryEntry(candidate);
          if (!entry.ok) return entry.reason;
          splitter.add(entry.value);
          read++;
          return null;
        },
      });
      if (!csv.ok) return refuse(csv.reason);
      problems = csv.problems;
    }

    let merged: ReturnType<typeof mergeHistory> | null = null;
    const split = splitter.result();
    await this.yieldToPage();
    const saved =
      read === 0 ||
      (await this.changeHistory((history) => {
        merged = mergeSplit(history, split, LIMITS.maxHistory);
        return { history: merged.history, aside: merged.leftOut.existing };
      }));
    const result: ImportResult = {
      imported: 0,
      duplicates: 0,
      rejected: problems.count,
      leftOut: 0,
      runsImported: 0,
      runsKept: 0,
      messages: [],
    };
    const sentences: string[] = [];
    const done = merged as ReturnType<typeof mergeHistory> | null;
    if (!saved)
      sentences.push(`${name} could not be imported: ${this.status.message ?? 'storage refused it'}.`);
    else if (done) {
      result.imported = done.added.length;
      result.duplicates = done.duplicates;
      result.leftOut = done.leftOut.existing.length + done.leftOut.incoming.length;
    }
    const runSentences = saved ? await this.importRuns(runCandidates, options, result, problems) : [];

    sentences.push(
      `Imported ${plural(result.imported, 'finished run')} from ${name}` +
        (result.duplicates > 0
          ? `; ${plural(result.duplicates, 'was', 'were')} already in your history`
          : '') +
        (result.rejected > 0 ? `; ${plural(result.rejected, 'entry', 'entries')} could not be read` : '') +
        '.',
    );
    if (done && result.leftOut > 0) {
      const gone = [...done.leftOut.existing, ...done.leftOut.incoming];
      const from = day(gone.reduce((t, e) => Math.min(t, e.finishedAt), Infinity));
      const to = day(gone.reduce((t, e) => Math.max(t, e.finishedAt), 0));
      const parts = [
        done.leftOut.incoming.length > 0 ? `${done.leftOut.incoming.length} from ${name}` : '',
        done.leftOut.existing.length > 0
          ? `${done.leftOut.existing.length} from your history, which were set aside and can be exported`
          : '',
      ].filter(Boolean);
      sentences.push(
        `The history keeps the newest ${LIMITS.maxHistory} runs, so ${plural(result.leftOut, 'older run')} finished between ${from} and ${to} ${result.leftOut === 1 ? 'was' : 'were'} left out: ${parts.join('; ')}.`,
      );
    }
    sentences.push(...runSentences);
    result.messages = [...sentences, ...problems.sentences().map((p) => `${p}.`)];
    return result;
  }

  /** Same as importFile, for text. */
  importText(text: string, fileName?: string, options: Omit<ImportOptions, 'fileName'> = {}) {
    return this.importFile(text, { ...options, ...(fileName ? { fileName } : {}) });
  }

  private async importRuns(
    candidates: unknown[],
    options: ImportOptions,
    result: ImportResult,
    problems: ProblemList,
  ): Promise<string[]> {
    const sentences: string[] = [];
    const seen = new Set<string>();
    for (const candidate of candidates.slice(0, 1000)) {
      const read = readRun(candidate);
      if (!read.ok) {
        problems.add(read.reason);
        result.rejected++;
        continue;
      }
      const incoming = read.value;
      if (!this.isKnownStory(incoming.storyId)) {
        problems.add(
          `a meeting in progress is for a scenario this copy of Attune does not have, “${incoming.storyId.slice(0, 60)}”`,
        );
        result.rejected++;
        continue;
      }
      if (seen.has(incoming.storyId)) continue;
      seen.add(incoming.storyId);
      const current = await this.runInProgress(incoming.storyId);
      const title = current?.title || incoming.title || incoming.storyId;
      if (current && current.savedAt >= incoming.savedAt) {
        result.runsKept++;
        sentences.push(
          `Your meeting in progress in “${title}” (${plural(choicesIn(current), 'choice')}) was kept: the one in ${options.fileName ?? 'the file'} is not newer.`,
        );
        continue;
      }
      if (current && !(await (options.confirmReplaceRun?.(current, incoming) ?? Promise.resolve(false)))) {
        result.runsKept++;
        sentences.push(`Your meeting in progress in “${title}” was kept, as you chose.`);
        continue;
      }
      let replaced = false;
      const ok = await this.guard(() =>
        this.store.update(RUN + incoming.storyId, (raw) => {
          // Another tab may have saved since: only a newer run replaces what is there now.
          const now = readRun(raw);
          replaced = !now.ok || now.value.savedAt < incoming.savedAt;
          return { value: replaced ? incoming : raw };
        }),
      );
      if (ok && replaced) {
        result.runsImported++;
        sentences.push(
          current
            ? `Your meeting in progress in “${title}” was replaced by the newer one from the file (${plural(choicesIn(incoming), 'choice')}).`
            : `Added a meeting in progress in “${title}” (${plural(choicesIn(incoming), 'choice')}).`,
        );
      } else if (ok) {
        result.runsKept++;
        sentences.push(`Your meeting in progress in “${title}” was kept: it was saved again meanwhile.`);
      }
    }
    return sentences;
  }

  private async safeKeys(): Promise<string[]> {
    try {
      return await this.store.keys();
    } catch {
      return [];
    }
  }

  private async safeGet(key: string): Promise<unknown> {
    try {
      return await this.store.get(key);
    } catch {
      return undefined;
    }
  }
}
