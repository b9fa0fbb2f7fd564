import { describe, expect, it } from 'vitest';
import { applySettings, createSettingsStore, defaultSettings, parseSettings } from '../../src/ui/settings.ts';

describe('settings', () => {
  it('defaults: normal text, coach off, reduced motion from the system', () => {
    expect(defaultSettings(false)).toEqual({
      textSize: 'normal',
      highContrast: false,
      reducedMotion: false,
      coach: false,
    });
    expect(defaultSettings(true).reducedMotion).toBe(true);
  });

  it('keeps what is valid and falls back field by field', () => {
    const fallback = defaultSettings(false);
    expect(parseSettings('{"textSize":"x-large","coach":true,"highContrast":"yes"}', fallback)).toEqual({
      ...fallback,
      textSize: 'x-large',
      coach: true,
    });
    expect(parseSettings('not json', fallback)).toEqual(fallback);
    expect(parseSettings('[1,2]', fallback).textSize).toBe('normal');
  });

  it('persists in storage and applies to the root element', () => {
    localStorage.clear();
    const store = createSettingsStore(localStorage, false);
    const seen: boolean[] = [];
    store.subscribe((s) => seen.push(s.highContrast));
    store.set({ highContrast: true, textSize: 'large' });
    expect(seen).toEqual([true]);
    expect(createSettingsStore(localStorage, false).get()).toMatchObject({
      highContrast: true,
      textSize: 'large',
    });
    applySettings(document.documentElement, store.get());
    expect(document.documentElement.dataset).toMatchObject({
      textSize: 'large',
      contrast: 'high',
      motion: 'full',
    });
  });

  it('survives storage that throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('blocked');
      },
    } as unknown as Storage;
    const store = createSettingsStore(broken, true);
    expect(store.get().reducedMotion).toBe(true);
    expect(() => store.set({ coach: true })).not.toThrow();
    expect(store.get().coach).toBe(true);
  });
});
