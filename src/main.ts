// Entry point: settings and the title screen are plain DOM and appear at once; Phaser, the story runtime
// and each story load lazily, in parallel, while the trainee reads the cards.
import './ui/early-load.ts';
import '@fontsource-variable/inter/index.css';
import './ui/styles/base.css';
import './ui/styles/title.css';
import cards from 'virtual:story-cards';
import type { LmsHooks } from './lms/connect-lms.ts';
import { lmsLaunchRequest } from './lms/launch-request.ts';
import type { ProgressStore } from './persist/progress-store.ts';
import { isPresentMode } from './present/present-params.ts';
import { createApp, parseRoute } from './boot/app-shell.ts';
import { MEETING_DRAWN } from './ui/meeting/meeting-types.ts';
import { downloadText, renderProgressPanel, type ProgressPanel } from './ui/saves/progress-panel.ts';
import { openProgress, wireProgress, type ProgressWiring } from './ui/saves/progress-wiring.ts';
import { mayHaveRun } from './ui/saves/run-hints.ts';
import { showUpdateBanner } from './ui/saves/update-banner.ts';
import { applySettings, createSettingsStore } from './ui/settings.ts';
import { storyLoaders } from './ui/story-loaders.ts';
import { localStore, sessionStore } from './ui/web-storage.ts';

const storage = localStore();
const prefersReduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
const settings = createSettingsStore(storage, prefersReduced);
applySettings(document.documentElement, settings.get());
settings.subscribe((s) => applySettings(document.documentElement, s));

const app = document.getElementById('app');
const stage = document.getElementById('stage');
if (!app || !stage) throw new Error('index.html must contain #app and #stage');

// In an LMS (a package launch page) or with an LRS configured, the LMS adapter connects before the app
// starts; otherwise no LMS code is fetched at all. (No top-level await: it would split the first bundle.)
const lmsRequest = lmsLaunchRequest(document.documentElement, location.search);
let lms: LmsHooks | null = null;
const lmsReady = lmsRequest
  ? import('./lms/connect-lms.ts')
      .then(({ connectLms }) =>
        connectLms(lmsRequest, {
          win: window,
          storage,
          loadStory: async (id) => {
            const load = storyLoaders[id];
            if (!load) throw new Error(`No story called "${id}" in stories/`);
            return load();
          },
        }),
      )
      .then((hooks) => {
        lms = hooks;
        if (hooks.initialHash && !location.hash) history.replaceState(null, '', hooks.initialHash);
      })
      .catch((error: unknown) => {
        console.warn('Attune LMS: the LMS adapter did not load; playing without reporting.', error);
      })
  : null;

const playable = cards.filter((card) => card.id in storyLoaders);
const titles = Object.fromEntries(playable.map((card) => [card.id, card.title]));
/** Stories opened from the user's own files live in memory for this visit only. */
const ownStories = new Map<string, Record<string, unknown>>();
let progressPanel: ProgressPanel | null = null;
let openedProgress: ProgressStore | null = null;
let wiring: ProgressWiring | null = null;
let firstMeeting = true;
let resolveWiring: (ready: ProgressWiring) => void = () => undefined;
const wiringReady = new Promise<ProgressWiring>((resolve) => (resolveWiring = resolve));

const shell = createApp({
  root: app,
  stageHost: stage,
  settings,
  storage,
  cards: playable,
  loadStory: async (id) => {
    const own = ownStories.get(id);
    if (own) return own;
    const load = storyLoaders[id];
    if (!load) throw new Error(`No story called "${id}" in stories/`);
    return load();
  },
  readProgress: () => wiring?.readProgress() ?? {},
  titleAside: () => {
    const panel = progressPanelFor();
    panel?.refresh();
    return panel ? [panel.el] : [];
  },
  takeResume: (id) => {
    // Inside an LMS (a SCORM connection), the LMS's resume data is the only record of the attempt.
    if (lms?.scorm) return Promise.resolve(lms.takeResume(id));
    const fromLrs = lms?.takeResume(id);
    if (fromLrs) return Promise.resolve(fromLrs);
    const reloaded = firstMeeting;
    firstMeeting = false;
    if (wiring) return wiring.takeResume(id, reloaded);
    // Opened straight from a link before storage is open: wait only if a run may be waiting.
    if (!mayHaveRun(storage, id)) return Promise.resolve(undefined);
    return wiringReady.then((w) => w.takeResume(id, reloaded));
  },
  // A meeting opened straight from a link can start before storage is open: hook in once it is.
  observeSession: (session, id, mode) => {
    lms?.observeSession(session, id, mode);
    if (!lms?.scorm) void wiringReady.then((w) => w.observeSession(session, id, mode));
  },
});
// Facilitator mode (?mode=present): the projector or presenter window of a workshop, in its own lazy chunk.
if (isPresentMode(location.search)) {
  void import('./present/present-app.ts').then(({ startPresent }) =>
    startPresent({ root: app, search: location.search, stories: storyLoaders, storage: sessionStore() }),
  );
} else if (lmsReady) void lmsReady.then(() => shell.start());
else shell.start();

// The progress panel is built the first time the title screen shows it: a meeting opened from a link
// never pays for it.
function progressPanelFor(): ProgressPanel | null {
  const ready = wiring;
  if (progressPanel || !openedProgress || !ready) return progressPanel;
  progressPanel = renderProgressPanel({
    progress: openedProgress,
    titles,
    download: downloadText,
    onResume: (run) => {
      ready.requestResume(run);
      location.hash = `#/play/${encodeURIComponent(run.storyId)}`;
    },
    ownStory: {
      onReady: ({ json }) => {
        const id = `own-${ownStories.size + 1}`;
        ownStories.set(id, JSON.parse(json) as Record<string, unknown>);
        location.hash = `#/play/${id}`;
      },
    },
  });
  return progressPanel;
}

let progressOpening = false;
function openSaves(): void {
  if (progressOpening) return;
  progressOpening = true;
  void openProgress().then((progress) => {
    openedProgress = progress;
    wiring = wireProgress(progress, () => shell.refreshTitle(), storage);
    resolveWiring(wiring);
    void wiring.loadBests();
  });
}

// A fresh meeting opened from a link has nothing to resume: storage opens once its first line and room
// are on screen (or after a few seconds, or on leaving for the title), not while they are being drawn.
const opened = parseRoute(location.hash);
if (opened.name === 'title' || lmsRequest || (opened.name === 'play' && mayHaveRun(storage, opened.story))) {
  openSaves();
} else {
  document.addEventListener(MEETING_DRAWN, openSaves, { once: true });
  window.addEventListener('hashchange', openSaves, { once: true });
  setTimeout(openSaves, 3000);
}

// The service worker caches the whole game for offline play; it registers once the page has loaded and
// gone quiet, so its downloads never compete with the first title or meeting frame.
const registerWhenIdle = (): void => {
  if (lmsRequest) return; // Inside an LMS the LMS serves the course: no service worker of ours on its origin.
  const later = (): void =>
    void import('./offline/register-offline.ts').then(({ registerOffline }) =>
      registerOffline({ onUpdate: (apply) => showUpdateBanner(apply) }),
    );
  setTimeout(() => {
    if ('requestIdleCallback' in window) requestIdleCallback(later, { timeout: 4000 });
    else later();
  }, 3000);
};
if (document.readyState === 'complete') registerWhenIdle();
else window.addEventListener('load', registerWhenIdle, { once: true });
