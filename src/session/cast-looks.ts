// Which way to draw each person: the story never says, so read the pronouns that follow a name within the
// same sentence (he/him/his vs she/her). No evidence, or mixed evidence, stays neutral.
import { personOf } from './meeting-frame.ts';

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

export interface CastLooks {
  buyer: Look;
  sponsor: Look;
}

/** How to draw a story's buyer and sponsor, from the card's names and the story's pronouns. */
export function castLooks(story: unknown, card: { buyer?: string; sponsor?: string }): CastLooks {
  const buyer = personOf(card.buyer, 'The buyer').first;
  const sponsor = card.sponsor ? personOf(card.sponsor, 'The sponsor').first : null;
  const looks = guessLooks(story, sponsor ? [buyer, sponsor] : [buyer]);
  return { buyer: looks[buyer] ?? 'any', sponsor: (sponsor && looks[sponsor]) || 'any' };
}
