import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOwnStory } from '../../src/authoring/check-own-story.ts';
import { defaultRubric } from '../../src/sim/default-rubric.ts';

const PUBLIC = 'tests/fixtures/public-ink';
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

describe('the same bounded check as the CLI', () => {
  const fixture = (dir: string) =>
    Object.fromEntries(
      readdirSync(join(PUBLIC, dir), { recursive: true })
        .map(String)
        .filter((name) => name.endsWith('.ink'))
        .map((name) => [`${dir}/${name}`, readFileSync(join(PUBLIC, dir, name), 'utf8')]),
    );

  it('opens The Intercept, a 100 KB story, and reports how much of it was checked', () => {
    const result = check(fixture('the-intercept'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.coverage?.knotsTotal).toBe(32);
    expect(result.coverage?.mode).toMatch(/^(exhaustive|sampled)$/);
  }, 60_000);

  it('opens a multi-file story joined by INCLUDE, finding its main file', () => {
    const result = check(fixture('innkeeper'));
    expect(result).toMatchObject({ ok: true, main: 'innkeeper/story.ink', title: 'It Is An Innkeeper' });
  }, 60_000);

  it('opens a story with EXTERNAL functions on stubs that return 0, and warns naming them', () => {
    const result = check(fixture('ink-story-template'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const external = result.warnings.find((w) => w.message.startsWith('EXTERNAL '));
    expect(external?.message).toMatch(/\bUPPERCASE\b.*has no ink fallback: here it returns 0/);
  }, 60_000);

  it('a loop without output after a choice is a warning naming the knot: the player stops it at that step', () => {
    const choices = Array.from({ length: 14 }, (_, i) => `* [A${i}]\n* [B${i}]\n- Step ${i}.`).join('\n');
    const result = check({ 'late-loop.ink': `Start.\n${choices}\n-> spin\n=== spin ===\n-> spin\n` });
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(result.warnings.some((w) => /\(in "spin"\): it loops without output/.test(w.message))).toBe(
        true,
      );
  }, 60_000);

  it('a story that loops without output from its first line is refused, naming the knot', () => {
    const result = check({ 'spin.ink': '-> spin\n=== spin ===\n-> spin\n' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toMatch(/\(in "spin"\): it loops without output/);
  }, 60_000);
});
