// Builds the app once, serves it with Vite's preview server on a free 127.0.0.1 port, and finds (or
// installs) Chromium. Tests read both through inject(). The build goes to a folder of this run's own (so a
// second test run on the same checkout cannot pull files from under this one's server) and is copied to
// test-results/app for tests that package the built app.
import { cpSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { ensureBrowser } from '../../scripts/ensure-browser.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
  }
}

const root = resolve(import.meta.dirname, '../..');
const outDir = resolve(root, `test-results/app-run-${process.pid}`);
const sharedDir = resolve(root, 'test-results/app');
let server: PreviewServer | null = null;

export async function setup(project: TestProject): Promise<void> {
  const chromiumPath = ensureBrowser({ log: (m) => console.error(m) });
  rmSync(outDir, { recursive: true, force: true });
  await build({
    root,
    configFile: resolve(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  rmSync(sharedDir, { recursive: true, force: true });
  cpSync(outDir, sharedDir, { recursive: true });
  server = await preview({
    root,
    configFile: resolve(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server did not report a port');
  project.provide('baseUrl', `http://127.0.0.1:${address.port}/`);
  project.provide('chromiumPath', chromiumPath);
}

export async function teardown(): Promise<void> {
  await server?.close();
  server = null;
  rmSync(outDir, { recursive: true, force: true });
}
