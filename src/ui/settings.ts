// Player settings: text size, high contrast, reduced motion, coach. Persisted in localStorage and applied
// to <html> as data attributes, so CSS and the stage both read the same source.
export type TextSize = 'normal' | 'large' | 'x-large';

export interface Settings {
  textSize: TextSize;
  highContrast: boolean;
  reducedMotion: boolean;
  coach: boolean;
}

export const TEXT_SIZES: readonly TextSize[] = ['normal', 'large', 'x-large'];
const KEY = 'attune.settings.v1';

export function defaultSettings(prefersReducedMotion = false): Settings {
  return { textSize: 'normal', highContrast: false, reducedMotion: prefersReducedMotion, coach: false };
}

/** Reads settings; anything missing or malformed falls back to the default for that field. */
export function parseSettings(raw: string | null, fallback: Settings): Settings {
  if (!raw) return { ...fallback };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ...fallback };
  }
  if (typeof data !== 'object' || data === null) return { ...fallback };
  const rec = data as Record<string, unknown>;
  const bool = (key: keyof Settings, dflt: boolean): boolean =>
    typeof rec[key] === 'boolean' ? (rec[key] as boolean) : dflt;
  const size = TEXT_SIZES.find((s) => s === rec.textSize) ?? fallback.textSize;
  return {
    textSize: size,
    highContrast: bool('highContrast', fallback.highContrast),
    reducedMotion: bool('reducedMotion', fallback.reducedMotion),
    coach: bool('coach', fallback.coach),
  };
}

export interface SettingsStore {
  get(): Settings;
  set(patch: Partial<Settings>): Settings;
  subscribe(listener: (s: Settings) => void): () => void;
}

export function createSettingsStore(storage: Storage | null, prefersReducedMotion: boolean): SettingsStore {
  let current = parseSettings(safeRead(storage, KEY), defaultSettings(prefersReducedMotion));
  const listeners = new Set<(s: Settings) => void>();
  return {
    get: () => current,
    set(patch) {
      current = { ...current, ...patch };
      try {
        storage?.setItem(KEY, JSON.stringify(current));
      } catch {
        // Storage full or blocked: settings still apply for this visit.
      }
      for (const fn of listeners) fn(current);
      return current;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function applySettings(root: HTMLElement, s: Settings): void {
  root.dataset.textSize = s.textSize;
  root.dataset.contrast = s.highContrast ? 'high' : 'normal';
  root.dataset.motion = s.reducedMotion ? 'reduced' : 'full';
}

export function safeRead(storage: Storage | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}
