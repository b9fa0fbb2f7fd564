import { describe, expect, it } from 'vitest';
import { check, FILE, lineOf, prepare } from './fixture-story.ts';
import { GOOD } from './good-fixture.ts';
import { exemplaryAt, retitle, withDecision } from './variants.ts';

const good = prepare(GOOD).result;
const longest = prepare(
  withDecision(
    3,
    retitle('Ask how she would judge a fix', 'Ask how she would judge a good fix'),
    withDecision(1, retitle('Repeat the delays she named', 'Repeat back the two delays she named')),
  ),
);
const shortest = prepare(
  withDecision(
    1,
    retitle('Repeat the delays she named', 'Repeat her delays'),
    withDecision(0, retitle('Ask what changed in her team this year', 'Ask what changed')),
  ),
);
const first = prepare(exemplaryAt('first'));
const uneven = prepare(withDecision(2, retitle('Stay silent for a while', 'Stay silent')));

describe('audit: surface cues on the exemplary path', () => {
  it('passes a story whose right option varies in length and place', () => {
    for (const id of ['longest', 'shortest', 'position', 'label-length'] as const)
      expect(check(good, id).status).toBe('pass');
    expect(check(good, 'longest').figure).toBe('1 of 5 (20%)');
    expect(check(good, 'position').figure).toBe('option 1 in 2 of 5 (40%)');
  });

  it('fails when the exemplary is the longest in more than 40% of decisions, naming where to shorten it', () => {
    const { source, result } = longest;
    expect(check(result, 'longest')).toMatchObject({
      status: 'fail',
      figure: '3 of 5 (60%)',
      bound: '≤ 40%',
    });
    const lines = [
      'Ask what changed in her team this year',
      'Repeat back the two delays she named',
      'Ask how she would judge a good fix',
    ].map((t) => lineOf(source, t));
    expect(result.errors).toContainEqual({
      severity: 'error',
      file: FILE,
      line: lines[0],
      message: `audit longest: the exemplary option is the longest in 3 of 5 decisions (bound 40%): shorten it at ${FILE}:${lines.join(', ')}, or lengthen a distractor there`,
    });
    expect(result.ok).toBe(false);
  });

  it('fails when the exemplary is the shortest in more than 40%, asking to lengthen it', () => {
    const { source, result } = shortest;
    expect(check(result, 'shortest')).toMatchObject({ status: 'fail', figure: '3 of 5 (60%)' });
    const error = result.errors.find((e) => e.message.startsWith('audit shortest:'));
    expect(error).toMatchObject({ file: FILE, line: lineOf(source, 'Ask what changed') });
    expect(error?.message).toContain('lengthen it at');
  });

  it('fails when the exemplary sits at one position in more than half the decisions', () => {
    const { source, result } = first;
    expect(check(result, 'position')).toMatchObject({
      status: 'fail',
      figure: 'option 1 in 5 of 5 (100%)',
    });
    const error = result.errors.find((e) => e.message.startsWith('audit position:'));
    expect(error).toMatchObject({
      file: FILE,
      line: lineOf(source, 'Ask what changed in her team this year'),
    });
    expect(error?.message).toContain('move it to another place');
  });

  it('warns (not errs) when one label is more than twice as long as another at a decision', () => {
    const { source, result } = uneven;
    expect(check(result, 'label-length')).toMatchObject({ status: 'warn', severity: 'warning' });
    expect(result.errors.some((e) => e.message.includes('label-length'))).toBe(false);
    expect(result.warnings).toContainEqual({
      severity: 'warning',
      file: FILE,
      line: lineOf(source, 'Pitch the premium plan to her'),
      message:
        'audit label-length: "Pitch the premium plan to her" (29 characters) is more than 2× "Stay silent" (11) at the same decision: bring the labels closer in length',
    });
  });
});
