// Resume data: a run saved within SCORM 1.2's 4096 characters comes back as the same run.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeRun, encodeRun, restoreRun } from '../../src/lms/suspend-codec.ts';
import { playChoices, type LogEntry, type PlaySession } from '../../src/session/index.ts';
import { compile, TWO_DECISIONS } from '../helpers/ink.ts';
import { newSession, STORY_ID } from './lms-fixtures.ts';

function save(session: PlaySession, limit = 4096): string {
  const text = encodeRun({ storyId: STORY_ID, seed: session.seed, log: session.log }, limit);
  if (text === null) throw new Error('did not fit');
  return text;
}

function restored(text: string, story?: string): PlaySession {
  const saved = decodeRun(text);
  if (!saved) throw new Error(`not a save: ${text}`);
  const session = story ? newSession(story) : newSession();
  expect(restoreRun(session, saved).stoppedAt).toBeNull();
  return session;
}

/**
 * A long, restless run: at each of the first four decisions the trainee takes a choice and takes it back
 * 99 times before the choice that stands. The session plays only the choices that stand (replaying 400
 * take-backs through the story would test the session, not the codec, and take seconds); the take-backs
 * are written into the log as the session writes them: a choice of an offered option, the lines it showed,
 * and a rewind of one.
 */
function restlessRun(): { session: PlaySession; log: LogEntry[] } {
  const session = newSession();
  const log: LogEntry[] = [];
  let copied = 0;
  const copy = () => {
    log.push(...session.log.slice(copied));
    copied = session.log.length;
  };
  playChoices(session, []);
  for (let decision = 1; decision <= 4; decision++) {
    copy();
    const offered = session.snapshot().choices;
    for (let k = 1; k < 100; k++) {
      const choice = offered[k % offered.length];
      if (!choice) throw new Error('no choice offered');
      const at = 0;
      log.push({ type: 'choice', at, decision, index: choice.index, id: choice.id, text: choice.text });
      log.push({ type: 'line', at, number: 0, speaker: 'buyer', text: '…' });
      log.push({ type: 'rewind', at, count: 1 });
    }
    playChoices(session, [0]);
  }
  copy();
  return { session, log };
}

describe('suspend data', () => {
  it('brings back the exact line, transcript, line numbers and score (tier h)', () => {
    const session = newSession();
    playChoices(session, [0, 1, 2]);
    session.rewind(2);
    session.choose(1);
    const text = save(session);
    expect(text).toMatch(/^AT1~hot-referral~1~h~/);
    const back = restored(text);
    expect(back.snapshot()).toEqual(session.snapshot());
    expect(back.report()).toEqual(session.report());
  });

  it('fits a run with hundreds of rewinds into 4096 characters by collapsing them (tiers H, I)', () => {
    const { session, log } = restlessRun();
    expect(log.filter((e) => e.type === 'rewind')).toHaveLength(396);
    const full = encodeRun({ storyId: STORY_ID, seed: 1, log }, Infinity) ?? '';
    expect(full.length).toBeGreaterThan(4096);
    const text = encodeRun({ storyId: STORY_ID, seed: 1, log }, 4096);
    expect(text).not.toBeNull();
    expect(text?.length ?? Infinity).toBeLessThanOrEqual(4096);
    const back = restored(text ?? '');
    const [a, b] = [back.snapshot(), session.snapshot()];
    expect(a.state).toBe(b.state);
    expect(a.decisions.map((d) => d.choiceId)).toEqual(b.decisions.map((d) => d.choiceId));
    expect(back.report()).toEqual(session.report());
  });

  it('carries the attempt (registration and time spent) through a save', () => {
    const session = newSession();
    playChoices(session, [0, 1]);
    const attempt = { registration: '0f6a3c1e-1f7b-4f1e-9d7c-1d2e3f4a5b6c', elapsedMs: 754_321 };
    const text = encodeRun({ storyId: STORY_ID, seed: 1, log: session.log, attempt }, 4096) ?? '';
    expect(text).toMatch(/~0f6a3c1e1f7b4f1e9d7c1d2e3f4a5b6c~[0-9a-z]+$/);
    expect(decodeRun(text)?.attempt).toEqual({ ...attempt, elapsedMs: 754_000 });
    expect(decodeRun(text.replace(/~[0-9a-f]{32}~/, '~not-a-uuid~'))).toBeNull();
  });

  it('falls back to choice positions when even the hashed choices do not fit (tier I)', () => {
    const session = newSession();
    playChoices(session, [0, 0, 0, 0, 0, 0]);
    const text = save(session, 50);
    expect(text).toMatch(/~I~/);
    expect(restored(text).snapshot()).toMatchObject({
      decisions: session.snapshot().decisions,
      state: session.state,
    });
  });

  it('returns null when no tier fits, so the LMS gets no half a save', () => {
    const session = newSession();
    playChoices(session, [0, 0, 0]);
    expect(encodeRun({ storyId: STORY_ID, seed: 1, log: session.log }, 20)).toBeNull();
  });

  it('rejects foreign or corrupt data instead of misreading it', () => {
    for (const bad of [
      '',
      'viewed=1,2,3',
      'AT1~x~1~h',
      'AT1~hot referral~1~h~c1',
      'AT1~x~1~q~c1',
      'AT1~x~1~h~c1.z9',
    ]) {
      expect(decodeRun(bad)).toBeNull();
    }
  });

  it('stops at the first choice an edited story no longer has, waiting at that decision', () => {
    const story = compile(TWO_DECISIONS);
    const session = newSession(story);
    playChoices(session, [0, 0]);
    const text = save(session);
    const edited = compile(TWO_DECISIONS.replace('[Budget?', '[What budget do you have?'));
    const saved = decodeRun(text);
    if (!saved) throw new Error('not a save');
    const back = newSession(edited);
    const result = restoreRun(back, saved);
    expect(result.matched).toBe(1);
    expect(result.stoppedAt).toMatch(/resumes at decision 2/);
    expect(back.state).toBe('waiting-for-choice');
  });
});

describe('suspend data, for any run', () => {
  // 60 real sessions and their restores: seconds of work, so it has a timeout of its own.
  it(
    'restores every run of continues, choices and take-backs to the same snapshot (tier h)',
    { timeout: 30_000 },
    () => {
      const step = fc.oneof(
        fc.constant({ kind: 'continue' as const }),
        fc.nat(3).map((n) => ({ kind: 'choose' as const, n })),
        fc.integer({ min: 1, max: 3 }).map((n) => ({ kind: 'rewind' as const, n })),
      );
      fc.assert(
        fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
          const session = newSession();
          session.start();
          for (const s of steps) {
            if (s.kind === 'continue' && session.state === 'waiting-for-continue') session.continue();
            if (s.kind === 'choose' && session.state === 'waiting-for-choice') {
              session.choose(s.n % session.snapshot().choices.length);
            }
            if (s.kind === 'rewind' && session.snapshot().decisions.length >= s.n) session.rewind(s.n);
          }
          const text = save(session);
          const back = restored(text);
          expect(back.snapshot()).toEqual(session.snapshot());
          expect(back.report()).toEqual(session.report());
        }),
        { numRuns: 60 },
      );
    },
  );
});
