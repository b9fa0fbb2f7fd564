// Reading stored runs of any known version. Every reader returns a result, never throws: corrupt or
// foreign data comes back as a reason the caller can show.
import * as v from 'valibot';
import type { LogEntry } from '../session/index.ts';
import {
  describeIssues,
  historyEntrySchema,
  savedRunSchema,
  savedRunV1Schema,
  type HistoryEntry,
  type SavedRun,
  type SavedRunV1,
} from './save-schema.ts';

export type Read<T> = { ok: true; value: T; migrated: boolean } | { ok: false; reason: string };

/** Version 1 kept only the choices; version 2 keeps the log. The start and choices are enough to replay. */
export function migrateRunV1(old: SavedRunV1): SavedRun {
  const log: LogEntry[] = [{ type: 'start', at: old.savedAt, seed: 1, title: '' }];
  old.choices.forEach((choice, i) =>
    log.push({
      type: 'choice',
      at: old.savedAt,
      decision: i + 1,
      index: 0,
      id: choice.id,
      text: choice.text,
    }),
  );
  return {
    format: 'attune-run',
    version: 2,
    storyId: old.storyId,
    title: '',
    savedAt: old.savedAt,
    seed: 1,
    log,
  };
}

function versionOf(data: unknown): unknown {
  return typeof data === 'object' && data !== null && 'version' in data
    ? (data as { version: unknown }).version
    : undefined;
}

export function readRun(data: unknown): Read<SavedRun> {
  const version = versionOf(data);
  if (version === 2) {
    const result = v.safeParse(savedRunSchema, data);
    return result.success
      ? { ok: true, value: result.output, migrated: false }
      : { ok: false, reason: `the saved run is damaged (${describeIssues(result.issues)})` };
  }
  if (version === 1) {
    const result = v.safeParse(savedRunV1Schema, data);
    return result.success
      ? { ok: true, value: migrateRunV1(result.output), migrated: true }
      : { ok: false, reason: `the saved run is damaged (${describeIssues(result.issues)})` };
  }
  if (typeof version === 'number' && version > 2) {
    return {
      ok: false,
      reason: `the saved run comes from a newer version of Attune (format ${version}); update Attune to read it`,
    };
  }
  return { ok: false, reason: 'this is not an Attune saved run' };
}

export function readHistoryEntry(data: unknown): Read<HistoryEntry> {
  const result = v.safeParse(historyEntrySchema, data);
  return result.success
    ? { ok: true, value: result.output, migrated: false }
    : { ok: false, reason: `a history entry is damaged (${describeIssues(result.issues)})` };
}
