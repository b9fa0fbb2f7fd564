// The two SCORM run-time APIs as the LMS exposes them, and the standard search for them: the SCO's own
// window, then each parent up to the top, then the opener and its parents (ADL's discovery algorithm).
// Windows of another origin are skipped: reading them throws, and an LMS never lives there.

/** SCORM 1.2 run-time API (`window.API`). Every call returns the string "true" or "false". */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string;
  LMSGetErrorString(code: string): string;
  LMSGetDiagnostic(code: string): string;
}

/** SCORM 2004 run-time API (`window.API_1484_11`). */
export interface Scorm2004Api {
  Initialize(arg: ''): string;
  Terminate(arg: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(arg: ''): string;
  GetLastError(): string;
  GetErrorString(code: string): string;
  GetDiagnostic(code: string): string;
}

export type ScormVersion = '1.2' | '2004';

export type FoundApi = { version: '1.2'; api: Scorm12Api } | { version: '2004'; api: Scorm2004Api };

/** Which API to look for; `auto` prefers SCORM 2004 when a window offers both. */
export type ScormPreference = ScormVersion | 'auto';

/** The part of a window the search reads; a real `Window` fits. */
export interface SearchableWindow {
  readonly parent: SearchableWindow | null;
  readonly opener?: SearchableWindow | null;
  readonly top?: SearchableWindow | null;
}

/** ADL's limit on how many parents to climb before giving up. */
const MAX_PARENTS = 500;

function isScorm12(value: unknown): value is Scorm12Api {
  return (
    typeof value === 'object' && value !== null && typeof Reflect.get(value, 'LMSInitialize') === 'function'
  );
}

function isScorm2004(value: unknown): value is Scorm2004Api {
  return (
    typeof value === 'object' && value !== null && typeof Reflect.get(value, 'Initialize') === 'function'
  );
}

/** Reads `name` from a window, or undefined when the window belongs to another origin. */
function read(win: SearchableWindow, name: string): unknown {
  try {
    return Reflect.get(win, name);
  } catch {
    return undefined;
  }
}

function apiIn(win: SearchableWindow, prefer: ScormPreference): FoundApi | null {
  if (prefer !== '1.2') {
    const api = read(win, 'API_1484_11');
    if (isScorm2004(api)) return { version: '2004', api };
  }
  if (prefer !== '2004') {
    const api = read(win, 'API');
    if (isScorm12(api)) return { version: '1.2', api };
  }
  return null;
}

function climb(start: SearchableWindow, prefer: ScormPreference): FoundApi | null {
  let win: SearchableWindow | null = start;
  for (let level = 0; win && level <= MAX_PARENTS; level++) {
    const found = apiIn(win, prefer);
    if (found) return found;
    const parent = read(win, 'parent') as SearchableWindow | null | undefined;
    if (!parent || parent === win) return null;
    win = parent;
  }
  return null;
}

/**
 * Finds the LMS API for a SCO running in `win`: `win` and its parents first, then `win.top.opener` (or
 * `win.opener`) and its parents. Returns null when there is no LMS (the game then plays as usual).
 */
export function findScormApi(win: SearchableWindow, prefer: ScormPreference = 'auto'): FoundApi | null {
  const found = climb(win, prefer);
  if (found) return found;
  const top = (read(win, 'top') as SearchableWindow | null | undefined) ?? win;
  const opener =
    (read(top, 'opener') as SearchableWindow | null | undefined) ??
    (read(win, 'opener') as SearchableWindow | null | undefined);
  return opener ? climb(opener, prefer) : null;
}
