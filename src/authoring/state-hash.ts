// A 106-bit hash of a canonical state key (two independent 53-bit cyrb53 hashes), so the explorer keeps
// short keys in memory instead of whole canonical states. Two distinct states collide with a chance of
// about n²/2^107 for n states: never, at any size the explorer can reach.

function cyrb53(text: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

export function stateKeyHash(key: string): string {
  return `s${cyrb53(key, 0).toString(36)}${cyrb53(key, 0x9e3779b9).toString(36).padStart(11, '0')}`;
}
