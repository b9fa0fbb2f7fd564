import { describe, expect, it } from 'vitest';
import {
  followPath,
  PathError,
  playChoices,
  PlaySession,
  ReplayError,
  replayLog,
  SessionStateError,
  type SessionOptions,
} from '../../src/session/index.ts';
import { defaultRubric } from '../../src/sim/default-rubric.ts';
import { compile, TWO_DECISIONS } from '../helpers/ink.ts';

const json = compile(TWO_DECISIONS);
const options = (story: string = json): SessionOptions => ({
  story,
  rubric: defaultRubric,
  clock: () => 1000,
});

describe('session states', () => {
  it('moves through continue, choice and end, emitting typed events', () => {
    const session = new PlaySession(options());
    const seen: string[] = [];
    session.on('line', ({ line }) => seen.push(`line:${line.speaker}:${line.text}`));
    session.on('choices', ({ decision, phase, choices }) =>
      seen.push(`choices:${decision}:${phase}:${choices.length}`),
    );
    session.on('chose', ({ decision }) =>
      seen.push(`chose:${decision.move}:${decision.effect?.alignment}/${decision.effect?.attunement}`),
    );
    session.on('ended', ({ report }) => seen.push(`ended:${report.outcome}:${report.overall}`));
    expect(session.state).toBe('not-started');
    session.start();
    expect(session.state).toBe('waiting-for-continue');
    session.continue();
    // The last line before a decision stays on screen with the choices.
    expect(session.state).toBe('waiting-for-choice');
    session.choose(0);
    session.continue();
    session.continue();
    session.choose(0);
    expect(session.state).toBe('waiting-for-continue');
    session.continue();
    expect(session.state).toBe('ended');
    expect(seen).toEqual([
      'line:buyer:Hello.',
      'line:narrator:Second line.',
      'choices:1:1:2',
      'chose:open-probe:2/1',
      'line:seller:Asked.',
      'line:buyer:Good question.',
      'line:narrator:Trust is 62.',
      'choices:2:2:2',
      'chose:hard-question:1/0',
      'line:buyer:Fine.',
      'ended:advance:80',
    ]);
  });

  it('names the fix when a method is called in the wrong state', () => {
    const session = new PlaySession(options());
    expect(() => session.continue()).toThrow(SessionStateError);
    expect(() => session.continue()).toThrow(
      'continue() was called while the session was not-started, not waiting-for-continue; call start() first',
    );
    session.start();
    expect(() => session.choose(0)).toThrow(
      'choose() was called while the session was waiting-for-continue, not waiting-for-choice; call continue() to show the next line',
    );
    session.continue();
    expect(() => session.continue()).toThrow('call choose(index) with one of the offered choices');
    expect(() => session.choose(5)).toThrow('choice 5 is not offered; choose an index from 0 to 1');
    expect(() => session.start()).toThrow('start() was called twice; create a new PlaySession to play again');
  });

  it('writes trust and sponsor into the story variables after each choice', () => {
    const session = new PlaySession(options());
    playChoices(session, [1]);
    // pitch in Phase I: −2/−2 → trust 50 − 16 = 34, shown by the story's own line.
    expect(session.snapshot().transcript.map((l) => l.text)).toContain('Trust is 34.');
    expect(session.snapshot().mood).toBe('guarded');
  });

  it('attributes the buyer thought after a choice to that decision', () => {
    const session = new PlaySession(options());
    followPath(session, 'failure');
    expect(session.report().decisions.map((d) => d.thought)).toEqual(['Too soon.', undefined]);
  });
});

describe('rewind', () => {
  it('takes back one or more choices and offers the decision again', () => {
    const session = new PlaySession(options());
    followPath(session, 'failure');
    expect(session.state).toBe('ended');
    session.rewind();
    expect(session.state).toBe('waiting-for-choice');
    expect(session.snapshot().decisions).toHaveLength(1);
    expect(session.snapshot().trust).toBe(34);
    session.rewind(1);
    expect(session.snapshot().decisions).toHaveLength(0);
    expect(session.snapshot().trust).toBe(50);
    expect(session.snapshot().line?.text).toBe('Second line.');
    session.choose(0);
    expect(session.snapshot().transcript.map((l) => l.text)).toEqual(['Hello.', 'Second line.', 'Asked.']);
    followPath(session, 'exemplary');
    expect(session.report()).toMatchObject({ outcome: 'advance', overall: 80 });
  });

  it('refuses to rewind further than the choices made, naming the limit', () => {
    const session = new PlaySession(options());
    session.start();
    expect(() => session.rewind()).toThrow(
      'rewind() was called before any choice was made; make a choice first',
    );
    playChoices(session, [0]);
    expect(() => session.rewind(2)).toThrow('cannot rewind 2 choices: only 1 made so far; rewind at most 1');
    expect(() => session.rewind(0)).toThrow('rewind(0) needs a whole number of choices, 1 or more');
  });

  it('keeps the rewind in the append-only log', () => {
    const session = new PlaySession(options());
    playChoices(session, [1]);
    session.rewind();
    expect(session.log.map((e) => e.type)).toEqual([
      'start',
      'line',
      'line',
      'choice',
      'line',
      'line',
      'line',
      'rewind',
    ]);
  });
});

describe('canonical paths', () => {
  it('follows a path to its ending', () => {
    const session = new PlaySession(options());
    followPath(session, 'exemplary');
    // open-probe in Phase I (+2/+1), hard-question in Phase II (+1/0): 0.35·87.5 + 0.35·62.5 + 15 + 0.15·85
    expect(session.report()).toMatchObject({ outcome: 'advance', courage: 100, overall: 80 });
    const failing = new PlaySession(options());
    followPath(failing, 'failure');
    expect(failing.report()).toMatchObject({ outcome: 'no-sale', courage: 0 });
  });

  it('can stop at the next decision (watch the failure pauses there)', () => {
    const session = new PlaySession(options());
    followPath(session, 'failure', { stopAtDecision: true });
    expect(session.state).toBe('waiting-for-choice');
    expect(session.snapshot().decisions).toHaveLength(0);
  });

  it('names the decision where a path stops or forks', () => {
    const forked = compile('A.\n* [x #move: listen #path: p] -> END\n* [y #move: pitch #path: p] -> END\n');
    expect(() => followPath(new PlaySession(options(forked)), 'p')).toThrow(PathError);
    expect(() => followPath(new PlaySession(options(forked)), 'p')).toThrow(
      'path "p" forks at decision 1 (after "A."): 2 choices carry "# path: p" ("x", "y"); keep the tag on exactly one',
    );
    expect(() => followPath(new PlaySession(options(forked)), 'q')).toThrow(
      'path "q" stops at decision 1 (after "A."): no choice there carries "# path: q"; tag exactly one of its choices',
    );
  });
});

describe('rebuilding from a log', () => {
  it('rebuilds the same run, rewinds included', () => {
    const original = new PlaySession(options());
    playChoices(original, [1]);
    original.rewind();
    original.choose(0);
    original.continue();
    const rebuilt = new PlaySession(options());
    replayLog(rebuilt, original.log);
    expect(rebuilt.snapshot()).toEqual(original.snapshot());
    expect(rebuilt.report()).toEqual(original.report());
  });

  it('survives an edit that keeps the chosen choices, matching them by identity', () => {
    const original = new PlaySession(options());
    playChoices(original, [0, 0]);
    const edited = compile(
      TWO_DECISIONS.replace('* [Ask #move', '* [Wait #move: listen]\n  -> END\n* [Ask #move'),
    );
    const rebuilt = new PlaySession(options(edited));
    replayLog(rebuilt, original.log);
    expect(rebuilt.report()).toMatchObject({ outcome: 'advance' });
    expect(rebuilt.report().decisions.map((d) => d.chosen)).toEqual([1, 0]);
  });

  it('says plainly where an edited story no longer has a recorded choice', () => {
    const original = new PlaySession(options());
    playChoices(original, [0, 0]);
    const edited = compile(TWO_DECISIONS.replace('[Budget? #move', '[When do you decide? #move'));
    const rebuilt = new PlaySession(options(edited));
    let caught: unknown;
    try {
      replayLog(rebuilt, original.log);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ReplayError);
    expect((caught as ReplayError).matchedChoices).toBe(1);
    expect((caught as ReplayError).message).toBe(
      'decision 2: the choice "Budget?" is no longer in the story; resume from decision 2, the last point that still matches',
    );
    expect(rebuilt.state).toBe('waiting-for-choice');
  });
});

describe('stories that are unscored or fail', () => {
  it('plays any ink file with scoring switched off', () => {
    const session = new PlaySession(
      options(compile('Hi.\n* [Go] Went.\n* [Stay] Stayed.\n- The end.\n-> END\n')),
    );
    expect(session.scored).toBe(false);
    playChoices(session, [1]);
    expect(session.state).toBe('ended');
    const report = session.report();
    expect(report).toMatchObject({ scored: false, keyMoments: [] });
    expect(report.decisions[0]).toMatchObject({ text: 'Stay', fits: null });
    expect(report.decisions[0]?.effect).toBeUndefined();
  });

  it('an ink runtime error mid-story fails the session, keeps the log, and rewind recovers', () => {
    const story = compile(`VAR low = 1
Start.
* [Safe #move: listen] Fine.
* [Risky #move: pitch]
  ~ low = 9
  Rolling {RANDOM(low, 2)}.
- After.
-> END
`);
    const session = new PlaySession(options(story));
    const failures: string[] = [];
    session.on('failed', ({ message }) => failures.push(message));
    playChoices(session, [1]);
    expect(session.state).toBe('failed');
    expect(failures[0]).toMatch(/^ink stopped: .*RANDOM/);
    expect(session.log.at(-1)).toMatchObject({ type: 'error' });
    expect(() => session.continue()).toThrow(/rewind\(\) one choice or start a new session/);
    session.rewind();
    session.choose(0);
    expect(session.snapshot().line?.text).toBe('Fine.');
  });

  it('a story without # title: is shown by the title it was opened under; one with # title: keeps its own', () => {
    const untitled = compile('Hello.\n-> END\n');
    const session = new PlaySession({ story: untitled, untitled: 'Late renewal' });
    expect(session.card.title).toBe('Late renewal');
    session.start();
    expect(session.log[0]).toMatchObject({ type: 'start', title: 'Late renewal' });
    expect(new PlaySession({ story: untitled }).card.title).toBe('');
    expect(new PlaySession({ story: json, untitled: 'Late renewal' }).card.title).toBe('Two Decisions');
  });
});
