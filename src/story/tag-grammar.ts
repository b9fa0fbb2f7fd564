// The ink tag grammar of DESIGN §3: every tag is `key: value`. Parsing is pure and total: malformed tags
// are collected as TagProblems (never thrown), so a runner can keep playing and a validator can report all.

/** The speakers every story has; a cast adds its people's ids (`# person:`). */
export const SPEAKERS = ['buyer', 'sponsor', 'seller', 'narrator'] as const;
/** Who says a line: a person's id (`buyer`, `sponsor` or a `# person:` id), `seller` or `narrator`. */
export type Speaker = string;

/** Ids no person may take: they name the two voices that are not people in the room. */
export const RESERVED_IDS = ['seller', 'narrator'] as const;
/** Most people in one meeting, the buyer and the sponsor included. */
export const MAX_PEOPLE = 5;
/** The shape of a person's id: lower-case letters, digits and dashes, starting with a letter or digit. */
export const PERSON_ID = /^[a-z0-9][a-z0-9-]*$/;

export const MOODS = ['engaged', 'open', 'guarded', 'frustrated'] as const;
export type Mood = (typeof MOODS)[number];

export const OUTCOMES = ['order', 'advance', 'continuation', 'no-sale'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const GLOBAL_KEYS = [
  'title',
  'buyer',
  'sponsor',
  'person',
  'summary',
  'persona',
  'must',
  'accept',
  'path-name',
] as const;
export const LINE_KEYS = [
  'speaker',
  'present',
  'mood',
  'thought',
  'note',
  'scene',
  'clock',
  'outcome',
] as const;
export const CHOICE_KEYS = ['move', 'to', 'path', 'covers', 'why', 'seat', 'align', 'attune'] as const;

export interface TagProblem {
  tag: string;
  message: string;
}

export interface MustItem {
  id: string;
  text: string;
}

/** A `# person: <id> <Name>, <role>` beyond the buyer and the sponsor. */
export interface PersonTag {
  id: string;
  /** "Name, role" as written after the id. */
  text: string;
}

export interface StoryCard {
  title: string;
  buyer?: string;
  sponsor?: string;
  /** The `# person:` people other than `buyer` and `sponsor`, in declaration order. */
  people: PersonTag[];
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
  /** `# present:`: the ids in the room from this line on (empty: nobody but the seller). */
  present?: string[];
  mood?: Mood;
  thought?: string;
  note?: string;
  scene?: string;
  clock?: number;
  outcome?: Outcome;
}

export interface ChoiceTags {
  moves: string[];
  /** `# to:`: the id of the person the move addresses (left out: the buyer). */
  to?: string;
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
  const card: StoryCard = { title: '', people: [], musts: [] };
  const declared = new Set<string>();
  const declare = (id: string, tag: string): boolean => {
    if (!declared.has(id)) {
      declared.add(id);
      return true;
    }
    problems.push({
      tag,
      message: `the person "${id}" is declared twice; keep one declaration (# buyer: and # sponsor: already declare the ids buyer and sponsor), or give the other person a different id`,
    });
    return false;
  };
  for (const tag of tags ?? []) {
    const kv = splitTag(tag, problems);
    if (!kv) continue;
    switch (kv.key) {
      case 'buyer':
      case 'sponsor': {
        const value = text(kv, tag, problems);
        if (value !== undefined && declare(kv.key, tag)) card[kv.key] = value;
        break;
      }
      case 'person': {
        const person = personTag(kv, tag, problems);
        if (!person || !declare(person.id, tag)) break;
        if (person.id === 'buyer' || person.id === 'sponsor') card[person.id] = person.text;
        else card.people.push(person);
        break;
      }
      case 'title':
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
  const room = MAX_PEOPLE - 1 - (card.sponsor !== undefined ? 1 : 0);
  for (const extra of card.people.splice(Math.max(0, room))) {
    problems.push({
      tag: `person: ${extra.id} ${extra.text}`,
      message: `"# person: ${extra.id}" makes more than ${MAX_PEOPLE} people in the meeting (the buyer and the sponsor count); a meeting has at most ${MAX_PEOPLE}, so remove a person or split the scene`,
    });
  }
  return { value: card, problems };
}

/** `# person: <id> <Name>, <role>`; the id's shape and the reserved ids are checked here. */
function personTag(kv: KeyValue, tag: string, problems: TagProblem[]): PersonTag | undefined {
  const match = /^(\S+)\s+(\S.*)$/.exec(kv.value);
  if (!match?.[1] || !match[2]) {
    problems.push({
      tag,
      message: `"# person: ${kv.value}" needs an id, a name and a role, for example "# person: kofi Kofi Mensah, Finance Director"`,
    });
    return undefined;
  }
  const id = match[1];
  if (!PERSON_ID.test(id)) {
    problems.push({
      tag,
      message: `"# person: ${id}" is not a valid id; write it in lower-case letters, digits and dashes, for example "${suggestedId(id)}"`,
    });
    return undefined;
  }
  if ((RESERVED_IDS as readonly string[]).includes(id)) {
    problems.push({
      tag,
      message: `"${id}" cannot be a person's id: it names the ${id === 'seller' ? 'trainee' : 'narration'}; give the person another id, for example their first name`,
    });
    return undefined;
  }
  return { id, text: match[2].trim() };
}

/** An id in the allowed shape close to what the author wrote ("Kofi_M" → "kofi-m"). */
export function suggestedId(raw: string): string {
  const id = raw
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return id === '' ? 'kofi' : id;
}

/** Every person's id, in declaration order: the buyer first, the sponsor second (when declared). */
export function castIds(card: Pick<StoryCard, 'sponsor' | 'people'>): string[] {
  return ['buyer', ...(card.sponsor !== undefined ? ['sponsor'] : []), ...card.people.map((p) => p.id)];
}

/** The ids a line's `# speaker:` may name: the cast, and the seller and the narrator. */
function speakersOf(cast: readonly string[]): string[] {
  return [...cast, ...RESERVED_IDS];
}

/** The cast of old stories, before `# person:`: the buyer and the sponsor. */
const PAIR: readonly string[] = ['buyer', 'sponsor'];

function knownId(
  kv: KeyValue,
  id: string,
  tag: string,
  allowed: readonly string[],
  problems: TagProblem[],
): boolean {
  if (allowed.includes(id)) return true;
  problems.push({
    tag,
    message: `"# ${kv.key}: ${kv.value}" names "${id}", who is not in this story's cast; use one of ${allowed.join(', ')}, or declare the person at the top with "# person: ${PERSON_ID.test(id) ? id : suggestedId(id)} <Name>, <role>"`,
  });
  return false;
}

/**
 * Parses a line's tags. Global keys are skipped: ink repeats the global tags on the story's first line.
 * `cast` is the story's people (castIds); `# speaker:` and `# present:` may name only them.
 */
export function parseLineTags(
  tags: readonly string[] | null,
  cast: readonly string[] = PAIR,
): Parsed<LineCues> {
  const problems: TagProblem[] = [];
  const cues: LineCues = { speaker: 'narrator' };
  for (const tag of tags ?? []) {
    const kv = splitTag(tag, problems);
    if (!kv) continue;
    switch (kv.key) {
      case 'speaker': {
        if (knownId(kv, kv.value, tag, speakersOf(cast), problems)) cues.speaker = kv.value;
        break;
      }
      case 'present': {
        const ids = kv.value.split(/[\s,]+/).filter((id) => id !== '');
        cues.present = [...new Set(ids.filter((id) => knownId(kv, id, tag, cast, problems)))];
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

/** Parses a choice's tags; `# to:` may name only the story's people (`cast`, see castIds). */
export function parseChoiceTags(
  tags: readonly string[] | null,
  cast: readonly string[] = PAIR,
): Parsed<ChoiceTags> {
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
      case 'to': {
        if (knownId(kv, kv.value, tag, cast, problems)) parsed.to = kv.value;
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
