import { describe, expect, it } from 'vitest';
import { check, FILE, fixtureInk, libraryOf, lineOf, validateFixture } from './fixture-story.ts';
import { GOOD } from './good-fixture.ts';

/** Another story of the library: its exemplary labels open with these words, its distractors with those. */
function other(right: string[], wrong: string[]) {
  return fixtureInk({
    decisions: right.map((word, i) => ({
      options: [
        {
          text: `${word} what she needs this time ${i}`,
          move: 'open-probe',
          paths: ['exemplary'],
          good: true,
        },
        { text: `${wrong[i % wrong.length] ?? 'Say'} something about us ${i}`, move: 'pitch' },
      ],
    })),
  });
}

const source = fixtureInk(GOOD);
const giveaway = libraryOf({
  'stories/giveaway.ink': other(['Ask', 'Ask', 'Repeat', 'Propose', 'Ask'], ['Show', 'Offer', 'Quote']),
});
const balanced = libraryOf({
  'stories/balanced.ink': other(['Show', 'Offer', 'Quote', 'Pitch', 'Name'], ['Ask', 'Repeat', 'Propose']),
});
const told = validateFixture(source, giveaway);
const fair = validateFixture(source, balanced);
const judgedAlone = validateFixture(source, libraryOf({ [FILE]: source }));

describe('audit: wording across the library (leave one story out)', () => {
  it('fails when classifiers trained on the other stories find the exemplary, naming the giveaway words', () => {
    expect(check(told, 'wording-words')).toMatchObject({ status: 'fail', bound: '≤ 45%' });
    expect(check(told, 'wording-first-word')).toMatchObject({ status: 'fail', figure: '5 of 5 (100%)' });
    const error = told.errors.find((e) => e.message.startsWith('audit wording-first-word:'));
    expect(error).toMatchObject({
      file: FILE,
      line: lineOf(source, 'Ask what changed in her team this year'),
    });
    expect(error?.message).toContain('trained on the other stories (stories/giveaway.ink)');
    expect(error?.message).toContain('"ask"');
    expect(error?.message).toContain('reword the exemplary at');
    expect(told.audit.library).toEqual({ folder: 'stories/', trainedOn: ['stories/giveaway.ink'] });
  });

  it('plays the classifier as a shortcut through the story', () => {
    expect(check(told, 'shortcut-first-word')).toMatchObject({ status: 'fail', figure: '86 advance' });
    expect(check(fair, 'shortcut-first-word').status).toBe('pass');
  });

  it('passes when the words of the exemplary say nothing about it', () => {
    expect(check(fair, 'wording-words').status).toBe('pass');
    expect(check(fair, 'wording-first-word')).toMatchObject({ status: 'pass', figure: '0 of 5 (0%)' });
  });

  it('never trains on the story it judges', () => {
    const result = judgedAlone;
    expect(check(result, 'wording-words')).toMatchObject({ status: 'skipped' });
    expect(result.audit.library.trainedOn).toEqual([]);
  });

  it('fails a common first word that is mostly exemplary across the library', () => {
    expect(check(told, 'first-word')).toMatchObject({ status: 'fail', figure: '"ask" 6 of 6 (100%)' });
    const error = told.errors.find((e) => e.message.startsWith('audit first-word:'));
    const lines = [
      'Ask what changed in her team this year',
      'Ask what delays cost',
      'Ask how she would judge a fix',
    ].map((t) => lineOf(source, t));
    expect(error?.message).toBe(
      `audit first-word: "ask" opens 6 options in the library and 6 of them are exemplary (100%, bound 60%): start a distractor with "ask" or reword the exemplary at ${FILE}:${lines.join(', ')}`,
    );
    expect(check(fair, 'first-word')).toMatchObject({ status: 'pass', figure: '"ask" 3 of 5 (60%)' });
  });
});
