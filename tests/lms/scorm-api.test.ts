// Finding the LMS the standard way: own window, parents, then the opener.
import { describe, expect, it } from 'vitest';
import { findScormApi, type SearchableWindow } from '../../src/lms/scorm-api.ts';
import { cmiTimespan12, isoDuration, isoTimestamp } from '../../src/lms/scorm-time.ts';
import { newScorm12, newScorm2004 } from './lms-fixtures.ts';

function chain(...levels: Record<string, unknown>[]): SearchableWindow[] {
  const wins: SearchableWindow[] = levels.map((extra) => ({ parent: null, ...extra }));
  wins.forEach((win, i) => Object.assign(win, { parent: wins[i + 1] ?? win }));
  return wins;
}

describe('finding the LMS API', () => {
  it('climbs parent frames to the SCORM 1.2 API', () => {
    const api = newScorm12();
    const [sco] = chain({}, {}, { API: api });
    expect(findScormApi(sco ?? { parent: null })).toEqual({ version: '1.2', api });
  });

  it('prefers SCORM 2004 in auto mode, and honours an explicit version', () => {
    const api12 = newScorm12();
    const api2004 = newScorm2004();
    const [sco] = chain({}, { API: api12, API_1484_11: api2004 });
    const win = sco ?? { parent: null };
    expect(findScormApi(win)?.version).toBe('2004');
    expect(findScormApi(win, '1.2')?.version).toBe('1.2');
  });

  it('looks in the opener (an LMS that opens the course in a new window)', () => {
    const api = newScorm2004();
    const [lms] = chain({ API_1484_11: api });
    const [popup] = chain({ opener: lms });
    expect(findScormApi(popup ?? { parent: null })?.api).toBe(api);
  });

  it('skips frames of another origin instead of throwing', () => {
    const api = newScorm12();
    const [top] = chain({ API: api });
    const foreign = { parent: top ?? null };
    Object.defineProperty(foreign, 'API', {
      get() {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    });
    const sco = { parent: foreign };
    expect(findScormApi(sco)?.api).toBe(api);
  });

  it('returns null when there is no LMS', () => {
    const [alone] = chain({});
    expect(findScormApi(alone ?? { parent: null })).toBeNull();
  });
});

describe('SCORM time formats', () => {
  it('writes 1.2 timespans and 2004 durations and timestamps', () => {
    expect(cmiTimespan12(0)).toBe('00:00:00.00');
    expect(cmiTimespan12(3_723_450)).toBe('01:02:03.45');
    expect(isoDuration(0)).toBe('PT0S');
    expect(isoDuration(3_723_450)).toBe('PT1H2M3.45S');
    expect(isoTimestamp(new Date(Date.UTC(2026, 10, 27, 4, 5, 6, 789)))).toBe('2026-11-27T04:05:06.78Z');
  });
});
