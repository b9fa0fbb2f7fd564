// JSON parsing for untrusted text: size and nesting are checked before JSON.parse sees the text, so a
// huge or deeply nested file is refused with a message instead of freezing or crashing the page.
import { LIMITS } from './limits.ts';

export type ParseResult = { ok: true; value: unknown } | { ok: false; reason: string };

function depthOf(text: string, limit: number): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      depth++;
      if (depth > max) max = depth;
      if (max > limit) return max;
    } else if (c === 125 || c === 93) depth--;
  }
  return max;
}

export function parseJsonSafely(text: string, limits = LIMITS): ParseResult {
  if (text.length > limits.maxBytes) {
    return { ok: false, reason: `it is larger than ${Math.round(limits.maxBytes / 1024 / 1024)} MB` };
  }
  if (depthOf(text, limits.maxDepth) > limits.maxDepth) {
    return { ok: false, reason: `it is nested more than ${limits.maxDepth} levels deep` };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, reason: `it is not valid JSON (${(error as Error).message})` };
  }
}
