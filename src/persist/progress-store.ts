// A trainee's progress: the run in progress of each story (autosaved at every choice), the history of
// finished runs, best scores, and export/import. Nothing read back is trusted: it is validated, migrated,
// and when it cannot be read, set aside under a quarantine key (still exportable) instead of crashing.
import type { LogEntry, SessionReport } from '../session/index.ts';
import { csvToHistory, historyToCsv } from './history-csv.ts';
import type { KeyValueStore } from './key-value-store.ts';
import { LIMITS } from './limits.ts';
import { readHistoryEntry, readRun } from './migrations.ts';
import { parseJsonSafely } from './safe-json.ts';
import type { ExportBundle, HistoryEntry, SavedRun } from './save-schema.ts';

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

export interface ImportResult {
  imported: number;
  skipped: number;
  problems: string[];
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

export class ProgressStore {
  private status: SaveStatus;
  private readonly listeners = new Set<(status: SaveStatus) => void>();
  private readonly notices: string[] = [];

  constructor(
    private readonly store: KeyValueStore,
    private readonly clock: () => number = () => Date.now(),
    degraded?: string,
  ) {
    this.status = store.persistent
      ? { saving: true }
      : { saving: false, message: degraded ?? 'progress is not being saved' };
  }

  get saveStatus(): SaveStatus {
    return this.status;
  }

  onStatus(listener: (status: SaveStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Messages about data that could not be read and was set aside; cleared when read. */
  takeNotices(): string[] {
    return this.notices.splice(0);
  }

  private setStatus(status: SaveStatus) {
    if (status.saving === this.status.saving && status.message === this.status.message) return;
    this.status = status;
    for (const listener of this.listeners) listener(status);
  }

  private async write(key: string, value: unknown): Promise<boolean> {
    try {
      await this.store.set(key, value);
      if (this.store.persistent) this.setStatus({ saving: true });
      return true;
    } catch (error) {
      this.setStatus({
        saving: false,
        message: isQuotaError(error)
          ? 'storage is full, so progress is not being saved; export your history and clear some space'
          : 'this browser refused to store data, so progress is not being saved',
      });
      return false;
    }
  }

  private async quarantine(key: string, raw: unknown, reason: string) {
    this.notices.push(
      `Some saved data could not be read (${reason}). It was set aside and can be exported; you start fresh.`,
    );
    try {
      await this.store.set(`${QUARANTINE}${this.clock()}:${key}`, { key, reason, raw });
      await this.store.delete(key);
    } catch {
      // Storage refused: the notice above still tells the trainee; nothing else to keep.
    }
  }

  /** Autosave: called after every choice. Returns false when the run could not be saved. */
  async saveRun(storyId: string, title: string, seed: number, log: readonly LogEntry[]): Promise<boolean> {
    const run: SavedRun = {
      format: 'attune-run',
      version: 2,
      storyId,
      title,
      savedAt: this.clock(),
      seed,
      log: [...log],
    };
    return this.write(RUN + storyId, run);
  }

  async clearRun(storyId: string): Promise<void> {
    try {
      await this.store.delete(RUN + storyId);
    } catch {
      // A run that cannot be deleted is offered again and can be dismissed then.
    }
  }

  /** Runs in progress, newest first, for the "resume where you were" offer. */
  async runsInProgress(): Promise<SavedRun[]> {
    const runs: SavedRun[] = [];
    for (const key of await this.safeKeys()) {
      if (!key.startsWith(RUN)) continue;
      const raw = await this.safeGet(key);
      const read = readRun(raw);
      if (read.ok) runs.push(read.value);
      else await this.quarantine(key, raw, read.reason);
    }
    return runs.sort((a, b) => b.savedAt - a.savedAt);
  }

  async history(): Promise<HistoryEntry[]> {
    const raw = await this.safeGet(HISTORY);
    if (raw === undefined) return [];
    if (!Array.isArray(raw)) {
      await this.quarantine(HISTORY, raw, 'the history is not a list');
      return [];
    }
    const kept: HistoryEntry[] = [];
    const bad: unknown[] = [];
    for (const item of raw.slice(0, LIMITS.maxHistory)) {
      const read = readHistoryEntry(item);
      if (read.ok) kept.push(read.value);
      else bad.push(item);
    }
    if (bad.length > 0) {
      await this.quarantine(`${HISTORY}-entries`, bad, `${bad.length} history entries were damaged`);
      await this.write(HISTORY, kept);
    }
    return kept;
  }

  async recordFinished(storyId: string, report: SessionReport): Promise<HistoryEntry> {
    const entry: HistoryEntry = {
      id: `${storyId}-${this.clock()}`,
      storyId,
      title: report.title,
      finishedAt: this.clock(),
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
    const history = await this.history();
    await this.write(HISTORY, [...history, entry].slice(-LIMITS.maxHistory));
    await this.clearRun(storyId);
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
    return historyToCsv(await this.history());
  }

  /** Data set aside because it could not be read, for export. */
  async exportQuarantine(): Promise<string> {
    const items: unknown[] = [];
    for (const key of await this.safeKeys())
      if (key.startsWith(QUARANTINE)) items.push(await this.safeGet(key));
    return JSON.stringify(items, null, 2);
  }

  /** Imports a JSON export or a CSV history. Entries already present (same id) are skipped. */
  async importText(text: string, fileName = 'the file'): Promise<ImportResult> {
    const trimmed = text.trimStart();
    let candidates: unknown[];
    let runs: unknown[] = [];
    const problems: string[] = [];
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
      const parsed = parseJsonSafely(text);
      if (!parsed.ok)
        return { imported: 0, skipped: 0, problems: [`${fileName} was not imported: ${parsed.reason}`] };
      const bundle = parsed.value as Partial<ExportBundle> | null;
      if (typeof bundle !== 'object' || bundle === null || bundle.format !== 'attune-export') {
        return {
          imported: 0,
          skipped: 0,
          problems: [`${fileName} is not an Attune export; export from Attune and import that file`],
        };
      }
      candidates = Array.isArray(bundle.history) ? bundle.history.slice(0, LIMITS.maxHistory) : [];
      runs = Array.isArray(bundle.runs) ? bundle.runs.slice(0, 100) : [];
    } else {
      if (text.length > LIMITS.maxBytes) {
        return {
          imported: 0,
          skipped: 0,
          problems: [`${fileName} was not imported: it is larger than 2 MB`],
        };
      }
      const csv = csvToHistory(text);
      candidates = csv.entries;
      problems.push(...csv.problems);
    }
    const history = await this.history();
    const known = new Set(history.map((e) => e.id));
    let imported = 0;
    let skipped = 0;
    for (const candidate of candidates) {
      const read = readHistoryEntry(candidate);
      if (!read.ok) {
        skipped++;
        problems.push(read.reason);
      } else if (known.has(read.value.id)) skipped++;
      else {
        history.push(read.value);
        known.add(read.value.id);
        imported++;
      }
    }
    for (const candidate of runs) {
      const read = readRun(candidate);
      if (read.ok) await this.write(RUN + read.value.storyId, read.value);
      else problems.push(read.reason);
    }
    if (imported > 0) await this.write(HISTORY, history.slice(-LIMITS.maxHistory));
    return { imported, skipped, problems: problems.slice(0, 20) };
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
