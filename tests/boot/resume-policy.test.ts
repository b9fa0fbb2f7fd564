import { describe, expect, it } from 'vitest';
import { resumeSource, type ResumeFacts } from '../../src/boot/resume-policy.ts';

const fresh: ResumeFacts = {
  screen: 'play',
  lms: 'none',
  lmsHasResume: false,
  requested: false,
  firstMeetingSinceLoad: false,
  savable: true,
  mayHaveSavedRun: true,
};

describe('resume policy', () => {
  it('a reload lands where the trainee was: the first meeting resumes its saved run', () => {
    expect(resumeSource({ ...fresh, firstMeetingSinceLoad: true })).toBe('saved-run');
  });

  it('a later meeting starts fresh unless the trainee pressed Resume', () => {
    expect(resumeSource(fresh)).toBe('none');
    expect(resumeSource({ ...fresh, requested: true })).toBe('requested');
  });

  it('does not wait for storage when the run hint rules a saved run out, nor for a story from a file', () => {
    expect(resumeSource({ ...fresh, firstMeetingSinceLoad: true, mayHaveSavedRun: false })).toBe('none');
    expect(resumeSource({ ...fresh, firstMeetingSinceLoad: true, savable: false })).toBe('none');
  });

  it('watching a failure never resumes', () => {
    expect(resumeSource({ ...fresh, screen: 'watch', requested: true, firstMeetingSinceLoad: true })).toBe(
      'none',
    );
  });

  it('in an LMS attempt only the LMS record counts; an LRS record comes before the device’s', () => {
    const scorm = { ...fresh, lms: 'scorm' as const, requested: true, firstMeetingSinceLoad: true };
    expect(resumeSource(scorm)).toBe('none');
    expect(resumeSource({ ...scorm, lmsHasResume: true })).toBe('lms');
    const lrs = { ...fresh, lms: 'lrs' as const, firstMeetingSinceLoad: true };
    expect(resumeSource({ ...lrs, lmsHasResume: true })).toBe('lms');
    expect(resumeSource(lrs)).toBe('saved-run');
  });
});
