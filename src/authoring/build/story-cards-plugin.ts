// Build-time (Node) Vite plugin: `virtual:story-cards` lists every stories/*.ink with the card tags found
// at the top of its source (`# title:`, `# buyer:`, ...) and the story's opening screen. The title screen
// shows the cards before any story, inkjs or Phaser has loaded; a meeting shows the opening while the
// session starts, then reads the authoritative card from the session.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Plugin } from 'vite';
import type { StoryCardSource } from '../../ui/story-card.ts';
import { storyOpening } from './story-opening.ts';

export type { StoryCardSource };

const VIRTUAL_ID = 'virtual:story-cards';
const RESOLVED_ID = '\0' + VIRTUAL_ID;

const SKIPPED = /^(VAR|CONST|INCLUDE|EXTERNAL|LIST)\b/;

/** The flagship scenario first, then the library in a teaching order; anything else after, by name. */
const ORDER = [
  'hot-referral',
  'shortlist',
  'cold-feet',
  'three-meetings',
  'decisive-founder',
  'first-meeting',
];

export function cardOrder(a: string, b: string): number {
  const rank = (id: string): number => (ORDER.includes(id) ? ORDER.indexOf(id) : ORDER.length);
  return rank(a) - rank(b) || a.localeCompare(b);
}

/** Reads the global tags: the `#` lines before the first line of content. Pure, tested without Vite. */
export function readGlobalTags(source: string): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  let inBlockComment = false;
  for (const raw of source.split(/\r?\n/)) {
    let line = raw.trim();
    if (inBlockComment) {
      const end = line.indexOf('*/');
      if (end < 0) continue;
      inBlockComment = false;
      line = line.slice(end + 2).trim();
    }
    if (line.startsWith('/*')) {
      inBlockComment = !line.includes('*/');
      continue;
    }
    if (line === '' || line.startsWith('//') || SKIPPED.test(line)) continue;
    if (!line.startsWith('#')) break;
    for (const part of line.split('#')) {
      const text = part.replace(/\/\/.*$/, '').trim();
      const colon = text.indexOf(':');
      if (colon <= 0) continue;
      const key = text.slice(0, colon).trim().toLowerCase();
      const value = text.slice(colon + 1).trim();
      tags.set(key, [...(tags.get(key) ?? []), value]);
    }
  }
  return tags;
}

export function readStoryCard(id: string, source: string): StoryCardSource {
  const tags = readGlobalTags(source);
  const one = (key: string): string => tags.get(key)?.[0] ?? '';
  return {
    id,
    title: one('title') || id,
    buyer: one('buyer'),
    sponsor: one('sponsor'),
    summary: one('summary'),
    persona: one('persona'),
    musts: tags.get('must')?.length ?? 0,
  };
}

function inkFiles(storiesDir: string): string[] {
  try {
    return readdirSync(storiesDir).filter((f) => f.endsWith('.ink'));
  } catch {
    return [];
  }
}

/** The id of every story in the folder (its file name without `.ink`), in card order. */
export function storyIds(storiesDir: string): string[] {
  return inkFiles(storiesDir)
    .map((file) => basename(file, '.ink'))
    .sort(cardOrder);
}

export function storyCardsPlugin(options: { storiesDir: string }): Plugin {
  const list = (): StoryCardSource[] => {
    return inkFiles(options.storiesDir)
      .sort((a, b) => cardOrder(basename(a, '.ink'), basename(b, '.ink')))
      .map((file) => {
        const card = readStoryCard(
          basename(file, '.ink'),
          readFileSync(join(options.storiesDir, file), 'utf8'),
        );
        const opening = storyOpening(join(options.storiesDir, file), (path) => readFileSync(path, 'utf8'));
        return opening ? { ...card, opening } : card;
      });
  };
  return {
    name: 'attune-story-cards',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      for (const card of list()) this.addWatchFile(join(options.storiesDir, `${card.id}.ink`));
      return `export default ${JSON.stringify(list())};`;
    },
    configureServer(server) {
      server.watcher.add(join(options.storiesDir, '*.ink'));
      server.watcher.on('all', (_event, file) => {
        if (!file.endsWith('.ink')) return;
        const mod = server.moduleGraph.getModuleById(RESOLVED_ID);
        if (mod) server.moduleGraph.invalidateModule(mod);
      });
    },
  };
}
