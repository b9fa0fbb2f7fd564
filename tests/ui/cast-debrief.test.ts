// The debrief of a cast: the timeline and the key moments say whom each move addressed and that person's
// phase; a story without a cast keeps its buyer-only timeline.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { comparedPaths, peopleOf, PlaySession, playChoices } from '../../src/session/index.ts';
import { defaultRubric } from '../../src/sim/default-rubric.ts';
import { renderDebrief } from '../../src/ui/debrief/debrief-screen.ts';
import { renderTimeline } from '../../src/ui/debrief/timeline.ts';
import { compiledFile, compiledStory } from '../helpers/compiled-stories.ts';

const CAST = compiledFile(resolve(import.meta.dirname, '../fixtures/cast/committee-call.ink'));

function played(story: string, choices: number[]): PlaySession {
  const session = new PlaySession({ story, rubric: defaultRubric, seed: 1 });
  playChoices(session, choices);
  return session;
}

const cells = (root: HTMLElement, row: number) =>
  [...(root.querySelectorAll('tbody tr')[row]?.querySelectorAll('td') ?? [])].map((td) => td.textContent);

describe('the debrief of a cast', () => {
  it('the timeline names whom each move addressed and draws it against that person’s phase', () => {
    const session = played(CAST, [0, 0]);
    const timeline = renderTimeline(session.report().decisions, peopleOf(session.card));
    expect([...timeline.querySelectorAll('th')].map((th) => th.textContent)).toEqual([
      'Decision',
      'To',
      'Their phase',
      'Move',
      'Move fits',
      'Timing',
    ]);
    expect(cells(timeline, 0).slice(0, 3)).toEqual(['1', 'Kofi Mensah', 'Phase III']);
    expect(cells(timeline, 1).slice(0, 3)).toEqual(['2', 'Lena Fischer', 'Phase I']);
    expect(timeline.querySelector('[data-decision="1"]')?.getAttribute('data-to')).toBe('kofi');
    expect(timeline.querySelector('[data-decision="1"] .tl-to')?.textContent).toBe('Kofi');
  });

  it('key moments name the person the move addressed, with their phase', () => {
    const session = played(CAST, [1, 0]);
    const report = session.report();
    const pitch = report.keyMoments.find((m) => m.decision === 1);
    expect(pitch).toMatchObject({ to: 'sana', phase: 2, person: { name: 'Sana Idris', first: 'Sana' } });
    const debrief = renderDebrief({
      report,
      paths: comparedPaths({
        story: CAST,
        rubric: defaultRubric,
        decisions: report.decisions,
        watchedPath: null,
      }),
      card: session.card,
      buyerName: session.card.buyer ?? '',
      watchedPath: null,
      onPlayAgain: () => undefined,
      onWatch: () => undefined,
      onBack: () => undefined,
      onTryFrom: () => undefined,
    });
    const moment = debrief.querySelector('[data-moment="1"]');
    expect(moment?.querySelector('.moment-to')?.textContent).toBe('To Sana');
    expect(moment?.querySelector('.moment-phase')?.textContent).toMatch(/^Sana: Phase II/);
  });

  it('a story without a cast keeps the buyer’s timeline', () => {
    const session = played(compiledStory('first-meeting'), [0, 0]);
    const timeline = renderTimeline(session.report().decisions, peopleOf(session.card));
    expect([...timeline.querySelectorAll('th')].map((th) => th.textContent)).toEqual([
      'Decision',
      'Buyer phase',
      'Move',
      'Move fits',
      'Timing',
    ]);
    expect(timeline.querySelector('.tl-to')).toBeNull();
    expect(session.report().keyMoments.every((m) => m.to === 'buyer')).toBe(true);
  });
});
