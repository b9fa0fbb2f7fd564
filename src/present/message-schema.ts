// What a workshop window accepts from the wire: every message and command is checked against these schemas
// (valibot) before anything acts on it, on BroadcastChannel as on any other Transport. Whole numbers in
// bounded ranges only, short ids, bounded texts; anything else is dropped.
import * as v from 'valibot';
import { MAX_VOTES } from './votes.ts';

/** Most options a decision can offer (A to Z). */
export const MAX_OPTIONS = 26;
/** Longest facilitator note in the export. */
export const MAX_NOTES = 4000;
/** Longest discussion timer, in seconds. */
export const MAX_TIMER_SECONDS = 3600;
/** Largest serialized message: commands, hellos and beats are tiny; a state carries the debrief's log. */
export const MAX_SMALL_MESSAGE = 8 * 1024;
export const MAX_STATE_MESSAGE = 2 * 1024 * 1024;

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(80));
const index = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_OPTIONS - 1));
const time = v.pipe(v.number(), v.finite(), v.minValue(0));
const bare = <T extends string>(type: T) => v.object({ type: v.literal(type) });

export const commandSchema = v.variant('type', [
  bare('start'),
  bare('continue'),
  v.object({ type: v.literal('choose'), index }),
  v.object({
    type: v.literal('vote'),
    index,
    delta: v.pipe(v.number(), v.integer(), v.minValue(-MAX_VOTES), v.maxValue(MAX_VOTES)),
  }),
  v.object({
    type: v.literal('set-votes'),
    index,
    count: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_VOTES)),
  }),
  bare('clear-votes'),
  bare('reveal'),
  bare('show-failing'),
  bare('rewind'),
  bare('blackout'),
  bare('debrief'),
  bare('restart'),
  v.object({
    type: v.literal('timer'),
    seconds: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_TIMER_SECONDS)),
  }),
  v.object({ type: v.literal('notes'), text: v.pipe(v.string(), v.maxLength(MAX_NOTES)) }),
  v.object({
    type: v.literal('head-count'),
    count: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_VOTES))),
  }),
]);

const from = v.picklist(['presenter', 'audience']);

export const messageSchema = v.variant('kind', [
  v.object({ kind: v.literal('hello'), from, id }),
  v.object({ kind: v.literal('bye'), from, id }),
  v.object({ kind: v.literal('command'), id, sentAt: time, command: commandSchema }),
  v.object({
    kind: v.literal('state'),
    // The state is built by the authenticated owner of the room; its outline is checked, its body trusted.
    state: v.looseObject({
      protocol: v.literal(1),
      room: v.pipe(v.string(), v.maxLength(80)),
      instance: id,
      seq: v.pipe(v.number(), v.integer(), v.minValue(0)),
    }),
    re: v.optional(id),
  }),
  v.object({ kind: v.literal('beat'), from: v.literal('audience'), instance: id, at: time }),
]);

export type CheckedCommand = v.InferOutput<typeof commandSchema>;

/** The command if it is well-formed, else null (a forged or broken message). */
export function parseCommand(value: unknown): CheckedCommand | null {
  const checked = v.safeParse(commandSchema, value);
  return checked.success ? checked.output : null;
}

/** Why a command is refused, in words (for the presenter's status line). */
export function commandProblem(value: unknown): string | null {
  const checked = v.safeParse(commandSchema, value);
  if (checked.success) return null;
  const issue = checked.issues[0];
  const where = issue.path?.map((p) => String(p.key)).join('.') ?? 'command';
  return `Refused a malformed command (${where}: ${issue.message})`;
}
