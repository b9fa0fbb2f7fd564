import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/run-cli.ts';
import type { StoryValidation } from '../../../src/authoring/validate-story.ts';
import { fixtureInk } from './fixture-story.ts';
import { GOOD } from './good-fixture.ts';
import { exemplaryAt } from './variants.ts';

const run = runCli;

const folder = mkdtempSync(join(tmpdir(), 'attune-audit-'));
const write = (name: string, text: string) => {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
};
const good = write('good.ink', fixtureInk(GOOD));
write('first.ink', fixtureInk(exemplaryAt('first')));

const one = run('validate', good);
const json = run('validate', join(folder, 'first.ink'), '--json');
const badBounds = run('validate', good, '--audit', write('audit.json', JSON.stringify({ version: 2 })));

describe('attune validate with the teaching audit', () => {
  it('given one file, learns the wording from the other stories of its folder and says so', () => {
    const { code, stdout } = one;
    expect(stdout).toContain(
      `teaching audit — exemplary 86 advance, 5 decisions; wording trained on 1 other scored story in ${folder}/ (first.ink)`,
    );
    expect(stdout).toMatch(/\n {4}check +figure +bound +result\n/);
    expect(stdout).toMatch(/\n {4}longest +1 of 5 \(20%\) +≤ 40% +pass\n/);
    expect(code).toBe(1);
  });

  it('adds an audit object to --json, and a failed check makes validate fail', () => {
    const { code, stdout } = json;
    expect(code).toBe(1);
    const [result] = JSON.parse(stdout) as StoryValidation[];
    expect(result?.audit?.checks.find((c) => c.id === 'position')).toMatchObject({
      status: 'fail',
      figure: 'option 1 in 5 of 5 (100%)',
      bound: '≤ 50%',
    });
    expect(result?.audit?.library.trainedOn).toEqual([expect.stringMatching(/good\.ink$/)]);
  });

  it('reads other bounds with --audit and names a bad key', () => {
    const { code, stderr } = badBounds;
    expect(code).toBe(1);
    expect(stderr).toContain('version: must be 1 (the audit format this version of Attune reads)');
  });
});
