import { describe, expect, it } from 'vitest';
import { StoryLoadError, StoryRunner, StoryRuntimeError, isScoredStory } from '../../src/story/index.ts';
import { compile } from '../helpers/ink.ts';

describe('story runner', () => {
  it('gives typed lines, choices with parsed tags, and the end', () => {
    const runner = new StoryRunner(
      compile(`# title: T
Hi there. # speaker: buyer # mood: open
* [Ask #move: open-probe #path: exemplary]
  Asked. # speaker: seller
  -> END
* [Plain]
  -> END
`),
    );
    expect(runner.card.title).toBe('T');
    const line = runner.nextLine();
    expect(line).toMatchObject({ text: 'Hi there.', cues: { speaker: 'buyer', mood: 'open' }, problems: [] });
    expect(runner.canContinue).toBe(false);
    const choices = runner.choices();
    expect(choices.map((c) => [c.index, c.text, c.tags.moves, c.tags.paths])).toEqual([
      [0, 'Ask', ['open-probe'], ['exemplary']],
      [1, 'Plain', [], []],
    ]);
    expect(choices[0]?.id).toBe('/ask');
    runner.choose(0);
    expect(runner.nextLine().text).toBe('Asked.');
    expect(runner.ended).toBe(true);
  });

  it('saves and loads state, and a tagless choice stays tagless after loading', () => {
    const json = compile(`VAR n = 0
Start.
* [One]
  ~ n = 1
* [Two #move: listen]
  ~ n = 2
- Middle {n}.
* [Again] -> END
`);
    const runner = new StoryRunner(json);
    runner.nextLine();
    const saved = runner.saveState();
    runner.choose(1);
    expect(runner.nextLine().text).toBe('Middle 2.');
    runner.loadState(saved);
    expect(runner.choices().map((c) => c.tags.moves)).toEqual([[], ['listen']]);
    runner.choose(0);
    expect(runner.nextLine().text).toBe('Middle 1.');
    expect(runner.getVariable('n')).toBe(1);
  });

  it('uses the seed for ink randomness, so the same seed repeats a run', () => {
    const json = compile('{RANDOM(1, 1000)}\n-> END\n');
    const roll = (seed: number) => new StoryRunner(json, { seed }).nextLine().text;
    expect(roll(7)).toBe(roll(7));
    expect(new Set([1, 2, 3, 4, 5].map(roll)).size).toBeGreaterThan(1);
  });

  it('names the missing EXTERNAL binding and how to bind it', () => {
    const json = compile('EXTERNAL chime(x)\nHello {chime(1)}\n-> END\n');
    expect(() => new StoryRunner(json)).toThrow(StoryLoadError);
    expect(() => new StoryRunner(json)).toThrow(
      'the story declares EXTERNAL chime but no function is bound to it; pass externals: { chime: (...) => ... } to the runner',
    );
    const bound = new StoryRunner(json, { externals: { chime: (x) => `ding ${String(x)}` } });
    expect(bound.nextLine().text).toBe('Hello ding 1');
  });

  it('turns an ink runtime error into a StoryRuntimeError', () => {
    const json = compile('VAR low = 5\nStart.\nRoll {RANDOM(low, 1)}.\n-> END\n');
    const runner = new StoryRunner(json);
    expect(runner.nextLine().text).toBe('Start.');
    expect(() => runner.nextLine()).toThrow(StoryRuntimeError);
    const again = new StoryRunner(json);
    again.nextLine();
    expect(() => again.nextLine()).toThrow(/^ink stopped: .*RANDOM/);
  });

  it('rejects JSON that is not a compiled story, with the fix', () => {
    expect(() => new StoryRunner('{"hello": 1}')).toThrow(/compile the \.ink file first/);
    expect(() => new StoryRunner('not json')).toThrow(StoryLoadError);
    for (const parsed of [{ hello: 1 }, { inkVersion: 21 }, [], JSON.parse('null') as object]) {
      expect(() => new StoryRunner(parsed)).toThrow(/compile the \.ink file first/);
    }
  });

  it('plays parsed JSON as it plays the text, and leaves the object unchanged for the next run', () => {
    const text = compile('VAR trust = 1.5\nHello {trust}.\n* [Ask #move: open-probe] You ask.\n-> END\n');
    const parsed = JSON.parse(text) as object;
    const before = structuredClone(parsed);
    const play = (json: string | object): string[] => {
      const runner = new StoryRunner(json);
      const lines = [runner.nextLine().text];
      runner.choose(0);
      while (runner.canContinue) lines.push(runner.nextLine().text);
      return lines;
    };
    expect(play(parsed)).toEqual(play(text));
    expect(play(parsed)).toEqual(['Hello 1.5.', 'You ask.']);
    expect(parsed).toEqual(before);
  });

  it('names the fix when used out of order', () => {
    const runner = new StoryRunner(compile('A.\n* [x] -> END\n'));
    expect(() => runner.choose(0)).toThrow('choose() was called while no choice is offered');
    runner.nextLine();
    expect(() => runner.nextLine()).toThrow('waits for a choice; call choose(index) first');
    expect(() => runner.choose(3)).toThrow('choice 3 does not exist; pick an index from 0 to 0');
  });

  it('tells scored stories from unscored ones', () => {
    expect(isScoredStory(compile('A.\n* [x #move: listen] -> END\n'))).toBe(true);
    expect(isScoredStory(compile('A move: nothing.\n* [x #path: a] -> END\n'))).toBe(false);
    // parsed JSON is scanned without a copy, and a line that only mentions "move:" does not count
    expect(isScoredStory(JSON.parse(compile('A.\n* [x #move: listen] -> END\n')) as object)).toBe(true);
    expect(isScoredStory(JSON.parse(compile('move: nothing.\n* [x #path: a] -> END\n')) as object)).toBe(
      false,
    );
    expect(isScoredStory({ root: [{ '#': ' move: pitch' }] })).toBe(true);
  });
});
