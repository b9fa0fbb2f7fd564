// Resume data small enough for SCORM 1.2's 4096-character suspend_data, rebuilt through the public session
// API. The saved form is text: `AT1~<story>~<seed>~<tier>~<tokens>`, tokens joined by `.`:
//   l<n>  n more lines were shown    c<ref>  a choice    r<n>  n choices taken back    e  ended
//   d     waiting at the next decision (after a rewind, in the collapsed tiers)
// (numbers in base 36), then optionally `~<registration>~<seconds>`: the attempt's registration (a UUID
// without its dashes) and the time spent on it so far, so a resumed attempt keeps both. Tiers, tried in order until one fits the limit:
//   h  every line count, choice and rewind; choices by a hash of their identity (knot + text), so a save
//      survives story edits that keep those choices. Resumes on the exact line, with the same line numbers.
//   H  the same, with rewinds collapsed: only the choices still standing, and the lines after the last one.
//   I  like H, with choices by their position instead of a hash (3–4 characters a decision).
// A run too long for tier I is not saved (encode returns null) and the next launch starts afresh.
import type { LogEntry, PlaySession } from '../session/index.ts';

export type SaveTier = 'h' | 'H' | 'I';

export interface SavedRun {
  storyId: string;
  seed: number;
  tier: SaveTier;
  tokens: Token[];
  /** The attempt this run belongs to, when the save carries it. */
  attempt?: SavedAttempt;
}

export interface SavedAttempt {
  /** A UUID. */
  registration: string;
  /** Time spent on the attempt so far (whole seconds are kept). */
  elapsedMs: number;
}

type Token =
  | { kind: 'l'; count: number }
  | { kind: 'c'; ref: string }
  | { kind: 'r'; count: number }
  | { kind: 'd' }
  | { kind: 'e' };

const MAGIC = 'AT1';

/** FNV-1a (32 bit) of a choice identity, in base 36: short, stable, and collision-free in practice. */
export function choiceHash(id: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

function fullTokens(log: readonly LogEntry[]): Token[] {
  const tokens: Token[] = [];
  let lines = 0;
  const flush = () => {
    if (lines > 0) tokens.push({ kind: 'l', count: lines });
    lines = 0;
  };
  for (const entry of log) {
    if (entry.type === 'line') lines++;
    else if (entry.type === 'choice') {
      flush();
      tokens.push({ kind: 'c', ref: choiceHash(entry.id) });
    } else if (entry.type === 'rewind') {
      flush();
      tokens.push({ kind: 'r', count: entry.count });
    } else if (entry.type === 'end') {
      flush();
      tokens.push({ kind: 'e' });
    }
  }
  flush();
  return tokens;
}

/** The choices still standing after rewinds, and how many lines were shown after the last of them. */
function collapsed(log: readonly LogEntry[], byIndex: boolean): Token[] {
  const stack: { ref: string; linesAfter: number }[] = [];
  let leading = 0;
  let ended = false;
  for (const entry of log) {
    const top = stack.at(-1);
    if (entry.type === 'line') {
      if (top) top.linesAfter++;
      else leading++;
    } else if (entry.type === 'choice') {
      stack.push({ ref: byIndex ? entry.index.toString(36) : choiceHash(entry.id), linesAfter: 0 });
    } else if (entry.type === 'rewind') {
      stack.length = Math.max(0, stack.length - entry.count);
      const back = stack.at(-1);
      // A rewind waits at a decision: all lines before it have been shown again.
      if (back) back.linesAfter = Number.MAX_SAFE_INTEGER;
      else leading = Number.MAX_SAFE_INTEGER;
      ended = false;
    } else if (entry.type === 'end') ended = true;
  }
  const tokens: Token[] = [];
  const last = stack.at(-1);
  for (const item of stack) tokens.push({ kind: 'c', ref: item.ref });
  const tail = last ? last.linesAfter : leading;
  if (tail === Number.MAX_SAFE_INTEGER) tokens.push({ kind: 'd' });
  else if (tail > 0) tokens.push({ kind: 'l', count: tail });
  if (ended) tokens.push({ kind: 'e' });
  return tokens;
}

function tokenText(token: Token): string {
  if (token.kind === 'e' || token.kind === 'd') return token.kind;
  if (token.kind === 'c') return `c${token.ref}`;
  return `${token.kind}${token.count.toString(36)}`;
}

const UUID = /^([0-9a-f]{8})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{12})$/i;

export function formatSaved(saved: SavedRun): string {
  const parts = [
    MAGIC,
    saved.storyId,
    saved.seed.toString(36),
    saved.tier,
    saved.tokens.map(tokenText).join('.'),
  ];
  const uuid = saved.attempt ? UUID.exec(saved.attempt.registration) : null;
  if (saved.attempt && uuid) {
    parts.push(uuid.slice(1).join('').toLowerCase(), Math.floor(saved.attempt.elapsedMs / 1000).toString(36));
  }
  return parts.join('~');
}

/** The smallest faithful save of a run that fits in `limit` characters, or null when none fits. */
export function encodeRun(
  options: { storyId: string; seed: number; log: readonly LogEntry[]; attempt?: SavedAttempt },
  limit: number,
): string | null {
  const candidates: [SaveTier, Token[]][] = [
    ['h', fullTokens(options.log)],
    ['H', collapsed(options.log, false)],
    ['I', collapsed(options.log, true)],
  ];
  for (const [tier, tokens] of candidates) {
    const text = formatSaved({
      storyId: options.storyId,
      seed: options.seed,
      tier,
      tokens,
      ...(options.attempt ? { attempt: options.attempt } : {}),
    });
    if (text.length <= limit) return text;
  }
  return null;
}

/** Reads a save; returns null for anything that is not one (empty, foreign or corrupt data). */
export function decodeRun(text: string): SavedRun | null {
  const parts = text.split('~');
  if ((parts.length !== 5 && parts.length !== 7) || parts[0] !== MAGIC) return null;
  const [, storyId = '', seedText = '', tier = '', body = '', registration, seconds] = parts;
  let attempt: SavedAttempt | undefined;
  if (registration !== undefined) {
    const uuid = UUID.exec(registration);
    if (!uuid || !/^[0-9a-z]+$/.test(seconds ?? '')) return null;
    attempt = {
      registration: uuid.slice(1).join('-'),
      elapsedMs: Number.parseInt(seconds ?? '0', 36) * 1000,
    };
  }
  if (!/^[A-Za-z0-9_-]+$/.test(storyId) || !/^[0-9a-z]+$/.test(seedText)) return null;
  if (tier !== 'h' && tier !== 'H' && tier !== 'I') return null;
  const tokens: Token[] = [];
  for (const part of body === '' ? [] : body.split('.')) {
    const kind = part[0];
    const rest = part.slice(1);
    if ((kind === 'e' || kind === 'd') && rest === '') tokens.push({ kind });
    else if (kind === 'c' && /^[0-9a-z]+$/.test(rest)) tokens.push({ kind: 'c', ref: rest });
    else if ((kind === 'l' || kind === 'r') && /^[0-9a-z]+$/.test(rest)) {
      tokens.push({ kind, count: Number.parseInt(rest, 36) });
    } else return null;
  }
  return { storyId, seed: Number.parseInt(seedText, 36), tier, tokens, ...(attempt ? { attempt } : {}) };
}

export interface RestoreResult {
  /** Choices replayed. */
  matched: number;
  /** Null when the whole save was replayed; otherwise what stopped it, for the trainee. */
  stoppedAt: string | null;
}

/**
 * Replays a save on a fresh session (not started). Never throws for a save that no longer fits the story:
 * it stops at the first choice it cannot find, leaves the session waiting at that decision, and says so.
 */
export function restoreRun(session: PlaySession, saved: SavedRun): RestoreResult {
  if (session.state !== 'not-started')
    throw new Error('restoreRun() needs a new session that has not been started');
  let shown = 0;
  let target = 0;
  const stop = session.on('line', () => shown++);
  const state = () => session.state;
  const showUpTo = (n: number) => {
    while (shown < n && state() === 'waiting-for-continue') session.continue();
  };
  const toDecision = () => {
    while (state() === 'waiting-for-continue') session.continue();
  };
  let matched = 0;
  let lastChoiceShown = 0;
  try {
    session.start();
    for (const token of saved.tokens) {
      if (token.kind === 'l') {
        target += token.count;
        if (saved.tier !== 'h') showUpTo(lastChoiceShown + token.count);
      } else if (token.kind === 'c') {
        if (saved.tier === 'h') showUpTo(target);
        toDecision();
        const offered = session.snapshot().choices;
        const found =
          saved.tier === 'I'
            ? offered.find((c) => c.index.toString(36) === token.ref)
            : offered.find((c) => choiceHash(c.id) === token.ref);
        if (state() !== 'waiting-for-choice' || !found) {
          return {
            matched,
            stoppedAt: `the story has changed since this run was saved: it resumes at decision ${matched + 1}, the last point that still matches`,
          };
        }
        lastChoiceShown = shown;
        session.choose(found.index);
        matched++;
      } else if (token.kind === 'r') {
        showUpTo(target);
        session.rewind(token.count);
      } else toDecision();
    }
    if (saved.tier === 'h') showUpTo(target);
    return { matched, stoppedAt: null };
  } finally {
    stop();
  }
}
