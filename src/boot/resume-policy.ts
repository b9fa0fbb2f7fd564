// Which record a meeting resumes from, decided from plain facts so it is tested without a browser.
//   - Watching a failure never resumes: it replays a canonical path.
//   - Inside an LMS attempt (SCORM), the LMS's resume data is the only record of the attempt.
//   - With an LRS, a run the LRS kept comes first.
//   - A run the trainee asked to resume on the title screen.
//   - The first meeting after the page loaded resumes that story's saved run, so a reload lands exactly
//     where the trainee was; a story opened from the trainee's own file is never saved, so never resumed.
//   - Otherwise the meeting starts fresh.

export type ResumeSource = 'lms' | 'requested' | 'saved-run' | 'none';

export interface ResumeFacts {
  screen: 'play' | 'watch';
  /** 'scorm': an LMS attempt; 'lrs': statements go to an LRS; 'none': no LMS at all. */
  lms: 'scorm' | 'lrs' | 'none';
  /** The LMS or LRS holds resume data for this story. */
  lmsHasResume: boolean;
  /** The trainee pressed Resume for this story on the title screen. */
  requested: boolean;
  /** No meeting has opened since the page loaded. */
  firstMeetingSinceLoad: boolean;
  /** The story can be saved (a built-in story, not one opened from a file). */
  savable: boolean;
  /** The quick run hint does not rule out a saved run for this story. */
  mayHaveSavedRun: boolean;
}

export function resumeSource(f: ResumeFacts): ResumeSource {
  if (f.screen === 'watch') return 'none';
  if (f.lms === 'scorm') return f.lmsHasResume ? 'lms' : 'none';
  if (f.lms === 'lrs' && f.lmsHasResume) return 'lms';
  if (f.requested) return 'requested';
  if (f.firstMeetingSinceLoad && f.savable && f.mayHaveSavedRun) return 'saved-run';
  return 'none';
}
