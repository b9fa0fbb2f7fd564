// The debrief screen draws only what is true: unscored runs make no path claims and offer no
// watch-the-failure; a watched run ends with how many of the failing seller's moves were predicted.
import { describe, expect, it } from 'vitest';
import { comparedPaths, mustStatus, playChoices, PlaySession } from '../../src/session/index.ts';
import { renderDebrief, type DebriefOptions } from '../../src/ui/debrief/debrief-screen.ts';
import { compile } from '../helpers/ink.ts';

const SCORED = compile(`# title: Lunch
# must: budget Ask who owns the budget
# path-name: rush The seller who rushed
VAR phase = 1
Hello. # speaker: buyer
* [Ask what is going on #move: open-probe #covers: budget #path: exemplary]
  Fine. # outcome: advance
  -> END
* [Pitch the product #move: pitch #path: rush]
  No. # outcome: no-sale
  -> END
`);
const UNSCORED = compile(`Hello.
* [Ask]
  Fine.
  -> END
* [Pitch]
  No.
  -> END
`);

function debrief(story: string, choices: number[], extra: Partial<DebriefOptions> = {}): HTMLElement {
  const session = new PlaySession({ story, seed: 1, clock: () => 0 });
  playChoices(session, choices);
  const report = session.report();
  const ignore = (): void => undefined;
  return renderDebrief({
    report,
    paths: comparedPaths({ story, decisions: report.decisions, watchedPath: null }),
    card: session.card,
    buyerName: 'Ana Silva',
    musts: mustStatus(session.card, report.decisions),
    costly: [],
    watchedPath: null,
    watchTally: null,
    onPlayAgain: ignore,
    onWatch: ignore,
    onBack: ignore,
    onTryFrom: ignore,
    ...extra,
  });
}

describe('the debrief screen', () => {
  it('names a missed must and the path by its display name', () => {
    const el = debrief(SCORED, [1]);
    expect(el.querySelector('[data-must="budget"]')?.textContent).toBe('✗Missed: Ask who owns the budget');
    expect(el.querySelector('.pc-summary')?.textContent).toBe(
      'You parted from the exemplary path at decision 1.',
    );
    expect([...el.querySelectorAll('.path-compare thead th')].map((th) => th.textContent)).toContain(
      'The seller who rushed',
    );
    expect(el.querySelector('[data-action="watch"]')).not.toBeNull();
  });

  it('says the exemplary was followed only with what that path scores', () => {
    const el = debrief(SCORED, [0]);
    expect(el.querySelector('.pc-summary')?.textContent).toMatch(
      /^You chose as the exemplary seller did at every decision; that path scores \d+ in this story\./,
    );
  });

  it('makes no path claims and offers no watch-the-failure for an unscored story', () => {
    const el = debrief(UNSCORED, [0]);
    expect(el.querySelector('.pc-summary')).toBeNull();
    expect(el.querySelector('[data-action="watch"]')).toBeNull();
    expect(el.querySelector('.unscored')?.textContent).toMatch(/no paths to compare/);
  });

  it('ends a watched run with how many of the failing seller’s moves were predicted', () => {
    const el = debrief(SCORED, [1], { watchedPath: 'rush', watchTally: { predicted: 1, decisions: 1 } });
    expect(el.querySelector('[data-watch-tally]')?.textContent).toBe(
      'You predicted 1 of the failing seller’s 1 move.',
    );
    expect(el.querySelector('.eyebrow')?.textContent).toBe('Debrief: The seller who rushed');
  });
});
