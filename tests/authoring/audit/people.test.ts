import { describe, expect, it } from 'vitest';
import { check, FILE, fixtureInk, libraryOf, lineOf, prepare } from './fixture-story.ts';
import { GOOD } from './good-fixture.ts';
import { withDecision } from './variants.ts';

const good = prepare(GOOD).result;

/** Moves the failure path from one option of a decision to another. */
const failureTakes = (index: number, text: string) => (story: typeof GOOD) =>
  withDecision(
    index,
    (options) =>
      options.map((o) => {
        const paths = (o.paths ?? []).filter((p) => p !== 'failure');
        return { ...o, paths: o.text === text ? [...paths, 'failure'] : paths };
      }),
    story,
  );

const caricature = prepare(
  failureTakes(
    3,
    'Take the head of the table',
  )(
    withDecision(
      3,
      (o) => [...o, { text: 'Take the head of the table', move: 'status-play' }],
      failureTakes(1, 'Name three firms like hers')(GOOD),
    ),
  ),
);
const harmless = prepare(
  failureTakes(2, 'Stay silent for a while')(failureTakes(0, 'Wait and let her talk on')(GOOD)),
);

describe('audit: failure paths are people', () => {
  it('passes a failure path with harmless choices that still ends low', () => {
    expect(check(good, 'failure-harmless')).toMatchObject({ status: 'pass', figure: 'failure 3' });
    expect(check(good, 'failure-score')).toMatchObject({ status: 'pass', figure: 'failure 43' });
  });

  it('fails a caricature that is wrong at nearly every decision', () => {
    const { source, result } = caricature;
    expect(check(result, 'failure-harmless')).toMatchObject({ status: 'fail', figure: 'failure 1' });
    const error = result.errors.find((e) => e.message.startsWith('audit failure-harmless:'));
    expect(error).toMatchObject({ file: FILE, line: lineOf(source, 'Show her the slide on our tool') });
    expect(error?.message).toContain(
      'path "failure" makes 1 choice(s) with no negative effect (bound ≥ 2): a failing seller is a person who also does reasonable things; move "# path: failure" to a harmless option',
    );
  });

  it('fails a failure path that ends above 45', () => {
    const { source, result } = harmless;
    expect(check(result, 'failure-score').status).toBe('fail');
    const error = result.errors.find((e) => e.message.startsWith('audit failure-score:'));
    expect(error).toMatchObject({ file: FILE, line: lineOf(source, 'Wait and let her talk on') });
    expect(error?.message).toMatch(/path "failure" ends at \d+ \(bound ≤ 45\): its mistakes must cost/);
  });
});

const OTHER = fixtureInk({
  decisions: [0, 1, 2, 3, 4].map((i) => ({
    options: [
      { text: `Quote the list price ${i}`, move: 'price' },
      {
        text: `Ask about her week ${i}`,
        move: ['open-probe', 'reflect', 'implication', 'need-payoff', 'hard-question'][i] ?? 'open-probe',
        paths: ['exemplary'],
        good: true,
      },
      { text: `Take the head seat ${i}`, move: 'status-play' },
    ],
  })),
});

const library = libraryOf({ 'stories/other.ink': OTHER });
const neverRight = prepare(GOOD, library);
const rightOnce = prepare(
  withDecision(4, (options) =>
    options.map((o) =>
      o.move === 'price'
        ? { ...o, paths: ['exemplary'], good: true }
        : { ...o, paths: (o.paths ?? []).filter((p) => p !== 'exemplary'), good: false },
    ),
  ),
  library,
);

describe('audit: no move is a rule', () => {
  it('fails a common move that is never right, naming where this story offers it', () => {
    const { source, result } = neverRight;
    expect(check(result, 'move-rule').status).toBe('fail');
    const error = result.errors.find((e) => e.message.startsWith('audit move-rule:'));
    const lines = ['Quote the price of the basic plan', 'Offer a discount right away'].map((t) =>
      lineOf(source, t),
    );
    expect(error).toEqual({
      severity: 'error',
      file: FILE,
      line: lines[0],
      message: `audit move-rule: "price" is offered 7 times in the library and never exemplary (bound: right at least once): make it the right move where it fits (Phase III), at one of ${FILE}:${lines[0]}, ${lines[1]} or elsewhere`,
    });
  });

  it('passes when the move is right somewhere, and never counts status-play', () => {
    const { result } = rightOnce;
    // status-play is offered 5 times and never right: the bounds except it.
    expect(check(result, 'move-rule')).toMatchObject({
      status: 'pass',
      figure: '0 rule(s) in the library, 0 here',
      bound: '0 (moves offered ≥ 5×, except status-play)',
    });
  });
});
