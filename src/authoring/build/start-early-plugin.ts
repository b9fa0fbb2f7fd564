// Build-time (Node) Vite plugin: starts, from the page's <head>, what a first visit needs while the app's
// own code loads.
//   - The latin subset of the interface font, so the first screen's text is laid out once, in its font.
//   - The opening preview (a meeting's first screen) and its styles, fetched but not run: a meeting opened
//     from a link shows its first line without waiting for another round trip.
//   - Phaser and the stage, by a tiny async script, first in <head>, that reads the route with the app's
//     own parser (src/boot/route.ts, inlined from its source, so both always agree):
//       on a meeting route (#/play/…, #/watch/…) they are module-preloaded at once, so Phaser compiles off
//       the main thread while it arrives, and the stage starts as a module script, so Phaser runs the
//       moment it is in; the app's own import() of the stage resolves to the same module;
//       on the title screen they are only downloaded, once the app's script has run (DOMContentLoaded):
//       the cards never wait for Phaser, which arrives while the trainee reads them.
import type { Plugin } from 'vite';
import { parseRoute } from '../../boot/route.ts';

interface ChunkLike {
  type: 'chunk';
  name: string;
  fileName: string;
  facadeModuleId: string | null;
  imports: string[];
  viteMetadata?: { importedCss: Set<string> };
}
type BundleLike = Record<string, ChunkLike | { type: 'asset'; fileName: string }>;

export interface StartEarlyOptions {
  /** Module id suffix of the opening preview, e.g. '/src/ui/meeting/opening-preview.ts'. */
  preview: string;
  /** The font file to preload. */
  font: RegExp;
  /** The ids of the built-in stories: a link names a meeting only when its story is one of them. */
  stories: readonly string[];
}

function need<T>(what: string, found: T | undefined): T {
  if (!found)
    throw new Error(`start-early: no ${what} in the build; update src/authoring/build/start-early-plugin.ts`);
  return found;
}

function chunkNamed(bundle: BundleLike, name: string): ChunkLike {
  const found = Object.values(bundle).find((c): c is ChunkLike => c.type === 'chunk' && c.name === name);
  return need(`"${name}" chunk`, found);
}

/** The classic script that starts Phaser and the stage as the route needs them. */
export function stageStarter(phaserFile: string, stageFile: string, stories: readonly string[]): string {
  const files = JSON.stringify([`./${phaserFile}`, `./${stageFile}`]);
  return `(function () {
  var parseRoute = ${parseRoute.toString()};
  var screen = parseRoute(location, ${JSON.stringify(stories)}).screen;
  var meeting = screen === 'play' || screen === 'watch';
  // A phone voting in a workshop's room never draws the stage.
  if (screen === 'join') return;
  function fetchStage() {
    ${files}.forEach(function (href) {
      var link = document.createElement('link');
      link.rel = meeting ? 'modulepreload' : 'preload';
      if (!meeting) link.as = 'script';
      link.crossOrigin = '';
      link.href = href;
      document.head.appendChild(link);
    });
  }
  if (!meeting) {
    // After the app's own script has run. (Run later than that, the title's idle warm-up loads them.)
    if (document.readyState !== 'complete') document.addEventListener('DOMContentLoaded', fetchStage);
    else fetchStage();
    return;
  }
  fetchStage();
  var script = document.createElement('script');
  script.type = 'module';
  script.crossOrigin = '';
  script.src = ${JSON.stringify(`./${stageFile}`)};
  document.head.appendChild(script);
})();
`;
}

/** The <head> tags for a built bundle. Throws, naming what is missing, if the bundle has changed shape. */
export function startEarlyTags(bundle: BundleLike, options: StartEarlyOptions, inPage: string): string {
  const files = Object.values(bundle);
  const font = need(
    `font matching ${String(options.font)}`,
    files.find((f) => options.font.test(f.fileName)),
  );
  const preview = need(
    options.preview,
    files.find((c): c is ChunkLike => c.type === 'chunk' && !!c.facadeModuleId?.endsWith(options.preview)),
  );
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const queue = [preview];
  while (queue.length > 0) {
    const chunk = queue.shift();
    if (!chunk || scripts.has(chunk.fileName)) continue;
    scripts.add(chunk.fileName);
    for (const css of chunk.viteMetadata?.importedCss ?? []) styles.add(css);
    for (const name of chunk.imports) {
      const next = bundle[name];
      if (next?.type === 'chunk') queue.push(next);
    }
  }
  const fresh = (file: string): boolean => !inPage.includes(`"./${file}"`);
  return [
    `<link rel="preload" as="font" type="font/woff2" crossorigin href="./${font.fileName}">`,
    ...[...scripts].filter(fresh).map((f) => `<link rel="modulepreload" crossorigin href="./${f}">`),
    ...[...styles].filter(fresh).map((f) => `<link rel="preload" as="style" crossorigin href="./${f}">`),
  ].join('');
}

export function startEarlyPlugin(options: StartEarlyOptions): Plugin {
  return {
    name: 'attune-start-early',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, output) {
        const html = output['index.html'];
        if (!html || html.type !== 'asset' || typeof html.source !== 'string') return;
        const bundle = output as unknown as BundleLike;
        const ref = this.emitFile({
          type: 'asset',
          name: 'start-stage.js',
          source: stageStarter(
            chunkNamed(bundle, 'phaser').fileName,
            chunkNamed(bundle, 'stage').fileName,
            options.stories,
          ),
        });
        const tags = startEarlyTags(bundle, options, html.source);
        const starter = `<script async src="./${this.getFileName(ref)}"></script>`;
        // The starter goes first: the browser's few connections serve it before anything else.
        html.source = html.source
          .replace(/<script type="module"/, `${starter}\n    <script type="module"`)
          .replace('</head>', `${tags}</head>`);
        if (!html.source.includes(starter)) throw new Error('start-early: index.html has no module script');
      },
    },
  };
}
