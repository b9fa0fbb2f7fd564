// What one scenario card on the title screen says, worked out from the build's card and the trainee's
// progress: pure data, no DOM, so the title screen only renders it.
import { readableFileName } from '../session/index.ts';
import type { StoryProgress } from './progress.ts';
import type { StoryCardSource } from './story-card.ts';

export interface TitleCardData {
  id: string;
  title: string;
  /** The buyer's name and role, split at the first comma of `# buyer:`; null when the story names none. */
  buyer: { name: string; role: string } | null;
  /** The story's `# summary:`; null when it has none (no placeholder stands in for it). */
  summary: string | null;
  completed: boolean;
  best: number | null;
  bestLabel: string;
  /** "2 things to ask", or null for a story without `# must:` items. */
  mustsLabel: string | null;
  playLabel: string;
  watchLabel: string;
  workshopLabel: string;
  workshopHref: string;
}

/** "Dana Ortiz, Head of Operations at …" → name and role. */
export function splitPerson(text: string): { name: string; role: string } {
  const comma = text.indexOf(',');
  return comma < 0
    ? { name: text.trim(), role: '' }
    : { name: text.slice(0, comma).trim(), role: text.slice(comma + 1).trim() };
}

export function titleCardData(card: StoryCardSource, progress: StoryProgress | undefined): TitleCardData {
  const best = progress?.best ?? null;
  const title = card.title === card.id ? readableFileName(card.id) : card.title;
  return {
    id: card.id,
    title,
    buyer: card.buyer.trim() ? splitPerson(card.buyer) : null,
    summary: card.summary.trim() || null,
    completed: progress?.completed ?? false,
    best,
    bestLabel: best === null ? 'Not played yet' : `Best score ${best}`,
    mustsLabel: card.musts > 0 ? `${card.musts} thing${card.musts > 1 ? 's' : ''} to ask` : null,
    playLabel: `Play ${title}`,
    watchLabel: `Watch the failure: ${title}`,
    workshopLabel: `Run a workshop: ${title}`,
    workshopHref: `?mode=present&story=${encodeURIComponent(card.id)}`,
  };
}
