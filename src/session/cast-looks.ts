// Which way to draw each person: the story never says, so read the pronouns that follow a name within the
// same sentence (he/him/his vs she/her). No evidence, or mixed evidence, stays neutral.
import type { StoryCard } from '../story/index.ts';
import { peopleOf } from './meeting-frame.ts';

export type Look = 'masc' | 'fem' | 'any';

function texts(node: unknown, out: string[]): void {
  if (typeof node === 'string') {
    if (node.startsWith('^')) out.push(node.slice(1));
  } else if (Array.isArray(node)) {
    for (const item of node) texts(item, out);
  } else if (node && typeof node === 'object') {
    for (const value of Object.values(node)) texts(value, out);
  }
}

export function guessLooks(story: unknown, firstNames: readonly string[]): Record<string, Look> {
  const counts = new Map(firstNames.map((n) => [n, { he: 0, she: 0 }]));
  const all: string[] = [];
  texts(story, all);
  let last: string | null = null;
  const token = new RegExp(
    `\\b(${[...firstNames.map((n) => n.replace(/\W/g, '')), 'he', 'him', 'his', 'she', 'her', 'hers'].join('|')})\\b`,
    'gi',
  );
  for (const sentence of all.flatMap((t) => t.split(/[.!?]+/))) {
    last = null;
    for (const match of sentence.matchAll(token)) {
      const word = match[1] ?? '';
      const lower = word.toLowerCase();
      const name = firstNames.find((n) => n.toLowerCase() === lower);
      if (name) {
        last = name;
        continue;
      }
      const c = last ? counts.get(last) : undefined;
      if (!c) continue;
      if (lower === 'he' || lower === 'him' || lower === 'his') c.he++;
      else c.she++;
    }
  }
  const out: Record<string, Look> = {};
  for (const [name, c] of counts)
    out[name] = c.he > c.she * 1.5 ? 'masc' : c.she > c.he * 1.5 ? 'fem' : 'any';
  return out;
}

/** How to draw each person of the cast, by id ('buyer', 'sponsor', or a `# person:` id). */
export type CastLooks = Readonly<Record<string, Look>>;

/** How to draw a story's cast, from the card's names and the story's pronouns. */
export function castLooks(
  story: unknown,
  card: Pick<StoryCard, 'buyer' | 'sponsor'> & Partial<Pick<StoryCard, 'people'>>,
): CastLooks {
  const cast = peopleOf(card).cast;
  const looks = guessLooks(
    story,
    cast.map((person) => person.first),
  );
  return Object.fromEntries(cast.map((person) => [person.id, looks[person.first] ?? 'any']));
}
