// Names of a room on the relay. Contract: a room id is 128 random bits (26 base-32 letters), unguessable for
// its lifetime; a facilitator key is 160 random bits that only the laptop's windows hold (in the URL
// fragment); a join code is six letters a phone can type, resolved to the room id by the relay.
const BASE32 = 'abcdefghijkmnpqrstuvwxyz23456789';
const JOIN = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export const ROOM_ID = /^[a-z2-9]{26}$/;
export const FACILITATOR_KEY = /^[a-z2-9]{32}$/;
export const JOIN_CODE = /^[A-HJKMNP-Z2-9]{6}$/;

function randomLetters(alphabet: string, count: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(count));
  // 256 is a multiple of 32 (BASE32); for JOIN (31 letters) the bias is under 1%, harmless for a code
  // that only lets a phone vote.
  return Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join('');
}

/** 26 letters × 5 bits = 130 random bits. */
export const newRoomId = (): string => randomLetters(BASE32, 26);
/** 32 letters × 5 bits = 160 random bits. */
export const newFacilitatorKey = (): string => randomLetters(BASE32, 32);
export const newJoinCode = (): string => randomLetters(JOIN, 6);

/** What a phone typed, as a join code: case and spaces forgiven; null when it cannot be one. */
export function normaliseJoinCode(typed: string): string | null {
  const code = typed.replace(/[\s-]/g, '').toUpperCase();
  return JOIN_CODE.test(code) ? code : null;
}

/** The phones' document of a room (read-only for them); the room id alone names the facilitators'. */
export const phonesDocument = (room: string): string => `${room}.phones`;
