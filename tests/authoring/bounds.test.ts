// Every bound the tools keep, and the message each gives: loops without output, runaway recursion, endless
// random play, file reads (devices, FIFOs, size), INCLUDE outside the story's folder, graph over its input,
// and the reporting rules (counts, "did you mean", tags outside the contract).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';
import { formatDiagnostic } from '../../src/authoring/compile-ink.ts';
import { explore } from '../../src/authoring/explorer.ts';
import { readTextFileBounded } from '../../src/authoring/node-story-files.ts';
import { validateStory } from '../../src/authoring/validate-story.ts';
import { createScoreContext } from '../../src/sim/index.ts';
import { defaultRubric } from '../../src/sim/default-rubric.ts';
import { StoryLimitError, StoryRunner } from '../../src/story/index.ts';
import { compile } from '../helpers/ink.ts';

const SLOW = 60_000;
const context = createScoreContext(defaultRubric, undefined, []);

const run = runCli;

const scratch = mkdtempSync(join(tmpdir(), 'attune-bounds-'));
function write(name: string, text: string): string {
  const path = join(scratch, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  return path;
}

const LOOP = `Start.\n-> spin\n=== spin ===\n-> spin\n`;
const RECURSION = `Start.\n~ deep(1)\nEnd.\n=== function deep(n) ===\n~ return deep(n + 1)\n`;

function limitOf(source: string, limits: { maxMsPerLine?: number; maxCallDepth?: number }) {
  const runner = new StoryRunner(compile(source), { limits });
  try {
    while (runner.canContinue) runner.nextLine();
  } catch (error) {
    return error;
  }
  return null;
}

describe('the runner stops a story that runs away, naming the knot', () => {
  it('a divert to itself without output: stopped by the time limit', () => {
    const error = limitOf(LOOP, { maxMsPerLine: 100 });
    expect(error).toBeInstanceOf(StoryLimitError);
    expect((error as StoryLimitError).knot).toBe('spin');
    expect((error as Error).message).toBe(
      'the story ran 0.1 s without producing a line or a choice (in "spin"): it loops without output; give the loop a line of text, a choice or an -> END',
    );
  });

  it('a recursive function without a base case: stopped by the call depth, before memory runs out', () => {
    const error = limitOf(RECURSION, { maxCallDepth: 200, maxMsPerLine: 60_000 });
    expect(error).toBeInstanceOf(StoryLimitError);
    expect((error as StoryLimitError).limit).toBe('depth');
    expect((error as Error).message).toBe(
      'runaway recursion in "deep": more than 200 nested calls; give the function or tunnel a case that returns without calling itself again',
    );
  });

  it('after a stop the runner loads a saved state and plays on', () => {
    const runner = new StoryRunner(
      compile(`Hi.\n* [Spin] -> spin\n* [Stop] Bye.\n-> END\n=== spin ===\n-> spin\n`),
      {
        limits: { maxMsPerLine: 50 },
      },
    );
    runner.nextLine();
    const saved = runner.saveState();
    runner.choose(0);
    expect(() => runner.nextLine()).toThrow(StoryLimitError);
    runner.loadState(saved);
    runner.choose(1);
    expect(runner.nextLine().text).toBe('Bye.');
  });

  it('the explorer reports the loop as a finding and explores the other branches', () => {
    const exploration = explore({
      json: compile(`Hi.\n* [Spin] -> spin\n* [Stop] Bye.\n-> END\n=== spin ===\n-> spin\n`),
      context,
      scored: false,
      maxStates: 100,
      limits: { maxMsPerLine: 50 },
    });
    expect(exploration.complete).toBe(true);
    expect(exploration.problems.map((p) => [p.kind, p.knot, p.afterChoice])).toEqual([
      ['runaway', 'spin', 'Spin'],
    ]);
    expect(exploration.terminals.size).toBe(1);
  });
});

describe('bounded CLI runs', () => {
  it(
    'validate, play and graph stop a loop without output with an error naming the knot',
    () => {
      const file = write(
        'loop.ink',
        `# title: Loop\nHi.\n* [Spin] -> spin\n* [Stop] Bye.\n-> END\n=== spin ===\n-> spin\n`,
      );
      const validate = run('validate', file, '--budget', '5');
      expect(validate.code).toBe(1);
      expect(validate.stdout).toContain('(in "spin"): it loops without output');
      const play = run('play', file, '--choices', '0');
      expect(play.code).toBe(1);
      expect(play.stdout).toContain('(in "spin"): it loops without output');
      const graph = run('graph', file, '-o', join(scratch, 'loop.svg'), '--budget', '5');
      expect(graph.code).toBe(0);
    },
    SLOW,
  );

  it('play --random stops at the step limit, says so and exits non-zero', () => {
    const file = write(
      'hub.ink',
      `# title: Hub\n-> hub\n=== hub ===\nRound.\n+ [Again] -> hub\n+ [Stay] -> hub\n`,
    );
    const { code, stdout } = run('play', file, '--random', '4', '--max-steps', '30');
    expect(code).toBe(1);
    expect(stdout).toContain(
      'stopped: stopped after 30 choices without reaching an ending (--random 4): the story may loop, or be longer; pass --max-steps N to allow more choices',
    );
  });

  it(
    'a budget makes validate sample a story too large to explore, and say so',
    () => {
      const wide = `# title: Wide\nVAR n = 0\n-> step\n=== step ===\n{n}.\n+ [Up]\n  ~ n = n + 1\n  -> step\n+ [Down]\n  ~ n = n - 1\n  -> step\n+ [Double]\n  ~ n = n * 2 + 1\n  -> step\n`;
      const { stdout } = run('validate', write('wide.ink', wide), '--budget', '0.5', '--json');
      const [report] = JSON.parse(stdout) as { complete: boolean; mode: string; notes: string[] }[];
      expect(report?.complete).toBe(false);
      expect(report?.mode).toBe('sampled');
      expect(
        report?.notes.some((n) => n.startsWith('sampled, not exhaustive: it did not finish within')),
      ).toBe(true);
    },
    SLOW,
  );
});

describe('file reads are bounded', () => {
  it('refuses a device, naming it', () => {
    expect(() => readTextFileBounded('/dev/zero')).toThrow(
      '/dev/zero: not a regular file (a device); a story and its INCLUDEs must be .ink text files',
    );
    const main = write('dev/main.ink', 'INCLUDE /dev/zero\nHi.\n');
    const { stdout } = run('validate', main, '--root', '/');
    expect(stdout).toContain('/dev/zero: not a regular file (a device)');
  });

  it('refuses a FIFO without waiting for a writer', () => {
    const fifo = join(scratch, 'fifo', 'part.ink');
    mkdirSync(join(fifo, '..'), { recursive: true });
    execFileSync('mkfifo', [fifo]);
    const story = write('fifo/main.ink', 'INCLUDE part.ink\nHi.\n');
    const { code, stdout } = run('validate', story);
    expect(code).toBe(1);
    expect(stdout).toContain('part.ink: not a regular file (a FIFO)');
  });

  it('refuses a file larger than the limit', () => {
    const big = write('big.ink', 'x'.repeat(2000));
    expect(() => readTextFileBounded(big, 1000)).toThrow(
      'is larger than the 0.00095367431640625 MB a story file may have; split the story with INCLUDE',
    );
  });

  it('an INCLUDE never leaves the story folder, unless --root allows it', () => {
    write('outside/secret.ink', '=== secret ===\nSecret.\n-> END\n');
    const story = write('outside/inner/main.ink', 'INCLUDE ../secret.ink\n-> secret\n');
    const refused = run('validate', story);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain(
      "INCLUDE ../secret.ink: outside the story's folder; an INCLUDE may only name files inside it (pass --root <folder> to allow a wider folder)",
    );
    const allowed = run('validate', story, '--root', join(scratch, 'outside'));
    expect(allowed.stdout).not.toContain('outside the story');
  });

  it('INCLUDE of /proc/self/environ prints nothing of the environment', () => {
    const story = write('env/main.ink', 'INCLUDE ../../../../../../proc/self/environ\nHi.\n');
    for (const args of [
      ['validate', story],
      ['play', story],
    ]) {
      const { stdout, stderr } = run(...args);
      expect(stdout + stderr).toContain("outside the story's folder");
      expect(stdout + stderr).not.toContain(process.env.PATH ?? 'PATH=');
    }
  });
});

describe('graph writes safely', () => {
  const story = () => write('g/story.ink', '# title: G\nHi.\n* [A] Bye.\n-> END\n');

  it('refuses to overwrite an .ink file, or its own input', () => {
    const file = story();
    expect(run('graph', file, '-o', join(scratch, 'g/other.ink')).stderr).toContain(
      'refusing to write the graph to',
    );
    expect(run('graph', file, '-o', join(scratch, 'g/other.ink')).stderr).toContain(
      'it is an .ink file; name an .svg file',
    );
    expect(run('graph', file, '-o', file).code).toBe(1);
  });

  it('a write error names the fix, without a stack trace', () => {
    const { code, stderr } = run('graph', story(), '-o', join(scratch, 'no/such/folder/x.svg'));
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /cannot write .*x\.svg \(ENOENT\): the folder .* does not exist; create it or name another output file/,
    );
    expect(stderr).not.toContain('    at ');
  });
});

describe('findings a real story meets', () => {
  const validate = (source: string) =>
    validateStory({
      fileName: 'stories/t.ink',
      source,
      readFile: () => '',
      rubric: defaultRubric,
      maxStates: 1000,
      budgetMs: 5000,
    });

  it('a divert typo gets "did you mean"', () => {
    const result = validate('-> halway\n=== hallway ===\nHi.\n-> END\n');
    expect(result.errors.map(formatDiagnostic)).toContain(
      "stories/t.ink:1: error: Divert target not found: '-> halway'; did you mean 'hallway'?",
    );
  });

  it('identical findings are reported once, with a count', () => {
    const source = `# title: T\n# must: budget Ask\nVAR phase = 1\nHi. # note: n\n* [Ask #move: open-probe #covers: budget] -> dead\n* [Wait #move: listen] -> dead\n=== dead ===\nBye.\n-> END\n`;
    const found = validate(source).errors.filter((e) =>
      e.message.startsWith('the story ends without an outcome'),
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.count).toBe(2);
    expect(formatDiagnostic(found[0] ?? { severity: 'error', file: '', line: 0, message: '' })).toMatch(
      /\(×2\)$/,
    );
  });

  it("a scored story's unknown tag and a tag not in key: value form are warnings", () => {
    const source = `# title: T\nVAR phase = 1\nHi. # note: n # location: hall # clear\n* [Ask #move: open-probe] Fine. # outcome: advance\n  -> END\n`;
    const result = validate(source);
    expect(result.errors).toEqual([]);
    expect(result.warnings.map((w) => w.message)).toEqual(
      expect.arrayContaining([
        'unknown line tag "# location:"; Attune ignores it (line tags are speaker, present, mood, thought, note, scene, clock, outcome)',
        'tag "#clear" is not in "key: value" form; Attune ignores it (write "# key: value" if it is meant for Attune)',
      ]),
    );
  });

  it("an unscored story's own tags are listed once, with no error", () => {
    const result = validate(
      `# author: Someone\nHi. # location: hall\nThere. # location: yard # music: calm\n-> END\n`,
    );
    expect(result.errors).toEqual([]);
    expect(result.notes).toContain(
      "the game's own tags (outside Attune's contract, passed through untouched): author×1, location×2, music×1",
    );
  });
});
