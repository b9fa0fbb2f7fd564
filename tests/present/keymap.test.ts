import { describe, expect, it } from 'vitest';
import { actionForKey, KEYMAP } from '../../src/present/keymap.ts';

describe('facilitator key map', () => {
  it('maps presentation-software keys: B and . black out, → and PageDown go on, ← and PageUp rewind', () => {
    expect(actionForKey({ key: 'b' })).toEqual({ type: 'blackout' });
    expect(actionForKey({ key: 'B' })).toEqual({ type: 'blackout' });
    expect(actionForKey({ key: '.' })).toEqual({ type: 'blackout' });
    expect(actionForKey({ key: 'ArrowRight' })).toEqual({ type: 'next' });
    expect(actionForKey({ key: 'PageDown' })).toEqual({ type: 'next' });
    expect(actionForKey({ key: ' ' })).toEqual({ type: 'next' });
    expect(actionForKey({ key: 'ArrowLeft' })).toEqual({ type: 'back' });
    expect(actionForKey({ key: 'PageUp' })).toEqual({ type: 'back' });
    expect(actionForKey({ key: 'Backspace' })).toEqual({ type: 'back' });
  });

  it('selects options with digits and enters votes with + and −', () => {
    expect(actionForKey({ key: '1' })).toEqual({ type: 'select', index: 0 });
    expect(actionForKey({ key: '3' })).toEqual({ type: 'select', index: 2 });
    expect(actionForKey({ key: '+' })).toEqual({ type: 'vote', delta: 1 });
    expect(actionForKey({ key: '=' })).toEqual({ type: 'vote', delta: 1 });
    expect(actionForKey({ key: '-' })).toEqual({ type: 'vote', delta: -1 });
    expect(actionForKey({ key: '0' })).toEqual({ type: 'clear-votes' });
  });

  it('has reveal, failing choice, choose, debrief, notes and help', () => {
    expect(actionForKey({ key: 'r' })).toEqual({ type: 'reveal' });
    expect(actionForKey({ key: 'f' })).toEqual({ type: 'show-failing' });
    expect(actionForKey({ key: 'Enter' })).toEqual({ type: 'choose' });
    expect(actionForKey({ key: 'd' })).toEqual({ type: 'debrief' });
    expect(actionForKey({ key: 'n' })).toEqual({ type: 'notes' });
    expect(actionForKey({ key: '?' })).toEqual({ type: 'help' });
  });

  it('leaves browser shortcuts and unknown keys alone', () => {
    expect(actionForKey({ key: 'r', ctrlKey: true })).toBeNull();
    expect(actionForKey({ key: 'b', metaKey: true })).toBeNull();
    expect(actionForKey({ key: 'x' })).toBeNull();
  });

  it('lists every key the handler knows in the help, and each key once', () => {
    const listed = KEYMAP.flatMap((b) => b.keys);
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed).toEqual(expect.arrayContaining(['B', 'R', 'F', 'Enter', 'D', 'N', '?', '→', '←']));
  });
});
