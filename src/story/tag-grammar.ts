// The ink tag grammar of DESIGN §3: every tag is `key: value`. Parsing is pure and total: malformed tags
// are collected as TagProblems (never thrown), so a runner can keep playing and a validator can report all.

export const SPEAKERS = ['buyer', 'sponsor', 'seller', 'narrator'] as const;
export type Speaker = (typeof SPEAKERS)[number];

export const MOODS = ['engaged', 'open', 'guarded', 'frustrated'] as const;
export type Mood = (typeof MOODS)[number];

export const OUTCOMES = ['order', 'advance', 'continuation', 'no-sale'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const GLOBAL_KEYS = [
  'title',
  'buyer',
  'sponsor',
  'summary',
  'persona',
  'must',
  'accept',
  'path-name',
] as const;
export const LINE_KEYS = ['speaker', 'mood', 'thought', 'note', 'scene', 'clock', 'outcome'] as const;
export const CHOICE_KEYS = ['move', 'path', 'covers', 'why', 'seat', 'align', 'attune'] as const;

export interface TagProblem {
  tag: string;
  message: string;
}

export interface MustItem {
  id: string;
  text: string;
}

export interface StoryCard {
  title: string;
  buyer?: string;
  sponsor?: string;
  summary?: string;
  persona?: string;
  musts: MustItem[];
  /** `# accept: <check> <reason>`: teaching-audit findings the author accepts for this story. */
  accepts?: { check: string; reason: string }[];
  /** `# path-name: <path> <words>`: how the debrief names each canonical path, by path name. */
  pathNames?: Record<string, string>;
}

export interface LineCues {
  speaker: Speaker;
  mood?: Mood;
  thought?: string;
  note?: string;
  scene?: string;
  clock?: number;
  outcome?: Outcome;
}

export interface ChoiceTags {
  moves: string[];
  paths: string[];
  covers: string[];
  why?: string;
  seat?: string;
  align?: number;
  attune?: number;
}

interface KeyValue {
  key: string;
  value: string;
}

const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

function splitTag(raw: string, problems: TagProblem[]): KeyValue | null {
  const tag = raw.trim();
  const colon = tag.indexOf(':');
  if (colon <= 0) {
    problems.push({
      tag,
      message: `tag "#${tag}" is not in "key: value" form; write it as "# key: value" (for example "# speaker: buyer")`,
    });
    return null;
  }
  return { key: tag.slice(0, colon).trim().toLowerCase(), value: tag.slice(colon + 1).trim() };
}

function oneOf<T extends string>(
  allowed: readonly T[],
  kv: KeyValue,
  tag: string,
  problems: TagProblem[],
): T | undefined {
  if ((allowed as readonly string[]).includes(kv.value)) return kv.value as T;
  problems.push({
    tag,
    message: `"# ${kv.key}: ${kv.value}" is not a known ${kv.key}; use one of ${allowed.join(', ')}`,
  });
  return undefined;
}

function number(
  kv: KeyValue,
  tag: string,
  problems: TagProblem[],
  min: number,
  max: number,
): number | undefined {
  const value = Number(kv.value);
  if (kv.value !== '' && Number.isFinite(value) && value >= min && value <= max) return value;
  problems.push({ tag, message: `"# ${kv.key}: ${kv.value}" needs a number from ${min} to ${max}` });
  return undefined;
}

function text(kv: KeyValue, tag: string, problems: TagProblem[]): string | undefined {
  if (kv.value !== '') return kv.value;
  problems.push({ tag, message: `"# ${kv.key}:" is empty; write the ${kv.key} after the colon` });
  return undefined;
}

function identifier(kv: KeyValue, tag: string, problems: TagProblem[]): string | undefined {
  if (ID_PATTERN.test(kv.value)) return kv.value;
  problems.push({
    tag,
    message: `"# ${kv.key}: ${kv.value}" needs a kebab-case id (lower-case letters, digits and dashes)`,
  });
  return undefined;
}

function unknownKey(
  kv: KeyValue,
  tag: string,
  where: string,
  allowed: readonly string[],
  problems: TagProblem[],
) {
  problems.push({
    tag,
    message: `unknown ${where} tag "# ${kv.key}:"; ${where} tags are ${allowed.join(', ')}`,
  });
}

export interface Parsed<T> {
  value: T;
  problems: TagProblem[];
}

export function parseGlobalTags(tags: readonly string[] | null): Parsed<StoryCard> {
  const problems: TagProblem[] = [];
  const card: StoryCard = { title: '', musts: [] };
  for (const tag of tags ?? []) {
    const kv = splitTag(tag, problems);
    if (!kv) continue;
    switch (kv.key) {
      case 'title':
      case 'buyer':
      case 'sponsor':
      case 'summary': {
        const value = text(kv, tag, problems);
        if (value !== undefined) card[kv.key] = value;
        break;
      }
      case 'persona': {
        const value = identifier(kv, tag, problems);
        if (value !== undefined) card.persona = value;
        break;
      }
      case 'must': {
        const match = /^([a-z0-9][a-z0-9-]*)\s+(\S.*)$/.exec(kv.value);
        if (match?.[1] && match[2]) card.musts.push({ id: match[1], text: match[2] });
        else
          problems.push({
            tag,
            message: `"# must: ${kv.value}" needs an id and a text, for example "# must: budget Ask who owns the budget"`,
          });
        break;
      }
      case 'accept': {
        const match = /^([a-z0-9][a-z0-9-]*)\s+(\S.*)$/.exec(kv.value);
        if (match?.[1] && match[2]) (card.accepts ??= []).push({ check: match[1], reason: match[2] });
        else
          problems.push({
            tag,
            message: `"# accept: ${kv.value}" needs an audit check and a reason, for example "# accept: position the exemplary is first on purpose"`,
          });
        break;
      }
      case 'path-name': {
        const match = /^([a-z0-9][a-z0-9-]*)\s+(\S.*)$/.exec(kv.value);
        const names = (card.pathNames ??= {});
        if (!match?.[1] || !match[2])
          problems.push({
            tag,
            message: `"# path-name: ${kv.value}" needs a path and its display name, for example "# path-name: bregman The seller in Bregman's story"`,
          });
        else if (match[1] in names)
          problems.push({
            tag,
            message: `"# path-name: ${match[1]}" is given twice; keep one display name per path`,
          });
        else names[match[1]] = match[2].trim();
        break;
      }
      default:
        // Line tags on the first line of a story also appear among ink's global tags.
        if (!(LINE_KEYS as readonly string[]).includes(kv.key))
          unknownKey(kv, tag, 'global', GLOBAL_KEYS, problems);
    }
  }
  return { value: card, problems };
}

/** Parses a line's tags. Global keys are skipped: ink repeats the global tags on the story's first line. */
export function parseLineTags(tags: readonly string[] | null): Parsed<LineCues> {
  const problems: TagProblem[] = [];
  const cues: LineCues = { speaker: 'narrator' };
  for (const tag of tags ?? []) {
    const kv = splitTag(tag, problems);
    if (!kv) continue;
    switch (kv.key) {
      case 'speaker': {
        const value = oneOf(SPEAKERS, kv, tag, problems);
        if (value) cues.speaker = value;
        break;
      }
      case 'mood': {
        const value = oneOf(MOODS, kv, tag, problems);
        if (value) cues.mood = value;
        break;
      }
      case 'outcome': {
        const value = oneOf(OUTCOMES, kv, tag, problems);
        if (value) cues.outcome = value;
        break;
      }
      case 'thought':
      case 'note': {
        const value = text(kv, tag, problems);
        if (value !== undefined) cues[kv.key] = value;
        break;
      }
      case 'scene': {
        const value = identifier(kv, tag, problems);
        if (value !== undefined) cues.scene = value;
        break;
      }
      case 'clock': {
        const value = number(kv, tag, problems, 0, 24 * 60);
        if (value !== undefined) cues.clock = value;
        break;
      }
      default:
        if (!(GLOBAL_KEYS as readonly string[]).includes(kv.key)) {
          const hint = (CHOICE_KEYS as readonly string[]).includes(kv.key)
            ? `"# ${kv.key}:" belongs on a choice, inside its square brackets: * [Text #${kv.key}: ...]`
            : undefined;
          if (hint) problems.push({ tag, message: hint });
          else unknownKey(kv, tag, 'line', LINE_KEYS, problems);
        }
    }
  }
  return { value: cues, problems };
}

export function parseChoiceTags(tags: readonly string[] | null): Parsed<ChoiceTags> {
  const problems: TagProblem[] = [];
  const parsed: ChoiceTags = { moves: [], paths: [], covers: [] };
  for (const tag of tags ?? []) {
    const kv = splitTag(tag, problems);
    if (!kv) continue;
    switch (kv.key) {
      case 'move':
      case 'path':
      case 'covers': {
        const value = identifier(kv, tag, problems);
        if (value === undefined) break;
        const list = kv.key === 'move' ? parsed.moves : kv.key === 'path' ? parsed.paths : parsed.covers;
        if (!list.includes(value)) list.push(value);
        break;
      }
      case 'why': {
        const value = text(kv, tag, problems);
        if (value !== undefined) parsed.why = value;
        break;
      }
      case 'seat': {
        const value = identifier(kv, tag, problems);
        if (value !== undefined) parsed.seat = value;
        break;
      }
      case 'align':
      case 'attune': {
        const value = number(kv, tag, problems, -2, 2);
        if (value !== undefined) parsed[kv.key] = value;
        break;
      }
      default:
        unknownKey(kv, tag, 'choice', CHOICE_KEYS, problems);
    }
  }
  return { value: parsed, problems };
}
