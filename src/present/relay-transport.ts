// The workshop's wire over the room relay, beside broadcastTransport: the same PresentMessages, carried
// between the facilitator windows of one room (projector, presenter, the projector's own notes drawer).
// Contract as in protocol.ts: a message reaches every other end of the room and never its sender; ends that
// share one room connection (one window) hear each other locally, like two BroadcastChannel objects do.
import type { RoomClient } from '../room/client.ts';
import { isPresentMessage, type PresentMessage, type Transport } from './protocol.ts';

const localEnds = new WeakMap<RoomClient, Set<Set<(message: PresentMessage) => void>>>();

export function relayTransport(client: RoomClient): Transport {
  const mine = new Set<(message: PresentMessage) => void>();
  const ends = localEnds.get(client) ?? new Set();
  localEnds.set(client, ends);
  ends.add(mine);
  const stop = client.onFacilitatorMessage((message) => {
    if (!isPresentMessage(message)) return;
    for (const handler of mine) handler(message);
  });
  return {
    send(message) {
      client.sendToFacilitators(message);
      const copy = structuredClone(message);
      queueMicrotask(() => {
        for (const other of ends) if (other !== mine) for (const handler of other) handler(copy);
      });
    },
    listen(handler) {
      mine.add(handler);
      return () => mine.delete(handler);
    },
    close() {
      mine.clear();
      ends.delete(mine);
      stop();
    },
  };
}
