// Vite build for the browser game. Phaser sits in its own cacheable chunk and is loaded with import();
// the ink compiler never reaches the browser: stories are compiled at build time by the ink plugin.
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { inkPlugin } from './src/authoring/vite-plugin-ink.ts';
import { offlinePlugin } from './src/offline/pwa-plugin.ts';
import { storyCardsPlugin } from './src/ui/build/story-cards-plugin.ts';

const root = import.meta.dirname;

/**
 * Starts, from the page's <head>, what every first visit needs while the app's own code loads:
 *   - the stage chunk as an async module script and Phaser as a module preload. The browser compiles
 *     Phaser off the main thread while it arrives and runs it as soon as it is in; the app's own import()
 *     of the stage then resolves to the same module. The stage module only defines createStage: nothing is
 *     drawn until a meeting asks for it;
 *   - the latin subset of the interface font, so the first screen's text is laid out once, in its font.
 */
const FONT = /^assets\/inter-latin-wght-normal-[\w-]+\.woff2$/;

function startEarly(): Plugin {
  return {
    name: 'attune-start-early',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const html = bundle['index.html'];
        if (!html || html.type !== 'asset' || typeof html.source !== 'string') return;
        const files = Object.values(bundle);
        const file = (what: string, found: { fileName: string } | undefined): string => {
          if (!found) throw new Error(`start-early: no ${what} in the build; update the plugin`);
          return found.fileName;
        };
        const chunk = (name: string): string =>
          file(
            `"${name}" chunk`,
            files.find((c) => c.type === 'chunk' && c.name === name),
          );
        const font = file(
          'latin Inter font',
          files.find((f) => f.type === 'asset' && FONT.test(f.fileName)),
        );
        html.source = html.source.replace(
          '</head>',
          `<link rel="preload" as="font" type="font/woff2" crossorigin href="./${font}">` +
            `<link rel="modulepreload" crossorigin href="./${chunk('phaser')}">` +
            `<script type="module" async crossorigin src="./${chunk('stage')}"></script></head>`,
        );
      },
    },
  };
}

export default defineConfig({
  root,
  base: './',
  plugins: [
    offlinePlugin(),
    inkPlugin(),
    storyCardsPlugin({ storiesDir: resolve(root, 'stories') }),
    startEarly(),
  ],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      input: {
        main: resolve(root, 'index.html'),
        bench: resolve(root, 'bench/index.html'),
      },
      output: {
        codeSplitting: {
          groups: [{ name: 'phaser', test: /node_modules[\\/]phaser[\\/]/, priority: 20 }],
        },
      },
    },
  },
  preview: { host: '127.0.0.1' },
  server: { host: '127.0.0.1' },
});
