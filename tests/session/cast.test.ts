// A cast of three people in three phases: each move is scored against the phase of the person it addresses
// (`# to:`) and moves that person's trust; the frame shows who is in the room (`# present:`).
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explore } from '../../src/authoring/explorer.ts';
import { PlaySession, playChoices, resumeFromLog } from '../../src/session/index.ts';
import { defaultRubric } from '../../src/sim/default-rubric.ts';
import { tableEffect, createScoreContext } from '../../src/sim/index.ts';
import { compiledFile } from '../helpers/compiled-stories.ts';

const STORY = compiledFile(resolve(import.meta.dirname, '../fixtures/cast/committee-call.ink'));
const context = createScoreContext(defaultRubric, undefined, ['terms']);
const perPoint = defaultRubric.trust.perPoint;

function at(choices: number[]): PlaySession {
  const session = new PlaySession({ story: STORY, rubric: defaultRubric, seed: 1 });
  playChoices(session, choices);
  return session;
}

describe('a cast of three', () => {
  it('reads each person’s own phase and starting trust from phase_<id> and trust_<id>', () => {
    const snap = at([]).snapshot();
    expect(snap.phase).toBe(1);
    expect(snap.phases).toEqual({ buyer: 1, kofi: 3, sana: 2 });
    expect(snap.trusts).toEqual({ buyer: 50, kofi: 40, sana: 60 });
    expect(snap.choices.map((c) => [c.to, c.phase])).toEqual([
      ['kofi', 3],
      ['sana', 2],
      ['buyer', 1],
    ]);
  });

  it('scores a move to a Phase III person in a Phase I meeting as Phase III, and moves only their trust', () => {
    const session = at([0]);
    const decision = session.snapshot().decisions[0];
    const cell = tableEffect(context, 'price', 3);
    expect(decision).toMatchObject({ to: 'kofi', phase: 3, move: 'price' });
    expect(decision?.effect).toMatchObject({ alignment: cell.alignment, attunement: cell.attunement });
    // The same move to the buyer, who is in Phase I, is the classic early price talk.
    expect(tableEffect(context, 'price', 1).alignment).toBeLessThan(cell.alignment);
    const kofi = 40 + perPoint * (cell.alignment + cell.attunement);
    expect(session.snapshot().trusts).toEqual({ buyer: 50, kofi, sana: 60 });
    expect(decision?.trusts).toEqual({ buyer: 50, kofi, sana: 60 });
    expect(decision?.trust).toBe(50);
  });

  it('writes each person’s trust into trust_<id>, so the story can branch on it', () => {
    const lines = (session: PlaySession) => session.snapshot().transcript.map((l) => l.text);
    expect(lines(at([0]))).toContain('Kofi nods.');
    expect(lines(at([1]))).not.toContain('Kofi nods.');
  });

  it('scores a move without # to: against the buyer, as before', () => {
    const session = at([2]);
    const decision = session.snapshot().decisions[0];
    const cell = tableEffect(context, 'price', 1);
    expect(decision).toMatchObject({ to: 'buyer', phase: 1 });
    expect(decision?.effect).toMatchObject({ alignment: cell.alignment, attunement: cell.attunement });
    expect(session.snapshot().trust).toBe(50 + perPoint * (cell.alignment + cell.attunement));
    expect(session.snapshot().trusts.kofi).toBe(40);
  });

  it('gives each person a mood from their own trust by the rubric’s thresholds', () => {
    const { engaged, open, guarded } = defaultRubric.trust.moods;
    const moodOf = (t: number) =>
      t >= engaged ? 'engaged' : t >= open ? 'open' : t >= guarded ? 'guarded' : 'frustrated';
    const session = at([1]);
    const members = session.frame({ viewer: 'trainee' }).cast.members;
    const trusts = session.snapshot().trusts;
    expect(members.map((m) => [m.id, m.trust, m.mood])).toEqual(
      ['buyer', 'kofi', 'sana'].map((id) => [id, trusts[id], moodOf(trusts[id] ?? -1)]),
    );
    expect(members.find((m) => m.id === 'kofi')?.mood).toBe('guarded');
    expect(session.report().moods).toMatchObject({ kofi: 'guarded' });
  });

  it('keeps per-person trust and phase through rewind and through a resumed log', () => {
    const session = at([0, 0]);
    const ended = session.snapshot();
    expect(session.state).toBe('ended');
    session.rewind(2);
    expect(session.snapshot().trusts).toEqual({ buyer: 50, kofi: 40, sana: 60 });
    session.choose(1);
    expect(session.snapshot().trusts.kofi).toBe(40);
    const resumed = resumeFromLog({ story: STORY, rubric: defaultRubric, seed: 1 }, at([0, 0]).log).session;
    expect(resumed.snapshot().trusts).toEqual(ended.trusts);
    expect(resumed.snapshot().decisions.map((d) => [d.to, d.phase])).toEqual(
      ended.decisions.map((d) => [d.to, d.phase]),
    );
    expect(resumed.report().overall).toBe(at([0, 0]).report().overall);
  });
});

describe('the explorer with a cast', () => {
  it('scores each edge against the addressed person’s phase, as a session does', () => {
    const exploration = explore({ json: STORY, context, scored: true, maxStates: 100 });
    const root = exploration.nodes.get(exploration.root);
    const session = at([]);
    const effects = [0, 1, 2].map((i) => {
      const played = at([i]);
      return played.snapshot().decisions[0]?.effect?.alignment;
    });
    expect(session.snapshot().choices).toHaveLength(3);
    expect(root?.edges.map((edge) => edge.alignment)).toEqual(effects);
  });
});

describe('the cast frame', () => {
  it('draws exactly the people of # present:, names the speaker by id and says whom the move addressed', () => {
    const session = new PlaySession({ story: STORY, rubric: defaultRubric, seed: 1 });
    session.start();
    const cast = () => session.frame({ viewer: 'room' }).cast;
    expect(cast()).toMatchObject({ scene: 'video-call', video: true, present: ['buyer', 'kofi'] });
    expect(cast().members.map((m) => [m.id, m.kind, m.name, m.role, m.phase])).toEqual([
      ['buyer', 'buyer', 'Lena Fischer', 'Head of Sales Operations', 1],
      ['kofi', 'person', 'Kofi Mensah', 'Finance Director', 3],
      ['sana', 'person', 'Sana Idris', 'Operations Lead', 2],
    ]);
    session.continue();
    expect(cast()).toMatchObject({ speaker: 'buyer', present: ['buyer', 'kofi'], addressed: null });
    session.continue();
    expect(cast()).toMatchObject({ speaker: null, present: ['buyer', 'kofi', 'sana'] });
    session.continue();
    expect(cast().speaker).toBe('kofi');
    expect(session.frame({ viewer: 'room' }).line?.who).toBe('Kofi Mensah');
    session.choose(0);
    expect(cast()).toMatchObject({ addressed: 'kofi', speaker: 'kofi' });
    while (session.state === 'waiting-for-continue') session.continue();
    // Kofi has left the call: the room holds only the buyer and Sana, whoever speaks.
    expect(cast().present).toEqual(['buyer', 'sana']);
  });
});
