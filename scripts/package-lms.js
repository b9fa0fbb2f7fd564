// Runs scripts/package-lms.ts: bundles it with esbuild (as build-cli.js does for the CLI) and calls main().
// Usage: npm run package:lms [-- --passing 80 --library --xapi-endpoint https://lrs.example.com/xapi/]
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, 'dist-cli', 'package-lms.js');
await build({
  entryPoints: [join(root, 'scripts', 'package-lms.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
const { main } = await import(pathToFileURL(outfile).href);
process.exitCode = main(process.argv.slice(2), root);
