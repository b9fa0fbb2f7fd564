// The windows of one workshop share a secret key (in the URL fragment, which never leaves the browser):
// every message on the room's channel is signed with HMAC-SHA-256 under it, and a window acts only on
// messages whose signature checks. A same-origin page without the key can neither forge nor alter one.
const encoder = new TextEncoder();

/** A fresh workshop key: 128 random bits as base64url (22 characters). */
export function newWorkshopKey(): string {
  return toBase64Url(crypto.getRandomValues(new Uint8Array(16)));
}

/** A fresh room id: 18 random letters (over 80 bits), unguessable for its lifetime and free of digits. */
export function newRoomId(): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyz';
  const bytes = crypto.getRandomValues(new Uint32Array(18));
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

const KEY_TEXT = /^[A-Za-z0-9_-]{22,86}$/;

export function isWorkshopKey(text: string): boolean {
  return KEY_TEXT.test(text);
}

export interface Signer {
  sign(body: string): Promise<string>;
  verify(body: string, mac: string): Promise<boolean>;
}

/** Signs and checks with the workshop key; throws when `keyText` is not a workshop key. */
export function hmacSigner(keyText: string): Signer {
  if (!isWorkshopKey(keyText)) {
    throw new Error(
      'The workshop key in the address (#key=…) is not valid: open the workshop again from its card',
    );
  }
  const key = crypto.subtle.importKey(
    'raw',
    fromBase64Url(keyText),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign', 'verify'],
  );
  return {
    async sign(body) {
      const mac = await crypto.subtle.sign('HMAC', await key, encoder.encode(body));
      return toBase64Url(new Uint8Array(mac));
    },
    async verify(body, mac) {
      if (!/^[A-Za-z0-9_-]{43}$/.test(mac)) return false;
      return crypto.subtle.verify('HMAC', await key, fromBase64Url(mac), encoder.encode(body));
    },
  };
}

function toBase64Url(bytes: Uint8Array): string {
  let text = '';
  for (const b of bytes) text += String.fromCharCode(b);
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
