// Turns one run's session events into xAPI statements for a sink (the outbox, or the cmi5 sender).
// Statement building is synchronous and cheap; sending happens in the sink's own time.
import type { Agent, Context, Statement } from '@xapi/xapi';
import type { PlaySession } from '../session/index.ts';
import type { Attempt } from './attempt.ts';
import { interactionFor } from './decision-result.ts';
import {
  answeredStatement,
  endStatements,
  sceneStatement,
  startStatement,
  type RunContext,
  type RunScore,
  type Stamp,
} from './xapi-statements.ts';

/** How a run's result is judged: the passing score (0–100) and the LMS's own pass/fail rule. */
export interface Judge {
  passingScore(): number;
  passes(score: number): boolean;
}

export interface XapiReporterOptions {
  /** Receives each statement batch in order. */
  send: (statements: Statement[]) => void;
  actor: Agent;
  storyId: string;
  /** The scenario's and the course's activity IRIs. */
  scenario: string;
  course: string;
  /** Context every statement carries (a cmi5 launch's context template). */
  template?: Context;
  /** The attempt this run belongs to: its registration and the time spent on it so far. */
  attempt: Attempt;
  judge: Judge;
  clock: () => number;
  uuid: () => string;
  /** Sends the run's end (completed, passed/failed); the default sends endStatements(). */
  onEnded?: (score: RunScore | null, run: RunContext) => void;
  /** False: no launched/resumed statement (cmi5 sends its own `initialized`). */
  startStatements?: boolean;
}

export interface XapiReporter {
  /** While true (during a resume), replayed events send nothing. */
  replaying: boolean;
  /** Sends launched (or resumed): call just before the run starts or is restored. */
  started(resumed: boolean): void;
  detach(): void;
}

export function attachXapiReporter(session: PlaySession, o: XapiReporterOptions): XapiReporter {
  const run: RunContext = {
    actor: o.actor,
    registration: o.attempt.registration,
    storyTitle: session.card.title || o.storyId,
    scenario: o.scenario,
    course: o.course,
    ...(o.template ? { template: o.template } : {}),
  };
  const stamp = (): Stamp => ({ id: o.uuid(), timestamp: new Date(o.clock()).toISOString() });
  let offeredAt = o.clock();
  let scene: string | null = null;

  const reporter: XapiReporter = {
    replaying: false,
    started: (resumed) => {
      if (o.startStatements !== false) o.send([startStatement(run, resumed, stamp())]);
    },
    detach: () => offs.forEach((off) => off()),
  };

  const offs = [
    session.on('line', ({ line }) => {
      if (line.scene === undefined || line.scene === scene) return;
      scene = line.scene;
      if (!reporter.replaying) o.send([sceneStatement(run, line.scene, stamp())]);
    }),
    session.on('choices', () => {
      offeredAt = o.clock();
    }),
    session.on('chose', ({ decision }) => {
      if (reporter.replaying) return;
      const record = interactionFor({ storyId: o.storyId, decision, offeredAt, at: o.clock() });
      o.send([answeredStatement(run, record, stamp())]);
    }),
    session.on('ended', ({ report }) => {
      if (reporter.replaying) return;
      const score: RunScore | null = report.scored
        ? {
            overall: report.overall,
            alignment: report.alignment,
            attunement: report.attunement,
            courage: report.courage,
            outcome: report.outcome,
          }
        : null;
      if (o.onEnded) {
        o.onEnded(score, run);
        return;
      }
      o.send(
        endStatements(
          run,
          {
            score,
            passed: score !== null && o.judge.passes(score.overall),
            passingScore: o.judge.passingScore(),
            durationMs: o.attempt.elapsedMs(),
          },
          [stamp(), stamp()],
        ),
      );
    }),
  ];
  return reporter;
}
