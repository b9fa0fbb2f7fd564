// The title cards' data: what each scenario card says, from the build's card and the trainee's progress.
import { describe, expect, it } from 'vitest';
import type { StoryCardSource } from '../../src/ui/story-card.ts';
import { readableFileName } from '../../src/session/index.ts';
import { splitPerson, titleCardData } from '../../src/ui/title-card-data.ts';

const card = (over: Partial<StoryCardSource> = {}): StoryCardSource => ({
  id: 'hot-referral',
  title: 'The Hot Referral',
  buyer: 'Daniel Marsh, newly appointed managing director of Halden Engineering',
  sponsor: 'Nadia Ferris, your friend',
  summary: 'A friend has opened the door.',
  persona: 'new-in-role',
  musts: 2,
  ...over,
});

describe('a title card', () => {
  it('names the buyer and their role, split at the first comma only', () => {
    expect(titleCardData(card(), undefined).buyer).toEqual({
      name: 'Daniel Marsh',
      role: 'newly appointed managing director of Halden Engineering',
    });
    expect(splitPerson('Ruth Okafor, COO, Brightwell')).toEqual({
      name: 'Ruth Okafor',
      role: 'COO, Brightwell',
    });
    expect(splitPerson('  Dana  ')).toEqual({ name: 'Dana', role: '' });
  });

  it('shows a readable file name for a story without # title:', () => {
    expect(titleCardData(card({ id: 'cold-feet', title: 'cold-feet' }), undefined).title).toBe('Cold feet');
    expect(readableFileName('TheIntercept.ink')).toBe('The Intercept');
    expect(readableFileName('stories/my_own-story.ink')).toBe('My own story');
  });

  it('has no buyer line for a story that names no buyer, and no placeholder for one without a summary', () => {
    const d = titleCardData(card({ buyer: '', summary: '  ' }), undefined);
    expect(d.buyer).toBeNull();
    expect(d.summary).toBeNull();
  });

  it('says "Not played yet" before any run, and the best score and completed mark after', () => {
    const fresh = titleCardData(card(), undefined);
    expect(fresh).toMatchObject({ best: null, bestLabel: 'Not played yet', completed: false });
    const played = titleCardData(card(), { best: 0, completed: true });
    expect(played).toMatchObject({ best: 0, bestLabel: 'Best score 0', completed: true });
  });

  it('counts the things to ask, in the singular for one and not at all for none', () => {
    expect(titleCardData(card({ musts: 2 }), undefined).mustsLabel).toBe('2 things to ask');
    expect(titleCardData(card({ musts: 1 }), undefined).mustsLabel).toBe('1 thing to ask');
    expect(titleCardData(card({ musts: 0 }), undefined).mustsLabel).toBeNull();
  });

  it('labels each action with the scenario and links the workshop to its own story, escaped', () => {
    const d = titleCardData(card({ id: 'a b&c', title: 'Odd' }), undefined);
    expect(d.playLabel).toBe('Play Odd');
    expect(d.watchLabel).toBe('Watch the failure: Odd');
    expect(d.workshopLabel).toBe('Run a workshop: Odd');
    expect(d.workshopHref).toBe('?mode=present&story=a%20b%26c');
  });
});
