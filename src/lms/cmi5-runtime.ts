// The cmi5 side of an AU launch, loaded only on a cmi5 launch page. The LMS launches the AU with
// ?endpoint=&fetch=&actor=&registration=&activityId=; @xapi/cmi5 fetches the auth token, reads the LMS's
// launch data and the learner's preferences, and sends `initialized`. Each decision is an `answered`
// statement carrying the launch's context template; a run's end sends `passed` or `failed` (against the
// LMS's masteryScore, decided as the LMS decides it) and `completed`, each at most once per registration as
// the cmi5 rules require; leaving the page sends `terminated`, last. Nothing is sent in Browse or Review mode
// beyond initialized, answers and terminated. The run's resume data and what was already sent for this
// registration live in the AU's own State API document, so a relaunch resumes the run.
import Cmi5 from '@xapi/cmi5';
import type { Agent, Context, Statement } from '@xapi/xapi';
import type { PlaySession } from '../session/index.ts';
import type { Attempt } from './attempt.ts';
import { percentOf, scaledText } from './scorm-connection.ts';
import { isoDuration } from './scorm-time.ts';
import { encodeRun } from './suspend-codec.ts';
import { attachXapiReporter, type XapiReporter } from './xapi-reporter.ts';
import type { RunScore } from './xapi-statements.ts';

export const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const TERMINATED = 'http://adlnet.gov/expapi/verbs/terminated';
/** The AU's own State API document (cmi5 leaves stateIds other than LMS.LaunchData to the AU). */
export const PROGRESS_STATE = 'urn:attune:cmi5:progress';

/** The statement type of @xapi/cmi5's own (older) xAPI client: the same JSON, typed apart. */
type Cmi5Statement = Parameters<Cmi5['sendXapiStatement']>[0];

interface Progress {
  completed: boolean;
  passed: boolean;
  /** suspend-codec text of the unfinished run, or '' */
  suspend: string;
}

export interface Cmi5Runtime {
  /** The LMS's masteryScore (0–100), or the package's passing score when the LMS gives none. */
  readonly passingScore: number;
  readonly launchMode: 'Normal' | 'Browse' | 'Review';
  /** The unfinished run saved in an earlier session of this registration, or ''. */
  readonly suspendData: string;
  passes(score: number): boolean;
  observe(session: PlaySession, storyId: string, attempt: Attempt): XapiReporter;
  /** Sends `terminated` (once); nothing is sent after it. */
  terminate(): void;
}

interface Launch {
  endpoint: string;
  actor: Agent;
  registration: string;
  activityId: string;
}

function stateUrl(launch: Launch): string {
  const query = new URLSearchParams({
    activityId: launch.activityId,
    agent: JSON.stringify(launch.actor),
    registration: launch.registration,
    stateId: PROGRESS_STATE,
  });
  return `${launch.endpoint.replace(/\/?$/, '/')}activities/state?${query.toString()}`;
}

export async function startCmi5(o: {
  passingScore: number;
  clock: () => number;
  uuid: () => string;
  win: { addEventListener(type: 'pagehide', listener: () => void): void };
  warn: (message: string) => void;
  fetch?: typeof fetch;
}): Promise<Cmi5Runtime> {
  if (!Cmi5.isCmiAvailable) {
    throw new Error(
      'this page was opened without the cmi5 launch parameters (endpoint, fetch, actor, registration, activityId)',
    );
  }
  const fetchImpl = o.fetch ?? globalThis.fetch.bind(globalThis);
  const cmi5 = new Cmi5();
  await cmi5.initialize();
  const params = cmi5.getLaunchParameters();
  const launch: Launch = {
    endpoint: params.endpoint,
    actor: params.actor as Agent,
    registration: params.registration,
    activityId: params.activityId,
  };
  const data = cmi5.getLaunchData();
  const initializedAt = o.clock();
  const headers = {
    Authorization: `Basic ${cmi5.getAuthToken()}`,
    'X-Experience-API-Version': '1.0.3',
    'Content-Type': 'application/json',
  };
  const mastery = typeof data.masteryScore === 'number' ? data.masteryScore : null;
  const passingScore = mastery === null ? o.passingScore : percentOf(mastery);
  const threshold = mastery ?? o.passingScore / 100;

  let progress: Progress = { completed: false, passed: false, suspend: '' };
  try {
    const response = await fetchImpl(stateUrl(launch), { headers });
    if (response.ok) progress = { ...progress, ...((await response.json()) as Partial<Progress>) };
  } catch {
    // No saved progress: a first launch.
  }
  const saveProgress = (next: Partial<Progress>, keepalive = false) => {
    progress = { ...progress, ...next };
    void fetchImpl(stateUrl(launch), {
      method: 'PUT',
      headers,
      body: JSON.stringify(progress),
      keepalive,
    }).catch(() => o.warn('could not save the run in the LMS; a relaunch will start afresh'));
  };

  // Statements go out one after another, in the order they were made.
  let chain: Promise<unknown> = Promise.resolve();
  let terminated = false;
  const send = (make: () => Promise<unknown>) => {
    if (terminated) return;
    chain = chain.then(make).catch((error: unknown) => {
      o.warn(`the LRS refused a statement: ${error instanceof Error ? error.message : String(error)}`);
    });
  };
  const template: Context = data.contextTemplate ?? {};
  const normal = data.launchMode === 'Normal';

  const onEnded = (score: RunScore | null) => {
    if (!normal) return;
    if (score !== null) {
      const scaled = Number(scaledText(score.overall));
      const result = { scaled, raw: Math.round(score.overall), min: 0, max: 100 };
      if (scaled >= threshold) {
        if (!progress.passed) send(() => cmi5.pass(result));
        progress.passed = true;
      } else if (!progress.passed) {
        send(() => cmi5.fail(result));
      }
    }
    if (!progress.completed) send(() => cmi5.complete());
    saveProgress({ completed: true, suspend: '' });
  };

  const terminate = () => {
    if (terminated) return;
    const statement: Statement = {
      id: o.uuid(),
      actor: launch.actor,
      timestamp: new Date(o.clock()).toISOString(),
      verb: { id: TERMINATED, display: { 'en-US': 'terminated' } },
      object: { objectType: 'Activity', id: launch.activityId },
      result: { duration: isoDuration(o.clock() - initializedAt) },
      context: {
        ...template,
        registration: launch.registration,
        contextActivities: {
          ...(template.contextActivities ?? {}),
          category: [...(template.contextActivities?.category ?? []), { id: CMI5_CATEGORY }],
        },
      },
    };
    const post = () =>
      fetchImpl(`${launch.endpoint.replace(/\/?$/, '/')}statements`, {
        method: 'POST',
        headers,
        body: JSON.stringify(statement),
        keepalive: true,
      });
    send(post);
    terminated = true;
  };
  o.win.addEventListener('pagehide', terminate);

  return {
    passingScore,
    launchMode: data.launchMode,
    suspendData: progress.suspend,
    passes: (score) => Number(scaledText(score)) >= threshold,
    terminate,
    observe: (session, storyId, attempt) => {
      const reporter = attachXapiReporter(session, {
        send: (statements) =>
          statements.forEach((s) =>
            send(() => cmi5.sendXapiStatement(JSON.parse(JSON.stringify(s)) as Cmi5Statement)),
          ),
        actor: launch.actor,
        storyId,
        scenario: launch.activityId,
        course: launch.activityId.replace(/\/[^/]*$/, '') || launch.activityId,
        template,
        attempt: { registration: launch.registration, elapsedMs: attempt.elapsedMs },
        judge: {
          passingScore: () => passingScore,
          passes: (score) => Number(scaledText(score)) >= threshold,
        },
        clock: o.clock,
        uuid: o.uuid,
        onEnded,
        startStatements: false,
      });
      const save = () => {
        if (reporter.replaying || session.state === 'ended') return;
        const suspend = encodeRun({ storyId, seed: session.seed, log: session.log }, 64_000) ?? '';
        saveProgress({ suspend });
      };
      const offs = [session.on('chose', save), session.on('rewound', save)];
      const detach = reporter.detach;
      reporter.detach = () => [detach, ...offs].forEach((off) => off());
      return reporter;
    },
  };
}
