// The LMS adapter's one entry point, loaded lazily when launch-request.ts says there is an LMS or LRS.
// It connects to the SCORM API and/or the LRS before the app starts, and plugs into the app's meeting seam:
//   initialHash      the route to open first (the SCO's scenario, or the one being resumed);
//   takeResume       the run to resume for a story, once: the LMS's compact resume data replayed on a
//                    scratch session into a full session log, which the app replays with its own listeners;
//   observeSession   sees each meeting's session before it starts and reports play-mode runs (watching a
//                    failure path is not the trainee's run and reports nothing).
// Every failure here is reported in `problems` (and the console) and the game plays on unreported.
import type { Agent } from '@xapi/xapi';
import { PlaySession, type LogEntry } from '../session/index.ts';
import type { LaunchRequest } from './launch-request.ts';
import { resolveLmsConfig, type LmsConfig } from './lms-config.ts';
import { findScormApi, type SearchableWindow } from './scorm-api.ts';
import { LmsError, type ScormConnection } from './scorm-connection.ts';
import { Scorm12Connection } from './scorm12-connection.ts';
import { Scorm2004Connection } from './scorm2004-connection.ts';
import { attachScormReporter, type ScormReporter } from './scorm-reporter.ts';
import { decodeRun, restoreRun, type SavedRun } from './suspend-codec.ts';
import { startAttempt, type Attempt } from './attempt.ts';
import type { Cmi5Runtime } from './cmi5-runtime.ts';
import type { XapiRuntime } from './xapi-runtime.ts';
import type { Judge, XapiReporter } from './xapi-reporter.ts';

export interface LmsHooks {
  /** The hash route to open first (`#/play/<story>`), or null to show the title screen. */
  readonly initialHash: string | null;
  /** The run to resume for this story (a full session log), handed out once; undefined to start afresh. */
  takeResume(storyId: string): readonly LogEntry[] | undefined;
  /** Reports the session's run when `mode` is play; call before the session starts or is resumed. */
  observeSession(session: PlaySession, storyId: string, mode: { kind: string }): void;
  /** Commits and terminates the LMS session (also done on pagehide). */
  finish(): void;
  readonly config: LmsConfig;
  readonly scorm: ScormConnection | null;
  readonly xapi: XapiRuntime | null;
  readonly cmi5: Cmi5Runtime | null;
  /** Everything that went wrong, each naming the fix; empty in normal operation. */
  readonly problems: string[];
}

/** The part of the page's window the adapter uses; a real `Window` fits. */
export type LmsWindow = SearchableWindow & {
  addEventListener(type: 'pagehide' | 'beforeunload' | 'online', listener: () => void): void;
  readonly location: { readonly origin: string };
};

export interface ConnectOptions {
  win: LmsWindow;
  storage: Storage | null;
  clock?: () => number;
  uuid?: () => string;
  /** Reads the JSON config file; the default fetches it relative to the page. */
  readConfig?: (url: string) => Promise<unknown>;
  /** Loads a compiled story, to rebuild the run being resumed. */
  loadStory: (storyId: string) => Promise<Record<string, unknown>>;
  fetch?: typeof fetch;
}

async function defaultReadConfig(url: string): Promise<unknown> {
  const response = await fetch(url, { cache: 'no-store', signal: AbortSignal.timeout(5000) });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.json();
}

function anonymousActor(storage: Storage | null, homePage: string, uuid: () => string): Agent {
  const key = 'attune:xapi-learner';
  let id: string | null = null;
  try {
    id = storage?.getItem(key) ?? null;
    if (!id) {
      id = uuid();
      storage?.setItem(key, id);
    }
  } catch {
    id ??= uuid();
  }
  return { objectType: 'Agent', account: { homePage, name: `anonymous-${id}` } };
}

export async function connectLms(request: LaunchRequest, o: ConnectOptions): Promise<LmsHooks> {
  const clock = o.clock ?? (() => Date.now());
  const uuid = o.uuid ?? (() => crypto.randomUUID());
  const problems: string[] = [];
  const warn = (message: string) => {
    problems.push(message);
    console.warn(`Attune LMS: ${message}`);
  };

  let file: unknown = undefined;
  if (request.configUrl) {
    try {
      file = await (o.readConfig ?? defaultReadConfig)(request.configUrl);
    } catch (error) {
      warn(
        `could not read the LMS config ${request.configUrl} (${error instanceof Error ? error.message : String(error)}); using the defaults. Put lms-config.json beside the launch page or drop the lmsconfig parameter`,
      );
    }
  }
  const config = resolveLmsConfig(request, file);
  config.warnings.forEach(warn);

  // ---- SCORM --------------------------------------------------------------------------------------------
  let scorm: ScormConnection | null = null;
  let saved: SavedRun | null = null;
  if (config.scorm) {
    const prefer = config.scorm === 'scorm12' ? '1.2' : config.scorm === 'scorm2004' ? '2004' : 'auto';
    const found = findScormApi(o.win, prefer);
    if (!found) {
      warn(
        `no SCORM ${prefer === 'auto' ? '' : `${prefer} `}API was found in this window, its parents or its opener; launch the course from the LMS (the game plays, but nothing is reported)`,
      );
    } else {
      const connection =
        found.version === '1.2' ? new Scorm12Connection(found.api) : new Scorm2004Connection(found.api);
      try {
        connection.initialize();
        scorm = connection;
        if (connection.isResume()) {
          const data = connection.suspendData();
          saved = decodeRun(data);
          if (!saved && data !== '')
            warn('the resume data the LMS returned is not from this course; starting afresh');
        }
      } catch (error) {
        warn(error instanceof LmsError ? error.message : String(error));
      }
    }
  }
  // ---- cmi5 ---------------------------------------------------------------------------------------------
  let cmi5: Cmi5Runtime | null = null;
  if (request.cmi5) {
    try {
      const { startCmi5 } = await import('./cmi5-runtime.ts');
      cmi5 = await startCmi5({ passingScore: config.passingScore, clock, uuid, win: o.win, warn });
      const data = cmi5.suspendData;
      saved = data ? decodeRun(data) : null;
      if (!saved && data) warn('the resume data the LMS returned is not from this course; starting afresh');
    } catch (error) {
      warn(
        `cmi5 is off: ${error instanceof Error ? error.message : String(error)}; launch the course from the cmi5 LMS (the game plays, but nothing is reported)`,
      );
    }
  }

  const judge: Judge = {
    passingScore: () => cmi5?.passingScore ?? scorm?.masteryScore() ?? config.passingScore,
    passes: (score) =>
      cmi5
        ? cmi5.passes(score)
        : scorm
          ? scorm.passes(score, config.passingScore)
          : score >= config.passingScore,
  };
  const story = config.story ?? saved?.storyId ?? null;
  const initialHash = story ? `#/play/${encodeURIComponent(story)}` : null;

  // ---- xAPI ---------------------------------------------------------------------------------------------
  let xapi: XapiRuntime | null = null;
  // A cmi5 launch sends its statements through the cmi5 client, with the LMS's token: no second sender.
  if (config.xapi && !cmi5 && !request.cmi5) {
    try {
      const { startXapi } = await import('./xapi-runtime.ts');
      const learner = scorm?.learner();
      const actor: Agent =
        config.xapi.actor ??
        (learner && learner.id
          ? {
              objectType: 'Agent',
              ...(learner.name ? { name: learner.name } : {}),
              account: { homePage: config.xapi.homePage, name: learner.id },
            }
          : anonymousActor(o.storage, config.xapi.homePage, uuid));
      xapi = startXapi({
        config: config.xapi,
        actor,
        judge,
        storage: o.storage,
        win: o.win,
        clock,
        uuid,
        ...(o.fetch ? { fetch: o.fetch } : {}),
      });
    } catch (error) {
      warn(`xAPI is off: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  // ---- resume -------------------------------------------------------------------------------------------
  let resume: { storyId: string; log: readonly LogEntry[] } | null = null;
  if (saved) {
    try {
      const scratch = new PlaySession({ story: await o.loadStory(saved.storyId), seed: saved.seed });
      const result = restoreRun(scratch, saved);
      if (result.stoppedAt) warn(result.stoppedAt);
      resume = { storyId: saved.storyId, log: [...scratch.log] };
    } catch (error) {
      warn(
        `the run saved in the LMS could not be rebuilt (${error instanceof Error ? error.message : String(error)}); it starts afresh`,
      );
    }
  }

  // ---- runs ---------------------------------------------------------------------------------------------
  const launchedAt = clock();
  let scormRun: ScormReporter | null = null;
  let xapiRun: XapiReporter | null = null;
  let handedOut: { storyId: string; length: number } | null = null;
  let finished = false;
  // The attempt being resumed (from the resume data), handed to the run that resumes it.
  let resumedAttempt = saved?.attempt ?? null;

  const finish = (): void => {
    if (finished) return;
    cmi5?.terminate();
    if (!scorm) return;
    finished = true;
    scormRun?.save(false);
    scorm.setSessionTime(clock() - launchedAt);
    scorm.commit();
    scorm.terminate();
  };
  o.win.addEventListener('pagehide', finish);
  o.win.addEventListener('beforeunload', finish);
  // A last try at the outbox: keepalive requests outlive the page; what does not go stays for next time.
  o.win.addEventListener('pagehide', () => void xapi?.queue.flush());

  const takeResume = (storyId: string): readonly LogEntry[] | undefined => {
    if (!resume || resume.storyId !== storyId) return undefined;
    const { log } = resume;
    resume = null; // Once: "play again" starts afresh.
    handedOut = { storyId, length: log.length };
    return log;
  };

  const observeSession = (session: PlaySession, storyId: string, mode: { kind: string }): void => {
    scormRun?.detach();
    xapiRun?.detach();
    scormRun = null;
    xapiRun = null;
    const replay = handedOut && handedOut.storyId === storyId ? handedOut.length : 0;
    handedOut = null;
    if (mode.kind !== 'play') return;
    const continued = replay > 0 ? resumedAttempt : null;
    resumedAttempt = null;
    const attempt: Attempt = startAttempt({
      registration: continued?.registration ?? config.xapi?.registration ?? uuid(),
      elapsedBeforeMs: continued?.elapsedMs ?? 0,
      clock,
    });
    const reporters = {
      scorm:
        scorm && !finished
          ? attachScormReporter(session, {
              connection: scorm,
              storyId,
              passingScore: config.passingScore,
              attempt,
              clock,
            })
          : null,
      xapi: cmi5
        ? cmi5.observe(session, storyId, attempt)
        : xapi
          ? xapi.observe(session, storyId, attempt)
          : null,
    };
    scormRun = reporters.scorm;
    xapiRun = reporters.xapi;
    reporters.xapi?.started(replay > 0);
    if (replay === 0) return;
    // The app replays the handed-out log right after this call, synchronously: report none of it again.
    if (reporters.scorm) reporters.scorm.replaying = true;
    if (reporters.xapi) reporters.xapi.replaying = true;
    // The session says when the replay has finished; a session started without one ends the wait at once.
    const watching = [
      session.on('replayed', () => done()),
      session.on('state', () => {
        if (!session.replaying) done();
      }),
    ];
    const done = (): void => {
      watching.forEach((off) => off());
      if (reporters.scorm?.replaying) {
        reporters.scorm.replaying = false;
        reporters.scorm.save(true);
      }
      if (reporters.xapi) reporters.xapi.replaying = false;
    };
  };

  return {
    initialHash,
    takeResume,
    observeSession,
    finish,
    config,
    scorm,
    xapi,
    cmi5,
    get problems() {
      return [...problems, ...(scorm?.problems ?? [])];
    },
  };
}
