// Reports one run to the SCORM LMS: one interaction per decision, resume data after every line and choice,
// and at the end the score, completion and pass/fail. The best run counts: a later, lower run never
// overwrites a higher score or a pass the LMS already holds.
import type { PlaySession } from '../session/index.ts';
import { interactionFor } from './decision-result.ts';
import type { Attempt } from './attempt.ts';
import type { ScormConnection } from './scorm-connection.ts';
import { encodeRun } from './suspend-codec.ts';

export interface ScormReporterOptions {
  connection: ScormConnection;
  storyId: string;
  /** 0–100; a run passes at or above it when the LMS holds no passing score of its own. */
  passingScore: number;
  /** The attempt this run belongs to; its registration and time go into the resume data. */
  attempt?: Attempt;
  clock: () => number;
}

export interface ScormReporter {
  /** While true (during a resume), replayed decisions are not recorded again. */
  replaying: boolean;
  /** Writes the resume data and commits. */
  save(commit: boolean): void;
  /** Stops listening to the session. */
  detach(): void;
  readonly ended: boolean;
}

export function attachScormReporter(session: PlaySession, o: ScormReporterOptions): ScormReporter {
  const { connection } = o;
  let offeredAt = o.clock();
  let ended = session.state === 'ended';
  const reporter: ScormReporter = {
    replaying: false,
    save,
    detach: () => offs.forEach((off) => off()),
    get ended() {
      return ended;
    },
  };

  function save(commit: boolean): void {
    const attempt = o.attempt
      ? { registration: o.attempt.registration, elapsedMs: o.attempt.elapsedMs() }
      : undefined;
    const data = encodeRun(
      { storyId: o.storyId, seed: session.seed, log: session.log, ...(attempt ? { attempt } : {}) },
      connection.suspendLimit,
    );
    if (data === null) {
      connection.problems.push(
        `this run is too long to save in ${connection.suspendLimit} characters of suspend_data; it will start afresh if relaunched`,
      );
    }
    connection.setSuspendData(data ?? '');
    connection.setExit(ended ? 'normal' : 'suspend');
    if (commit) connection.commit();
  }

  const offs = [
    session.on('choices', () => {
      offeredAt = o.clock();
    }),
    session.on('line', () => {
      if (!reporter.replaying) save(false);
    }),
    session.on('chose', ({ decision }) => {
      if (reporter.replaying) return;
      connection.recordInteraction(
        interactionFor({ storyId: o.storyId, decision, offeredAt, at: o.clock() }),
      );
      connection.setLocation(`${o.storyId}#decision-${decision.number}`);
      save(true);
    }),
    session.on('rewound', () => {
      ended = false;
      if (!reporter.replaying) save(true);
    }),
    session.on('ended', ({ report }) => {
      ended = true;
      if (reporter.replaying) return;
      const score = report.scored ? report.overall : null;
      const prior = connection.prior();
      if (score === null || prior.score === null || score >= prior.score) {
        connection.setResult({
          score,
          passed: score === null ? null : connection.passes(score, o.passingScore),
        });
      }
      save(true);
    }),
  ];
  connection.markIncomplete();
  return reporter;
}
