#!/usr/bin/env node
// The checks `npm test` makes before the tests: ESLint, Prettier, the TypeScript check and the CLI build,
// run side by side (each is one process on one core). Each tool's output is printed whole, in this order,
// once all have finished; the exit code is 1 when any of them failed, naming which.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const bin = (name) => resolve(root, 'node_modules/.bin', name);

const CHECKS = [
  { name: 'eslint', command: bin('eslint'), args: ['.'] },
  { name: 'prettier', command: bin('prettier'), args: ['--check', '.'] },
  { name: 'typecheck', command: bin('tsc'), args: ['--noEmit'] },
  { name: 'build:cli', command: process.execPath, args: ['scripts/build-cli.js'] },
];

function run({ name, command, args }) {
  const started = Date.now();
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) =>
      done({ name, ok: false, output: `${error.message}: run npm ci first\n`, ms: 0 }),
    );
    child.on('close', (code) => done({ name, ok: code === 0, output, ms: Date.now() - started }));
  });
}

const results = await Promise.all(CHECKS.map(run));
for (const r of results) {
  process.stdout.write(`${r.ok ? '✓' : '✗'} ${r.name} (${(r.ms / 1000).toFixed(1)} s)\n`);
  if (!r.ok || r.output.trim() !== '') process.stdout.write(r.output.replace(/^(?=.)/gm, '  '));
}
const failed = results.filter((r) => !r.ok).map((r) => r.name);
if (failed.length > 0) {
  process.stdout.write(`\n${failed.join(', ')} failed: fix what is listed above, then run npm test again\n`);
  process.exit(1);
}
