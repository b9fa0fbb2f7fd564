// The relay's wire: what travels as Hocuspocus stateless messages, and what the phones' document holds.
// Contract: every message is JSON text within its size limit and passes its schema, on the relay and on
// the client alike; anything else is refused with a reason and changes nothing.
import * as v from 'valibot';

/** Most options a decision offers (A–Z). */
export const MAX_OPTIONS = 26;
/** A phone's message is tiny: a vote. */
export const MAX_PHONE_MESSAGE = 512;
/** A facilitator's message carries a whole WorkshopState (the debrief holds the session log). */
export const MAX_FACILITATOR_MESSAGE = 512 * 1024;

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const decisionKey = v.pipe(v.string(), v.minLength(1), v.maxLength(2000));
const optionIndex = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_OPTIONS - 1));

/** Phone → relay: this phone's vote at a decision (its identity comes from its connection, never from here). */
export const phoneVoteSchema = v.strictObject({
  t: v.literal('vote'),
  decision: decisionKey,
  option: optionIndex,
});
export type PhoneVote = v.InferOutput<typeof phoneVoteSchema>;

/** Relay → phone: the vote was counted, or why not. */
export const voteReplySchema = v.variant('t', [
  v.object({ t: v.literal('vote-counted'), decision: decisionKey, option: optionIndex }),
  v.object({ t: v.literal('vote-refused'), decision: v.nullable(decisionKey), reason: text(300) }),
]);
export type VoteReply = v.InferOutput<typeof voteReplySchema>;

const from = v.picklist(['presenter', 'audience']);
const id = text(200);

/**
 * Facilitator ↔ facilitator: a PresentMessage (src/present/protocol.ts) wrapped for the relay. A state is
 * checked where the relay reads it (the decision the phones see); the rest of it is passed on as it came.
 */
export const decisionOnScreenSchema = v.object({
  key: decisionKey,
  number: v.pipe(v.number(), v.integer(), v.minValue(1)),
  revealed: v.boolean(),
  votes: v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(0))), v.maxLength(MAX_OPTIONS)),
  options: v.pipe(
    v.array(v.object({ letter: text(2), text: text(2000) })),
    v.minLength(1),
    v.maxLength(MAX_OPTIONS),
  ),
});

export const stateOnScreenSchema = v.looseObject({
  protocol: v.literal(1),
  seq: v.pipe(v.number(), v.integer()),
  instance: id,
  room: text(100),
  screen: v.picklist(['intro', 'meeting', 'debrief']),
  blackout: v.boolean(),
  card: v.looseObject({ title: text(300) }),
  decision: v.nullable(decisionOnScreenSchema),
  /** The line on screen: at a decision, the question the phones show. */
  line: v.optional(v.nullable(v.looseObject({ who: text(300), text: text(4000) })), null),
  sessionState: v.optional(text(40), ''),
});

const commandSchema = v.looseObject({
  type: v.picklist([
    'start',
    'continue',
    'choose',
    'vote',
    'set-votes',
    'clear-votes',
    'reveal',
    'show-failing',
    'rewind',
    'blackout',
    'debrief',
    'restart',
  ]),
});

export const presentMessageSchema = v.variant('kind', [
  v.object({ kind: v.literal('hello'), from, id }),
  v.object({ kind: v.literal('bye'), from, id }),
  v.object({
    kind: v.literal('command'),
    id,
    sentAt: v.pipe(v.number(), v.finite()),
    command: commandSchema,
  }),
  v.object({ kind: v.literal('state'), state: stateOnScreenSchema }),
]);

export const facilitatorMessageSchema = v.strictObject({
  t: v.literal('present'),
  message: presentMessageSchema,
});

/** What the phones' document holds (written by the relay only): enough to vote, nothing to give the answer. */
export interface PhoneView {
  title: string;
  screen: 'intro' | 'meeting' | 'debrief';
  blackout: boolean;
  /** The open decision; null between decisions. */
  decision: {
    key: string;
    number: number;
    options: { letter: string; text: string }[];
    revealed: boolean;
    /** The split, once the facilitator reveals it; null before. */
    votes: number[] | null;
  } | null;
  /** At a decision, the line the room decides on (its speaker as the room hears it); null otherwise. */
  line: { who: string; text: string } | null;
  /** The meeting has ended. */
  ended: boolean;
}

/** Parses a message within `maxBytes`; returns the value or the reason it was refused. */
export function parseMessage<T extends v.GenericSchema>(
  schema: T,
  raw: string,
  maxBytes: number,
): { ok: true; value: v.InferOutput<T> } | { ok: false; reason: string } {
  if (raw.length > maxBytes)
    return { ok: false, reason: `message too large (${raw.length} > ${maxBytes} bytes)` };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'message is not JSON' };
  }
  const result = v.safeParse(schema, json);
  if (!result.success) {
    const issue = result.issues[0];
    const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
    return { ok: false, reason: `malformed message${path ? ` at ${path}` : ''}: ${issue.message}` };
  }
  return { ok: true, value: result.output };
}
