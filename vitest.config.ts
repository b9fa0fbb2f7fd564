// Three test projects: Node unit tests (default), DOM tests for src/ui under happy-dom, and browser tests
// that build the app once, serve it on a free 127.0.0.1 port and drive Debian's Chromium (playwright-core).
import { defineConfig } from 'vitest/config';
import { inkPlugin } from './src/authoring/vite-plugin-ink.ts';
import { storyCardsPlugin } from './src/authoring/build/story-cards-plugin.ts';
import { resolve } from 'node:path';

const root = import.meta.dirname;

export default defineConfig({
  plugins: [inkPlugin(), storyCardsPlugin({ storiesDir: resolve(root, 'stories') })],
  test: {
    // Vitest's default on a 2-core machine is one worker, which runs every file in turn. Two workers keep
    // both cores busy (browser files mostly wait on Chromium's own processes, Node files compute); more
    // would only share the same two cores.
    maxWorkers: 2,
    // The test files of a worker share its module cache: importing the app, inkjs's compiler and the
    // stories again for each of a hundred files was a third of the run. So a test file leaves globals,
    // timers and mocks as it found them.
    isolate: false,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/ui/**', 'tests/browser/**', '**/node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'happy-dom',
          include: ['tests/ui/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 90_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
