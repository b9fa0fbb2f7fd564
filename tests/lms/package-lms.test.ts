// `npm run package:lms` output, checked the way an LMS checks a package on import.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { packageLms } from '../../scripts/package-lms.ts';
import { checkManifest } from './manifest-rules.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const STORY_IDS = readdirSync(join(ROOT, 'stories'))
  .filter((f) => f.endsWith('.ink'))
  .map((f) => f.replace(/\.ink$/, ''))
  .sort();

/** A stand-in for the built app, with a file name that needs escaping and a bench page to leave out. */
function fakeApp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'attune-app-'));
  mkdirSync(join(dir, 'assets'));
  mkdirSync(join(dir, 'bench'));
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; connect-src 'self'; object-src 'none'"><title>Attune</title></head><body><script type="module" src="./assets/main.js"></script></body></html>`,
  );
  writeFileSync(join(dir, 'assets', 'main.js'), 'console.log(1)');
  writeFileSync(join(dir, 'assets', 'font & more.woff2'), 'x');
  writeFileSync(join(dir, 'assets', 'main.js.map'), '{}');
  writeFileSync(join(dir, 'bench', 'index.html'), '<html></html>');
  writeFileSync(join(dir, 'sw.js'), 'self.skipWaiting()');
  writeFileSync(join(dir, 'workbox-2fbc6a65.js'), '');
  return dir;
}

function unzip(path: string): Record<string, Uint8Array> {
  return unzipSync(new Uint8Array(readFileSync(path)));
}

describe('package:lms', () => {
  const app = fakeApp();
  const out = mkdtempSync(join(tmpdir(), 'attune-lms-'));
  const built = packageLms({ root: ROOT, appDir: app, outDir: out, passingScore: 75 });

  for (const [target, version] of [
    ['scorm12', '1.2'],
    ['scorm2004', '2004'],
  ] as const) {
    it(`${target}: a manifest an LMS accepts, one SCO per scenario, and exactly the zip's files`, () => {
      const pkg = built.find((p) => p.target === target);
      expect(pkg?.path).toBe(join(out, `attune-${target}.zip`));
      const files = unzip(pkg?.path ?? '');
      const names = Object.keys(files).sort();
      expect(names).toEqual(pkg?.files);
      const facts = checkManifest(strFromU8(files['imsmanifest.xml'] ?? new Uint8Array()), names, version);
      expect(facts.problems).toEqual([]);
      expect(facts.scos.map((s) => s.href).sort()).toEqual(STORY_IDS.map((id) => `launch-${id}.html`).sort());
      expect(facts.scos.find((s) => s.href === 'launch-hot-referral.html')?.title).toBe('The Hot Referral');
      expect(facts.scos.every((s) => s.mastery === (version === '1.2' ? '75' : '0.75'))).toBe(true);
      expect(names).toContain('assets/font & more.woff2');
      expect(names.filter((n) => /^bench\/|\.map$|^sw\.js$|^workbox-/.test(n))).toEqual([]);
    });
  }

  it('launch pages tell the app which LMS and scenario, and let it reach an LRS', () => {
    const files = unzip(join(out, 'attune-scorm2004.zip'));
    const page = strFromU8(files['launch-hot-referral.html'] ?? new Uint8Array());
    expect(page).toMatch(
      /<html lang="en" data-attune-lms="scorm2004" data-attune-config="lms-config.json" data-attune-story="hot-referral">/,
    );
    expect(page).toMatch(/connect-src 'self' https: http:\/\/127\.0\.0\.1:\*/);
    expect(page).toContain('<title>The Hot Referral — Attune</title>');
    expect(JSON.parse(strFromU8(files['lms-config.json'] ?? new Uint8Array()))).toEqual({ passingScore: 75 });
  });

  it('--library makes one SCO that opens the title screen', () => {
    const lib = mkdtempSync(join(tmpdir(), 'attune-lms-lib-'));
    const [pkg] = packageLms({ root: ROOT, appDir: app, outDir: lib, library: true, targets: ['scorm12'] });
    const files = unzip(pkg?.path ?? '');
    const facts = checkManifest(
      strFromU8(files['imsmanifest.xml'] ?? new Uint8Array()),
      Object.keys(files),
      '1.2',
    );
    expect(facts.problems).toEqual([]);
    expect(facts.scos).toHaveLength(1);
    expect(strFromU8(files['launch.html'] ?? new Uint8Array())).not.toContain('data-attune-story');
  });

  it('the checker catches what an LMS would refuse', () => {
    const files = unzip(join(out, 'attune-scorm12.zip'));
    const good = strFromU8(files['imsmanifest.xml'] ?? new Uint8Array());
    const names = Object.keys(files);
    const bad = good
      .replace('<file href="assets/main.js"/>', '')
      .replace('identifier="item-cold-feet"', 'identifier="item-first-meeting"')
      .replace('identifierref="sco-shortlist"', 'identifierref="sco-missing"');
    const problems = checkManifest(bad, [...names, 'stray.txt'], '1.2').problems.join('\n');
    expect(problems).toMatch(/zip holds assets\/main\.js, which the manifest does not list/);
    expect(problems).toMatch(/zip holds stray\.txt/);
    expect(problems).toMatch(/identifier "item-first-meeting" is used 2 times/);
    expect(problems).toMatch(/points at missing resource sco-missing/);
    expect(checkManifest('<manifest', names, '1.2').problems.join()).toMatch(/not well-formed/);
  });

  it('--xapi-endpoint writes the LRS into lms-config.json and lets the launch pages reach it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'attune-lms-xapi-'));
    const [pkg] = packageLms({
      root: ROOT,
      appDir: app,
      outDir: dir,
      targets: ['scorm2004'],
      xapi: { endpoint: 'http://lrs.internal:8080/xapi/', username: 'key', password: 'secret' },
    });
    const files = unzip(pkg?.path ?? '');
    expect(JSON.parse(strFromU8(files['lms-config.json'] ?? new Uint8Array()))).toEqual({
      passingScore: 70,
      xapi: { endpoint: 'http://lrs.internal:8080/xapi/', username: 'key', password: 'secret' },
    });
    expect(strFromU8(files['launch-cold-feet.html'] ?? new Uint8Array())).toMatch(
      /connect-src [^;"]*http:\/\/lrs\.internal:8080/,
    );
  });

  it('names the fix when the app has not been built', () => {
    expect(() => packageLms({ root: ROOT, appDir: join(out, 'nothing-here'), outDir: out })).toThrow(
      /npm run build/,
    );
  });
});
