import { describe, expect, it } from 'vitest';
import { createScreenState } from '../../src/boot/screen-state.ts';

const meeting = { name: 'meeting' as const, route: { screen: 'play' as const, story: 'a' } };

describe('screen state', () => {
  it('starts, and entering a screen disposes the meeting being left', () => {
    const screens = createScreenState();
    expect(screens.screen).toEqual({ name: 'starting' });
    const disposed: string[] = [];
    screens.enter(meeting).own(() => disposed.push('meeting'));
    expect(disposed).toEqual([]);
    screens.enter({ name: 'title' });
    expect(disposed).toEqual(['meeting']);
    expect(screens.screen).toEqual({ name: 'title' });
    screens.enter({ name: 'not-found', reason: 'x' });
    expect(disposed).toEqual(['meeting']);
  });

  it('a meeting that finishes loading after the trainee moved on is disposed at once', () => {
    const screens = createScreenState();
    const slow = screens.enter(meeting);
    screens.enter({ name: 'title' });
    expect(slow.current).toBe(false);
    let disposed = false;
    slow.own(() => (disposed = true));
    expect(disposed).toBe(true);
  });
});
