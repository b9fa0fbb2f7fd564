// Vite build for the browser game. Phaser sits in its own cacheable chunk and is loaded with import();
// the ink compiler never reaches the browser: stories are compiled at build time by the ink plugin.
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { inkPlugin } from './src/authoring/vite-plugin-ink.ts';
import { offlinePlugin } from './src/offline/pwa-plugin.ts';
import { storyCardsPlugin } from './src/ui/build/story-cards-plugin.ts';

const root = import.meta.dirname;

/**
 * Lets the browser download the Phaser chunk while the title screen comes up. A plain preload only
 * fetches into the cache (a modulepreload would also compile it on the way, delaying the title); Phaser is
 * compiled and run when the stage is first imported.
 */
const PRELOAD = ['phaser', 'stage'];

function preloadPhaser(): Plugin {
  return {
    name: 'attune-preload-phaser',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const html = bundle['index.html'];
        if (!html || html.type !== 'asset' || typeof html.source !== 'string') return;
        const links = Object.values(bundle)
          .filter((c) => c.type === 'chunk' && PRELOAD.includes(c.name))
          .map((c) => `<link rel="preload" as="script" crossorigin href="./${c.fileName}">`)
          .join('');
        html.source = html.source.replace('</head>', `${links}</head>`);
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
    preloadPhaser(),
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
