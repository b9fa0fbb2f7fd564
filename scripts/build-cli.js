// Bundles the `attune` CLI (src/authoring/cli) into dist-cli/attune.js so it starts fast in plain Node.
// The CLI needs the compiler anyway, so the runtime import `inkjs` is served by `inkjs/full` (which holds
// the same runtime): Node then parses one copy of ink instead of two.
import { build } from 'esbuild';

const oneInk = {
  name: 'one-ink',
  setup(builder) {
    builder.onResolve({ filter: /^inkjs$/ }, () => ({ path: 'inkjs/full', external: true }));
  },
};

await build({
  entryPoints: ['src/authoring/cli/run.ts'],
  outfile: 'dist-cli/attune.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  plugins: [oneInk],
  logLevel: 'warning',
});
