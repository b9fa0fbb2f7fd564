// What scripts/bench-room.js drives, bundled for plain Node by scripts/build-server.js: the room client,
// the relay's HTTP calls, the room document's layout, and Debian's redis-server on a free port.
export { connectRoom, newPhoneSecret } from '../src/room/client.ts';
export { createRoom, socketUrl } from '../src/room/relay-config.ts';
export { ballotKey, ROOM_MAPS } from '../src/room/room-doc.ts';
export { freePort, REDIS_BINARY, startRedis } from '../tests/room/redis-server.ts';
