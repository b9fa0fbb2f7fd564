// Key conventions shared by the trainee's meeting and the facilitator's views.

export interface KeyLike {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  target?: EventTarget | null;
}

/** Keys with Ctrl, Cmd or Alt belong to the browser. */
export function hasCommandModifier(event: KeyLike): boolean {
  return Boolean(event.ctrlKey || event.metaKey || event.altKey);
}

/** The 0-based option a digit key 1–9 picks, or null for any other key. */
export function digitIndex(key: string): number | null {
  return /^[1-9]$/.test(key) ? Number(key) - 1 : null;
}

const PRESSABLE = new Set(['BUTTON', 'A', 'INPUT', 'TEXTAREA', 'SELECT']);

/**
 * Enter and Space on a focused button, link or field belong to it (keyboard users activate what they
 * focused); only elsewhere do they mean "go on" to a meeting or a workshop.
 */
export function keyBelongsToFocus(event: KeyLike): boolean {
  if (event.key !== 'Enter' && event.key !== ' ') return false;
  const target = event.target as { tagName?: unknown; isContentEditable?: unknown } | null | undefined;
  if (!target || typeof target.tagName !== 'string') return false;
  return PRESSABLE.has(target.tagName) || target.isContentEditable === true;
}

/** Enter or Space, the keys that continue. */
export function isContinueKey(key: string): boolean {
  return key === 'Enter' || key === ' ';
}
