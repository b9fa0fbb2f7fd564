// Shared fixtures for the LMS unit tests: real stories, real sessions, and scorm-again (a real SCORM
// run-time) standing in for the LMS in a fake window.
import { Scorm12API, Scorm2004API } from 'scorm-again';
import { storyJson } from '../helpers/compiled-stories.ts';
import { connectLms, type LmsHooks } from '../../src/lms/connect-lms.ts';
import type { SearchableWindow } from '../../src/lms/scorm-api.ts';
import type { LaunchRequest } from '../../src/lms/launch-request.ts';
import { PlaySession, resumeInto } from '../../src/session/index.ts';
import { defaultRubric } from '../../src/sim/default-rubric.ts';

const hotReferral = storyJson('hot-referral');

export const STORY_ID = 'hot-referral';

export function newSession(story: Record<string, unknown> | string = hotReferral): PlaySession {
  let now = Date.UTC(2026, 10, 27, 9, 0, 0);
  return new PlaySession({ story, rubric: defaultRubric, seed: 1, clock: () => (now += 1500) });
}

export type CmiJson = Record<string, unknown>;

export function newScorm12(initial?: CmiJson): Scorm12API {
  const api = new Scorm12API({ logLevel: 5 });
  if (initial) api.loadFromJSON(initial);
  return api;
}

export function newScorm2004(initial?: CmiJson): Scorm2004API {
  const api = new Scorm2004API({ logLevel: 5 });
  if (initial) api.loadFromJSON(initial);
  return api;
}

/** A window whose parent holds the LMS API, as in an LMS player frame. */
export function frameWindow(apis: { API?: unknown; API_1484_11?: unknown }) {
  const listeners = new Map<string, (() => void)[]>();
  const parent: SearchableWindow & typeof apis = { parent: null, ...apis };
  Object.assign(parent, { parent });
  const win = {
    parent,
    top: parent,
    opener: null,
    location: { origin: 'https://lms.example.com' },
    addEventListener: (type: string, fn: () => void) => {
      listeners.set(type, [...(listeners.get(type) ?? []), fn]);
    },
    fire: (type: string) => (listeners.get(type) ?? []).forEach((fn) => fn()),
  };
  return win;
}

export function request(partial: Partial<LaunchRequest> = {}): LaunchRequest {
  return { scorm: 'auto', story: STORY_ID, configUrl: null, params: {}, ...partial };
}

export async function connect(
  win: ReturnType<typeof frameWindow>,
  partial: Partial<LaunchRequest> = {},
): Promise<LmsHooks> {
  let now = Date.UTC(2026, 10, 27, 9, 0, 0);
  return connectLms(request(partial), {
    win,
    storage: null,
    clock: () => (now += 1000),
    loadStory: async () => hotReferral,
  });
}

/** Starts a run the way the app's meeting screen does: resume (once) or start, with the LMS observing. */
export function startRun(lms: LmsHooks, session: PlaySession, storyId = STORY_ID): void {
  const log = lms.takeResume(storyId);
  lms.observeSession(session, storyId, { kind: 'play' });
  if (log) resumeInto(session, log);
  else session.start();
}

/** scorm-again's CMI as plain JSON (what the LMS would store). */
export function cmiOf(api: Scorm12API | Scorm2004API): { cmi: Record<string, unknown> } {
  return JSON.parse(JSON.stringify(api.renderCMIToJSONObject())) as { cmi: Record<string, unknown> };
}

/** scorm-again's interactions as an array. */
export function interactionsOf(api: Scorm12API | Scorm2004API): Record<string, unknown>[] {
  const interactions = (cmiOf(api).cmi.interactions ?? {}) as Record<string, Record<string, unknown>>;
  return Object.keys(interactions)
    .sort((a, b) => Number(a) - Number(b))
    .map((k) => interactions[k] ?? {});
}
