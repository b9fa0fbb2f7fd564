// `npm run package:lms`: turns the built app (dist/) into LMS packages in dist-lms/:
//   attune-scorm12.zip    SCORM 1.2
//   attune-scorm2004.zip  SCORM 2004 4th edition
// Each scenario in stories/ is its own SCO (or, with --library, one SCO plays the whole library). A SCO's
// launch page is a copy of index.html that tells the app which LMS API to look for and which scenario to
// open; the rest of the app is one shared asset resource. Options:
//   --passing <0-100>     passing score (default 70): the manifest's mastery score and lms-config.json
//   --library             one SCO for the whole library instead of one per scenario
//   --app <dir>           the built app (default dist)        --out <dir>   output (default dist-lms)
//   --xapi-endpoint <url> [--xapi-username <u> --xapi-password <p>]   also send xAPI statements there
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { scormManifest, type ManifestSpec, type ScoSpec, type ScormTarget } from './lms-manifest.ts';

export interface PackageOptions {
  /** Repository root (stories/ and package.json are read from here). */
  root: string;
  appDir?: string;
  outDir?: string;
  passingScore?: number;
  library?: boolean;
  targets?: ScormTarget[];
  xapi?: { endpoint: string; username?: string; password?: string };
  /** Fixed file times make the zips reproducible. */
  mtime?: Date;
}

export interface BuiltPackage {
  target: ScormTarget;
  path: string;
  /** Every file in the zip, sorted. */
  files: string[];
  bytes: number;
}

/**
 * Files of the built app that never go into a package: the benchmark page, source maps, and the offline
 * service worker (inside an LMS the LMS serves the course, and the app does not register it there).
 */
const EXCLUDED = [/^bench\//, /\.map$/, /^sw\.js$/, /^workbox-[\w-]+\.js$/];

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
      return { id, title };
    });
}

/** index.html made into a SCO launch page: LMS data attributes, its own title, and room for an LRS. */
export function launchPage(
  indexHtml: string,
  o: { target: ScormTarget; story: string | null; title: string; lrsOrigin: string | null },
): string {
  const attributes = [
    `data-attune-lms="${o.target}"`,
    `data-attune-config="lms-config.json"`,
    ...(o.story ? [`data-attune-story="${o.story}"`] : []),
  ].join(' ');
  if (!/<html[^>]*>/.test(indexHtml))
    throw new Error('index.html has no <html> tag; rebuild the app (npm run build)');
  const extraConnect = [
    'https:',
    'http://127.0.0.1:*',
    'http://localhost:*',
    ...(o.lrsOrigin ? [o.lrsOrigin] : []),
  ];
  return indexHtml
    .replace(/<html([^>]*)>/, `<html$1 ${attributes}>`)
    .replace(
      /connect-src ([^;"]*)/,
      (_m, sources: string) => `connect-src ${sources} ${extraConnect.join(' ')}`,
    )
    .replace(/<title>[^<]*<\/title>/, `<title>${o.title.replace(/[<&]/g, '')} — Attune</title>`);
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
    ? [{ id: 'library', title: 'Attune scenarios', href: 'launch.html', story: null }]
    : stories.map((s) => ({ id: s.id, title: s.title, href: `launch-${s.id}.html`, story: s.id }));
  const config = {
    passingScore,
    ...(o.xapi
      ? { xapi: { endpoint: o.xapi.endpoint, username: o.xapi.username, password: o.xapi.password } }
      : {}),
  };
  const lrsOrigin = o.xapi ? new URL(o.xapi.endpoint).origin : null;
  const mtime = o.mtime ?? new Date('2026-01-01T00:00:00Z');
  mkdirSync(outDir, { recursive: true });

  return (o.targets ?? ['scorm12', 'scorm2004']).map((target) => {
    const spec: ManifestSpec = {
      identifier: `attune-${target}`,
      title: 'Attune: sales conversation scenarios',
      version,
      scos,
      assetFiles: [...assets, 'lms-config.json'].sort(),
      passingScore,
    };
    const entries: Zippable = { 'imsmanifest.xml': new TextEncoder().encode(scormManifest(target, spec)) };
    for (const path of assets) entries[path] = new Uint8Array(readFileSync(join(appDir, path)));
    entries['lms-config.json'] = new TextEncoder().encode(`${JSON.stringify(config, null, 2)}\n`);
    for (const sco of scos) {
      entries[sco.href] = new TextEncoder().encode(
        launchPage(indexHtml, { target, story: sco.story, title: sco.title, lrsOrigin }),
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
    const built = packageLms({
      root,
      library: args.includes('--library'),
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
