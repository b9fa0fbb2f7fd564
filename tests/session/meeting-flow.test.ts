// The meeting's flow as data: play and watch mode, the reveal card, and the debrief's compared paths.
import { describe, expect, it } from 'vitest';
import {
  atWatchedDecision,
  autoAdvances,
  comparedPaths,
  continueLabel,
  dwellMs,
  onContinue,
  peopleOf,
  PlaySession,
  playChoices,
  predicted,
  revealCard,
  startFlow,
  tryFrom,
} from '../../src/session/index.ts';
import { compile } from '../helpers/ink.ts';

const STORY = compile(`# title: Flow
# buyer: Dana Ortiz, COO
VAR phase = 1
Hello. # speaker: buyer
* [Ask what matters #move: open-probe #path: exemplary #why: Needs first.]
  Good question. # speaker: buyer # thought: She listens.
* [Pitch the product #move: pitch #path: bluster #why: Too early.]
  Hm. # speaker: buyer # thought: Already selling?
* [Say nothing #move: listen #path: silence]
  ... # speaker: buyer
- ~ phase = 2
Go on. # speaker: buyer
* [Show the plan #move: pitch #path: exemplary #path: silence]
  Fine. # speaker: buyer # outcome: advance
  -> END
* [Name a price #move: price #path: bluster]
  No. # speaker: buyer # outcome: no-sale
  -> END
`);

describe('the meeting flow', () => {
  it('play mode: Enter continues, and at the end opens the debrief once', () => {
    let flow = startFlow({ kind: 'play' });
    expect(onContinue(flow, 'waiting-for-continue').action).toBe('continue');
    expect(onContinue(flow, 'waiting-for-choice').action).toBe('nothing');
    expect(continueLabel(flow, 'waiting-for-continue')).toBe('Continue');
    expect(continueLabel(flow, 'ended')).toBe('See the debrief');
    const end = onContinue(flow, 'ended');
    expect(end.action).toBe('debrief');
    flow = end.flow;
    expect(onContinue(flow, 'ended').action).toBe('nothing');
    expect(autoAdvances(flow, 'waiting-for-continue')).toBe(false);
  });

  it('watch mode: lines play on their own, a decision waits for a prediction, Enter reveals, then goes on', () => {
    let flow = startFlow({ kind: 'watch', path: null });
    expect(autoAdvances(flow, 'waiting-for-continue')).toBe(true);
    flow = atWatchedDecision(flow, 'bluster');
    expect(flow).toMatchObject({ watchPath: 'bluster', step: 'predict' });
    expect(autoAdvances(flow, 'waiting-for-choice')).toBe(false);
    expect(onContinue(flow, 'waiting-for-choice').action).toBe('reveal');
    flow = predicted(flow, 0);
    expect(continueLabel(flow, 'waiting-for-continue')).toBe('Continue watching');
    expect(autoAdvances(flow, 'waiting-for-continue')).toBe(false);
    const next = onContinue(flow, 'waiting-for-continue');
    expect(next.action).toBe('continue');
    expect(next.flow.step).toBe('auto');
    // The path chosen at the first decision stays, whatever a later decision offers first.
    expect(atWatchedDecision(next.flow, 'silence').watchPath).toBe('bluster');
    expect(tryFrom(next.flow)).toMatchObject({ mode: 'play', step: 'auto', debrief: false });
  });

  it('watch mode without a failure path stays put and says so through a null path', () => {
    const flow = atWatchedDecision(startFlow({ kind: 'watch', path: null }), null);
    expect(flow.watchPath).toBeNull();
    expect(flow.step).toBe('auto');
  });

  it('dwells longer on longer lines, within bounds', () => {
    expect(dwellMs({ text: '' })).toBe(1400);
    expect(dwellMs({ text: 'x'.repeat(50) })).toBe(1400 + 50 * 38);
    expect(dwellMs({ text: 'x'.repeat(5000) })).toBe(5400);
  });

  it('the reveal card: the failing seller’s choice, the prediction, the buyer’s thought and why it misaligns', () => {
    const session = new PlaySession({ story: STORY, seed: 1 });
    playChoices(session, []);
    const offered = session.snapshot().choices;
    session.choose(1);
    const decision = session.snapshot().decisions.at(-1);
    if (!decision) throw new Error('a decision was made');
    const people = peopleOf(session.card);
    expect(revealCard(decision, offered, 0, people)).toEqual({
      text: 'Pitch the product',
      move: 'pitch',
      prediction: { kind: 'other', text: 'Ask what matters' },
      thinker: 'Dana',
      thought: 'Already selling?',
      misaligned: true,
      phase: 1,
      fits: 2,
      why: 'Too early.',
    });
    expect(revealCard(decision, offered, 1, people).prediction).toEqual({ kind: 'same' });
    expect(revealCard(decision, offered, null, people).prediction).toBeNull();
  });
});

describe('the debrief’s compared paths', () => {
  it('sets the exemplary path and every failure path that ends beside the run, in the failure-path order', () => {
    const session = new PlaySession({ story: STORY, seed: 1 });
    playChoices(session, [0, 1]);
    const paths = comparedPaths({ story: STORY, decisions: session.report().decisions, watchedPath: null });
    expect(paths.map((p) => p.name)).toEqual(['exemplary', 'bluster', 'silence']);
    expect(paths[0]?.decisions.map((d) => d.text)).toEqual(['Ask what matters', 'Show the plan']);
    expect(paths[1]?.decisions.map((d) => d.text)).toEqual(['Pitch the product', 'Name a price']);
  });

  it('leaves out the watched path: it is the run itself', () => {
    const paths = comparedPaths({ story: STORY, decisions: [], watchedPath: 'bluster' });
    expect(paths.map((p) => p.name)).toEqual(['exemplary', 'silence']);
  });
});
