// The xAPI side of a launch, loaded only when an LRS is configured: the outbox (persisted in storage),
// the sender, and a reporter per run. Flushes whatever earlier launches left behind, and again whenever
// the browser comes back online.
import type { Agent } from '@xapi/xapi';
import type { PlaySession } from '../session/index.ts';
import type { Attempt } from './attempt.ts';
import type { XapiConfig } from './lms-config.ts';
import { StatementQueue, storageQueueStore } from './xapi-queue.ts';
import { attachXapiReporter, type Judge, type XapiReporter } from './xapi-reporter.ts';
import { lrsSender } from './xapi-sender.ts';
import { activityIris } from './xapi-statements.ts';

export interface XapiRuntime {
  readonly queue: StatementQueue;
  observe(session: PlaySession, storyId: string, attempt: Attempt): XapiReporter;
}

export function startXapi(o: {
  config: XapiConfig;
  actor: Agent;
  judge: Judge;
  storage: Storage | null;
  win: { addEventListener(type: 'online', listener: () => void): void };
  clock: () => number;
  uuid: () => string;
  fetch?: typeof fetch;
}): XapiRuntime {
  const queue = new StatementQueue({
    store: storageQueueStore(o.storage),
    send: lrsSender(o.config, o.fetch ? { fetch: o.fetch } : {}),
    onDrop: (batch) =>
      console.warn(
        `Attune xAPI: the LRS rejected ${batch.length} statement(s) as invalid and they were dropped; check the LRS log`,
      ),
  });
  o.win.addEventListener('online', () => void queue.flush());
  void queue.flush();
  return {
    queue,
    observe: (session, storyId, attempt) =>
      attachXapiReporter(session, {
        send: (statements) => queue.enqueue(statements),
        actor: o.actor,
        storyId,
        ...activityIris(o.config.activityBase, storyId),
        attempt,
        judge: o.judge,
        clock: o.clock,
        uuid: o.uuid,
      }),
  };
}
