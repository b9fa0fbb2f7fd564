import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';

const run = runCli;

// Playing, validating or drawing a full story (First Meeting explores ~900 states) takes seconds on a busy
// machine, so these tests get more than the 5 s default.
const CLI_TIMEOUT = 60_000;

const scratch = mkdtempSync(join(tmpdir(), 'attune-cli-'));
const write = (name: string, text: string) => {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
};

describe('attune play', { timeout: CLI_TIMEOUT }, () => {
  it('prints one JSON object with the steps, ending, score and key moments', () => {
    const { code, stdout } = run('play', 'stories/first-meeting.ink', '--path', 'exemplary', '--json');
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as Record<string, unknown> & {
      steps: Record<string, unknown>[];
      ending: { outcome: string };
      score: Record<string, number>;
      keyMoments: unknown[];
    };
    expect(result.story).toBe('stories/first-meeting.ink');
    const choices = result.steps.filter((s) => s.type === 'choice');
    expect(choices[0]).toMatchObject({
      index: 1,
      text: 'Take the chair at the round table, next to Dana',
      move: 'follow-sponsor',
      phase: 1,
      alignment: 1,
      attunement: 2,
    });
    expect(result.ending.outcome).toBe('advance');
    expect(Object.keys(result.score).sort()).toEqual([
      'alignment',
      'attunement',
      'courage',
      'mood',
      'outcome',
      'overall',
      'sponsor',
      'trust',
    ]);
    expect(result.keyMoments.length).toBeGreaterThan(0);
  });

  it('plays given choices and seeded random choices repeatably', () => {
    expect(
      JSON.parse(run('play', 'stories/first-meeting.ink', '--choices', '1,0,0,0,1,0,2', '--json').stdout)
        .ending.outcome,
    ).toBe('no-sale');
    const a = run('play', 'stories/first-meeting.ink', '--random', '7', '--json').stdout;
    expect(run('play', 'stories/first-meeting.ink', '--random', '7', '--json').stdout).toBe(a);
  });

  it('prints a readable transcript with the score', () => {
    const { stdout } = run('play', 'stories/first-meeting.ink', '--path', 'pitch-early');
    // trust: 50, follow-sponsor (1/2) +12, pitch (−2/−2) −16 → 46
    expect(stdout).toContain(
      '> 2. Open your laptop and run the demo Sam promised [pitch, phase 1: -2/-2, trust 46]',
    );
    expect(stdout).toContain('outcome: no-sale');
    expect(stdout).toMatch(/score: overall \d+ · alignment \d+/);
  });

  it('says how to call it when the arguments are wrong', () => {
    expect(run('play', 'stories/first-meeting.ink', '--choices', 'a,b')).toMatchObject({ code: 2 });
    expect(run('play', 'stories/first-meeting.ink', '--choices', 'a,b').stderr).toContain(
      '--choices needs choice indices separated by commas',
    );
    expect(run('play', 'stories/nope.ink').stderr).toContain('stories/nope.ink: no such file');
    expect(run('frobnicate').stderr).toContain('unknown command "frobnicate"; use validate, play or graph');
  });
});

describe('attune validate', { timeout: CLI_TIMEOUT }, () => {
  it('exits 1 and names file and line on any error', () => {
    const bad = write('bad.ink', 'VAR phase = 1\nHi.\n* [Go #move: pich] Bye. # outcome: advance\n-> END\n');
    const { code, stdout } = run('validate', bad);
    expect(code).toBe(1);
    expect(stdout).toContain(
      `${relative(process.cwd(), bad)}:3: error: unknown move "pich"; did you mean "pitch"?`,
    );
  });

  it('reports a typo in a rubric file by key', () => {
    const rubric = JSON.parse(readFileSync('stories/rubric.json', 'utf8')) as {
      weights: Record<string, unknown>;
    };
    rubric.weights = { ...rubric.weights, corage: 0.15 };
    const path = write('rubric.json', JSON.stringify(rubric));
    const { code, stderr } = run('validate', 'stories/first-meeting.ink', '--rubric', path);
    expect(code).toBe(1);
    expect(stderr).toContain('weights.corage: unknown key; remove it or fix its spelling');
  });

  it('gives machine-readable results with --json', () => {
    const { code, stdout } = run('validate', 'stories/first-meeting.ink', '--json');
    expect(code).toBe(0);
    const [result] = JSON.parse(stdout) as { ok: boolean; paths: { name: string; overall: number }[] }[];
    expect(result?.ok).toBe(true);
    expect(result?.paths.map((p) => p.name)).toEqual(['exemplary', 'pitch-early']);
  });
});

describe('attune graph', { timeout: CLI_TIMEOUT }, () => {
  it('draws an SVG with endings coloured by outcome and paths highlighted', () => {
    const out = join(scratch, 'graph.svg');
    expect(run('graph', 'stories/first-meeting.ink', '-o', out).code).toBe(0);
    const svg = readFileSync(out, 'utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('ending_advance → advance');
    expect(svg).toContain('fill="#2f9e5b"');
    expect(svg).toContain('━ exemplary');
  });
});

describe('the installed command', { timeout: CLI_TIMEOUT }, () => {
  it('runs as a process through bin/attune.js', () => {
    const stdout = execFileSync(
      'node',
      ['bin/attune.js', 'play', 'stories/first-meeting.ink', '--path', 'exemplary', '--json'],
      {
        encoding: 'utf8',
      },
    );
    expect(JSON.parse(stdout).ending.outcome).toBe('advance');
  });
});
