// Build-time (Node) Vite plugin: starts, from the page's <head>, what a first visit needs while the app's
// own code loads.
//   - The stage chunk as an async module script and Phaser as a module preload. The browser compiles
//     Phaser off the main thread while it arrives and runs it as soon as it is in; the app's own import()
//     of the stage resolves to the same module. The stage module only defines createStage: nothing is
//     drawn until a meeting asks for it.
//   - The opening preview (a meeting's first screen) and its styles, fetched but not run: a meeting opened
//     from a link shows its first line without waiting for another round trip.
//   - The latin subset of the interface font, so the first screen's text is laid out once, in its font.
import type { Plugin } from 'vite';

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
}

/** The <head> tags for a built bundle. Throws, naming what is missing, if the bundle has changed shape. */
export function startEarlyTags(bundle: BundleLike, options: StartEarlyOptions, inPage: string): string {
  const files = Object.values(bundle);
  const chunks = files.filter((f): f is ChunkLike => f.type === 'chunk');
  const need = <T>(what: string, found: T | undefined): T => {
    if (!found)
      throw new Error(`start-early: no ${what} in the build; update src/ui/build/start-early-plugin.ts`);
    return found;
  };
  const named = (name: string) =>
    need(
      `"${name}" chunk`,
      chunks.find((c) => c.name === name),
    );
  const font = need(
    'font matching ' + String(options.font),
    files.find((f) => options.font.test(f.fileName)),
  );
  const preview = need(
    options.preview,
    chunks.find((c) => c.facadeModuleId?.endsWith(options.preview)),
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
    `<link rel="modulepreload" crossorigin href="./${named('phaser').fileName}">`,
    ...[...scripts].filter(fresh).map((f) => `<link rel="modulepreload" crossorigin href="./${f}">`),
    ...[...styles].filter(fresh).map((f) => `<link rel="preload" as="style" crossorigin href="./${f}">`),
    `<script type="module" async crossorigin src="./${named('stage').fileName}"></script>`,
  ].join('');
}

export function startEarlyPlugin(options: StartEarlyOptions): Plugin {
  return {
    name: 'attune-start-early',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const html = bundle['index.html'];
        if (!html || html.type !== 'asset' || typeof html.source !== 'string') return;
        const tags = startEarlyTags(bundle as unknown as BundleLike, options, html.source);
        html.source = html.source.replace('</head>', `${tags}</head>`);
      },
    },
  };
}
