// Reading stored runs of any known version. Every reader returns a result, never throws: corrupt or
// foreign data comes back as a reason the caller can show.
import * as v from 'valibot';
import { LIMITS } from './limits.ts';
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

const OUTCOMES: ReadonlySet<unknown> = new Set(['order', 'advance', 'continuation', 'no-sale']);
const isText = (x: unknown): x is string => typeof x === 'string' && x.length <= LIMITS.maxText;
const isId = (x: unknown): x is string => typeof x === 'string' && x.length >= 1 && x.length <= 200;
const isPercent = (x: unknown): x is number => typeof x === 'number' && x >= 0 && x <= 100;

/**
 * The common case of historyEntrySchema, checked by hand because a history of thousands is read inside one
 * storage transaction: returns the entry when it is certainly valid, or null to let the schema decide
 * (and name the problem). tests/persist/hostile-data.property.test.ts proves it never accepts what the
 * schema refuses, and gives the same output.
 */
function quickHistoryEntry(data: unknown): HistoryEntry | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const e = data as Record<string, unknown>;
  const s = e.scores as Record<string, unknown> | null;
  const path = e.path;
  if (
    !isId(e.id) ||
    !isId(e.storyId) ||
    !isText(e.title) ||
    typeof e.finishedAt !== 'number' ||
    !Number.isFinite(e.finishedAt) ||
    e.finishedAt < 0 ||
    !Array.isArray(path) ||
    path.length > 1000 ||
    !path.every(isText) ||
    !(e.outcome === null || OUTCOMES.has(e.outcome)) ||
    typeof e.scored !== 'boolean' ||
    typeof s !== 'object' ||
    s === null ||
    Array.isArray(s) ||
    !isPercent(s.overall) ||
    !isPercent(s.alignment) ||
    !isPercent(s.attunement) ||
    !isPercent(s.courage) ||
    !isPercent(s.outcome)
  )
    return null;
  return {
    id: e.id,
    storyId: e.storyId,
    title: e.title,
    finishedAt: e.finishedAt,
    path: [...(path as string[])],
    outcome: e.outcome as HistoryEntry['outcome'],
    scored: e.scored,
    scores: {
      overall: s.overall,
      alignment: s.alignment,
      attunement: s.attunement,
      courage: s.courage,
      outcome: s.outcome,
    },
  };
}

export function readHistoryEntry(data: unknown): Read<HistoryEntry> {
  const quick = quickHistoryEntry(data);
  if (quick) return { ok: true, value: quick, migrated: false };
  return readHistoryEntryBySchema(data);
}

/** The schema's own verdict (slower; names the problem). */
export function readHistoryEntryBySchema(data: unknown): Read<HistoryEntry> {
  const result = v.safeParse(historyEntrySchema, data);
  return result.success
    ? { ok: true, value: result.output, migrated: false }
    : { ok: false, reason: `a history entry is damaged (${describeIssues(result.issues)})` };
}
