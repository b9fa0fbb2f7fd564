#!/usr/bin/env node
// The `attune` CLI. The bundle is built by `npm ci`/`npm install` (prepare) and by `npm test`;
// if it is missing (for example right after a clone without install scripts), it is built now.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist-cli', 'attune.js');
if (!existsSync(bundle)) {
  process.chdir(root);
  await import(pathToFileURL(join(root, 'scripts', 'build-cli.js')).href);
}
await import(pathToFileURL(bundle).href);
