// `npm run room`: serves the built game and the room relay together on the venue network, and prints the
// address phones join and its QR code. Options (or environment variables):
//   --port 8080 (ATTUNE_RELAY_PORT)   --host 0.0.0.0 (ATTUNE_RELAY_HOST)
//   --data .attune-relay/relay.sqlite (ATTUNE_RELAY_DATA): rooms, ballots and documents; share it between
//          the processes of one relay
//   --redis 127.0.0.1:6379 (ATTUNE_RELAY_REDIS): spread rooms over several relay processes
//   --static dist (ATTUNE_RELAY_STATIC; --static none serves the relay alone)   --name relay-a
import { mkdirSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import QRCode from 'qrcode';
import { phoneJoinUrl } from '../src/room/relay-config.ts';
import { startRelay } from './relay.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.ATTUNE_RELAY_PORT ?? '8080' },
    host: { type: 'string', default: process.env.ATTUNE_RELAY_HOST ?? '0.0.0.0' },
    data: { type: 'string', default: process.env.ATTUNE_RELAY_DATA ?? '.attune-relay/relay.sqlite' },
    redis: { type: 'string', default: process.env.ATTUNE_RELAY_REDIS ?? '' },
    static: { type: 'string', default: process.env.ATTUNE_RELAY_STATIC ?? 'dist' },
    name: { type: 'string', default: process.env.ATTUNE_RELAY_NAME ?? '' },
    quiet: { type: 'boolean', default: false },
  },
});

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port ${values.port}: give a port 0–65535`);
let redis: { host: string; port: number } | null = null;
if (values.redis) {
  const [host, redisPort] = values.redis.split(':');
  if (!host || !Number.isInteger(Number(redisPort)))
    fail(`--redis ${values.redis}: give host:port, e.g. 127.0.0.1:6379`);
  redis = { host, port: Number(redisPort) };
}
if (values.data !== ':memory:') mkdirSync(dirname(resolve(values.data)), { recursive: true });

const relay = await startRelay({
  port,
  host: values.host,
  dataFile: values.data,
  redis,
  staticDir: values.static === 'none' ? null : resolve(values.static),
  ...(values.name ? { name: values.name } : {}),
});

/** The addresses phones on the venue network can reach: this machine's IPv4 addresses, LAN first. */
function venueAddresses(): string[] {
  if (values.host !== '0.0.0.0') return [values.host];
  const found = Object.values(networkInterfaces())
    .flat()
    .flatMap((net) => (net && net.family === 'IPv4' && !net.internal ? [net.address] : []));
  return found.length > 0 ? found : ['127.0.0.1'];
}

const origin = `http://${venueAddresses()[0] ?? '127.0.0.1'}:${relay.port}`;
const join = phoneJoinUrl(origin);
// The readiness line scripts wait for (scripts/bench-room.js): keep its form.
console.log(`attune relay ${relay.hocuspocus.configuration.name ?? ''} listening on port ${relay.port}`);
if (!values.quiet) {
  console.log(
    `\nLaptop (projector and presenter): open http://localhost:${relay.port}/ and start a workshop`,
  );
  for (const address of venueAddresses())
    console.log(`Phones join at:   ${phoneJoinUrl(`http://${address}:${relay.port}`)}`);
  console.log(await QRCode.toString(join, { type: 'terminal', small: true }));
  console.log('Each workshop shows its own QR code and six-letter room code on the projector.');
}

const stop = async (): Promise<void> => {
  await relay.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
