// Turns one run's session events into xAPI statements in the outbox. Statement building is synchronous and
// cheap; sending happens in the outbox's own time.
import type { Agent } from '@xapi/xapi';
import type { PlaySession } from '../session/index.ts';
import { interactionFor } from './decision-result.ts';
import type { StatementQueue } from './xapi-queue.ts';
import {
  answeredStatement,
  endStatements,
  sceneStatement,
  startStatement,
  type RunContext,
  type Stamp,
} from './xapi-statements.ts';

export interface XapiReporterOptions {
  queue: StatementQueue;
  actor: Agent;
  storyId: string;
  activityBase: string;
  /** The launcher's registration, or null for a fresh one per run. */
  registration: string | null;
  passingScore: number;
  clock: () => number;
  uuid: () => string;
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
    registration: o.registration ?? o.uuid(),
    storyId: o.storyId,
    storyTitle: session.card.title || o.storyId,
    activityBase: o.activityBase,
  };
  const stamp = (): Stamp => ({ id: o.uuid(), timestamp: new Date(o.clock()).toISOString() });
  const startedAt = o.clock();
  let offeredAt = startedAt;
  let scene: string | null = null;

  const reporter: XapiReporter = {
    replaying: false,
    started: (resumed) => o.queue.enqueue(startStatement(run, resumed, stamp())),
    detach: () => offs.forEach((off) => off()),
  };

  const offs = [
    session.on('line', ({ line }) => {
      if (line.scene === undefined || line.scene === scene) return;
      scene = line.scene;
      if (!reporter.replaying) o.queue.enqueue(sceneStatement(run, line.scene, stamp()));
    }),
    session.on('choices', () => {
      offeredAt = o.clock();
    }),
    session.on('chose', ({ decision }) => {
      if (reporter.replaying) return;
      const record = interactionFor({ storyId: o.storyId, decision, offeredAt, at: o.clock() });
      o.queue.enqueue(answeredStatement(run, record, stamp()));
    }),
    session.on('ended', ({ report }) => {
      if (reporter.replaying) return;
      const score = report.scored
        ? {
            overall: report.overall,
            alignment: report.alignment,
            attunement: report.attunement,
            courage: report.courage,
            outcome: report.outcome,
          }
        : null;
      o.queue.enqueue(
        endStatements(run, { score, passingScore: o.passingScore, durationMs: o.clock() - startedAt }, [
          stamp(),
          stamp(),
        ]),
      );
    }),
  ];
  return reporter;
}
