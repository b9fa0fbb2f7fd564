import { describe, expect, it } from 'vitest';
import { check, FILE, lineOf, prepare } from './fixture-story.ts';
import { GOOD } from './good-fixture.ts';
import { withDecision } from './variants.ts';

const good = prepare(GOOD).result;
const free = prepare(
  withDecision(4, (options) => [
    ...options,
    { text: 'Ask for a date to talk again', move: 'hard-question', good: true },
  ]),
);
const cheap = prepare({ ...GOOD, need: 2 });
const copy = prepare(
  withDecision(4, (options) => [
    ...options,
    { text: 'Fix a date for the next talk', move: 'next-step', good: true },
  ]),
);
const twice = prepare(
  [
    '# title: Twice',
    'VAR phase = 1',
    '-> first',
    '=== first ===',
    'One. # note: a',
    '* [Ask what changed #move: open-probe #path: exemplary] -> second',
    '* [Nod along #move: listen] -> second',
    '=== second ===',
    'Two. # note: b',
    '* [Ask what it costs #move: implication #path: exemplary] -> done',
    '* [Nod along #move: listen] -> done',
    '=== done ===',
    'Bye. # outcome: advance',
    '-> END',
    '',
  ].join('\n'),
);

describe('audit: consequence', () => {
  it('passes when every deviation costs the outcome and three cost more than 5 points', () => {
    expect(check(good, 'one-deviation')).toMatchObject({
      status: 'pass',
      figure: '0 of 10 deviations free',
    });
    expect(check(good, 'many-deviations')).toMatchObject({
      status: 'pass',
      figure: '75 no-sale',
      bound: '≤ 81',
    });
    expect(check(good, 'copies')).toMatchObject({ status: 'pass', figure: '0' });
  });

  it('fails a deviation that costs nothing, naming the option and what to change', () => {
    const { source, result } = free;
    expect(check(result, 'one-deviation')).toMatchObject({
      status: 'fail',
      figure: '1 of 11 deviations free',
    });
    expect(check(result, 'copies').status).toBe('pass');
    expect(result.errors).toContainEqual({
      severity: 'error',
      file: FILE,
      line: lineOf(source, 'Ask for a date to talk again'),
      message:
        'audit one-deviation: choosing "Ask for a date to talk again" instead of "Propose a short trial of two weeks" and then playing well still scores 86 with advance (exemplary 86 with advance; bound: costs ≥ 2 points or the outcome): give it a consequence the buyer shows (lost trust, a worse ending) or make it worth less',
    });
  });

  it('fails when leaving the exemplary three times still scores within 5 points', () => {
    const { result } = cheap;
    const row = check(result, 'many-deviations');
    expect(row.status).toBe('fail');
    // Deferring instead of proposing the trial scores more attunement in Phase II: 87 beats 86.
    expect(row.figure).toBe('87 advance');
    const error = result.errors.find((e) => e.message.startsWith('audit many-deviations:'));
    expect(error?.file).toBe(FILE);
    expect(error?.message).toContain('make those choices cost more');
    expect(error?.message).toMatch(/it leaves at stories\/fixture\.ink:\d+, \d+, \d+/);
  });

  it('reports two options with the same move, effects and next state as a copy', () => {
    const { source, result } = copy;
    expect(check(result, 'copies')).toMatchObject({ status: 'fail', figure: '1' });
    expect(result.errors).toContainEqual({
      severity: 'error',
      file: FILE,
      line: lineOf(source, 'Fix a date for the next talk'),
      message:
        'audit copies: "Fix a date for the next talk" is a copy of "Propose a short trial of two weeks": same move (next-step), same effects, and both lead to the same state; merge them, or give one its own move or consequence',
    });
  });

  it('points at the right line when two decisions offer the same label', () => {
    expect(check(twice.result, 'one-deviation').findings.map((f) => f.line)).toEqual([7, 11]);
  });
});
