// Bundles the `attune` CLI (src/authoring/cli) into dist-cli/attune.js so it starts fast in plain Node;
// with --bench, bundles scripts/bench-core.ts into dist-cli/bench-core.js instead.
// The CLI needs the compiler anyway, so the runtime import `inkjs` is served by `inkjs/full` (which holds
// the same runtime): Node then parses one copy of ink instead of two.
import { build } from 'esbuild';

const oneInk = {
  name: 'one-ink',
  setup(builder) {
    builder.onResolve({ filter: /^inkjs$/ }, () => ({ path: 'inkjs/full', external: true }));
  },
};

const entry = process.argv[2] === '--bench' ? 'scripts/bench-core.ts' : 'src/authoring/cli/run.ts';
const outfile = process.argv[2] === '--bench' ? 'dist-cli/bench-core.js' : 'dist-cli/attune.js';

await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  plugins: [oneInk],
  logLevel: 'warning',
});
