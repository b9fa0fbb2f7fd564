// Vite build for the browser game. Phaser sits in its own cacheable chunk and is loaded with import();
// the ink compiler never reaches the browser: stories are compiled at build time by the ink plugin.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { inkPlugin } from './src/authoring/vite-plugin-ink.ts';
import { offlinePlugin } from './src/offline/pwa-plugin.ts';
import { startEarlyPlugin } from './src/authoring/build/start-early-plugin.ts';
import { storyCardsPlugin, storyIds } from './src/authoring/build/story-cards-plugin.ts';

const root = import.meta.dirname;

export default defineConfig({
  root,
  base: './',
  plugins: [
    offlinePlugin(),
    inkPlugin(),
    // The development server's ws:// entries (hot reload) have no place in the production CSP.
    {
      name: 'attune-production-csp',
      apply: 'build',
      transformIndexHtml: (html: string) => html.replace(/ ws:\/\/[^\s;"]+/g, ''),
    },
    storyCardsPlugin({ storiesDir: resolve(root, 'stories') }),
    startEarlyPlugin({
      preview: '/src/ui/meeting/opening-preview.ts',
      font: /^assets\/inter-latin-wght-normal-[\w-]+\.woff2$/,
      stories: storyIds(resolve(root, 'stories')),
    }),
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
