// Versioned schemas of everything Attune stores or exports. Data is checked against these whenever it is
// read back; older versions are migrated (see migrations.ts).
import * as v from 'valibot';
import { LIMITS } from './limits.ts';

const text = v.pipe(v.string(), v.maxLength(LIMITS.maxText, `must be at most ${LIMITS.maxText} characters`));
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const time = v.pipe(v.number(), v.finite(), v.minValue(0));
/** A person's id (`buyer`, `sponsor`, a `# person:` id), `seller` or `narrator`. */
const speaker = v.pipe(
  v.string(),
  v.maxLength(100),
  v.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a person id: lower-case letters, digits and dashes'),
);
const outcome = v.picklist(['order', 'advance', 'continuation', 'no-sale']);
const percent = v.pipe(v.number(), v.minValue(0), v.maxValue(100));

export const logEntrySchema = v.variant('type', [
  v.object({ type: v.literal('start'), at: time, seed: v.number(), title: text }),
  v.object({ type: v.literal('line'), at: time, number: v.number(), speaker, text }),
  v.object({
    type: v.literal('choice'),
    at: time,
    decision: v.pipe(v.number(), v.integer(), v.minValue(1)),
    index: v.pipe(v.number(), v.integer(), v.minValue(0)),
    id: text,
    text,
    move: v.optional(id),
  }),
  v.object({ type: v.literal('rewind'), at: time, count: v.pipe(v.number(), v.integer(), v.minValue(1)) }),
  v.object({ type: v.literal('end'), at: time, outcome: v.nullable(outcome), overall: v.number() }),
  v.object({ type: v.literal('error'), at: time, message: text }),
]);

/** Version 2: a run is its session log; choices are recorded by identity. */
export const savedRunSchema = v.object({
  format: v.literal('attune-run'),
  version: v.literal(2),
  storyId: id,
  title: text,
  savedAt: time,
  seed: v.number(),
  log: v.pipe(v.array(logEntrySchema), v.maxLength(LIMITS.maxLogEntries)),
});

/** Version 1 (before logs): the chosen options only, by identity and text. */
export const savedRunV1Schema = v.object({
  version: v.literal(1),
  storyId: id,
  savedAt: time,
  choices: v.pipe(v.array(v.object({ id: text, text })), v.maxLength(LIMITS.maxLogEntries)),
});

export const historyEntrySchema = v.object({
  id: id,
  storyId: id,
  title: text,
  finishedAt: time,
  path: v.pipe(v.array(text), v.maxLength(1000)),
  outcome: v.nullable(outcome),
  scored: v.boolean(),
  scores: v.object({
    overall: percent,
    alignment: percent,
    attunement: percent,
    courage: percent,
    outcome: percent,
  }),
});

export const exportBundleSchema = v.object({
  format: v.literal('attune-export'),
  version: v.literal(1),
  exportedAt: time,
  history: v.pipe(v.array(v.unknown()), v.maxLength(LIMITS.maxHistory)),
  runs: v.pipe(v.array(v.unknown()), v.maxLength(100)),
});

export type SavedRun = v.InferOutput<typeof savedRunSchema>;
export type SavedRunV1 = v.InferOutput<typeof savedRunV1Schema>;
export type HistoryEntry = v.InferOutput<typeof historyEntrySchema>;
export type ExportBundle = v.InferOutput<typeof exportBundleSchema>;

export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  const first = issues[0];
  if (!first) return 'unknown problem';
  const path = (first.path ?? []).map((p) => String(p.key)).join('.') || 'top level';
  return `${path}: ${first.message}`;
}
