import { describe, expect, it } from 'vitest';
import { checkOwnStory } from '../../src/authoring/check-own-story.ts';
import { defaultRubric } from '../../src/sim/default-rubric.ts';

const check = (files: Record<string, string>, main?: string) =>
  checkOwnStory({ files, ...(main ? { main } : {}), rubric: defaultRubric });

describe('opening your own story', () => {
  it('compiles a folder with INCLUDEs, finding the main file', () => {
    const result = check({
      'my/meeting.ink': '# title: Mine\nINCLUDE parts/end.ink\nHello.\n-> finish\n',
      'my/parts/end.ink': '=== finish ===\nBye.\n-> END\n',
    });
    expect(result).toMatchObject({ ok: true, main: 'my/meeting.ink', title: 'Mine', scored: false });
  });

  it('lists compile errors with file and line', () => {
    const result = check({ 'broken.ink': 'Hello.\n{oops}\n-> END\n' });
    expect(result).toEqual({
      ok: false,
      main: 'broken.ink',
      problems: [{ severity: 'error', file: 'broken.ink', line: 2, message: 'Unresolved variable: oops' }],
    });
  });

  it('stops a story that floods output without a choice', () => {
    const result = check({
      'loop.ink': 'VAR n = 0\n-> talk\n=== talk ===\n~ n = n + 1\nLine {n}.\n-> talk\n',
    });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems[0]?.message).toMatch(/more than 2000 lines without offering a choice/);
  });

  it('refuses thousands of choices at one point, binary files and oversized stories', () => {
    const choices = Array.from({ length: 3000 }, (_, i) => `* [Option ${i}] -> END`).join('\n');
    const many = check({ 'many.ink': `Pick.\n${choices}\n` });
    expect(many.ok).toBe(false);
    if (!many.ok)
      expect(many.problems[0]?.message).toBe(
        'the story offers 3000 choices at once (in "start"); Attune shows at most 200',
      );
    const binary = check({ 'x.ink': 'PK\u0003\u0004\u0000\u0000' });
    if (!binary.ok)
      expect(binary.problems[0]?.message).toBe(
        'this is a binary file, not an ink story; pick the .ink text file',
      );
    const huge = check({ 'huge.ink': 'a'.repeat(3 * 1024 * 1024) });
    if (!huge.ok)
      expect(huge.problems[0]?.message).toBe(
        'the story is larger than 2 MB; Attune opens stories up to that size',
      );
    expect([binary.ok, huge.ok]).toEqual([false, false]);
  }, 60_000);

  it('asks which file is the story when it cannot tell', () => {
    const result = check({ 'a.ink': 'A.\n-> END\n', 'b.ink': 'B.\n-> END\n' });
    expect(result).toMatchObject({ ok: false, main: null });
    expect(check({ 'a.ink': 'A.\n-> END\n', 'b.ink': 'B.\n-> END\n' }, 'b.ink')).toMatchObject({
      ok: true,
      main: 'b.ink',
    });
  });
});

describe('an ink error on one path', () => {
  it('opens the story with a warning, so the player can recover from it', () => {
    const result = check({
      'fails.ink':
        'VAR low = 1\nStart.\n* [Safe] Fine.\n  -> END\n* [Risky]\n  ~ low = 9\n  Rolling {RANDOM(low, 2)}.\n  -> END\n',
    });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.warnings.map((w) => w.severity)).toEqual(['warning']);
  });
});
