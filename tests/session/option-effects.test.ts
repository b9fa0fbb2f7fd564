import { describe, expect, it } from 'vitest';
import { optionEffects } from '../../src/session/index.ts';
import { PlaySession, playChoices } from '../../src/session/index.ts';
import { createScoreContext, tableEffect } from '../../src/sim/index.ts';
import { defaultRubric } from '../../src/sim/default-rubric.ts';
import { hotReferral, mirrorStory } from '../present/story-fixtures.ts';

const input = (session: PlaySession) => ({
  rubric: defaultRubric,
  persona: session.card.persona,
  mustIds: session.card.musts.map((m) => m.id),
  scored: session.scored,
});

describe('option effects for the presenter', () => {
  it('gives each option the rubric cell for the buyer’s current phase', () => {
    const session = new PlaySession({ story: hotReferral, rubric: defaultRubric });
    playChoices(session, []);
    const snap = session.snapshot();
    const effects = optionEffects(input(session), snap.decisions, snap.choices);
    // The Hot Referral's buyer is new in the role: the persona's cells, marked as such.
    expect(session.card.persona).toBe('new-in-role');
    const context = createScoreContext(defaultRubric, session.card.persona, []);
    snap.choices.forEach((choice, i) => {
      const cell = tableEffect(context, choice.move ?? '', snap.phase);
      expect(effects[i]).toMatchObject({
        alignment: choice.align ?? cell.alignment,
        attunement: choice.attune ?? cell.attunement,
        rules: cell.adjusted ? ['persona'] : [],
      });
    });
    expect(effects.map((effect) => effect?.rules)).toContainEqual(['persona']);
  });

  it('applies the sequence rules the session will apply (third reflect in a row: mimicry)', () => {
    const session = new PlaySession({ story: mirrorStory, rubric: defaultRubric });
    playChoices(session, [0, 0]);
    const snap = session.snapshot();
    const effects = optionEffects(input(session), snap.decisions, snap.choices);
    expect(effects[0]?.rules).toContain('mimicry');
    // The effect shown is the effect the session then records.
    session.choose(0);
    const recorded = session.snapshot().decisions.at(-1)?.effect;
    expect(effects[0]).toMatchObject({ alignment: recorded?.alignment, attunement: recorded?.attunement });
  });

  it('shows no effects for an unscored story', () => {
    const session = new PlaySession({ story: mirrorStory, rubric: defaultRubric });
    playChoices(session, []);
    const snap = session.snapshot();
    expect(optionEffects({ ...input(session), scored: false }, [], snap.choices)).toEqual([null, null]);
  });
});
