// Bundles the room relay (server/main.ts) into dist-server/room.js so it starts in plain Node, and the
// benchmark's client kit (scripts/bench-room-kit.ts) into dist-server/bench-room-kit.js.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
};
await build({ ...common, entryPoints: ['server/main.ts'], outfile: 'dist-server/room.js' });
await build({
  ...common,
  entryPoints: ['scripts/bench-room-kit.ts'],
  outfile: 'dist-server/bench-room-kit.js',
});
