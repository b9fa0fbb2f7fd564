// Public ink games that no one here wrote, through the CLI as an author would run it. Each run has a
// one-second exploration budget so the tests hold on a slow machine; they assert what is reported, never
// how fast.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';

const FIXTURES = 'tests/fixtures/public-ink';
const INTERCEPT = `${FIXTURES}/the-intercept/TheIntercept.ink`;
const INNKEEPER = `${FIXTURES}/innkeeper/story.ink`;
const TEMPLATE = `${FIXTURES}/ink-story-template/main.ink`;
const SLOW = 120_000;

const run = runCli;

interface JsonReport {
  ok: boolean;
  complete: boolean;
  mode: string;
  errors: { message: string }[];
  warnings: { message: string }[];
  notes: string[];
  coverage: { knotsReached: number; knotsTotal: number; unreachedKnots: string[]; endingsReached: object };
}

const validateJson = (...args: string[]) => {
  const result = run('validate', ...args, '--budget', '1', '--json');
  return { ...result, report: (JSON.parse(result.stdout) as JsonReport[])[0] };
};

describe('public ink games validate', () => {
  it(
    'a 100 KB single-file story (The Intercept): valid, with honest coverage',
    () => {
      const { code, report } = validateJson(INTERCEPT);
      expect(code).toBe(0);
      expect(report?.errors).toEqual([]);
      const coverage = report?.coverage;
      expect(coverage?.knotsTotal).toBe(30);
      expect(coverage?.knotsReached).toBe(30 - (coverage?.unreachedKnots.length ?? 0));
      // Sampled or complete, the report says which, and never calls a knot unreachable unless complete.
      expect(report?.mode).toBe(report?.complete ? 'exhaustive' : 'sampled');
      const text = run('validate', INTERCEPT, '--budget', '1').stdout;
      expect(text).toMatch(report?.complete ? /exhaustive · / : /sampled · .* not reached /);
      if (!report?.complete) expect(text).not.toContain('unreachable knots');
    },
    SLOW,
  );

  it(
    'a multi-file story joined by INCLUDE (It Is An Innkeeper): its own tags listed once, no error',
    () => {
      const { code, report } = validateJson(INNKEEPER);
      expect(code).toBe(0);
      expect(report?.errors).toEqual([]);
      expect(report?.notes).toContain(
        "the game's own tags (outside Attune's contract, passed through untouched): author×1, theme×1",
      );
    },
    SLOW,
  );

  it(
    'a story with EXTERNAL functions (Ink Story Template): stubs named in one warning; --strict-externals refuses',
    () => {
      const { code, report } = validateJson(TEMPLATE);
      expect(code).toBe(0);
      const external = report?.warnings.filter((w) => w.message.startsWith('EXTERNAL ')) ?? [];
      expect(external).toHaveLength(1);
      expect(external[0]?.message).toMatch(
        /^EXTERNAL .*\bUPPERCASE\b.* has no ink fallback: validate and play call a stub that returns 0/,
      );
      const strict = run('validate', TEMPLATE, '--budget', '1', '--strict-externals');
      expect(strict.code).toBe(1);
      expect(strict.stdout).toContain('--strict-externals refuses a stub');
    },
    SLOW,
  );
});

describe('public ink games play and draw', () => {
  it(
    'play --random on a story with EXTERNALs runs on the stubs and says so',
    () => {
      const { stderr, stdout } = run('play', TEMPLATE, '--random', '3', '--max-steps', '40');
      expect(stderr).toMatch(/warning: EXTERNAL .* has no ink fallback; play calls a stub that returns 0/);
      expect(stdout).toContain('Ink Story Template');
    },
    SLOW,
  );

  it(
    'graph draws The Intercept with dagre: knots as boxes, no NaN, unexplored parts marked',
    () => {
      const out = join(mkdtempSync(join(tmpdir(), 'attune-public-')), 'intercept.svg');
      const { code, stdout } = run('graph', INTERCEPT, '-o', out, '--budget', '1');
      expect(code).toBe(0);
      expect(stdout).toContain(`wrote ${out}`);
      const svg = readFileSync(out, 'utf8');
      expect(svg).not.toContain('NaN');
      expect(svg).toContain('>start<');
      if (stdout.includes('sampled')) expect(svg).toContain('unexplored');
    },
    SLOW,
  );
});
