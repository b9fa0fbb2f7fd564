// `attune validate`'s check of every id in a story's cast (DESIGN §3): who is declared (`# buyer:`,
// `# sponsor:`, `# person:`), and every place that names a person (`# speaker:`, `# present:`, `# to:`,
// `VAR phase_<id>`, `VAR trust_<id>`). Each finding names the file and line, the fix, and the closest id.
import { suggestName } from '../sim/suggest-name.ts';
import { castIds, MAX_PEOPLE, PERSON_ID, RESERVED_IDS, type StoryCard } from '../story/index.ts';
import type { SourceFile, SourceScan, SourceTag } from './source-tags.ts';

export interface At {
  file: string;
  line: number;
}

/** The tag keys whose ids this check owns (the per-tag grammar check leaves them to it). */
export const CAST_TAG_KEYS: readonly string[] = ['speaker', 'present', 'to'];

const keyOf = (tag: string): string =>
  tag
    .slice(0, Math.max(0, tag.indexOf(':')))
    .trim()
    .toLowerCase();
const valueOf = (tag: string): string => tag.slice(tag.indexOf(':') + 1).trim();

/** " Did you mean "kofi"?" or '' when no id is close. */
function didYouMean(id: string, known: readonly string[]): string {
  const guess = suggestName(id, known);
  return guess ? ` Did you mean "${guess}"?` : '';
}

/** The fix for an id nobody declared: the closest declared id, or the declaration to add. */
function unknownIdFix(id: string, cast: readonly string[], allowed: readonly string[]): string {
  if (id === 'sponsor') return 'declare the sponsor at the top with "# sponsor: <Name>, <role>"';
  const declare = PERSON_ID.test(id) && !(RESERVED_IDS as readonly string[]).includes(id);
  return `use one of ${allowed.join(', ')}${
    declare ? `, or declare the person at the top with "# person: ${id} <Name>, <role>"` : ''
  }.${didYouMean(id, cast.length > 0 ? allowed : [])}`;
}

/** Duplicate ids and a meeting of more than five people, at the declaration that breaks the rule. */
function checkDeclarations(tags: readonly SourceTag[], error: (message: string, at: At) => void): void {
  const first = new Map<string, At>();
  let people = 1; // the buyer is always in the meeting
  let buyerDeclared = false;
  for (const tag of tags) {
    if (tag.place !== 'global') continue;
    const key = keyOf(tag.tag);
    const value = valueOf(tag.tag);
    const id =
      key === 'person' ? (value.split(/\s+/)[0] ?? '') : key === 'buyer' || key === 'sponsor' ? key : '';
    if (id === '' || !PERSON_ID.test(id) || (RESERVED_IDS as readonly string[]).includes(id)) continue;
    if (key === 'person' && value.split(/\s+/).length < 2) continue;
    const at = { file: tag.file, line: tag.line };
    const seen = first.get(id);
    if (seen) {
      error(
        `the person "${id}" is declared twice (first at ${seen.file}:${seen.line}); keep one declaration${
          id === 'buyer' || id === 'sponsor'
            ? ` ("# ${id}:" and "# person: ${id}" declare the same person)`
            : ''
        }, or give this person another id`,
        at,
      );
      continue;
    }
    first.set(id, at);
    if (id === 'buyer') {
      buyerDeclared = true;
      continue;
    }
    people++;
    if (people > MAX_PEOPLE) {
      error(
        `"# ${tag.tag}" makes ${people} people in the meeting (the buyer${buyerDeclared ? '' : ', even undeclared,'} and the sponsor count); a meeting has at most ${MAX_PEOPLE}: remove a person, or split the meeting into scenes with fewer people`,
        at,
      );
    }
  }
}

/** `# speaker:`, `# present:` and `# to:` name only declared people (or the seller and the narrator). */
function checkNamedIds(
  tags: readonly SourceTag[],
  cast: readonly string[],
  error: (message: string, at: At) => void,
): void {
  const speakers = [...cast, ...RESERVED_IDS];
  for (const tag of tags) {
    const key = keyOf(tag.tag);
    if (!CAST_TAG_KEYS.includes(key)) continue;
    const onChoice = tag.place === 'choice' || tag.place === 'unbracketed-choice';
    if (key === 'to' ? !onChoice : onChoice || tag.place === 'global') continue;
    const at = { file: tag.file, line: tag.line };
    const value = valueOf(tag.tag);
    const ids = key === 'present' ? value.split(/[\s,]+/).filter((id) => id !== '') : [value];
    const allowed = key === 'speaker' ? speakers : cast;
    for (const id of ids) {
      if (allowed.includes(id)) continue;
      if (id === '') {
        error(
          `"# ${key}:" is empty; write the id of a person after the colon (one of ${allowed.join(', ')})`,
          at,
        );
        continue;
      }
      error(
        `"# ${key}: ${value}" names "${id}", who is not in this story's cast; ${unknownIdFix(id, cast, allowed)}`,
        at,
      );
    }
  }
}

const PERSON_VARIABLE = /^(VAR|~)\s*(?:temp\s+)?(phase|trust)_(\S+?)\s*=\s*(.+?)\s*$/;

/** `VAR phase_<id>` and `VAR trust_<id>` belong to a declared person; a person's phase is 1, 2 or 3. */
function checkPersonVariables(
  files: readonly SourceFile[],
  cast: readonly string[],
  error: (message: string, at: At) => void,
): void {
  for (const file of files) {
    file.text.split(/\r?\n/).forEach((text, index) => {
      const match = text.trim().startsWith('//') ? null : PERSON_VARIABLE.exec(text.trim());
      if (!match) return;
      const [, keyword = '', kind = '', id = '', value = ''] = match;
      const at = { file: file.name, line: index + 1 };
      if (keyword === 'VAR' && !cast.includes(id)) {
        error(
          `VAR ${kind}_${id} is ${kind === 'phase' ? 'the phase' : 'the trust'} of "${id}", who is not in this story's cast; rename it to ${kind}_<id> for one of ${cast.join(', ')}, or declare the person at the top with "# person: ${PERSON_ID.test(id) ? id : 'id'} <Name>, <role>".${didYouMean(id, cast)}`,
          at,
        );
      }
      const number = Number(value);
      if (kind === 'phase' && /^-?\d+$/.test(value) && !(number >= 1 && number <= 3))
        error(`phase_${id} is set to ${value}; a person's phase is 1, 2 or 3`, at);
    });
  }
}

/** Every cast finding of a story, each at the line to fix. */
export function checkCast(
  card: StoryCard,
  scan: SourceScan,
  files: readonly SourceFile[],
  error: (message: string, at: At) => void,
): void {
  const cast = castIds(card);
  checkDeclarations(scan.tags, error);
  checkNamedIds(scan.tags, cast, error);
  checkPersonVariables(files, cast, error);
}
