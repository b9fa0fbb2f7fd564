// `npm run package:lms` output, checked the way an LMS checks a package on import.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { packageLms } from '../../scripts/package-lms.ts';
import { createHash } from 'node:crypto';
import { FILE_NOTICE_SCRIPT } from '../../scripts/package-lms.ts';
import { checkManifest, manifestSchemaErrors, schemaErrors } from './manifest-rules.ts';

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
    `<!doctype html><html lang="en"><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; connect-src 'self' ws://127.0.0.1:*; object-src 'none'"><title>Attune</title></head><body><p class="boot">Loading Attune…</p><script type="module" src="./assets/main.js"></script></body></html>`,
  );
  writeFileSync(join(dir, 'assets', 'main.js'), 'console.log(1)');
  writeFileSync(join(dir, 'assets', 'font & more.woff2'), 'x');
  writeFileSync(join(dir, 'assets', 'main.js.map'), '{}');
  writeFileSync(join(dir, 'assets', 'bench-Cq3x9a.js'), 'console.log("bench")');
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
  const cspOf = (page: string) => /Content-Security-Policy" content="([^"]*)"/.exec(page)?.[1] ?? '';
  const directive = (page: string, name: string) =>
    cspOf(page)
      .split(';')
      .map((d) => d.trim())
      .find((d) => d.startsWith(`${name} `));

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
      expect(names.filter((n) => /^bench\/|bench-|\.map$|^sw\.js$|^workbox-/.test(n))).toEqual([]);
    });

    it(
      `${target}: the manifest names its schema files, carried at the root, and is valid against them`,
      { timeout: 30_000 },
      async () => {
        const files = unzip(join(out, `attune-${target}.zip`));
        const xml = strFromU8(files['imsmanifest.xml'] ?? new Uint8Array());
        const expected =
          version === '1.2'
            ? ['adlcp_rootv1p2.xsd', 'imscp_rootv1p1p2.xsd', 'ims_xml.xsd']
            : [
                'adlcp_v1p3.xsd',
                'adlnav_v1p3.xsd',
                'adlseq_v1p3.xsd',
                'imscp_v1p1.xsd',
                'imsss_v1p0.xsd',
                'xml.xsd',
              ];
        for (const file of expected) expect(Object.keys(files)).toContain(file);
        expect(xml).toMatch(/xsi:schemaLocation="[^"]+"/);
        expect(await manifestSchemaErrors(xml, files)).toEqual([]);
        // The check can fail: an element the schema does not allow is reported.
        const broken = xml
          .replace('<organizations', '<organisations')
          .replace('</organizations>', '</organisations>');
        expect((await manifestSchemaErrors(broken, files)).join('\n')).toMatch(/organisations/);
      },
    );
  }

  it('launch pages tell the app which LMS and scenario, and reach no origin but their own', () => {
    const files = unzip(join(out, 'attune-scorm2004.zip'));
    const page = strFromU8(files['launch-hot-referral.html'] ?? new Uint8Array());
    expect(page).toMatch(
      /<html lang="en" data-attune-lms="scorm2004" data-attune-config="lms-config.json" data-attune-story="hot-referral">/,
    );
    expect(directive(page, 'connect-src')).toBe("connect-src 'self'");
    expect(page).toContain('<title>The Hot Referral — Attune</title>');
    expect(JSON.parse(strFromU8(files['lms-config.json'] ?? new Uint8Array()))).toEqual({ passingScore: 75 });
  });

  it('a page opened from file:// says why it cannot play and what to do, by a script its CSP allows', () => {
    const page = strFromU8(
      unzip(join(out, 'attune-scorm12.zip'))['launch-hot-referral.html'] ?? new Uint8Array(),
    );
    expect(page).toContain(`<script>${FILE_NOTICE_SCRIPT}</script></body>`);
    const hash = createHash('sha256').update(FILE_NOTICE_SCRIPT).digest('base64');
    expect(directive(page, 'script-src')).toBe(`script-src 'self' 'sha256-${hash}'`);
    expect(FILE_NOTICE_SCRIPT).toMatch(/file:\/\/[\s\S]*LMS[\s\S]*web server/);
  });

  it(
    'cmi5: cmi5.xml is valid against the course-structure schema, one AU per scenario, launched from the LMS',
    { timeout: 30_000 },
    async () => {
      const files = unzip(join(out, 'attune-cmi5.zip'));
      const xml = strFromU8(files['cmi5.xml'] ?? new Uint8Array());
      const xsd = readFileSync(join(ROOT, 'tests/lms/schemas/cmi5/CourseStructure.xsd'), 'utf8');
      expect(await schemaErrors(xml, 'CourseStructure.xsd', { 'CourseStructure.xsd': xsd })).toEqual([]);
      const aus = [
        ...xml.matchAll(
          /<au id="([^"]+)" moveOn="([^"]+)"(?: masteryScore="([^"]+)")?[^>]*>[\s\S]*?<url>([^<]+)<\/url>/g,
        ),
      ];
      expect(aus.map((m) => m[4]).sort()).toEqual(STORY_IDS.map((id) => `launch-${id}.html`).sort());
      for (const m of aus) expect(Object.keys(files)).toContain(m[4]);
      expect(aus.find((m) => m[4] === 'launch-hot-referral.html')?.slice(1, 4)).toEqual([
        'urn:attune:course/hot-referral',
        'CompletedAndPassed',
        '0.75',
      ]);
      expect(Object.keys(files).filter((f) => /imsmanifest|\.xsd$/.test(f))).toEqual([]);
      const page = strFromU8(files['launch-hot-referral.html'] ?? new Uint8Array());
      expect(page).toMatch(
        /data-attune-lms="cmi5" data-attune-config="lms-config.json" data-attune-xapi="launch"/,
      );
      expect(JSON.parse(strFromU8(files['lms-config.json'] ?? new Uint8Array()))).toEqual({
        passingScore: 75,
      });
      const bad = xml.replace('<url>', '<address>').replace('</url>', '</address>');
      expect((await schemaErrors(bad, 'CourseStructure.xsd', { 'CourseStructure.xsd': xsd })).join()).toMatch(
        /address/,
      );
    },
  );

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
    expect(directive(strFromU8(files['launch-cold-feet.html'] ?? new Uint8Array()), 'connect-src')).toBe(
      "connect-src 'self' http://lrs.internal:8080",
    );
  });

  it('--xapi-from-launch pages take the LRS from the launch and reach only the --lrs-origin given', () => {
    const dir = mkdtempSync(join(tmpdir(), 'attune-lms-launch-'));
    const [pkg] = packageLms({
      root: ROOT,
      appDir: app,
      outDir: dir,
      targets: ['scorm12'],
      xapiFromLaunch: true,
      lrsOrigins: ['https://lrs.example.com/'],
    });
    const files = unzip(pkg?.path ?? '');
    const page = strFromU8(files['launch-cold-feet.html'] ?? new Uint8Array());
    expect(page).toContain('data-attune-xapi="launch"');
    expect(directive(page, 'connect-src')).toBe("connect-src 'self' https://lrs.example.com");
    expect(() =>
      packageLms({
        root: ROOT,
        appDir: app,
        outDir: dir,
        xapiFromLaunch: true,
        xapi: { endpoint: 'https://a.example/' },
      }),
    ).toThrow(/not both/);
  });

  it('names the fix when the app has not been built', () => {
    expect(() => packageLms({ root: ROOT, appDir: join(out, 'nothing-here'), outDir: out })).toThrow(
      /npm run build/,
    );
  });
});
